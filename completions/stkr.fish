# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_stkr_global_optspecs
    string join \n rpc-url= network= a/account= password-file= json y/yes v/verbose q/quiet data-dir= h/help V/version
end

function __fish_stkr_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_stkr_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_stkr_using_subcommand
    set -l cmd (__fish_stkr_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c stkr -n "__fish_stkr_needs_command" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_needs_command" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_needs_command" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_needs_command" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_needs_command" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_needs_command" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_needs_command" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_needs_command" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_needs_command" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_needs_command" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "account" -d 'Manage the encrypted accounts that sign transactions'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "accounts" -d 'Manage the encrypted accounts that sign transactions'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "deploy" -d 'Deploy the stkr contracts to a chain'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "devnet" -d 'Run a local devnet with stkr deployed'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "params" -d 'Show the governance parameters'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l keyring -d 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l keystore -d 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l keyring -d 'Also keep the passphrase in the OS keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l keyring -d 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l keystore -d 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l keyring -d 'Also keep the passphrase in the OS keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l governor -d 'Also deploy Governance with these n + 1 invited governors (repeat the flag; 3 for n = 2). The deployer keeps governance until they have joined and it is handed over' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l port -d 'The port on 127.0.0.1' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l demo -d 'Also create demo actors: two qualified providers, an active micro-pool with three stakers, and a pending one with room left'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand params" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand params" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l network -d 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "account" -d 'Manage the encrypted accounts that sign transactions'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "deploy" -d 'Deploy the stkr contracts to a chain'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "devnet" -d 'Run a local devnet with stkr deployed'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "params" -d 'Show the governance parameters'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "completions" -d 'Print shell completions'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from account deploy devnet params completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
