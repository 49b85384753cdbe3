//! Generated files are checked: a stale completion script fails here. Regenerate with
//! `scripts/regen-completions` (or UPDATE_GOLDEN=1 cargo test).

use crate::support::TestEnv;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "roster.bash"),
    ("zsh", "_roster"),
    ("fish", "roster.fish"),
    ("elvish", "roster.elv"),
    ("powershell", "_roster.ps1"),
];

#[test]
fn completions_are_fresh() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let fresh = env.run(&["completions", shell]).ok().stdout;
        assert!(fresh.contains("roster"), "{shell} completion looks empty");
        let path = dir.join(file);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "completions/{file} is stale: run scripts/regen-completions"
        );
    }
}

#[test]
fn completions_offer_the_actions() {
    let env = TestEnv::new();
    // bash, zsh and fish ask roster, which offers the actions after `can` (newcomer.rs);
    // powershell's script is static and has the commands.
    let ps = env.run(&["completions", "powershell"]).ok().stdout;
    assert!(ps.contains("'roster;member;invite'"), "{ps}");
    env.run(&["completions", "tcsh"])
        .code(2)
        .stderr_has("invalid value 'tcsh'");
}

#[test]
fn man_page_renders() {
    let env = TestEnv::new();
    let man = env.run(&["man"]).ok().stdout;
    assert!(
        man.starts_with(".ie") || man.contains(".TH roster"),
        "{}",
        &man[..man.len().min(200)]
    );
    assert!(man.contains("workspace"));
}

/// `schemas/roster.schema.json` is `roster config schema`, committed for editors and CI.
#[test]
fn schema_is_fresh() {
    let env = TestEnv::new();
    let fresh = env.run(&["config", "schema"]).ok().stdout;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/roster.schema.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "schemas/roster.schema.json is stale: run scripts/regen-completions"
    );
}
