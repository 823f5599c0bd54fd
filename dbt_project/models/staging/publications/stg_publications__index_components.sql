with source as (

    select * from {{ source('publications', 'index_components') }}

),

renamed as (

    select
        index_name,
        year,
        province_code,
        component,
        score,
        source_file
    from source

)

select * from renamed
