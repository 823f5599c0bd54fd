with canonical as (

    select * from {{ ref('int_facts__canonical') }}

),

online as (

    select * exclude (metric_family)
    from canonical
    where metric_family = 'online'

)

select * from online
