//! Benchmark (issue 6): deliver 1,000 queued invitations to a local aiosmtpd on 127.0.0.1, over
//! one reused SMTP connection against one connection per message.
//!
//! Run: `cargo bench --bench smtp_outbox` (needs `apt-get install -y python3-aiosmtpd`).
//! `N=…` changes the number of invitations, `ROUNDS=…` the rounds per mode (the median is shown).
//! Also times the whole `roster outbox send` process once, for the end-to-end figure.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use roster::mail::{self, MailUrl, Mailer, Select, SmtpSettings, Transport};
use roster::store::Store;

const ROSTER: &str = env!("CARGO_BIN_EXE_roster");
const NOW: &str = "2026-11-28T09:00:00Z";

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server(maildir: &Path) -> (Server, u16) {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start aiosmtpd (apt-get install -y python3-aiosmtpd)");
    let server = Server(child);
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(Instant::now() < deadline, "aiosmtpd did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, port)
}

fn roster(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(ROSTER);
    c.env("ROSTER_DB", dir.join("roster.db"))
        .env("ROSTER_CONFIG", dir.join("config.toml"))
        .env("ROSTER_AS", "owner@acme.test")
        .env("ROSTER_NOW", NOW)
        .env("ROSTER_MAIL_URL", "none:")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn run(mut c: Command) {
    let status = c.status().expect("run roster");
    assert!(status.success(), "roster failed: {c:?}");
}

/// Put every message back in the queue, as it was before its first attempt.
fn requeue(db: &Path) {
    rusqlite::Connection::open(db)
        .unwrap()
        .execute(
            "UPDATE outbox SET state = 'queued', attempts = 0, sent_at = NULL, last_error = NULL,
                               next_attempt_at = created_at, lease_until = NULL",
            [],
        )
        .unwrap();
}

fn sent(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM outbox WHERE state = 'sent'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

fn deliver_all(db: &Path, port: u16, reuse: bool) -> Duration {
    let MailUrl::Smtp(url) = mail::url::parse(&format!("smtp://127.0.0.1:{port}")).unwrap() else {
        unreachable!()
    };
    let mailer = Mailer {
        transport: Transport::Smtp(SmtpSettings {
            url,
            timeout: mail::DEFAULT_TIMEOUT,
            reuse_connection: reuse,
        }),
        from: "roster <roster@acme.test>".parse().unwrap(),
        reply_to: None,
        max_attempts: mail::DEFAULT_MAX_ATTEMPTS,
        max_per_minute: None,
    };
    let mut store = Store::open(&db.into()).unwrap();
    let now = roster::domain::parse_ts(NOW).unwrap();
    let started = Instant::now();
    let outcome = mail::deliver(
        &mut store,
        &mailer,
        Select::Due {
            workspace: "acme",
            ignore_backoff: false,
        },
        now,
    )
    .unwrap();
    let took = started.elapsed();
    assert!(outcome.failed.is_empty(), "{:?}", outcome.failed.first());
    took
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; a filter that does not name this benchmark skips it.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"smtp_outbox".contains(&a))
    {
        return;
    }
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let db = dir.join("roster.db");
    let (_server, port) = start_server(&dir.join("maildir"));

    run(roster(
        dir,
        &["workspace", "create", "Acme Agency", "--slug", "acme"],
    ));
    let queued = Instant::now();
    for i in 0..n {
        let email = format!("client{i:04}@brand.test");
        run(roster(
            dir,
            &["member", "invite", &email, "--role", "client"],
        ));
    }
    eprintln!(
        "queued {n} invitations (one `roster member invite` each) in {:.1} s",
        queued.elapsed().as_secs_f64()
    );

    let mut figures = Vec::new();
    for (label, reuse) in [
        ("one reused connection", true),
        ("one connection per message", false),
    ] {
        let mut times = Vec::new();
        for _ in 0..rounds {
            requeue(&db);
            times.push(deliver_all(&db, port, reuse));
            assert_eq!(sent(&db), n as i64);
        }
        figures.push((label, median(times)));
    }
    requeue(&db);
    let started = Instant::now();
    let mut c = roster(dir, &["outbox", "send"]);
    c.env("ROSTER_MAIL_URL", format!("smtp://127.0.0.1:{port}"));
    run(c);
    figures.push((
        "`roster outbox send` process (reused connection)",
        started.elapsed(),
    ));
    assert_eq!(sent(&db), n as i64);

    println!("| {n} invitations to aiosmtpd on 127.0.0.1 | total | per message | messages/s |");
    println!("|---|---|---|---|");
    for (label, d) in &figures {
        println!(
            "| {label} | {:.0} ms | {:.2} ms | {:.0} |",
            d.as_secs_f64() * 1e3,
            d.as_secs_f64() * 1e3 / n as f64,
            n as f64 / d.as_secs_f64()
        );
    }
    let ratio = figures[1].1.as_secs_f64() / figures[0].1.as_secs_f64();
    println!(
        "\nper-message connections take {ratio:.2}x as long as one reused connection (median of {rounds} rounds)"
    );
}
