
use builtin;
use str;

set edit:completion:arg-completer[roster] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'roster'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'roster'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand workspace 'Create, list, show, rename, configure, delete workspaces'
            cand member 'Invite, list, update and remove members and clients'
            cand account 'Social accounts and who is assigned to them'
            cand post 'Posts and approvals: create, edit, submit, approve, decline, publish'
            cand invite 'Invitations: yours to accept or decline; revoke or resend those you sent'
            cand notifications 'Your in-app notifications'
            cand outbox 'Queued and sent email of the workspace'
            cand 2fa 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset'
            cand me 'Your workspaces, roles and permissions'
            cand can 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
            cand permissions 'The permission table, as decide() answers it'
            cand audit 'The audit trail of a workspace'
            cand config 'Declarative config for CI: validate, plan, apply and export roster.toml files'
            cand doctor 'Check the database: integrity, schema, mail, 2FA enrolment, expired invitations, file modes'
            cand backup 'Copy the whole database to a new file (consistent while others write)'
            cand restore 'Replace the database with a file written by `roster backup` (needs --yes)'
            cand db 'Set up a server''s schema (migrate); copy a whole database between a file and a server'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;workspace'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a workspace; you become its owner'
            cand list 'The workspaces you belong to, with your role'
            cand show 'Details of the current workspace'
            cand rename 'Rename the current workspace (owner)'
            cand settings 'Show or change workspace settings (owner)'
            cand transfer 'Hand the workspace to an active admin (owner)'
            cand delete 'Delete the current workspace and everything in it (owner)'
            cand use 'Make a workspace the default (workspace.default in the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;workspace;create'= {
            cand --slug 'The slug [default: derived from the name, e.g. acme-agency]'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --require-2fa 'Require two-factor authentication of every member'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;list'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;show'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;rename'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;settings'= {
            cand --require-2fa 'Require two-factor authentication of every member'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;transfer'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;delete'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;use'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;help'= {
            cand create 'Create a workspace; you become its owner'
            cand list 'The workspaces you belong to, with your role'
            cand show 'Details of the current workspace'
            cand rename 'Rename the current workspace (owner)'
            cand settings 'Show or change workspace settings (owner)'
            cand transfer 'Hand the workspace to an active admin (owner)'
            cand delete 'Delete the current workspace and everything in it (owner)'
            cand use 'Make a workspace the default (workspace.default in the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;workspace;help;create'= {
        }
        &'roster;workspace;help;list'= {
        }
        &'roster;workspace;help;show'= {
        }
        &'roster;workspace;help;rename'= {
        }
        &'roster;workspace;help;settings'= {
        }
        &'roster;workspace;help;transfer'= {
        }
        &'roster;workspace;help;delete'= {
        }
        &'roster;workspace;help;use'= {
        }
        &'roster;workspace;help;help'= {
        }
        &'roster;member'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand invite 'Invite an admin, editor or client (or change a pending invitation)'
            cand list 'The members of the workspace'
            cand show 'One member: role, access, 2FA, accounts'
            cand update 'Change a member''s access, 2FA requirement, accounts or role'
            cand remove 'Remove a member; their posts go to the owner'
            cand leave 'Leave the workspace'
            cand export 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
            cand login 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;member;invite'= {
            cand --role 'admin, editor or client'
            cand --can-add-accounts 'May add social accounts (admins, clients)'
            cand --can-manage-posts 'May create, edit and delete posts (clients; neither flag = read-only)'
            cand --require-2fa 'Must use two-factor authentication in this workspace'
            cand --assign 'Assign an account: ACCOUNT[:approve][:full|:review][:owner|:member] (repeatable)'
            cand --from 'Invite everyone in a CSV file (`-` for stdin): email,role,can_add_accounts, can_manage_posts,require_2fa,assign — all or nothing'
            cand --ttl 'How long the invitation stays valid (e.g. 36h, 14d; at most 365d) [default: the config''s invitations.ttl, else 7d]; with --from, for every row'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --dry-run 'Check and report, write nothing'
            cand --no-email 'Do not send the invitation email (the token is printed once, here)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;list'= {
            cand --role 'Only members with this role'
            cand --status 'Only members in this state [default: active, pending and expired]'
            cand --2fa 'Only members whose 2FA is: missing (required, not enrolled), required, or enrolled'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;show'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;update'= {
            cand --role 'A new role (owner only; not while they have posts pending approval)'
            cand --can-add-accounts 'May add social accounts (admins, clients)'
            cand --can-manage-posts 'May create, edit and delete posts (clients; neither flag = read-only)'
            cand --require-2fa 'Must use two-factor authentication in this workspace'
            cand --assign 'Assign an account or change its settings: ACCOUNT[:approve][:full|:review][:owner|:member]'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;remove'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;leave'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;export'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;login'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --unbind 'Undo the binding: the login acts as nobody here any more and loses its role'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;member;help'= {
            cand invite 'Invite an admin, editor or client (or change a pending invitation)'
            cand list 'The members of the workspace'
            cand show 'One member: role, access, 2FA, accounts'
            cand update 'Change a member''s access, 2FA requirement, accounts or role'
            cand remove 'Remove a member; their posts go to the owner'
            cand leave 'Leave the workspace'
            cand export 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
            cand login 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;member;help;invite'= {
        }
        &'roster;member;help;list'= {
        }
        &'roster;member;help;show'= {
        }
        &'roster;member;help;update'= {
        }
        &'roster;member;help;remove'= {
        }
        &'roster;member;help;leave'= {
        }
        &'roster;member;help;export'= {
        }
        &'roster;member;help;login'= {
        }
        &'roster;member;help;help'= {
        }
        &'roster;account'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Connect a social account to the workspace'
            cand list 'The accounts you can see (owners: all; others: those assigned to them)'
            cand show 'One account and who is assigned to it'
            cand remove 'Remove an account with its assignments and posts (owner)'
            cand assign 'Assign an account to a member, or change their settings on it'
            cand unassign 'Take an account away from a member; their posts on it go to the owner'
            cand reauth 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;account;add'= {
            cand --provider 'The network'
            cand --name 'The display name, e.g. "Acme Page"'
            cand --slug 'The slug [default: derived from the name]'
            cand --handle 'The handle on the network, e.g. @acme'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;list'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --mine 'Only accounts assigned to you'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;show'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;remove'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;assign'= {
            cand --member 'The member to assign it to'
            cand --approve 'The client should approve posts on this account (clients only)'
            cand --posting 'The editor posts in full, or for review by an admin or the owner (editors only)'
            cand --credentials 'Whose API credentials posts use (members who can post)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;unassign'= {
            cand --member 'The member to take it from'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;reauth'= {
            cand --member 'Whose assignment (owner credentials: the owner reauthenticates on their behalf)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;account;help'= {
            cand add 'Connect a social account to the workspace'
            cand list 'The accounts you can see (owners: all; others: those assigned to them)'
            cand show 'One account and who is assigned to it'
            cand remove 'Remove an account with its assignments and posts (owner)'
            cand assign 'Assign an account to a member, or change their settings on it'
            cand unassign 'Take an account away from a member; their posts on it go to the owner'
            cand reauth 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;account;help;add'= {
        }
        &'roster;account;help;list'= {
        }
        &'roster;account;help;show'= {
        }
        &'roster;account;help;remove'= {
        }
        &'roster;account;help;assign'= {
        }
        &'roster;account;help;unassign'= {
        }
        &'roster;account;help;reauth'= {
        }
        &'roster;account;help;help'= {
        }
        &'roster;post'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Write a post on an account (submitted for approval unless --draft)'
            cand list 'The posts you can see (owner: all; others: those on their accounts)'
            cand show 'One post with its history: who did what, when, and their notes'
            cand edit 'Change a post''s text (an approved or scheduled post goes back to approval)'
            cand delete 'Delete a post and its history'
            cand submit 'Submit a draft or a declined post for approval'
            cand approve 'Approve the stage a post waits in'
            cand decline 'Decline the stage a post waits in, with a note for its author'
            cand publish 'Publish a scheduled post (with its author''s credentials on the account)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;post;create'= {
            cand --account 'The account to post on'
            cand --text 'The post''s text'
            cand --at 'When to publish it (RFC 3339, e.g. 2026-12-01T09:00:00Z)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --draft 'Keep it a draft (submit it later with `post submit`)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;list'= {
            cand --account 'Only posts on this account'
            cand --state 'Only posts in this state'
            cand --author 'Only posts by this member'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --waiting-on-me 'Only posts that wait for your approval'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;show'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;edit'= {
            cand --text 'The new text'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;delete'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;submit'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;approve'= {
            cand --note 'A note for the author and the history'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;decline'= {
            cand --note 'What the author should change (required)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;publish'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;post;help'= {
            cand create 'Write a post on an account (submitted for approval unless --draft)'
            cand list 'The posts you can see (owner: all; others: those on their accounts)'
            cand show 'One post with its history: who did what, when, and their notes'
            cand edit 'Change a post''s text (an approved or scheduled post goes back to approval)'
            cand delete 'Delete a post and its history'
            cand submit 'Submit a draft or a declined post for approval'
            cand approve 'Approve the stage a post waits in'
            cand decline 'Decline the stage a post waits in, with a note for its author'
            cand publish 'Publish a scheduled post (with its author''s credentials on the account)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;post;help;create'= {
        }
        &'roster;post;help;list'= {
        }
        &'roster;post;help;show'= {
        }
        &'roster;post;help;edit'= {
        }
        &'roster;post;help;delete'= {
        }
        &'roster;post;help;submit'= {
        }
        &'roster;post;help;approve'= {
        }
        &'roster;post;help;decline'= {
        }
        &'roster;post;help;publish'= {
        }
        &'roster;post;help;help'= {
        }
        &'roster;invite'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Invitations addressed to you'
            cand accept 'Accept an invitation with its token'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke a pending invitation'
            cand resend 'Send a pending (or expired) invitation again, with a new token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;invite;list'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;invite;accept'= {
            cand --token 'The token from the invitation email'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;invite;decline'= {
            cand --token 'The token from the invitation email (declining is an answer only the invitee gives)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;invite;revoke'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --no-email 'Do not send the email (resend only; the new token is printed once, here)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;invite;resend'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --no-email 'Do not send the email (resend only; the new token is printed once, here)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;invite;help'= {
            cand list 'Invitations addressed to you'
            cand accept 'Accept an invitation with its token'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke a pending invitation'
            cand resend 'Send a pending (or expired) invitation again, with a new token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;invite;help;list'= {
        }
        &'roster;invite;help;accept'= {
        }
        &'roster;invite;help;decline'= {
        }
        &'roster;invite;help;revoke'= {
        }
        &'roster;invite;help;resend'= {
        }
        &'roster;invite;help;help'= {
        }
        &'roster;notifications'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your notifications, newest first'
            cand read 'Mark one notification, or all, read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;notifications;list'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --unread 'Only unread ones'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;notifications;read'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --all 'Mark every notification read'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;notifications;help'= {
            cand list 'Your notifications, newest first'
            cand read 'Mark one notification, or all, read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;notifications;help;list'= {
        }
        &'roster;notifications;help;read'= {
        }
        &'roster;notifications;help;help'= {
        }
        &'roster;outbox'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The workspace''s messages, oldest first'
            cand send 'Deliver the queued messages now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;outbox;list'= {
            cand --state 'Only messages in this state'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;outbox;send'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --retry-failed 'Put the messages marked failed back in the queue first, with a fresh count of attempts'
            cand --ignore-backoff 'Also try the messages still waiting for their next attempt after a failure'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;outbox;help'= {
            cand list 'The workspace''s messages, oldest first'
            cand send 'Deliver the queued messages now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;outbox;help;list'= {
        }
        &'roster;outbox;help;send'= {
        }
        &'roster;outbox;help;help'= {
        }
        &'roster;2fa'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enroll 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
            cand verify 'Confirm a pending enrolment, or start a 12-hour session, with a code'
            cand status 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
            cand disable 'Turn your 2FA off (refused while a workspace or membership requires it)'
            cand recovery-codes 'How many recovery codes are left, or a new set with --regenerate'
            cand reset 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;2fa;enroll'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;verify'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;status'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;disable'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;recovery-codes'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --regenerate 'Replace your recovery codes with 10 new ones (needs a fresh code: --otp)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;reset'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;2fa;help'= {
            cand enroll 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
            cand verify 'Confirm a pending enrolment, or start a 12-hour session, with a code'
            cand status 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
            cand disable 'Turn your 2FA off (refused while a workspace or membership requires it)'
            cand recovery-codes 'How many recovery codes are left, or a new set with --regenerate'
            cand reset 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;2fa;help;enroll'= {
        }
        &'roster;2fa;help;verify'= {
        }
        &'roster;2fa;help;status'= {
        }
        &'roster;2fa;help;disable'= {
        }
        &'roster;2fa;help;recovery-codes'= {
        }
        &'roster;2fa;help;reset'= {
        }
        &'roster;2fa;help;help'= {
        }
        &'roster;me'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;can'= {
            cand --who 'Every member (the owner included) whom decide() allows ACTION, with the rule that allows it; narrow with --account and --role'
            cand --role 'The role being invited or managed'
            cand --account 'The social account acted on'
            cand --member 'The member acted on (with --list: whose permissions)'
            cand --post 'The post acted on'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --list 'Every action with allowed/denied and why: yours, or with --member another member''s (owners and admins)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;permissions'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand matrix 'Every action against every role: ✔ always, – never, else the condition'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;permissions;matrix'= {
            cand --role 'Only this role''s column'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;permissions;help'= {
            cand matrix 'Every action against every role: ✔ always, – never, else the condition'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;permissions;help;matrix'= {
        }
        &'roster;permissions;help;help'= {
        }
        &'roster;audit'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the audit rows of the current workspace, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;audit;list'= {
            cand --since 'Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d'
            cand --actor 'Only rows by this actor'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;audit;help'= {
            cand list 'List the audit rows of the current workspace, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;audit;help;list'= {
        }
        &'roster;audit;help;help'= {
        }
        &'roster;config'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand validate 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
            cand plan 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)'
            cand apply 'Make the database match roster.toml (or a saved plan) in one transaction'
            cand export 'Print a workspace as roster.toml (or update a file in place with --out)'
            cand schema 'Print the JSON Schema of roster.toml'
            cand check 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;validate'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;plan'= {
            cand --out 'Save the plan (JSON, 0600) for `roster config apply PLAN`'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --exit-code 'Exit 11 when there are changes, 0 when there are none'
            cand --no-permission-diff 'Leave out the effective-permission diff (who gains and loses what)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;apply'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --no-email 'Queue the invitations without sending them (`roster outbox send` later)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;export'= {
            cand --out 'Write to FILE (updating it in place when it exists) instead of stdout'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --expectations 'Print the [[expect_who]] blocks that hold now (who may do each action, per account), to append to roster.toml and so pin today''s permissions (owners and admins)'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;schema'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;check'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;help'= {
            cand validate 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
            cand plan 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)'
            cand apply 'Make the database match roster.toml (or a saved plan) in one transaction'
            cand export 'Print a workspace as roster.toml (or update a file in place with --out)'
            cand schema 'Print the JSON Schema of roster.toml'
            cand check 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;help;validate'= {
        }
        &'roster;config;help;plan'= {
        }
        &'roster;config;help;apply'= {
        }
        &'roster;config;help;export'= {
        }
        &'roster;config;help;schema'= {
        }
        &'roster;config;help;check'= {
        }
        &'roster;config;help;help'= {
        }
        &'roster;doctor'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;backup'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;restore'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;db'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)'
            cand copy 'Copy a whole roster database between a SQLite file and a PostgreSQL server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;db;migrate'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;db;copy'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;db;help'= {
            cand migrate 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)'
            cand copy 'Copy a whole roster database between a SQLite file and a PostgreSQL server'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;db;help;migrate'= {
        }
        &'roster;db;help;copy'= {
        }
        &'roster;db;help;help'= {
        }
        &'roster;completions'= {
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;man'= {
            cand --out 'Write every page into this folder instead (roster.1, roster-member-invite.1, ...)'
            cand --db 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format: table (or human), json, csv; github for `config validate`'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;help'= {
            cand workspace 'Create, list, show, rename, configure, delete workspaces'
            cand member 'Invite, list, update and remove members and clients'
            cand account 'Social accounts and who is assigned to them'
            cand post 'Posts and approvals: create, edit, submit, approve, decline, publish'
            cand invite 'Invitations: yours to accept or decline; revoke or resend those you sent'
            cand notifications 'Your in-app notifications'
            cand outbox 'Queued and sent email of the workspace'
            cand 2fa 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset'
            cand me 'Your workspaces, roles and permissions'
            cand can 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
            cand permissions 'The permission table, as decide() answers it'
            cand audit 'The audit trail of a workspace'
            cand config 'Declarative config for CI: validate, plan, apply and export roster.toml files'
            cand doctor 'Check the database: integrity, schema, mail, 2FA enrolment, expired invitations, file modes'
            cand backup 'Copy the whole database to a new file (consistent while others write)'
            cand restore 'Replace the database with a file written by `roster backup` (needs --yes)'
            cand db 'Set up a server''s schema (migrate); copy a whole database between a file and a server'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;help;workspace'= {
            cand create 'Create a workspace; you become its owner'
            cand list 'The workspaces you belong to, with your role'
            cand show 'Details of the current workspace'
            cand rename 'Rename the current workspace (owner)'
            cand settings 'Show or change workspace settings (owner)'
            cand transfer 'Hand the workspace to an active admin (owner)'
            cand delete 'Delete the current workspace and everything in it (owner)'
            cand use 'Make a workspace the default (workspace.default in the config file)'
        }
        &'roster;help;workspace;create'= {
        }
        &'roster;help;workspace;list'= {
        }
        &'roster;help;workspace;show'= {
        }
        &'roster;help;workspace;rename'= {
        }
        &'roster;help;workspace;settings'= {
        }
        &'roster;help;workspace;transfer'= {
        }
        &'roster;help;workspace;delete'= {
        }
        &'roster;help;workspace;use'= {
        }
        &'roster;help;member'= {
            cand invite 'Invite an admin, editor or client (or change a pending invitation)'
            cand list 'The members of the workspace'
            cand show 'One member: role, access, 2FA, accounts'
            cand update 'Change a member''s access, 2FA requirement, accounts or role'
            cand remove 'Remove a member; their posts go to the owner'
            cand leave 'Leave the workspace'
            cand export 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
            cand login 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only'
        }
        &'roster;help;member;invite'= {
        }
        &'roster;help;member;list'= {
        }
        &'roster;help;member;show'= {
        }
        &'roster;help;member;update'= {
        }
        &'roster;help;member;remove'= {
        }
        &'roster;help;member;leave'= {
        }
        &'roster;help;member;export'= {
        }
        &'roster;help;member;login'= {
        }
        &'roster;help;account'= {
            cand add 'Connect a social account to the workspace'
            cand list 'The accounts you can see (owners: all; others: those assigned to them)'
            cand show 'One account and who is assigned to it'
            cand remove 'Remove an account with its assignments and posts (owner)'
            cand assign 'Assign an account to a member, or change their settings on it'
            cand unassign 'Take an account away from a member; their posts on it go to the owner'
            cand reauth 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
        }
        &'roster;help;account;add'= {
        }
        &'roster;help;account;list'= {
        }
        &'roster;help;account;show'= {
        }
        &'roster;help;account;remove'= {
        }
        &'roster;help;account;assign'= {
        }
        &'roster;help;account;unassign'= {
        }
        &'roster;help;account;reauth'= {
        }
        &'roster;help;post'= {
            cand create 'Write a post on an account (submitted for approval unless --draft)'
            cand list 'The posts you can see (owner: all; others: those on their accounts)'
            cand show 'One post with its history: who did what, when, and their notes'
            cand edit 'Change a post''s text (an approved or scheduled post goes back to approval)'
            cand delete 'Delete a post and its history'
            cand submit 'Submit a draft or a declined post for approval'
            cand approve 'Approve the stage a post waits in'
            cand decline 'Decline the stage a post waits in, with a note for its author'
            cand publish 'Publish a scheduled post (with its author''s credentials on the account)'
        }
        &'roster;help;post;create'= {
        }
        &'roster;help;post;list'= {
        }
        &'roster;help;post;show'= {
        }
        &'roster;help;post;edit'= {
        }
        &'roster;help;post;delete'= {
        }
        &'roster;help;post;submit'= {
        }
        &'roster;help;post;approve'= {
        }
        &'roster;help;post;decline'= {
        }
        &'roster;help;post;publish'= {
        }
        &'roster;help;invite'= {
            cand list 'Invitations addressed to you'
            cand accept 'Accept an invitation with its token'
            cand decline 'Decline an invitation'
            cand revoke 'Revoke a pending invitation'
            cand resend 'Send a pending (or expired) invitation again, with a new token'
        }
        &'roster;help;invite;list'= {
        }
        &'roster;help;invite;accept'= {
        }
        &'roster;help;invite;decline'= {
        }
        &'roster;help;invite;revoke'= {
        }
        &'roster;help;invite;resend'= {
        }
        &'roster;help;notifications'= {
            cand list 'Your notifications, newest first'
            cand read 'Mark one notification, or all, read'
        }
        &'roster;help;notifications;list'= {
        }
        &'roster;help;notifications;read'= {
        }
        &'roster;help;outbox'= {
            cand list 'The workspace''s messages, oldest first'
            cand send 'Deliver the queued messages now'
        }
        &'roster;help;outbox;list'= {
        }
        &'roster;help;outbox;send'= {
        }
        &'roster;help;2fa'= {
            cand enroll 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
            cand verify 'Confirm a pending enrolment, or start a 12-hour session, with a code'
            cand status 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
            cand disable 'Turn your 2FA off (refused while a workspace or membership requires it)'
            cand recovery-codes 'How many recovery codes are left, or a new set with --regenerate'
            cand reset 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
        }
        &'roster;help;2fa;enroll'= {
        }
        &'roster;help;2fa;verify'= {
        }
        &'roster;help;2fa;status'= {
        }
        &'roster;help;2fa;disable'= {
        }
        &'roster;help;2fa;recovery-codes'= {
        }
        &'roster;help;2fa;reset'= {
        }
        &'roster;help;me'= {
        }
        &'roster;help;can'= {
        }
        &'roster;help;permissions'= {
            cand matrix 'Every action against every role: ✔ always, – never, else the condition'
        }
        &'roster;help;permissions;matrix'= {
        }
        &'roster;help;audit'= {
            cand list 'List the audit rows of the current workspace, oldest first'
        }
        &'roster;help;audit;list'= {
        }
        &'roster;help;config'= {
            cand validate 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
            cand plan 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)'
            cand apply 'Make the database match roster.toml (or a saved plan) in one transaction'
            cand export 'Print a workspace as roster.toml (or update a file in place with --out)'
            cand schema 'Print the JSON Schema of roster.toml'
            cand check 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)'
        }
        &'roster;help;config;validate'= {
        }
        &'roster;help;config;plan'= {
        }
        &'roster;help;config;apply'= {
        }
        &'roster;help;config;export'= {
        }
        &'roster;help;config;schema'= {
        }
        &'roster;help;config;check'= {
        }
        &'roster;help;doctor'= {
        }
        &'roster;help;backup'= {
        }
        &'roster;help;restore'= {
        }
        &'roster;help;db'= {
            cand migrate 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)'
            cand copy 'Copy a whole roster database between a SQLite file and a PostgreSQL server'
        }
        &'roster;help;db;migrate'= {
        }
        &'roster;help;db;copy'= {
        }
        &'roster;help;completions'= {
        }
        &'roster;help;man'= {
        }
        &'roster;help;help'= {
        }
    ]
    $completions[$command]
}
