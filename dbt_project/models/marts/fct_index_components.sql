{#- Component scores (PCI sub-indices, PAPI dimensions and sub-dimensions,
    766 groups) of every published index row, named as the publication names
    them (`component`, and the publisher's Vietnamese name where known). -#}
with components as (

    select
        components.index_name,
        components.year,
        components.period,
        components.province_code,
        components.component,
        components.component_label,
        components.score,
        publications.tier,
        publications.flags,
        components.source_file as source_ref
    from {{ ref('stg_publications__index_components') }} as components
    left join {{ ref('int_index_scores__publications') }} as publications
        on
            components.index_name = publications.index_name
            and components.year = publications.year
            and components.period = publications.period
            and components.province_code = publications.province_code
            and components.source_file = publications.source_file
            and publications.measure = 'total'

)

select * from components
