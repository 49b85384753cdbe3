#!/usr/bin/env bash
# Benchmark (issue 15): roster on PostgreSQL, against psql on the same server and data.
#   - `roster member invite --from` on N client rows (default 100,000; two assignments each,
#     `--no-email`) vs `psql \copy` of the same CSV into a plain table, and vs the schema's
#     floor on PostgreSQL: psql writing the same seven rows per invite by INSERT … SELECT;
#   - `roster member list --json` of those members vs psql running the equivalent join and
#     printing it as JSON (`json_agg`).
# Runs under a throwaway server: scripts/pg-throwaway --run benches/pg.sh. Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ROSTER_TEST_PG_URL:?run under scripts/pg-throwaway --run benches/pg.sh}"
N=${N:-100000}
RUNS=${RUNS:-3}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
base=${ROSTER_TEST_PG_URL%/*}
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z
psql_admin() { psql -qAt "$ROSTER_TEST_PG_URL" "$@"; }

# A seed database (workspace and two accounts) as a template: each timed run starts from a copy.
psql_admin -c "DROP DATABASE IF EXISTS bench_seed" -c "CREATE DATABASE bench_seed"
export ROSTER_DB=$base/bench_seed
"$bin" -q db migrate
"$bin" -q workspace create Acme --slug acme >/dev/null
"$bin" -q -w acme account add --provider facebook --name "Acme Page" --slug acme-fb >/dev/null
"$bin" -q -w acme account add --provider instagram --name "Acme IG" --slug acme-ig >/dev/null
{
  echo "email,role,can_add_accounts,can_manage_posts,require_2fa,assign"
  seq 1 "$N" | awk '{print "client" $1 "@brand.test,client,,yes,,acme-fb:approve:owner;acme-ig:member"}'
} > "$work/clients.csv"
fresh="psql -qAt $ROSTER_TEST_PG_URL -c 'DROP DATABASE IF EXISTS bench_run WITH (FORCE)' -c 'CREATE DATABASE bench_run TEMPLATE bench_seed'"
plain="psql -qAt $ROSTER_TEST_PG_URL -c 'DROP DATABASE IF EXISTS bench_plain WITH (FORCE)' -c 'CREATE DATABASE bench_plain' && psql -qAt $base/bench_plain -c 'CREATE TABLE c (email TEXT UNIQUE, role TEXT, a TEXT, b TEXT, c TEXT, assign TEXT)'"

cat > "$work/floor.sql" <<'SQL'
CREATE TEMP TABLE c (email TEXT, role TEXT, a TEXT, b TEXT, c TEXT, assign TEXT);
\copy c FROM 'clients.csv' WITH (FORMAT csv, HEADER true)
BEGIN;
INSERT INTO users (email, created_at) SELECT email, '2026-11-28T09:00:00Z' FROM c;
INSERT INTO memberships (workspace_id, user_id, role, status, can_add_accounts, can_manage_posts, require_2fa, invited_by, created_at, updated_at)
  SELECT 1, u.id, 'client', 'pending', 0, 1, 0, 1, '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z' FROM c JOIN users u ON u.email = c.email;
INSERT INTO invitations (membership_id, token_hash, invited_by, state, created_at, expires_at)
  SELECT m.id, sha256(m.id::text::bytea), 1, 'pending', '2026-11-28T09:00:00Z', '2026-12-05T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO assignments (membership_id, account_id, workspace_id, approve, credentials, auth_status, created_at, updated_at)
  SELECT m.id, 1, 1, 1, 'owner', 'connected', '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO assignments (membership_id, account_id, workspace_id, approve, credentials, auth_status, created_at, updated_at)
  SELECT m.id, 2, 1, 0, 'member', 'needs_reauth', '2026-11-28T09:00:00Z', '2026-11-28T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO notifications (user_id, workspace_id, kind, message, created_at)
  SELECT m.user_id, 1, 'invitation', 'owner@acme.test invited you to Acme (acme) as client', '2026-11-28T09:00:00Z' FROM memberships m WHERE m.role = 'client';
INSERT INTO audit (at, actor, command, action, workspace, target, after)
  SELECT '2026-11-28T09:00:00Z', 'owner@acme.test', 'member invite', 'member.invite', 'acme', c.email, '{}' FROM c;
COMMIT;
SQL

cd "$work"
hyperfine -N --runs "$RUNS" --export-markdown "$work/batch.md" \
  --prepare "sh -c \"$fresh\"" \
  -n "roster member invite --from ($N rows) on PostgreSQL" \
  "env ROSTER_DB=$base/bench_run $bin -q -w acme member invite --from clients.csv --no-email --json" \
  --prepare "sh -c \"$plain\"" \
  -n "psql \\copy of the same CSV" \
  "psql -qAt $base/bench_plain -c '\\copy c FROM clients.csv WITH (FORMAT csv, HEADER true)'" \
  --prepare "sh -c \"$fresh\"" \
  -n "the floor: psql INSERT … SELECT of the same rows" \
  "psql -q -v ON_ERROR_STOP=1 $base/bench_run -f floor.sql"
/usr/bin/time -f "peak RSS of the batch: %M KiB" sh -c "$fresh && env ROSTER_DB=$base/bench_run $bin -q -w acme member invite --from clients.csv --no-email --json >/dev/null"

# The list: the bench_run database now holds the N members.
cat > list.sql <<'SQL'
SELECT coalesce(json_agg(x ORDER BY x.ord, x.email), '[]') FROM (
  SELECT u.email, m.role, m.status, m.can_add_accounts, m.can_manage_posts, m.require_2fa,
         i.expires_at,
         (SELECT json_agg(json_build_object('account', a.slug, 'approve', s.approve,
                 'posting', s.posting, 'credentials', s.credentials, 'auth_status', s.auth_status)
                 ORDER BY a.slug)
            FROM assignments s JOIN accounts a ON a.id = s.account_id
           WHERE s.membership_id = m.id) AS accounts,
         CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'editor' THEN 2 ELSE 3 END AS ord
    FROM memberships m JOIN users u ON u.id = m.user_id
    LEFT JOIN invitations i ON i.membership_id = m.id AND i.state = 'pending'
   WHERE m.workspace_id = 1) x
SQL
hyperfine -N --runs "$RUNS" --export-markdown "$work/list.md" \
  -n "roster member list --json ($N members) on PostgreSQL" \
  "env ROSTER_DB=$base/bench_run $bin -q -w acme member list --json" \
  -n "psql, the same join as JSON" \
  "psql -qAt $base/bench_run -f list.sql"
/usr/bin/time -f "peak RSS of member list --json: %M KiB" env ROSTER_DB=$base/bench_run "$bin" -q -w acme member list --json >/dev/null
cat "$work/batch.md" "$work/list.md"
