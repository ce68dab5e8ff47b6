#!/bin/sh
# Run once by the postgres image on an empty data directory: one role and one database per service.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE people LOGIN PASSWORD '$PEOPLE_PASSWORD';
CREATE DATABASE people OWNER people;
REVOKE ALL ON DATABASE people FROM PUBLIC;
CREATE ROLE meetings LOGIN PASSWORD '$MEETINGS_PASSWORD';
CREATE DATABASE meetings OWNER meetings;
REVOKE ALL ON DATABASE meetings FROM PUBLIC;
SQL
