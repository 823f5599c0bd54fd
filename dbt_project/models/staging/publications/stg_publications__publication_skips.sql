with source as (

    select * from {{ source('publications', 'publication_skips') }}

),

renamed as (

    select
        subject as source_file,
        locator as source_locator,
        reason,
        recorded_at
    from source

)

select * from renamed
