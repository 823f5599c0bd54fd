{#- Every parsed article: where it was published and its full text, so a fact's
    evidence can be shown in context (text[evidence_start:evidence_end]). -#}
with articles as (

    select * from {{ ref('stg_portals__articles') }}

),

facts as (

    select
        article_id,
        count(*) as n_facts
    from {{ ref('stg_portals__facts') }}
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.source_id,
        articles.source_url,
        articles.province_code,
        articles.title,
        articles.published_on,
        articles.article_text,
        coalesce(facts.n_facts, 0) as n_facts
    from articles
    left join facts using (article_id)

)

select * from final
