//! A real pseudo-terminal for the prompts: tmux runs roster, `send-keys` types,
//! `capture-pane` reads the screen (scrollback included).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::TestEnv;

/// One tmux server (its own socket) running one roster command in a 120x50 terminal.
pub struct Term {
    socket: PathBuf,
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

impl Term {
    pub fn start(env: &TestEnv, args: &[&str]) -> Term {
        // A socket per terminal: a server being killed must never meet the next one.
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let socket = env.dir.path().join(format!("tmux-{n}.sock"));
        let bin = assert_cmd::cargo::cargo_bin("roster");
        let vars = [
            ("HOME", env.dir.path().display().to_string()),
            ("ROSTER_DB", env.db_var().to_string_lossy().into_owned()),
            ("XDG_DATA_HOME", env.data_home().display().to_string()),
            ("ROSTER_CONFIG", env.config().display().to_string()),
            ("ROSTER_NOW", env.now.clone()),
            ("TERM", "xterm-256color".to_string()),
            ("NO_COLOR", "1".to_string()),
        ];
        let mut line = String::from("env -u ROSTER_AS -u ROSTER_WORKSPACE -u ROSTER_OTP");
        for (k, v) in vars {
            line.push_str(&format!(" {k}={}", shell_quote(&v)));
        }
        line.push_str(&format!(" {}", shell_quote(&bin.display().to_string())));
        for a in args {
            line.push_str(&format!(" {}", shell_quote(a)));
        }
        line.push_str("; echo \"EXIT=$?\"; exec sleep 600");
        let term = Term { socket };
        term.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "50",
            "sh",
            "-c",
            &line,
        ]);
        // Esc must reach roster at once, not after tmux's wait for an escape sequence.
        term.tmux(&["set-option", "-g", "escape-time", "0"]);
        term
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-J", "-S", "-200"])
    }

    /// Wait until the screen shows `text` (polling the real screen; no fixed sleeps).
    #[track_caller]
    pub fn expect(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    pub fn type_line(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
        self.keys(&["Enter"]);
    }

    /// The exit code the command ended with.
    #[track_caller]
    pub fn exit_code(&self) -> i32 {
        let screen = self.expect("EXIT=");
        let code = screen
            .split("EXIT=")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap();
        code.parse().unwrap()
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}
