//! Issue 23, a newcomer's first hour, second pass: commands to copy stand on lines of their
//! own, CSV keeps placeholders out of its cells, and what else misled a new user.

use crate::fixtures::{WS, acme};
use crate::support::{OWNER, TestEnv};

const CLIENT: &str = "client@brand.test";

/// The invitation's accept command is printed after the table, on a line of its own with no
/// table border in it, and runs exactly as printed.
#[test]
fn the_accept_command_stands_on_its_own_line_and_runs_as_printed() {
    let env = acme();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                CLIENT,
                "--role",
                "client",
                "--can-manage-posts",
                "--assign",
                "acme-fb:approve:owner",
                "--assign",
                "acme-ig:member",
                "--no-email",
            ],
        )
        .ok();
    assert!(!r.stdout.contains("accept with"), "{}", r.stdout);
    let lines: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("invite accept"))
        .collect();
    assert_eq!(lines.len(), 1, "{}", r.stdout);
    let line = lines[0];
    assert!(
        line.starts_with(&format!(
            "roster --as {CLIENT} invite accept {WS} --token inv_"
        )),
        "{line}"
    );
    assert!(!line.contains(['│', '┆', '║']), "{line}");
    // After the table: the table's last border comes before it.
    let border = r.stdout.find('└').expect("a table");
    assert!(r.stdout.find(line).unwrap() > border, "{}", r.stdout);
    assert!(
        r.stderr.contains("the command printed above"),
        "{}",
        r.stderr
    );

    // The line is the command: run it (the binary for `roster`).
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words[0], "roster");
    env.run(&words[1..]).ok();
    assert_eq!(
        env.as_(CLIENT, &["me", "--json"]).ok().json()["workspaces"][0]["status"],
        "active"
    );

    // CSV keeps it as a field row of its own; JSON as a field.
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                "two@brand.test",
                "--role",
                "client",
                "--no-email",
                "--format",
                "csv",
            ],
        )
        .ok();
    assert!(
        r.stdout.lines().any(|l| l
            .starts_with("accept with,roster --as two@brand.test invite accept acme --token inv_")),
        "{}",
        r.stdout
    );
}

/// `--format csv` prints an empty cell where a table shows its placeholder `-`, and guards
/// only cells that start like a formula and go on (`-dash@…` is quoted, `-` alone is not).
#[test]
fn csv_cells_are_empty_where_a_table_shows_a_placeholder() {
    let env = TestEnv::new();
    env.workspace("Acme Agency", WS);
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "--role",
            "client",
            "--no-email",
            "--",
            "-dash@brand.test",
        ],
    )
    .ok();
    let table = env
        .as_(OWNER, &["member", "list", "--status", "pending"])
        .ok();
    assert!(table.stdout.contains("┆ -"), "{}", table.stdout);
    let r = env.as_(OWNER, &["member", "list", "--format", "csv"]).ok();
    let mut rdr = csv::Reader::from_reader(r.stdout.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert!(
        !r.stdout.contains("'-,") && !r.stdout.ends_with("'-\n"),
        "{}",
        r.stdout
    );
    let owner = rows
        .iter()
        .find(|r| &r[0] == OWNER)
        .expect("the owner's row");
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(&owner[col("2FA")], "", "{}", r.stdout);
    assert_eq!(&owner[col("ACCOUNTS")], "", "{}", r.stdout);
    let all = env
        .as_(
            OWNER,
            &["member", "list", "--status", "pending", "--format", "csv"],
        )
        .ok();
    assert!(
        all.stdout.contains("\n'-dash@brand.test,"),
        "a cell that starts like a formula is still guarded: {}",
        all.stdout
    );
}

/// `workspace use` on one database does not follow you to another: there the default does not
/// apply, your only workspace is used (saying so), or `-w` is asked for; the first database
/// keeps its default.
#[test]
fn the_default_workspace_belongs_to_its_database() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.workspace("Beta", "beta");
    env.as_(OWNER, &["workspace", "use", "acme"]).ok();
    let second = env.dir.path().join("second.db");
    let second = second.to_str().unwrap();
    env.as_(
        OWNER,
        &[
            "--db",
            second,
            "workspace",
            "create",
            "Other",
            "--slug",
            "other",
        ],
    )
    .ok();
    let r = env
        .as_(OWNER, &["--db", second, "workspace", "show", "--json"])
        .ok();
    assert_eq!(r.json()["slug"], "other");
    assert!(
        r.stderr.contains(
            "Acting in other, your only workspace here: the default workspace (acme) was chosen on"
        ),
        "{}",
        r.stderr
    );
    env.as_(
        OWNER,
        &[
            "--db",
            second,
            "workspace",
            "create",
            "Two",
            "--slug",
            "two",
        ],
    )
    .ok();
    env.as_(OWNER, &["--db", second, "workspace", "show"])
        .code(2)
        .stderr_has("which workspace? owner@acme.test belongs to 2: other, two")
        .stderr_has("(the default workspace (acme) was chosen on");
    // The first database keeps its default.
    let show = env.as_(OWNER, &["workspace", "show", "--json"]).ok().json();
    assert_eq!(show["slug"], "acme");
}

/// The README's list of action names is exactly decide()'s vocabulary.
#[test]
fn the_readme_names_every_action() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("Action names for `roster can`:")
        .expect("the README's list of actions");
    let end = start + readme[start..].find("Narrow them").unwrap();
    let listed: std::collections::BTreeSet<&str> = readme[start..end]
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|w| w.contains('.'))
        .collect();
    let all: std::collections::BTreeSet<&str> = roster::permissions::Action::ALL
        .iter()
        .map(|a| a.as_str())
        .collect();
    assert_eq!(listed, all);
}

/// `--help` shows which variables a flag reads, never their values (ROSTER_OTP holds a code),
/// and no dangling `=` when one is set but empty; it says a server may hold the state too.
#[test]
fn help_names_variables_without_values_and_mentions_a_server() {
    let env = TestEnv::new();
    let mut c = env.cmd();
    c.env("ROSTER_AS", "")
        .env("ROSTER_OTP", "123456")
        .env("ROSTER_WORKSPACE", "acme")
        .arg("--help");
    let r = TestEnv::run_cmd(c).ok();
    for v in [
        "ROSTER_DB",
        "ROSTER_CONFIG",
        "ROSTER_AS",
        "ROSTER_WORKSPACE",
        "ROSTER_OTP",
    ] {
        assert!(
            r.stdout.contains(&format!("[env: {v}]")),
            "{v}: {}",
            r.stdout
        );
        assert!(!r.stdout.contains(&format!("{v}=")), "{v}: {}", r.stdout);
    }
    assert!(!r.stdout.contains("123456"), "{}", r.stdout);
    assert!(r.stdout.contains("PostgreSQL"), "{}", r.stdout);
}

/// A config file that cannot be read has no line to point at: the file is named alone.
#[test]
fn a_missing_config_file_is_named_without_a_position() {
    let env = TestEnv::new();
    let missing = env.dir.path().join("nope.toml");
    let missing = missing.to_str().unwrap();
    let r = env.run(&["config", "validate", missing]).code(6);
    assert!(
        r.stdout.contains(&format!(" --> {missing}\n")),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains(&format!("{missing}:1:1")),
        "{}",
        r.stdout
    );
    let r = env
        .run(&["config", "validate", missing, "--format", "github"])
        .code(6);
    assert!(
        r.stdout
            .starts_with(&format!("::error file={missing},title=unreadable::")),
        "{}",
        r.stdout
    );
}

/// `config apply` off a terminal names what it would remove, not "thing(s)".
#[test]
fn apply_names_what_it_removes() {
    let env = acme();
    let cfg = env.dir.path().join("roster.toml");
    std::fs::write(
        &cfg,
        "[workspace]\nslug = \"acme\"\nname = \"Acme Agency\"\nowner = \"owner@acme.test\"\nmode = \"exact\"\n",
    )
    .unwrap();
    let before = env.dump();
    env.as_(OWNER, &["config", "apply", cfg.to_str().unwrap()])
        .code(2)
        .stderr_has("`config apply` that removes 2 accounts");
    assert_eq!(env.dump(), before);
}
