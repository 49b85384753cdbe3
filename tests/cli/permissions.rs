//! `decide()` against SPEC §2: the exhaustive golden matrix, spot checks written from the spec
//! table by hand, and `roster can` / `roster permissions matrix` on the command line.

use roster::domain::{Credentials, MemberStatus, Role};
use roster::permissions::{Action, Actor, Stage, Target, Verdict, decide, scenarios};

use crate::support::{OWNER, TestEnv};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/permissions.txt");

/// Every role × client flags × action × own/others × assigned/not, one line each. A change of
/// privilege shows up as a diff of this file; regenerate with `UPDATE_GOLDEN=1 cargo test`.
#[test]
fn golden_matrix() {
    let mut text = String::from(
        "# decide() for every scenario: actor[flags] action target => verdict: reason\n\
         # Regenerate with UPDATE_GOLDEN=1 cargo test golden_matrix, then review the diff.\n",
    );
    for s in scenarios() {
        let d = s.decide();
        let verdict = match d.verdict {
            Verdict::Allowed => "allowed",
            Verdict::Denied => "denied",
            Verdict::Conflict => "conflict",
        };
        text.push_str(&format!("{} => {verdict}: {}\n", s.label(), d.reason));
    }
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &text).unwrap();
    }
    let golden = std::fs::read_to_string(GOLDEN).expect("tests/golden/permissions.txt");
    let (want, got): (Vec<&str>, Vec<&str>) = (golden.lines().collect(), text.lines().collect());
    for (i, (w, g)) in want.iter().zip(&got).enumerate() {
        assert_eq!(w, g, "line {} of the golden matrix differs", i + 1);
    }
    assert_eq!(
        want.len(),
        got.len(),
        "the golden matrix has a different number of scenarios"
    );
}

fn actor(role: Role, add: bool, posts: bool) -> Actor {
    Actor {
        role,
        status: MemberStatus::Active,
        can_add_accounts: add,
        can_manage_posts: posts,
    }
}

fn allowed(a: Actor, action: Action, t: Target) -> bool {
    decide(Some(&a), action, &t).allowed
}

fn on(assigned: bool) -> Target {
    Target {
        account: Some("acme-fb".into()),
        assigned: Some(assigned),
        ..Target::default()
    }
}

/// SPEC §2, row by row, written from the table rather than from the code.
#[test]
fn spec_table_by_hand() {
    use Action::*;
    let owner = actor(Role::Owner, false, false);
    let admin = actor(Role::Admin, false, false);
    let admin_add = actor(Role::Admin, true, false);
    let editor = actor(Role::Editor, false, false);
    let ro_client = actor(Role::Client, false, false);
    let add_client = actor(Role::Client, true, false);
    let post_client = actor(Role::Client, false, true);
    let all = [owner, admin, editor, ro_client];
    let none = Target::default();

    for a in all {
        assert!(allowed(a, WorkspaceView, none.clone()));
        assert!(allowed(a, MemberList, none.clone()));
    }
    for act in [
        WorkspaceRename,
        WorkspaceSettings,
        WorkspaceTransfer,
        WorkspaceDelete,
    ] {
        assert!(allowed(owner, act, none.clone()));
        for a in [admin, editor, ro_client, post_client] {
            assert!(!allowed(a, act, none.clone()), "{act} by {:?}", a.role);
        }
    }
    let role = |r| Target {
        role: Some(r),
        member: Some("m@x.test".into()),
        ..Target::default()
    };
    for act in [MemberInvite, MemberUpdate, MemberRemove] {
        for r in [Role::Admin, Role::Editor, Role::Client] {
            assert!(allowed(owner, act, role(r)), "owner {act} {r}");
        }
        assert!(allowed(admin, act, role(Role::Editor)));
        assert!(!allowed(admin, act, role(Role::Admin)));
        assert!(!allowed(admin, act, role(Role::Client)));
        for a in [editor, ro_client, post_client] {
            for r in [Role::Admin, Role::Editor, Role::Client] {
                assert!(!allowed(a, act, role(r)));
            }
        }
    }
    assert!(allowed(owner, MemberRole, role(Role::Editor)));
    assert!(!allowed(admin, MemberRole, role(Role::Editor)));
    for r in [Role::Admin, Role::Editor, Role::Client] {
        assert!(allowed(owner, MemberRequire2fa, role(r)));
    }
    assert!(allowed(admin, MemberRequire2fa, role(Role::Editor)));
    assert!(allowed(admin, MemberRequire2fa, role(Role::Client)));
    assert!(!allowed(admin, MemberRequire2fa, role(Role::Admin)));
    assert!(!allowed(editor, MemberRequire2fa, role(Role::Client)));

    assert!(allowed(owner, AccountAdd, none.clone()));
    assert!(!allowed(admin, AccountAdd, none.clone()));
    assert!(allowed(admin_add, AccountAdd, none.clone()));
    assert!(!allowed(editor, AccountAdd, none.clone()));
    assert!(!allowed(ro_client, AccountAdd, none.clone()));
    assert!(allowed(add_client, AccountAdd, none.clone()));
    assert!(allowed(owner, AccountRemove, on(false)));
    let added = |own| Target {
        added_by_self: Some(own),
        ..on(false)
    };
    assert!(allowed(owner, AccountRemove, added(false)));
    assert!(allowed(admin_add, AccountRemove, added(true)));
    assert!(!allowed(admin_add, AccountRemove, added(false)));
    assert!(!allowed(admin, AccountRemove, added(true)));
    assert!(allowed(add_client, AccountRemove, added(true)));
    assert!(!allowed(add_client, AccountRemove, added(false)));
    assert!(!allowed(ro_client, AccountRemove, added(true)));
    assert!(!allowed(editor, AccountRemove, added(true)));

    let assign = |r, assigned| Target {
        role: Some(r),
        ..on(assigned)
    };
    assert!(allowed(owner, AccountAssign, assign(Role::Admin, false)));
    assert!(allowed(admin, AccountAssign, assign(Role::Editor, true)));
    // Clients are the owner's to manage: their assignments and the settings on them too.
    assert!(!allowed(admin, AccountAssign, assign(Role::Client, true)));
    assert!(!allowed(
        admin_add,
        AccountAssign,
        assign(Role::Client, true)
    ));
    assert!(allowed(owner, AccountAssign, assign(Role::Client, false)));
    assert!(!allowed(admin, AccountAssign, assign(Role::Editor, false)));
    assert!(!allowed(admin, AccountAssign, assign(Role::Admin, true)));
    assert!(!allowed(editor, AccountAssign, assign(Role::Client, true)));
    assert!(!allowed(
        post_client,
        AccountAssign,
        assign(Role::Client, true)
    ));
    assert!(allowed(owner, AccountPosting, on(false)));
    assert!(allowed(admin, AccountPosting, on(true)));
    assert!(!allowed(admin, AccountPosting, on(false)));
    assert!(!allowed(editor, AccountPosting, on(true)));

    let reauth = |c, other: bool| Target {
        credentials: Some(c),
        member: Some(if other { "o@x.test" } else { "me@x.test" }.into()),
        member_is_self: !other,
        ..on(true)
    };
    assert!(allowed(
        owner,
        AccountReauth,
        reauth(Credentials::Owner, true)
    ));
    for a in [admin, editor, post_client] {
        assert!(
            !allowed(a, AccountReauth, reauth(Credentials::Owner, false)),
            "{:?}",
            a.role
        );
        assert!(
            allowed(a, AccountReauth, reauth(Credentials::Member, false)),
            "{:?}",
            a.role
        );
        assert!(
            !allowed(a, AccountReauth, reauth(Credentials::Member, true)),
            "{:?}",
            a.role
        );
    }

    for a in all {
        assert!(allowed(a, PostView, on(true)));
    }
    assert!(allowed(owner, PostView, on(false)));
    for a in [admin, editor, ro_client] {
        assert!(!allowed(a, PostView, on(false)));
    }
    let post = |own: bool, assigned: bool| Target {
        post: Some(1),
        post_own: Some(own),
        ..on(assigned)
    };
    for act in [PostCreate, PostEdit, PostDelete] {
        assert!(allowed(owner, act, post(true, false)));
        assert!(allowed(admin, act, post(true, true)));
        assert!(allowed(editor, act, post(true, true)));
        assert!(!allowed(editor, act, post(true, false)));
        assert!(allowed(post_client, act, post(true, true)));
        assert!(!allowed(post_client, act, post(true, false)));
        assert!(!allowed(ro_client, act, post(true, true)));
        assert!(!allowed(add_client, act, post(true, true)));
    }
    for act in [PostEdit, PostDelete] {
        assert!(allowed(owner, act, post(false, false)));
        assert!(allowed(admin, act, post(false, true)));
        assert!(!allowed(admin, act, post(false, false)));
        assert!(!allowed(editor, act, post(false, true)));
        assert!(allowed(post_client, act, post(false, true)));
        assert!(!allowed(ro_client, act, post(false, true)));
    }
    let stage = |s, assigned, approve| Target {
        stage: Some(s),
        approve,
        post: Some(1),
        ..on(assigned)
    };
    assert!(allowed(
        owner,
        PostApprove,
        stage(Stage::Internal, false, false)
    ));
    assert!(allowed(
        admin,
        PostApprove,
        stage(Stage::Internal, true, false)
    ));
    assert!(!allowed(
        admin,
        PostApprove,
        stage(Stage::Internal, false, false)
    ));
    assert!(!allowed(
        editor,
        PostApprove,
        stage(Stage::Internal, true, false)
    ));
    assert!(!allowed(
        ro_client,
        PostApprove,
        stage(Stage::Internal, true, true)
    ));
    assert!(!allowed(
        owner,
        PostApprove,
        stage(Stage::Client, true, false)
    ));
    assert!(!allowed(
        admin,
        PostApprove,
        stage(Stage::Client, true, false)
    ));
    assert!(allowed(
        ro_client,
        PostApprove,
        stage(Stage::Client, true, true)
    ));
    assert!(!allowed(
        ro_client,
        PostApprove,
        stage(Stage::Client, true, false)
    ));
    assert!(!allowed(
        ro_client,
        PostApprove,
        stage(Stage::Client, false, true)
    ));
    // Nobody approves text they wrote or changed, at any stage: the author, or whoever edited
    // someone else's post.
    let changed = |s, assigned, approve| Target {
        post_own: Some(false),
        post_text_by_self: Some(true),
        ..stage(s, assigned, approve)
    };
    assert!(!allowed(
        owner,
        PostApprove,
        changed(Stage::Internal, true, false)
    ));
    assert!(!allowed(
        admin,
        PostApprove,
        changed(Stage::Internal, true, false)
    ));
    assert!(!allowed(
        post_client,
        PostApprove,
        changed(Stage::Client, true, true)
    ));
    assert!(!allowed(
        ro_client,
        PostApprove,
        changed(Stage::Client, true, true)
    ));
    let unchanged = |s, assigned, approve| Target {
        post_text_by_self: Some(false),
        ..changed(s, assigned, approve)
    };
    assert!(allowed(
        owner,
        PostApprove,
        unchanged(Stage::Internal, true, false)
    ));
    assert!(allowed(
        post_client,
        PostApprove,
        unchanged(Stage::Client, true, true)
    ));

    assert!(!allowed(owner, WorkspaceLeave, none.clone()));
    for a in [admin, editor, ro_client] {
        assert!(allowed(a, WorkspaceLeave, none.clone()));
    }
    assert!(allowed(owner, AuditView, none.clone()));
    assert!(allowed(admin, AuditView, none.clone()));
    assert!(!allowed(editor, AuditView, none.clone()));
    assert!(!allowed(ro_client, AuditView, none.clone()));
}

/// Invariants: one owner; nobody changes their own role or flags; only active members act.
#[test]
fn invariants() {
    let owner = actor(Role::Owner, false, false);
    let the_owner = Target {
        role: Some(Role::Owner),
        member: Some(OWNER.into()),
        ..Target::default()
    };
    for act in [Action::MemberRemove, Action::MemberRole] {
        let d = decide(Some(&owner), act, &the_owner);
        assert_eq!(d.verdict, Verdict::Conflict, "{act}");
        assert!(d.hint.unwrap().contains("workspace transfer"));
    }
    assert_eq!(
        decide(Some(&owner), Action::WorkspaceLeave, &Target::default()).verdict,
        Verdict::Conflict
    );
    let me = Target {
        role: Some(Role::Admin),
        member: Some("me@x.test".into()),
        member_is_self: true,
        ..Target::default()
    };
    let admin = actor(Role::Admin, false, false);
    for act in [
        Action::MemberRole,
        Action::MemberUpdate,
        Action::MemberRequire2fa,
        Action::MemberReset2fa,
    ] {
        let d = decide(Some(&admin), act, &me);
        assert_eq!(d.verdict, Verdict::Denied, "{act}");
    }
    for status in [
        MemberStatus::Pending,
        MemberStatus::Revoked,
        MemberStatus::Removed,
        MemberStatus::Declined,
        MemberStatus::Expired,
    ] {
        let a = Actor { status, ..owner };
        for act in Action::ALL {
            assert!(
                !decide(Some(&a), *act, &Target::default()).allowed,
                "{status} {act}"
            );
        }
    }
    for act in Action::ALL {
        let d = decide(None, *act, &Target::default());
        assert_eq!(d.reason, "you are not a member of this workspace");
    }
    let d = decide(
        Some(&actor(Role::Client, false, false)),
        Action::PostCreate,
        &on(true),
    );
    assert_eq!(
        d.line(),
        "denied: clients without \"create/edit/delete posts\" are read-only on acme-fb"
    );
}

/// An assignment and its settings are part of the member they belong to (SPEC §2): whoever
/// may assign an account to a member, or change its settings, may update that member. One
/// answer for `account assign`, `member update --assign`, the batch and `config apply`.
#[test]
fn assigning_is_a_change_to_the_member() {
    for role in Role::ALL {
        for a in roster::permissions::actors(*role) {
            for member in [Role::Admin, Role::Editor, Role::Client] {
                for assigned in [false, true] {
                    let t = Target {
                        role: Some(member),
                        member: Some(format!("{member}@x.test")),
                        ..on(assigned)
                    };
                    if allowed(a, Action::AccountAssign, t.clone()) {
                        assert!(
                            allowed(a, Action::MemberUpdate, t),
                            "{:?} may assign to a {member} they may not update",
                            a
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn can_prints_the_rule_and_exits_0_or_3() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    env.add_member("acme", "admin@acme.test", Role::Admin, MemberStatus::Active);
    let r = env
        .as_(OWNER, &["-w", "acme", "can", "workspace.rename"])
        .ok();
    assert_eq!(
        r.stdout,
        "allowed: only the owner may rename, configure, transfer or delete a workspace; you are the owner\n"
    );
    let r = env
        .as_("admin@acme.test", &["can", "workspace.rename"])
        .code(3);
    assert_eq!(
        r.stdout,
        "denied: only the owner may rename the workspace; you are an admin\n"
    );
    env.as_(
        "admin@acme.test",
        &["can", "member.invite", "--role", "editor"],
    )
    .ok()
    .stdout_has("admins may invite editors");
    env.as_(
        "admin@acme.test",
        &["can", "member.invite", "--role", "client"],
    )
    .code(3)
    .stdout_has("not clients");
    // Demoting the owner breaks the one-owner invariant; `can` still answers "no" with 3.
    let r = env
        .as_(OWNER, &["can", "member.role", "--member", OWNER, "--json"])
        .code(3);
    let j = r.json();
    assert_eq!(j["allowed"], false);
    assert_eq!(j["verdict"], "conflict");
    assert_eq!(j["action"], "member.role");
    assert!(
        r.stderr.contains("hint: transfer ownership first"),
        "{}",
        r.stderr
    );
    let j = env
        .as_(
            "admin@acme.test",
            &["can", "member.role", "--member", OWNER, "--json"],
        )
        .code(3)
        .json();
    assert_eq!(j["verdict"], "denied");
    assert_eq!(
        j["reason"],
        "only the owner changes roles; you are an admin"
    );
    env.as_(
        OWNER,
        &["can", "member.remove", "--member", "nobody@acme.test"],
    )
    .code(4)
    .stderr_has("nobody@acme.test is not a member of acme");
    env.as_(OWNER, &["can", "post.view", "--account", "nope"])
        .code(4)
        .stderr_has("account 'nope' not found in acme");
    env.as_(OWNER, &["can", "post.edit", "--post", "42"])
        .code(4)
        .stderr_has("post 42 not found in acme");
}

#[test]
fn can_refuses_an_unknown_action() {
    let env = TestEnv::new();
    env.workspace("Acme", "acme");
    let before = env.dump();
    env.as_(OWNER, &["can", "workspace.explode"])
        .code(2)
        .stderr_has("invalid value 'workspace.explode'")
        .stderr_has("workspace.rename");
    assert_eq!(env.dump(), before);
}

#[test]
fn matrix_matches_spec_rows() {
    let env = TestEnv::new();
    let j = env.run(&["permissions", "matrix", "--json"]).ok().json();
    let rows = j.as_array().unwrap();
    assert_eq!(rows.len(), Action::ALL.len());
    let row = |a: &str| rows.iter().find(|r| r["action"] == a).unwrap().clone();
    assert_eq!(
        row("workspace.delete"),
        serde_json::json!({"action": "workspace.delete", "owner": "✔", "admin": "–", "editor": "–", "client": "–"})
    );
    assert_eq!(row("account.add")["client"], "if can_add_accounts");
    assert_eq!(row("member.invite")["admin"], "editors");
    assert_eq!(row("post.create")["client"], "assigned + can_manage_posts");
    assert_eq!(row("workspace.leave")["owner"], "–");
    let one = env
        .run(&["permissions", "matrix", "--role", "editor", "--json"])
        .ok()
        .json();
    assert_eq!(
        one[0],
        serde_json::json!({"action": "workspace.view", "editor": "✔"})
    );
    let table = env.run(&["permissions", "matrix", "--role", "client"]).ok();
    assert!(table.stdout.contains("CLIENT") && !table.stdout.contains("OWNER"));
}
