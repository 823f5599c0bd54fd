with source as (

    select * from {{ source('publications', 'index_scores') }}
    -- The key expectations/datasets.py gives a row in quarantine.
    where concat_ws('|', index_name, year, province_code, source_file)
        not in ({{ quarantined_row_keys('raw.index_scores') }})

),

renamed as (

    select
        index_name,
        year,
        province_code,
        province_name_raw,
        score,
        scale_max,
        rank,
        rank_of,
        rank_computed,
        source_file,
        source_locator
    from source

)

select * from renamed
