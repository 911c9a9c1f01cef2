
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'stkr' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'stkr'
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
        'stkr' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy the stkr contracts to a chain')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local devnet with stkr deployed')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Show the governance parameters')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;account' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;accounts' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;account;new' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring, so commands do not ask for it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;new' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring, so commands do not ask for it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;import' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;import' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;remove' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;remove' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;account;help;new' {
            break
        }
        'stkr;account;help;import' {
            break
        }
        'stkr;account;help;list' {
            break
        }
        'stkr;account;help;show' {
            break
        }
        'stkr;account;help;remove' {
            break
        }
        'stkr;account;help;help' {
            break
        }
        'stkr;accounts;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;accounts;help;new' {
            break
        }
        'stkr;accounts;help;import' {
            break
        }
        'stkr;accounts;help;list' {
            break
        }
        'stkr;accounts;help;show' {
            break
        }
        'stkr;accounts;help;remove' {
            break
        }
        'stkr;accounts;help;help' {
            break
        }
        'stkr;deploy' {
            [CompletionResult]::new('--governor', '--governor', [CompletionResultType]::ParameterName, 'Also deploy Governance with these n + 1 invited governors (repeat the flag; 3 for n = 2). The deployer keeps governance until they have joined and it is handed over')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;devnet;up' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port on 127.0.0.1')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also create demo actors: two qualified providers, an active micro-pool with three stakers, and a pending one with room left')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;status' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;down' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;help' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;devnet;help;up' {
            break
        }
        'stkr;devnet;help;status' {
            break
        }
        'stkr;devnet;help;down' {
            break
        }
        'stkr;devnet;help;help' {
            break
        }
        'stkr;params' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;completions' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy the stkr contracts to a chain')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local devnet with stkr deployed')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Show the governance parameters')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;help;account' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            break
        }
        'stkr;help;account;new' {
            break
        }
        'stkr;help;account;import' {
            break
        }
        'stkr;help;account;list' {
            break
        }
        'stkr;help;account;show' {
            break
        }
        'stkr;help;account;remove' {
            break
        }
        'stkr;help;deploy' {
            break
        }
        'stkr;help;devnet' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            break
        }
        'stkr;help;devnet;up' {
            break
        }
        'stkr;help;devnet;status' {
            break
        }
        'stkr;help;devnet;down' {
            break
        }
        'stkr;help;params' {
            break
        }
        'stkr;help;completions' {
            break
        }
        'stkr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
