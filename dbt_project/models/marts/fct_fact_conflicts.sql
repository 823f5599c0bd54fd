{#- Figures that disagree: exact figures for the same province, metric, kind,
    index, component, level and period with different values. One row per
    disagreeing figure, grouped by conflict_id. -#}
with canonical as (

    select * from {{ ref('int_facts__reports') }}
    where
        report_order = 1
        and qualifier = 'exact'
        and province_code is not null
        and period_start is not null

),

keyed as (

    select
        *,
        md5(concat_ws(
            '|', province_code, metric, kind, index_name, component, level, unit,
            period_start, period_end
        )) as conflict_id,
        count(*) over (
            partition by
                province_code, metric, kind, index_name, component, level, unit,
                period_start, period_end
        ) as n_values
    from canonical

),

conflicts as (

    select
        conflict_id,
        fact_id,
        province_code,
        metric,
        kind,
        index_name,
        level,
        period_start,
        period_end,
        value,
        n_values,
        article_id,
        source_url,
        evidence
    from keyed
    where n_values > 1

)

select * from conflicts
