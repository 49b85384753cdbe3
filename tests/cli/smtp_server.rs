//! Real SMTP servers on 127.0.0.1 for the mail tests: Debian's aiosmtpd on an ephemeral port,
//! storing what it accepts in a Maildir, and a listener that never answers. Killed on drop.

use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// The Python that sees Debian's packages (the `python3` on PATH may be a pyenv shim).
const PYTHON: &str = "/usr/bin/python3";

/// A handler that refuses some recipients: `bounce…@` with 550, `later…@` with 451; everyone
/// else is stored like aiosmtpd's Mailbox does.
const PICKY: &str = r#"
from aiosmtpd.handlers import Mailbox

class Picky(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("bounce"):
            return "550 5.1.1 <%s>: no such mailbox" % address
        if address.startswith("later"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"
"#;

/// A port nobody listens on right now (bound, then released).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind 127.0.0.1:0")
        .port()
}

pub struct SmtpServer {
    child: Child,
    pub port: u16,
    dir: TempDir,
}

/// A message as the server stored it, decoded by Python's `email` package.
#[derive(Debug, serde::Deserialize)]
pub struct Received {
    /// The envelope recipients (aiosmtpd's X-RcptTo).
    pub rcpt_to: Vec<String>,
    pub headers: Vec<(String, String)>,
    pub content_type: String,
    pub text: Option<String>,
    pub html: Option<String>,
}

impl Received {
    /// The decoded value of a header (first of that name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl SmtpServer {
    /// aiosmtpd storing every message.
    pub fn start() -> SmtpServer {
        Self::start_on(free_port(), "aiosmtpd.handlers.Mailbox")
    }

    /// aiosmtpd refusing `bounce…@` (550) and `later…@` (451).
    pub fn picky() -> SmtpServer {
        Self::start_on(free_port(), "picky.Picky")
    }

    /// aiosmtpd storing every message, on a port chosen before (e.g. one that was down).
    pub fn start_on(port: u16, handler: &str) -> SmtpServer {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("picky.py"), PICKY).unwrap();
        // aiosmtpd makes the Maildir itself; an existing empty folder makes it answer 500.
        let maildir = dir.path().join("maildir");
        let child = Command::new(PYTHON)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-c")
            .arg(handler)
            .arg(&maildir)
            .env("PYTHONPATH", dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {PYTHON} -m aiosmtpd ({e}): apt-get install -y python3-aiosmtpd"
                )
            });
        let mut server = SmtpServer { child, port, dir };
        server.wait_ready();
        server
    }

    /// Poll until the port accepts connections (aiosmtpd answers in about 0.1 s).
    fn wait_ready(&mut self) {
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                let mut err = String::new();
                if let Some(mut e) = self.child.stderr.take() {
                    let _ = e.read_to_string(&mut err);
                }
                panic!(
                    "aiosmtpd exited ({status}) before listening: {err}\n(apt-get install -y python3-aiosmtpd)"
                );
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen on 127.0.0.1:{} within 20 s",
                self.port
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn maildir(&self) -> PathBuf {
        self.dir.path().join("maildir")
    }

    /// Every message the server accepted so far.
    pub fn messages(&self) -> Vec<Received> {
        read_maildir(&self.maildir())
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Decode a Maildir with Python's `email` package (RFC 2047 headers, quoted-printable and base64
/// bodies), so the tests compare what a mail client would show.
pub fn read_maildir(dir: &Path) -> Vec<Received> {
    const SCRIPT: &str = r#"
import email, email.policy, json, os, sys
out = []
root = sys.argv[1]
for sub in ("new", "cur"):
    d = os.path.join(root, sub)
    if not os.path.isdir(d):
        continue
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        rcpt = [a.strip() for a in str(msg.get("X-RcptTo", "")).split(",") if a.strip()]
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        out.append({
            "rcpt_to": rcpt,
            "headers": [[k, str(v)] for k, v in msg.items()],
            "content_type": msg.get_content_type(),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
        })
print(json.dumps(out))
"#;
    let out = Command::new(PYTHON)
        .arg("-c")
        .arg(SCRIPT)
        .arg(dir)
        .output()
        .expect("run python to read the maildir");
    assert!(
        out.status.success(),
        "reading the maildir failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("maildir JSON")
}

/// A server that accepts TCP connections and never says a word.
pub struct Silent {
    listener: TcpListener,
}

impl Silent {
    pub fn start() -> Silent {
        // The kernel completes the handshake from the backlog: the client connects, then waits
        // for a greeting that never comes.
        Silent {
            listener: TcpListener::bind("127.0.0.1:0").expect("bind"),
        }
    }

    pub fn url(&self) -> String {
        format!(
            "smtp://127.0.0.1:{}",
            self.listener.local_addr().unwrap().port()
        )
    }
}

/// A scripted server that takes one message per connection and then hangs up, as servers
/// limiting messages per connection do. Counts connections and accepted messages.
pub struct OneShot {
    pub port: u16,
    pub accepted: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    pub connections: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl OneShot {
    pub fn start() -> OneShot {
        use std::io::{BufRead, BufReader, Write};
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let accepted = Arc::new(AtomicUsize::new(0));
        let connections = Arc::new(AtomicUsize::new(0));
        let (acc, conns) = (accepted.clone(), connections.clone());
        // The thread ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut out) = stream else { continue };
                conns.fetch_add(1, Ordering::SeqCst);
                let mut reader = BufReader::new(out.try_clone().unwrap());
                let _ = out.write_all(b"220 oneshot ready\r\n");
                let mut line = String::new();
                let mut in_data = false;
                while reader.read_line(&mut line).unwrap_or(0) > 0 {
                    let reply: &[u8] = if in_data {
                        if line == ".\r\n" {
                            acc.fetch_add(1, Ordering::SeqCst);
                            let _ = out.write_all(b"250 queued\r\n");
                            // One message per connection: hang up.
                            break;
                        }
                        b""
                    } else {
                        match line.get(..4).unwrap_or("").to_ascii_uppercase().as_str() {
                            "EHLO" => b"250-oneshot\r\n250 8BITMIME\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 go ahead\r\n"
                            }
                            "QUIT" => {
                                let _ = out.write_all(b"221 bye\r\n");
                                break;
                            }
                            _ => b"250 ok\r\n",
                        }
                    };
                    if !reply.is_empty() {
                        let _ = out.write_all(reply);
                    }
                    line.clear();
                }
            }
        });
        OneShot {
            port,
            accepted,
            connections,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }
}
