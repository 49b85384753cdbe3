#!/usr/bin/env bash
# Benchmark (issue 12): reads on a workspace of N clients (default 100,000, two assignments
# each), side by side in one hyperfine run with the sqlite3 CLI answering the same question
# on the same file:
#   - `member list --json` against `sqlite3 -json` of the equivalent join, and the other long
#     lists (`member list --format csv`, `member export`, `audit list --json`),
#   - `me`, `can`, `member show` against a point SELECT,
#   - the peak RSS of each list: it must not grow with N (run with N=10000 to compare).
# Needs hyperfine and sqlite3. BIN=path measures a binary built elsewhere (e.g. before a
# change); WORK=dir keeps the database there and reuses it on the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
if [ -z "${BIN:-}" ]; then
  cargo build --release --locked -q
  BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/roster
fi
bin=$BIN
if [ -n "${WORK:-}" ]; then
  work=$WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z
export ROSTER_DB=$work/roster.db
if [ ! -e "$ROSTER_DB" ]; then
  "$bin" -q workspace create Acme --slug acme >/dev/null
  "$bin" -q -w acme account add --provider facebook --name "Acme Page" --slug acme-fb >/dev/null
  "$bin" -q -w acme account add --provider instagram --name "Acme IG" --slug acme-ig >/dev/null
  {
    echo "email,role,can_add_accounts,can_manage_posts,require_2fa,assign"
    seq 1 "$N" | awk '{print "client" $1 "@brand.test,client,,yes,,acme-fb:approve:owner;acme-ig:member"}'
  } > "$work/clients.csv"
  "$bin" -q -w acme member invite --from "$work/clients.csv" --no-email >/dev/null
fi

list_sql="SELECT u.email, m.role, m.status, m.can_add_accounts, m.can_manage_posts, m.require_2fa,
  inv.email AS invited_by, i.expires_at,
  (SELECT json_group_array(json_object('account', a.slug, 'approve', s.approve,
           'posting', s.posting, 'credentials', s.credentials, 'auth_status', s.auth_status))
     FROM assignments s JOIN accounts a ON a.id = s.account_id WHERE s.membership_id = m.id) AS accounts
FROM memberships m JOIN users u ON u.id = m.user_id
LEFT JOIN users inv ON inv.id = m.invited_by
LEFT JOIN invitations i ON i.membership_id = m.id AND i.state = 'pending'
WHERE m.workspace_id = 1 ORDER BY m.role, u.email"
audit_sql="SELECT * FROM audit WHERE workspace = 'acme' ORDER BY id"
point_sql="SELECT m.role, m.status FROM memberships m JOIN users u ON u.id = m.user_id
WHERE m.workspace_id = 1 AND u.email = 'client4242@brand.test'"

hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/list.md" \
  -n "roster member list --json ($N members)" "$bin -w acme member list --json" \
  -n "sqlite3 -json, the same join" "sqlite3 -json $ROSTER_DB \"$list_sql\"" \
  -n "roster member list --format csv" "$bin -w acme member list --format csv" \
  -n "roster member list (table)" "$bin -w acme member list" \
  -n "roster member export" "$bin -q -w acme member export" \
  -n "roster audit list --json" "$bin -w acme audit list --json" \
  -n "sqlite3 -json audit" "sqlite3 -json $ROSTER_DB \"$audit_sql\""
cat "$work/list.md"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-markdown "$work/point.md" \
  -n "roster me" "$bin --as client4242@brand.test me --json" \
  -n "roster can member.invite --role editor" "$bin -w acme can member.invite --role editor" \
  -n "roster member show" "$bin -w acme member show client4242@brand.test --json" \
  -n "sqlite3 point SELECT" "sqlite3 $ROSTER_DB \"$point_sql\""
cat "$work/point.md"
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
echo
echo "| peak RSS, $N members | KiB |"
echo "|---|---|"
echo "| roster member list --json | $(rss "$bin" -w acme member list --json) |"
echo "| roster member list --format csv | $(rss "$bin" -w acme member list --format csv) |"
echo "| roster member list (table) | $(rss "$bin" -w acme member list) |"
echo "| roster member export | $(rss "$bin" -q -w acme member export) |"
echo "| roster audit list --json | $(rss "$bin" -w acme audit list --json) |"
echo "| sqlite3 -json, the member join | $(rss sqlite3 -json "$ROSTER_DB" "$list_sql") |"
echo "| sqlite3 -json, the audit rows | $(rss sqlite3 -json "$ROSTER_DB" "$audit_sql") |"
