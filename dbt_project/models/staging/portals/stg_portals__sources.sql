with source as (

    select * from {{ source('portals', 'sources') }}

),

renamed as (

    select
        source_id,
        name as source_name,
        family as site_family,
        province as province_code,
        hosts,
        unit_2025 as unit_2025_code,
        status as source_status,
        successor as successor_source_id,
        last_outcome as last_crawl_outcome,
        last_outcome_since as last_crawl_outcome_since
    from source

)

select * from renamed
