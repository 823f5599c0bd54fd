{#- Every report of every figure: the exact sentence, where it stands in its
    article, and the canonical fact it counts toward. -#}
with reports as (

    select * from {{ ref('int_facts__reports') }}

),

evidence as (

    select
        fact_id,
        canonical_fact_id,
        article_id,
        source_id,
        source_url,
        published_on,
        metric,
        value,
        evidence,
        evidence_start,
        evidence_end,
        extractor_version
    from reports

)

select * from evidence
