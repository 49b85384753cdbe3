//! `roster config validate` and `config schema`: the fixtures in tests/fixtures/config/, each
//! invalid file with a sidecar `NAME.expected` (`code line column` per diagnostic, in file
//! order), checked in the human, JSON and GitHub formats. No database is ever opened.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Run, TestEnv};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/config")
}

/// `roster config validate` run in the fixtures folder, so files are named as given.
fn validate(env: &TestEnv, args: &[&str]) -> Run {
    let mut c: Command = env.cmd();
    c.current_dir(fixtures())
        .args(["config", "validate"])
        .args(args);
    TestEnv::run_cmd(c)
}

/// Every fixture of a folder, by name.
fn files(dir: &str) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(fixtures().join(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    out.sort();
    out
}

/// The sidecar of an invalid fixture: (code, line, column) per expected diagnostic.
fn expected(file: &str) -> Vec<(String, usize, usize)> {
    let path = fixtures().join(file.replace(".toml", ".expected"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} needs {}: {e}", file, path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f.len(), 3, "{}: bad line {l:?}", path.display());
            (
                f[0].to_string(),
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
            )
        })
        .collect()
}

/// (code, line, column) of the diagnostics of a JSON document that are about `file`.
fn from_json(doc: &serde_json::Value, file: &str) -> Vec<(String, usize, usize)> {
    doc["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .filter(|d| d["file"] == file)
        .map(|d| {
            let start = &d["range"]["start"];
            (
                d["code"].as_str().unwrap().to_string(),
                start["line"].as_u64().unwrap() as usize,
                start["column"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

/// (file, code, line, column) of `::error file=…,line=…,col=…,…,title=CODE::message` lines.
fn from_github(stdout: &str) -> Vec<(String, String, usize, usize)> {
    stdout
        .lines()
        .map(|l| {
            let rest = l
                .strip_prefix("::error ")
                .unwrap_or_else(|| panic!("not a workflow command: {l:?}"));
            let (props, message) = rest.split_once("::").expect("properties::message");
            assert!(!message.is_empty(), "{l}");
            let get = |k: &str| {
                props
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{k}=")))
                    .unwrap_or_else(|| panic!("{k} missing in {l}"))
                    .to_string()
            };
            (
                get("file"),
                get("title"),
                get("line").parse().unwrap(),
                get("col").parse().unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_code_is_covered_by_a_fixture() {
    let all: Vec<String> = files("invalid")
        .iter()
        .flat_map(|f| expected(f))
        .map(|(c, _, _)| c)
        .collect();
    for code in [
        "toml-syntax",
        "unknown-field",
        "missing-field",
        "invalid-type",
        "invalid-email",
        "invalid-slug",
        "unknown-provider",
        "unknown-role",
        "owner-as-member",
        "unknown-account",
        "duplicate-account",
        "duplicate-member",
        "duplicate-assignment",
        "approve-on-non-client",
        "posting-on-non-editor",
        "credentials-without-posting",
        "can-manage-posts-on-non-client",
        "can-add-accounts-on-editor",
        "unknown-mode",
    ] {
        assert!(all.iter().any(|c| c == code), "no fixture expects {code}");
    }
}

#[test]
fn invalid_fixtures_in_json() {
    let env = TestEnv::new();
    for file in files("invalid") {
        let want = expected(&file);
        assert!(
            !want.is_empty(),
            "{file}: an invalid fixture expects errors"
        );
        let run = validate(&env, &[&file, "--format", "json"]).code(6);
        let doc = run.json();
        assert_eq!(doc["format_version"], "1.1");
        assert_eq!(doc["omitted"], serde_json::json!([]), "{file}");
        assert_eq!(doc["valid"], false, "{file}");
        assert_eq!(doc["error_count"], want.len(), "{file}");
        assert_eq!(doc["warning_count"], 0, "{file}");
        assert_eq!(from_json(&doc, &file), want, "{file}");
        for d in doc["diagnostics"].as_array().unwrap() {
            assert_eq!(d["severity"], "error");
            assert!(!d["summary"].as_str().unwrap().is_empty());
            let (s, e) = (&d["range"]["start"], &d["range"]["end"]);
            assert!(e["byte"].as_u64() >= s["byte"].as_u64(), "{d}");
        }
        // --json is the same document.
        let again = validate(&env, &[&file, "--json"]).code(6).json();
        assert_eq!(again, doc, "{file}");
    }
}

#[test]
fn invalid_fixtures_for_github_actions() {
    let env = TestEnv::new();
    for file in files("invalid") {
        let run = validate(&env, &[&file, "--format", "github"]).code(6);
        let want: Vec<_> = expected(&file)
            .into_iter()
            .map(|(c, l, col)| (file.clone(), c, l, col))
            .collect();
        assert_eq!(from_github(&run.stdout), want, "{file}");
    }
}

#[test]
fn invalid_fixtures_for_people() {
    let env = TestEnv::new();
    for file in files("invalid") {
        let run = validate(&env, &[&file]).code(6);
        let want = expected(&file);
        let n = want.len();
        let summary = if n == 1 {
            format!("{file}: 1 error")
        } else {
            format!("{file}: {n} errors")
        };
        let run = run.stderr_has(&summary);
        let lines: Vec<&str> = run.stdout.lines().collect();
        for (code, line, col) in want {
            let at = format!(" --> {file}:{line}:{col}");
            let i = lines
                .iter()
                .position(|l| *l == at)
                .unwrap_or_else(|| panic!("{file}: no {at:?} in\n{}", run.stdout));
            assert!(
                lines[i - 1].starts_with(&format!("error[{code}]: ")),
                "{file}: {code} heads {at}:\n{}",
                run.stdout
            );
            // The source line, then carets starting under the column.
            let (source, carets) = (lines[i + 2], lines[i + 3]);
            assert!(source.starts_with(&format!("{line} | ")), "{source}");
            let bar = carets.find("| ").unwrap() + 2;
            let caret_col = carets[bar..].find('^').expect("a caret") + 1;
            assert_eq!(caret_col, col, "{file}: caret of {code}:\n{}", run.stdout);
        }
    }
}

#[test]
fn valid_fixtures_exit_zero() {
    let env = TestEnv::new();
    for file in files("valid") {
        validate(&env, &[&file])
            .ok()
            .stderr_has(&format!("{file}: valid"));
        let doc = validate(&env, &[&file, "--json"]).ok().json();
        assert_eq!(
            doc,
            serde_json::json!({"format_version": "1.1", "valid": true, "error_count": 0,
                "warning_count": 0, "diagnostics": [], "omitted": []})
        );
        let run = validate(&env, &[&file, "--format", "github"]).ok();
        assert_eq!(run.stdout, "");
    }
    // Every fixture at once, too.
    let all = files("valid");
    let args: Vec<&str> = all.iter().map(String::as_str).collect();
    validate(&env, &args).ok();
}

#[test]
fn several_files_are_reported_together() {
    let env = TestEnv::new();
    let files = [
        "valid/full.toml",
        "invalid/unknown-account.toml",
        "invalid/many-errors.toml",
    ];
    let doc = validate(&env, &[files[0], files[1], files[2], "--json"])
        .code(6)
        .json();
    assert_eq!(doc["valid"], false);
    assert_eq!(doc["error_count"], 1 + 6);
    assert!(from_json(&doc, files[0]).is_empty());
    assert_eq!(from_json(&doc, files[1]), expected(files[1]));
    assert_eq!(from_json(&doc, files[2]), expected(files[2]));

    let run = validate(&env, &files)
        .code(6)
        .stderr_has("valid/full.toml: valid")
        .stderr_has("invalid/unknown-account.toml: 1 error")
        .stderr_has("invalid/many-errors.toml: 6 errors")
        .stderr_has("error: 2 of 3 files are invalid: 7 errors");
    assert!(
        run.stdout
            .contains(" --> invalid/unknown-account.toml:17:15")
    );
    assert!(run.stdout.contains(" --> invalid/many-errors.toml:24:15"));

    let gh = validate(&env, &[files[0], files[1], files[2], "--format", "github"]).code(6);
    let lines = from_github(&gh.stdout);
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0].0, files[1]);
    assert_eq!(lines[6].0, files[2]);
}

#[test]
fn a_missing_file_is_reported_with_the_others() {
    let env = TestEnv::new();
    let doc = validate(&env, &["valid/minimal.toml", "nowhere.toml", "--json"])
        .code(6)
        .json();
    assert_eq!(doc["error_count"], 1);
    assert_eq!(doc["diagnostics"][0]["code"], "unreadable");
    assert_eq!(doc["diagnostics"][0]["file"], "nowhere.toml");
}

#[test]
fn validate_needs_no_database_and_no_user() {
    let env = TestEnv::new();
    let mut c = env.cmd();
    c.env_remove("ROSTER_AS")
        .env("ROSTER_DB", env.dir.path().join("never/roster.db"))
        .current_dir(fixtures())
        .args(["config", "validate", "valid/full.toml"]);
    TestEnv::run_cmd(c).ok();
    let mut c = env.cmd();
    c.env("ROSTER_DB", env.dir.path().join("never/roster.db"))
        .current_dir(fixtures())
        .args(["config", "validate", "invalid/owner-as-member.toml"]);
    TestEnv::run_cmd(c).code(6);
    assert!(!env.dir.path().join("never").exists());
    env.assert_nothing_stored("validate touched the database");
}

#[test]
fn github_escapes_what_workflow_commands_need() {
    let env = TestEnv::new();
    let dir = env.dir.path().join("ci,dir:1");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("roster.toml");
    std::fs::write(
        &file,
        "[workspace]\nslug = \"acme\"\nname = \"Acme\"\nowner = \"100%\"\n",
    )
    .unwrap();
    let run = env
        .run(&[
            "config",
            "validate",
            file.to_str().unwrap(),
            "--format",
            "github",
        ])
        .code(6);
    let line = run.stdout.trim_end();
    assert!(
        line.contains("ci%2Cdir%3A1/roster.toml,line=4,col=9,"),
        "{line}"
    );
    assert!(line.contains("title=invalid-email::"), "{line}");
    assert!(line.ends_with("'100%25' is not an email address"), "{line}");
}

#[test]
fn format_github_is_for_validate_only() {
    let env = TestEnv::new();
    env.as_(
        "owner@acme.test",
        &["workspace", "list", "--format", "github"],
    )
    .code(2)
    .stderr_has("--format github is only for `roster config validate`");
    env.run(&["config", "schema", "--format", "github"]).code(2);
    // human is another name for table.
    env.workspace("Acme", "acme");
    env.as_(
        "owner@acme.test",
        &["workspace", "list", "--format", "human"],
    )
    .ok();
    validate(&env, &["invalid/unknown-mode.toml", "--format", "human"])
        .code(6)
        .stdout_has("error[unknown-mode]");
}

#[test]
fn validate_needs_a_file() {
    let env = TestEnv::new();
    env.run(&["config", "validate"])
        .code(2)
        .stderr_has("<FILE>");
}

#[test]
fn schema_describes_the_file() {
    let env = TestEnv::new();
    let run = env.run(&["config", "schema"]).ok();
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(schema["title"], "roster.toml");
    assert_eq!(schema["required"], serde_json::json!(["workspace"]));
    assert_eq!(schema["additionalProperties"], false);
    let role = &schema["$defs"]["MemberRole"]["enum"];
    assert_eq!(*role, serde_json::json!(["admin", "editor", "client"]));
    let providers = schema["$defs"]["Provider"]["enum"].as_array().unwrap();
    assert!(providers.contains(&"google_business".into()));
    // --json prints the same schema.
    let json = env.run(&["config", "schema", "--json"]).ok();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json.stdout).unwrap(),
        schema
    );
}

/// The sample of the README's "Declarative config (CI)" section is a valid file.
#[test]
fn the_readme_sample_validates() {
    let env = TestEnv::new();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = &readme[readme
        .find("## Declarative config (CI)")
        .expect("the section")..];
    let start = section.find("```toml\n").expect("a toml sample") + "```toml\n".len();
    let sample = &section[start..start + section[start..].find("```").unwrap()];
    let file = env.dir.path().join("roster.toml");
    std::fs::write(&file, sample).unwrap();
    env.run(&["config", "validate", file.to_str().unwrap()])
        .ok();
}

/// `roster config validate FILE --format F` run under `sh -c 'ulimit -v KB'`: the address
/// space the process may map, so that a report growing past it fails the test instead of the
/// machine.
fn validate_limited(env: &TestEnv, kb: u64, file: &Path, format: &str) -> Run {
    let inner = env.cmd();
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("ulimit -v {kb} && exec \"$0\" \"$@\""))
        .arg(inner.get_program())
        .args(["config", "validate"])
        .arg(file)
        .args(["--format", format]);
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c.stdin(std::process::Stdio::null());
    TestEnv::run_cmd(c)
}

/// One member with N copies of `{account="a"}` on one line: each copy is an unknown account and
/// all but the first a duplicate assignment. Every rendering of every diagnostic copied the
/// whole line (2.7 GB at N = 8,000, out of memory at 50,000); now a code is listed 100 times
/// and counted after that, and a long line is shown cut around the column, so memory and output
/// stay linear in the file in every format.
#[test]
fn a_file_repeating_one_mistake_cannot_exhaust_memory_or_output() {
    let env = TestEnv::new();
    let n = 50_000;
    let text = format!(
        "[workspace]\nslug = \"acme\"\nname = \"Acme\"\nowner = \"owner@acme.test\"\n\n\
         [[members]]\nemail = \"c@brand.test\"\nrole = \"client\"\nassign = [{}]\n",
        vec!["{account=\"a\"}"; n].join(",")
    );
    let file = env.dir.path().join("repeated.toml");
    std::fs::write(&file, &text).unwrap();
    let name = file.to_str().unwrap();
    let (errors, omitted) = (2 * n - 1, n - 100);
    // 256 MB of address space: a few times what the binary maps to start with.
    let limit = 256 * 1024;
    for format in ["human", "json", "github"] {
        let run = validate_limited(&env, limit, &file, format)
            .code(6)
            .stderr_has(&format!("{name}: {errors} errors"));
        assert!(
            run.stdout.len() < text.len(),
            "--format {format}: {} bytes of output for a file of {}",
            run.stdout.len(),
            text.len()
        );
        match format {
            "human" => {
                assert_eq!(run.stdout.matches("error[unknown-account]").count(), 101);
                assert_eq!(
                    run.stdout.matches("error[duplicate-assignment]").count(),
                    101
                );
                assert!(run.stdout.contains(&format!(
                    "error[unknown-account]: {omitted} more in {name}, not shown (the first 100 of each code are)\n"
                )));
                assert!(run.stdout.contains(&format!(
                    "error[duplicate-assignment]: {} more in {name}",
                    omitted - 1
                )));
                // The long line is shown cut around the column, with `…` where it goes on.
                let source = run
                    .stdout
                    .lines()
                    .find(|l| l.starts_with("9 | "))
                    .expect("the source line");
                assert!(
                    source.ends_with('…') && source.chars().count() < 300,
                    "{source}"
                );
            }
            "json" => {
                let doc = run.json();
                assert_eq!(doc["format_version"], "1.1");
                assert_eq!(doc["error_count"], errors);
                assert_eq!(doc["diagnostics"].as_array().unwrap().len(), 200);
                assert_eq!(
                    doc["omitted"],
                    serde_json::json!([
                        {"severity": "error", "code": "duplicate-assignment", "file": name, "count": omitted - 1},
                        {"severity": "error", "code": "unknown-account", "file": name, "count": omitted},
                    ])
                );
            }
            _ => {
                let lines: Vec<&str> = run.stdout.lines().collect();
                assert_eq!(lines.len(), 202);
                assert!(lines.iter().all(|l| l.starts_with("::error file=")));
                assert!(lines[201].ends_with(&format!(
                    "title=unknown-account::{omitted} more unknown-account in this file, not shown (the first 100 of each code are)"
                )));
            }
        }
    }
}
