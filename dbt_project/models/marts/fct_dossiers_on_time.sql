{{ fact_mart('dossiers') }}
