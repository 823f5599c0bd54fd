{#- The 63 provinces as they were until 30 June 2025 (the codes every fact
    carries), each with the unit it belongs to since 1 July 2025, so a 2022
    figure for Vĩnh Phúc can be read under today's Phú Thọ. -#}
with provinces as (

    select * from {{ ref('provinces_63') }}

),

merger as (

    select * from {{ ref('province_merger_2025') }}

),

units as (

    select
        code,
        name
    from {{ ref('provinces_34') }}

),

final as (

    select
        provinces.code as province_code,
        provinces.name as province_name,
        provinces.name_full as province_name_full,
        provinces.unit_type,
        provinces.name_ascii as province_name_ascii,
        provinces.name_en as province_name_en,
        provinces.vcci_pci_id,
        cast(null as date) as valid_from,
        date '2025-06-30' as valid_to,
        merger.new_code as unit_2025_code,
        units.name as unit_2025_name,
        merger.merge_type,
        cast(merger.effective_date as date) as unit_2025_valid_from
    from provinces
    left join merger on merger.old_code = provinces.code
    left join units on units.code = merger.new_code

)

select * from final
