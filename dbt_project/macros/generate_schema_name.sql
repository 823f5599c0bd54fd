{#- Schemas are named by layer (staging, intermediate, marts, reference), not
    prefixed with the target schema, so BI users see plain names. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name | trim if custom_schema_name else target.schema }}
{%- endmacro %}
