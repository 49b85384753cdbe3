//! `roster workspace …`, `me`, `audit list`, and the global flags they share.

use roster::domain::{MemberStatus, Role};

use crate::support::{OWNER, TestEnv};

#[test]
fn create_list_show_rename_settings_delete() {
    let env = TestEnv::new();
    let r = env.as_(OWNER, &["workspace", "create", "Acme Agency"]).ok();
    assert!(
        r.stderr
            .contains("Created workspace acme-agency (Acme Agency); you are its owner."),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("acme-agency"));

    let list = env.as_(OWNER, &["workspace", "list", "--json"]).ok().json();
    assert_eq!(
        list,
        serde_json::json!([{
            "slug": "acme-agency", "name": "Acme Agency", "role": "owner", "status": "active",
            "require_2fa": false, "owner": OWNER
        }])
    );
    let table = env.as_(OWNER, &["workspace", "list"]).ok();
    assert_eq!(
        table.stdout,
        "\
┌─────────────┬─────────────┬───────┬────────┬──────────────┬─────────────────┐
│ SLUG        ┆ NAME        ┆ ROLE  ┆ STATUS ┆ 2FA REQUIRED ┆ OWNER           │
╞═════════════╪═════════════╪═══════╪════════╪══════════════╪═════════════════╡
│ acme-agency ┆ Acme Agency ┆ owner ┆ active ┆ no           ┆ owner@acme.test │
└─────────────┴─────────────┴───────┴────────┴──────────────┴─────────────────┘
"
    );

    // The only workspace is picked without -w.
    let show = env.as_(OWNER, &["workspace", "show", "--json"]).ok().json();
    assert_eq!(show["slug"], "acme-agency");
    assert_eq!(show["your_role"], "owner");
    assert_eq!(show["active_members"], 1);
    assert_eq!(show["created_at"], "2026-11-28T09:00:00Z");

    env.as_(OWNER, &["workspace", "rename", "Acme & Co"])
        .ok()
        .stderr_has("Renamed workspace acme-agency to Acme & Co.");
    let again = env.as_(OWNER, &["workspace", "rename", "Acme & Co"]).ok();
    assert!(again.stderr.contains("already named"), "{}", again.stderr);

    // Requiring 2FA of everyone includes the owner: not before they enrolled.
    let before = env.dump();
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "on"])
        .code(5)
        .stderr_has("you would lock yourself out")
        .stderr_has("hint: enrol first");
    assert_eq!(env.dump(), before);
    env.enroll(OWNER);
    let s = env
        .as_(
            OWNER,
            &["workspace", "settings", "--require-2fa", "on", "--json"],
        )
        .ok()
        .json();
    assert_eq!(s["require_2fa"], true);
    let s = env
        .as_(OWNER, &["workspace", "settings", "--json"])
        .ok()
        .json();
    assert_eq!(s["require_2fa"], true);

    let csv = env
        .as_(OWNER, &["workspace", "list", "--format", "csv"])
        .ok();
    assert_eq!(
        csv.stdout,
        "SLUG,NAME,ROLE,STATUS,2FA REQUIRED,OWNER\nacme-agency,Acme & Co,owner,active,yes,owner@acme.test\n"
    );

    env.as_(OWNER, &["workspace", "delete", "--yes"])
        .ok()
        .stderr_has("Deleted workspace acme-agency.");
    assert_eq!(
        env.as_(OWNER, &["workspace", "list", "--json"])
            .ok()
            .stdout
            .trim(),
        "[]"
    );

    // Every mutation left one audit row, and the trail outlives the workspace.
    let mut conn = env.conn();
    let actions: Vec<String> = conn
        .column("SELECT action FROM audit ORDER BY id", [])
        .into_iter()
        .map(Option::unwrap)
        .collect();
    assert_eq!(
        actions,
        [
            "workspace.create",
            "workspace.rename",
            "workspace.settings",
            "workspace.delete"
        ]
    );
    let members = conn.count("SELECT count(*) FROM memberships", []);
    assert_eq!(members, 0, "the owner's membership went with the workspace");
}

#[test]
fn empty_list_is_an_empty_array() {
    let env = TestEnv::new();
    // A database must exist (reads never create one): someone else's workspace is in it.
    env.as_("other@else.test", &["workspace", "create", "Else"])
        .ok();
    let r = env.as_(OWNER, &["workspace", "list", "--json"]).ok();
    assert_eq!(r.stdout.trim(), "[]");
    let r = env.as_(OWNER, &["workspace", "list"]).ok();
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("belongs to no workspace"));
}

#[test]
fn email_is_normalised() {
    let env = TestEnv::new();
    env.as_("  Owner@ACME.test ", &["workspace", "create", "Acme"])
        .ok();
    let list = env.as_(OWNER, &["workspace", "list", "--json"]).ok().json();
    assert_eq!(list[0]["owner"], OWNER);
}

#[test]
fn identity_from_env_and_config() {
    let env = TestEnv::new();
    let mut c = env.cmd();
    c.env("ROSTER_AS", OWNER)
        .args(["workspace", "create", "Acme"]);
    TestEnv::run_cmd(c).ok();
    std::fs::write(env.config(), format!("[identity]\nemail = \"{OWNER}\"\n")).unwrap();
    let list = env.run(&["workspace", "list", "--json"]).ok().json();
    assert_eq!(list[0]["slug"], "acme");
}

#[test]
fn default_database_path_is_created_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let mut c = env.cmd();
    c.env_remove("ROSTER_DB")
        .args(["--as", OWNER, "workspace", "create", "Acme"]);
    TestEnv::run_cmd(c).ok();
    let db = env
        .dir
        .path()
        .join("xdg-data")
        .join("roster")
        .join("roster.db");
    let mode = std::fs::metadata(&db)
        .expect("default db exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let dir = std::fs::metadata(db.parent().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir & 0o777, 0o700, "the data folder is the owner's alone");
}

#[test]
fn use_sets_the_default_and_ambiguity_is_a_usage_error() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.workspace("Beta", "beta");
    let before = env.dump();
    env.as_(OWNER, &["workspace", "show"])
        .code(2)
        .stderr_has("which workspace? owner@acme.test belongs to 2: acme, beta")
        .stderr_has("hint: pass -w SLUG");
    assert_eq!(env.dump(), before);

    env.as_(OWNER, &["workspace", "use", "beta"])
        .ok()
        .stderr_has("is now beta (workspace.default in");
    let cfg = std::fs::read_to_string(env.config()).unwrap();
    assert!(cfg.contains("default = \"beta\""), "{cfg}");
    let show = env.as_(OWNER, &["workspace", "show", "--json"]).ok().json();
    assert_eq!(show["slug"], "beta");
    // -w wins over the default.
    let show = env
        .as_(OWNER, &["-w", "acme", "workspace", "show", "--json"])
        .ok()
        .json();
    assert_eq!(show["slug"], "acme");
    // use refuses a workspace you do not belong to.
    env.as_("stranger@else.test", &["workspace", "use", "acme"])
        .code(4)
        .stderr_has("workspace 'acme' not found");
}

#[test]
fn me_lists_workspaces_and_roles() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", "ed@acme.test", Role::Editor, MemberStatus::Active);
    let me = env.as_("ed@acme.test", &["me", "--json"]).ok().json();
    assert_eq!(me["email"], "ed@acme.test");
    assert_eq!(me["workspaces"][0]["slug"], "acme");
    assert_eq!(me["workspaces"][0]["role"], "editor");
    let me = env.as_("nobody@acme.test", &["me", "--json"]).ok().json();
    assert_eq!(me["workspaces"], serde_json::json!([]));
}

#[test]
fn audit_list_for_owners_and_admins_only() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.as_(OWNER, &["workspace", "rename", "Acme Agency"]).ok();
    env.add_member("acme", "admin@acme.test", Role::Admin, MemberStatus::Active);
    env.add_member(
        "acme",
        "client@brand.test",
        Role::Client,
        MemberStatus::Active,
    );

    let rows = env
        .as_("admin@acme.test", &["audit", "list", "--json"])
        .ok()
        .json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["action"], "workspace.rename");
    assert_eq!(rows[1]["actor"], OWNER);
    assert_eq!(rows[1]["before"], serde_json::json!({"name": "Acme"}));
    assert_eq!(rows[1]["after"], serde_json::json!({"name": "Acme Agency"}));

    let filtered = env
        .as_(
            OWNER,
            &["audit", "list", "--actor", "admin@acme.test", "--json"],
        )
        .ok();
    assert_eq!(filtered.stdout.trim(), "[]");
    let since = env
        .as_(
            OWNER,
            &["audit", "list", "--since", "2026-11-29T00:00:00Z", "--json"],
        )
        .ok();
    assert_eq!(since.stdout.trim(), "[]");
    let recent = env
        .as_(OWNER, &["audit", "list", "--since", "1h", "--json"])
        .ok()
        .json();
    assert_eq!(recent.as_array().unwrap().len(), 2);
    env.as_(OWNER, &["audit", "list", "--since", "yesterday"])
        .code(2)
        .stderr_has("--since 'yesterday'");

    env.as_("client@brand.test", &["audit", "list"])
        .code(3)
        .stderr_has("only owners and admins read the audit log; you are a client");
}

// ---- bad input: message, exit code, database unchanged ----

#[test]
fn invalid_slug_is_refused() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_(
        OWNER,
        &["workspace", "create", "Other", "--slug", "Bad_Slug"],
    )
    .code(6)
    .stderr_has("'Bad_Slug' is not a valid slug");
    env.as_(OWNER, &["workspace", "create", "Other", "--slug=-x"])
        .code(6)
        .stderr_has("not a valid slug");
    // A word outside a fixed list is a usage error, not invalid input.
    env.as_(OWNER, &["workspace", "settings", "--require-2fa", "maybe"])
        .code(2)
        .stderr_has("invalid value 'maybe'");
    env.as_(OWNER, &["workspace", "create", "!!!"])
        .code(6)
        .stderr_has("cannot derive a slug from the name '!!!'")
        .stderr_has("hint: pass one with --slug");
    assert_eq!(env.dump(), before);
}

#[test]
fn duplicate_slug_is_a_conflict() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_("other@else.test", &["workspace", "create", "Acme"])
        .code(5)
        .stderr_has("a workspace with the slug 'acme' already exists");
    let j = env
        .as_(
            "other@else.test",
            &["workspace", "create", "Acme", "--json"],
        )
        .code(5)
        .json_err();
    assert_eq!(j["error"]["code"], "conflict");
    assert_eq!(j["error"]["exit_code"], 5);
    assert_eq!(j["error"]["hint"], "choose another with --slug");
    assert_eq!(env.dump(), before);
}

#[test]
fn empty_name_is_invalid() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_(OWNER, &["workspace", "create", "   "])
        .code(6)
        .stderr_has("a workspace name must not be empty");
    env.as_(OWNER, &["workspace", "rename", ""])
        .code(6)
        .stderr_has("a workspace name must not be empty");
    env.as_(OWNER, &["workspace", "create"])
        .code(2)
        .stderr_has("missing the workspace name");
    assert_eq!(env.dump(), before);
}

#[test]
fn as_must_be_an_email() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_("not-an-email", &["workspace", "create", "Other"])
        .code(6)
        .stderr_has("'not-an-email' is not an email address");
    let mut c = env.cmd();
    c.env("ROSTER_AS", "owner@")
        .args(["workspace", "list", "--json"]);
    let r = TestEnv::run_cmd(c).code(6);
    assert_eq!(r.json_err()["error"]["code"], "invalid");
    assert_eq!(env.dump(), before);
}

#[test]
fn no_acting_user_is_a_usage_error() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.run(&["workspace", "create", "Other"])
        .code(2)
        .stderr_has("error: no acting user")
        .stderr_has("hint: pass --as EMAIL, set ROSTER_AS, or set identity.email in");
    assert_eq!(env.dump(), before);
}

#[test]
fn unknown_workspace_is_not_found() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_(OWNER, &["-w", "nope", "workspace", "show"])
        .code(4)
        .stderr_has("workspace 'nope' not found");
    env.as_(OWNER, &["-w", "nope", "workspace", "rename", "X"])
        .code(4)
        .stderr_has("workspace 'nope' not found");
    // A deleted default is reported with a hint to pick another.
    std::fs::write(env.config(), "[workspace]\ndefault = \"gone\"\n").unwrap();
    env.as_(OWNER, &["workspace", "show"])
        .code(4)
        .stderr_has("hint: the default workspace is gone or not yours");
    assert_eq!(env.dump(), before);
}

#[test]
fn non_members_see_not_found_and_non_owners_are_denied() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", "admin@acme.test", Role::Admin, MemberStatus::Active);
    env.add_member("acme", "ed@acme.test", Role::Editor, MemberStatus::Active);
    env.add_member(
        "acme",
        "invited@acme.test",
        Role::Admin,
        MemberStatus::Pending,
    );
    let before = env.dump();
    for cmd in [
        &["workspace", "rename", "X"][..],
        &["workspace", "settings", "--require-2fa", "on"],
        &["workspace", "delete", "--yes"],
    ] {
        // Not revealed to strangers: the same answer as for a workspace that does not exist.
        let mut args = vec!["-w", "acme"];
        args.extend_from_slice(cmd);
        env.as_("stranger@else.test", &args)
            .code(4)
            .stderr_has("workspace 'acme' not found");
        env.as_("admin@acme.test", &args)
            .code(3)
            .stderr_has("only the owner may")
            .stderr_has("you are an admin");
        env.as_("ed@acme.test", &args)
            .code(3)
            .stderr_has("you are an editor");
        env.as_("invited@acme.test", &args)
            .code(3)
            .stderr_has("your membership is pending");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_(OWNER, &["workspace", "delete"])
        .code(2)
        .stderr_has("deleting workspace acme needs confirmation and there is no terminal to ask")
        .stderr_has("hint: pass --yes to confirm");
    env.as_(OWNER, &["--no-input", "workspace", "delete"])
        .code(2);
    assert_eq!(env.dump(), before);
}

#[test]
fn workspace_use_keeps_comments_and_order() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.workspace("Beta", "beta");
    let hand_written = "# my roster settings\n\
                        [mail]\n\
                        url = \"none:\"   # no mail on this laptop\n\
                        \n\
                        [workspace]\n\
                        # the team I work for most\n\
                        default = \"acme\"  # set by hand\n\
                        \n\
                        [identity]\n\
                        email = \"owner@acme.test\"\n";
    std::fs::write(env.config(), hand_written).unwrap();
    env.as_(OWNER, &["workspace", "use", "beta"]).ok();
    let after = std::fs::read_to_string(env.config()).unwrap();
    let expected = hand_written.replace(
        "default = \"acme\"  # set by hand",
        "default = \"beta\"  # set by hand",
    );
    // The database the default is for goes right after it; nothing else moves.
    let (head, rest) = after
        .split_once("default = \"beta\"  # set by hand\ndatabase = \"")
        .expect("the default, then its database");
    let (_, tail) = rest.split_once("\"\n").unwrap();
    assert_eq!(
        format!("{head}default = \"beta\"  # set by hand\n{tail}"),
        expected
    );

    // A config without the key gets it, and everything else stays as written.
    let without = "# only mail\n[mail]\nurl = \"none:\" # quiet\n";
    std::fs::write(env.config(), without).unwrap();
    env.as_(OWNER, &["workspace", "use", "acme"]).ok();
    let after = std::fs::read_to_string(env.config()).unwrap();
    assert!(after.starts_with(without), "{after}");
    assert!(
        after.contains("[workspace]\ndefault = \"acme\"\ndatabase = \""),
        "{after}"
    );
}
