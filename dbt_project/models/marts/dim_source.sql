{#- Where articles come from: the source registry, with its 2025 unit, its
    evidence status and how its last crawl went, how many articles and facts
    each contributed and how fresh its latest article is. -#}
with sources as (

    select * from {{ ref('stg_portals__sources') }}

),

articles as (

    select source_id, count(*) as n_articles, max(published_on) as latest_published_on
    from {{ ref('stg_portals__articles') }}
    group by source_id

),

facts as (

    select source_id, count(*) as n_facts
    from {{ ref('int_facts__reports') }}
    group by source_id

),

final as (

    select
        sources.source_id,
        sources.source_name,
        sources.site_family,
        sources.province_code,
        sources.hosts,
        sources.unit_2025_code,
        sources.source_status,
        sources.successor_source_id,
        sources.last_crawl_outcome,
        sources.last_crawl_outcome_since,
        coalesce(articles.n_articles, 0) as n_articles,
        coalesce(facts.n_facts, 0) as n_facts,
        articles.latest_published_on
    from sources
    left join articles using (source_id)
    left join facts using (source_id)

)

select * from final
