{#- Index scores and ranks per province and year, from the publications
    (whole rankings) and from articles (the figures a newspaper quoted).
    `source_type` says which; conflicts between them are in fct_index_conflicts. -#}
with publications as (

    select
        index_name,
        year,
        province_code,
        score,
        scale_max,
        rank,
        rank_of,
        rank_computed,
        'publication' as source_type,
        source_file as source_ref,
        cast(null as varchar) as article_id,
        cast(null as varchar) as source_url,
        source_locator as evidence
    from {{ ref('stg_publications__index_scores') }}

),

articles as (

    select
        index_name,
        year,
        province_code,
        score,
        cast(null as double) as scale_max,
        rank,
        rank_of,
        false as rank_computed,
        'article' as source_type,
        article_id as source_ref,
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
        md5(concat_ws('|', index_name, year, province_code, source_type, source_ref)) as index_score_id,
        *
    from unioned

)

select * from final
