
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'roster' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'roster'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'roster' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'Create, list, show, rename, configure, delete workspaces')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Invite, list, update and remove members and clients')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Social accounts and who is assigned to them')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Posts and approvals: create, edit, submit, approve, decline, publish')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invitations: yours to accept or decline; revoke or resend those you sent')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Your in-app notifications')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Queued and sent email of the workspace')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your workspaces, roles and permissions')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permission table, as decide() answers it')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail of a workspace')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Declarative config for CI: validate, plan, apply and export roster.toml files')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, schema, mail, 2FA enrolment, expired invitations, file modes')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole database to a new file (consistent while others write)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the database with a file written by `roster backup` (needs --yes)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Set up a server''s schema (migrate); copy a whole database between a file and a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;workspace' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workspace; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspaces you belong to, with your role')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Details of the current workspace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the current workspace (owner)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change workspace settings (owner)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the workspace to an active admin (owner)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the current workspace and everything in it (owner)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the default (workspace.default in the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;workspace;create' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The slug [default: derived from the name, e.g. acme-agency]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Require two-factor authentication of every member')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;settings' {
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Require two-factor authentication of every member')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;transfer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workspace; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspaces you belong to, with your role')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Details of the current workspace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the current workspace (owner)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change workspace settings (owner)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the workspace to an active admin (owner)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the current workspace and everything in it (owner)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the default (workspace.default in the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;workspace;help;create' {
            break
        }
        'roster;workspace;help;list' {
            break
        }
        'roster;workspace;help;show' {
            break
        }
        'roster;workspace;help;rename' {
            break
        }
        'roster;workspace;help;settings' {
            break
        }
        'roster;workspace;help;transfer' {
            break
        }
        'roster;workspace;help;delete' {
            break
        }
        'roster;workspace;help;use' {
            break
        }
        'roster;workspace;help;help' {
            break
        }
        'roster;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite an admin, editor or client (or change a pending invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The members of the workspace')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: role, access, 2FA, accounts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s access, 2FA requirement, accounts or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member; their posts go to the owner')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave the workspace')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The members as the batch CSV (or --json) that `member invite --from` re-imports')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;member;invite' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'admin, editor or client')
            [CompletionResult]::new('--can-add-accounts', '--can-add-accounts', [CompletionResultType]::ParameterName, 'May add social accounts (admins, clients)')
            [CompletionResult]::new('--can-manage-posts', '--can-manage-posts', [CompletionResultType]::ParameterName, 'May create, edit and delete posts (clients; neither flag = read-only)')
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Must use two-factor authentication in this workspace')
            [CompletionResult]::new('--assign', '--assign', [CompletionResultType]::ParameterName, 'Assign an account: ACCOUNT[:approve][:full|:review][:owner|:member] (repeatable)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Invite everyone in a CSV file (`-` for stdin): email,role,can_add_accounts, can_manage_posts,require_2fa,assign — all or nothing')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the invitation stays valid (e.g. 36h, 14d; at most 365d) [default: the config''s invitations.ttl, else 7d]; with --from, for every row')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and report, write nothing')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Do not send the invitation email (the token is printed once, here)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only members with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only members in this state [default: active, pending and expired]')
            [CompletionResult]::new('--2fa', '--2fa', [CompletionResultType]::ParameterName, 'Only members whose 2FA is: missing (required, not enrolled), required, or enrolled')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;update' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A new role (owner only; not while they have posts pending approval)')
            [CompletionResult]::new('--can-add-accounts', '--can-add-accounts', [CompletionResultType]::ParameterName, 'May add social accounts (admins, clients)')
            [CompletionResult]::new('--can-manage-posts', '--can-manage-posts', [CompletionResultType]::ParameterName, 'May create, edit and delete posts (clients; neither flag = read-only)')
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Must use two-factor authentication in this workspace')
            [CompletionResult]::new('--assign', '--assign', [CompletionResultType]::ParameterName, 'Assign an account or change its settings: ACCOUNT[:approve][:full|:review][:owner|:member]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--unbind', '--unbind', [CompletionResultType]::ParameterName, 'Undo the binding: the login acts as nobody here any more and loses its role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;member;help' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite an admin, editor or client (or change a pending invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The members of the workspace')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: role, access, 2FA, accounts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s access, 2FA requirement, accounts or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member; their posts go to the owner')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave the workspace')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The members as the batch CSV (or --json) that `member invite --from` re-imports')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;member;help;invite' {
            break
        }
        'roster;member;help;list' {
            break
        }
        'roster;member;help;show' {
            break
        }
        'roster;member;help;update' {
            break
        }
        'roster;member;help;remove' {
            break
        }
        'roster;member;help;leave' {
            break
        }
        'roster;member;help;export' {
            break
        }
        'roster;member;help;login' {
            break
        }
        'roster;member;help;help' {
            break
        }
        'roster;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect a social account to the workspace')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The accounts you can see (owners: all; others: those assigned to them)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account and who is assigned to it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account with its assignments and posts (owner)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign an account to a member, or change their settings on it')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take an account away from a member; their posts on it go to the owner')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;account;add' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The network')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The display name, e.g. "Acme Page"')
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The slug [default: derived from the name]')
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'The handle on the network, e.g. @acme')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only accounts assigned to you')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;assign' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The member to assign it to')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The client should approve posts on this account (clients only)')
            [CompletionResult]::new('--posting', '--posting', [CompletionResultType]::ParameterName, 'The editor posts in full, or for review by an admin or the owner (editors only)')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Whose API credentials posts use (members who can post)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;unassign' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The member to take it from')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;reauth' {
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Whose assignment (owner credentials: the owner reauthenticates on their behalf)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;account;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect a social account to the workspace')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The accounts you can see (owners: all; others: those assigned to them)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account and who is assigned to it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account with its assignments and posts (owner)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign an account to a member, or change their settings on it')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take an account away from a member; their posts on it go to the owner')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;account;help;add' {
            break
        }
        'roster;account;help;list' {
            break
        }
        'roster;account;help;show' {
            break
        }
        'roster;account;help;remove' {
            break
        }
        'roster;account;help;assign' {
            break
        }
        'roster;account;help;unassign' {
            break
        }
        'roster;account;help;reauth' {
            break
        }
        'roster;account;help;help' {
            break
        }
        'roster;post' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write a post on an account (submitted for approval unless --draft)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The posts you can see (owner: all; others: those on their accounts)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One post with its history: who did what, when, and their notes')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a post''s text (an approved or scheduled post goes back to approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a post and its history')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft or a declined post for approval')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the stage a post waits in')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline the stage a post waits in, with a note for its author')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a scheduled post (with its author''s credentials on the account)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;post;create' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to post on')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The post''s text')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When to publish it (RFC 3339, e.g. 2026-12-01T09:00:00Z)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Keep it a draft (submit it later with `post submit`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;list' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only posts on this account')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only posts in this state')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only posts by this member')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--waiting-on-me', '--waiting-on-me', [CompletionResultType]::ParameterName, 'Only posts that wait for your approval')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The new text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;submit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;approve' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the author and the history')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;decline' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What the author should change (required)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;publish' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;post;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write a post on an account (submitted for approval unless --draft)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The posts you can see (owner: all; others: those on their accounts)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One post with its history: who did what, when, and their notes')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a post''s text (an approved or scheduled post goes back to approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a post and its history')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft or a declined post for approval')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the stage a post waits in')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline the stage a post waits in, with a note for its author')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a scheduled post (with its author''s credentials on the account)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;post;help;create' {
            break
        }
        'roster;post;help;list' {
            break
        }
        'roster;post;help;show' {
            break
        }
        'roster;post;help;edit' {
            break
        }
        'roster;post;help;delete' {
            break
        }
        'roster;post;help;submit' {
            break
        }
        'roster;post;help;approve' {
            break
        }
        'roster;post;help;decline' {
            break
        }
        'roster;post;help;publish' {
            break
        }
        'roster;post;help;help' {
            break
        }
        'roster;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations addressed to you')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation with its token')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending invitation')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a pending (or expired) invitation again, with a new token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;invite;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;invite;accept' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The token from the invitation email')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;invite;decline' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The token from the invitation email (declining is an answer only the invitee gives)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;invite;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Do not send the email (resend only; the new token is printed once, here)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;invite;resend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Do not send the email (resend only; the new token is printed once, here)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;invite;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations addressed to you')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation with its token')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending invitation')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a pending (or expired) invitation again, with a new token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;invite;help;list' {
            break
        }
        'roster;invite;help;accept' {
            break
        }
        'roster;invite;help;decline' {
            break
        }
        'roster;invite;help;revoke' {
            break
        }
        'roster;invite;help;resend' {
            break
        }
        'roster;invite;help;help' {
            break
        }
        'roster;notifications' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your notifications, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark one notification, or all, read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;notifications;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--unread', '--unread', [CompletionResultType]::ParameterName, 'Only unread ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;notifications;read' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Mark every notification read')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;notifications;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your notifications, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark one notification, or all, read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;notifications;help;list' {
            break
        }
        'roster;notifications;help;read' {
            break
        }
        'roster;notifications;help;help' {
            break
        }
        'roster;outbox' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s messages, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the queued messages now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;outbox;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only messages in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;outbox;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--retry-failed', '--retry-failed', [CompletionResultType]::ParameterName, 'Put the messages marked failed back in the queue first, with a fresh count of attempts')
            [CompletionResult]::new('--ignore-backoff', '--ignore-backoff', [CompletionResultType]::ParameterName, 'Also try the messages still waiting for their next attempt after a failure')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s messages, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the queued messages now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;outbox;help;list' {
            break
        }
        'roster;outbox;help;send' {
            break
        }
        'roster;outbox;help;help' {
            break
        }
        'roster;2fa' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm a pending enrolment, or start a 12-hour session, with a code')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn your 2FA off (refused while a workspace or membership requires it)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'How many recovery codes are left, or a new set with --regenerate')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;2fa;enroll' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;recovery-codes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--regenerate', '--regenerate', [CompletionResultType]::ParameterName, 'Replace your recovery codes with 10 new ones (needs a fresh code: --otp)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;reset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;2fa;help' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm a pending enrolment, or start a 12-hour session, with a code')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn your 2FA off (refused while a workspace or membership requires it)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'How many recovery codes are left, or a new set with --regenerate')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;2fa;help;enroll' {
            break
        }
        'roster;2fa;help;verify' {
            break
        }
        'roster;2fa;help;status' {
            break
        }
        'roster;2fa;help;disable' {
            break
        }
        'roster;2fa;help;recovery-codes' {
            break
        }
        'roster;2fa;help;reset' {
            break
        }
        'roster;2fa;help;help' {
            break
        }
        'roster;me' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;can' {
            [CompletionResult]::new('--who', '--who', [CompletionResultType]::ParameterName, 'Every member (the owner included) whom decide() allows ACTION, with the rule that allows it; narrow with --account and --role')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role being invited or managed')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The social account acted on')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The member acted on (with --list: whose permissions)')
            [CompletionResult]::new('--post', '--post', [CompletionResultType]::ParameterName, 'The post acted on')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'Every action with allowed/denied and why: yours, or with --member another member''s (owners and admins)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;permissions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Every action against every role: ✔ always, – never, else the condition')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;permissions;matrix' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;permissions;help' {
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Every action against every role: ✔ always, – never, else the condition')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;permissions;help;matrix' {
            break
        }
        'roster;permissions;help;help' {
            break
        }
        'roster;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit rows of the current workspace, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only rows by this actor')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit rows of the current workspace, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;audit;help;list' {
            break
        }
        'roster;audit;help;help' {
            break
        }
        'roster;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check roster.toml files and report every error with file:line:col (exit 6 if any)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the database match roster.toml (or a saved plan) in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print a workspace as roster.toml (or update a file in place with --out)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of roster.toml')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;validate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;plan' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan (JSON, 0600) for `roster config apply PLAN`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 11 when there are changes, 0 when there are none')
            [CompletionResult]::new('--no-permission-diff', '--no-permission-diff', [CompletionResultType]::ParameterName, 'Leave out the effective-permission diff (who gains and loses what)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Queue the invitations without sending them (`roster outbox send` later)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE (updating it in place when it exists) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--expectations', '--expectations', [CompletionResultType]::ParameterName, 'Print the [[expect_who]] blocks that hold now (who may do each action, per account), to append to roster.toml and so pin today''s permissions (owners and admins)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;schema' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;help' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check roster.toml files and report every error with file:line:col (exit 6 if any)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the database match roster.toml (or a saved plan) in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print a workspace as roster.toml (or update a file in place with --out)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of roster.toml')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;help;validate' {
            break
        }
        'roster;config;help;plan' {
            break
        }
        'roster;config;help;apply' {
            break
        }
        'roster;config;help;export' {
            break
        }
        'roster;config;help;schema' {
            break
        }
        'roster;config;help;check' {
            break
        }
        'roster;config;help;help' {
            break
        }
        'roster;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole roster database between a SQLite file and a PostgreSQL server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole roster database between a SQLite file and a PostgreSQL server')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;db;help;migrate' {
            break
        }
        'roster;db;help;copy' {
            break
        }
        'roster;db;help;help' {
            break
        }
        'roster;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write every page into this folder instead (roster.1, roster-member-invite.1, ...)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file, or a postgres:// URL [default: [database] url, else the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table (or human), json, csv; github for `config validate`')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;help' {
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'Create, list, show, rename, configure, delete workspaces')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Invite, list, update and remove members and clients')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Social accounts and who is assigned to them')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Posts and approvals: create, edit, submit, approve, decline, publish')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invitations: yours to accept or decline; revoke or resend those you sent')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Your in-app notifications')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'Queued and sent email of the workspace')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your workspaces, roles and permissions')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permission table, as decide() answers it')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail of a workspace')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Declarative config for CI: validate, plan, apply and export roster.toml files')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, schema, mail, 2FA enrolment, expired invitations, file modes')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole database to a new file (consistent while others write)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the database with a file written by `roster backup` (needs --yes)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Set up a server''s schema (migrate); copy a whole database between a file and a server')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;help;workspace' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workspace; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspaces you belong to, with your role')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Details of the current workspace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the current workspace (owner)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change workspace settings (owner)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the workspace to an active admin (owner)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the current workspace and everything in it (owner)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the default (workspace.default in the config file)')
            break
        }
        'roster;help;workspace;create' {
            break
        }
        'roster;help;workspace;list' {
            break
        }
        'roster;help;workspace;show' {
            break
        }
        'roster;help;workspace;rename' {
            break
        }
        'roster;help;workspace;settings' {
            break
        }
        'roster;help;workspace;transfer' {
            break
        }
        'roster;help;workspace;delete' {
            break
        }
        'roster;help;workspace;use' {
            break
        }
        'roster;help;member' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite an admin, editor or client (or change a pending invitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The members of the workspace')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One member: role, access, 2FA, accounts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s access, 2FA requirement, accounts or role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member; their posts go to the owner')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Leave the workspace')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The members as the batch CSV (or --json) that `member invite --from` re-imports')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Bind a PostgreSQL login to a member (owner, on a server): it then acts as them only')
            break
        }
        'roster;help;member;invite' {
            break
        }
        'roster;help;member;list' {
            break
        }
        'roster;help;member;show' {
            break
        }
        'roster;help;member;update' {
            break
        }
        'roster;help;member;remove' {
            break
        }
        'roster;help;member;leave' {
            break
        }
        'roster;help;member;export' {
            break
        }
        'roster;help;member;login' {
            break
        }
        'roster;help;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Connect a social account to the workspace')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The accounts you can see (owners: all; others: those assigned to them)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One account and who is assigned to it')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account with its assignments and posts (owner)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign an account to a member, or change their settings on it')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take an account away from a member; their posts on it go to the owner')
            [CompletionResult]::new('reauth', 'reauth', [CompletionResultType]::ParameterValue, 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)')
            break
        }
        'roster;help;account;add' {
            break
        }
        'roster;help;account;list' {
            break
        }
        'roster;help;account;show' {
            break
        }
        'roster;help;account;remove' {
            break
        }
        'roster;help;account;assign' {
            break
        }
        'roster;help;account;unassign' {
            break
        }
        'roster;help;account;reauth' {
            break
        }
        'roster;help;post' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Write a post on an account (submitted for approval unless --draft)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The posts you can see (owner: all; others: those on their accounts)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One post with its history: who did what, when, and their notes')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a post''s text (an approved or scheduled post goes back to approval)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a post and its history')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft or a declined post for approval')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the stage a post waits in')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline the stage a post waits in, with a note for its author')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish a scheduled post (with its author''s credentials on the account)')
            break
        }
        'roster;help;post;create' {
            break
        }
        'roster;help;post;list' {
            break
        }
        'roster;help;post;show' {
            break
        }
        'roster;help;post;edit' {
            break
        }
        'roster;help;post;delete' {
            break
        }
        'roster;help;post;submit' {
            break
        }
        'roster;help;post;approve' {
            break
        }
        'roster;help;post;decline' {
            break
        }
        'roster;help;post;publish' {
            break
        }
        'roster;help;invite' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations addressed to you')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation with its token')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline an invitation')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a pending invitation')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send a pending (or expired) invitation again, with a new token')
            break
        }
        'roster;help;invite;list' {
            break
        }
        'roster;help;invite;accept' {
            break
        }
        'roster;help;invite;decline' {
            break
        }
        'roster;help;invite;revoke' {
            break
        }
        'roster;help;invite;resend' {
            break
        }
        'roster;help;notifications' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Your notifications, newest first')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark one notification, or all, read')
            break
        }
        'roster;help;notifications;list' {
            break
        }
        'roster;help;notifications;read' {
            break
        }
        'roster;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s messages, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver the queued messages now')
            break
        }
        'roster;help;outbox;list' {
            break
        }
        'roster;help;outbox;send' {
            break
        }
        'roster;help;2fa' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm a pending enrolment, or start a 12-hour session, with a code')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn your 2FA off (refused while a workspace or membership requires it)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'How many recovery codes are left, or a new set with --regenerate')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Reset a member''s 2FA in this workspace: they enrol again (owner; admins for editors, clients)')
            break
        }
        'roster;help;2fa;enroll' {
            break
        }
        'roster;help;2fa;verify' {
            break
        }
        'roster;help;2fa;status' {
            break
        }
        'roster;help;2fa;disable' {
            break
        }
        'roster;help;2fa;recovery-codes' {
            break
        }
        'roster;help;2fa;reset' {
            break
        }
        'roster;help;me' {
            break
        }
        'roster;help;can' {
            break
        }
        'roster;help;permissions' {
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Every action against every role: ✔ always, – never, else the condition')
            break
        }
        'roster;help;permissions;matrix' {
            break
        }
        'roster;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit rows of the current workspace, oldest first')
            break
        }
        'roster;help;audit;list' {
            break
        }
        'roster;help;config' {
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check roster.toml files and report every error with file:line:col (exit 6 if any)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what apply would change in the database, and whether you may (exit 11 with --exit-code)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the database match roster.toml (or a saved plan) in one transaction')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print a workspace as roster.toml (or update a file in place with --out)')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of roster.toml')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the permission expectations of roster.toml against the database as it is now (exit 12 if any fails)')
            break
        }
        'roster;help;config;validate' {
            break
        }
        'roster;help;config;plan' {
            break
        }
        'roster;help;config;apply' {
            break
        }
        'roster;help;config;export' {
            break
        }
        'roster;help;config;schema' {
            break
        }
        'roster;help;config;check' {
            break
        }
        'roster;help;doctor' {
            break
        }
        'roster;help;backup' {
            break
        }
        'roster;help;restore' {
            break
        }
        'roster;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set up or upgrade the schema of the server named by --db (ROSTER_DB, [database] url)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole roster database between a SQLite file and a PostgreSQL server')
            break
        }
        'roster;help;db;migrate' {
            break
        }
        'roster;help;db;copy' {
            break
        }
        'roster;help;completions' {
            break
        }
        'roster;help;man' {
            break
        }
        'roster;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
