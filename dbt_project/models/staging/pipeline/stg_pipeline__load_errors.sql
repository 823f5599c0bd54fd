with source as (

    select * from {{ source('pipeline', 'load_errors') }}

),

renamed as (

    select
        stage,
        subject,
        locator,
        reason,
        recorded_at
    from source

)

select * from renamed
