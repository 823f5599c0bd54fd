{#- The share of dossiers resolved by the deadline, one row per report of an
    on-time rate, comparable across provinces. Reports state it two ways: as
    one figure for early and on time together ("trước và đúng hạn"), or as
    early and on time apart ("trước hạn 85%, đúng hạn 14%"), where the on-time
    figure alone is not the share by the deadline. The sentence around each
    on-time rate says which: a rate stated together is taken as written, one
    stated apart is added to the early rate of the same report (same article,
    province, level, kind and period), and a bare "đúng hạn" with no early
    figure beside it is kept with its definition marked unspecified. -#}
with dossier_rates as (

    select * from {{ ref('int_facts__canonical') }}
    where metric in ('dossiers_on_time_rate', 'dossiers_early_rate') and unit = 'percent'

),

articles as (

    select
        article_id,
        article_text
    from {{ ref('stg_portals__articles') }}

),

in_sentence as (

    -- The sentence the figure stands in: back to the previous sentence end, on to the next.
    select
        dossier_rates.*,
        lower(
            list_last(regexp_split_to_array(
                substr(articles.article_text, 1, dossier_rates.evidence_start), '[.!?]\s|\n'
            ))
            || dossier_rates.evidence
            || list_first(regexp_split_to_array(
                substr(articles.article_text, dossier_rates.evidence_end + 1), '[.!?]\s|\n'
            ))
        ) as sentence,
        articles.article_text
    from dossier_rates
    inner join articles using (article_id)

),

on_time as (

    select * from in_sentence
    where metric = 'dossiers_on_time_rate'

),

early as (

    select * from in_sentence
    where metric = 'dossiers_early_rate'

),

paired as (

    select
        on_time.*,
        early.fact_id as early_fact_id,
        early.value as early_value,
        early.qualifier as early_qualifier,
        early.evidence_start as early_evidence_start,
        early.evidence_end as early_evidence_end,
        regexp_matches(
            on_time.sentence,
            'trước(\s+hạn)?\s*(,|và|hoặc)\s*đúng\s+hạn|đúng(\s+hạn)?\s*(,|và|hoặc)\s*trước\s+hạn'
        ) as stated_together,
        row_number() over (partition by on_time.fact_id order by early.evidence_start) as early_order
    from on_time
    left join early
        on
            early.article_id = on_time.article_id
            and early.province_code is not distinct from on_time.province_code
            and early.level is not distinct from on_time.level
            and early.kind = on_time.kind
            and early.period_start is not distinct from on_time.period_start
            and early.period_end is not distinct from on_time.period_end

),

classified as (

    select
        *,
        case
            when stated_together then 'early_and_on_time'
            when early_fact_id is not null then 'early_plus_on_time'
            else 'unspecified'
        end as on_time_definition
    from paired
    where early_order = 1

),

final as (

    select
        fact_id as on_time_fact_id,
        case when on_time_definition = 'early_plus_on_time' then early_fact_id end as early_fact_id,
        on_time_definition,
        case
            when on_time_definition = 'early_plus_on_time' then least(value + early_value, 100)
            else value
        end as by_deadline_rate,
        case
            when on_time_definition <> 'early_plus_on_time' or qualifier = early_qualifier then qualifier
            when 'exact' in (qualifier, early_qualifier) then coalesce(nullif(qualifier, 'exact'), early_qualifier)
            else 'about'
        end as by_deadline_qualifier,
        -- The evidence of a sum spans both figures (a substring of the article, as all evidence is).
        case
            when on_time_definition = 'early_plus_on_time'
                then least(evidence_start, early_evidence_start)
            else evidence_start
        end as span_start,
        case
            when on_time_definition = 'early_plus_on_time'
                then greatest(evidence_end, early_evidence_end)
            else evidence_end
        end as span_end,
        article_text
    from classified

)

select
    on_time_fact_id,
    early_fact_id,
    on_time_definition,
    by_deadline_rate,
    by_deadline_qualifier,
    substr(article_text, span_start + 1, span_end - span_start) as evidence,
    span_start as evidence_start,
    span_end as evidence_end
from final
