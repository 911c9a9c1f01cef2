
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
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'A guided first run: network, RPC endpoint and account, kept as defaults.')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions.')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions.')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy the stkr contracts to a chain')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local devnet with stkr deployed.')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Show the governance parameters')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One screen for an account across roles: balances, pools, collateral, stakes, rewards, votes.')
            [CompletionResult]::new('govern', 'govern', [CompletionResultType]::ParameterValue, 'Governors, candidates, elections, proposals and votes.')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.')
            [CompletionResult]::new('providers', 'providers', [CompletionResultType]::ParameterValue, 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.')
            [CompletionResult]::new('sidecar', 'sidecar', [CompletionResultType]::ParameterValue, 'The sidecar beside each node: configure it, run it (under systemd), see what it did.')
            [CompletionResult]::new('guardian', 'guardian', [CompletionResultType]::ParameterValue, 'Deposit guardians: run one (under systemd), attest a deposit by hand, see the committee.')
            [CompletionResult]::new('signer', 'signer', [CompletionResultType]::ParameterValue, 'The threshold signer of a distributed validator: the Web3Signer API for your validator client.')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects of single requesters: quote, submit, show, list, complete')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Projects of single requesters: quote, submit, show, list, complete')
            [CompletionResult]::new('auction', 'auction', [CompletionResultType]::ParameterValue, 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance')
            [CompletionResult]::new('auctions', 'auctions', [CompletionResultType]::ParameterValue, 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance')
            [CompletionResult]::new('pool', 'pool', [CompletionResultType]::ParameterValue, 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).')
            [CompletionResult]::new('pools', 'pools', [CompletionResultType]::ParameterValue, 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).')
            [CompletionResult]::new('validator', 'validator', [CompletionResultType]::ParameterValue, 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).')
            [CompletionResult]::new('validators', 'validators', [CompletionResultType]::ParameterValue, 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake ETH in a micro-pool for aETH, or ANKR on a node''s sidecar or for reward shares.')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Take stake back: ETH from a pool before it activates, ANKR from a sidecar or reward shares.')
            [CompletionResult]::new('redeem', 'redeem', [CompletionResultType]::ParameterValue, 'Redeem aETH for ETH of settled principal, whoever staked it (paid now, or queued until pools settle).')
            [CompletionResult]::new('rewards', 'rewards', [CompletionResultType]::ParameterValue, 'Show every amount an account can claim: pool payouts, provider shares and refunds, and its rewards from reward shares, sidecar stakes and governance.')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim everything `stkr rewards` lists for --account, each its own transaction, in one confirmed plan; reports what arrived.')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'An account''s past actions from the contracts'' events: stakes, unstakes, claims, redemptions, bids, votes, proposals.')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Run the reward pool''s due distribution to governors, reward stakers, sidecar stakers and development (anyone may, once a reward period)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The live dashboard: every role in one interactive terminal view, refreshed on every block.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;init' {
            [CompletionResult]::new('--create-account', '--create-account', [CompletionResultType]::ParameterName, 'Create this account (asks for a passphrase, or reads --password-file) and make it the default')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;accounts' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and their addresses')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account: address, keystore file, whether its passphrase is in the keyring')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;account;new' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring, so commands do not ask for it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;new' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring, so commands do not ask for it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;import' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;import' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'Also keep the passphrase in the OS keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;remove' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;accounts;remove' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;account;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file.')
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
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file.')
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
            [CompletionResult]::new('--ankr-token', '--ankr-token', [CompletionResultType]::ParameterName, 'The ANKR token to use on a network without a real one stkr knows (hoodi, sepolia, a devnet)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--single-key-governance', '--single-key-governance', [CompletionResultType]::ParameterName, 'Deploy without Governance on a public chain: the deployer''s one key then governs everything for good (the devnet needs no flag)')
            [CompletionResult]::new('--devnet', '--devnet', [CompletionResultType]::ParameterName, 'The chain is a local or private devnet: stkr may create a mintable test ANKR token and a mock deposit contract there. Needed on a chain id stkr does not know; refused on a public network')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses.')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            [CompletionResult]::new('import-accounts', 'import-accounts', [CompletionResultType]::ParameterValue, 'Import the ten dev accounts as dev0 … dev9 (anvil''s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.')
            [CompletionResult]::new('deposit-data', 'deposit-data', [CompletionResultType]::ParameterValue, 'Write a deposit data file for a pool''s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool''s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet''s public mnemonic (anvil''s), so runs are reproducible (on a real network use `stkr validator new`).')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Let ETH arrive at a pool''s vault (its withdrawal address) as its validator''s withdrawals do: no transaction, no code run. An exited validator''s balance there lets anyone settle the pool.')
            [CompletionResult]::new('fund', 'fund', [CompletionResultType]::ParameterValue, 'Give an address devnet ETH (for gas, e.g. a new sidecar''s key): its balance grows by AMOUNT.')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the devnet''s clock forward and mine a block: voting periods, auctions and pool terms pass.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;devnet;up' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port on 127.0.0.1')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the chain in FILE: anvil writes it there when the devnet stops, and `up --state FILE` with an existing FILE continues that chain (deployment and all) instead of starting afresh')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also create demo actors: two qualified providers with three nodes, pools in every state, ANKR staked on sidecars and a project in its auction; a `stkr sidecar run` starts for each node, with 2-minute report periods')
            [CompletionResult]::new('--no-sidecars', '--no-sidecars', [CompletionResultType]::ParameterName, 'With --demo: leave the demo nodes without running sidecars (and the report period at its default)')
            [CompletionResult]::new('--beacon', '--beacon', [CompletionResultType]::ParameterName, 'With --demo: also run the pinned Lodestar dev chain (`make beacon-toolchain`); the demo pools'' validators are its interop validators 0 and 1, and each sidecar watches one of them (node N validator N-1) through the Beacon Node API. The chain follows the deposit contract: a pool activated later becomes a validator a minute or two after its deposit (and the demo, to keep the devnet''s clock on the wall clock, does not age pool 3 to settle it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;status' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;down' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;import-accounts' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;deposit-data' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write it')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;withdrawals' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;fund' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;advance' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;devnet;help' {
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses.')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            [CompletionResult]::new('import-accounts', 'import-accounts', [CompletionResultType]::ParameterValue, 'Import the ten dev accounts as dev0 … dev9 (anvil''s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.')
            [CompletionResult]::new('deposit-data', 'deposit-data', [CompletionResultType]::ParameterValue, 'Write a deposit data file for a pool''s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool''s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet''s public mnemonic (anvil''s), so runs are reproducible (on a real network use `stkr validator new`).')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Let ETH arrive at a pool''s vault (its withdrawal address) as its validator''s withdrawals do: no transaction, no code run. An exited validator''s balance there lets anyone settle the pool.')
            [CompletionResult]::new('fund', 'fund', [CompletionResultType]::ParameterValue, 'Give an address devnet ETH (for gas, e.g. a new sidecar''s key): its balance grows by AMOUNT.')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the devnet''s clock forward and mine a block: voting periods, auctions and pool terms pass.')
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
        'stkr;devnet;help;import-accounts' {
            break
        }
        'stkr;devnet;help;deposit-data' {
            break
        }
        'stkr;devnet;help;withdrawals' {
            break
        }
        'stkr;devnet;help;fund' {
            break
        }
        'stkr;devnet;help;advance' {
            break
        }
        'stkr;devnet;help;help' {
            break
        }
        'stkr;params' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;status' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Look at this address instead of --account''s')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('governors', 'governors', [CompletionResultType]::ParameterValue, 'The seated governors with their stake, weight and attendance')
            [CompletionResult]::new('candidates', 'candidates', [CompletionResultType]::ParameterValue, 'The candidates with their stake and delegated votes, and when the next election may run')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join as an invited governor, staking ANKR (at least governor-min-stake).')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Add ANKR to your governance stake')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election''s snapshot and the election)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply to be elected, optionally staking first (before the next election''s snapshot: from it until the election, stakes and candidacies are locked).')
            [CompletionResult]::new('withdraw-candidacy', 'withdraw-candidacy', [CompletionResultType]::ParameterValue, 'Withdraw your candidacy (your stake stays; `unstake` takes it out)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Run the due election (anyone may), by the weights at its snapshot')
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a change for the governors to vote on, locking the proposal bond')
            [CompletionResult]::new('proposals', 'proposals', [CompletionResultType]::ParameterValue, 'Every proposal with its tally and deadline')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One proposal: what it calls, how each governor voted, and whether it passes')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Vote on an open proposal.')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a passed proposal once its timelock is over and before it expires (anyone may)')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Close a proposal''s voting and count attendance without executing it (anyone may)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'The governance parameters (the same as `stkr params`)')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the protocol''s governance from the deployer to the Governance contract''s executor, once every invited governor has joined (the devnet does this itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;govern;governors' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;candidates' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;join' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;stake' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;unstake' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;apply' {
            [CompletionResult]::new('--stake', '--stake', [CompletionResultType]::ParameterName, 'Stake this much ANKR first')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;withdraw-candidacy' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;delegate' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;elect' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('param', 'param', [CompletionResultType]::ParameterValue, 'Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify a registered provider at a trust level')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Change a qualified provider''s trust level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a provider''s qualification')
            [CompletionResult]::new('disqualify', 'disqualify', [CompletionResultType]::ParameterValue, 'Disqualify a provider for a while')
            [CompletionResult]::new('fail-pool', 'fail-pool', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (§3.6): on its record, collateral slashed, and the pool may exit and settle early. The amount that came back is read from the pool''s vault')
            [CompletionResult]::new('migrate-pool', 'migrate-pool', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending pool into another pending pool')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report a project''s failed delivery: FP back to the requester plus up to LOSS from collateral')
            [CompletionResult]::new('add-guardian', 'add-guardian', [CompletionResultType]::ParameterValue, 'Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.')
            [CompletionResult]::new('remove-guardian', 'remove-guardian', [CompletionResultType]::ParameterValue, 'Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it)')
            [CompletionResult]::new('guardian-quorum', 'guardian-quorum', [CompletionResultType]::ParameterValue, 'Set how many guardian attestations a validator deposit needs (M of N)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Any call: a target contract and hex calldata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;govern;propose;param' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;qualify' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'Its trust level')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;trust' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The new level')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;revoke' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;disqualify' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For how long from now: 30d, 12h')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;fail-pool' {
            [CompletionResult]::new('--slash', '--slash', [CompletionResultType]::ParameterName, 'ANKR collateral to slash into the insurance pool')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;migrate-pool' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;report-failure' {
            [CompletionResult]::new('--loss', '--loss', [CompletionResultType]::ParameterName, 'The requester''s loss to compensate from the provider''s collateral')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;add-guardian' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;remove-guardian' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;guardian-quorum' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;call' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Why, for the other governors (default: a description of the call)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;propose;help' {
            [CompletionResult]::new('param', 'param', [CompletionResultType]::ParameterValue, 'Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify a registered provider at a trust level')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Change a qualified provider''s trust level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a provider''s qualification')
            [CompletionResult]::new('disqualify', 'disqualify', [CompletionResultType]::ParameterValue, 'Disqualify a provider for a while')
            [CompletionResult]::new('fail-pool', 'fail-pool', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (§3.6): on its record, collateral slashed, and the pool may exit and settle early. The amount that came back is read from the pool''s vault')
            [CompletionResult]::new('migrate-pool', 'migrate-pool', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending pool into another pending pool')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report a project''s failed delivery: FP back to the requester plus up to LOSS from collateral')
            [CompletionResult]::new('add-guardian', 'add-guardian', [CompletionResultType]::ParameterValue, 'Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.')
            [CompletionResult]::new('remove-guardian', 'remove-guardian', [CompletionResultType]::ParameterValue, 'Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it)')
            [CompletionResult]::new('guardian-quorum', 'guardian-quorum', [CompletionResultType]::ParameterValue, 'Set how many guardian attestations a validator deposit needs (M of N)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Any call: a target contract and hex calldata')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;govern;propose;help;param' {
            break
        }
        'stkr;govern;propose;help;qualify' {
            break
        }
        'stkr;govern;propose;help;trust' {
            break
        }
        'stkr;govern;propose;help;revoke' {
            break
        }
        'stkr;govern;propose;help;disqualify' {
            break
        }
        'stkr;govern;propose;help;fail-pool' {
            break
        }
        'stkr;govern;propose;help;migrate-pool' {
            break
        }
        'stkr;govern;propose;help;report-failure' {
            break
        }
        'stkr;govern;propose;help;add-guardian' {
            break
        }
        'stkr;govern;propose;help;remove-guardian' {
            break
        }
        'stkr;govern;propose;help;guardian-quorum' {
            break
        }
        'stkr;govern;propose;help;call' {
            break
        }
        'stkr;govern;propose;help;help' {
            break
        }
        'stkr;govern;proposals' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only proposals still open for votes or waiting to be executed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;vote' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;execute' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;finalize' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;params' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;handover' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;govern;help' {
            [CompletionResult]::new('governors', 'governors', [CompletionResultType]::ParameterValue, 'The seated governors with their stake, weight and attendance')
            [CompletionResult]::new('candidates', 'candidates', [CompletionResultType]::ParameterValue, 'The candidates with their stake and delegated votes, and when the next election may run')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join as an invited governor, staking ANKR (at least governor-min-stake).')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Add ANKR to your governance stake')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election''s snapshot and the election)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply to be elected, optionally staking first (before the next election''s snapshot: from it until the election, stakes and candidacies are locked).')
            [CompletionResult]::new('withdraw-candidacy', 'withdraw-candidacy', [CompletionResultType]::ParameterValue, 'Withdraw your candidacy (your stake stays; `unstake` takes it out)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Run the due election (anyone may), by the weights at its snapshot')
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a change for the governors to vote on, locking the proposal bond')
            [CompletionResult]::new('proposals', 'proposals', [CompletionResultType]::ParameterValue, 'Every proposal with its tally and deadline')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One proposal: what it calls, how each governor voted, and whether it passes')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Vote on an open proposal.')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a passed proposal once its timelock is over and before it expires (anyone may)')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Close a proposal''s voting and count attendance without executing it (anyone may)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'The governance parameters (the same as `stkr params`)')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the protocol''s governance from the deployer to the Governance contract''s executor, once every invited governor has joined (the devnet does this itself)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;govern;help;governors' {
            break
        }
        'stkr;govern;help;candidates' {
            break
        }
        'stkr;govern;help;join' {
            break
        }
        'stkr;govern;help;stake' {
            break
        }
        'stkr;govern;help;unstake' {
            break
        }
        'stkr;govern;help;apply' {
            break
        }
        'stkr;govern;help;withdraw-candidacy' {
            break
        }
        'stkr;govern;help;delegate' {
            break
        }
        'stkr;govern;help;elect' {
            break
        }
        'stkr;govern;help;propose' {
            [CompletionResult]::new('param', 'param', [CompletionResultType]::ParameterValue, 'Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify a registered provider at a trust level')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Change a qualified provider''s trust level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a provider''s qualification')
            [CompletionResult]::new('disqualify', 'disqualify', [CompletionResultType]::ParameterValue, 'Disqualify a provider for a while')
            [CompletionResult]::new('fail-pool', 'fail-pool', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (§3.6): on its record, collateral slashed, and the pool may exit and settle early. The amount that came back is read from the pool''s vault')
            [CompletionResult]::new('migrate-pool', 'migrate-pool', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending pool into another pending pool')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report a project''s failed delivery: FP back to the requester plus up to LOSS from collateral')
            [CompletionResult]::new('add-guardian', 'add-guardian', [CompletionResultType]::ParameterValue, 'Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.')
            [CompletionResult]::new('remove-guardian', 'remove-guardian', [CompletionResultType]::ParameterValue, 'Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it)')
            [CompletionResult]::new('guardian-quorum', 'guardian-quorum', [CompletionResultType]::ParameterValue, 'Set how many guardian attestations a validator deposit needs (M of N)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Any call: a target contract and hex calldata')
            break
        }
        'stkr;govern;help;propose;param' {
            break
        }
        'stkr;govern;help;propose;qualify' {
            break
        }
        'stkr;govern;help;propose;trust' {
            break
        }
        'stkr;govern;help;propose;revoke' {
            break
        }
        'stkr;govern;help;propose;disqualify' {
            break
        }
        'stkr;govern;help;propose;fail-pool' {
            break
        }
        'stkr;govern;help;propose;migrate-pool' {
            break
        }
        'stkr;govern;help;propose;report-failure' {
            break
        }
        'stkr;govern;help;propose;add-guardian' {
            break
        }
        'stkr;govern;help;propose;remove-guardian' {
            break
        }
        'stkr;govern;help;propose;guardian-quorum' {
            break
        }
        'stkr;govern;help;propose;call' {
            break
        }
        'stkr;govern;help;proposals' {
            break
        }
        'stkr;govern;help;show' {
            break
        }
        'stkr;govern;help;vote' {
            break
        }
        'stkr;govern;help;execute' {
            break
        }
        'stkr;govern;help;finalize' {
            break
        }
        'stkr;govern;help;params' {
            break
        }
        'stkr;govern;help;handover' {
            break
        }
        'stkr;govern;help;help' {
            break
        }
        'stkr;provider' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every provider that ever applied, with status, price, collateral, nodes and score.')
            [CompletionResult]::new('collateral', 'collateral', [CompletionResultType]::ParameterValue, 'Add or withdraw ANKR collateral.')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Explain a provider''s reputation score: each part, its weight, and the failure penalty.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the provider daemon''s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What the provider daemon did and waits for, from its state dir.')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;providers' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every provider that ever applied, with status, price, collateral, nodes and score.')
            [CompletionResult]::new('collateral', 'collateral', [CompletionResultType]::ParameterValue, 'Add or withdraw ANKR collateral.')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Explain a provider''s reputation score: each part, its weight, and the failure penalty.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the provider daemon''s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What the provider daemon did and waits for, from its state dir.')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;provider;register' {
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Your brand name, shown to stakers and requesters (1 to 64 bytes)')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores you offer per node')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM you offer per node, in GB')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage you offer per node, in GB')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth you offer per node, in Mbit/s')
            [CompletionResult]::new('--max-nodes', '--max-nodes', [CompletionResultType]::ParameterName, 'How many nodes (and pools) you can run at once')
            [CompletionResult]::new('--collateral', '--collateral', [CompletionResultType]::ParameterName, 'Also deposit this much ANKR collateral (approving the registry first when needed)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;register' {
            [CompletionResult]::new('--brand', '--brand', [CompletionResultType]::ParameterName, 'Your brand name, shown to stakers and requesters (1 to 64 bytes)')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores you offer per node')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM you offer per node, in GB')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage you offer per node, in GB')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth you offer per node, in Mbit/s')
            [CompletionResult]::new('--max-nodes', '--max-nodes', [CompletionResultType]::ParameterName, 'How many nodes (and pools) you can run at once')
            [CompletionResult]::new('--collateral', '--collateral', [CompletionResultType]::ParameterName, 'Also deposit this much ANKR collateral (approving the registry first when needed)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;collateral' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;provider;collateral;add' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;collateral;withdraw' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;collateral;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;provider;collateral;help;add' {
            break
        }
        'stkr;provider;collateral;help;withdraw' {
            break
        }
        'stkr;provider;collateral;help;help' {
            break
        }
        'stkr;providers;collateral' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;providers;collateral;add' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;collateral;withdraw' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;collateral;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;providers;collateral;help;add' {
            break
        }
        'stkr;providers;collateral;help;withdraw' {
            break
        }
        'stkr;providers;collateral;help;help' {
            break
        }
        'stkr;provider;score' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;score' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;update' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The new price per node in ANKR')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores per node')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM per node, in GB')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage per node, in GB')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth per node, in Mbit/s')
            [CompletionResult]::new('--max-nodes', '--max-nodes', [CompletionResultType]::ParameterName, 'How many nodes (and pools) you can run at once')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;update' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'The new price per node in ANKR')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores per node')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM per node, in GB')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage per node, in GB')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth per node, in Mbit/s')
            [CompletionResult]::new('--max-nodes', '--max-nodes', [CompletionResultType]::ParameterName, 'How many nodes (and pools) you can run at once')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;init' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Your provider key: a keystore file (a stkr account''s is under <data dir>/keystores)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The state dir (journal, key records, shares) [default: <data dir>/provider/ADDRESS]')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often it looks at the chain, in seconds')
            [CompletionResult]::new('--max-fee-gwei', '--max-fee-gwei', [CompletionResultType]::ParameterName, 'The most it pays per gas, in gwei; above it a transaction waits')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the configuration [default: <data dir>/provider/ADDRESS.toml]')
            [CompletionResult]::new('--bid-floor', '--bid-floor', [CompletionResultType]::ParameterName, 'Bid on open projects, never below this price in ANKR (leave out to bid on none)')
            [CompletionResult]::new('--bid-share', '--bid-share', [CompletionResultType]::ParameterName, 'Bid this share of a project''s fixed price (0 to 1), or the floor when that is higher')
            [CompletionResult]::new('--max-projects', '--max-projects', [CompletionResultType]::ParameterName, 'Hold at most this many projects at once (bids in flight count)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Provision won projects from this template (`<state dir>/templates/NAME.toml`; anvil and lodestar-beacon ship)')
            [CompletionResult]::new('--profit', '--profit', [CompletionResultType]::ParameterName, 'The profit to report when a project completes, in ANKR')
            [CompletionResult]::new('--beacon-url', '--beacon-url', [CompletionResultType]::ParameterName, 'Run each active pool''s validator: a threshold signer and the pinned Lodestar validator client pointed at this beacon node (leave out to run none)')
            [CompletionResult]::new('--collateral-target', '--collateral-target', [CompletionResultType]::ParameterName, 'Keep the collateral at least this, in ANKR, topping it up from your ANKR')
            [CompletionResult]::new('--claim-min-fee-multiple', '--claim-min-fee-multiple', [CompletionResultType]::ParameterName, 'Claim owed ETH once it is at least this many times the fee of claiming it')
            [CompletionResult]::new('--claim-min-ankr', '--claim-min-ankr', [CompletionResultType]::ParameterName, 'Claim owed ANKR from this much')
            [CompletionResult]::new('--money-interval', '--money-interval', [CompletionResultType]::ParameterName, 'How often it looks at claims and collateral, in seconds')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Serve Prometheus `/metrics` and `/status` here (keep it on loopback or a private network)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing configuration file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;init' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Your provider key: a keystore file (a stkr account''s is under <data dir>/keystores)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The state dir (journal, key records, shares) [default: <data dir>/provider/ADDRESS]')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often it looks at the chain, in seconds')
            [CompletionResult]::new('--max-fee-gwei', '--max-fee-gwei', [CompletionResultType]::ParameterName, 'The most it pays per gas, in gwei; above it a transaction waits')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the configuration [default: <data dir>/provider/ADDRESS.toml]')
            [CompletionResult]::new('--bid-floor', '--bid-floor', [CompletionResultType]::ParameterName, 'Bid on open projects, never below this price in ANKR (leave out to bid on none)')
            [CompletionResult]::new('--bid-share', '--bid-share', [CompletionResultType]::ParameterName, 'Bid this share of a project''s fixed price (0 to 1), or the floor when that is higher')
            [CompletionResult]::new('--max-projects', '--max-projects', [CompletionResultType]::ParameterName, 'Hold at most this many projects at once (bids in flight count)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Provision won projects from this template (`<state dir>/templates/NAME.toml`; anvil and lodestar-beacon ship)')
            [CompletionResult]::new('--profit', '--profit', [CompletionResultType]::ParameterName, 'The profit to report when a project completes, in ANKR')
            [CompletionResult]::new('--beacon-url', '--beacon-url', [CompletionResultType]::ParameterName, 'Run each active pool''s validator: a threshold signer and the pinned Lodestar validator client pointed at this beacon node (leave out to run none)')
            [CompletionResult]::new('--collateral-target', '--collateral-target', [CompletionResultType]::ParameterName, 'Keep the collateral at least this, in ANKR, topping it up from your ANKR')
            [CompletionResult]::new('--claim-min-fee-multiple', '--claim-min-fee-multiple', [CompletionResultType]::ParameterName, 'Claim owed ETH once it is at least this many times the fee of claiming it')
            [CompletionResult]::new('--claim-min-ankr', '--claim-min-ankr', [CompletionResultType]::ParameterName, 'Claim owed ANKR from this much')
            [CompletionResult]::new('--money-interval', '--money-interval', [CompletionResultType]::ParameterName, 'How often it looks at claims and collateral, in seconds')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Serve Prometheus `/metrics` and `/status` here (keep it on loopback or a private network)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing configuration file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr provider init` writes it)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How it logs: human (one readable line per event) or json (one object per line, for journald and log shippers)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what it would send; send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr provider init` writes it)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How it logs: human (one readable line per event) or json (one object per line, for journald and log shippers)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what it would send; send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;install-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file the service runs with')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (and group) the service runs as; create it with `useradd --system`')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The stkr binary [default: this one]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the unit [default: /etc/systemd/system/stkr-provider.service]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;providers;install-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file the service runs with')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (and group) the service runs as; create it with `useradd --system`')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The stkr binary [default: this one]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the unit [default: /etc/systemd/system/stkr-provider.service]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;provider;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every provider that ever applied, with status, price, collateral, nodes and score.')
            [CompletionResult]::new('collateral', 'collateral', [CompletionResultType]::ParameterValue, 'Add or withdraw ANKR collateral.')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Explain a provider''s reputation score: each part, its weight, and the failure penalty.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the provider daemon''s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What the provider daemon did and waits for, from its state dir.')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;provider;help;register' {
            break
        }
        'stkr;provider;help;show' {
            break
        }
        'stkr;provider;help;list' {
            break
        }
        'stkr;provider;help;collateral' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            break
        }
        'stkr;provider;help;collateral;add' {
            break
        }
        'stkr;provider;help;collateral;withdraw' {
            break
        }
        'stkr;provider;help;score' {
            break
        }
        'stkr;provider;help;update' {
            break
        }
        'stkr;provider;help;init' {
            break
        }
        'stkr;provider;help;run' {
            break
        }
        'stkr;provider;help;status' {
            break
        }
        'stkr;provider;help;install-service' {
            break
        }
        'stkr;provider;help;help' {
            break
        }
        'stkr;providers;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every provider that ever applied, with status, price, collateral, nodes and score.')
            [CompletionResult]::new('collateral', 'collateral', [CompletionResultType]::ParameterValue, 'Add or withdraw ANKR collateral.')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Explain a provider''s reputation score: each part, its weight, and the failure penalty.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the provider daemon''s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What the provider daemon did and waits for, from its state dir.')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;providers;help;register' {
            break
        }
        'stkr;providers;help;show' {
            break
        }
        'stkr;providers;help;list' {
            break
        }
        'stkr;providers;help;collateral' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            break
        }
        'stkr;providers;help;collateral;add' {
            break
        }
        'stkr;providers;help;collateral;withdraw' {
            break
        }
        'stkr;providers;help;score' {
            break
        }
        'stkr;providers;help;update' {
            break
        }
        'stkr;providers;help;init' {
            break
        }
        'stkr;providers;help;run' {
            break
        }
        'stkr;providers;help;status' {
            break
        }
        'stkr;providers;help;install-service' {
            break
        }
        'stkr;providers;help;help' {
            break
        }
        'stkr;node' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period''s auditors and targets, and the ANKR staked on its sidecar.')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('settle-audits', 'settle-audits', [CompletionResultType]::ParameterValue, 'Settle a past period''s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;nodes' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period''s auditors and targets, and the ANKR staked on its sidecar.')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('settle-audits', 'settle-audits', [CompletionResultType]::ParameterValue, 'Settle a past period''s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;node;add' {
            [CompletionResult]::new('--sidecar', '--sidecar', [CompletionResultType]::ParameterName, 'The address the node''s sidecar reports from (one sidecar per node)')
            [CompletionResult]::new('--probe-url', '--probe-url', [CompletionResultType]::ParameterName, 'The public http(s) URL where other sidecars reach this node''s signed status (at most 256 bytes)')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores of the node [default: your offer''s]')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM of the node in GB [default: your offer''s]')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage of the node in GB [default: your offer''s]')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth of the node in Mbit/s [default: your offer''s]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;add' {
            [CompletionResult]::new('--sidecar', '--sidecar', [CompletionResultType]::ParameterName, 'The address the node''s sidecar reports from (one sidecar per node)')
            [CompletionResult]::new('--probe-url', '--probe-url', [CompletionResultType]::ParameterName, 'The public http(s) URL where other sidecars reach this node''s signed status (at most 256 bytes)')
            [CompletionResult]::new('--cpu-cores', '--cpu-cores', [CompletionResultType]::ParameterName, 'CPU cores of the node [default: your offer''s]')
            [CompletionResult]::new('--ram-gb', '--ram-gb', [CompletionResultType]::ParameterName, 'RAM of the node in GB [default: your offer''s]')
            [CompletionResult]::new('--storage-gb', '--storage-gb', [CompletionResultType]::ParameterName, 'Storage of the node in GB [default: your offer''s]')
            [CompletionResult]::new('--bandwidth-mbps', '--bandwidth-mbps', [CompletionResultType]::ParameterName, 'Bandwidth of the node in Mbit/s [default: your offer''s]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only the nodes of this provider')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active nodes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;list' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only the nodes of this provider')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only active nodes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;retire' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;finish' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;retire' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;finish' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;settle-audits' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only these nodes (repeat the flag)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;nodes;settle-audits' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only these nodes (repeat the flag)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;node;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period''s auditors and targets, and the ANKR staked on its sidecar.')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('settle-audits', 'settle-audits', [CompletionResultType]::ParameterValue, 'Settle a past period''s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;node;help;add' {
            break
        }
        'stkr;node;help;list' {
            break
        }
        'stkr;node;help;show' {
            break
        }
        'stkr;node;help;retire' {
            break
        }
        'stkr;node;help;settle-audits' {
            break
        }
        'stkr;node;help;help' {
            break
        }
        'stkr;nodes;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period''s auditors and targets, and the ANKR staked on its sidecar.')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('settle-audits', 'settle-audits', [CompletionResultType]::ParameterValue, 'Settle a past period''s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;nodes;help;add' {
            break
        }
        'stkr;nodes;help;list' {
            break
        }
        'stkr;nodes;help;show' {
            break
        }
        'stkr;nodes;help;retire' {
            break
        }
        'stkr;nodes;help;settle-audits' {
            break
        }
        'stkr;nodes;help;help' {
            break
        }
        'stkr;sidecar' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the sidecar last saw and did, from its state dir (no RPC needed).')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;sidecar;init' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node this sidecar serves (see `stkr node list`)')
            [CompletionResult]::new('--sidecar-account', '--sidecar-account', [CompletionResultType]::ParameterName, 'The sidecar''s key: a stkr account (see `stkr account list`)')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'The sidecar''s key: a keystore file (geth, `cast wallet`)')
            [CompletionResult]::new('--execution-url', '--execution-url', [CompletionResultType]::ParameterName, 'The execution client''s JSON-RPC URL; repeat for fallbacks, in order of preference [default: --rpc-url]')
            [CompletionResult]::new('--beacon-url', '--beacon-url', [CompletionResultType]::ParameterName, 'The consensus client''s Beacon Node API URL; repeat for fallbacks')
            [CompletionResult]::new('--validator-pubkey', '--validator-pubkey', [CompletionResultType]::ParameterName, 'The validator to watch through the Beacon Node API (0x and 96 hex digits)')
            [CompletionResult]::new('--provider-status', '--provider-status', [CompletionResultType]::ParameterName, 'The provider daemon''s status file (`<its state dir>/status.json`): the sidecar checks the health of each running project in it and puts the answers into its signed status')
            [CompletionResult]::new('--probe-listen', '--probe-listen', [CompletionResultType]::ParameterName, 'Where to serve /status and /healthz (the node''s probe URL must reach it)')
            [CompletionResult]::new('--metrics-listen', '--metrics-listen', [CompletionResultType]::ParameterName, 'Where to serve /metrics [default: on the probe address]')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The state dir (outbox, status) [default: <data dir>/sidecar/node-ID]')
            [CompletionResult]::new('--fee-cap', '--fee-cap', [CompletionResultType]::ParameterName, 'The most its reports pay per gas, in gwei; above it a report waits')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often it looks, in seconds')
            [CompletionResult]::new('--max-head-age', '--max-head-age', [CompletionResultType]::ParameterName, 'A head older than this makes the node unhealthy, in seconds')
            [CompletionResult]::new('--replace-after', '--replace-after', [CompletionResultType]::ParameterName, 'A report not mined after this many seconds goes again with a higher fee')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the configuration [default: <data dir>/sidecar/node-ID.toml]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing configuration file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;sidecar;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr sidecar init` writes it). The keystore passphrase is read from its `password_file`, or from systemd''s `password` credential when run as a service')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'Logs as human lines or JSON objects [default: the configuration''s]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;sidecar;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;sidecar;install-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file the service runs with')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (and group) the service runs as; create it with `useradd --system`')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The stkr binary [default: this one]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the unit [default: /etc/systemd/system/stkr-sidecar-NODE.service]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;sidecar;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the sidecar last saw and did, from its state dir (no RPC needed).')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;sidecar;help;init' {
            break
        }
        'stkr;sidecar;help;run' {
            break
        }
        'stkr;sidecar;help;status' {
            break
        }
        'stkr;sidecar;help;install-service' {
            break
        }
        'stkr;sidecar;help;help' {
            break
        }
        'stkr;guardian' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Check a pool''s validator deposit and sign its attestation once, by hand, as --account.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'status')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;guardian;init' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'The guardian''s key: a keystore file (a stkr account''s is under <data dir>/keystores)')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where to serve attestations (the URL governance registers must reach it)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The state dir (deposit index, attestation record) [default: <data dir>/guardian/ADDRESS]')
            [CompletionResult]::new('--poll-interval', '--poll-interval', [CompletionResultType]::ParameterName, 'How often the deposit index catches up with the chain, in seconds')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the configuration [default: <data dir>/guardian/ADDRESS.toml]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing configuration file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;guardian;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr guardian init` writes it). The keystore passphrase is read from its `password_file`, or from systemd''s `password` credential when run as a service')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;guardian;attest' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool whose validator is deposited')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'The validator''s BLS public key (0x and 96 hex digits)')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The deposit''s BLS signature (0x and 192 hex digits)')
            [CompletionResult]::new('--deposit-data-root', '--deposit-data-root', [CompletionResultType]::ParameterName, 'The deposit''s deposit_data_root')
            [CompletionResult]::new('--block', '--block', [CompletionResultType]::ParameterName, 'The block to attest [default: the head]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;guardian;status' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;guardian;install-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file the service runs with')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (and group) the service runs as; create it with `useradd --system`')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The stkr binary [default: this one]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the unit [default: /etc/systemd/system/stkr-guardian.service]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;guardian;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Check a pool''s validator deposit and sign its attestation once, by hand, as --account.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'status')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;guardian;help;init' {
            break
        }
        'stkr;guardian;help;run' {
            break
        }
        'stkr;guardian;help;attest' {
            break
        }
        'stkr;guardian;help;status' {
            break
        }
        'stkr;guardian;help;install-service' {
            break
        }
        'stkr;guardian;help;help' {
            break
        }
        'stkr;signer' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a signer configuration file (TOML): the distributed key, the provider''s share and account keystores, the guardians'' URLs (read from the chain now), where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('slashing-protection', 'slashing-protection', [CompletionResultType]::ParameterValue, 'Move the signer''s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;signer;init' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The distributed key''s record (`stkr validator dkg` wrote it)')
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'The provider''s share of the validator key (an EIP-2335 keystore `stkr validator dkg` wrote)')
            [CompletionResult]::new('--account-keystore', '--account-keystore', [CompletionResultType]::ParameterName, 'The provider''s Ethereum keystore (a stkr account''s file): it signs every request to the guardians')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where the validator client reaches the API; keep it on loopback or a private network')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'The state dir (slashing-protection record) [default: <data dir>/signer/PUBKEY]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the configuration [default: <data dir>/signer/PUBKEY.toml]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing configuration file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr signer init` writes it)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr signer init` writes it)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;install-service' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file the service runs with')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (and group) the service runs as; create it with `useradd --system`')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The stkr binary [default: this one]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the unit [default: /etc/systemd/system/stkr-signer.service]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;slashing-protection' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the record as an EIP-3076 interchange (version 5).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an EIP-3076 interchange (another client''s export, or this signer''s) into the record.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;signer;slashing-protection;export' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file (`stkr signer init` writes it)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;slashing-protection;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;signer;slashing-protection;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the record as an EIP-3076 interchange (version 5).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an EIP-3076 interchange (another client''s export, or this signer''s) into the record.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;signer;slashing-protection;help;export' {
            break
        }
        'stkr;signer;slashing-protection;help;import' {
            break
        }
        'stkr;signer;slashing-protection;help;help' {
            break
        }
        'stkr;signer;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a signer configuration file (TOML): the distributed key, the provider''s share and account keystores, the guardians'' URLs (read from the chain now), where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('slashing-protection', 'slashing-protection', [CompletionResultType]::ParameterValue, 'Move the signer''s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;signer;help;init' {
            break
        }
        'stkr;signer;help;run' {
            break
        }
        'stkr;signer;help;status' {
            break
        }
        'stkr;signer;help;install-service' {
            break
        }
        'stkr;signer;help;slashing-protection' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the record as an EIP-3076 interchange (version 5).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an EIP-3076 interchange (another client''s export, or this signer''s) into the record.')
            break
        }
        'stkr;signer;help;slashing-protection;export' {
            break
        }
        'stkr;signer;help;slashing-protection;import' {
            break
        }
        'stkr;signer;help;help' {
            break
        }
        'stkr;project' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('quote', 'quote', [CompletionResultType]::ParameterValue, 'Price resources for a duration and list the providers that can take it')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a project and pay its fixed price; a sealed-bid auction opens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project: status, phase, deadlines, bids, provider and payout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, optionally in one status or only your own')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete your project after its duration, as its provider, depositing its profit X')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;projects' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('quote', 'quote', [CompletionResultType]::ParameterValue, 'Price resources for a duration and list the providers that can take it')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a project and pay its fixed price; a sealed-bid auction opens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project: status, phase, deadlines, bids, provider and payout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, optionally in one status or only your own')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete your project after its duration, as its provider, depositing its profit X')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;project;quote' {
            [CompletionResult]::new('--cpu', '--cpu', [CompletionResultType]::ParameterName, 'CPU cores')
            [CompletionResult]::new('--ram', '--ram', [CompletionResultType]::ParameterName, 'RAM in GB')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage in GB')
            [CompletionResult]::new('--bandwidth', '--bandwidth', [CompletionResultType]::ParameterName, 'Bandwidth in Mbit/s')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days the project runs (from 1)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;projects;quote' {
            [CompletionResult]::new('--cpu', '--cpu', [CompletionResultType]::ParameterName, 'CPU cores')
            [CompletionResult]::new('--ram', '--ram', [CompletionResultType]::ParameterName, 'RAM in GB')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage in GB')
            [CompletionResult]::new('--bandwidth', '--bandwidth', [CompletionResultType]::ParameterName, 'Bandwidth in Mbit/s')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days the project runs (from 1)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;project;submit' {
            [CompletionResult]::new('--cpu', '--cpu', [CompletionResultType]::ParameterName, 'CPU cores')
            [CompletionResult]::new('--ram', '--ram', [CompletionResultType]::ParameterName, 'RAM in GB')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage in GB')
            [CompletionResult]::new('--bandwidth', '--bandwidth', [CompletionResultType]::ParameterName, 'Bandwidth in Mbit/s')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days the project runs (from 1)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;projects;submit' {
            [CompletionResult]::new('--cpu', '--cpu', [CompletionResultType]::ParameterName, 'CPU cores')
            [CompletionResult]::new('--ram', '--ram', [CompletionResultType]::ParameterName, 'RAM in GB')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'Storage in GB')
            [CompletionResult]::new('--bandwidth', '--bandwidth', [CompletionResultType]::ParameterName, 'Bandwidth in Mbit/s')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days the project runs (from 1)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;project;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;projects;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;project;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only projects in this status')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only projects --account requested or runs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;projects;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only projects in this status')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only projects --account requested or runs')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;project;complete' {
            [CompletionResult]::new('--profit', '--profit', [CompletionResultType]::ParameterName, 'The profit X in ANKR that the project earned (may be 0)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;projects;complete' {
            [CompletionResult]::new('--profit', '--profit', [CompletionResultType]::ParameterName, 'The profit X in ANKR that the project earned (may be 0)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;project;help' {
            [CompletionResult]::new('quote', 'quote', [CompletionResultType]::ParameterValue, 'Price resources for a duration and list the providers that can take it')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a project and pay its fixed price; a sealed-bid auction opens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project: status, phase, deadlines, bids, provider and payout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, optionally in one status or only your own')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete your project after its duration, as its provider, depositing its profit X')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;project;help;quote' {
            break
        }
        'stkr;project;help;submit' {
            break
        }
        'stkr;project;help;show' {
            break
        }
        'stkr;project;help;list' {
            break
        }
        'stkr;project;help;complete' {
            break
        }
        'stkr;project;help;help' {
            break
        }
        'stkr;projects;help' {
            [CompletionResult]::new('quote', 'quote', [CompletionResultType]::ParameterValue, 'Price resources for a duration and list the providers that can take it')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a project and pay its fixed price; a sealed-bid auction opens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project: status, phase, deadlines, bids, provider and payout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, optionally in one status or only your own')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete your project after its duration, as its provider, depositing its profit X')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;projects;help;quote' {
            break
        }
        'stkr;projects;help;submit' {
            break
        }
        'stkr;projects;help;show' {
            break
        }
        'stkr;projects;help;list' {
            break
        }
        'stkr;projects;help;complete' {
            break
        }
        'stkr;projects;help;help' {
            break
        }
        'stkr;auction' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects in their auction, with the phase and when it ends')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s auction: phase, deadlines, bidders and revealed bids')
            [CompletionResult]::new('bid', 'bid', [CompletionResultType]::ParameterValue, 'Seal a bid on a project during its commit phase')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal your sealed bid during the reveal phase')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an auction after its reveal phase (anyone may)')
            [CompletionResult]::new('forfeit', 'forfeit', [CompletionResultType]::ParameterValue, 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)')
            [CompletionResult]::new('bond', 'bond', [CompletionResultType]::ParameterValue, 'Your bond balance: free to bid with or withdraw, and locked in sealed bids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auctions' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects in their auction, with the phase and when it ends')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s auction: phase, deadlines, bidders and revealed bids')
            [CompletionResult]::new('bid', 'bid', [CompletionResultType]::ParameterValue, 'Seal a bid on a project during its commit phase')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal your sealed bid during the reveal phase')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an auction after its reveal phase (anyone may)')
            [CompletionResult]::new('forfeit', 'forfeit', [CompletionResultType]::ParameterValue, 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)')
            [CompletionResult]::new('bond', 'bond', [CompletionResultType]::ParameterValue, 'Your bond balance: free to bid with or withdraw, and locked in sealed bids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auction;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;list' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;bid' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;bid' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;reveal' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;reveal' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;settle' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;settle' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;forfeit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;forfeit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;bond' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auction;bond;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;bond;deposit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;bond;withdraw' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auction;bond;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auction;bond;help;show' {
            break
        }
        'stkr;auction;bond;help;deposit' {
            break
        }
        'stkr;auction;bond;help;withdraw' {
            break
        }
        'stkr;auction;bond;help;help' {
            break
        }
        'stkr;auctions;bond' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auctions;bond;show' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;bond;deposit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;bond;withdraw' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;auctions;bond;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auctions;bond;help;show' {
            break
        }
        'stkr;auctions;bond;help;deposit' {
            break
        }
        'stkr;auctions;bond;help;withdraw' {
            break
        }
        'stkr;auctions;bond;help;help' {
            break
        }
        'stkr;auction;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects in their auction, with the phase and when it ends')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s auction: phase, deadlines, bidders and revealed bids')
            [CompletionResult]::new('bid', 'bid', [CompletionResultType]::ParameterValue, 'Seal a bid on a project during its commit phase')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal your sealed bid during the reveal phase')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an auction after its reveal phase (anyone may)')
            [CompletionResult]::new('forfeit', 'forfeit', [CompletionResultType]::ParameterValue, 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)')
            [CompletionResult]::new('bond', 'bond', [CompletionResultType]::ParameterValue, 'Your bond balance: free to bid with or withdraw, and locked in sealed bids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auction;help;list' {
            break
        }
        'stkr;auction;help;show' {
            break
        }
        'stkr;auction;help;bid' {
            break
        }
        'stkr;auction;help;reveal' {
            break
        }
        'stkr;auction;help;settle' {
            break
        }
        'stkr;auction;help;forfeit' {
            break
        }
        'stkr;auction;help;bond' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            break
        }
        'stkr;auction;help;bond;show' {
            break
        }
        'stkr;auction;help;bond;deposit' {
            break
        }
        'stkr;auction;help;bond;withdraw' {
            break
        }
        'stkr;auction;help;help' {
            break
        }
        'stkr;auctions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects in their auction, with the phase and when it ends')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s auction: phase, deadlines, bidders and revealed bids')
            [CompletionResult]::new('bid', 'bid', [CompletionResultType]::ParameterValue, 'Seal a bid on a project during its commit phase')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal your sealed bid during the reveal phase')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an auction after its reveal phase (anyone may)')
            [CompletionResult]::new('forfeit', 'forfeit', [CompletionResultType]::ParameterValue, 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)')
            [CompletionResult]::new('bond', 'bond', [CompletionResultType]::ParameterValue, 'Your bond balance: free to bid with or withdraw, and locked in sealed bids')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;auctions;help;list' {
            break
        }
        'stkr;auctions;help;show' {
            break
        }
        'stkr;auctions;help;bid' {
            break
        }
        'stkr;auctions;help;reveal' {
            break
        }
        'stkr;auctions;help;settle' {
            break
        }
        'stkr;auctions;help;forfeit' {
            break
        }
        'stkr;auctions;help;bond' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            break
        }
        'stkr;auctions;help;bond;show' {
            break
        }
        'stkr;auctions;help;bond;deposit' {
            break
        }
        'stkr;auctions;help;bond;withdraw' {
            break
        }
        'stkr;auctions;help;help' {
            break
        }
        'stkr;pool' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every micro-pool with its status, provider and fill, read in a few batched calls.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.')
            [CompletionResult]::new('top-up', 'top-up', [CompletionResultType]::ParameterValue, 'Add ETH of your own to your pending pool (up to 32 ETH in all).')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Deposit a full pool''s 32 ETH as your validator, from the deposit data of its key.')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Request the exit of a pool''s validator through EIP-7002, from its vault.')
            [CompletionResult]::new('cover-loss', 'cover-loss', [CompletionResultType]::ParameterValue, 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (governance only, §3.6).')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;pools' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every micro-pool with its status, provider and fill, read in a few batched calls.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.')
            [CompletionResult]::new('top-up', 'top-up', [CompletionResultType]::ParameterValue, 'Add ETH of your own to your pending pool (up to 32 ETH in all).')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Deposit a full pool''s 32 ETH as your validator, from the deposit data of its key.')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Request the exit of a pool''s validator through EIP-7002, from its vault.')
            [CompletionResult]::new('cover-loss', 'cover-loss', [CompletionResultType]::ParameterValue, 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (governance only, §3.6).')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;pool;open' {
            [CompletionResult]::new('--eth', '--eth', [CompletionResultType]::ParameterName, 'Your own ETH in the pool: at least your k (8 ETH semi-trusted, 16 ETH untrusted), at most 32 ETH [default: your k]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the staking period runs, e.g. 30d, 12h, 1d12h (at most the max-pool-duration parameter)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;open' {
            [CompletionResult]::new('--eth', '--eth', [CompletionResultType]::ParameterName, 'Your own ETH in the pool: at least your k (8 ETH semi-trusted, 16 ETH untrusted), at most 32 ETH [default: your k]')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the staking period runs, e.g. 30d, 12h, 1d12h (at most the max-pool-duration parameter)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only pools in this status')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only pools of this provider')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only pools in this status')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only pools of this provider')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;show' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Also show this account''s stake [default: --account''s address, if given]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;show' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Also show this account''s stake [default: --account''s address, if given]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;top-up' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;top-up' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;activate' {
            [CompletionResult]::new('--deposit-data', '--deposit-data', [CompletionResultType]::ParameterName, 'The deposit data JSON file')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'Which deposit of the file to use, when it holds several')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;activate' {
            [CompletionResult]::new('--deposit-data', '--deposit-data', [CompletionResultType]::ParameterName, 'The deposit data JSON file')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'Which deposit of the file to use, when it holds several')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;cancel' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;cancel' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;settle' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;settle' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;exit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;exit' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;cover-loss' {
            [CompletionResult]::new('--eth', '--eth', [CompletionResultType]::ParameterName, 'ETH to send for what the insurance pool cannot cover')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;cover-loss' {
            [CompletionResult]::new('--eth', '--eth', [CompletionResultType]::ParameterName, 'ETH to send for what the insurance pool cannot cover')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;report-failure' {
            [CompletionResult]::new('--slash', '--slash', [CompletionResultType]::ParameterName, 'ANKR of the provider''s collateral to slash into the insurance pool')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--propose', '--propose', [CompletionResultType]::ParameterName, 'Submit it as a governance proposal from --account (a governor)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;report-failure' {
            [CompletionResult]::new('--slash', '--slash', [CompletionResultType]::ParameterName, 'ANKR of the provider''s collateral to slash into the insurance pool')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--propose', '--propose', [CompletionResultType]::ParameterName, 'Submit it as a governance proposal from --account (a governor)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;migrate' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--propose', '--propose', [CompletionResultType]::ParameterName, 'Submit it as a governance proposal from --account (a governor)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pools;migrate' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--propose', '--propose', [CompletionResultType]::ParameterName, 'Submit it as a governance proposal from --account (a governor)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;pool;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every micro-pool with its status, provider and fill, read in a few batched calls.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.')
            [CompletionResult]::new('top-up', 'top-up', [CompletionResultType]::ParameterValue, 'Add ETH of your own to your pending pool (up to 32 ETH in all).')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Deposit a full pool''s 32 ETH as your validator, from the deposit data of its key.')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Request the exit of a pool''s validator through EIP-7002, from its vault.')
            [CompletionResult]::new('cover-loss', 'cover-loss', [CompletionResultType]::ParameterValue, 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (governance only, §3.6).')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;pool;help;open' {
            break
        }
        'stkr;pool;help;list' {
            break
        }
        'stkr;pool;help;show' {
            break
        }
        'stkr;pool;help;top-up' {
            break
        }
        'stkr;pool;help;activate' {
            break
        }
        'stkr;pool;help;cancel' {
            break
        }
        'stkr;pool;help;settle' {
            break
        }
        'stkr;pool;help;exit' {
            break
        }
        'stkr;pool;help;cover-loss' {
            break
        }
        'stkr;pool;help;report-failure' {
            break
        }
        'stkr;pool;help;migrate' {
            break
        }
        'stkr;pool;help;help' {
            break
        }
        'stkr;pools;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every micro-pool with its status, provider and fill, read in a few batched calls.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.')
            [CompletionResult]::new('top-up', 'top-up', [CompletionResultType]::ParameterValue, 'Add ETH of your own to your pending pool (up to 32 ETH in all).')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Deposit a full pool''s 32 ETH as your validator, from the deposit data of its key.')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Request the exit of a pool''s validator through EIP-7002, from its vault.')
            [CompletionResult]::new('cover-loss', 'cover-loss', [CompletionResultType]::ParameterValue, 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (governance only, §3.6).')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;pools;help;open' {
            break
        }
        'stkr;pools;help;list' {
            break
        }
        'stkr;pools;help;show' {
            break
        }
        'stkr;pools;help;top-up' {
            break
        }
        'stkr;pools;help;activate' {
            break
        }
        'stkr;pools;help;cancel' {
            break
        }
        'stkr;pools;help;settle' {
            break
        }
        'stkr;pools;help;exit' {
            break
        }
        'stkr;pools;help;cover-loss' {
            break
        }
        'stkr;pools;help;report-failure' {
            break
        }
        'stkr;pools;help;migrate' {
            break
        }
        'stkr;pools;help;help' {
            break
        }
        'stkr;validator' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI''s); one line per problem, exit 2.')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.')
            [CompletionResult]::new('sign-partial', 'sign-partial', [CompletionResultType]::ParameterValue, 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Check partial signatures against their public shares and combine T of them into the validator''s signature (Lagrange in G2).')
            [CompletionResult]::new('dkg', 'dkg', [CompletionResultType]::ParameterValue, 'Generate a pool''s validator key with the guardian committee: it signs only with your share and a quorum of theirs.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;validators' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI''s); one line per problem, exit 2.')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.')
            [CompletionResult]::new('sign-partial', 'sign-partial', [CompletionResultType]::ParameterValue, 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Check partial signatures against their public shares and combine T of them into the validator''s signature (Lagrange in G2).')
            [CompletionResult]::new('dkg', 'dkg', [CompletionResultType]::ParameterValue, 'Generate a pool''s validator key with the guardian committee: it signs only with your share and a quorum of theirs.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;validator;new' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The beacon chain: mainnet, hoodi, sepolia or devnet [default: --network''s, or the chain --pool is read from; with --pool it must be the connected chain]')
            [CompletionResult]::new('--withdrawal-address', '--withdrawal-address', [CompletionResultType]::ParameterName, 'Where the validator''s ETH goes on exit (0x01 withdrawal credentials)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pay withdrawals to pool ID''s vault (its own withdrawal address in this deployment), checking that the pool exists')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'The first validator index in the key tree')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many validators')
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Use the mnemonic in FILE instead of creating one (recovers or adds keys)')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the keystores'' password from the first line of FILE [default: asked twice]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'The keystores'' key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the keystores and the deposit data')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;new' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The beacon chain: mainnet, hoodi, sepolia or devnet [default: --network''s, or the chain --pool is read from; with --pool it must be the connected chain]')
            [CompletionResult]::new('--withdrawal-address', '--withdrawal-address', [CompletionResultType]::ParameterName, 'Where the validator''s ETH goes on exit (0x01 withdrawal credentials)')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Pay withdrawals to pool ID''s vault (its own withdrawal address in this deployment), checking that the pool exists')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'The first validator index in the key tree')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many validators')
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'Use the mnemonic in FILE instead of creating one (recovers or adds keys)')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the keystores'' password from the first line of FILE [default: asked twice]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'The keystores'' key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the keystores and the deposit data')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;verify' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Also require every deposit to be for this chain')
            [CompletionResult]::new('--withdrawal-address', '--withdrawal-address', [CompletionResultType]::ParameterName, 'Also require withdrawals to go to this address')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;verify' {
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Also require every deposit to be for this chain')
            [CompletionResult]::new('--withdrawal-address', '--withdrawal-address', [CompletionResultType]::ParameterName, 'Also require withdrawals to go to this address')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;split' {
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'How many shares must sign (T)')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'How many shares to make (N)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Who holds each share, in order [default: provider, protocol, backup, holder-4, …]')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the validator keystore''s password from the first line of FILE [default: asked]')
            [CompletionResult]::new('--share-password-file', '--share-password-file', [CompletionResultType]::ParameterName, 'The share keystores'' password: once for all, or once per share in order [default: asked per share]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'The share keystores'' key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the share keystores and public-shares.json')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;split' {
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'How many shares must sign (T)')
            [CompletionResult]::new('--shares', '--shares', [CompletionResultType]::ParameterName, 'How many shares to make (N)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Who holds each share, in order [default: provider, protocol, backup, holder-4, …]')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the validator keystore''s password from the first line of FILE [default: asked]')
            [CompletionResult]::new('--share-password-file', '--share-password-file', [CompletionResultType]::ParameterName, 'The share keystores'' password: once for all, or once per share in order [default: asked per share]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'The share keystores'' key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the share keystores and public-shares.json')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;exit' {
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json (names its public key)')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'The validator''s public key')
            [CompletionResult]::new('--validator-index', '--validator-index', [CompletionResultType]::ParameterName, 'The validator''s index on the beacon chain')
            [CompletionResult]::new('--epoch', '--epoch', [CompletionResultType]::ParameterName, 'The earliest epoch the exit may be included in (the current epoch will do)')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The beacon chain: mainnet, hoodi and sepolia have their exit domain built in; the devnet''s beacon chain needs --genesis-validators-root')
            [CompletionResult]::new('--fork-version', '--fork-version', [CompletionResultType]::ParameterName, 'The Capella fork version exits are signed with (EIP-7044) [default: the chain''s, from stkr''s table]')
            [CompletionResult]::new('--genesis-validators-root', '--genesis-validators-root', [CompletionResultType]::ParameterName, 'The chain''s genesis_validators_root (GET /eth/v1/beacon/genesis) [default: the chain''s, from stkr''s table]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the request')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;exit' {
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json (names its public key)')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'The validator''s public key')
            [CompletionResult]::new('--validator-index', '--validator-index', [CompletionResultType]::ParameterName, 'The validator''s index on the beacon chain')
            [CompletionResult]::new('--epoch', '--epoch', [CompletionResultType]::ParameterName, 'The earliest epoch the exit may be included in (the current epoch will do)')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'The beacon chain: mainnet, hoodi and sepolia have their exit domain built in; the devnet''s beacon chain needs --genesis-validators-root')
            [CompletionResult]::new('--fork-version', '--fork-version', [CompletionResultType]::ParameterName, 'The Capella fork version exits are signed with (EIP-7044) [default: the chain''s, from stkr''s table]')
            [CompletionResult]::new('--genesis-validators-root', '--genesis-validators-root', [CompletionResultType]::ParameterName, 'The chain''s genesis_validators_root (GET /eth/v1/beacon/genesis) [default: the chain''s, from stkr''s table]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the request')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;sign-partial' {
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'This holder''s share keystore')
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the share keystore''s password from the first line of FILE [default: asked]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the partial signature [default: partial-INDEX.json]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;sign-partial' {
            [CompletionResult]::new('--share', '--share', [CompletionResultType]::ParameterName, 'This holder''s share keystore')
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read the share keystore''s password from the first line of FILE [default: asked]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the partial signature [default: partial-INDEX.json]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;combine' {
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The request they sign')
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the signed result [default: signed-exit.json, or deposit_data-combined.json]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;combine' {
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'The request they sign')
            [CompletionResult]::new('--public-shares', '--public-shares', [CompletionResultType]::ParameterName, 'The validator''s public-shares.json')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write the signed result [default: signed-exit.json, or deposit_data-combined.json]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;dkg' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool (yours) whose validator the key becomes; its vault gets the withdrawals')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read your share keystore''s password from the first line of FILE [default: asked twice]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'Your share keystore''s key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the key record, your share and the deposit data')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validators;dkg' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'The pool (yours) whose validator the key becomes; its vault gets the withdrawals')
            [CompletionResult]::new('--keystore-password-file', '--keystore-password-file', [CompletionResultType]::ParameterName, 'Read your share keystore''s password from the first line of FILE [default: asked twice]')
            [CompletionResult]::new('--kdf', '--kdf', [CompletionResultType]::ParameterName, 'Your share keystore''s key derivation function')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the key record, your share and the deposit data')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;validator;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI''s); one line per problem, exit 2.')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.')
            [CompletionResult]::new('sign-partial', 'sign-partial', [CompletionResultType]::ParameterValue, 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Check partial signatures against their public shares and combine T of them into the validator''s signature (Lagrange in G2).')
            [CompletionResult]::new('dkg', 'dkg', [CompletionResultType]::ParameterValue, 'Generate a pool''s validator key with the guardian committee: it signs only with your share and a quorum of theirs.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;validator;help;new' {
            break
        }
        'stkr;validator;help;verify' {
            break
        }
        'stkr;validator;help;split' {
            break
        }
        'stkr;validator;help;exit' {
            break
        }
        'stkr;validator;help;sign-partial' {
            break
        }
        'stkr;validator;help;combine' {
            break
        }
        'stkr;validator;help;dkg' {
            break
        }
        'stkr;validator;help;help' {
            break
        }
        'stkr;validators;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI''s); one line per problem, exit 2.')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.')
            [CompletionResult]::new('sign-partial', 'sign-partial', [CompletionResultType]::ParameterValue, 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Check partial signatures against their public shares and combine T of them into the validator''s signature (Lagrange in G2).')
            [CompletionResult]::new('dkg', 'dkg', [CompletionResultType]::ParameterValue, 'Generate a pool''s validator key with the guardian committee: it signs only with your share and a quorum of theirs.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;validators;help;new' {
            break
        }
        'stkr;validators;help;verify' {
            break
        }
        'stkr;validators;help;split' {
            break
        }
        'stkr;validators;help;exit' {
            break
        }
        'stkr;validators;help;sign-partial' {
            break
        }
        'stkr;validators;help;combine' {
            break
        }
        'stkr;validators;help;dkg' {
            break
        }
        'stkr;validators;help;help' {
            break
        }
        'stkr;stake' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Stake ETH in this pending pool: you receive aETH 1:1 and pay its ANKR fee (stake/32 x FP)')
            [CompletionResult]::new('--sidecar', '--sidecar', [CompletionResultType]::ParameterName, 'Stake ANKR on this node''s sidecar, for a share of the reward pool''s sidecar cut and votes to delegate')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--rewards', '--rewards', [CompletionResultType]::ParameterName, 'Stake ANKR for reward shares (providers'' and requesters'' share of the reward pool)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;unstake' {
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'Take ETH out of this pool (pending, cancelled, or migrated into a pending pool): your aETH is burned, the ETH and a pro-rata share of your ANKR fee come back')
            [CompletionResult]::new('--sidecar', '--sidecar', [CompletionResultType]::ParameterName, 'Withdraw ANKR from this node''s sidecar. While the node runs, this forfeits the withdrawn part''s unclaimed sidecar rewards to the reward pool')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--rewards', '--rewards', [CompletionResultType]::ParameterName, 'Withdraw ANKR staked for reward shares; rewards earned so far stay claimable')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;redeem' {
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Pay this queued redemption ticket to its owner (anyone may, once settlements cover it)')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;rewards' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The account to look at [default: --account''s address]')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;claim' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;history' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Look at this address instead of --account''s')
            [CompletionResult]::new('--from-block', '--from-block', [CompletionResultType]::ParameterName, 'Start at this block instead of the deployment''s')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;distribute' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;dashboard' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Follow this address, read-only, instead of --account')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to ask the endpoint for a new block')
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Read once as the dashboard refreshes, print what was read (counts only) and exit; no screen')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;completions' {
            [CompletionResult]::new('--rpc-url', '--rpc-url', [CompletionResultType]::ParameterName, 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account that signs (see `stkr account list`)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the account''s passphrase from the first line of FILE')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]')
            [CompletionResult]::new('--max-fee', '--max-fee', [CompletionResultType]::ParameterName, 'The most to pay per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--priority-fee', '--priority-fee', [CompletionResultType]::ParameterName, 'The tip per gas, in gwei [default: the network''s estimate]')
            [CompletionResult]::new('--gas-limit', '--gas-limit', [CompletionResultType]::ParameterName, 'The gas limit [default: the estimate plus 20 %]')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, to replace a stuck transaction (send with a higher --max-fee)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as one JSON document on stdout (messages still go to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More log output on stderr (-v info, -vv debug, -vvv trace)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only results and errors: no progress messages')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stkr;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'A guided first run: network, RPC endpoint and account, kept as defaults.')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage the encrypted accounts that sign transactions.')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Deploy the stkr contracts to a chain')
            [CompletionResult]::new('devnet', 'devnet', [CompletionResultType]::ParameterValue, 'Run a local devnet with stkr deployed.')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'Show the governance parameters')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One screen for an account across roles: balances, pools, collateral, stakes, rewards, votes.')
            [CompletionResult]::new('govern', 'govern', [CompletionResultType]::ParameterValue, 'Governors, candidates, elections, proposals and votes.')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.')
            [CompletionResult]::new('node', 'node', [CompletionResultType]::ParameterValue, 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.')
            [CompletionResult]::new('sidecar', 'sidecar', [CompletionResultType]::ParameterValue, 'The sidecar beside each node: configure it, run it (under systemd), see what it did.')
            [CompletionResult]::new('guardian', 'guardian', [CompletionResultType]::ParameterValue, 'Deposit guardians: run one (under systemd), attest a deposit by hand, see the committee.')
            [CompletionResult]::new('signer', 'signer', [CompletionResultType]::ParameterValue, 'The threshold signer of a distributed validator: the Web3Signer API for your validator client.')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Projects of single requesters: quote, submit, show, list, complete')
            [CompletionResult]::new('auction', 'auction', [CompletionResultType]::ParameterValue, 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance')
            [CompletionResult]::new('pool', 'pool', [CompletionResultType]::ParameterValue, 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).')
            [CompletionResult]::new('validator', 'validator', [CompletionResultType]::ParameterValue, 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake ETH in a micro-pool for aETH, or ANKR on a node''s sidecar or for reward shares.')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Take stake back: ETH from a pool before it activates, ANKR from a sidecar or reward shares.')
            [CompletionResult]::new('redeem', 'redeem', [CompletionResultType]::ParameterValue, 'Redeem aETH for ETH of settled principal, whoever staked it (paid now, or queued until pools settle).')
            [CompletionResult]::new('rewards', 'rewards', [CompletionResultType]::ParameterValue, 'Show every amount an account can claim: pool payouts, provider shares and refunds, and its rewards from reward shares, sidecar stakes and governance.')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim everything `stkr rewards` lists for --account, each its own transaction, in one confirmed plan; reports what arrived.')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'An account''s past actions from the contracts'' events: stakes, unstakes, claims, redemptions, bids, votes, proposals.')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Run the reward pool''s due distribution to governors, reward stakers, sidecar stakers and development (anyone may, once a reward period)')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The live dashboard: every role in one interactive terminal view, refreshed on every block.')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stkr;help;init' {
            break
        }
        'stkr;help;account' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create an account with a new random key, encrypted with a passphrase.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a private key (asked for without echo, or read from stdin) or a keystore file.')
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
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the running devnet: RPC URL, chain id, block, contract addresses.')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)')
            [CompletionResult]::new('import-accounts', 'import-accounts', [CompletionResultType]::ParameterValue, 'Import the ten dev accounts as dev0 … dev9 (anvil''s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.')
            [CompletionResult]::new('deposit-data', 'deposit-data', [CompletionResultType]::ParameterValue, 'Write a deposit data file for a pool''s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool''s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet''s public mnemonic (anvil''s), so runs are reproducible (on a real network use `stkr validator new`).')
            [CompletionResult]::new('withdrawals', 'withdrawals', [CompletionResultType]::ParameterValue, 'Let ETH arrive at a pool''s vault (its withdrawal address) as its validator''s withdrawals do: no transaction, no code run. An exited validator''s balance there lets anyone settle the pool.')
            [CompletionResult]::new('fund', 'fund', [CompletionResultType]::ParameterValue, 'Give an address devnet ETH (for gas, e.g. a new sidecar''s key): its balance grows by AMOUNT.')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the devnet''s clock forward and mine a block: voting periods, auctions and pool terms pass.')
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
        'stkr;help;devnet;import-accounts' {
            break
        }
        'stkr;help;devnet;deposit-data' {
            break
        }
        'stkr;help;devnet;withdrawals' {
            break
        }
        'stkr;help;devnet;fund' {
            break
        }
        'stkr;help;devnet;advance' {
            break
        }
        'stkr;help;params' {
            break
        }
        'stkr;help;status' {
            break
        }
        'stkr;help;govern' {
            [CompletionResult]::new('governors', 'governors', [CompletionResultType]::ParameterValue, 'The seated governors with their stake, weight and attendance')
            [CompletionResult]::new('candidates', 'candidates', [CompletionResultType]::ParameterValue, 'The candidates with their stake and delegated votes, and when the next election may run')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Join as an invited governor, staking ANKR (at least governor-min-stake).')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Add ANKR to your governance stake')
            [CompletionResult]::new('unstake', 'unstake', [CompletionResultType]::ParameterValue, 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election''s snapshot and the election)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply to be elected, optionally staking first (before the next election''s snapshot: from it until the election, stakes and candidacies are locked).')
            [CompletionResult]::new('withdraw-candidacy', 'withdraw-candidacy', [CompletionResultType]::ParameterValue, 'Withdraw your candidacy (your stake stays; `unstake` takes it out)')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Run the due election (anyone may), by the weights at its snapshot')
            [CompletionResult]::new('propose', 'propose', [CompletionResultType]::ParameterValue, 'Propose a change for the governors to vote on, locking the proposal bond')
            [CompletionResult]::new('proposals', 'proposals', [CompletionResultType]::ParameterValue, 'Every proposal with its tally and deadline')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One proposal: what it calls, how each governor voted, and whether it passes')
            [CompletionResult]::new('vote', 'vote', [CompletionResultType]::ParameterValue, 'Vote on an open proposal.')
            [CompletionResult]::new('execute', 'execute', [CompletionResultType]::ParameterValue, 'Run a passed proposal once its timelock is over and before it expires (anyone may)')
            [CompletionResult]::new('finalize', 'finalize', [CompletionResultType]::ParameterValue, 'Close a proposal''s voting and count attendance without executing it (anyone may)')
            [CompletionResult]::new('params', 'params', [CompletionResultType]::ParameterValue, 'The governance parameters (the same as `stkr params`)')
            [CompletionResult]::new('handover', 'handover', [CompletionResultType]::ParameterValue, 'Hand the protocol''s governance from the deployer to the Governance contract''s executor, once every invited governor has joined (the devnet does this itself)')
            break
        }
        'stkr;help;govern;governors' {
            break
        }
        'stkr;help;govern;candidates' {
            break
        }
        'stkr;help;govern;join' {
            break
        }
        'stkr;help;govern;stake' {
            break
        }
        'stkr;help;govern;unstake' {
            break
        }
        'stkr;help;govern;apply' {
            break
        }
        'stkr;help;govern;withdraw-candidacy' {
            break
        }
        'stkr;help;govern;delegate' {
            break
        }
        'stkr;help;govern;elect' {
            break
        }
        'stkr;help;govern;propose' {
            [CompletionResult]::new('param', 'param', [CompletionResultType]::ParameterValue, 'Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify a registered provider at a trust level')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Change a qualified provider''s trust level')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a provider''s qualification')
            [CompletionResult]::new('disqualify', 'disqualify', [CompletionResultType]::ParameterValue, 'Disqualify a provider for a while')
            [CompletionResult]::new('fail-pool', 'fail-pool', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (§3.6): on its record, collateral slashed, and the pool may exit and settle early. The amount that came back is read from the pool''s vault')
            [CompletionResult]::new('migrate-pool', 'migrate-pool', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending pool into another pending pool')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report a project''s failed delivery: FP back to the requester plus up to LOSS from collateral')
            [CompletionResult]::new('add-guardian', 'add-guardian', [CompletionResultType]::ParameterValue, 'Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.')
            [CompletionResult]::new('remove-guardian', 'remove-guardian', [CompletionResultType]::ParameterValue, 'Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it)')
            [CompletionResult]::new('guardian-quorum', 'guardian-quorum', [CompletionResultType]::ParameterValue, 'Set how many guardian attestations a validator deposit needs (M of N)')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Any call: a target contract and hex calldata')
            break
        }
        'stkr;help;govern;propose;param' {
            break
        }
        'stkr;help;govern;propose;qualify' {
            break
        }
        'stkr;help;govern;propose;trust' {
            break
        }
        'stkr;help;govern;propose;revoke' {
            break
        }
        'stkr;help;govern;propose;disqualify' {
            break
        }
        'stkr;help;govern;propose;fail-pool' {
            break
        }
        'stkr;help;govern;propose;migrate-pool' {
            break
        }
        'stkr;help;govern;propose;report-failure' {
            break
        }
        'stkr;help;govern;propose;add-guardian' {
            break
        }
        'stkr;help;govern;propose;remove-guardian' {
            break
        }
        'stkr;help;govern;propose;guardian-quorum' {
            break
        }
        'stkr;help;govern;propose;call' {
            break
        }
        'stkr;help;govern;proposals' {
            break
        }
        'stkr;help;govern;show' {
            break
        }
        'stkr;help;govern;vote' {
            break
        }
        'stkr;help;govern;execute' {
            break
        }
        'stkr;help;govern;finalize' {
            break
        }
        'stkr;help;govern;params' {
            break
        }
        'stkr;help;govern;handover' {
            break
        }
        'stkr;help;provider' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every provider that ever applied, with status, price, collateral, nodes and score.')
            [CompletionResult]::new('collateral', 'collateral', [CompletionResultType]::ParameterValue, 'Add or withdraw ANKR collateral.')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'Explain a provider''s reputation score: each part, its weight, and the failure penalty.')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write the provider daemon''s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What the provider daemon did and waits for, from its state dir.')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.')
            break
        }
        'stkr;help;provider;register' {
            break
        }
        'stkr;help;provider;show' {
            break
        }
        'stkr;help;provider;list' {
            break
        }
        'stkr;help;provider;collateral' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).')
            break
        }
        'stkr;help;provider;collateral;add' {
            break
        }
        'stkr;help;provider;collateral;withdraw' {
            break
        }
        'stkr;help;provider;score' {
            break
        }
        'stkr;help;provider;update' {
            break
        }
        'stkr;help;provider;init' {
            break
        }
        'stkr;help;provider;run' {
            break
        }
        'stkr;help;provider;status' {
            break
        }
        'stkr;help;provider;install-service' {
            break
        }
        'stkr;help;node' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period''s auditors and targets, and the ANKR staked on its sidecar.')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.')
            [CompletionResult]::new('settle-audits', 'settle-audits', [CompletionResultType]::ParameterValue, 'Settle a past period''s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.')
            break
        }
        'stkr;help;node;add' {
            break
        }
        'stkr;help;node;list' {
            break
        }
        'stkr;help;node;show' {
            break
        }
        'stkr;help;node;retire' {
            break
        }
        'stkr;help;node;settle-audits' {
            break
        }
        'stkr;help;sidecar' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the sidecar last saw and did, from its state dir (no RPC needed).')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            break
        }
        'stkr;help;sidecar;init' {
            break
        }
        'stkr;help;sidecar;run' {
            break
        }
        'stkr;help;sidecar;status' {
            break
        }
        'stkr;help;sidecar;install-service' {
            break
        }
        'stkr;help;guardian' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Check a pool''s validator deposit and sign its attestation once, by hand, as --account.')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'status')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            break
        }
        'stkr;help;guardian;init' {
            break
        }
        'stkr;help;guardian;run' {
            break
        }
        'stkr;help;guardian;attest' {
            break
        }
        'stkr;help;guardian;status' {
            break
        }
        'stkr;help;guardian;install-service' {
            break
        }
        'stkr;help;signer' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a signer configuration file (TOML): the distributed key, the provider''s share and account keystores, the guardians'' URLs (read from the chain now), where to listen, the state dir.')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The configuration file')
            [CompletionResult]::new('install-service', 'install-service', [CompletionResultType]::ParameterValue, 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.')
            [CompletionResult]::new('slashing-protection', 'slashing-protection', [CompletionResultType]::ParameterValue, 'Move the signer''s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)')
            break
        }
        'stkr;help;signer;init' {
            break
        }
        'stkr;help;signer;run' {
            break
        }
        'stkr;help;signer;status' {
            break
        }
        'stkr;help;signer;install-service' {
            break
        }
        'stkr;help;signer;slashing-protection' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the record as an EIP-3076 interchange (version 5).')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an EIP-3076 interchange (another client''s export, or this signer''s) into the record.')
            break
        }
        'stkr;help;signer;slashing-protection;export' {
            break
        }
        'stkr;help;signer;slashing-protection;import' {
            break
        }
        'stkr;help;project' {
            [CompletionResult]::new('quote', 'quote', [CompletionResultType]::ParameterValue, 'Price resources for a duration and list the providers that can take it')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a project and pay its fixed price; a sealed-bid auction opens')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project: status, phase, deadlines, bids, provider and payout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects, optionally in one status or only your own')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Complete your project after its duration, as its provider, depositing its profit X')
            break
        }
        'stkr;help;project;quote' {
            break
        }
        'stkr;help;project;submit' {
            break
        }
        'stkr;help;project;show' {
            break
        }
        'stkr;help;project;list' {
            break
        }
        'stkr;help;project;complete' {
            break
        }
        'stkr;help;auction' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the projects in their auction, with the phase and when it ends')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project''s auction: phase, deadlines, bidders and revealed bids')
            [CompletionResult]::new('bid', 'bid', [CompletionResultType]::ParameterValue, 'Seal a bid on a project during its commit phase')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal your sealed bid during the reveal phase')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an auction after its reveal phase (anyone may)')
            [CompletionResult]::new('forfeit', 'forfeit', [CompletionResultType]::ParameterValue, 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)')
            [CompletionResult]::new('bond', 'bond', [CompletionResultType]::ParameterValue, 'Your bond balance: free to bid with or withdraw, and locked in sealed bids')
            break
        }
        'stkr;help;auction;list' {
            break
        }
        'stkr;help;auction;show' {
            break
        }
        'stkr;help;auction;bid' {
            break
        }
        'stkr;help;auction;reveal' {
            break
        }
        'stkr;help;auction;settle' {
            break
        }
        'stkr;help;auction;forfeit' {
            break
        }
        'stkr;help;auction;bond' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a bond balance (yours by default) and the ANKR beside it')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Add ANKR to your bond balance (approving the marketplace first when needed)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Take free ANKR out of your bond balance')
            break
        }
        'stkr;help;auction;bond;show' {
            break
        }
        'stkr;help;auction;bond;deposit' {
            break
        }
        'stkr;help;auction;bond;withdraw' {
            break
        }
        'stkr;help;pool' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every micro-pool with its status, provider and fill, read in a few batched calls.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.')
            [CompletionResult]::new('top-up', 'top-up', [CompletionResultType]::ParameterValue, 'Add ETH of your own to your pending pool (up to 32 ETH in all).')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Deposit a full pool''s 32 ETH as your validator, from the deposit data of its key.')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.')
            [CompletionResult]::new('settle', 'settle', [CompletionResultType]::ParameterValue, 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Request the exit of a pool''s validator through EIP-7002, from its vault.')
            [CompletionResult]::new('cover-loss', 'cover-loss', [CompletionResultType]::ParameterValue, 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).')
            [CompletionResult]::new('report-failure', 'report-failure', [CompletionResultType]::ParameterValue, 'Report that a pool''s provider failed or was slashed (governance only, §3.6).')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.')
            break
        }
        'stkr;help;pool;open' {
            break
        }
        'stkr;help;pool;list' {
            break
        }
        'stkr;help;pool;show' {
            break
        }
        'stkr;help;pool;top-up' {
            break
        }
        'stkr;help;pool;activate' {
            break
        }
        'stkr;help;pool;cancel' {
            break
        }
        'stkr;help;pool;settle' {
            break
        }
        'stkr;help;pool;exit' {
            break
        }
        'stkr;help;pool;cover-loss' {
            break
        }
        'stkr;help;pool;report-failure' {
            break
        }
        'stkr;help;pool;migrate' {
            break
        }
        'stkr;help;validator' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI''s); one line per problem, exit 2.')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.')
            [CompletionResult]::new('exit', 'exit', [CompletionResultType]::ParameterValue, 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.')
            [CompletionResult]::new('sign-partial', 'sign-partial', [CompletionResultType]::ParameterValue, 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.')
            [CompletionResult]::new('combine', 'combine', [CompletionResultType]::ParameterValue, 'Check partial signatures against their public shares and combine T of them into the validator''s signature (Lagrange in G2).')
            [CompletionResult]::new('dkg', 'dkg', [CompletionResultType]::ParameterValue, 'Generate a pool''s validator key with the guardian committee: it signs only with your share and a quorum of theirs.')
            break
        }
        'stkr;help;validator;new' {
            break
        }
        'stkr;help;validator;verify' {
            break
        }
        'stkr;help;validator;split' {
            break
        }
        'stkr;help;validator;exit' {
            break
        }
        'stkr;help;validator;sign-partial' {
            break
        }
        'stkr;help;validator;combine' {
            break
        }
        'stkr;help;validator;dkg' {
            break
        }
        'stkr;help;stake' {
            break
        }
        'stkr;help;unstake' {
            break
        }
        'stkr;help;redeem' {
            break
        }
        'stkr;help;rewards' {
            break
        }
        'stkr;help;claim' {
            break
        }
        'stkr;help;history' {
            break
        }
        'stkr;help;distribute' {
            break
        }
        'stkr;help;dashboard' {
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
