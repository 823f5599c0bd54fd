{#- Index scores and ranks per province and year, from the publications
    (whole rankings) and from articles (the figures a newspaper quoted).
    `source_type` says which. Of the publications, one row is served per
    index, year, period, province and measure: the official release where
    there is one, else a transcription (`tier`); the rows not served and
    every disagreement are in fct_index_conflicts. -#}
with publications as (

    select
        index_name,
        year,
        period,
        province_code,
        measure,
        score,
        scale_max,
        rank,
        rank_of,
        rank_computed,
        'publication' as source_type,
        tier,
        flags,
        source_file as source_ref,
        source_sheet,
        source_row,
        fetched_at,
        cast(null as varchar) as article_id,
        cast(null as varchar) as source_url,
        source_locator as evidence
    from {{ ref('int_index_scores__publications') }}
    where is_served

),

articles as (

    select
        index_name,
        year,
        'year' as period,
        province_code,
        'total' as measure,
        score,
        cast(null as double) as scale_max,
        rank,
        rank_of,
        false as rank_computed,
        'article' as source_type,
        cast(null as varchar) as tier,
        cast(null as varchar) as flags,
        article_id as source_ref,
        cast(null as varchar) as source_sheet,
        cast(null as integer) as source_row,
        cast(null as timestamp) as fetched_at,
        article_id,
        source_url,
        evidence
    from {{ ref('int_index_scores__from_articles') }}

),

unioned as (

    select * from publications
    union all
    select * from articles

),

final as (

    select
        md5(concat_ws('|', index_name, year, period, province_code, measure, source_type, source_ref))
            as index_score_id,
        *
    from unioned

)

select * from final
