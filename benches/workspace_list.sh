#!/usr/bin/env bash
# Benchmark (issue 2): `roster workspace list --json` on a database of 1,000 workspaces, against
# the sqlite3 CLI running the equivalent SELECT on the same file, side by side in one hyperfine
# run. Target: roster within 1.5x of sqlite3.
# Needs: hyperfine and sqlite3 (apt-get install -y hyperfine sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_DB=$work/roster.db ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test
for i in $(seq -w 1 "$N"); do
  "$bin" -q workspace create "Workspace $i" --slug "ws-$i" >/dev/null
done
echo "database: $N workspaces, $(stat -c %s "$ROSTER_DB") bytes"
sql="SELECT w.slug, w.name, m.role, m.status, w.require_2fa OR m.require_2fa AS require_2fa, o.email AS owner
     FROM users u
     JOIN memberships m ON m.user_id = u.id AND m.status IN ('active', 'pending')
     JOIN workspaces w ON w.id = m.workspace_id
     JOIN users o ON o.id = w.owner_id
     WHERE u.email = 'owner@acme.test' ORDER BY w.slug"
# Both print the same rows as JSON.
test "$("$bin" workspace list --json | grep -o '"slug"' | wc -l)" -eq "$N"
test "$(sqlite3 -json "$ROSTER_DB" "$sql" | grep -o '"slug"' | wc -l)" -eq "$N"
hyperfine -N --warmup 20 --min-runs 200 \
  --command-name "roster workspace list --json" "$bin workspace list --json" \
  --command-name "sqlite3 -json (same SELECT)" "sqlite3 -json $ROSTER_DB \"$sql\"" \
  --export-markdown "${BENCH_OUT:-/dev/stdout}"
