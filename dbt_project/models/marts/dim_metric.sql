{#- The fact vocabulary of FACTS.md: family, the mart that holds it, its unit,
    the Vietnamese term reports use, and which direction is better. -#}
with vocabulary as (

    select * from {{ ref('metric_vocabulary') }}

),

final as (

    select
        metric,
        family as metric_family,
        fact_table,
        default_unit,
        term_vi,
        description,
        better
    from vocabulary

)

select * from final
