
use builtin;
use str;

set edit:completion:arg-completer[stkr] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'stkr'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'stkr'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand account 'Manage the encrypted accounts that sign transactions'
            cand accounts 'Manage the encrypted accounts that sign transactions'
            cand deploy 'Deploy the stkr contracts to a chain'
            cand devnet 'Run a local devnet with stkr deployed'
            cand params 'Show the governance parameters'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;account'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Create an account with a new random key, encrypted with a passphrase'
            cand import 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
            cand list 'List the accounts and their addresses'
            cand show 'Show one account: address, keystore file, whether its passphrase is in the keyring'
            cand remove 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;accounts'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand new 'Create an account with a new random key, encrypted with a passphrase'
            cand import 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
            cand list 'List the accounts and their addresses'
            cand show 'Show one account: address, keystore file, whether its passphrase is in the keyring'
            cand remove 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;account;new'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --keyring 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;accounts;new'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --keyring 'Also keep the passphrase in the OS keyring, so commands do not ask for it'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;account;import'= {
            cand --keystore 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase'
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --keyring 'Also keep the passphrase in the OS keyring'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;accounts;import'= {
            cand --keystore 'Import this Web3 Secret Storage keystore (geth, `cast wallet`) instead of a raw key; it keeps its passphrase'
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --keyring 'Also keep the passphrase in the OS keyring'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;account;list'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;accounts;list'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;account;show'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;accounts;show'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;account;remove'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;accounts;remove'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;account;help'= {
            cand new 'Create an account with a new random key, encrypted with a passphrase'
            cand import 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
            cand list 'List the accounts and their addresses'
            cand show 'Show one account: address, keystore file, whether its passphrase is in the keyring'
            cand remove 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;account;help;new'= {
        }
        &'stkr;account;help;import'= {
        }
        &'stkr;account;help;list'= {
        }
        &'stkr;account;help;show'= {
        }
        &'stkr;account;help;remove'= {
        }
        &'stkr;account;help;help'= {
        }
        &'stkr;accounts;help'= {
            cand new 'Create an account with a new random key, encrypted with a passphrase'
            cand import 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
            cand list 'List the accounts and their addresses'
            cand show 'Show one account: address, keystore file, whether its passphrase is in the keyring'
            cand remove 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;accounts;help;new'= {
        }
        &'stkr;accounts;help;import'= {
        }
        &'stkr;accounts;help;list'= {
        }
        &'stkr;accounts;help;show'= {
        }
        &'stkr;accounts;help;remove'= {
        }
        &'stkr;accounts;help;help'= {
        }
        &'stkr;deploy'= {
            cand --governor 'Also deploy Governance with these n + 1 invited governors (repeat the flag; 3 for n = 2). The deployer keeps governance until they have joined and it is handed over'
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;devnet'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand up 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
            cand status 'Show the running devnet: RPC URL, chain id, block, contract addresses'
            cand down 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;devnet;up'= {
            cand --port 'The port on 127.0.0.1'
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --demo 'Also create demo actors: two qualified providers, an active micro-pool with three stakers, and a pending one with room left'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;devnet;status'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;devnet;down'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;devnet;help'= {
            cand up 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
            cand status 'Show the running devnet: RPC URL, chain id, block, contract addresses'
            cand down 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;devnet;help;up'= {
        }
        &'stkr;devnet;help;status'= {
        }
        &'stkr;devnet;help;down'= {
        }
        &'stkr;devnet;help;help'= {
        }
        &'stkr;params'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;completions'= {
            cand --rpc-url 'The Ethereum JSON-RPC endpoint [default: the running devnet, else http://127.0.0.1:8545]'
            cand --network 'The network: devnet, mainnet, holesky or sepolia; the endpoint must be on it'
            cand -a 'The account that signs (see `stkr account list`)'
            cand --account 'The account that signs (see `stkr account list`)'
            cand --password-file 'Read the account''s passphrase from the first line of FILE'
            cand --data-dir 'Where stkr keeps keystores, deployments and devnet state [default: the platform data dir]'
            cand --json 'Print the result as one JSON document on stdout (messages still go to stderr)'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -v 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand --verbose 'More log output on stderr (-v info, -vv debug, -vvv trace)'
            cand -q 'Only results and errors: no progress messages'
            cand --quiet 'Only results and errors: no progress messages'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stkr;help'= {
            cand account 'Manage the encrypted accounts that sign transactions'
            cand deploy 'Deploy the stkr contracts to a chain'
            cand devnet 'Run a local devnet with stkr deployed'
            cand params 'Show the governance parameters'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stkr;help;account'= {
            cand new 'Create an account with a new random key, encrypted with a passphrase'
            cand import 'Import a private key (asked for without echo, or read from stdin) or a keystore file'
            cand list 'List the accounts and their addresses'
            cand show 'Show one account: address, keystore file, whether its passphrase is in the keyring'
            cand remove 'Delete an account''s keystore and its keyring entry. The key is gone unless you have a backup'
        }
        &'stkr;help;account;new'= {
        }
        &'stkr;help;account;import'= {
        }
        &'stkr;help;account;list'= {
        }
        &'stkr;help;account;show'= {
        }
        &'stkr;help;account;remove'= {
        }
        &'stkr;help;deploy'= {
        }
        &'stkr;help;devnet'= {
            cand up 'Start anvil on 127.0.0.1, deploy stkr, fund the dev accounts with ETH and ANKR; returns when ready'
            cand status 'Show the running devnet: RPC URL, chain id, block, contract addresses'
            cand down 'Stop the anvil that `stkr devnet up` started (only that process, by its pid)'
        }
        &'stkr;help;devnet;up'= {
        }
        &'stkr;help;devnet;status'= {
        }
        &'stkr;help;devnet;down'= {
        }
        &'stkr;help;params'= {
        }
        &'stkr;help;completions'= {
        }
        &'stkr;help;help'= {
        }
    ]
    $completions[$command]
}
