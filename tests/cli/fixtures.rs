//! Fixtures for the member, invitation and account tests: a workspace with accounts, invite
//! and accept, 2FA enrolment straight into the database, reading the outbox `.eml` files, and
//! "refused and nothing changed" in one call.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::db::{Db, Params};
use crate::support::{NOW, Run, TestEnv};

pub const WS: &str = "acme";
pub const WS_NAME: &str = "Acme Agency";

/// The owner's workspace `acme` ("Acme Agency") with two accounts put straight into the
/// database (so these tests do not depend on `account add`): acme-fb (facebook, "Acme Page")
/// and acme-ig (instagram, "Acme Instagram").
pub fn acme() -> TestEnv {
    let env = TestEnv::new();
    env.workspace(WS_NAME, WS);
    insert_account(&env, "acme-fb", "facebook", "Acme Page");
    insert_account(&env, "acme-ig", "instagram", "Acme Instagram");
    env
}

/// A connection of the test's own to the database, whichever the backend.
pub fn conn(env: &TestEnv) -> Db {
    env.conn()
}

/// An account of `acme`, added by its owner, straight into the database.
pub fn insert_account(env: &TestEnv, slug: &str, provider: &str, name: &str) {
    conn(env).execute(
        "INSERT INTO accounts (workspace_id, slug, provider, name, added_by, created_at, updated_at)
         SELECT id, ?2, ?3, ?4, owner_id, ?5, ?5 FROM workspaces WHERE slug = ?1",
        [WS, slug, provider, name, NOW],
    );
}

/// One number from the database.
#[track_caller]
pub fn count(env: &TestEnv, sql: &str, params: impl Params) -> i64 {
    conn(env).count(sql, params)
}

/// One row's text columns from the database (NULL as "NULL").
#[track_caller]
pub fn row(env: &TestEnv, sql: &str, params: impl Params) -> Vec<String> {
    conn(env).row(sql, params)
}

pub fn audit_rows(env: &TestEnv) -> i64 {
    count(env, "SELECT count(*) FROM audit", [])
}

/// The (kind, message) of every notification of `email`, oldest first, read from the database
/// (the `notifications` command has its own checks in the story).
pub fn notifications_in_db(env: &TestEnv, email: &str) -> Vec<(String, String)> {
    conn(env)
        .rows(
            "SELECT n.kind, n.message FROM notifications n JOIN users u ON u.id = n.user_id
             WHERE u.email = ?1 ORDER BY n.id",
            [email],
        )
        .into_iter()
        .map(|r| {
            let mut r = r.into_iter().map(|v| v.expect("not NULL"));
            (r.next().unwrap(), r.next().unwrap())
        })
        .collect()
}

/// The membership status of `email` in `acme`.
pub fn status_of(env: &TestEnv, email: &str) -> String {
    row(
        env,
        "SELECT m.status FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN workspaces w ON w.id = m.workspace_id WHERE w.slug = ?1 AND u.email = ?2",
        [WS, email],
    )
    .remove(0)
}

/// `member invite EMAIL --role ROLE EXTRA... --json` as `by`, which must succeed; its JSON.
#[track_caller]
pub fn invite(env: &TestEnv, by: &str, email: &str, role: &str, extra: &[&str]) -> Value {
    let mut args = vec!["member", "invite", email, "--role", role];
    args.extend_from_slice(extra);
    args.push("--json");
    env.as_(by, &args).ok().json()
}

/// The one-time token of an invite's JSON output.
#[track_caller]
pub fn token(invited: &Value) -> String {
    invited["token"]
        .as_str()
        .unwrap_or_else(|| panic!("no token in {invited}"))
        .to_string()
}

/// The token in a delivered invitation's text (`--token inv_…`).
#[track_caller]
pub fn token_in(text: &str) -> String {
    let at = text
        .find("--token inv_")
        .expect("an accept command with a token")
        + 8;
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// `invite accept acme --token TOKEN --json` as `email`, which must succeed; its JSON.
#[track_caller]
pub fn accept(env: &TestEnv, email: &str, token: &str) -> Value {
    env.as_(email, &["invite", "accept", WS, "--token", token, "--json"])
        .ok()
        .json()
}

/// Invite and accept: an active member made through the real flow. The invite's JSON.
#[track_caller]
pub fn join(env: &TestEnv, by: &str, email: &str, role: &str, extra: &[&str]) -> Value {
    let invited = invite(env, by, email, role, extra);
    accept(env, email, &token(&invited));
    invited
}

/// Run as `who`, expect exit `code` with `needle` on stderr, and the database unchanged.
#[track_caller]
pub fn refused(env: &TestEnv, who: &str, args: &[&str], code: i32, needle: &str) -> Run {
    let before = env.dump();
    let r = env.as_(who, args).code(code).stderr_has(needle);
    assert_eq!(
        env.dump(),
        before,
        "`{}` was refused but changed the database",
        args.join(" ")
    );
    r
}

/// `roster can ARGS...` as `who`: exit 0 with `allowed: …` or exit 3 with `denied: …`.
#[track_caller]
pub fn can(env: &TestEnv, who: &str, args: &[&str], allowed: bool, reason: &str) {
    let mut a = vec!["can"];
    a.extend_from_slice(args);
    let before = env.dump();
    let r = env.as_(who, &a);
    let (code, word) = if allowed {
        (0, "allowed: ")
    } else {
        (3, "denied: ")
    };
    assert_eq!(
        r.code,
        code,
        "{who} can {}\nstdout: {}\nstderr: {}",
        args.join(" "),
        r.stdout,
        r.stderr
    );
    assert!(
        r.stdout.starts_with(word) && r.stdout.contains(reason),
        "{who} can {}: expected {word}…{reason}…, got:\n{}",
        args.join(" "),
        r.stdout
    );
    assert_eq!(env.dump(), before, "`can` changed the database");
}

/// Each assignment of a JSON list reduced to the settings the tests compare.
pub fn settings(accounts: &Value) -> Value {
    Value::Array(
        accounts
            .as_array()
            .unwrap_or_else(|| panic!("not an array of assignments: {accounts}"))
            .iter()
            .map(|a| {
                json!({
                    "account": a["account"], "approve": a["approve"], "posting": a["posting"],
                    "credentials": a["credentials"], "auth_status": a["auth_status"],
                })
            })
            .collect(),
    )
}

/// The element of a JSON array whose `key` is `value`.
#[track_caller]
pub fn find<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .find(|v| v[key] == value)
        .unwrap_or_else(|| panic!("no {key} = {value} in {list}"))
}

// ---------------------------------------------------------------------------------------------
// The outbox folder and its .eml files

/// Where the default `file` transport writes: `outbox/` beside an SQLite database, in roster's
/// data folder for a server's.
pub fn outbox_dir(env: &TestEnv) -> PathBuf {
    env.outbox_dir()
}

/// Make the outbox folder unwritable: a regular file where the folder should be (tests run as
/// root, so permissions would not stop the write).
pub fn block_outbox(env: &TestEnv) {
    let dir = outbox_dir(env);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.parent().unwrap()).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
}

/// One delivered message, decoded.
#[derive(Debug)]
pub struct Eml {
    pub file: String,
    pub to: String,
    pub subject: String,
    pub content_type: String,
    /// The text/plain part, transfer-decoded.
    pub text: String,
    /// The text/html part, transfer-decoded.
    pub html: String,
}

/// Every `.eml` in the outbox folder, by file name.
pub fn emails(env: &TestEnv) -> Vec<Eml> {
    let dir = outbox_dir(env);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = rd
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p).unwrap();
            parse_eml(p.file_name().unwrap().to_string_lossy().into_owned(), raw)
        })
        .collect()
}

/// The single message to `to`.
#[track_caller]
pub fn email_to<'a>(all: &'a [Eml], to: &str) -> &'a Eml {
    let mine: Vec<&Eml> = all.iter().filter(|e| e.to.contains(to)).collect();
    assert_eq!(mine.len(), 1, "expected one email to {to}, got {mine:#?}");
    mine[0]
}

fn header(head: &str, name: &str) -> String {
    // Unfold continuation lines, then find "Name: value".
    let unfolded = head.replace("\n ", " ").replace("\n\t", " ");
    unfolded
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
        .unwrap_or_default()
}

fn parse_eml(file: String, raw: String) -> Eml {
    let norm = raw.replace("\r\n", "\n");
    let (head, body) = norm.split_once("\n\n").unwrap_or((&norm, ""));
    let content_type = header(head, "Content-Type");
    let mut eml = Eml {
        file,
        to: header(head, "To"),
        subject: header(head, "Subject"),
        content_type: content_type.clone(),
        text: String::new(),
        html: String::new(),
    };
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_string());
    let parts: Vec<(String, String)> = match boundary {
        Some(b) => body
            .split(&format!("--{b}"))
            .filter_map(|part| {
                let part = part.strip_prefix('\n').unwrap_or(part);
                let (h, b) = part.split_once("\n\n")?;
                Some((h.to_string(), b.to_string()))
            })
            .collect(),
        None => vec![(head.to_string(), body.to_string())],
    };
    for (h, b) in parts {
        let decoded = match header(&h, "Content-Transfer-Encoding")
            .to_ascii_lowercase()
            .as_str()
        {
            "quoted-printable" => decode_qp(&b),
            "base64" => decode_base64(&b),
            _ => b,
        };
        let ct = header(&h, "Content-Type").to_ascii_lowercase();
        if ct.starts_with("text/plain") {
            eml.text = decoded;
        } else if ct.starts_with("text/html") {
            eml.html = decoded;
        }
    }
    eml
}

fn decode_qp(s: &str) -> String {
    let s = s.replace("=\n", "");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn decode_base64(s: &str) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let Some(v) = ABC.iter().position(|&x| x == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
