{#- Rows the index publications hold but deliberately give no score for, and
    why: a province-year blank at source (never a zero), a dimension missing so
    no total, a province abolished before the 63. -#}
with skips as (

    select
        source_file,
        source_locator,
        reason
    from {{ ref('stg_publications__publication_skips') }}

),

final as (

    select distinct * from skips

)

select * from final
