{#- Province-years where two sources of an index disagree. `conflict_type`
    article: a newspaper quotes a score or rank that the served publication
    row contradicts (scores agree within 0.01; PAR Index and SIPAS are quoted
    as percentages of the same scale). publication: two publications disagree
    (an official workbook and a transcription, two transcriptions, or the
    cross-check); both sources are named with their place in the file. -#}
with scores as (

    select * from {{ ref('fct_index_scores') }}

),

published as (

    select * from scores
    where source_type = 'publication' and period = 'year' and measure = 'total'

),

quoted as (

    select * from scores
    where source_type = 'article'

),

article_conflicts as (

    select
        'article' as conflict_type,
        quoted.index_name,
        quoted.year,
        'year' as period,
        quoted.province_code,
        'total' as measure,
        published.score as published_score,
        quoted.score as quoted_score,
        published.rank as published_rank,
        quoted.rank as quoted_rank,
        published.source_ref as publication,
        published.tier as publication_tier,
        published.evidence as publication_locator,
        cast(null as varchar) as other_publication,
        cast(null as varchar) as other_tier,
        cast(null as varchar) as other_locator,
        quoted.article_id,
        quoted.source_url,
        quoted.evidence
    from quoted
    inner join published
        on
            quoted.index_name = published.index_name
            and quoted.year = published.year
            and quoted.province_code = published.province_code
    where
        abs(quoted.score - published.score) > 0.01
        or quoted.rank <> published.rank

),

publication_conflicts as (

    select
        'publication' as conflict_type,
        index_name,
        year,
        period,
        province_code,
        measure,
        served_score as published_score,
        other_score as quoted_score,
        served_rank as published_rank,
        other_rank as quoted_rank,
        served_file as publication,
        served_tier as publication_tier,
        served_locator as publication_locator,
        other_file as other_publication,
        other_tier,
        other_locator,
        cast(null as varchar) as article_id,
        cast(null as varchar) as source_url,
        cast(null as varchar) as evidence
    from {{ ref('int_index_conflicts__between_publications') }}

)

select * from article_conflicts
union all
select * from publication_conflicts
