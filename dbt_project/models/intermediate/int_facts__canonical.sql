{#- One row per figure: the report that stands for it when several outlets
    stated it (report_order = 1), with how many reports there were. The three
    fact marts are this model cut by metric family. -#}
with reports as (

    select * from {{ ref('int_facts__reports') }}

),

canonical as (

    select
        fact_id,
        article_id,
        source_id,
        source_url,
        province_code,
        metric,
        metric_family,
        value,
        unit,
        qualifier,
        kind,
        level,
        period,
        period_start,
        period_end,
        published_on,
        evidence,
        evidence_start,
        evidence_end,
        n_reports
    from reports
    where report_order = 1

)

select * from canonical
