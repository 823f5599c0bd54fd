{#- Component scores (PCI sub-indices, PAPI dimensions, 766 groups) of the
    published index rows. -#}
with components as (

    select
        index_name,
        year,
        province_code,
        component,
        score,
        source_file as source_ref
    from {{ ref('stg_publications__index_components') }}

)

select * from components
