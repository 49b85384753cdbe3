//! Long lists are printed as they are read (issue 12): the streamed JSON, CSV and tables hold
//! every member in order with their accounts, the filters still apply, an empty list is `[]`,
//! and a reader that goes away (`| head -c 1`) ends the command quietly.

use std::io::Read;
use std::process::Stdio;

use serde_json::Value;

use crate::fixtures::{WS, acme, count, join};
use crate::support::{OWNER, TestEnv};

/// The accounts client `i` of `clients` is given: none, one, or two (listed by slug).
fn accounts_of(i: usize) -> &'static [&'static str] {
    match i % 3 {
        0 => &[],
        1 => &["acme-ig"],
        _ => &["acme-fb", "acme-ig"],
    }
}

/// Invite `n` pending clients `client{i}@brand.test` in one batch, with `accounts_of(i)`.
fn clients(env: &TestEnv, n: usize) {
    let mut text =
        String::from("email,role,can_add_accounts,can_manage_posts,require_2fa,assign\n");
    for i in 0..n {
        let assign = match accounts_of(i) {
            [] => "",
            [_] => "acme-ig:member",
            _ => "acme-fb:approve:owner;acme-ig:member",
        };
        text.push_str(&format!("client{i}@brand.test,client,,yes,,{assign}\n"));
    }
    let path = env.dir.path().join("clients.csv");
    std::fs::write(&path, text).unwrap();
    let from = path.to_str().unwrap();
    env.as_(
        OWNER,
        &[
            "-q",
            "-w",
            WS,
            "member",
            "invite",
            "--from",
            from,
            "--no-email",
        ],
    )
    .ok();
}

fn list(env: &TestEnv, who: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["-w", WS, "member", "list", "--json"];
    all.extend_from_slice(args);
    let v = env.as_(who, &all).ok().json();
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .clone()
}

fn emails(list: &[Value]) -> Vec<&str> {
    list.iter().map(|m| m["email"].as_str().unwrap()).collect()
}

#[test]
fn a_few_hundred_members_stream_in_order_with_their_accounts() {
    let env = acme();
    join(
        &env,
        OWNER,
        "editor@acme.test",
        "editor",
        &["--assign", "acme-fb:review"],
    );
    join(
        &env,
        OWNER,
        "viewer@brand.test",
        "client",
        &["--assign", "acme-ig"],
    );
    clients(&env, 300);

    let all = list(&env, OWNER, &[]);
    // The owner, the editor, then the clients by email (as text: client10 before client2).
    let mut client_emails: Vec<String> = (0..300)
        .map(|i| format!("client{i}@brand.test"))
        .chain(["viewer@brand.test".to_string()])
        .collect();
    client_emails.sort();
    let mut expected = vec![OWNER.to_string(), "editor@acme.test".to_string()];
    expected.extend(client_emails);
    assert_eq!(emails(&all), expected);
    // Every member carries exactly their own accounts, whatever their neighbours have.
    for m in &all {
        let email = m["email"].as_str().unwrap();
        let slugs: Vec<&str> = m["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["account"].as_str().unwrap())
            .collect();
        let want: &[&str] = match email {
            OWNER => &[],
            "editor@acme.test" => &["acme-fb"],
            "viewer@brand.test" => &["acme-ig"],
            _ => {
                let i: usize = email["client".len()..email.find('@').unwrap()]
                    .parse()
                    .unwrap();
                accounts_of(i)
            }
        };
        assert_eq!(slugs, want, "{m}");
    }
    // A member in the list is the member `member show` gives.
    for email in [
        "client2@brand.test",
        "client299@brand.test",
        "editor@acme.test",
    ] {
        let shown = env
            .as_(OWNER, &["-w", WS, "member", "show", email, "--json"])
            .ok()
            .json();
        let listed = all.iter().find(|m| m["email"] == email).unwrap();
        assert_eq!(listed["accounts"], shown["accounts"], "{email}");
        assert_eq!(listed["status"], shown["status"], "{email}");
    }

    // The filters keep what they kept.
    assert_eq!(list(&env, OWNER, &["--role", "client"]).len(), 301);
    assert_eq!(
        emails(&list(&env, OWNER, &["--role", "editor"])),
        ["editor@acme.test"]
    );
    assert_eq!(
        emails(&list(&env, OWNER, &["--status", "active"])),
        [OWNER, "editor@acme.test", "viewer@brand.test"]
    );
    assert_eq!(list(&env, OWNER, &["--status", "pending"]).len(), 300);
    // A client sees themselves and the owner only.
    assert_eq!(
        emails(&list(&env, "viewer@brand.test", &[])),
        [OWNER, "viewer@brand.test"]
    );

    // CSV and the table have the same members, in the same order.
    let csv = env
        .as_(OWNER, &["-w", WS, "member", "list", "--format", "csv"])
        .ok()
        .stdout;
    let csv_emails: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(csv_emails, expected);
    let table = env.as_(OWNER, &["-w", WS, "member", "list"]).ok().stdout;
    let at: Vec<usize> = expected
        .iter()
        .map(|e| table.find(e.as_str()).unwrap())
        .collect();
    assert!(at.is_sorted(), "the table's rows are out of order");
}

#[test]
fn an_empty_list_is_an_empty_array() {
    let env = acme();
    let removed = ["-w", WS, "member", "list", "--status", "removed"];
    let json = env.as_(OWNER, &[&removed[..], &["--json"]].concat()).ok();
    assert_eq!(json.stdout, "[]\n");
    let csv = env
        .as_(OWNER, &[&removed[..], &["--format", "csv"]].concat())
        .ok();
    assert_eq!(
        csv.stdout, "EMAIL,ROLE,STATUS,ACCESS,2FA,ACCOUNTS\n",
        "a CSV list is its header"
    );
    assert_eq!(env.as_(OWNER, &removed).ok().stdout, "", "no table at all");
    let audit = env
        .as_(
            OWNER,
            &[
                "-w",
                WS,
                "audit",
                "list",
                "--actor",
                "nobody@brand.test",
                "--json",
            ],
        )
        .ok();
    assert_eq!(audit.stdout, "[]\n");
    let export = env
        .as_(OWNER, &["-w", WS, "member", "export", "--json"])
        .ok()
        .stderr_has("0 member(s)");
    assert_eq!(export.stdout, "[]\n");
}

/// Run roster as the owner, read one byte of its stdout and close the pipe: its exit code and
/// stderr.
fn first_byte_only(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let mut c = env.cmd();
    c.arg("--as").arg(OWNER).args(args);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().expect("start roster");
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).expect("a first byte");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_long_list_streams_through_a_closed_pipe_and_reimports() {
    let env = acme();
    // Past the 2,000 rows comfy-table draws: the table is measured, then drawn.
    let n = 2_100;
    clients(&env, n);

    let table = env.as_(OWNER, &["-w", WS, "member", "list"]).ok().stdout;
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with('┌') && lines.last().unwrap().starts_with('└'));
    let width = lines[0].chars().count();
    assert!(
        lines.iter().all(|l| l.chars().count() == width),
        "every line of the frame is as wide as the first"
    );
    // Two-account members take two lines.
    let two = (0..n).filter(|&i| accounts_of(i).len() == 2).count();
    assert_eq!(lines.len(), 4 + 1 + n + two);
    assert_eq!(list(&env, OWNER, &[]).len(), n + 1);

    // Exported, streamed, it re-imports as unchanged.
    let export = env.as_(OWNER, &["-w", WS, "member", "export"]).ok();
    assert_eq!(export.stdout.lines().count(), n + 1);
    let path = env.dir.path().join("export.csv");
    std::fs::write(&path, &export.stdout).unwrap();
    let before = env.dump();
    let from = path.to_str().unwrap();
    let report = env
        .as_(
            OWNER,
            &["-w", WS, "member", "invite", "--from", from, "--json"],
        )
        .ok()
        .json();
    let rows = report.as_array().unwrap();
    assert_eq!(rows.len(), n);
    assert!(rows.iter().all(|r| r["result"] == "unchanged"), "{report}");
    assert_eq!(env.dump(), before);

    // `| head -c 1`: exit 0 as before, no panic and no error; export still counts everyone.
    for args in [
        &["-w", WS, "member", "list", "--json"][..],
        &["-w", WS, "member", "list", "--format", "csv"],
        &["-w", WS, "member", "list"],
        &["-w", WS, "audit", "list", "--json"],
    ] {
        assert_eq!(first_byte_only(&env, args), (0, String::new()), "{args:?}");
    }
    // (The CSV fits in the pipe and the buffers; the JSON does not.)
    for format in ["csv", "json"] {
        let args = ["-w", WS, "member", "export", "--format", format];
        assert_eq!(
            first_byte_only(&env, &args),
            (
                0,
                format!("{n} member(s); re-import with `roster member invite --from FILE`.\n")
            ),
            "{format}"
        );
    }
    assert!(count(&env, "SELECT count(*) FROM audit", []) as usize >= n);
}

/// A list fails part-way only when the database does (here a corrupt row): exit 9 with the
/// error on stderr, and stdout holds the rows printed before it, as the README says.
#[test]
fn a_corrupt_row_part_way_stops_the_list_with_exit_9() {
    let env = acme();
    clients(&env, 5);
    crate::fixtures::conn(&env).execute(
        "UPDATE invitations SET expires_at = 'garbage' WHERE membership_id =
               (SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE u.email = 'client3@brand.test')",
        [],
    );
    for format in ["json", "csv"] {
        let r = env
            .as_(OWNER, &["-w", WS, "member", "list", "--format", format])
            .code(9);
        assert!(r.stderr.contains("RFC 3339"), "{format}: {}", r.stderr);
        assert!(
            r.stdout.contains("client0@brand.test"),
            "{format}: {}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("client4@brand.test"),
            "{format}: {}",
            r.stdout
        );
    }
}
