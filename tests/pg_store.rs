//! roster's operations on PostgreSQL (issue 15, work in progress): the same ops and table
//! modules that run on SQLite, through `store::sql`'s PostgreSQL variant, on a real server.
//! Needs a server: `scripts/pg-throwaway --run cargo test --test pg_store -- --ignored`.

use roster::domain::{Email, Provider, Role, Slug, Timestamp, parse_ts};
use roster::ops;
use roster::store::memberships::Settings;
use roster::store::pg::PgConn;

fn server() -> String {
    std::env::var("ROSTER_TEST_PG_URL")
        .expect("ROSTER_TEST_PG_URL: run under scripts/pg-throwaway --run")
}

/// A fresh database with roster's PostgreSQL schema.
fn fresh() -> PgConn {
    let url = server();
    let name = format!("roster_{}_{}", std::process::id(), rand_suffix());
    let admin = PgConn::connect(&url).expect("connect");
    admin
        .client_for_tests()
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let db_url = match url.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => panic!("no database in {url}"),
    };
    let conn = PgConn::connect(&db_url).expect("connect to the fresh database");
    conn.client_for_tests()
        .batch_execute(include_str!(
            "../src/store/migrations/postgres/0001_init.sql"
        ))
        .expect("the schema loads");
    conn
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
        .into()
}

fn now() -> Timestamp {
    parse_ts("2026-11-28T09:00:00Z").unwrap()
}

#[test]
#[ignore = "needs a PostgreSQL server: scripts/pg-throwaway --run cargo test --test pg_store -- --ignored"]
fn a_workspace_an_account_and_an_invitation_on_postgres() {
    let db = fresh();
    let owner: Email = "owner@acme.test".parse().unwrap();
    let slug: Slug = "acme".parse().unwrap();
    db.write(|tx| {
        ops::workspaces::create(
            tx,
            &owner,
            &ops::workspaces::CreateRequest {
                name: "Acme".into(),
                slug: slug.clone(),
                require_2fa: false,
            },
            now(),
        )?;
        let scope = ops::load_scope(tx, &owner, &slug)?;
        ops::accounts::add(
            tx,
            &scope,
            &ops::accounts::AddRequest {
                provider: Provider::Facebook,
                name: "Acme Page".into(),
                slug: "acme-fb".parse().unwrap(),
                handle: None,
            },
            now(),
        )?;
        let scope = scope.reload(tx)?;
        let invited = ops::members::invite(
            tx,
            &scope,
            &ops::members::InviteRequest {
                email: "client@brand.test".parse().unwrap(),
                role: Role::Client,
                settings: Settings {
                    role: Role::Client,
                    can_add_accounts: false,
                    can_manage_posts: true,
                    require_2fa: true,
                },
                assign: vec!["acme-fb:approve:owner".parse().unwrap()],
                send_email: false,
            },
            now(),
            time::Duration::days(7),
            None,
        )?;
        assert!(invited.token.is_some());
        assert_eq!(invited.accounts.len(), 1);
        Ok(())
    })
    .unwrap();
    // Read back through the same modules.
    db.write(|tx| {
        let scope = ops::load_scope(tx, &owner, &slug)?;
        let m = ops::members::find(tx, &scope, &"client@brand.test".parse().unwrap(), now())?;
        assert_eq!(m.membership.role, Role::Client);
        assert!(m.membership.require_2fa);
        assert!(m.membership.can_manage_posts);
        Ok(())
    })
    .unwrap();
    // A broken constraint is the same error as on SQLite: a second owner.
    let e = db
        .write(|tx| {
            tx.savepoint(|_| Ok(()))?;
            Err::<(), _>(roster::error::Error::internal("rolled back on purpose"))
        })
        .unwrap_err();
    assert_eq!(e.message, "rolled back on purpose");
}
