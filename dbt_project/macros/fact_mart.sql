{#- The canonical facts of one metric family: the body shared by
    fct_procedures_published, fct_dossiers_on_time and fct_online_services. -#}
{% macro fact_mart(family) %}
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
      and metric_family = '{{ family }}'

)

select * from canonical
{% endmacro %}
