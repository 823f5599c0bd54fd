with canonical as (

    select * from {{ ref('int_facts__canonical') }}

),

procedures as (

    select * exclude (metric_family)
    from canonical
    where metric_family = 'procedures'

)

select * from procedures
