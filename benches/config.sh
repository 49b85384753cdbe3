#!/usr/bin/env bash
# Benchmark (issue 11): `roster config validate`, `plan` and `apply` on a roster.toml of N
# members (default 10,000: admins, editors and clients with flags and assignments on three
# accounts), side by side in one hyperfine run, against an empty database (the plan creates
# the workspace and invites everyone) and a full one (the file applied: `No changes.`).
# Targets on the 2-core development machine: validate <= 100 ms, plan <= 300 ms, apply to an
# empty database <= 2 s. Apply runs with --no-email (mail delivery is the outbox's benchmark).
# Needs hyperfine. ONLY_22=1 runs only the second part (issue 22, below).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
N=${N:-10000}
RUNS=${RUNS:-5}
cargo build --release --locked -q
bin=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ROSTER_CONFIG=$work/config.toml ROSTER_AS=owner@acme.test ROSTER_NOW=2026-11-28T09:00:00Z

if [ -z "${ONLY_22:-}" ]; then
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
fi

# Issue 22: permission expectations and the permission diff, on 10,000 members, 20 accounts and
# 100 expectations (80 [[expect]] over 3 members x 2 actions x 2 accounts, 20 [[expect_who]]),
# side by side in one run: `config validate` against a bare parse of the same file by the
# `toml` crate (examples/toml_parse.rs), and `config plan` with and without the permission diff
# on the database with that file applied, for no change and for 1,000 members changed.
# Targets: validate within 1.5x of the bare parse; plan with the diff within 2x of without.
(cd "$root" && cargo build --release --locked -q --example toml_parse)
parse=$root/target/release/examples/toml_parse
cd "$work"
accounts=20
gen() {  # $1: how many clients (of every 10th member) become posters: the change of a PR
  printf '[workspace]\nslug = "acme"\nname = "Acme Agency"\nowner = "owner@acme.test"\n'
  for i in $(seq 1 $accounts); do
    printf '\n[[accounts]]\nslug = "acc-%d"\nprovider = "facebook"\nname = "Account %d"\n' "$i" "$i"
  done
  seq 1 "$N" | awk -v A=$accounts -v CHANGED="$1" '{
    a = 1 + $1 % A; b = 1 + ($1 * 7) % A
    r = $1 % 10
    if (r == 0) {
      printf "\n[[members]]\nemail = \"admin%d@acme.test\"\nrole = \"admin\"\nassign = [{ account = \"acc-%d\" }]\n", $1, a
    } else if (r < 4) {
      printf "\n[[members]]\nemail = \"editor%d@acme.test\"\nrole = \"editor\"\nassign = [{ account = \"acc-%d\", posting = \"review\" }]\n", $1, a
    } else {
      poster = ($1 <= CHANGED * 10 && r == 5) ? "can_manage_posts = true\n" : ""
      printf "\n[[members]]\nemail = \"client%d@brand.test\"\nrole = \"client\"\n%sassign = [{ account = \"acc-%d\", approve = true }]\n", $1, poster, a
    }
  }'
  # 80 [[expect]] that hold: editors post on their account and never approve, clients approve.
  for k in $(seq 1 80); do
    e1=$((k * 10 + 1)); a1=$((1 + e1 % accounts))
    printf '\n[[expect]]\nmembers = ["editor%d@acme.test"]\nactions = ["post.create", "post.view"]\naccounts = ["acc-%d"]\nallowed = true\n' "$e1" "$a1"
  done
  for w in workspace.rename workspace.settings workspace.transfer workspace.delete member.role member.login; do
    printf '\n[[expect_who]]\naction = "%s"\nmembers = []\n' "$w"
  done
  for k in $(seq 1 14); do
    printf '\n[[expect_who]]\naction = "account.reauth"\naccount = "acc-%d"\nmembers = []\n' "$k"
  done
}
gen 0 > "$work/pinned.toml"
gen 1000 > "$work/changed.toml"
: > "$work/pinned.db"
ROSTER_DB=$work/pinned.db "$bin" -q config apply "$work/pinned.toml" --no-email >/dev/null
# Every invitation accepted, so that the members' permissions are live ones.
python3 - "$work/pinned.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE memberships SET status = 'active' WHERE status = 'pending'"); c.commit()
PY
ROSTER_DB=$work/pinned.db "$bin" config plan "$work/pinned.toml" --exit-code >/dev/null
hyperfine -N --runs "$RUNS" --warmup 1 --export-markdown "$work/expect.md" \
  -n "toml parse ($N members, $accounts accounts, 100 expectations)" "$parse pinned.toml" \
  -n "config validate (same file)" "$bin config validate pinned.toml" \
  -n "plan, no change, with the permission diff" "$bin --db pinned.db config plan pinned.toml" \
  -n "plan, no change, --no-permission-diff" "$bin --db pinned.db config plan pinned.toml --no-permission-diff" \
  -n "plan, 1,000 members changed, with the permission diff" "$bin --db pinned.db config plan changed.toml" \
  -n "plan, 1,000 members changed, --no-permission-diff" "$bin --db pinned.db config plan changed.toml --no-permission-diff"
cat "$work/expect.md"
