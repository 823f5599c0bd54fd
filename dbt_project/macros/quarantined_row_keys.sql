{#- The keys of a raw table's rows that the Great Expectations checks held back
    in quality.quarantine (expectations/quarantine.py): a staging model selects
    `where <key> not in ({{ quarantined_row_keys('raw.facts') }})`, so a bad row
    stays out of the warehouse and the rest is built and published without it.
    Rows that only warn are kept. Before the first validation there is no
    quarantine table, and nothing is held back. -#}
{% macro quarantined_row_keys(table_name) -%}
    {%- set quarantine = adapter.get_relation(database=target.database, schema='quality',
                                              identifier='quarantine') if execute else none -%}
    {%- if quarantine is none -%}
        select cast(null as varchar) as row_key where false
    {%- else -%}
        select row_key from {{ quarantine }} where table_name = '{{ table_name }}' and severity <> 'warn'
    {%- endif -%}
{%- endmacro %}
