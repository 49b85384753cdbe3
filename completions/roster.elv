
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
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
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
            cand me 'Your workspaces, roles and permissions'
            cand can 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
            cand permissions 'The permission table, as decide() answers it'
            cand audit 'The audit trail of a workspace'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;workspace'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a workspace; you become its owner'
            cand list 'The workspaces you belong to, with your role'
            cand show 'Details of the current workspace'
            cand rename 'Rename the current workspace (owner)'
            cand settings 'Show or change workspace settings (owner)'
            cand delete 'Delete the current workspace and everything in it (owner)'
            cand use 'Make a workspace the default (workspace.default in the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;workspace;create'= {
            cand --slug 'The slug [default: derived from the name, e.g. acme-agency]'
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --require-2fa 'Require two-factor authentication of every member'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;list'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;show'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;rename'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;settings'= {
            cand --require-2fa 'Require two-factor authentication of every member'
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;delete'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;use'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;workspace;help'= {
            cand create 'Create a workspace; you become its owner'
            cand list 'The workspaces you belong to, with your role'
            cand show 'Details of the current workspace'
            cand rename 'Rename the current workspace (owner)'
            cand settings 'Show or change workspace settings (owner)'
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
        &'roster;workspace;help;delete'= {
        }
        &'roster;workspace;help;use'= {
        }
        &'roster;workspace;help;help'= {
        }
        &'roster;me'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;can'= {
            cand --role 'The role being invited or managed'
            cand --account 'The social account acted on'
            cand --member 'The member acted on'
            cand --post 'The post acted on'
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;permissions'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand matrix 'Every action against every role: ✔ always, – never, else the condition'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;permissions;matrix'= {
            cand --role 'Only this role''s column'
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the audit rows of the current workspace, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;audit;list'= {
            cand --since 'Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d'
            cand --actor 'Only rows by this actor'
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
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
        &'roster;completions'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;man'= {
            cand --db 'The database file [default: the data dir''s roster.db]'
            cand --config 'The config file [default: the config dir''s config.toml]'
            cand --as 'Act as this user (else identity.email in the config file)'
            cand -w 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --workspace 'The workspace to act in (else workspace.default, else your only workspace)'
            cand --otp 'A current TOTP code, where 2FA is required'
            cand --format 'Output format'
            cand --json 'Print JSON (same as --format json)'
            cand --no-input 'Never prompt: fail with the flags to pass instead'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status lines or hints on stderr'
            cand --quiet 'Print no status lines or hints on stderr'
            cand --no-color 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;help'= {
            cand workspace 'Create, list, show, rename, configure, delete workspaces'
            cand me 'Your workspaces, roles and permissions'
            cand can 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
            cand permissions 'The permission table, as decide() answers it'
            cand audit 'The audit trail of a workspace'
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
        &'roster;help;workspace;delete'= {
        }
        &'roster;help;workspace;use'= {
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
        &'roster;help;completions'= {
        }
        &'roster;help;man'= {
        }
        &'roster;help;help'= {
        }
    ]
    $completions[$command]
}
