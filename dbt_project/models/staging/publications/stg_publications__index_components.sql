with source as (

    select * from {{ source('publications', 'index_components') }}

),

renamed as (

    select
        index_name,
        year,
        period,
        province_code,
        component,
        component_label,
        score,
        source_file
    from source

)

select * from renamed
