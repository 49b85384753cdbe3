//! Issue 13, hostile input: lookalike characters refused (6) in emails, slugs and names;
//! control characters escaped where roster echoes input; CSV cells neutralised against formula
//! injection; names and handles capped; an unterminated CSV quote reported as such; clients
//! see no head counts.

use crate::fixtures::{WS, acme, join, refused};
use crate::support::OWNER;

const HIDDEN: &[(&str, char)] = &[
    ("zero-width space", '\u{200B}'),
    ("zero-width non-joiner", '\u{200C}'),
    ("zero-width joiner", '\u{200D}'),
    ("left-to-right mark", '\u{200E}'),
    ("right-to-left mark", '\u{200F}'),
    ("LRE", '\u{202A}'),
    ("RLO", '\u{202E}'),
    ("LRI", '\u{2066}'),
    ("PDI", '\u{2069}'),
    ("BOM", '\u{FEFF}'),
    ("SOH", '\u{1}'),
    ("ESC", '\u{1b}'),
    ("BEL", '\u{7}'),
    ("C1 CSI", '\u{9b}'),
];

#[test]
fn emails_with_hidden_characters_are_refused_everywhere() {
    let env = acme();
    for (what, c) in HIDDEN {
        let email = format!("own{c}er@acme.test");
        let r = refused(
            &env,
            OWNER,
            &["member", "invite", &email, "--role", "editor"],
            6,
            "contains an invisible or control character",
        );
        assert!(
            r.stderr.contains(&format!("U+{:04X}", *c as u32)),
            "{what}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains(*c), "{what}: the message echoes it raw");
        // As the acting user too.
        refused(
            &env,
            &email,
            &["workspace", "list"],
            6,
            "invisible or control character",
        );
    }
    // At either end as well (not trimmed away into a valid address).
    refused(
        &env,
        OWNER,
        &["member", "invite", "\u{200B}x@b.test", "--role", "editor"],
        6,
        "U+200B",
    );
    refused(
        &env,
        OWNER,
        &["member", "invite", "x@b.test\u{FEFF}", "--role", "editor"],
        6,
        "U+FEFF",
    );
}

#[test]
fn slugs_and_names_with_hidden_characters_are_refused() {
    let env = acme();
    for (what, c) in HIDDEN {
        let name = format!("Acme{c} Agency");
        let r = refused(
            &env,
            OWNER,
            &["workspace", "rename", &name],
            6,
            "a workspace name 'Acme",
        );
        assert!(
            r.stderr.contains("invisible or control character"),
            "{what}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains(*c), "{what}: echoed raw");
        let r = refused(
            &env,
            OWNER,
            &[
                "account",
                "add",
                "--provider",
                "x",
                "--name",
                &name,
                "--slug",
                "acme-x",
            ],
            6,
            "an account name 'Acme",
        );
        assert!(!r.stderr.contains(*c), "{what}: echoed raw");
        refused(
            &env,
            OWNER,
            &[
                "account",
                "add",
                "--provider",
                "x",
                "--name",
                "Acme X",
                "--handle",
                &format!("@ac{c}me"),
            ],
            6,
            "a handle '@ac",
        );
        refused(
            &env,
            OWNER,
            &["workspace", "create", "Beta", "--slug", &format!("be{c}ta")],
            6,
            "is not a valid slug",
        );
    }
}

#[test]
fn names_and_handles_are_capped() {
    let env = acme();
    let long_name = "n".repeat(101);
    refused(
        &env,
        OWNER,
        &["account", "add", "--provider", "x", "--name", &long_name],
        6,
        "an account name must be at most 100 characters (this one has 101)",
    );
    refused(
        &env,
        OWNER,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            "Acme X",
            "--handle",
            &"h".repeat(65),
        ],
        6,
        "a handle must be at most 64 characters (this one has 65)",
    );
    refused(
        &env,
        OWNER,
        &["workspace", "rename", &"w".repeat(201)],
        6,
        "at most 200 characters",
    );
    env.as_(
        OWNER,
        &[
            "account",
            "add",
            "--provider",
            "x",
            "--name",
            &"n".repeat(100),
            "--handle",
            &"h".repeat(64),
        ],
    )
    .ok();
}

#[test]
fn a_roster_toml_with_hidden_characters_or_long_names_fails_validation() {
    let env = acme();
    let f = env.dir.path().join("roster.toml");
    std::fs::write(
        &f,
        format!(
            "[workspace]\nslug = \"acme\"\nname = \"Acme\"\nowner = \"{OWNER}\"\n\n[[accounts]]\nslug = \"a\"\nprovider = \"x\"\nname = \"A\u{202E}B\"\nhandle = \"{}\"\n",
            "h".repeat(65)
        ),
    )
    .unwrap();
    let r = env
        .run(&["config", "validate", f.to_str().unwrap()])
        .code(6);
    assert!(
        r.stdout.contains("invisible or control character")
            || r.stderr.contains("invisible or control character"),
        "{r:?}"
    );
    assert!(
        r.stdout.contains("at most 64 characters") || r.stderr.contains("at most 64 characters"),
        "{r:?}"
    );
}

#[test]
fn stored_control_characters_are_escaped_in_tables() {
    // A value from before the checks (put straight into the database) cannot drive the terminal.
    let env = acme();
    crate::fixtures::conn(&env).execute(
        "UPDATE accounts SET name = 'Evil\u{1b}[2J\u{202E}Page' WHERE slug = 'acme-fb'",
        [],
    );
    let r = env.as_(OWNER, &["account", "list"]).ok();
    assert!(
        !r.stdout.contains('\u{1b}') && !r.stdout.contains('\u{202E}'),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Evil\\u{001b}[2J\\u{202e}Page"),
        "{}",
        r.stdout
    );
}

#[test]
fn csv_output_neutralises_formulas() {
    let env = acme();
    crate::fixtures::insert_account(&env, "acme-x", "x", "=HYPERLINK(\"http://evil\",\"x\")");
    crate::fixtures::insert_account(&env, "acme-y", "x", "+1+2");
    crate::fixtures::insert_account(&env, "acme-z", "x", "@SUM(A1)");
    crate::fixtures::insert_account(&env, "acme-w", "x", "-2+3");
    let r = env.as_(OWNER, &["account", "list", "--format", "csv"]).ok();
    let mut reader = csv::ReaderBuilder::new().from_reader(r.stdout.as_bytes());
    let cells: Vec<String> = reader
        .records()
        .flat_map(|rec| rec.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect();
    for bad in ["=HYPERLINK", "+1+2", "@SUM", "-2+3"] {
        assert!(
            cells.iter().any(|c| c.starts_with(&format!("'{bad}"))),
            "{bad} not neutralised: {}",
            r.stdout
        );
        assert!(!cells.iter().any(|c| c.starts_with(bad)), "{}", r.stdout);
    }
}

#[test]
fn a_neutralised_csv_cell_reads_back_as_its_value() {
    // An email may start with '-' or '+': written as '-… by roster's CSV, it re-imports.
    let env = acme();
    let csv = env.dir.path().join("in.csv");
    std::fs::write(&csv, "email,role\n'-dash@brand.test,client\n").unwrap();
    let r = env
        .as_(
            OWNER,
            &[
                "member",
                "invite",
                "--from",
                csv.to_str().unwrap(),
                "--no-email",
                "--json",
            ],
        )
        .ok();
    assert_eq!(r.json()[0]["email"], "-dash@brand.test");
}

#[test]
fn an_unterminated_quote_is_a_csv_syntax_error_with_its_line() {
    let env = acme();
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "email,role\nann@brand.test,client\n\"bob@brand.test,client\ncid@brand.test,client\n",
    )
    .unwrap();
    let r = refused(
        &env,
        OWNER,
        &["member", "invite", "--from", csv.to_str().unwrap()],
        6,
        "1 problem(s)",
    );
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains("CSV syntax error: the quoted field opened on line 3 is never closed"),
        "{all}"
    );
    assert!(all.contains('3'), "{all}");
    assert!(!all.contains("not an email"), "{all}");
    // A closed quote with an escaped quote inside is fine.
    std::fs::write(&csv, "email,role\n\"bob@brand.test\",\"client\"\n").unwrap();
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "--from",
            csv.to_str().unwrap(),
            "--no-email",
        ],
    )
    .ok();
}

#[test]
fn clients_see_no_head_counts() {
    let env = acme();
    join(&env, OWNER, "client@brand.test", "client", &["--no-email"]);
    env.as_(
        OWNER,
        &[
            "member",
            "invite",
            "p@brand.test",
            "--role",
            "editor",
            "--no-email",
        ],
    )
    .ok();
    let c = env
        .as_(
            "client@brand.test",
            &["-w", WS, "workspace", "show", "--json"],
        )
        .ok()
        .json();
    for k in ["active_members", "pending_invitations", "accounts"] {
        assert!(c.get(k).is_none(), "a client sees {k}: {c}");
    }
    let t = env
        .as_("client@brand.test", &["-w", WS, "workspace", "show"])
        .ok();
    assert!(
        !t.stdout.contains("active_members") && !t.stdout.contains("pending_invitations"),
        "{}",
        t.stdout
    );
    let o = env.as_(OWNER, &["workspace", "show", "--json"]).ok().json();
    assert_eq!(o["active_members"], 2);
    assert_eq!(o["pending_invitations"], 1);
}

#[test]
fn error_messages_escape_what_they_quote() {
    // A path is quoted as given: a terminal escape in it is shown, not run.
    let env = acme();
    let evil = env.dir.path().join("x\u{1b}[2J\u{202e}.db");
    let mut c = env.cmd();
    c.env("ROSTER_DB", &evil)
        .args(["--as", OWNER, "member", "list"]);
    let r = crate::support::TestEnv::run_cmd(c);
    assert_eq!(r.code, 4, "{r:?}");
    assert!(
        !r.stderr.contains('\u{1b}') && !r.stderr.contains('\u{202e}'),
        "{:?}",
        r.stderr
    );
    assert!(
        r.stderr.contains("x\\u{001b}[2J\\u{202e}.db"),
        "{}",
        r.stderr
    );
}
