{{ fact_mart('procedures') }}
