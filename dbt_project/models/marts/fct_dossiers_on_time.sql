with canonical as (

    select * from {{ ref('int_facts__canonical') }}

),

dossiers as (

    select * exclude (metric_family)
    from canonical
    where metric_family = 'dossiers'

)

select * from dossiers
