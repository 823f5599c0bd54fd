with source as (

    select * from {{ source('portals', 'articles') }}
    where article_id not in ({{ quarantined_row_keys('raw.articles') }})

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
