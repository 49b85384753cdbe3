#!/usr/bin/env bash
# Benchmark (issue 12): `roster member invite --from` on N client rows (default 100,000), each
# with two assignments, `--no-email`, side by side in one hyperfine run with
#   - `sqlite3 .import` of the same CSV into a plain table (reading a CSV and writing its rows),
#   - the schema's floor: the sqlite3 CLI writing the same seven rows per invite (user,
#     membership, invitation, two assignments, notification, audit) with INSERT … SELECT;
# then the re-run of the same file (all `unchanged`), the peak RSS of both, and with
# BIG=1 a 1,000,000-row file once (time and peak RSS). Needs hyperfine and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z

# A seed database: the workspace and its two accounts. Every timed run starts from a copy.
seed() {
  ROSTER_DB=$1 "$bin" -q workspace create Acme --slug acme >/dev/null
  ROSTER_DB=$1 "$bin" -q -w acme account add --provider facebook --name "Acme Page" --slug acme-fb >/dev/null
  ROSTER_DB=$1 "$bin" -q -w acme account add --provider instagram --name "Acme IG" --slug acme-ig >/dev/null
}
seed "$work/seed.db"
rows() {
  echo "email,role,can_add_accounts,can_manage_posts,require_2fa,assign"
  seq 1 "$1" | awk '{print "client" $1 "@brand.test,client,,yes,,acme-fb:approve:owner;acme-ig:member"}'
}
rows "$N" > "$work/clients.csv"

# The floor: the same rows as roster writes, by the sqlite3 CLI, from the imported CSV.
cat > "$work/floor.sql" <<'SQL'
.import --csv clients.csv c
BEGIN;
INSERT INTO users (email, created_at) SELECT email, '2026-11-28T09:00:00Z' FROM c;
INSERT INTO memberships (workspace_id, user_id, role, status, can_add_accounts, can_manage_posts,
                         require_2fa, invited_by, created_at, updated_at)
  SELECT 1, u.id, 'client', 'pending', 0, 1, 0, 1, '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z'
  FROM c JOIN users u ON u.email = c.email;
INSERT INTO invitations (membership_id, token_hash, invited_by, state, created_at, expires_at)
  SELECT m.id, randomblob(32), 1, 'pending', '2026-11-28T09:00:00Z', '2026-12-05T09:00:00Z'
  FROM memberships m WHERE m.role = 'client';
INSERT INTO assignments (membership_id, account_id, workspace_id, approve, credentials, auth_status, created_at, updated_at)
  SELECT m.id, 1, 1, 1, 'owner', 'connected', '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO assignments (membership_id, account_id, workspace_id, approve, credentials, auth_status, created_at, updated_at)
  SELECT m.id, 2, 1, 0, 'member', 'needs_reauth', '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO notifications (user_id, workspace_id, kind, message, created_at)
  SELECT m.user_id, 1, 'invitation', 'owner@acme.test invited you to Acme (acme) as client', '2026-11-28T09:00:00Z'
  FROM memberships m WHERE m.role = 'client';
INSERT INTO audit (at, actor, command, action, workspace, target, after)
  SELECT '2026-11-28T09:00:00Z', 'owner@acme.test', 'member invite', 'member.invite', 'acme', c.email, '{}' FROM c;
COMMIT;
SQL
sqlite3 "$work/plain-empty.db" "CREATE TABLE c (email TEXT UNIQUE, role TEXT, a TEXT, b TEXT, c TEXT, assign TEXT);"

cd "$work"
hyperfine -N --runs "$RUNS" --export-markdown "$work/batch.md" \
  --prepare "sh -c 'cp seed.db run.db && rm -f run.db-wal run.db-shm'" \
  -n "roster member invite --from ($N rows, created)" \
  "$bin -q --db run.db -w acme member invite --from clients.csv --no-email" \
  --prepare "cp plain-empty.db plain.db" \
  -n "sqlite3 .import of the same CSV" \
  "sqlite3 plain.db '.import --csv --skip 1 clients.csv c'" \
  --prepare "sh -c 'cp seed.db floor.db && rm -f floor.db-wal floor.db-shm'" \
  -n "floor: sqlite3 INSERT … SELECT of the same 7 rows per invite" \
  "sqlite3 floor.db '.read floor.sql'"
cat "$work/batch.md"

# The re-run (every row unchanged) against the database the first run made.
cp seed.db rerun.db
"$bin" -q --db rerun.db -w acme member invite --from clients.csv --no-email >/dev/null
hyperfine -N --runs "$RUNS" --export-markdown "$work/rerun.md" \
  -n "roster re-run of the same file (all unchanged)" \
  "$bin -q --db rerun.db -w acme member invite --from clients.csv --no-email"
cat "$work/rerun.md"

rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
cp seed.db rss.db
echo
echo "| peak RSS | KiB |"
echo "|---|---|"
echo "| created, $N rows | $(rss "$bin" -q --db rss.db -w acme member invite --from clients.csv --no-email) |"
echo "| re-run, $N rows | $(rss "$bin" -q --db rss.db -w acme member invite --from clients.csv --no-email) |"

if [ "${BIG:-0}" = 1 ]; then
  rows 1000000 > big.csv
  cp seed.db big.db
  t0=$(date +%s.%N)
  kib=$(rss "$bin" -q --db big.db -w acme member invite --from big.csv --no-email)
  t1=$(date +%s.%N)
  printf '| 1,000,000 rows, created | %.1f s | %s KiB |\n' "$(echo "$t1 - $t0" | bc)" "$kib"
fi
