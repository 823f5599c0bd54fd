{#- Every metric of a family lands in that family's fact table: a family and
    its fact_table that disagree would put a metric into no mart, or two. -#}
with vocabulary as (

    select * from {{ ref('metric_vocabulary') }}

),

fact_table_of_family as (

    select *
    from (
        values
        ('procedures', 'fct_procedures_published'),
        ('dossiers', 'fct_dossiers_on_time'),
        ('online', 'fct_online_services'),
        ('index', 'fct_index_scores')
    ) as families (family, fact_table)

)

select
    vocabulary.metric,
    vocabulary.family,
    vocabulary.fact_table
from vocabulary
left join fact_table_of_family using (family)
where fact_table_of_family.fact_table is distinct from vocabulary.fact_table
