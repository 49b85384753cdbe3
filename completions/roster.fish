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
complete -c roster -n "__fish_roster_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_needs_command" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_needs_command" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_needs_command" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_needs_command" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_needs_command" -f -a "workspace" -d 'Create, list, show, rename, configure, delete workspaces'
complete -c roster -n "__fish_roster_needs_command" -f -a "me" -d 'Your workspaces, roles and permissions'
complete -c roster -n "__fish_roster_needs_command" -f -a "can" -d 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
complete -c roster -n "__fish_roster_needs_command" -f -a "permissions" -d 'The permission table, as decide() answers it'
complete -c roster -n "__fish_roster_needs_command" -f -a "audit" -d 'The audit trail of a workspace'
complete -c roster -n "__fish_roster_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c roster -n "__fish_roster_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "create" -d 'Create a workspace; you become its owner'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "list" -d 'The workspaces you belong to, with your role'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "show" -d 'Details of the current workspace'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "rename" -d 'Rename the current workspace (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "settings" -d 'Show or change workspace settings (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and not __fish_seen_subcommand_from create list show rename settings delete use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l slug -d 'The slug [default: derived from the name, e.g. acme-agency]' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from rename" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from settings" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from use" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand workspace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand me" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand me" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand me" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand me" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand me" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand me" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand can" -l member -d 'The member acted on' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l post -d 'The post acted on' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand can" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand can" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand can" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand can" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand permissions; and not __fish_seen_subcommand_from matrix help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand permissions; and __fish_seen_subcommand_from matrix" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
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
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the audit rows of the current workspace, oldest first'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_using_subcommand completions" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand completions" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand man" -l db -d 'The database file [default: the data dir\'s roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l config -d 'The config file [default: the config dir\'s config.toml]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l as -d 'Act as this user (else identity.email in the config file)' -r
complete -c roster -n "__fish_roster_using_subcommand man" -s w -l workspace -d 'The workspace to act in (else workspace.default, else your only workspace)' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l otp -d 'A current TOTP code, where 2FA is required' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c roster -n "__fish_roster_using_subcommand man" -l json -d 'Print JSON (same as --format json)'
complete -c roster -n "__fish_roster_using_subcommand man" -l no-input -d 'Never prompt: fail with the flags to pass instead'
complete -c roster -n "__fish_roster_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c roster -n "__fish_roster_using_subcommand man" -s q -l quiet -d 'Print no status lines or hints on stderr'
complete -c roster -n "__fish_roster_using_subcommand man" -l no-color -d 'No colour (also when NO_COLOR is set or stdout is not a terminal)'
complete -c roster -n "__fish_roster_using_subcommand man" -s h -l help -d 'Print help'
complete -c roster -n "__fish_roster_using_subcommand man" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "workspace" -d 'Create, list, show, rename, configure, delete workspaces'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "me" -d 'Your workspaces, roles and permissions'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "can" -d 'Ask whether you may perform an action (exit 0 allowed, 3 denied) and why'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "permissions" -d 'The permission table, as decide() answers it'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "audit" -d 'The audit trail of a workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from workspace me can permissions audit completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "create" -d 'Create a workspace; you become its owner'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "list" -d 'The workspaces you belong to, with your role'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "show" -d 'Details of the current workspace'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "rename" -d 'Rename the current workspace (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "settings" -d 'Show or change workspace settings (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "delete" -d 'Delete the current workspace and everything in it (owner)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from workspace" -f -a "use" -d 'Make a workspace the default (workspace.default in the config file)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "matrix" -d 'Every action against every role: ✔ always, – never, else the condition'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List the audit rows of the current workspace, oldest first'
