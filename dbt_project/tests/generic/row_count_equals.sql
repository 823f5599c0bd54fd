{#- The model has exactly `value` rows (a reference dimension of a fixed size). -#}
{% test row_count_equals(model, value) %}
select count(*) as n_rows
from {{ model }}
having count(*) != {{ value }}
{% endtest %}
