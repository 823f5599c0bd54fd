{#- Each target (mục tiêu, chỉ tiêu, phấn đấu …) beside the latest comparable
    result: same province, metric, index, level and unit, reported for a period
    that ends no later than the target's. Progress is result / target for
    metrics where more is better and target / result where less is better
    (ranks, late dossiers); empty where the target is a ceiling or nothing compares. -#}
with canonical as (

    select * from {{ ref('int_facts__reports') }}
    where report_order = 1

),

targets as (

    select * from canonical
    where kind = 'target'

),

results as (

    select * from canonical
    where kind = 'actual'

),

metrics as (

    select
        metric,
        better
    from {{ ref('metric_vocabulary') }}

),

matched as (

    select
        targets.fact_id as target_fact_id,
        targets.province_code,
        targets.metric,
        targets.index_name,
        targets.level,
        targets.unit,
        targets.value as target_value,
        targets.qualifier as target_qualifier,
        targets.period_end as target_period_end,
        targets.evidence as target_evidence,
        targets.source_url as target_source_url,
        results.fact_id as result_fact_id,
        results.value as result_value,
        results.period_end as result_period_end,
        results.evidence as result_evidence,
        metrics.better,
        row_number() over (
            partition by targets.fact_id
            order by results.period_end desc nulls last, results.published_on desc nulls last
        ) as recency
    from targets
    left join metrics on metrics.metric = targets.metric
    left join results
        on
            results.province_code is not distinct from targets.province_code
            and results.metric = targets.metric
            and results.index_name is not distinct from targets.index_name
            and results.level is not distinct from targets.level
            and results.unit = targets.unit
            and (targets.period_end is null or results.period_end <= targets.period_end)

),

final as (

    select
        target_fact_id,
        province_code,
        metric,
        index_name,
        level,
        unit,
        target_value,
        target_qualifier,
        target_period_end,
        target_evidence,
        target_source_url,
        result_fact_id,
        result_value,
        result_period_end,
        result_evidence,
        case
            when result_value is null or target_value = 0 or result_value = 0 then null
            when target_qualifier = 'at_most' then null
            when better = 'higher' then round(result_value / target_value, 4)
            when better = 'lower' then round(target_value / result_value, 4)
        end as progress
    from matched
    where recency = 1

)

select * from final
