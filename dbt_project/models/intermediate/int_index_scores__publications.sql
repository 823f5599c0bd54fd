{#- Every province-year row of every index publication, with the order in
    which they are served: the publisher's own release (tier official) first,
    then transcriptions (secondary), the row with components before one
    without, the latest fetch of a live answer before earlier ones. Rows of a
    cross-check tier are never served; rows without a score or rank (PCI 2023
    sub-indices, PAPI province-years missing a dimension) carry only components. -#}
with publication_rows as (

    select * from {{ ref('stg_publications__index_scores') }}

),

components as (

    select
        index_name,
        year,
        period,
        province_code,
        source_file,
        count(*) as n_components
    from {{ ref('stg_publications__index_components') }}
    group by index_name, year, period, province_code, source_file

),

ordered as (

    select
        publication_rows.*,
        coalesce(components.n_components, 0) as n_components,
        case publication_rows.tier when 'official' then 1 when 'secondary' then 2 else 3 end as tier_order,
        publication_rows.tier != 'cross-check'
        and (publication_rows.score is not null or publication_rows.rank is not null) as servable
    from publication_rows
    left join components
        on
            publication_rows.index_name = components.index_name
            and publication_rows.year = components.year
            and publication_rows.period = components.period
            and publication_rows.province_code = components.province_code
            and publication_rows.source_file = components.source_file

),

ranked as (

    select
        *,
        row_number() over (
            partition by index_name, year, period, province_code, measure
            order by servable desc, tier_order asc, n_components desc, fetched_at desc nulls last, source_file asc
        ) as serve_order
    from ordered

),

final as (

    select
        *,
        servable and serve_order = 1 as is_served
    from ranked

)

select * from final
