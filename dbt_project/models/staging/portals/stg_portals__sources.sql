with source as (

    select * from {{ source('portals', 'sources') }}

),

renamed as (

    select
        source_id,
        name as source_name,
        family as site_family,
        province as province_code,
        hosts
    from source

)

select * from renamed
