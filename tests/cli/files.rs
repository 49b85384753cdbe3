//! Files roster writes and reads (SPEC §6): every file it writes is created new, 0600, never
//! through a symbolic link; anything that is not a regular file is refused at once, by name;
//! an argument that is not UTF-8 is a usage error naming it (issue 20, points 7, 9, 10, 11).

use std::ffi::OsString;
use std::fs;
use std::io::Write as _;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::fixtures::acme;
use crate::support::{OWNER, TestEnv};

const CLIENT: &str = "client@brand.test";

fn mode(p: &Path) -> u32 {
    fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Someone else's file (0644) that a link will point at: it must come out as it went in.
fn victim(env: &TestEnv) -> PathBuf {
    let v = env.dir.path().join("victim.txt");
    fs::write(&v, "# not roster's\n").unwrap();
    fs::set_permissions(&v, fs::Permissions::from_mode(0o644)).unwrap();
    v
}

#[track_caller]
fn untouched(v: &Path) {
    assert_eq!(fs::read_to_string(v).unwrap(), "# not roster's\n");
    assert_eq!(mode(v), 0o644);
}

/// A link at `at` to `to`, replacing whatever is there.
fn link(at: &Path, to: &Path) {
    let _ = fs::remove_file(at);
    symlink(to, at).unwrap();
}

/// A FIFO at `path` with a writer that keeps offering it a few bytes of junk, so that a reader
/// that opens it (the bug) reads junk and fails, rather than hanging the suite. Dropping it
/// stops the writer (a reader of the test's own releases the one waiting in open()).
struct Fifo {
    path: PathBuf,
    stop: Arc<AtomicBool>,
    writer: Option<std::thread::JoinHandle<()>>,
}

impl Fifo {
    fn new(path: PathBuf) -> Fifo {
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let stop = Arc::new(AtomicBool::new(false));
        let writer = {
            let (path, stop) = (path.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    // Blocks until someone opens the FIFO to read.
                    if let Ok(mut f) = fs::OpenOptions::new().write(true).open(&path) {
                        let _ = f.write_all(b"junk\n");
                    }
                }
            })
        };
        Fifo {
            path,
            stop,
            writer: Some(writer),
        }
    }
}

impl Drop for Fifo {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Held open while the writer finishes: its open() returns whenever it gets there.
        let _reader = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&self.path);
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 7. Files written through symbolic links

#[test]
fn config_export_never_writes_through_a_link_and_writes_new_0600_files() {
    let env = acme();
    let before = env.dump();
    let dir = env.dir.path();
    let out = dir.join("roster.toml");
    // A dangling link: its target is not created.
    let target = dir.join("created-through-the-link.toml");
    link(&out, &target);
    env.as_(OWNER, &["config", "export", "--out", s(&out), "--json"])
        .code(6)
        .error_has("symbolic link");
    assert!(!target.exists());
    // A link to a file: the file is not rewritten.
    let v = victim(&env);
    link(&out, &v);
    env.as_(OWNER, &["config", "export", "--out", s(&out), "--json"])
        .code(6)
        .error_has("roster never writes through one");
    untouched(&v);
    assert!(fs::symlink_metadata(&out).unwrap().is_symlink());
    // A new file is 0600; an existing one of ours is replaced by a new 0600 one.
    fs::remove_file(&out).unwrap();
    env.as_(OWNER, &["config", "export", "--out", s(&out)]).ok();
    assert_eq!(mode(&out), 0o600);
    fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).unwrap();
    env.as_(OWNER, &["config", "export", "--out", s(&out)]).ok();
    assert_eq!(mode(&out), 0o600);
    // Another user's file is not ours to replace (only root can make one to try with).
    if std::os::unix::fs::chown(&out, Some(65534), None).is_ok() {
        let theirs = fs::read(&out).unwrap();
        env.as_(OWNER, &["config", "export", "--out", s(&out), "--json"])
            .code(6)
            .error_has("belongs to another user");
        assert_eq!(fs::read(&out).unwrap(), theirs);
    }
    // A folder is named.
    env.as_(OWNER, &["config", "export", "--out", s(dir), "--json"])
        .code(6)
        .error_has("it is a folder, not a regular file");
    assert_eq!(env.dump(), before);
}

#[test]
fn plans_man_pages_and_the_config_file_are_never_written_through_a_link() {
    let env = acme();
    let dir = env.dir.path();
    let v = victim(&env);
    let before = env.dump();
    // config plan --out
    let toml = dir.join("acme.toml");
    env.as_(OWNER, &["config", "export", "--out", s(&toml)])
        .ok();
    let plan = dir.join("acme.plan");
    link(&plan, &v);
    env.as_(
        OWNER,
        &["config", "plan", s(&toml), "--out", s(&plan), "--json"],
    )
    .code(6)
    .error_has("symbolic link");
    untouched(&v);
    // man --out: the first page is a link.
    let man = dir.join("man");
    fs::create_dir(&man).unwrap();
    link(&man.join("roster.1"), &v);
    env.run(&["man", "--out", s(&man), "--json"])
        .code(6)
        .error_has("roster.1: it is a symbolic link");
    untouched(&v);
    // The config file `workspace use` writes.
    link(&env.config(), &v);
    env.as_(OWNER, &["workspace", "use", "acme", "--json"])
        .code(6)
        .error_has("symbolic link");
    untouched(&v);
    assert_eq!(env.dump(), before);
}

#[test]
fn backups_and_copies_never_write_through_a_link() {
    let env = acme();
    let dir = env.dir.path();
    let before = env.dump();
    let target = dir.join("created-through-the-link.db");
    let dangling = dir.join("dangling.db");
    link(&dangling, &target);
    env.run(&["backup", s(&dangling), "--json"])
        .code(9)
        .error_has("it is a symbolic link");
    assert!(!target.exists());
    let src = env.db_var().into_string().unwrap();
    env.run(&["db", "copy", &src, s(&dangling), "--json"])
        .code(9)
        .error_has("it is a symbolic link");
    assert!(!target.exists());
    assert!(fs::symlink_metadata(&dangling).unwrap().is_symlink());
    assert_eq!(env.dump(), before);
}

#[test]
fn outbox_mail_is_never_written_through_a_link() {
    let env = acme();
    let v = victim(&env);
    let outbox = env.outbox_dir();
    fs::create_dir_all(&outbox).unwrap();
    // The first message's file is a link already.
    link(&outbox.join("000001.eml"), &v);
    env.as_(
        OWNER,
        &["member", "invite", CLIENT, "--role", "client", "--json"],
    )
    .code(10)
    .error_has("could not be delivered");
    untouched(&v);
    // The message stays queued with its error, for `outbox send` once the link is gone.
    let queued = env
        .conn()
        .count("SELECT count(*) FROM outbox WHERE state = 'queued'", []);
    assert_eq!(queued, 1);
}

#[test]
fn a_session_file_is_never_written_through_a_link() {
    let env = acme();
    env.enroll(OWNER);
    let session = env.session_file(OWNER);
    let v = victim(&env);
    link(&session, &v);
    // The code of the test enrolment's all-zero secret, now.
    let now = roster::domain::parse_ts(&env.now).unwrap().unix_timestamp() as u64;
    let code = totp_rs::Builder::new()
        .with_secret(vec![0u8; 20])
        .build()
        .unwrap()
        .generate(now)
        .to_string();
    env.as_(OWNER, &["2fa", "verify", &code, "--json"])
        .code(9)
        .error_has("symbolic link");
    untouched(&v);
}

// ---------------------------------------------------------------------------------------------
// 9. db copy into an existing empty file

#[test]
fn db_copy_refuses_an_existing_empty_file_and_leaves_its_mode() {
    let env = acme();
    let before = env.dump();
    let dest = env.dir.path().join("empty.db");
    fs::write(&dest, "").unwrap();
    fs::set_permissions(&dest, fs::Permissions::from_mode(0o666)).unwrap();
    let src = env.db_var().into_string().unwrap();
    env.run(&["db", "copy", &src, s(&dest), "--json"])
        .code(5)
        .error_has("already exists")
        .error_hint_has("choose a new file name");
    assert_eq!(fs::read(&dest).unwrap(), b"");
    assert_eq!(mode(&dest), 0o666);
    assert_eq!(env.dump(), before);
    // A new file is created 0600.
    let fresh = env.dir.path().join("fresh.db");
    env.run(&["db", "copy", &src, s(&fresh)]).ok();
    assert_eq!(mode(&fresh), 0o600);
}

// ---------------------------------------------------------------------------------------------
// 10. A FIFO (or anything but a regular file) is refused at once

#[test]
fn a_fifo_is_refused_at_once_by_every_reader_and_writer() {
    let env = acme();
    let before = env.dump();
    let fifo = Fifo::new(env.dir.path().join("fifo"));
    let f = s(&fifo.path);
    env.run(&["restore", f, "--yes", "--json"])
        .code(9)
        .error_has("it is a FIFO (named pipe), not a regular file");
    let src = env.db_var().into_string().unwrap();
    env.run(&["db", "copy", &src, f, "--json"])
        .code(9)
        .error_has("it is a FIFO (named pipe), not a regular file");
    let elsewhere = env.dir.path().join("elsewhere.db");
    env.run(&["db", "copy", f, s(&elsewhere), "--json"])
        .code(9)
        .error_has("it is a FIFO (named pipe), not a regular file");
    env.run(&["backup", f, "--json"])
        .code(9)
        .error_has("it is a FIFO (named pipe)");
    let r = env
        .run(&["config", "validate", f, "--format", "json"])
        .code(6);
    assert!(
        r.stdout
            .contains("it is a FIFO (named pipe), not a regular file"),
        "{}",
        r.stdout
    );
    env.as_(OWNER, &["config", "plan", f, "--json"])
        .code(6)
        .error_has("it is a FIFO (named pipe)");
    env.as_(OWNER, &["config", "apply", f, "--yes", "--json"])
        .code(6)
        .error_has("it is a FIFO (named pipe)");
    env.as_(OWNER, &["member", "invite", "--from", f, "--json"])
        .code(6)
        .error_has("it is a FIFO (named pipe)")
        .error_hint_has("pass - to read the CSV from standard input");
    // The database and the config file themselves.
    let mut c = env.cmd();
    c.env("ROSTER_DB", f)
        .args(["--as", OWNER, "workspace", "list", "--json"]);
    TestEnv::run_cmd(c)
        .code(9)
        .error_has("it is a FIFO (named pipe), not a regular file");
    let mut c = env.cmd();
    c.env("ROSTER_CONFIG", f)
        .args(["--as", OWNER, "workspace", "list", "--json"]);
    TestEnv::run_cmd(c)
        .code(6)
        .error_has("it is a FIFO (named pipe), not a regular file");
    assert!(!elsewhere.exists());
    assert_eq!(env.dump(), before);
}

#[test]
fn devices_and_stdin_by_name_are_refused_and_dash_reads_stdin() {
    let env = acme();
    let before = env.dump();
    env.as_(
        OWNER,
        &["member", "invite", "--from", "/dev/null", "--json"],
    )
    .code(6)
    .error_has("/dev/null: it is a character device, not a regular file");
    env.run(&["restore", "/dev/null", "--yes", "--json"])
        .code(9)
        .error_has("it is a character device");
    // /dev/stdin on a pipe is a FIFO: `-` is the way to pipe a CSV in.
    let csv = format!("email,role\n{CLIENT},client\n");
    // Not read by roster (refused before), so the write may find the pipe closed.
    let r = env.run_with_stdin(
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "--from",
            "/dev/stdin",
            "--json",
        ],
        &csv,
    );
    r.code(6)
        .error_has("it is a FIFO (named pipe)")
        .error_hint_has("pass - to read the CSV from standard input");
    assert_eq!(env.dump(), before);
    env.run_with_stdin(
        &[
            "--as",
            OWNER,
            "member",
            "invite",
            "--from",
            "-",
            "--no-email",
        ],
        &csv,
    )
    .ok();
}

// ---------------------------------------------------------------------------------------------
// 11. Arguments that are not UTF-8

fn run_os(env: &TestEnv, args: Vec<OsString>) -> crate::support::Run {
    let mut c = env.cmd();
    c.args(args);
    TestEnv::run_cmd(c)
}

fn os(s: &[u8]) -> OsString {
    OsString::from_vec(s.to_vec())
}

#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error_naming_it() {
    let env = acme();
    let before = env.dump();
    // A positional argument.
    let r = run_os(
        &env,
        vec![
            "--as".into(),
            OWNER.into(),
            "workspace".into(),
            "create".into(),
            os(b"Acme \xff"),
        ],
    )
    .code(2);
    assert!(
        r.stderr
            .contains("error: <NAME>: 'Acme \\xFF' is not UTF-8 text"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("bug"), "{}", r.stderr);
    // A flag's value, apart and with `=`, under --json.
    run_os(
        &env,
        vec![
            "--as".into(),
            os(b"\xffowner@acme.test"),
            "workspace".into(),
            "list".into(),
            "--json".into(),
        ],
    )
    .code(2)
    .error_has("--as")
    .error_has("'\\xFFowner@acme.test' is not UTF-8 text");
    run_os(
        &env,
        vec![
            "--as".into(),
            OWNER.into(),
            os(b"--workspace=\xfe"),
            "account".into(),
            "list".into(),
            "--json".into(),
        ],
    )
    .code(2)
    .error_has("--workspace")
    .error_has("'\\xFE' is not UTF-8 text");
    // One path that is not UTF-8 (fine: a file name may be any bytes) and one bad text value.
    run_os(
        &env,
        vec![
            "--as".into(),
            OWNER.into(),
            "member".into(),
            "invite".into(),
            "--from".into(),
            os(b"\xfe.csv"),
            "--role".into(),
            os(b"cl\xffient"),
            "--json".into(),
        ],
    )
    .code(2)
    .error_has("--role")
    .error_has("'cl\\xFFient' is not UTF-8 text");
    // An environment variable behind a flag, and one roster reads itself.
    let mut c = env.cmd();
    c.env("ROSTER_AS", os(b"\xff"))
        .args(["workspace", "list", "--json"]);
    TestEnv::run_cmd(c)
        .code(2)
        .error_has("ROSTER_AS: '\\xFF' is not UTF-8 text");
    let mut c = env.cmd();
    c.env("ROSTER_NOW", os(b"2026-11-28T09:00:00Z\xff")).args([
        "--as", OWNER, "member", "invite", CLIENT, "--role", "client", "--json",
    ]);
    TestEnv::run_cmd(c)
        .code(2)
        .error_has("ROSTER_NOW: '2026-11-28T09:00:00Z\\xFF' is not UTF-8 text");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_database_path_that_is_not_utf8_is_that_path() {
    let env = TestEnv::new();
    let dir = env.dir.path().join("dbs");
    fs::create_dir(&dir).unwrap();
    let mut path = dir.clone().into_os_string().into_vec();
    path.extend_from_slice(b"/r\xffster.db");
    let mut c = env.cmd();
    c.env("ROSTER_DB", os(&path)).args([
        "--as",
        OWNER,
        "workspace",
        "create",
        "Acme",
        "--slug",
        "acme",
    ]);
    TestEnv::run_cmd(c).ok();
    let names: Vec<Vec<u8>> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_vec())
        .filter(|n| n.ends_with(b".db"))
        .collect();
    assert_eq!(names, vec![b"r\xffster.db".to_vec()]);
}
