with source as (

    select * from {{ source('publications', 'index_scores') }}
    -- The key expectations/datasets.py gives a row in quarantine.
    where
        concat_ws('|', index_name, year, province_code, source_file)
        not in ({{ quarantined_row_keys('raw.index_scores') }})

),

renamed as (

    select
        index_name,
        year,
        period,
        province_code,
        measure,
        province_name_raw,
        score,
        scale_max,
        rank,
        rank_of,
        rank_computed,
        tier,
        flags,
        source_file,
        source_sheet,
        source_row,
        source_locator,
        fetched_at
    from source

)

select * from renamed
