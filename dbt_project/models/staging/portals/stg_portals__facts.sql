with source as (

    select * from {{ source('portals', 'facts') }}

),

renamed as (

    select
        fact_id,
        article_id,
        metric,
        value,
        unit,
        qualifier,
        kind,
        index_name,
        component,
        rank_of,
        level,
        province as province_code,
        period,
        period_start,
        period_end,
        evidence,
        evidence_start,
        evidence_end,
        extractor_version
    from source

)

select * from renamed
