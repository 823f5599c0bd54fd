{#- Every province-year row of every index publication, with the order in
    which they are served: the publisher's own release (tier official) first,
    then transcriptions (secondary), the row with components before one
    without, the latest fetch of a live answer before earlier ones. Rows of a
    cross-check tier are never served; rows without a score or rank (PCI 2023
    sub-indices, PAPI province-years missing a dimension) carry only components. -#}
with rows as (

    select * from {{ ref('stg_publications__index_scores') }}

),

components as (

    select index_name, year, period, province_code, source_file, count(*) as n_components
    from {{ ref('stg_publications__index_components') }}
    group by all

),

ordered as (

    select
        rows.*,
        coalesce(components.n_components, 0) as n_components,
        case rows.tier when 'official' then 1 when 'secondary' then 2 else 3 end as tier_order,
        rows.tier <> 'cross-check' and (rows.score is not null or rows.rank is not null) as servable
    from rows
    left join components using (index_name, year, period, province_code, source_file)

),

ranked as (

    select
        *,
        row_number() over (
            partition by index_name, year, period, province_code, measure
            order by servable desc, tier_order, n_components desc, fetched_at desc nulls last, source_file
        ) as serve_order
    from ordered

)

select
    *,
    servable and serve_order = 1 as is_served
from ranked
