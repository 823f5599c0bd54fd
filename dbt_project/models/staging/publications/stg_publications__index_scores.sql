with source as (

    select * from {{ source('publications', 'index_scores') }}

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
