{#- Index figures quoted in articles, one row per article, index, province and
    year: the score and the rank it states. The year is the period the figure
    is about (`Năm 2021, chỉ số CCHC … xếp thứ 50/63`), not the year of the article. -#}
with index_facts as (

    select * from {{ ref('int_facts__reports') }}
    where
        report_order = 1
        and kind = 'actual'
        and metric in ('index_score', 'index_rank')
        and index_name is not null
        and province_code is not null
        and period_end is not null
        and level is null

),

per_article as (

    select
        index_name,
        year(period_end) as year,
        province_code,
        article_id,
        max(value) filter (where metric = 'index_score') as score,
        max(value) filter (where metric = 'index_rank')::integer as rank,
        max(rank_of) filter (where metric = 'index_rank') as rank_of,
        any_value(source_url) as source_url,
        string_agg(evidence, ' | ' order by evidence_start) as evidence
    from index_facts
    group by index_name, year(period_end), province_code, article_id

)

select * from per_article
