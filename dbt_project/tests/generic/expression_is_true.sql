{#- Rows where a boolean SQL expression is false fail the test (dbt_utils cannot
    be downloaded here, so the few generic tests we need live in this folder). -#}
{% test expression_is_true(model, expression, where_clause=none) %}
select *
from {{ model }}
where not ({{ expression }})
{%- if where_clause %} and ({{ where_clause }}){% endif %}
{% endtest %}
