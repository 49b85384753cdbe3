//! The only user of dialoguer: prompts that gather the answers a flag would have given. Every
//! flow fills the command's own `Args`, then the command goes on through the same `run` as
//! with flags, so validation, permissions and writes have one code path. Esc or Ctrl-C at any
//! step cancels: nothing is written, exit 130.

use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{MultiSelect, Select};

use crate::domain::{AssignSpec, Credentials, Email, Posting, Provider, Role, Slug, slugify};
use crate::error::{Error, Result};

static PROMPTING: AtomicBool = AtomicBool::new(false);
static HANDLER: Once = Once::new();

/// console answers Ctrl-C in a prompt by raising SIGINT, which would kill us before we can say
/// "nothing was changed". While a prompt is open the handler lets the prompt fail instead (and
/// we cancel cleanly); outside prompts Ctrl-C still ends the process, as it always does.
fn guard_ctrl_c() {
    HANDLER.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if !PROMPTING.load(Ordering::SeqCst) {
                eprintln!("interrupted; the current transaction was not committed");
                std::process::exit(130);
            }
        });
    });
}

fn theme() -> Box<dyn Theme> {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        Box::new(SimpleTheme)
    } else {
        Box::new(ColorfulTheme::default())
    }
}

/// Run one prompt: Ctrl-C (an interrupted read) and Esc (`None`) both cancel.
fn ask<T>(prompt: impl FnOnce(&dyn Theme) -> dialoguer::Result<Option<T>>) -> Result<T> {
    guard_ctrl_c();
    PROMPTING.store(true, Ordering::SeqCst);
    let theme = theme();
    let answer = prompt(theme.as_ref());
    // After a Ctrl-C, console has raised SIGINT and the handler runs on its own thread, maybe
    // later than this: stay in "prompting" so it cannot take the exit path meant for Ctrl-C
    // outside prompts. We are cancelling anyway.
    let interrupted = matches!(&answer, Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted);
    if !interrupted {
        PROMPTING.store(false, Ordering::SeqCst);
    }
    match answer {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(Error::cancelled()),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            Err(Error::cancelled())
        }
        Err(e) => Err(Error::internal(format!("cannot prompt: {e}"))),
    }
}

/// Ask a yes/no question. The answer is a line, taken on Enter as every other answer is,
/// never on a lone keypress: with dialoguer's one-key `Confirm`, `n⏎` answered one question
/// with `n` and the next with its default, so a default "yes" to "should they approve posts?"
/// granted a right the owner never saw. `y`/`yes`/`n`/`no` in any case; Enter on an empty
/// line takes the default (shown in brackets); anything else is asked again; Esc cancels.
pub fn confirm_default(question: &str, default: bool) -> Result<bool> {
    let prompt = format!("{question} (y/n)");
    let shown = if default { "yes" } else { "no" };
    let valid = |a: &String| {
        yes_no(a)
            .map(|_| ())
            .ok_or_else(|| "answer y (yes) or n (no)".to_string())
    };
    let answer = ask(|t| read_text(t, &prompt, Some(shown), false, &valid))?;
    Ok(yes_no(&answer).unwrap_or(default))
}

fn yes_no(answer: &str) -> Option<bool> {
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    }
}

/// Ask a yes/no question (default no) before a destructive step.
pub fn confirm(question: &str) -> Result<bool> {
    confirm_default(question, false)
}

fn text<V>(prompt: &str, default: Option<String>, validate: V) -> Result<String>
where
    V: Fn(&String) -> std::result::Result<(), String>,
{
    ask(|t| read_text(t, prompt, default.as_deref(), false, &validate))
}

/// A line of text, like dialoguer's `Input::interact_text` (same theme, same look) except
/// that Esc cancels (`None`): dialoguer 0.12's `Input` ignores Esc, and the wizard promises
/// that Esc at any step writes nothing. Enter on an empty line takes `default`, or the empty
/// string when `allow_empty`; an answer `validate` refuses is asked again under its error.
fn read_text(
    theme: &dyn Theme,
    prompt: &str,
    default: Option<&str>,
    allow_empty: bool,
    validate: &dyn Fn(&String) -> std::result::Result<(), String>,
) -> dialoguer::Result<Option<String>> {
    use dialoguer::console::{Key, Term};
    let term = Term::stderr();
    if !term.is_term() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotConnected, "not a terminal").into());
    }
    let render = |f: &dyn Fn(&mut String) -> std::fmt::Result| {
        let mut buf = String::new();
        f(&mut buf)
            .map(|_| buf)
            .map_err(|_| std::io::Error::other("cannot format the prompt"))
    };
    // Lines written above the prompt (validation errors), cleared once answered.
    let mut error_lines = 0;
    loop {
        term.write_str(&render(&|b| theme.format_input_prompt(b, prompt, default))?)?;
        term.flush()?;
        let mut chars: Vec<char> = Vec::new();
        loop {
            match term.read_key()? {
                Key::Escape => {
                    term.clear_line()?;
                    term.clear_last_lines(error_lines)?;
                    return Ok(None);
                }
                Key::Enter => break,
                Key::Backspace if !chars.is_empty() => {
                    chars.pop();
                    term.clear_chars(1)?;
                }
                Key::Char(c) if !c.is_control() => {
                    chars.push(c);
                    term.write_str(c.encode_utf8(&mut [0; 4]))?;
                }
                _ => {}
            }
            term.flush()?;
        }
        let typed: String = chars.into_iter().collect();
        let value = match (typed.trim().is_empty(), default) {
            (true, Some(d)) => d.to_string(),
            _ => typed,
        };
        term.clear_line()?;
        if value.trim().is_empty() && !allow_empty {
            continue;
        }
        match validate(&value) {
            Ok(()) => {
                term.clear_last_lines(error_lines)?;
                term.write_line(&render(&|b| {
                    theme.format_input_prompt_selection(b, prompt, &value)
                })?)?;
                return Ok(Some(value));
            }
            Err(why) => {
                term.write_line(&render(&|b| theme.format_error(b, &why))?)?;
                error_lines += 1;
            }
        }
    }
}

fn select(prompt: &str, items: &[String], default: usize) -> Result<usize> {
    ask(|t| {
        Select::with_theme(t)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_opt()
    })
}

/// A line of explanation between prompts (stderr: it is talk, not data).
fn say(line: &str) {
    eprintln!("{line}");
}

fn role_label(r: Role) -> &'static str {
    match r {
        Role::Owner => "Owner",
        Role::Admin => "Admin: manages editors, approves posts",
        Role::Editor => "Editor: posts on assigned accounts",
        Role::Client => "Client: your customer (read-only, posting or full access)",
    }
}

/// What the invite dialog offers: the roles the actor may invite, and for each role the
/// accounts the actor may assign to it (as `decide()` answered), as (slug, label).
pub struct InviteChoices {
    pub roles: Vec<Role>,
    pub accounts: Vec<(Role, Slug, String)>,
}

/// What the invite dialog asks; `None` (or no assignments) means "not given yet".
#[derive(Debug, Clone, Default)]
pub struct InviteAnswers {
    pub email: Option<Email>,
    pub role: Option<Role>,
    pub can_add_accounts: Option<bool>,
    pub can_manage_posts: Option<bool>,
    pub require_2fa: Option<bool>,
    pub assign: Vec<AssignSpec>,
}

/// The answers of Publer's "Invite Member" dialog: email, role, the client's two access boxes
/// and 2FA, Next, then per account: assign?, approve?, posting, credentials. Only what is still
/// missing is asked. `summary` renders the invitation as it would be made, for the last step.
pub fn member_invite(
    a: &mut InviteAnswers,
    choices: &InviteChoices,
    summary: &mut dyn FnMut(&InviteAnswers) -> Result<String>,
) -> Result<()> {
    let InviteAnswers {
        email,
        role,
        can_add_accounts,
        can_manage_posts,
        require_2fa,
        assign,
    } = a;
    if email.is_none() {
        let e = text("Email of the person to invite", None, |s| {
            s.parse::<Email>().map(|_| ())
        })?;
        *email = Some(e.parse().map_err(Error::invalid)?);
    }
    let who = email.clone().expect("asked above");
    if role.is_none() {
        if choices.roles.is_empty() {
            return Err(Error::denied("you may not invite anyone to this workspace"));
        }
        let labels: Vec<String> = choices
            .roles
            .iter()
            .map(|r| role_label(*r).to_string())
            .collect();
        *role = Some(choices.roles[select("Role", &labels, 0)?]);
    }
    let r = role.expect("asked above");
    // Clients get Publer's two access boxes; admins the one setting they can carry.
    if r.is_client() && (can_add_accounts.is_none() || can_manage_posts.is_none()) {
        let items = [
            "Add social accounts".to_string(),
            "Create, edit and delete posts".to_string(),
        ];
        let defaults = [
            can_add_accounts.unwrap_or(false),
            can_manage_posts.unwrap_or(false),
        ];
        let picked = ask(|t| {
            MultiSelect::with_theme(t)
                .with_prompt("Access (space to tick, enter to go on; neither = read-only mode)")
                .items(&items)
                .defaults(&defaults)
                .interact_opt()
        })?;
        *can_add_accounts = Some(picked.contains(&0));
        *can_manage_posts = Some(picked.contains(&1));
        if picked.is_empty() {
            say(
                "Neither box ticked: read-only mode. The client sees the assigned accounts and, where asked, approves posts.",
            );
        }
    } else if r.may_add_accounts_flag() && can_add_accounts.is_none() {
        *can_add_accounts = Some(confirm_default(
            "May this admin add social accounts?",
            false,
        )?);
    }
    if require_2fa.is_none() {
        *require_2fa = Some(confirm_default(
            "Require two-factor authentication?",
            false,
        )?);
    }
    let posts = r.posts(can_manage_posts.unwrap_or(false));
    let offered: Vec<&(Role, Slug, String)> = choices
        .accounts
        .iter()
        .filter(|(role, _, _)| *role == r)
        .collect();
    if assign.is_empty() && !offered.is_empty() {
        say("Next: social accounts.");
        for (_, slug, label) in offered {
            if !confirm_default(&format!("Assign {label}?"), false)? {
                continue;
            }
            let mut spec = AssignSpec {
                account: slug.clone(),
                approve: false,
                posting: None,
                credentials: None,
            };
            if r.is_client() {
                spec.approve =
                    confirm_default(&format!("Should {who} approve posts on {slug}?"), true)?;
            }
            if r.has_posting_mode() {
                spec.posting = Some(posting_prompt(slug)?);
            }
            if posts {
                spec.credentials = Some(credentials_prompt(slug)?);
            }
            assign.push(spec);
        }
    }
    say(&summary(a)?);
    if !confirm_default("Invite?", true)? {
        return Err(Error::cancelled());
    }
    Ok(())
}

/// A display name: one non-empty line.
fn name_prompt(prompt: &str) -> Result<String> {
    text(prompt, None, |s| {
        if s.trim().is_empty() {
            Err("a name must not be empty".to_string())
        } else {
            Ok(())
        }
    })
}

/// A slug, offered as derived from the name.
fn slug_prompt(name: &str) -> Result<Slug> {
    let s = text("Slug", slugify(name).map(|s| s.to_string()), |s| {
        s.parse::<Slug>().map(|_| ())
    })?;
    s.parse().map_err(Error::invalid)
}

/// An editor's posting mode on one account.
fn posting_prompt(slug: &Slug) -> Result<Posting> {
    let items = [
        "Full posting".to_string(),
        "Posts should be approved by an admin or the owner".to_string(),
    ];
    Ok(if select(&format!("Posting on {slug}"), &items, 0)? == 0 {
        Posting::Full
    } else {
        Posting::Review
    })
}

/// Whose credentials posts on one account use, with what that means for reauthentication.
fn credentials_prompt(slug: &Slug) -> Result<Credentials> {
    let items = [
        "Post using owner credentials (only the owner reauthenticates the account when it needs it)".to_string(),
        "Post using member credentials (the member reauthenticates it themselves)".to_string(),
    ];
    Ok(
        if select(&format!("Credentials on {slug}"), &items, 0)? == 0 {
            Credentials::Owner
        } else {
            Credentials::Member
        },
    )
}

/// `workspace create` without a name: name, slug, 2FA.
pub fn workspace_create(
    name: &mut Option<String>,
    slug: &mut Option<Slug>,
    require_2fa: &mut bool,
) -> Result<()> {
    let n = name_prompt("Workspace name")?;
    if slug.is_none() {
        *slug = Some(slug_prompt(&n)?);
    }
    if !*require_2fa {
        *require_2fa =
            confirm_default("Require two-factor authentication of every member?", false)?;
    }
    *name = Some(n);
    Ok(())
}

/// `account add` with missing values: provider, name, slug, handle.
pub fn account_add(
    provider: &mut Option<Provider>,
    name: &mut Option<String>,
    slug: &mut Option<Slug>,
    handle: &mut Option<String>,
) -> Result<()> {
    if provider.is_none() {
        let items: Vec<String> = Provider::ALL.iter().map(|p| p.to_string()).collect();
        *provider = Some(Provider::ALL[select("Provider", &items, 0)?]);
    }
    if name.is_none() {
        let n = name_prompt("Account name")?;
        if slug.is_none() {
            *slug = Some(slug_prompt(&n)?);
        }
        if handle.is_none() {
            let h = ask(|t| read_text(t, "Handle (optional)", None, true, &|_| Ok(())))?;
            *handle = Some(h).filter(|h| !h.trim().is_empty());
        }
        *name = Some(n);
    }
    Ok(())
}

/// `account assign` with missing values: the account, the member, then the same per-account
/// questions as the invite dialog.
#[allow(clippy::too_many_arguments)]
pub fn account_assign(
    account: &mut Option<Slug>,
    member: &mut Option<Email>,
    accounts: &[(Slug, String)],
    members: &[(Email, Role, bool)],
    approve: &mut Option<bool>,
    posting: &mut Option<Posting>,
    credentials: &mut Option<Credentials>,
) -> Result<()> {
    if account.is_none() {
        if accounts.is_empty() {
            return Err(Error::not_found("there is no account you may assign"));
        }
        let labels: Vec<String> = accounts.iter().map(|(_, l)| l.clone()).collect();
        *account = Some(accounts[select("Account", &labels, 0)?].0.clone());
    }
    if member.is_none() {
        if members.is_empty() {
            return Err(Error::not_found(
                "there is no member you may assign accounts to",
            ));
        }
        let labels: Vec<String> = members
            .iter()
            .map(|(e, r, _)| format!("{e} ({r})"))
            .collect();
        *member = Some(members[select("Member", &labels, 0)?].0.clone());
    }
    let slug = account.clone().expect("asked above");
    let who = member.clone().expect("asked above");
    let Some((_, role, posts)) = members.iter().find(|(e, _, _)| *e == who).cloned() else {
        return Ok(());
    };
    if role.is_client() && approve.is_none() {
        *approve = Some(confirm_default(
            &format!("Should {who} approve posts on {slug}?"),
            true,
        )?);
    }
    if role.has_posting_mode() && posting.is_none() {
        *posting = Some(posting_prompt(&slug)?);
    }
    if posts && credentials.is_none() {
        *credentials = Some(credentials_prompt(&slug)?);
    }
    Ok(())
}

/// Ask for a two-factor code (authenticator app or recovery code) where 2FA is required.
/// Ctrl-C cancels: exit 130, nothing written.
pub fn otp_code(prompt: &str) -> Result<String> {
    dialoguer::Input::<String>::with_theme(&dialoguer::theme::ColorfulTheme::default())
        .with_prompt(prompt)
        .interact_text()
        .map_err(|e| match e {
            dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
                Error::cancelled()
            }
            other => Error::internal(format!("cannot prompt: {other}")),
        })
}

/// `post create` with missing values: the account (those `decide()` lets the actor post on),
/// the text, and whether to submit it now.
pub fn post_create(
    accounts: &[(Slug, String)],
    account: &mut Option<Slug>,
    text_: &mut Option<String>,
    draft: &mut bool,
) -> Result<()> {
    if account.is_none() {
        if accounts.is_empty() {
            return Err(
                Error::denied("there is no account you may post on in this workspace")
                    .with_hint("ask the owner to assign you one: `roster me` shows yours"),
            );
        }
        let items: Vec<String> = accounts.iter().map(|(_, l)| l.clone()).collect();
        *account = Some(accounts[select("Account", &items, 0)?].0.clone());
    }
    if text_.is_none() {
        *text_ = Some(text("Text of the post", None, |t: &String| {
            if t.trim().is_empty() {
                Err("the text cannot be empty".to_string())
            } else {
                Ok(())
            }
        })?);
    }
    if !*draft {
        *draft = !confirm_default("Submit it for approval now?", true)?;
    }
    Ok(())
}
