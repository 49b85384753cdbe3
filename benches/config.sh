#!/usr/bin/env bash
# Benchmark (issue 11): `roster config validate`, `plan` and `apply` on a roster.toml of N
# members (default 10,000: admins, editors and clients with flags and assignments on three
# accounts), side by side in one hyperfine run, against an empty database (the plan creates
# the workspace and invites everyone) and a full one (the file applied: `No changes.`).
# Targets on the 2-core development machine: validate <= 100 ms, plan <= 300 ms, apply to an
# empty database <= 2 s. Apply runs with --no-email (mail delivery is the outbox's benchmark).
# Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
RUNS=${RUNS:-5}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z

{
  printf '[workspace]\nslug = "acme"\nname = "Acme Agency"\nowner = "owner@acme.test"\n'
  for a in facebook instagram linkedin; do
    printf '\n[[accounts]]\nslug = "acme-%s"\nprovider = "%s"\nname = "Acme on %s"\n' "$a" "$a" "$a"
  done
  seq 1 "$N" | awk '{
    r = $1 % 10
    if (r == 0) {
      printf "\n[[members]]\nemail = \"admin%d@acme.test\"\nrole = \"admin\"\ncan_add_accounts = true\nassign = [{ account = \"acme-facebook\" }]\n", $1
    } else if (r < 4) {
      printf "\n[[members]]\nemail = \"editor%d@acme.test\"\nrole = \"editor\"\nassign = [{ account = \"acme-facebook\", posting = \"review\" }, { account = \"acme-instagram\" }]\n", $1
    } else {
      printf "\n[[members]]\nemail = \"client%d@brand.test\"\nrole = \"client\"\ncan_manage_posts = true\nrequire_2fa = true\nassign = [\n  { account = \"acme-facebook\", approve = true },\n  { account = \"acme-linkedin\", credentials = \"member\" },\n]\n", $1
    }
  }'
} > "$work/roster.toml"

# An empty database (schema only), and a full one: the file applied.
: > "$work/empty.db"   # an empty file: roster makes it a database on first write
cp "$work/empty.db" "$work/full.db"
ROSTER_DB=$work/full.db "$bin" -q config apply "$work/roster.toml" --no-email >/dev/null
ROSTER_DB=$work/full.db "$bin" config plan "$work/roster.toml" --exit-code >/dev/null

cd "$work"
hyperfine -N --runs "$RUNS" --warmup 1 --export-markdown "$work/config.md" \
  --prepare "cp empty.db run.db" \
  -n "validate ($N members)" "$bin config validate roster.toml" \
  -n "plan, empty database" "$bin --db run.db config plan roster.toml" \
  -n "plan, full database (no changes)" "$bin --db full.db config plan roster.toml" \
  -n "apply, empty database" "$bin --db run.db -q config apply roster.toml --no-email" \
  -n "apply, full database (no changes)" "$bin --db full.db config apply roster.toml --no-email"
cat "$work/config.md"
