{#- The columns that make two reported facts the same figure. Values are
    compared at two decimals, the precision Vietnamese reports print. -#}
{% macro same_figure_columns() -%}
    province_code, metric, kind, index_name, component, level, unit, qualifier,
    round(value, 2), period_start, period_end
{%- endmacro %}
