#!/usr/bin/env bash
# A backup that was never restored is a hope, not a backup. This checks the procedure docs/operations.md
# gives operators, on a real MariaDB/MySQL server, end to end:
#   1. a scratch database, migrated by Flyway and filled with the bank by the importer's command line
#      (nothing heavier: no portal is started), plus a learner with a note in 4-byte UTF-8;
#   2. mysqldump of it, exactly as the doc says;
#   3. a restore of the dump into a second scratch database;
#   4. the same tables, and in each the same row count and CHECKSUM TABLE, Flyway's schema history
#      included: the restored copy is the database the importer just used, so the portal can use it too;
#   5. both scratch databases dropped, whatever happened.
# Ends with one line: "backup check: OK (N tables, M rows, S s)" or "backup check FAILED: reason".
#
# Server: BACKUP_CHECK_HOST (127.0.0.1), BACKUP_CHECK_PORT (3306), BACKUP_CHECK_USER (TEST_MYSQL_USER or
# root), BACKUP_CHECK_PASSWORD (TEST_MYSQL_PASSWORD or none). The user must create and drop databases.
# The importer's jar is built (offline, without tests) when importer/target has none.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST="${BACKUP_CHECK_HOST:-127.0.0.1}"
PORT="${BACKUP_CHECK_PORT:-3306}"
DB_USER="${BACKUP_CHECK_USER:-${TEST_MYSQL_USER:-root}}"
DB_PASSWORD="${BACKUP_CHECK_PASSWORD:-${TEST_MYSQL_PASSWORD:-}}"
SOURCE_DB="studyportal_backup_src_$$"
RESTORED_DB="studyportal_backup_dst_$$"
WORK="$(mktemp -d)"
STARTED=$SECONDS
STEPS=""
step_done() { STEPS="$STEPS${STEPS:+, }$1 $((SECONDS - STEP_STARTED)) s"; STEP_STARTED=$SECONDS; }

fail() {
  echo "backup check FAILED: $*"
  exit 1
}

CLIENT="$(command -v mariadb || command -v mysql || true)"
DUMP="$(command -v mysqldump || command -v mariadb-dump || true)"
[[ -n "$CLIENT" && -n "$DUMP" ]] || fail "no mysql/mariadb client or mysqldump on the path (Debian: apt-get install mariadb-client)"
[[ -n "${JAVA_HOME:-}" ]] && export PATH="$JAVA_HOME/bin:$PATH"

# The password goes in a file readable by this user only, never on a command line others can list.
cat > "$WORK/client.cnf" <<CNF
[client]
host=$HOST
port=$PORT
user=$DB_USER
password=$DB_PASSWORD
default-character-set=utf8mb4
CNF
chmod 600 "$WORK/client.cnf"
sql() { "$CLIENT" --defaults-extra-file="$WORK/client.cnf" "$@"; }

cleanup() {
  sql -e "DROP DATABASE IF EXISTS \`$SOURCE_DB\`; DROP DATABASE IF EXISTS \`$RESTORED_DB\`;" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

sql -e 'SELECT 1' >/dev/null 2>&1 || fail "cannot log in to $HOST:$PORT as $DB_USER"
SERVER="$(sql -N -e 'SELECT VERSION()')"

JAR=importer/target/studyportal-importer.jar
if [[ ! -f "$JAR" ]]; then
  echo "Building the importer ($JAR)"
  ./mvnw -B -q -o -pl importer -am -DskipTests package >"$WORK/build.log" 2>&1 || { tail -n 30 "$WORK/build.log"; fail "the importer did not build"; }
fi

url() {
  echo "jdbc:mysql://$HOST:$PORT/$1?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
}
importer() {
  MYSQL_PASSWORD="$DB_PASSWORD" java -jar "$JAR" sync docs --json --db-url "$(url "$1")" --db-user "$DB_USER" "${@:2}"
}

# 1. The portal's database as Flyway and the importer make it, with a learner's own data in it.
STEP_STARTED=$SECONDS
sql -e "CREATE DATABASE \`$SOURCE_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
importer "$SOURCE_DB" >"$WORK/sync.json" 2>"$WORK/sync.log" || { tail -n 30 "$WORK/sync.log"; fail "the importer could not migrate and fill $SOURCE_DB"; }
sql "$SOURCE_DB" <<'SQL' || fail "could not add a learner and a note to $SOURCE_DB"
INSERT INTO user_account (id, version, username, display_name, email, password_hash, enabled, locked, time_zone, created_at)
VALUES (990001, 0, 'backup-learner', 'Zoë Ødegård 🦉', NULL, '{argon2}not-a-real-hash', TRUE, FALSE, 'Pacific/Auckland',
        TIMESTAMP '2026-11-25 08:00:00.123456');
INSERT INTO user_account_role (user_account_id, role) VALUES (990001, 'LEARNER');
INSERT INTO note (id, version, user_account_id, question_id, body, visibility, updated_at)
SELECT 990002, 0, 990001, MIN(id), 'Ünïcode in 4 bytes 🦉 — and a quote '' and a backslash \\ kept', 'PRIVATE',
       TIMESTAMP '2026-11-25 08:01:00.000001'
FROM question;
SQL
step_done "migrate and import"

# 2. The dump, as docs/operations.md tells operators to take it.
"$DUMP" --defaults-extra-file="$WORK/client.cnf" --single-transaction --routines --triggers --events \
  --default-character-set=utf8mb4 --hex-blob "$SOURCE_DB" >"$WORK/backup.sql" 2>"$WORK/dump.log" \
  || { cat "$WORK/dump.log"; fail "mysqldump failed"; }
step_done dump

# 3. The restore.
sql -e "CREATE DATABASE \`$RESTORED_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
sql --default-character-set=utf8mb4 "$RESTORED_DB" <"$WORK/backup.sql" || fail "the dump did not restore"
step_done restore

# 4. The same tables, rows and contents.
tables() {
  sql -N -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$1' ORDER BY table_name"
}
[[ "$(tables "$SOURCE_DB")" == "$(tables "$RESTORED_DB")" ]] || fail "the restored database has other tables than the original"
TABLES=0
ROWS=0
while read -r table; do
  original="$(sql -N -e "SELECT COUNT(*) FROM \`$SOURCE_DB\`.\`$table\`")"
  restored="$(sql -N -e "SELECT COUNT(*) FROM \`$RESTORED_DB\`.\`$table\`")"
  [[ "$original" == "$restored" ]] || fail "$table has $original rows, its restored copy $restored"
  original_sum="$(sql -N -e "CHECKSUM TABLE \`$SOURCE_DB\`.\`$table\` EXTENDED" | awk '{print $2}')"
  restored_sum="$(sql -N -e "CHECKSUM TABLE \`$RESTORED_DB\`.\`$table\` EXTENDED" | awk '{print $2}')"
  [[ "$original_sum" == "$restored_sum" ]] || fail "$table's contents differ after the restore (checksum $original_sum, restored $restored_sum)"
  TABLES=$((TABLES + 1))
  ROWS=$((ROWS + original))
done < <(tables "$SOURCE_DB")
[[ "$TABLES" -gt 10 ]] || fail "only $TABLES tables: the importer did not migrate $SOURCE_DB"
NAME="$(sql -N --default-character-set=utf8mb4 -e "SELECT display_name FROM \`$RESTORED_DB\`.user_account WHERE id = 990001")"
[[ "$NAME" == 'Zoë Ødegård 🦉' ]] || fail "a learner's name came back as '$NAME'"
step_done compare

echo "Server: $SERVER; dump: $(wc -c <"$WORK/backup.sql") bytes; $STEPS"
echo "backup check: OK ($TABLES tables, $ROWS rows, $((SECONDS - STARTED)) s)"
