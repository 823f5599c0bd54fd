{#- Province-years where an article quotes an index score or rank that the
    publication of the same index and year contradicts. Scores agree within
    0.01; PAR Index and SIPAS are quoted as percentages of the same scale. -#}
with scores as (

    select * from {{ ref('fct_index_scores') }}

),

published as (

    select * from scores where source_type = 'publication'

),

quoted as (

    select * from scores where source_type = 'article'

),

compared as (

    select
        quoted.index_name,
        quoted.year,
        quoted.province_code,
        published.score as published_score,
        quoted.score as quoted_score,
        published.rank as published_rank,
        quoted.rank as quoted_rank,
        published.source_ref as publication,
        quoted.article_id,
        quoted.source_url,
        quoted.evidence
    from quoted
    inner join published
        on quoted.index_name = published.index_name
       and quoted.year = published.year
       and quoted.province_code = published.province_code
    where abs(quoted.score - published.score) > 0.01
       or quoted.rank <> published.rank

)

select * from compared
