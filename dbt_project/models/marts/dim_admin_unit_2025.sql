{#- The 34 provincial units since 1 July 2025 and the pre-2025 provinces each
    one absorbed. -#}
with units as (

    select * from {{ ref('provinces_34') }}

),

final as (

    select
        code as unit_2025_code,
        name as unit_2025_name,
        name_full as unit_2025_name_full,
        unit_type,
        old_codes as member_province_codes,
        date '2025-07-01' as valid_from,
        cast(null as date) as valid_to
    from units

)

select * from final
