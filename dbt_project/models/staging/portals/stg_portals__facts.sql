with source as (

    select * from {{ source('portals', 'facts') }}
    -- Rows the checks quarantined stay out, and so do the figures of a quarantined article.
    where
        fact_id not in ({{ quarantined_row_keys('raw.facts') }})
        and article_id not in ({{ quarantined_row_keys('raw.articles') }})

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
        evidence_sentence,
        sentence_start,
        sentence_end,
        extractor_version
    from source

)

select * from renamed
