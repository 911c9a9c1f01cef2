# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_stkr_global_optspecs
    string join \n rpc-url= network= a/account= password-file= json y/yes v/verbose q/quiet data-dir= max-fee= priority-fee= gas-limit= nonce= unsigned h/help V/version
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
complete -c stkr -n "__fish_stkr_needs_command" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_needs_command" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_needs_command" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_needs_command" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_needs_command" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_needs_command" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_needs_command" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_needs_command" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_needs_command" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_needs_command" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_needs_command" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_needs_command" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_needs_command" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_needs_command" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "init" -d 'A guided first run: network, RPC endpoint and account, kept as defaults.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "account" -d 'Manage the encrypted accounts that sign transactions.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "accounts" -d 'Manage the encrypted accounts that sign transactions.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "deploy" -d 'Deploy the stkr contracts to a chain'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "devnet" -d 'Run a local devnet with stkr deployed.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "params" -d 'Show the governance parameters'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "status" -d 'One screen for an account across roles: balances, pools, collateral, stakes, rewards, votes.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "govern" -d 'Governors, candidates, elections, proposals and votes.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "provider" -d 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "providers" -d 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "node" -d 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "nodes" -d 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "sidecar" -d 'The sidecar beside each node: configure it, run it (under systemd), see what it did.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "guardian" -d 'Deposit guardians: run one (under systemd), attest a deposit by hand, see the committee.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "signer" -d 'The threshold signer of a distributed validator: the Web3Signer API for your validator client.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "project" -d 'Projects of single requesters: quote, submit, show, list, complete'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "projects" -d 'Projects of single requesters: quote, submit, show, list, complete'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "auction" -d 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "auctions" -d 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "pool" -d 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "pools" -d 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "validator" -d 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "validators" -d 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "stake" -d 'Stake ETH in a micro-pool for aETH, or ANKR on a node\'s sidecar or for reward shares.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "unstake" -d 'Take stake back: ETH from a pool before it activates, ANKR from a sidecar or reward shares.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "redeem" -d 'Redeem aETH for ETH of settled principal, whoever staked it (paid now, or queued until pools settle).'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "rewards" -d 'Show every amount an account can claim: pool payouts, provider shares and refunds, and its rewards from reward shares, sidecar stakes and governance.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "claim" -d 'Claim everything `stkr rewards` lists for --account, each its own transaction, in one confirmed plan; reports what arrived.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "history" -d 'An account\'s past actions from the contracts\' events: stakes, unstakes, claims, redemptions, bids, votes, proposals.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "distribute" -d 'Run the reward pool\'s due distribution to governors, reward stakers, sidecar stakers and development (anyone may, once a reward period)'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "dashboard" -d 'The live dashboard: every role in one interactive terminal view, refreshed on every block.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "completions" -d 'Print shell completions.'
complete -c stkr -n "__fish_stkr_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand init" -l create-account -d 'Create this account (asks for a passphrase, or reads --password-file) and make it the default' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase.'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file.'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand account; and not __fish_seen_subcommand_from new import list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l keyring -d 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l keystore -d 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l keyring -d 'Also keep the passphrase in the OS keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase.'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file.'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase.'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file.'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and not __fish_seen_subcommand_from new import list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l keyring -d 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l keystore -d 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l keyring -d 'Also keep the passphrase in the OS keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase.'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file.'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l governor -d 'Also deploy Governance with these n + 1 invited governors (repeat the flag; 3 for n = 2). The deployer keeps governance until they have joined and it is handed over' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l ankr-token -d 'The ANKR token to use on a network without a real one stkr knows (hoodi, sepolia, a devnet)' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l single-key-governance -d 'Deploy without Governance on a public chain: the deployer\'s one key then governs everything for good (the devnet needs no flag)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l devnet -d 'The chain is a local or private devnet: stkr may create a mintable test ANKR token and a mock deposit contract there. Needed on a chain id stkr does not know; refused on a public network'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "import-accounts" -d 'Import the ten dev accounts as dev0 … dev9 (anvil\'s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "deposit-data" -d 'Write a deposit data file for a pool\'s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool\'s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet\'s public mnemonic (anvil\'s), so runs are reproducible (on a real network use `stkr validator new`).'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "withdrawals" -d 'Let ETH arrive at a pool\'s vault (its withdrawal address) as its validator\'s withdrawals do: no transaction, no code run. An exited validator\'s balance there lets anyone settle the pool.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "fund" -d 'Give an address devnet ETH (for gas, e.g. a new sidecar\'s key): its balance grows by AMOUNT.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "advance" -d 'Move the devnet\'s clock forward and mine a block: voting periods, auctions and pool terms pass.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and not __fish_seen_subcommand_from up status down import-accounts deposit-data withdrawals fund advance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l port -d 'The port on 127.0.0.1' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l state -d 'Keep the chain in FILE: anvil writes it there when the devnet stops, and `up --state FILE` with an existing FILE continues that chain (deployment and all) instead of starting afresh' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l demo -d 'Also create demo actors: two qualified providers with three nodes, pools in every state, ANKR staked on sidecars and a project in its auction; a `stkr sidecar run` starts for each node, with 2-minute report periods'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l no-sidecars -d 'With --demo: leave the demo nodes without running sidecars (and the report period at its default)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l beacon -d 'With --demo: also run the pinned Lodestar dev chain (`make beacon-toolchain`); the demo pools\' validators are its interop validators 0 and 1, and each sidecar watches one of them (node N validator N-1) through the Beacon Node API. The chain follows the deposit contract: a pool activated later becomes a validator a minute or two after its deposit (and the demo, to keep the devnet\'s clock on the wall clock, does not age pool 3 to settle it)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from up" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from down" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from import-accounts" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l out -d 'Where to write it' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from deposit-data" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from withdrawals" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from fund" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from advance" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "import-accounts" -d 'Import the ten dev accounts as dev0 … dev9 (anvil\'s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "deposit-data" -d 'Write a deposit data file for a pool\'s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool\'s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet\'s public mnemonic (anvil\'s), so runs are reproducible (on a real network use `stkr validator new`).'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "withdrawals" -d 'Let ETH arrive at a pool\'s vault (its withdrawal address) as its validator\'s withdrawals do: no transaction, no code run. An exited validator\'s balance there lets anyone settle the pool.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "fund" -d 'Give an address devnet ETH (for gas, e.g. a new sidecar\'s key): its balance grows by AMOUNT.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "advance" -d 'Move the devnet\'s clock forward and mine a block: voting periods, auctions and pool terms pass.'
complete -c stkr -n "__fish_stkr_using_subcommand devnet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand params" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand params" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand params" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand params" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand params" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand status" -l address -d 'Look at this address instead of --account\'s' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "governors" -d 'The seated governors with their stake, weight and attendance'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "candidates" -d 'The candidates with their stake and delegated votes, and when the next election may run'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "join" -d 'Join as an invited governor, staking ANKR (at least governor-min-stake).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "stake" -d 'Add ANKR to your governance stake'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "unstake" -d 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election\'s snapshot and the election)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "apply" -d 'Apply to be elected, optionally staking first (before the next election\'s snapshot: from it until the election, stakes and candidacies are locked).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "withdraw-candidacy" -d 'Withdraw your candidacy (your stake stays; `unstake` takes it out)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "delegate" -d 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "elect" -d 'Run the due election (anyone may), by the weights at its snapshot'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "propose" -d 'Propose a change for the governors to vote on, locking the proposal bond'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "proposals" -d 'Every proposal with its tally and deadline'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "show" -d 'One proposal: what it calls, how each governor voted, and whether it passes'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "vote" -d 'Vote on an open proposal.'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "execute" -d 'Run a passed proposal once its timelock is over and before it expires (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "finalize" -d 'Close a proposal\'s voting and count attendance without executing it (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "params" -d 'The governance parameters (the same as `stkr params`)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "handover" -d 'Hand the protocol\'s governance from the deployer to the Governance contract\'s executor, once every invited governor has joined (the devnet does this itself)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and not __fish_seen_subcommand_from governors candidates join stake unstake apply withdraw-candidacy delegate elect propose proposals show vote execute finalize params handover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from governors" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from candidates" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from stake" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from unstake" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l stake -d 'Stake this much ANKR first' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from withdraw-candidacy" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from delegate" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from elect" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l description -d 'Why, for the other governors (default: a description of the call)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "param" -d 'Change a parameter (see `stkr params`), in its unit: 16eth, 100000ankr, 10%, 3d, 5.'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "qualify" -d 'Qualify a registered provider at a trust level'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "trust" -d 'Change a qualified provider\'s trust level'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "revoke" -d 'Revoke a provider\'s qualification'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "disqualify" -d 'Disqualify a provider for a while'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "fail-pool" -d 'Report that a pool\'s provider failed or was slashed (§3.6): on its record, collateral slashed, and the pool may exit and settle early. The amount that came back is read from the pool\'s vault'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "migrate-pool" -d 'Move the stakers of a stopped pending pool into another pending pool'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "report-failure" -d 'Report a project\'s failed delivery: FP back to the requester plus up to LOSS from collateral'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "add-guardian" -d 'Appoint a deposit guardian, whose `stkr guardian run` serves attestations at URL.'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "remove-guardian" -d 'Remove a deposit guardian (the quorum shrinks with the committee if it would exceed it)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "guardian-quorum" -d 'Set how many guardian attestations a validator deposit needs (M of N)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "call" -d 'Any call: a target contract and hex calldata'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from propose" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l open -d 'Only proposals still open for votes or waiting to be executed'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from proposals" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from vote" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from execute" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from finalize" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from params" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from handover" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "governors" -d 'The seated governors with their stake, weight and attendance'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "candidates" -d 'The candidates with their stake and delegated votes, and when the next election may run'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "join" -d 'Join as an invited governor, staking ANKR (at least governor-min-stake).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "stake" -d 'Add ANKR to your governance stake'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "unstake" -d 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election\'s snapshot and the election)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply to be elected, optionally staking first (before the next election\'s snapshot: from it until the election, stakes and candidacies are locked).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "withdraw-candidacy" -d 'Withdraw your candidacy (your stake stays; `unstake` takes it out)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "delegate" -d 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "elect" -d 'Run the due election (anyone may), by the weights at its snapshot'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "propose" -d 'Propose a change for the governors to vote on, locking the proposal bond'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "proposals" -d 'Every proposal with its tally and deadline'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "show" -d 'One proposal: what it calls, how each governor voted, and whether it passes'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "vote" -d 'Vote on an open proposal.'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "execute" -d 'Run a passed proposal once its timelock is over and before it expires (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "finalize" -d 'Close a proposal\'s voting and count attendance without executing it (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "params" -d 'The governance parameters (the same as `stkr params`)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "handover" -d 'Hand the protocol\'s governance from the deployer to the Governance contract\'s executor, once every invited governor has joined (the devnet does this itself)'
complete -c stkr -n "__fish_stkr_using_subcommand govern; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "register" -d 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "show" -d 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "list" -d 'List every provider that ever applied, with status, price, collateral, nodes and score.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "collateral" -d 'Add or withdraw ANKR collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "score" -d 'Explain a provider\'s reputation score: each part, its weight, and the failure penalty.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "update" -d 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "init" -d 'Write the provider daemon\'s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "run" -d 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "status" -d 'What the provider daemon did and waits for, from its state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "install-service" -d 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l brand -d 'Your brand name, shown to stakers and requesters (1 to 64 bytes)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l price -d 'Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l cpu-cores -d 'CPU cores you offer per node' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l ram-gb -d 'RAM you offer per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l storage-gb -d 'Storage you offer per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l bandwidth-mbps -d 'Bandwidth you offer per node, in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l max-nodes -d 'How many nodes (and pools) you can run at once' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l collateral -d 'Also deposit this much ANKR collateral (approving the registry first when needed)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -f -a "add" -d 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -f -a "withdraw" -d 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from collateral" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from score" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l price -d 'The new price per node in ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l cpu-cores -d 'CPU cores per node' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l ram-gb -d 'RAM per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l storage-gb -d 'Storage per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l bandwidth-mbps -d 'Bandwidth per node, in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l max-nodes -d 'How many nodes (and pools) you can run at once' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l keystore -d 'Your provider key: a keystore file (a stkr account\'s is under <data dir>/keystores)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l state-dir -d 'The state dir (journal, key records, shares) [default: <data dir>/provider/ADDRESS]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l poll-interval -d 'How often it looks at the chain, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l max-fee-gwei -d 'The most it pays per gas, in gwei; above it a transaction waits' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l out -d 'Where to write the configuration [default: <data dir>/provider/ADDRESS.toml]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l bid-floor -d 'Bid on open projects, never below this price in ANKR (leave out to bid on none)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l bid-share -d 'Bid this share of a project\'s fixed price (0 to 1), or the floor when that is higher' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l max-projects -d 'Hold at most this many projects at once (bids in flight count)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l template -d 'Provision won projects from this template (`<state dir>/templates/NAME.toml`; anvil and lodestar-beacon ship)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l profit -d 'The profit to report when a project completes, in ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l beacon-url -d 'Run each active pool\'s validator: a threshold signer and the pinned Lodestar validator client pointed at this beacon node (leave out to run none)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l collateral-target -d 'Keep the collateral at least this, in ANKR, topping it up from your ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l claim-min-fee-multiple -d 'Claim owed ETH once it is at least this many times the fee of claiming it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l claim-min-ankr -d 'Claim owed ANKR from this much' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l money-interval -d 'How often it looks at claims and collateral, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l metrics-listen -d 'Serve Prometheus `/metrics` and `/status` here (keep it on loopback or a private network)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l config -d 'The configuration file (`stkr provider init` writes it)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l log-format -d 'How it logs: human (one readable line per event) or json (one object per line, for journald and log shippers)' -r -f -a "human\t''
json\t''"
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l dry-run -d 'Say what it would send; send nothing'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l config -d 'The configuration file' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l config -d 'The configuration file the service runs with' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l user -d 'The user (and group) the service runs as; create it with `useradd --system`' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l binary -d 'The stkr binary [default: this one]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l out -d 'Where to write the unit [default: /etc/systemd/system/stkr-provider.service]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from install-service" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "register" -d 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every provider that ever applied, with status, price, collateral, nodes and score.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "collateral" -d 'Add or withdraw ANKR collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "score" -d 'Explain a provider\'s reputation score: each part, its weight, and the failure penalty.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write the provider daemon\'s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "status" -d 'What the provider daemon did and waits for, from its state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "install-service" -d 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.'
complete -c stkr -n "__fish_stkr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "register" -d 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "show" -d 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "list" -d 'List every provider that ever applied, with status, price, collateral, nodes and score.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "collateral" -d 'Add or withdraw ANKR collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "score" -d 'Explain a provider\'s reputation score: each part, its weight, and the failure penalty.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "update" -d 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "init" -d 'Write the provider daemon\'s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "run" -d 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "status" -d 'What the provider daemon did and waits for, from its state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "install-service" -d 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and not __fish_seen_subcommand_from register show list collateral score update init run status install-service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l brand -d 'Your brand name, shown to stakers and requesters (1 to 64 bytes)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l price -d 'Your price per node in ANKR, at most the max-bid-price parameter: 20000, 20000ankr' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l cpu-cores -d 'CPU cores you offer per node' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l ram-gb -d 'RAM you offer per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l storage-gb -d 'Storage you offer per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l bandwidth-mbps -d 'Bandwidth you offer per node, in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l max-nodes -d 'How many nodes (and pools) you can run at once' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l collateral -d 'Also deposit this much ANKR collateral (approving the registry first when needed)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -f -a "add" -d 'Deposit ANKR collateral (the registry is approved for the ANKR first when the allowance is short).'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -f -a "withdraw" -d 'Withdraw ANKR collateral, down to what running pools and nodes still need (p-min while any runs).'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from collateral" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from score" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l price -d 'The new price per node in ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l cpu-cores -d 'CPU cores per node' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l ram-gb -d 'RAM per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l storage-gb -d 'Storage per node, in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l bandwidth-mbps -d 'Bandwidth per node, in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l max-nodes -d 'How many nodes (and pools) you can run at once' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l keystore -d 'Your provider key: a keystore file (a stkr account\'s is under <data dir>/keystores)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l state-dir -d 'The state dir (journal, key records, shares) [default: <data dir>/provider/ADDRESS]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l poll-interval -d 'How often it looks at the chain, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l max-fee-gwei -d 'The most it pays per gas, in gwei; above it a transaction waits' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l out -d 'Where to write the configuration [default: <data dir>/provider/ADDRESS.toml]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l bid-floor -d 'Bid on open projects, never below this price in ANKR (leave out to bid on none)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l bid-share -d 'Bid this share of a project\'s fixed price (0 to 1), or the floor when that is higher' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l max-projects -d 'Hold at most this many projects at once (bids in flight count)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l template -d 'Provision won projects from this template (`<state dir>/templates/NAME.toml`; anvil and lodestar-beacon ship)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l profit -d 'The profit to report when a project completes, in ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l beacon-url -d 'Run each active pool\'s validator: a threshold signer and the pinned Lodestar validator client pointed at this beacon node (leave out to run none)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l collateral-target -d 'Keep the collateral at least this, in ANKR, topping it up from your ANKR' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l claim-min-fee-multiple -d 'Claim owed ETH once it is at least this many times the fee of claiming it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l claim-min-ankr -d 'Claim owed ANKR from this much' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l money-interval -d 'How often it looks at claims and collateral, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l metrics-listen -d 'Serve Prometheus `/metrics` and `/status` here (keep it on loopback or a private network)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l config -d 'The configuration file (`stkr provider init` writes it)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l log-format -d 'How it logs: human (one readable line per event) or json (one object per line, for journald and log shippers)' -r -f -a "human\t''
json\t''"
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l dry-run -d 'Say what it would send; send nothing'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l config -d 'The configuration file' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l config -d 'The configuration file the service runs with' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l user -d 'The user (and group) the service runs as; create it with `useradd --system`' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l binary -d 'The stkr binary [default: this one]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l out -d 'Where to write the unit [default: /etc/systemd/system/stkr-provider.service]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from install-service" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "register" -d 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every provider that ever applied, with status, price, collateral, nodes and score.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "collateral" -d 'Add or withdraw ANKR collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "score" -d 'Explain a provider\'s reputation score: each part, its weight, and the failure penalty.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write the provider daemon\'s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "status" -d 'What the provider daemon did and waits for, from its state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "install-service" -d 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.'
complete -c stkr -n "__fish_stkr_using_subcommand providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "add" -d 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "list" -d 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "show" -d 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period\'s auditors and targets, and the ANKR staked on its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "retire" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "finish" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "settle-audits" -d 'Settle a past period\'s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l sidecar -d 'The address the node\'s sidecar reports from (one sidecar per node)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l probe-url -d 'The public http(s) URL where other sidecars reach this node\'s signed status (at most 256 bytes)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l cpu-cores -d 'CPU cores of the node [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l ram-gb -d 'RAM of the node in GB [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l storage-gb -d 'Storage of the node in GB [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l bandwidth-mbps -d 'Bandwidth of the node in Mbit/s [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l provider -d 'Only the nodes of this provider' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l active -d 'Only active nodes'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from finish" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l node -d 'Only these nodes (repeat the flag)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from settle-audits" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period\'s auditors and targets, and the ANKR staked on its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "settle-audits" -d 'Settle a past period\'s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.'
complete -c stkr -n "__fish_stkr_using_subcommand node; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "add" -d 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "list" -d 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "show" -d 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period\'s auditors and targets, and the ANKR staked on its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "retire" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "finish" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "settle-audits" -d 'Settle a past period\'s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and not __fish_seen_subcommand_from add list show retire finish settle-audits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l sidecar -d 'The address the node\'s sidecar reports from (one sidecar per node)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l probe-url -d 'The public http(s) URL where other sidecars reach this node\'s signed status (at most 256 bytes)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l cpu-cores -d 'CPU cores of the node [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l ram-gb -d 'RAM of the node in GB [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l storage-gb -d 'Storage of the node in GB [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l bandwidth-mbps -d 'Bandwidth of the node in Mbit/s [default: your offer\'s]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l provider -d 'Only the nodes of this provider' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l active -d 'Only active nodes'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from finish" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l node -d 'Only these nodes (repeat the flag)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from settle-audits" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "list" -d 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period\'s auditors and targets, and the ANKR staked on its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "settle-audits" -d 'Settle a past period\'s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.'
complete -c stkr -n "__fish_stkr_using_subcommand nodes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -f -a "init" -d 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -f -a "run" -d 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -f -a "status" -d 'Show what the sidecar last saw and did, from its state dir (no RPC needed).'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -f -a "install-service" -d 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and not __fish_seen_subcommand_from init run status install-service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l node -d 'The node this sidecar serves (see `stkr node list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l sidecar-account -d 'The sidecar\'s key: a stkr account (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l keystore -d 'The sidecar\'s key: a keystore file (geth, `cast wallet`)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l execution-url -d 'The execution client\'s JSON-RPC URL; repeat for fallbacks, in order of preference [default: --rpc-url]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l beacon-url -d 'The consensus client\'s Beacon Node API URL; repeat for fallbacks' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l validator-pubkey -d 'The validator to watch through the Beacon Node API (0x and 96 hex digits)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l provider-status -d 'The provider daemon\'s status file (`<its state dir>/status.json`): the sidecar checks the health of each running project in it and puts the answers into its signed status' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l probe-listen -d 'Where to serve /status and /healthz (the node\'s probe URL must reach it)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l metrics-listen -d 'Where to serve /metrics [default: on the probe address]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l state-dir -d 'The state dir (outbox, status) [default: <data dir>/sidecar/node-ID]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l fee-cap -d 'The most its reports pay per gas, in gwei; above it a report waits' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l poll-interval -d 'How often it looks, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l max-head-age -d 'A head older than this makes the node unhealthy, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l replace-after -d 'A report not mined after this many seconds goes again with a higher fee' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l out -d 'Where to write the configuration [default: <data dir>/sidecar/node-ID.toml]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l config -d 'The configuration file (`stkr sidecar init` writes it). The keystore passphrase is read from its `password_file`, or from systemd\'s `password` credential when run as a service' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l log-format -d 'Logs as human lines or JSON objects [default: the configuration\'s]' -r -f -a "human\t'One readable line per event'
json\t'One JSON object per line, for journald and log shippers'"
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l config -d 'The configuration file' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l config -d 'The configuration file the service runs with' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l user -d 'The user (and group) the service runs as; create it with `useradd --system`' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l binary -d 'The stkr binary [default: this one]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l out -d 'Where to write the unit [default: /etc/systemd/system/stkr-sidecar-NODE.service]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from install-service" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show what the sidecar last saw and did, from its state dir (no RPC needed).'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from help" -f -a "install-service" -d 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand sidecar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "init" -d 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "run" -d 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "attest" -d 'Check a pool\'s validator deposit and sign its attestation once, by hand, as --account.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "status"
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "install-service" -d 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and not __fish_seen_subcommand_from init run attest status install-service help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l keystore -d 'The guardian\'s key: a keystore file (a stkr account\'s is under <data dir>/keystores)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l listen -d 'Where to serve attestations (the URL governance registers must reach it)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l state-dir -d 'The state dir (deposit index, attestation record) [default: <data dir>/guardian/ADDRESS]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l poll-interval -d 'How often the deposit index catches up with the chain, in seconds' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l out -d 'Where to write the configuration [default: <data dir>/guardian/ADDRESS.toml]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l config -d 'The configuration file (`stkr guardian init` writes it). The keystore passphrase is read from its `password_file`, or from systemd\'s `password` credential when run as a service' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l pool -d 'The pool whose validator is deposited' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l pubkey -d 'The validator\'s BLS public key (0x and 96 hex digits)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l signature -d 'The deposit\'s BLS signature (0x and 192 hex digits)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l deposit-data-root -d 'The deposit\'s deposit_data_root' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l block -d 'The block to attest [default: the head]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from attest" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l config -d 'The configuration file the service runs with' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l user -d 'The user (and group) the service runs as; create it with `useradd --system`' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l binary -d 'The stkr binary [default: this one]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l out -d 'Where to write the unit [default: /etc/systemd/system/stkr-guardian.service]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from install-service" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "attest" -d 'Check a pool\'s validator deposit and sign its attestation once, by hand, as --account.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "status"
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "install-service" -d 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand guardian; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "init" -d 'Write a signer configuration file (TOML): the distributed key, the provider\'s share and account keystores, the guardians\' URLs (read from the chain now), where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "run" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "status" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "install-service" -d 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "slashing-protection" -d 'Move the signer\'s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and not __fish_seen_subcommand_from init run status install-service slashing-protection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l key -d 'The distributed key\'s record (`stkr validator dkg` wrote it)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l share -d 'The provider\'s share of the validator key (an EIP-2335 keystore `stkr validator dkg` wrote)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l account-keystore -d 'The provider\'s Ethereum keystore (a stkr account\'s file): it signs every request to the guardians' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l listen -d 'Where the validator client reaches the API; keep it on loopback or a private network' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l state-dir -d 'The state dir (slashing-protection record) [default: <data dir>/signer/PUBKEY]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l out -d 'Where to write the configuration [default: <data dir>/signer/PUBKEY.toml]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l config -d 'The configuration file (`stkr signer init` writes it)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l config -d 'The configuration file (`stkr signer init` writes it)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l config -d 'The configuration file the service runs with' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l user -d 'The user (and group) the service runs as; create it with `useradd --system`' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l binary -d 'The stkr binary [default: this one]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l out -d 'Where to write the unit [default: /etc/systemd/system/stkr-signer.service]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from install-service" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -f -a "export" -d 'Print the record as an EIP-3076 interchange (version 5).'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -f -a "import" -d 'Merge an EIP-3076 interchange (another client\'s export, or this signer\'s) into the record.'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from slashing-protection" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a signer configuration file (TOML): the distributed key, the provider\'s share and account keystores, the guardians\' URLs (read from the chain now), where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "run" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "status" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "install-service" -d 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "slashing-protection" -d 'Move the signer\'s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)'
complete -c stkr -n "__fish_stkr_using_subcommand signer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "quote" -d 'Price resources for a duration and list the providers that can take it'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "submit" -d 'Submit a project and pay its fixed price; a sealed-bid auction opens'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "show" -d 'Show a project: status, phase, deadlines, bids, provider and payout'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "list" -d 'List projects, optionally in one status or only your own'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "complete" -d 'Complete your project after its duration, as its provider, depositing its profit X'
complete -c stkr -n "__fish_stkr_using_subcommand project; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l cpu -d 'CPU cores' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l ram -d 'RAM in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l storage -d 'Storage in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l bandwidth -d 'Bandwidth in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l days -d 'How many days the project runs (from 1)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from quote" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l cpu -d 'CPU cores' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l ram -d 'RAM in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l storage -d 'Storage in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l bandwidth -d 'Bandwidth in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l days -d 'How many days the project runs (from 1)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l status -d 'Only projects in this status' -r -f -a "bidding\t'In its auction'
running\t'Assigned to a provider'
completed\t'Completed with its profit split'
failed\t'Its provider failed to deliver'
unassigned\t'No valid bid; FP went back'"
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l mine -d 'Only projects --account requested or runs'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l profit -d 'The profit X in ANKR that the project earned (may be 0)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "quote" -d 'Price resources for a duration and list the providers that can take it'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a project and pay its fixed price; a sealed-bid auction opens'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project: status, phase, deadlines, bids, provider and payout'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects, optionally in one status or only your own'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Complete your project after its duration, as its provider, depositing its profit X'
complete -c stkr -n "__fish_stkr_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "quote" -d 'Price resources for a duration and list the providers that can take it'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "submit" -d 'Submit a project and pay its fixed price; a sealed-bid auction opens'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "show" -d 'Show a project: status, phase, deadlines, bids, provider and payout'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "list" -d 'List projects, optionally in one status or only your own'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "complete" -d 'Complete your project after its duration, as its provider, depositing its profit X'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and not __fish_seen_subcommand_from quote submit show list complete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l cpu -d 'CPU cores' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l ram -d 'RAM in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l storage -d 'Storage in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l bandwidth -d 'Bandwidth in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l days -d 'How many days the project runs (from 1)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from quote" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l cpu -d 'CPU cores' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l ram -d 'RAM in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l storage -d 'Storage in GB' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l bandwidth -d 'Bandwidth in Mbit/s' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l days -d 'How many days the project runs (from 1)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l status -d 'Only projects in this status' -r -f -a "bidding\t'In its auction'
running\t'Assigned to a provider'
completed\t'Completed with its profit split'
failed\t'Its provider failed to deliver'
unassigned\t'No valid bid; FP went back'"
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l mine -d 'Only projects --account requested or runs'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l profit -d 'The profit X in ANKR that the project earned (may be 0)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from complete" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "quote" -d 'Price resources for a duration and list the providers that can take it'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a project and pay its fixed price; a sealed-bid auction opens'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project: status, phase, deadlines, bids, provider and payout'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects, optionally in one status or only your own'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Complete your project after its duration, as its provider, depositing its profit X'
complete -c stkr -n "__fish_stkr_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "list" -d 'List the projects in their auction, with the phase and when it ends'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "show" -d 'Show a project\'s auction: phase, deadlines, bidders and revealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "bid" -d 'Seal a bid on a project during its commit phase'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "reveal" -d 'Reveal your sealed bid during the reveal phase'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "settle" -d 'Settle an auction after its reveal phase (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "forfeit" -d 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "bond" -d 'Your bond balance: free to bid with or withdraw, and locked in sealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bid" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from reveal" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from forfeit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -f -a "show" -d 'Show a bond balance (yours by default) and the ANKR beside it'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -f -a "deposit" -d 'Add ANKR to your bond balance (approving the marketplace first when needed)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -f -a "withdraw" -d 'Take free ANKR out of your bond balance'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from bond" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the projects in their auction, with the phase and when it ends'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project\'s auction: phase, deadlines, bidders and revealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "bid" -d 'Seal a bid on a project during its commit phase'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "reveal" -d 'Reveal your sealed bid during the reveal phase'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Settle an auction after its reveal phase (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "forfeit" -d 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "bond" -d 'Your bond balance: free to bid with or withdraw, and locked in sealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auction; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "list" -d 'List the projects in their auction, with the phase and when it ends'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "show" -d 'Show a project\'s auction: phase, deadlines, bidders and revealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "bid" -d 'Seal a bid on a project during its commit phase'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "reveal" -d 'Reveal your sealed bid during the reveal phase'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "settle" -d 'Settle an auction after its reveal phase (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "forfeit" -d 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "bond" -d 'Your bond balance: free to bid with or withdraw, and locked in sealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and not __fish_seen_subcommand_from list show bid reveal settle forfeit bond help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bid" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from reveal" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from forfeit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -f -a "show" -d 'Show a bond balance (yours by default) and the ANKR beside it'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -f -a "deposit" -d 'Add ANKR to your bond balance (approving the marketplace first when needed)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -f -a "withdraw" -d 'Take free ANKR out of your bond balance'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from bond" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the projects in their auction, with the phase and when it ends'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project\'s auction: phase, deadlines, bidders and revealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "bid" -d 'Seal a bid on a project during its commit phase'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "reveal" -d 'Reveal your sealed bid during the reveal phase'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Settle an auction after its reveal phase (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "forfeit" -d 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "bond" -d 'Your bond balance: free to bid with or withdraw, and locked in sealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand auctions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "open" -d 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "list" -d 'List every micro-pool with its status, provider and fill, read in a few batched calls.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "show" -d 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "top-up" -d 'Add ETH of your own to your pending pool (up to 32 ETH in all).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "activate" -d 'Deposit a full pool\'s 32 ETH as your validator, from the deposit data of its key.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "cancel" -d 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "settle" -d 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "exit" -d 'Request the exit of a pool\'s validator through EIP-7002, from its vault.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "cover-loss" -d 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "report-failure" -d 'Report that a pool\'s provider failed or was slashed (governance only, §3.6).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "migrate" -d 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l eth -d 'Your own ETH in the pool: at least your k (8 ETH semi-trusted, 16 ETH untrusted), at most 32 ETH [default: your k]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l duration -d 'How long the staking period runs, e.g. 30d, 12h, 1d12h (at most the max-pool-duration parameter)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l status -d 'Only pools in this status' -r -f -a "pending\t'Filling up; stakes are accepted'
active\t'Deposited as a validator; stakes are locked'
completed\t'Settled; stakers claim rewards, aETH holders redeem'
cancelled\t'Cancelled before activation; stakers unstake'
migrated\t'Its stakers moved to another pool'"
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l provider -d 'Only pools of this provider' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l address -d 'Also show this account\'s stake [default: --account\'s address, if given]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from top-up" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l deposit-data -d 'The deposit data JSON file' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l pubkey -d 'Which deposit of the file to use, when it holds several' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from exit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l eth -d 'ETH to send for what the insurance pool cannot cover' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from cover-loss" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l slash -d 'ANKR of the provider\'s collateral to slash into the insurance pool' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l propose -d 'Submit it as a governance proposal from --account (a governor)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from report-failure" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l propose -d 'Submit it as a governance proposal from --account (a governor)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every micro-pool with its status, provider and fill, read in a few batched calls.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "top-up" -d 'Add ETH of your own to your pending pool (up to 32 ETH in all).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Deposit a full pool\'s 32 ETH as your validator, from the deposit data of its key.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "exit" -d 'Request the exit of a pool\'s validator through EIP-7002, from its vault.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "cover-loss" -d 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "report-failure" -d 'Report that a pool\'s provider failed or was slashed (governance only, §3.6).'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.'
complete -c stkr -n "__fish_stkr_using_subcommand pool; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "open" -d 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "list" -d 'List every micro-pool with its status, provider and fill, read in a few batched calls.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "show" -d 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "top-up" -d 'Add ETH of your own to your pending pool (up to 32 ETH in all).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "activate" -d 'Deposit a full pool\'s 32 ETH as your validator, from the deposit data of its key.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "cancel" -d 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "settle" -d 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "exit" -d 'Request the exit of a pool\'s validator through EIP-7002, from its vault.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "cover-loss" -d 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "report-failure" -d 'Report that a pool\'s provider failed or was slashed (governance only, §3.6).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "migrate" -d 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and not __fish_seen_subcommand_from open list show top-up activate cancel settle exit cover-loss report-failure migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l eth -d 'Your own ETH in the pool: at least your k (8 ETH semi-trusted, 16 ETH untrusted), at most 32 ETH [default: your k]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l duration -d 'How long the staking period runs, e.g. 30d, 12h, 1d12h (at most the max-pool-duration parameter)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l status -d 'Only pools in this status' -r -f -a "pending\t'Filling up; stakes are accepted'
active\t'Deposited as a validator; stakes are locked'
completed\t'Settled; stakers claim rewards, aETH holders redeem'
cancelled\t'Cancelled before activation; stakers unstake'
migrated\t'Its stakers moved to another pool'"
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l provider -d 'Only pools of this provider' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l address -d 'Also show this account\'s stake [default: --account\'s address, if given]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from top-up" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l deposit-data -d 'The deposit data JSON file' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l pubkey -d 'Which deposit of the file to use, when it holds several' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from settle" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from exit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l eth -d 'ETH to send for what the insurance pool cannot cover' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from cover-loss" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l slash -d 'ANKR of the provider\'s collateral to slash into the insurance pool' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l propose -d 'Submit it as a governance proposal from --account (a governor)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from report-failure" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l propose -d 'Submit it as a governance proposal from --account (a governor)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every micro-pool with its status, provider and fill, read in a few batched calls.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "top-up" -d 'Add ETH of your own to your pending pool (up to 32 ETH in all).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Deposit a full pool\'s 32 ETH as your validator, from the deposit data of its key.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "settle" -d 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "exit" -d 'Request the exit of a pool\'s validator through EIP-7002, from its vault.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "cover-loss" -d 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "report-failure" -d 'Report that a pool\'s provider failed or was slashed (governance only, §3.6).'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.'
complete -c stkr -n "__fish_stkr_using_subcommand pools; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "new" -d 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "verify" -d 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI\'s); one line per problem, exit 2.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "split" -d 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "exit" -d 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "sign-partial" -d 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "combine" -d 'Check partial signatures against their public shares and combine T of them into the validator\'s signature (Lagrange in G2).'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "dkg" -d 'Generate a pool\'s validator key with the guardian committee: it signs only with your share and a quorum of theirs.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l chain -d 'The beacon chain: mainnet, hoodi, sepolia or devnet [default: --network\'s, or the chain --pool is read from; with --pool it must be the connected chain]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l withdrawal-address -d 'Where the validator\'s ETH goes on exit (0x01 withdrawal credentials)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l pool -d 'Pay withdrawals to pool ID\'s vault (its own withdrawal address in this deployment), checking that the pool exists' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l index -d 'The first validator index in the key tree' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l count -d 'How many validators' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l mnemonic-file -d 'Use the mnemonic in FILE instead of creating one (recovers or adds keys)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l keystore-password-file -d 'Read the keystores\' password from the first line of FILE [default: asked twice]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l kdf -d 'The keystores\' key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l out -d 'The folder for the keystores and the deposit data' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l chain -d 'Also require every deposit to be for this chain' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l withdrawal-address -d 'Also require withdrawals to go to this address' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l threshold -d 'How many shares must sign (T)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l shares -d 'How many shares to make (N)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l holder -d 'Who holds each share, in order [default: provider, protocol, backup, holder-4, …]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l keystore-password-file -d 'Read the validator keystore\'s password from the first line of FILE [default: asked]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l share-password-file -d 'The share keystores\' password: once for all, or once per share in order [default: asked per share]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l kdf -d 'The share keystores\' key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l out -d 'The folder for the share keystores and public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from split" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l public-shares -d 'The validator\'s public-shares.json (names its public key)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l pubkey -d 'The validator\'s public key' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l validator-index -d 'The validator\'s index on the beacon chain' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l epoch -d 'The earliest epoch the exit may be included in (the current epoch will do)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l chain -d 'The beacon chain: mainnet, hoodi and sepolia have their exit domain built in; the devnet\'s beacon chain needs --genesis-validators-root' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l fork-version -d 'The Capella fork version exits are signed with (EIP-7044) [default: the chain\'s, from stkr\'s table]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l genesis-validators-root -d 'The chain\'s genesis_validators_root (GET /eth/v1/beacon/genesis) [default: the chain\'s, from stkr\'s table]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l out -d 'Where to write the request' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from exit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l share -d 'This holder\'s share keystore' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l public-shares -d 'The validator\'s public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l keystore-password-file -d 'Read the share keystore\'s password from the first line of FILE [default: asked]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l out -d 'Where to write the partial signature [default: partial-INDEX.json]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from sign-partial" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l request -d 'The request they sign' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l public-shares -d 'The validator\'s public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l out -d 'Where to write the signed result [default: signed-exit.json, or deposit_data-combined.json]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from combine" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l pool -d 'The pool (yours) whose validator the key becomes; its vault gets the withdrawals' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l keystore-password-file -d 'Read your share keystore\'s password from the first line of FILE [default: asked twice]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l kdf -d 'Your share keystore\'s key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l out -d 'The folder for the key record, your share and the deposit data' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from dkg" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI\'s); one line per problem, exit 2.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "split" -d 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "exit" -d 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "sign-partial" -d 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "combine" -d 'Check partial signatures against their public shares and combine T of them into the validator\'s signature (Lagrange in G2).'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "dkg" -d 'Generate a pool\'s validator key with the guardian committee: it signs only with your share and a quorum of theirs.'
complete -c stkr -n "__fish_stkr_using_subcommand validator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "new" -d 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "verify" -d 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI\'s); one line per problem, exit 2.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "split" -d 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "exit" -d 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "sign-partial" -d 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "combine" -d 'Check partial signatures against their public shares and combine T of them into the validator\'s signature (Lagrange in G2).'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "dkg" -d 'Generate a pool\'s validator key with the guardian committee: it signs only with your share and a quorum of theirs.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and not __fish_seen_subcommand_from new verify split exit sign-partial combine dkg help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l chain -d 'The beacon chain: mainnet, hoodi, sepolia or devnet [default: --network\'s, or the chain --pool is read from; with --pool it must be the connected chain]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l withdrawal-address -d 'Where the validator\'s ETH goes on exit (0x01 withdrawal credentials)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l pool -d 'Pay withdrawals to pool ID\'s vault (its own withdrawal address in this deployment), checking that the pool exists' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l index -d 'The first validator index in the key tree' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l count -d 'How many validators' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l mnemonic-file -d 'Use the mnemonic in FILE instead of creating one (recovers or adds keys)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l keystore-password-file -d 'Read the keystores\' password from the first line of FILE [default: asked twice]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l kdf -d 'The keystores\' key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l out -d 'The folder for the keystores and the deposit data' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from new" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l chain -d 'Also require every deposit to be for this chain' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l withdrawal-address -d 'Also require withdrawals to go to this address' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l threshold -d 'How many shares must sign (T)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l shares -d 'How many shares to make (N)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l holder -d 'Who holds each share, in order [default: provider, protocol, backup, holder-4, …]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l keystore-password-file -d 'Read the validator keystore\'s password from the first line of FILE [default: asked]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l share-password-file -d 'The share keystores\' password: once for all, or once per share in order [default: asked per share]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l kdf -d 'The share keystores\' key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l out -d 'The folder for the share keystores and public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from split" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l public-shares -d 'The validator\'s public-shares.json (names its public key)' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l pubkey -d 'The validator\'s public key' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l validator-index -d 'The validator\'s index on the beacon chain' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l epoch -d 'The earliest epoch the exit may be included in (the current epoch will do)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l chain -d 'The beacon chain: mainnet, hoodi and sepolia have their exit domain built in; the devnet\'s beacon chain needs --genesis-validators-root' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l fork-version -d 'The Capella fork version exits are signed with (EIP-7044) [default: the chain\'s, from stkr\'s table]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l genesis-validators-root -d 'The chain\'s genesis_validators_root (GET /eth/v1/beacon/genesis) [default: the chain\'s, from stkr\'s table]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l out -d 'Where to write the request' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from exit" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l share -d 'This holder\'s share keystore' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l public-shares -d 'The validator\'s public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l keystore-password-file -d 'Read the share keystore\'s password from the first line of FILE [default: asked]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l out -d 'Where to write the partial signature [default: partial-INDEX.json]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from sign-partial" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l request -d 'The request they sign' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l public-shares -d 'The validator\'s public-shares.json' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l out -d 'Where to write the signed result [default: signed-exit.json, or deposit_data-combined.json]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from combine" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l pool -d 'The pool (yours) whose validator the key becomes; its vault gets the withdrawals' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l keystore-password-file -d 'Read your share keystore\'s password from the first line of FILE [default: asked twice]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l kdf -d 'Your share keystore\'s key derivation function' -r -f -a "scrypt\t'scrypt, n = 2^18, r = 8, p = 1 (the deposit CLI\'s default)'
pbkdf2\t'PBKDF2-HMAC-SHA256, c = 2^18'"
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l out -d 'The folder for the key record, your share and the deposit data' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from dkg" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "new" -d 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI\'s); one line per problem, exit 2.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "split" -d 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "exit" -d 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "sign-partial" -d 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "combine" -d 'Check partial signatures against their public shares and combine T of them into the validator\'s signature (Lagrange in G2).'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "dkg" -d 'Generate a pool\'s validator key with the guardian committee: it signs only with your share and a quorum of theirs.'
complete -c stkr -n "__fish_stkr_using_subcommand validators; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l pool -d 'Stake ETH in this pending pool: you receive aETH 1:1 and pay its ANKR fee (stake/32 x FP)' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l sidecar -d 'Stake ANKR on this node\'s sidecar, for a share of the reward pool\'s sidecar cut and votes to delegate' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l rewards -d 'Stake ANKR for reward shares (providers\' and requesters\' share of the reward pool)'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand stake" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l pool -d 'Take ETH out of this pool (pending, cancelled, or migrated into a pending pool): your aETH is burned, the ETH and a pro-rata share of your ANKR fee come back' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l sidecar -d 'Withdraw ANKR from this node\'s sidecar. While the node runs, this forfeits the withdrawn part\'s unclaimed sidecar rewards to the reward pool' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l rewards -d 'Withdraw ANKR staked for reward shares; rewards earned so far stay claimable'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand unstake" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l ticket -d 'Pay this queued redemption ticket to its owner (anyone may, once settlements cover it)' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand redeem" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l address -d 'The account to look at [default: --account\'s address]' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand rewards" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand claim" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand history" -l address -d 'Look at this address instead of --account\'s' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l from-block -d 'Start at this block instead of the deployment\'s' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand history" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand history" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand history" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand history" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand history" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand history" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand history" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand history" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s h -l help -d 'Print help'
complete -c stkr -n "__fish_stkr_using_subcommand distribute" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l address -d 'Follow this address, read-only, instead of --account' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l interval -d 'How often to ask the endpoint for a new block' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l once -d 'Read once as the dashboard refreshes, print what was read (counts only) and exit; no screen'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l rpc-url -d 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l network -d 'The network: devnet, mainnet, hoodi or sepolia; the endpoint must be on it' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s a -l account -d 'The account that signs (see `stkr account list`)' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l password-file -d 'Read the account\'s passphrase from the first line of FILE' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l data-dir -d 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]' -r -F
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l max-fee -d 'The most to pay per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l priority-fee -d 'The tip per gas, in gwei [default: the network\'s estimate]' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l gas-limit -d 'The gas limit [default: the estimate plus 20 %]' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l nonce -d 'The nonce, to replace a stuck transaction (send with a higher --max-fee)' -r
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l json -d 'Print the result as one JSON document on stdout (messages still go to stderr)'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s y -l yes -d 'Do not ask for confirmation'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s v -l verbose -d 'More log output on stderr (-v info, -vv debug, -vvv trace)'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s q -l quiet -d 'Only results and errors: no progress messages'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -l unsigned -d 'Print the transaction (to, data, value, chain id) instead of sending it, for a multisig or an offline signer; --account names the sender it is simulated from, and no passphrase is asked'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stkr -n "__fish_stkr_using_subcommand completions" -s V -l version -d 'Print version'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "init" -d 'A guided first run: network, RPC endpoint and account, kept as defaults.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "account" -d 'Manage the encrypted accounts that sign transactions.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "deploy" -d 'Deploy the stkr contracts to a chain'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "devnet" -d 'Run a local devnet with stkr deployed.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "params" -d 'Show the governance parameters'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "status" -d 'One screen for an account across roles: balances, pools, collateral, stakes, rewards, votes.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "govern" -d 'Governors, candidates, elections, proposals and votes.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "provider" -d 'Act as a provider: register, keep ANKR collateral, change the offer, read records and scores.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "node" -d 'Run Stkr nodes as a provider: add one with its sidecar, list, inspect and retire them.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "sidecar" -d 'The sidecar beside each node: configure it, run it (under systemd), see what it did.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "guardian" -d 'Deposit guardians: run one (under systemd), attest a deposit by hand, see the committee.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "signer" -d 'The threshold signer of a distributed validator: the Web3Signer API for your validator client.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "project" -d 'Projects of single requesters: quote, submit, show, list, complete'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "auction" -d 'Sealed-bid auctions of projects: bid, reveal, settle, forfeit, bond balance'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "pool" -d 'Open, list, show and run micro-pools (32 ETH validators filled by many stakers).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "validator" -d 'Validator keys: create them with deposit data, verify deposit data, and share a key between provider and protocol (threshold signing, voluntary exits).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "stake" -d 'Stake ETH in a micro-pool for aETH, or ANKR on a node\'s sidecar or for reward shares.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "unstake" -d 'Take stake back: ETH from a pool before it activates, ANKR from a sidecar or reward shares.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "redeem" -d 'Redeem aETH for ETH of settled principal, whoever staked it (paid now, or queued until pools settle).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "rewards" -d 'Show every amount an account can claim: pool payouts, provider shares and refunds, and its rewards from reward shares, sidecar stakes and governance.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "claim" -d 'Claim everything `stkr rewards` lists for --account, each its own transaction, in one confirmed plan; reports what arrived.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "history" -d 'An account\'s past actions from the contracts\' events: stakes, unstakes, claims, redemptions, bids, votes, proposals.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "distribute" -d 'Run the reward pool\'s due distribution to governors, reward stakers, sidecar stakers and development (anyone may, once a reward period)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "dashboard" -d 'The live dashboard: every role in one interactive terminal view, refreshed on every block.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "completions" -d 'Print shell completions.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and not __fish_seen_subcommand_from init account deploy devnet params status govern provider node sidecar guardian signer project auction pool validator stake unstake redeem rewards claim history distribute dashboard completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "new" -d 'Create an account with a new random key, encrypted with a passphrase.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import a private key (asked for without echo, or read from stdin) or a keystore file.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List the accounts and their addresses'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show one account: address, keystore file, whether its passphrase is in the keyring'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "remove" -d 'Delete an account\'s keystore and its keyring entry. The key is gone unless you have a backup'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "up" -d 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "status" -d 'Show the running devnet: RPC URL, chain id, block, contract addresses.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "down" -d 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "import-accounts" -d 'Import the ten dev accounts as dev0 … dev9 (anvil\'s well-known keys; never use them elsewhere), all with one passphrase; names that exist are left alone.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "deposit-data" -d 'Write a deposit data file for a pool\'s validator, as the ethstaker deposit CLI writes it, with withdrawals to the pool\'s vault, signed by the devnet key of that pool: m/12381/3600/POOL/0/0 of the devnet\'s public mnemonic (anvil\'s), so runs are reproducible (on a real network use `stkr validator new`).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "withdrawals" -d 'Let ETH arrive at a pool\'s vault (its withdrawal address) as its validator\'s withdrawals do: no transaction, no code run. An exited validator\'s balance there lets anyone settle the pool.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "fund" -d 'Give an address devnet ETH (for gas, e.g. a new sidecar\'s key): its balance grows by AMOUNT.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from devnet" -f -a "advance" -d 'Move the devnet\'s clock forward and mine a block: voting periods, auctions and pool terms pass.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "governors" -d 'The seated governors with their stake, weight and attendance'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "candidates" -d 'The candidates with their stake and delegated votes, and when the next election may run'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "join" -d 'Join as an invited governor, staking ANKR (at least governor-min-stake).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "stake" -d 'Add ANKR to your governance stake'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "unstake" -d 'Withdraw ANKR from your governance stake (governors and candidates keep the minimum; nothing moves between an election\'s snapshot and the election)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "apply" -d 'Apply to be elected, optionally staking first (before the next election\'s snapshot: from it until the election, stakes and candidacies are locked).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "withdraw-candidacy" -d 'Withdraw your candidacy (your stake stays; `unstake` takes it out)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "delegate" -d 'Delegate the votes of your ANKR staked on sidecars to a candidate (the zero address: nobody).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "elect" -d 'Run the due election (anyone may), by the weights at its snapshot'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "propose" -d 'Propose a change for the governors to vote on, locking the proposal bond'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "proposals" -d 'Every proposal with its tally and deadline'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "show" -d 'One proposal: what it calls, how each governor voted, and whether it passes'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "vote" -d 'Vote on an open proposal.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "execute" -d 'Run a passed proposal once its timelock is over and before it expires (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "finalize" -d 'Close a proposal\'s voting and count attendance without executing it (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "params" -d 'The governance parameters (the same as `stkr params`)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from govern" -f -a "handover" -d 'Hand the protocol\'s governance from the deployer to the Governance contract\'s executor, once every invited governor has joined (the devnet does this itself)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "register" -d 'Apply as a provider with a brand, a price and the capacity you offer, optionally with collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "show" -d 'Show a provider: status, trust level, collateral against what is required, offer, record and reputation score.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "list" -d 'List every provider that ever applied, with status, price, collateral, nodes and score.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "collateral" -d 'Add or withdraw ANKR collateral.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "score" -d 'Explain a provider\'s reputation score: each part, its weight, and the failure penalty.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "update" -d 'Change your offer: price, capacity or max nodes (what you leave out stays as it is).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "init" -d 'Write the provider daemon\'s configuration (TOML): your key, the chain and deployment, the fee cap, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "run" -d 'Run the provider daemon in the foreground until SIGTERM or Ctrl-C: it activates your full pools by itself.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "status" -d 'What the provider daemon did and waits for, from its state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "install-service" -d 'Write a hardened systemd unit for `stkr provider run` (the passphrase handed over as a credential), and check it with `systemd-analyze verify` when that is installed.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "add" -d 'Register a Stkr node of yours (a qualified provider, within your max nodes) with its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "list" -d 'List Stkr nodes with provider, status, sidecar, uptime and ANKR staked on the sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "show" -d 'Show one node: status, sidecar, probe URL, start and finish, audits and uptime, this period\'s auditors and targets, and the ANKR staked on its sidecar.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "retire" -d 'Retire (finish) a node of yours: its sidecar stops reporting and being audited, and its running time goes on your record.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from node" -f -a "settle-audits" -d 'Settle a past period\'s audits (anyone may; sidecars do it for their node and targets): each node is up or down in that period only if a strict majority of its assigned auditors saw it so, and an auditor that reported it the other way gets a strike.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from sidecar" -f -a "init" -d 'Write a sidecar configuration file (TOML): the node, the key, the clients, the listeners, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from sidecar" -f -a "run" -d 'Run the sidecar in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from sidecar" -f -a "status" -d 'Show what the sidecar last saw and did, from its state dir (no RPC needed).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from sidecar" -f -a "install-service" -d 'Write a hardened systemd unit for the sidecar: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from guardian" -f -a "init" -d 'Write a guardian configuration file (TOML): the key, the chain and its deployment, where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from guardian" -f -a "run" -d 'Run the guardian in the foreground until SIGTERM or Ctrl-C (what systemd runs).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from guardian" -f -a "attest" -d 'Check a pool\'s validator deposit and sign its attestation once, by hand, as --account.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from guardian" -f -a "status"
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from guardian" -f -a "install-service" -d 'Write a hardened systemd unit for the guardian: its own user, NoNewPrivileges, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from signer" -f -a "init" -d 'Write a signer configuration file (TOML): the distributed key, the provider\'s share and account keystores, the guardians\' URLs (read from the chain now), where to listen, the state dir.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from signer" -f -a "run" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from signer" -f -a "status" -d 'The configuration file'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from signer" -f -a "install-service" -d 'Write a hardened systemd unit for the signer: its own user, ProtectSystem=strict, only the state dir writable, the passphrase handed over with LoadCredential.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from signer" -f -a "slashing-protection" -d 'Move the signer\'s slashing-protection record in or out as an EIP-3076 interchange (the signer must be stopped)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "quote" -d 'Price resources for a duration and list the providers that can take it'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "submit" -d 'Submit a project and pay its fixed price; a sealed-bid auction opens'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "show" -d 'Show a project: status, phase, deadlines, bids, provider and payout'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List projects, optionally in one status or only your own'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "complete" -d 'Complete your project after its duration, as its provider, depositing its profit X'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "list" -d 'List the projects in their auction, with the phase and when it ends'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "show" -d 'Show a project\'s auction: phase, deadlines, bidders and revealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "bid" -d 'Seal a bid on a project during its commit phase'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "reveal" -d 'Reveal your sealed bid during the reveal phase'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "settle" -d 'Settle an auction after its reveal phase (anyone may)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "forfeit" -d 'Send the bond of a bid never revealed to the reward pool (anyone may, after the reveal phase)'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from auction" -f -a "bond" -d 'Your bond balance: free to bid with or withdraw, and locked in sealed bids'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "open" -d 'Open a micro-pool as a qualified provider, putting in your own ETH (at least your k).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "list" -d 'List every micro-pool with its status, provider and fill, read in a few batched calls.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "show" -d 'Show one pool: status, provider, fill, stakers, deposit, dates, payouts and what you can do now.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "top-up" -d 'Add ETH of your own to your pending pool (up to 32 ETH in all).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "activate" -d 'Deposit a full pool\'s 32 ETH as your validator, from the deposit data of its key.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "cancel" -d 'Cancel a pending pool: its provider at any time, anyone once its end time has passed.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "settle" -d 'Settle an ended pool from what its vault holds; anyone may, nobody names the amount.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "exit" -d 'Request the exit of a pool\'s validator through EIP-7002, from its vault.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "cover-loss" -d 'Make up the uncovered loss aETH carries (anyone): from the insurance pool as far as it holds ETH, then from the ETH sent with --eth (what is not needed comes back).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "report-failure" -d 'Report that a pool\'s provider failed or was slashed (governance only, §3.6).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from pool" -f -a "migrate" -d 'Move the stakers of a stopped pending or cancelled pool into another pending pool (governance only); their aETH stays valid and their claims follow.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "new" -d 'Create validator keys from a new (or existing) mnemonic: EIP-2335 keystores and the deposit data to activate a pool with.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "verify" -d 'Check every field, both roots and the BLS signature of deposit data files (any deposit CLI\'s); one line per problem, exit 2.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "split" -d 'Split a validator key into N shares of which any T sign (Shamir over the BLS12-381 scalar field): one EIP-2335 keystore per holder and a public-shares.json.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "exit" -d 'Write the request to sign a voluntary exit (SignedVoluntaryExit, DOMAIN_VOLUNTARY_EXIT) for the share holders.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "sign-partial" -d 'Sign a request (an exit request, or deposit data) with one share: a partial signature for `combine`.'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "combine" -d 'Check partial signatures against their public shares and combine T of them into the validator\'s signature (Lagrange in G2).'
complete -c stkr -n "__fish_stkr_using_subcommand help; and __fish_seen_subcommand_from validator" -f -a "dkg" -d 'Generate a pool\'s validator key with the guardian committee: it signs only with your share and a quorum of theirs.'
