with source as (

    select * from {{ source('portals', 'articles') }}

),

renamed as (

    select
        article_id,
        url as source_url,
        source_id,
        province as province_code,
        title,
        published as published_on,
        body,
        text as article_text,
        parsed_at
    from source

)

select * from renamed
