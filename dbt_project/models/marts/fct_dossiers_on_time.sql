{#- The dossier figures as the reports state them, each on-time rate marked
    with the definition it uses, plus one derived row per on-time rate:
    `dossiers_by_deadline_rate`, the share resolved by the deadline (early
    and on time), which compares across provinces (int_dossiers__by_deadline). -#}
with canonical as (

    select * from {{ ref('int_facts__canonical') }}

),

dossiers as (

    select * exclude (metric_family)
    from canonical
    where metric_family = 'dossiers'

),

by_deadline as (

    select * from {{ ref('int_dossiers__by_deadline') }}

),

stated as (

    select
        dossiers.*,
        case
            when by_deadline.on_time_definition = 'early_plus_on_time' then 'on_time_only'
            else by_deadline.on_time_definition
        end as on_time_definition
    from dossiers
    left join by_deadline on by_deadline.on_time_fact_id = dossiers.fact_id

),

derived as (

    select
        'by_deadline:' || dossiers.fact_id as fact_id,
        dossiers.article_id,
        dossiers.source_id,
        dossiers.source_url,
        dossiers.province_code,
        'dossiers_by_deadline_rate' as metric,
        by_deadline.by_deadline_rate as value,
        'percent' as unit,
        by_deadline.by_deadline_qualifier as qualifier,
        dossiers.kind,
        dossiers.level,
        dossiers.period,
        dossiers.period_start,
        dossiers.period_end,
        dossiers.published_on,
        by_deadline.evidence,
        by_deadline.evidence_start,
        by_deadline.evidence_end,
        dossiers.n_reports,
        by_deadline.on_time_definition
    from by_deadline
    inner join dossiers on dossiers.fact_id = by_deadline.on_time_fact_id

)

select * from stated
union all by name
select * from derived
