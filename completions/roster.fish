# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_roster_global_optspecs
    string join \n db= config= as= w/workspace= otp= json format= no-input y/yes q/quiet no-color h/help V/version
end

function __fish_roster_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_roster_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_roster_using_subcommand
    set -l cmd (__fish_roster_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c roster -n "__fish_roster_needs_command" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_needs_command" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_needs_command" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_needs_command" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_needs_command" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_needs_command" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_needs_command" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_needs_command" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_needs_command" -f -a "workspace" -d 'Create, list, show, rename, configure, delete workspaces'
complete -c roster -n "__fish_roster_needs_command" -f -a "member" -d 'Invite, list, update and remove members and clients'
complete -c roster -n "__fish_roster_needs_command" -f -a "account" -d 'Social accounts and who is assigned to them'
complete -c roster -n "__fish_roster_needs_command" -f -a "post" -d 'Posts and approvals: create, edit, submit, approve, decline, publish'
complete -c roster -n "__fish_roster_needs_command" -f -a "invite" -d 'Invitations: yours to accept or decline; revoke or resend those you sent'
complete -c roster -n "__fish_roster_needs_command" -f -a "notifications" -d 'Your in-app notifications'
complete -c roster -n "__fish_roster_needs_command" -f -a "outbox" -d 'Queued and sent email of the workspace'
complete -c roster -n "__fish_roster_needs_command" -f -a "2fa" -d 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset'
complete -c roster -n "__fish_roster_needs_command" -f -a "me" -d 'Your workspaces, roles and permissions'
complete -c roster -n "__fish_roster_needs_command" -f -a "can" -d 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
complete -c roster -n "__fish_roster_needs_command" -f -a "permissions" -d 'The permission table, as decide() answers it'
complete -c roster -n "__fish_roster_needs_command" -f -a "audit" -d 'The audit trail of a workspace'
complete -c roster -n "__fish_roster_needs_command" -f -a "config" -d 'Declarative config for CI: validate roster.toml files, print their JSON Schema'
complete -c roster -n "__fish_roster_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c roster -n "__fish_roster_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "create" -d 'Create a workspace; you become its owner'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "list" -d 'The workspaces you belong to, with your role'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "show" -d 'Details of the current workspace'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "rename" -d 'Rename the current workspace (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "settings" -d 'Show or change workspace settings (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "transfer" -d 'Hand the workspace to an active admin (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings transfer delete use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l slug -d 'The slug [default: derived from the name, e.g. acme-agency]' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l require-2fa -d 'Require two-factor authentication of every member'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l require-2fa -d 'Require two-factor authentication of every member' -r -f -a "on\t''
off\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a workspace; you become its owner'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "list" -d 'The workspaces you belong to, with your role'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "show" -d 'Details of the current workspace'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename the current workspace (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Show or change workspace settings (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Hand the workspace to an active admin (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "invite" -d 'Invite an admin, editor or client (or change a pending invitation)'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "list" -d 'The members of the workspace'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "show" -d 'One member: role, access, 2FA, accounts'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "update" -d 'Change a member\'s access, 2FA requirement, accounts or role'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "remove" -d 'Remove a member; their posts go to the owner'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "leave" -d 'Leave the workspace'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "export" -d 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
complete -c roster -n "__fish_roster_using_subcommand member; and not __fish_seen_subcommand_from invite list show update remove leave export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l role -d 'admin, editor or client' -r -f -a "admin\t''
editor\t''
client\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l can-add-accounts -d 'May add social accounts (admins, clients)' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l can-manage-posts -d 'May create, edit and delete posts (clients; neither flag = read-only)' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l require-2fa -d 'Must use two-factor authentication in this workspace' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l assign -d 'Assign an account: ACCOUNT[:approve][:full|:review][:owner|:member] (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l from -d 'Invite everyone in a CSV file (`-` for stdin): email,role,can_add_accounts, can_manage_posts,require_2fa,assign — all or nothing' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l ttl -d 'How long the invitation stays valid (e.g. 36h, 14d; at most 365d) [default: the config\'s invitations.ttl, else 7d]; with --from, for every row' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l dry-run -d 'Check and report, write nothing'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l no-email -d 'Do not send the invitation email (the token is printed once, here)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l role -d 'Only members with this role' -r -f -a "owner\t''
admin\t''
editor\t''
client\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l status -d 'Only members in this state [default: active, pending and expired]' -r -f -a "pending\t''
active\t''
declined\t''
revoked\t''
expired\t''
removed\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l 2fa -d 'Only members whose 2FA is: missing (required, not enrolled), required, or enrolled' -r -f -a "missing\t'Required (by the workspace or the membership) but not enrolled'
required\t'Required by the workspace or the membership'
enrolled\t'Enrolled in TOTP'"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l role -d 'A new role (owner only; not while they have posts pending approval)' -r -f -a "admin\t''
editor\t''
client\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l can-add-accounts -d 'May add social accounts (admins, clients)' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l can-manage-posts -d 'May create, edit and delete posts (clients; neither flag = read-only)' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l require-2fa -d 'Must use two-factor authentication in this workspace' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l assign -d 'Assign an account or change its settings: ACCOUNT[:approve][:full|:review][:owner|:member]' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite an admin, editor or client (or change a pending invitation)'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'The members of the workspace'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'One member: role, access, 2FA, accounts'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a member\'s access, 2FA requirement, accounts or role'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member; their posts go to the owner'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Leave the workspace'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "export" -d 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
complete -c roster -n "__fish_roster_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "add" -d 'Connect a social account to the workspace'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "list" -d 'The accounts you can see (owners: all; others: those assigned to them)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "show" -d 'One account and who is assigned to it'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "remove" -d 'Remove an account with its assignments and posts (owner)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "assign" -d 'Assign an account to a member, or change their settings on it'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "unassign" -d 'Take an account away from a member; their posts on it go to the owner'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "reauth" -d 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
complete -c roster -n "__fish_roster_using_subcommand account; and not __fish_seen_subcommand_from add list show remove assign unassign reauth help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l provider -d 'The network' -r -f -a "facebook\t''
instagram\t''
x\t''
linkedin\t''
tiktok\t''
youtube\t''
pinterest\t''
google_business\t''
threads\t''
bluesky\t''
mastodon\t''
telegram\t''
wordpress\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l name -d 'The display name, e.g. "Acme Page"' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l slug -d 'The slug [default: derived from the name]' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l handle -d 'The handle on the network, e.g. @acme' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l mine -d 'Only accounts assigned to you'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l member -d 'The member to assign it to' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l approve -d 'The client should approve posts on this account (clients only)' -r -f -a "true\t''
false\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l posting -d 'The editor posts in full, or for review by an admin or the owner (editors only)' -r -f -a "full\t''
review\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l credentials -d 'Whose API credentials posts use (members who can post)' -r -f -a "owner\t''
member\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l member -d 'The member to take it from' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l member -d 'Whose assignment (owner credentials: the owner reauthenticates on their behalf)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from reauth" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Connect a social account to the workspace'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'The accounts you can see (owners: all; others: those assigned to them)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'One account and who is assigned to it'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an account with its assignments and posts (owner)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign an account to a member, or change their settings on it'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take an account away from a member; their posts on it go to the owner'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "reauth" -d 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
complete -c roster -n "__fish_roster_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "create" -d 'Write a post on an account (submitted for approval unless --draft)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "list" -d 'The posts you can see (owner: all; others: those on their accounts)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "show" -d 'One post with its history: who did what, when, and their notes'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "edit" -d 'Change a post\'s text (an approved or scheduled post goes back to approval)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "delete" -d 'Delete a post and its history'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "submit" -d 'Submit a draft or a declined post for approval'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "approve" -d 'Approve the stage a post waits in'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "decline" -d 'Decline the stage a post waits in, with a note for its author'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "publish" -d 'Publish a scheduled post (with its author\'s credentials on the account)'
complete -c roster -n "__fish_roster_using_subcommand post; and not __fish_seen_subcommand_from create list show edit delete submit approve decline publish help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l account -d 'The account to post on' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l text -d 'The post\'s text' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l at -d 'When to publish it (RFC 3339, e.g. 2026-12-01T09:00:00Z)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l draft -d 'Keep it a draft (submit it later with `post submit`)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l account -d 'Only posts on this account' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l state -d 'Only posts in this state' -r -f -a "draft\t''
pending_approval\t''
scheduled\t''
declined\t''
published\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l author -d 'Only posts by this member' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l waiting-on-me -d 'Only posts that wait for your approval'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l text -d 'The new text' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l note -d 'A note for the author and the history' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l note -d 'What the author should change (required)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from publish" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "create" -d 'Write a post on an account (submitted for approval unless --draft)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "list" -d 'The posts you can see (owner: all; others: those on their accounts)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "show" -d 'One post with its history: who did what, when, and their notes'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a post\'s text (an approved or scheduled post goes back to approval)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a post and its history'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a draft or a declined post for approval'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve the stage a post waits in'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline the stage a post waits in, with a note for its author'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish a scheduled post (with its author\'s credentials on the account)'
complete -c roster -n "__fish_roster_using_subcommand post; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "list" -d 'Invitations addressed to you'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "accept" -d 'Accept an invitation with its token'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "decline" -d 'Decline an invitation'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "revoke" -d 'Revoke a pending invitation'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "resend" -d 'Send a pending (or expired) invitation again, with a new token'
complete -c roster -n "__fish_roster_using_subcommand invite; and not __fish_seen_subcommand_from list accept decline revoke resend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l token -d 'The token from the invitation email' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l token -d 'The token from the invitation email (declining is an answer only the invitee gives)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-email -d 'Do not send the email (resend only; the new token is printed once, here)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-email -d 'Do not send the email (resend only; the new token is printed once, here)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'Invitations addressed to you'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation with its token'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an invitation'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a pending invitation'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Send a pending (or expired) invitation again, with a new token'
complete -c roster -n "__fish_roster_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -f -a "list" -d 'Your notifications, newest first'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -f -a "read" -d 'Mark one notification, or all, read'
complete -c roster -n "__fish_roster_using_subcommand notifications; and not __fish_seen_subcommand_from list read help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l unread -d 'Only unread ones'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l all -d 'Mark every notification read'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your notifications, newest first'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from help" -f -a "read" -d 'Mark one notification, or all, read'
complete -c roster -n "__fish_roster_using_subcommand notifications; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "list" -d 'The workspace\'s messages, oldest first'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "send" -d 'Deliver the queued messages now'
complete -c roster -n "__fish_roster_using_subcommand outbox; and not __fish_seen_subcommand_from list send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l state -d 'Only messages in this state' -r -f -a "queued\t''
sent\t''
failed\t''"
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l retry-failed -d 'Put the messages marked failed back in the queue first, with a fresh count of attempts'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l ignore-backoff -d 'Also try the messages still waiting for their next attempt after a failure'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'The workspace\'s messages, oldest first'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "send" -d 'Deliver the queued messages now'
complete -c roster -n "__fish_roster_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "enroll" -d 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "verify" -d 'Confirm a pending enrolment, or start a 12-hour session, with a code'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "status" -d 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "disable" -d 'Turn your 2FA off (refused while a workspace or membership requires it)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "recovery-codes" -d 'How many recovery codes are left, or a new set with --regenerate'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "reset" -d 'Reset a member\'s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and not __fish_seen_subcommand_from enroll verify status disable recovery-codes reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l regenerate -d 'Replace your recovery codes with 10 new ones (needs a fresh code: --otp)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from recovery-codes" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Confirm a pending enrolment, or start a 12-hour session, with a code'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn your 2FA off (refused while a workspace or membership requires it)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "recovery-codes" -d 'How many recovery codes are left, or a new set with --regenerate'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Reset a member\'s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
complete -c roster -n "__fish_roster_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand me" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand me" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand me" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand me" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand me" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand me" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand me" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand me" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand me" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand me" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand me" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand me" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand me" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand can" -l role -d 'The role being invited or managed' -r -f -a "owner\t''
admin\t''
editor\t''
client\t''"
complete -c roster -n "__fish_roster_using_subcommand can" -l account -d 'The social account acted on' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l member -d 'The member acted on (with --list: whose permissions)' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l post -d 'The post acted on' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand can" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand can" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand can" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand can" -l list -d 'Every action with allowed/denied and why: yours, or with --member another member\'s (owners and admins)'
complete -c roster -n "__fish_roster_using_subcommand can" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand can" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand can" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand can" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand can" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand can" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand can" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -f -a "matrix" -d 'Every action against every role: ✔ always, – never, else the condition'
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l role -d 'Only this role\'s column' -r -f -a "owner\t''
admin\t''
editor\t''
client\t''"
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "matrix" -d 'Every action against every role: ✔ always, – never, else the condition'
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the audit rows of the current workspace, oldest first'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only rows at or after this time: RFC 3339, or a duration ago such as 24h or 7d' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only rows by this actor' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the audit rows of the current workspace, oldest first'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -f -a "validate" -d 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -f -a "schema" -d 'Print the JSON Schema of roster.toml'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from validate schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from schema" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Print the JSON Schema of roster.toml'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand completions" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand completions" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand man" -l out -d 'Write every page into this folder instead (roster.1, roster-member-invite.1, ...)' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand man" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l format -d 'Output format: table (or human), json, csv; github for `config validate`' -r -f -a "table\t''
json\t''
csv\t''
github\t''"
complete -c roster -n "__fish_roster_using_subcommand man" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand man" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand man" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand man" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand man" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand man" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "workspace" -d 'Create, list, show, rename, configure, delete workspaces'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "member" -d 'Invite, list, update and remove members and clients'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "account" -d 'Social accounts and who is assigned to them'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "post" -d 'Posts and approvals: create, edit, submit, approve, decline, publish'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "invite" -d 'Invitations: yours to accept or decline; revoke or resend those you sent'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "notifications" -d 'Your in-app notifications'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "outbox" -d 'Queued and sent email of the workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "2fa" -d 'Two-factor authentication (TOTP): enrol, verify, status, disable, recovery codes, reset'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "me" -d 'Your workspaces, roles and permissions'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "can" -d 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "permissions" -d 'The permission table, as decide() answers it'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "audit" -d 'The audit trail of a workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "config" -d 'Declarative config for CI: validate roster.toml files, print their JSON Schema'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace member account post invite notifications outbox 2fa me can permissions audit config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "create" -d 'Create a workspace; you become its owner'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'The workspaces you belong to, with your role'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "show" -d 'Details of the current workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "rename" -d 'Rename the current workspace (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "settings" -d 'Show or change workspace settings (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "transfer" -d 'Hand the workspace to an active admin (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "invite" -d 'Invite an admin, editor or client (or change a pending invitation)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'The members of the workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'One member: role, access, 2FA, accounts'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s access, 2FA requirement, accounts or role'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member; their posts go to the owner'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "leave" -d 'Leave the workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "export" -d 'The members as the batch CSV (or --json) that `member invite --from` re-imports'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Connect a social account to the workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'The accounts you can see (owners: all; others: those assigned to them)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'One account and who is assigned to it'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "remove" -d 'Remove an account with its assignments and posts (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "assign" -d 'Assign an account to a member, or change their settings on it'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "unassign" -d 'Take an account away from a member; their posts on it go to the owner'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "reauth" -d 'Reauthenticate an account (owner credentials) or your own assignment (member credentials)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "create" -d 'Write a post on an account (submitted for approval unless --draft)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "list" -d 'The posts you can see (owner: all; others: those on their accounts)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "show" -d 'One post with its history: who did what, when, and their notes'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "edit" -d 'Change a post\'s text (an approved or scheduled post goes back to approval)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "delete" -d 'Delete a post and its history'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "submit" -d 'Submit a draft or a declined post for approval'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "approve" -d 'Approve the stage a post waits in'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "decline" -d 'Decline the stage a post waits in, with a note for its author'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from post" -f -a "publish" -d 'Publish a scheduled post (with its author\'s credentials on the account)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'Invitations addressed to you'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Accept an invitation with its token'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "decline" -d 'Decline an invitation'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "revoke" -d 'Revoke a pending invitation'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "resend" -d 'Send a pending (or expired) invitation again, with a new token'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from notifications" -f -a "list" -d 'Your notifications, newest first'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from notifications" -f -a "read" -d 'Mark one notification, or all, read'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'The workspace\'s messages, oldest first'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "send" -d 'Deliver the queued messages now'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "enroll" -d 'Enrol: a secret, its otpauth:// URL and QR code, a first code, then recovery codes'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "verify" -d 'Confirm a pending enrolment, or start a 12-hour session, with a code'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "status" -d 'Whether you are enrolled, which workspaces require 2FA of you, recovery codes left'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "disable" -d 'Turn your 2FA off (refused while a workspace or membership requires it)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "recovery-codes" -d 'How many recovery codes are left, or a new set with --regenerate'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "reset" -d 'Reset a member\'s 2FA in this workspace: they enrol again (owner; admins for editors, clients)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "matrix" -d 'Every action against every role: ✔ always, – never, else the condition'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List the audit rows of the current workspace, oldest first'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "validate" -d 'Check roster.toml files and report every error with file:line:col (exit 6 if any)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "schema" -d 'Print the JSON Schema of roster.toml'
