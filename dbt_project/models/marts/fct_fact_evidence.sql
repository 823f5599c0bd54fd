{#- Every report of every figure: the exact evidence and the whole sentence
    it stands in, where they stand in its article, and the canonical fact it
    counts toward. -#}
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
        evidence_sentence,
        sentence_start,
        sentence_end,
        extractor_version
    from reports

)

select * from evidence
