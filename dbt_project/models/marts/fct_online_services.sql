{{ fact_mart('online') }}
