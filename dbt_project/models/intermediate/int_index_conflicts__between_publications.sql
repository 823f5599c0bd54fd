{#- Province-years where two publications of the same index disagree: each
    row that is not served, beside the row that is. Scores agree within 0.01
    (two published decimals); ranks are compared only where both sources
    publish them, since computed ranks follow from the scores. -#}
with publications as (

    select * from {{ ref('int_index_scores__publications') }}

),

served as (

    select * from publications
    where is_served

),

others as (

    select * from publications
    where not is_served and (score is not null or rank is not null)

)

select
    others.index_name,
    others.year,
    others.period,
    others.province_code,
    others.measure,
    served.score as served_score,
    others.score as other_score,
    served.rank as served_rank,
    others.rank as other_rank,
    served.tier as served_tier,
    others.tier as other_tier,
    served.source_file as served_file,
    served.source_locator as served_locator,
    others.source_file as other_file,
    others.source_locator as other_locator
from others
inner join served
    on
        others.index_name = served.index_name
        and others.year = served.year
        and others.period = served.period
        and others.province_code = served.province_code
        and others.measure = served.measure
where
    abs(others.score - served.score) > 0.01
    or (not others.rank_computed and not served.rank_computed and others.rank <> served.rank)
