{#- Every fact as reported, with the article it came from and the one report
    that stands for the figure. The same figure (province, metric, kind, index,
    component, level, unit, qualifier, value, period) reported by several
    outlets counts once: its earliest report is canonical, the others remain as
    evidence (fct_fact_evidence). -#}
with facts as (

    select * from {{ ref('stg_portals__facts') }}

),

articles as (

    select
        article_id,
        source_id,
        source_url,
        published_on
    from {{ ref('stg_portals__articles') }}

),

metrics as (

    select
        metric,
        family as metric_family
    from {{ ref('metric_vocabulary') }}

),

joined as (

    select
        facts.*,
        articles.source_id,
        articles.source_url,
        articles.published_on,
        metrics.metric_family
    from facts
    inner join articles using (article_id)
    left join metrics using (metric)

),

figured as (

    select
        *,
        row_number() over same_figure as report_order,
        first_value(fact_id) over same_figure as canonical_fact_id,
        count(*) over (partition by {{ same_figure_columns() }}) as n_reports
    from joined
    window same_figure as (
        partition by {{ same_figure_columns() }}
        order by published_on nulls last, fact_id
    )

)

select * from figured
