
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
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
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your workspaces, roles and permissions')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permission table, as decide() answers it')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail of a workspace')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;workspace' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a workspace; you become its owner')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspaces you belong to, with your role')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Details of the current workspace')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the current workspace (owner)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show or change workspace settings (owner)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the current workspace and everything in it (owner)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a workspace the default (workspace.default in the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;workspace;create' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'The slug [default: derived from the name, e.g. acme-agency]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Require two-factor authentication of every member')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;settings' {
            [CompletionResult]::new('--require-2fa', '--require-2fa', [CompletionResultType]::ParameterName, 'Require two-factor authentication of every member')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;workspace;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
        'roster;workspace;help;delete' {
            break
        }
        'roster;workspace;help;use' {
            break
        }
        'roster;workspace;help;help' {
            break
        }
        'roster;me' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;can' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role being invited or managed')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The social account acted on')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'The member acted on')
            [CompletionResult]::new('--post', '--post', [CompletionResultType]::ParameterName, 'The post acted on')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;permissions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('matrix', 'matrix', [CompletionResultType]::ParameterValue, 'Every action against every role: ✔ always, – never, else the condition')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;permissions;matrix' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only this role''s column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the audit rows of the current workspace, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only rows by this actor')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
        'roster;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: the data dir''s roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: the config dir''s config.toml]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user (else identity.email in the config file)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to act in (else workspace.default, else your only workspace)')
            [CompletionResult]::new('--otp', '--otp', [CompletionResultType]::ParameterName, 'A current TOTP code, where 2FA is required')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (same as --format json)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: fail with the flags to pass instead')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines or hints on stderr')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour (also when NO_COLOR is set or stdout is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;help' {
            [CompletionResult]::new('workspace', 'workspace', [CompletionResultType]::ParameterValue, 'Create, list, show, rename, configure, delete workspaces')
            [CompletionResult]::new('me', 'me', [CompletionResultType]::ParameterValue, 'Your workspaces, roles and permissions')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permission table, as decide() answers it')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit trail of a workspace')
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
        'roster;help;workspace;delete' {
            break
        }
        'roster;help;workspace;use' {
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
