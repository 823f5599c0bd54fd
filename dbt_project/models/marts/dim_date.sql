{#- A calendar from 2005 (the first PCI) to the end of next year, with the
    Vietnamese reporting periods: quarter and half-year. -#}
with days as (

    select cast(calendar.day as date) as date_day
    from range(
        date '2005-01-01', cast(date_trunc('year', current_date) + interval 2 year as date), interval 1 day
    ) as calendar (day)

),

final as (

    select
        date_day,
        year(date_day) as year,
        quarter(date_day) as quarter,
        case when month(date_day) <= 6 then 1 else 2 end as half_year,
        month(date_day) as month,
        day(date_day) as day_of_month,
        isodow(date_day) as iso_day_of_week
    from days

)

select * from final
