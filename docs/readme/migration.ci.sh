# Migration: a PostgreSQL server on loopback for MigrationPostgresIT (the same migration into a real PostgreSQL).
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
sed -i "s/^#\?listen_addresses *=.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/$PG_VERSION/main/postgresql.conf"
pg_ctlcluster "$PG_VERSION" main start || pg_ctlcluster "$PG_VERSION" main status
su postgres -c "psql -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'synth') THEN CREATE ROLE synth LOGIN PASSWORD 'synth'; END IF; END \\\$\\\$\""
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'synth_migration'\"" | grep -q 1 \
    || su postgres -c "createdb -O synth synth_migration"
export SYNTH_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/synth_migration?user=synth&password=synth"
