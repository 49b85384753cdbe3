//! The README's console examples, run as written (issue 14): every ```console block, top to
//! bottom, in one fresh home after the Quick start, through `sh` with the real binary on PATH.
//!
//! - `$ command` (a trailing `\` continues it); the lines after it, up to the next `$`, are
//!   its output (stdout and stderr as one stream), compared when there are any. `# …` lines
//!   between commands are comments.
//! - An output with an `error:` line expects a failure, else the command must exit 0.
//! - `[..]` matches any text within a line, a line `...` any number of lines (a table the
//!   page leaves out, say); an invitation token shown shortened (`inv_4d73…`)
//!   matches any token, and in a later command stands for the last token roster printed.
//! - Table padding is not compared (it follows the widest cell, such as a token).
//! - `$ export VAR=value` sets the environment of the commands after it; `$ cat FILE` whose
//!   output is shown writes FILE first, so that the example's files exist.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::support::{NOW, TestEnv};

struct Step {
    line: usize,
    command: String,
    expected: Vec<String>,
}

/// The `$` steps of every block fenced as `fence` (```` ```console ```` for the tour,
/// ```` ```console server ```` for the server try-out).
fn steps(readme: &str, fence: &str) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::new();
    let mut in_console = false;
    let mut lines = readme.lines().enumerate().peekable();
    while let Some((i, line)) = lines.next() {
        if line.starts_with("```") {
            in_console = line.trim() == fence;
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            let mut command = cmd.to_string();
            while command.ends_with('\\') {
                command.pop();
                match lines.next() {
                    Some((_, next)) => command.push_str(next.trim_start()),
                    None => break,
                }
            }
            out.push(Step {
                line: i + 1,
                command,
                expected: Vec::new(),
            });
        } else if line.starts_with('#') {
            continue;
        } else if let Some(step) = out.last_mut() {
            step.expected.push(line.to_string());
        }
    }
    for s in &mut out {
        while s.expected.last().is_some_and(|l| l.trim().is_empty()) {
            s.expected.pop();
        }
    }
    out
}

/// Padding and border runs collapsed, so that a table matches whatever its widest cell.
fn normalize(line: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in line.trim_end().chars() {
        if matches!(c, ' ' | '─' | '═') && last == Some(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Does `actual` match the README's `expected` line (`[..]`, shortened tokens)?
fn matches(expected: &str, actual: &str) -> bool {
    let expected = shortened_tokens_as_wildcards(&normalize(expected));
    let actual = normalize(actual);
    let parts: Vec<&str> = expected.split("[..]").collect();
    let mut rest = actual.as_str();
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    rest.is_empty()
}

/// `inv_4d73f196be1722…` (a token shortened for the page) becomes `[..]`.
fn shortened_tokens_as_wildcards(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("inv_") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        let hex = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        if after[hex..].starts_with('…') {
            out.push_str("[..]");
            rest = &after[hex + '…'.len_utf8()..];
        } else {
            out.push_str("inv_");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Every expected line matches its actual line; `...` stands for any number of lines.
fn lines_match(expected: &[&str], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((&"...", rest)) => (0..=actual.len()).any(|skip| lines_match(rest, &actual[skip..])),
        Some((e, rest)) => {
            !actual.is_empty() && matches(e, actual[0]) && lines_match(rest, &actual[1..])
        }
    }
}

/// The last invitation token in `text`.
fn last_token(text: &str) -> Option<String> {
    let mut found = None;
    let mut rest = text;
    while let Some(at) = rest.find("inv_") {
        let after = &rest[at + 4..];
        let hex = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        if hex == 48 {
            found = Some(format!("inv_{}", &after[..hex]));
        }
        rest = &after[hex..];
    }
    found
}

/// Run one command through `sh` in `cwd`, with only the README's environment: `roster` is
/// found through the PATH the README's install line exported (in `vars`), nowhere else.
fn run(env: &TestEnv, vars: &BTreeMap<String, String>, cwd: &Path, command: &str) -> (i32, String) {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("exec 2>&1; {command}"))
        .current_dir(cwd)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        // A fresh home: the README's paths (~/.local/share/roster/roster.db) are the real ones.
        .env("HOME", env.dir.path())
        .env("ROSTER_NOW", NOW)
        .env("COLUMNS", "200");
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c.output().expect("run sh");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The checkout, where the README's commands are typed.
fn checkout() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `export VAR=value` as the README writes it: `$PWD` is the checkout (the install line is
/// typed there) and `$VAR` the value exported so far (or the test's own, for PATH).
fn export(vars: &mut BTreeMap<String, String>, assignment: &str) {
    let assignment = assignment.split(" #").next().unwrap_or(assignment).trim();
    let (k, v) = assignment.split_once('=').expect("export VAR=value");
    let mut v = v
        .trim_matches('"')
        .replace("$PWD", &checkout().display().to_string());
    if v.contains("$PATH") {
        let path = vars
            .get("PATH")
            .cloned()
            .unwrap_or_else(|| std::env::var("PATH").unwrap_or_default());
        v = v.replace("$PATH", &path);
    }
    vars.insert(k.to_string(), v);
}

/// The README's install line, as a newcomer types it before the tour: `roster` must be found
/// exactly where it puts it, the binary this test run built.
fn installed(readme: &str) -> BTreeMap<String, String> {
    let line = readme
        .lines()
        .find(|l| l.starts_with("export PATH="))
        .expect("the README says how to put roster on the PATH");
    let mut vars = BTreeMap::new();
    export(&mut vars, line.strip_prefix("export ").unwrap());
    let bin = Path::new(env!("CARGO_BIN_EXE_roster"));
    let found = vars["PATH"]
        .split(':')
        .map(|d| Path::new(d).join("roster"))
        .find(|p| p.exists())
        .expect("roster on the README's PATH");
    assert_eq!(
        found.canonicalize().unwrap(),
        bin.canonicalize().unwrap(),
        "the README's PATH finds another roster than this build's"
    );
    vars
}

/// Run the steps: `export` sets the environment of the commands after it, `eval "$(CMD)"`
/// runs CMD and takes the `export` lines it prints, a shortened token stands for the last one
/// printed, and each output shown is compared.
fn walk(env: &TestEnv, vars: &mut BTreeMap<String, String>, cwd: &Path, steps: &[Step]) {
    let mut token: Option<String> = None;
    for step in steps {
        let where_ = format!("README.md:{}: $ {}", step.line, step.command);
        if let Some(assignment) = step.command.strip_prefix("export ") {
            export(vars, assignment);
            continue;
        }
        if let Some(inner) = step
            .command
            .split(" #")
            .next()
            .and_then(|c| c.trim().strip_prefix("eval \"$("))
            .and_then(|c| c.strip_suffix(")\""))
        {
            let (code, out) = run(env, vars, cwd, &format!("{inner} 2>/dev/null"));
            assert_eq!(code, 0, "{where_}\n{out}");
            for line in out.lines() {
                if let Some(assignment) = line.strip_prefix("export ") {
                    export(vars, assignment);
                }
            }
            continue;
        }
        if let Some(file) = step.command.strip_prefix("cat ") {
            let path = cwd.join(file.trim());
            if !path.exists() && !step.expected.is_empty() {
                std::fs::write(&path, step.expected.join("\n") + "\n").unwrap();
            }
        }
        // A shortened token in a command stands for the last one roster printed.
        let mut command = step.command.clone();
        if let Some(t) = &token {
            let mut fixed = String::new();
            let mut rest = command.as_str();
            while let Some(at) = rest.find("inv_") {
                fixed.push_str(&rest[..at]);
                let after = &rest[at + 4..];
                let hex = after
                    .find(|c: char| !c.is_ascii_hexdigit())
                    .unwrap_or(after.len());
                if after[hex..].starts_with('…') {
                    fixed.push_str(t);
                    rest = &after[hex + '…'.len_utf8()..];
                } else {
                    fixed.push_str("inv_");
                    rest = after;
                }
            }
            fixed.push_str(rest);
            command = fixed;
        }
        let (code, out) = run(env, vars, cwd, &command);
        if let Some(t) = last_token(&out) {
            token = Some(t);
        }
        let wants_failure = step.expected.iter().any(|l| l.starts_with("error"));
        assert_eq!(
            code != 0,
            wants_failure,
            "{where_}\nexit {code}, output:\n{out}"
        );
        if step.expected.is_empty() {
            continue;
        }
        let actual: Vec<&str> = out.lines().collect();
        let expected: Vec<&str> = step.expected.iter().map(String::as_str).collect();
        let ok = lines_match(&expected, &actual);
        assert!(
            ok,
            "{where_}\nexpected:\n{}\n\nactual:\n{out}",
            step.expected.join("\n")
        );
    }
}

#[test]
fn the_readme_runs_as_written() {
    let readme = std::fs::read_to_string(checkout().join("README.md")).expect("README.md");
    let env = TestEnv::new();
    let mut vars = installed(&readme);
    // On PostgreSQL the whole walk-through runs on the test's server database; every other
    // path stays the default.
    if env.sqlite_file().is_none() {
        vars.insert(
            "ROSTER_DB".to_string(),
            env.db_var().to_string_lossy().into_owned(),
        );
    }
    quick_start(&env, &vars);
    walk(
        &env,
        &mut vars,
        env.dir.path(),
        &steps(&readme, "```console"),
    );
}

/// The Quick start's first command, as a fresh machine runs it (the default paths).
fn quick_start(env: &TestEnv, vars: &BTreeMap<String, String>) {
    let (code, out) = run(
        env,
        vars,
        env.dir.path(),
        "roster --as owner@acme.test workspace create \"Acme Agency\"",
    );
    assert_eq!(code, 0, "the Quick start failed:\n{out}");
}

/// The server section's try-out, run as written on a throwaway server of its own (it needs
/// PostgreSQL installed: it runs where the suite runs on a server, and is skipped elsewhere).
/// From the checkout, after the Quick start on the default SQLite file.
#[test]
fn the_readme_server_try_out_runs_as_written() {
    if std::env::var_os("ROSTER_TEST_PG_URL").is_none() {
        eprintln!("skipped: needs PostgreSQL (runs under scripts/pg-throwaway --run)");
        return;
    }
    let readme = std::fs::read_to_string(checkout().join("README.md")).expect("README.md");
    let env = TestEnv::new();
    let mut vars = installed(&readme);
    vars.insert("ROSTER_AS".into(), "owner@acme.test".into());
    quick_start(&env, &vars);
    let steps = steps(&readme, "```console server");
    assert!(steps.len() >= 5, "the README's server try-out");
    // Whatever happens, the throwaway server the README starts is stopped.
    struct Stop(std::cell::RefCell<Option<String>>);
    impl Drop for Stop {
        fn drop(&mut self) {
            if let Some(dir) = self.0.borrow().as_ref() {
                let _ = Command::new(checkout().join("scripts/pg-throwaway"))
                    .args(["--stop", dir])
                    .output();
            }
        }
    }
    let stop = Stop(std::cell::RefCell::new(None));
    for step in &steps {
        walk(&env, &mut vars, checkout(), std::slice::from_ref(step));
        *stop.0.borrow_mut() = vars.get("ROSTER_TEST_PG_DIR").cloned();
    }
}

#[test]
fn the_matcher_matches_what_it_should_and_nothing_else() {
    assert!(matches("a [..] c", "a b c"));
    assert!(!matches("a [..] c", "a b d"));
    assert!(matches("│ x  ┆ y │", "│ x        ┆ y     │"));
    assert!(matches(
        "accept with ┆ roster invite accept acme --token inv_4d73…",
        &format!(
            "accept with ┆ roster invite accept acme --token inv_{}",
            "ab".repeat(24)
        )
    ));
    assert!(!matches("exit 0", "exit 3"));
    assert!(lines_match(&["...", "done"], &["a", "b", "done"]));
    assert!(!lines_match(&["...", "done"], &["a", "b"]));
    assert_eq!(
        last_token(&format!("x inv_{} y", "0f".repeat(24))),
        Some(format!("inv_{}", "0f".repeat(24)))
    );
}
