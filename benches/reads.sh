#!/usr/bin/env bash
# Benchmark (issue 12): reads on a workspace of N clients (default 100,000, two assignments
# each), side by side in one hyperfine run with the sqlite3 CLI answering the same question
# on the same file:
#   - `member list --json` against `sqlite3 -json` of the equivalent join,
#   - `me`, `can`, `member show` against a point SELECT.
# Needs hyperfine and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z
export ROSTER_DB=$work/roster.db
"$bin" -q workspace create Acme --slug acme >/dev/null
"$bin" -q -w acme account add --provider facebook --name "Acme Page" --slug acme-fb >/dev/null
"$bin" -q -w acme account add --provider instagram --name "Acme IG" --slug acme-ig >/dev/null
{
  echo "email,role,can_add_accounts,can_manage_posts,require_2fa,assign"
  seq 1 "$N" | awk '{print "client" $1 "@brand.test,client,,yes,,acme-fb:approve:owner;acme-ig:member"}'
} > "$work/clients.csv"
"$bin" -q -w acme member invite --from "$work/clients.csv" --no-email >/dev/null

list_sql="SELECT u.email, m.role, m.status, m.can_add_accounts, m.can_manage_posts, m.require_2fa,
  inv.email AS invited_by, i.expires_at,
  (SELECT json_group_array(json_object('account', a.slug, 'approve', s.approve,
           'posting', s.posting, 'credentials', s.credentials, 'auth_status', s.auth_status))
     FROM assignments s JOIN accounts a ON a.id = s.account_id WHERE s.membership_id = m.id) AS accounts
FROM memberships m JOIN users u ON u.id = m.user_id
LEFT JOIN users inv ON inv.id = m.invited_by
LEFT JOIN invitations i ON i.membership_id = m.id AND i.state = 'pending'
WHERE m.workspace_id = 1 ORDER BY m.role, u.email"
point_sql="SELECT m.role, m.status FROM memberships m JOIN users u ON u.id = m.user_id
WHERE m.workspace_id = 1 AND u.email = 'client4242@brand.test'"

hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/list.md" \
  -n "roster member list --json ($N members)" "$bin -w acme member list --json" \
  -n "sqlite3 -json, the same join" "sqlite3 -json $ROSTER_DB \"$list_sql\""
cat "$work/list.md"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-markdown "$work/point.md" \
  -n "roster me" "$bin --as client4242@brand.test me --json" \
  -n "roster can member.invite --role editor" "$bin -w acme can member.invite --role editor" \
  -n "roster member show" "$bin -w acme member show client4242@brand.test --json" \
  -n "sqlite3 point SELECT" "sqlite3 $ROSTER_DB \"$point_sql\""
cat "$work/point.md"
rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
echo
echo "| peak RSS | KiB |"
echo "|---|---|"
echo "| member list --json, $N members | $(rss "$bin" -w acme member list --json) |"
