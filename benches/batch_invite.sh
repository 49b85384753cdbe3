#!/usr/bin/env bash
# Benchmark: `roster member invite --from` on N rows (default 100,000) in one transaction,
# against the sqlite3 CLI importing the same CSV into a plain table (the floor for "read a CSV
# and write its rows"). roster does much more per row: permissions, a membership, an
# assignment, a hashed token, a notification and an audit row. Needs sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_DB=$work/roster.db ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test
"$bin" -q workspace create Acme --slug acme >/dev/null
"$bin" -q account add --provider facebook --name "Acme Page" --slug acme-fb >/dev/null
{
  echo "email,role,can_add_accounts,can_manage_posts,require_2fa,assign"
  for i in $(seq 1 "$N"); do echo "client$i@brand.test,client,,yes,,acme-fb:approve"; done
} > "$work/clients.csv"
t0=$(date +%s.%N)
"$bin" member invite --from "$work/clients.csv" --no-email --json > "$work/out.json"
t1=$(date +%s.%N)
test "$(grep -o '"created"' "$work/out.json" | wc -l)" -eq "$N"
"$bin" member invite --from "$work/clients.csv" --no-email -q > /dev/null
t2=$(date +%s.%N)
sqlite3 "$work/plain.db" "CREATE TABLE c (email TEXT UNIQUE, role TEXT, a TEXT, b TEXT, c TEXT, assign TEXT);"
t3=$(date +%s.%N)
sqlite3 "$work/plain.db" ".import --csv --skip 1 $work/clients.csv c"
t4=$(date +%s.%N)
printf '| %s rows | seconds |\n|---|---|\n' "$N"
printf '| roster member invite --from (created) | %.2f |\n' "$(echo "$t1 - $t0" | bc)"
printf '| roster member invite --from (re-run, unchanged) | %.2f |\n' "$(echo "$t2 - $t1" | bc)"
printf '| sqlite3 .import of the same CSV | %.2f |\n' "$(echo "$t4 - $t3" | bc)"
