//! End to end: the real `stkr` binary against real anvil chains.

mod common;

use common::{Anvil, DEV_ADDRESS, Stkr, files_under, stderr, stdout};

#[test]
fn deploy_then_read_a_deployed_value_back_through_json() {
    let anvil = Anvil::start(4242);
    let stkr = Stkr::new();
    let pw = stkr.import_dev_account("deployer", "deploy pass");
    let (url, pw) = (anvil.url(), pw.to_string_lossy().into_owned());

    let deployed = stkr.json(&[
        "--json",
        "deploy",
        "--rpc-url",
        &url,
        "--account",
        "deployer",
        "--password-file",
        &pw,
        "--yes",
        "--devnet",
    ]);
    assert_eq!(deployed["already_deployed"], false);
    assert_eq!(deployed["chain_id"], 4242);
    assert_eq!(deployed["deployer"].as_str().map(str::to_lowercase), Some(DEV_ADDRESS.to_lowercase()));
    let names = [
        "ankr_token",
        "parameters",
        "aeth",
        "multicall3",
        "deposit_contract",
        "deposit_guard",
        "provider_registry",
        "insurance_pool",
        "reward_pool",
        "micro_pool",
        "node_registry",
        "marketplace",
        "staker_rewards",
    ];
    assert_eq!(deployed["contracts"].as_object().map(|c| c.len()), Some(names.len()));
    for name in names {
        let address = deployed["contracts"][name].as_str().unwrap_or_default();
        assert!(
            address.starts_with("0x") && address.len() == 42 && address != format!("0x{}", "0".repeat(40)),
            "{name}: {address}"
        );
    }
    // The contracts are wired together: only MicroPool mints aETH, and it is a protocol contract.
    let call = |to: &str, sig: &str, arg: Option<&str>| {
        let mut cmd = std::process::Command::new(common::foundry_tool("cast"));
        cmd.args(["call", "--rpc-url", &url, to, sig]);
        if let Some(arg) = arg {
            cmd.arg(arg);
        }
        let out = cmd.output().expect("cast call");
        assert!(out.status.success(), "cast call failed: {}", stderr(&out));
        stdout(&out).trim().to_lowercase()
    };
    let micro_pool = deployed["contracts"]["micro_pool"].as_str().unwrap_or_default().to_lowercase();
    let aeth = deployed["contracts"]["aeth"].as_str().unwrap_or_default();
    let registry = deployed["contracts"]["provider_registry"].as_str().unwrap_or_default();
    assert_eq!(call(aeth, "pool()(address)", None), micro_pool);
    assert_eq!(call(registry, "isProtocolContract(address)(bool)", Some(&micro_pool)), "true");
    let node_registry = deployed["contracts"]["node_registry"].as_str().unwrap_or_default();
    assert_eq!(call(registry, "isProtocolContract(address)(bool)", Some(node_registry)), "true");
    let marketplace = deployed["contracts"]["marketplace"].as_str().unwrap_or_default();
    assert_eq!(call(registry, "isProtocolContract(address)(bool)", Some(marketplace)), "true");

    let file = stkr.data_dir().join("deployments/4242.json");
    let recorded: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("deployment file")).expect("json");
    assert_eq!(recorded["contracts"], deployed["contracts"]);
    assert_eq!(recorded["deploy_block"], 1);

    // The value comes from the chain: untrusted providers stake 16 ETH, within 16..32 ETH.
    let param = stkr.json(&["--json", "params", "untrusted-k", "--rpc-url", &url]);
    assert_eq!(param["chain_id"], 4242);
    assert_eq!(param["contract"], deployed["contracts"]["parameters"]);
    assert_eq!(param["governance"].as_str().map(str::to_lowercase), Some(DEV_ADDRESS.to_lowercase()));
    assert_eq!(
        param["parameters"],
        serde_json::json!([{
            "name": "untrusted-k",
            "value": "16000000000000000000",
            "display": "16 ETH",
            "min": "16000000000000000000",
            "max": "32000000000000000000",
            "unit": "eth",
            "about": "ETH an untrusted provider stakes per validator"
        }])
    );
    let all = stkr.json(&["--json", "params", "--rpc-url", &url]);
    assert_eq!(all["parameters"].as_array().map(Vec::len), Some(49));

    // Running it again sends nothing and needs no passphrase.
    let again = stkr.json(&["--json", "deploy", "--rpc-url", &url, "--account", "deployer"]);
    assert_eq!(again["already_deployed"], true);
    assert_eq!(again["contracts"], deployed["contracts"]);
}

#[test]
fn deploy_without_yes_and_without_a_terminal_sends_nothing() {
    let anvil = Anvil::start(4243);
    let stkr = Stkr::new();
    let pw = stkr.import_dev_account("deployer", "pw");
    let url = anvil.url();
    let out = stkr.run(&[
        "deploy",
        "--rpc-url",
        &url,
        "--account",
        "deployer",
        "--password-file",
        &pw.to_string_lossy(),
        "--devnet",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with(
            "error: this needs a confirmation and there is no terminal to ask: pass --yes to go ahead without asking\n"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!stkr.data_dir().join("deployments/4243.json").exists());
    let params = stkr.run(&["params", "--rpc-url", &url]);
    assert_eq!(params.status.code(), Some(1), "nothing was deployed");
}

#[test]
fn missing_deployment_is_one_clear_sentence() {
    let anvil = Anvil::start(4244);
    let stkr = Stkr::new();
    let out = stkr.run(&["params", "--rpc-url", &anvil.url()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: stkr is not deployed on chain 4244; run `stkr deploy --account NAME` (or `stkr devnet up` for a local chain)\n"
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn bad_rpc_urls_are_one_clear_sentence() {
    let stkr = Stkr::new();
    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let out = stkr.run(&["params", "--rpc-url", &url]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stderr(&out),
        format!(
            "error: could not reach the RPC endpoint at {url} (connection refused); check --rpc-url / ETH_RPC_URL, or start a local chain with `stkr devnet up`\n"
        )
    );
    let out = stkr.run(&["--json", "params", "--rpc-url", "localhost:8545"]);
    assert_eq!(out.status.code(), Some(2));
    let error: serde_json::Value = serde_json::from_str(&stderr(&out)).expect("with --json the error is JSON");
    assert_eq!(error["error"]["code"], "invalid_input");
    assert_eq!(error["error"]["exit_code"], 2);
    assert_eq!(
        error["error"]["message"],
        "invalid RPC URL 'localhost:8545': the scheme 'localhost' is not supported, only http and https; pass a URL such as http://127.0.0.1:8545"
    );
    assert_eq!(stdout(&out), "", "--json prints nothing on stdout on failure");
}

#[test]
fn wrong_passphrase_is_one_clear_sentence_and_sends_nothing() {
    let anvil = Anvil::start(4245);
    let stkr = Stkr::new();
    stkr.import_dev_account("deployer", "right");
    let wrong = stkr.password_file("wrong.pass", "wrong");
    let out = stkr.run(&[
        "deploy",
        "--rpc-url",
        &anvil.url(),
        "--account",
        "deployer",
        "--password-file",
        &wrong.to_string_lossy(),
        "--yes",
        "--devnet",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "error: wrong passphrase for account 'deployer'\n");
    assert!(!stkr.data_dir().join("deployments/4245.json").exists());
}

#[test]
fn signing_without_any_passphrase_source_says_how_to_give_one() {
    let anvil = Anvil::start(4246);
    let stkr = Stkr::new();
    stkr.import_dev_account("deployer", "pw");
    // No password file, no keyring entry (no session bus), no terminal.
    let mut cmd = stkr.command(&["deploy", "--rpc-url", &anvil.url(), "--account", "deployer", "--yes", "--devnet"]);
    cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    // The keyring cannot be reached here, so the message says that rather than "store it with --keyring"
    // (the account may well have been made with --keyring).
    let err = stderr(&out);
    assert!(
        err.starts_with("error: no passphrase for account 'deployer': the OS keyring cannot be reached (")
            && err
                .ends_with("); pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked\n"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn init_says_the_address_of_the_account_it_creates() {
    let stkr = Stkr::new();
    let pw = stkr.password_file("me.pass", "my passphrase");
    let pw = pw.to_string_lossy();
    // No chain answers there: init warns and keeps the URL; the account is made all the same.
    let base = ["--yes", "init", "--network", "devnet", "--rpc-url", "http://127.0.0.1:9", "--password-file", &pw];
    let out = stkr.run(&[&base[..], &["--create-account", "me"]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    let address = stkr.json(&["--json", "account", "show", "me"])["address"].as_str().expect("address").to_string();
    let said = stdout(&out);
    // (JSON writes addresses in lowercase, people get them checksummed.)
    let line = format!("me {address} (created now)").to_lowercase();
    assert!(said.lines().any(|l| l.to_lowercase().contains(&line)), "{said}");

    let json = stkr.json(&[&["--json"][..], &base[..], &["--create-account", "you"]].concat());
    let address = stkr.json(&["--json", "account", "show", "you"])["address"].clone();
    assert_eq!(
        (&json["account"], &json["address"], &json["created"]),
        (&"you".into(), &address, &true.into()),
        "{json}"
    );
}

#[test]
fn no_secret_is_stored_in_plain_text_under_the_data_dir() {
    let stkr = Stkr::new();
    let imported_pass = "imported passphrase 7f3a";
    stkr.import_dev_account("imported", imported_pass);
    let new_pass = "fresh passphrase 91bc";
    let pw = stkr.password_file("fresh.pass", new_pass);
    let out = stkr.run(&["--json", "account", "new", "fresh", "--password-file", &pw.to_string_lossy()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");

    // Recover the fresh key through the keystore itself, then look for it everywhere.
    let data = stkr_core::dirs::DataDir::resolve(Some(stkr.data_dir())).expect("data dir");
    let store = stkr_core::accounts::AccountStore::new(&data);
    let passphrase = stkr_core::accounts::Passphrase::new(new_pass.into()).expect("passphrase");
    let signer = store.unlock("fresh", &passphrase).expect("unlock");
    assert_eq!(created["address"].as_str().map(str::to_lowercase), Some(format!("{:#x}", signer.address())));
    let fresh_key = alloy::hex::encode(signer.to_bytes());

    let secrets = [common::DEV_KEY.to_string(), fresh_key, imported_pass.to_string(), new_pass.to_string()];
    let files = files_under(&stkr.data_dir());
    assert_eq!(files.len(), 2, "two keystores and nothing else: {files:?}");
    for file in files {
        let bytes = std::fs::read(&file).expect("read");
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for secret in &secrets {
            assert!(!text.contains(&secret.to_lowercase()), "{} holds a secret in plain text", file.display());
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).expect("metadata").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is readable by others", file.display());
        }
    }
    // Nor was anything secret printed.
    for secret in &secrets {
        assert!(!stdout(&out).contains(secret.as_str()) && !stderr(&out).contains(secret.as_str()));
    }
}

#[test]
fn cast_wallet_reads_our_keystores() {
    let stkr = Stkr::new();
    let pw = stkr.import_dev_account("dev", "cast can read this");
    let out = std::process::Command::new(common::foundry_tool("cast"))
        .args(["wallet", "address", "--keystore"])
        .arg(stkr.data_dir().join("keystores/dev"))
        .arg("--password-file")
        .arg(&pw)
        .output()
        .expect("run cast");
    assert!(out.status.success(), "cast failed: {}", stderr(&out));
    assert_eq!(stdout(&out).trim(), DEV_ADDRESS);
}

#[test]
fn accounts_list_show_and_remove() {
    let stkr = Stkr::new();
    stkr.import_dev_account("dev", "pw");
    let list = stkr.json(&["--json", "account", "list"]);
    assert_eq!(list["accounts"][0]["name"], "dev");
    assert_eq!(list["accounts"][0]["address"].as_str().map(str::to_lowercase), Some(DEV_ADDRESS.to_lowercase()));

    let dup = stkr.run_with_stdin(&["account", "import", "dev"], &format!("{}\n", common::DEV_KEY));
    assert_eq!(dup.status.code(), Some(1));
    assert_eq!(
        stderr(&dup),
        "error: an account named 'dev' already exists; choose another name or remove it with `stkr account remove dev`\n"
    );

    let refused = stkr.run(&["account", "remove", "dev"]);
    assert_eq!(refused.status.code(), Some(2), "no terminal and no --yes: nothing removed");
    assert!(stkr.data_dir().join("keystores/dev").exists());

    // dev is the default account (as `stkr init --account dev` leaves it): removing it forgets the default.
    let config = stkr.data_dir().join("config.toml");
    std::fs::write(&config, "network = \"devnet\"\naccount = \"dev\"\n").expect("write config");
    let removed = stkr.json(&["--json", "account", "remove", "dev", "--yes"]);
    assert_eq!(removed["name"], "dev");
    assert!(!stkr.data_dir().join("keystores/dev").exists());
    let kept = std::fs::read_to_string(&config).expect("config");
    assert!(kept.contains("network = \"devnet\"") && !kept.contains("account"), "no default left: {kept}");
    let missing = stkr.run(&["account", "show", "dev"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        stderr(&missing),
        "error: no account named 'dev'; see `stkr account list`, or create it with `stkr account new dev`\n"
    );
}

#[test]
fn a_bad_private_key_is_refused() {
    let stkr = Stkr::new();
    let pw = stkr.password_file("pw", "pw");
    let out = stkr.run_with_stdin(&["account", "import", "x", "--password-file", &pw.to_string_lossy()], "0x1234\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "error: that is not a private key: expected 64 hex digits (with or without 0x)\n");
    assert!(!stkr.data_dir().join("keystores/x").exists());
}

#[test]
fn version_names_the_commit() {
    let out = Stkr::new().run(&["--version"]);
    let text = stdout(&out);
    assert!(text.starts_with(&format!("stkr {} (commit ", env!("CARGO_PKG_VERSION"))), "{text}");
}

#[test]
fn completions_for_every_shell() {
    let stkr = Stkr::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = stkr.run(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        assert!(stdout(&out).contains("devnet"), "{shell} completions know the devnet command");
    }
}

#[test]
fn deploy_with_invited_governors() {
    let anvil = Anvil::start(4260);
    let stkr = Stkr::new();
    let pw = stkr.import_dev_account("deployer", "pw");
    let (url, pw) = (anvil.url(), pw.to_string_lossy().into_owned());
    let base = [
        "deploy",
        "--devnet",
        "--rpc-url",
        url.as_str(),
        "--account",
        "deployer",
        "--password-file",
        pw.as_str(),
        "--yes",
    ];

    let two =
        [&base[..], &["--governor", DEV_ADDRESS, "--governor", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"]].concat();
    let out = stkr.run(&two);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "error: pass exactly 3 --governor addresses (the n + 1 invited governors), not 2\n");

    // A chain id stkr does not know is refused unless --devnet says it is one.
    let out = stkr.run(&base.iter().copied().filter(|a| *a != "--devnet").collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: chain 4260 is not a network stkr knows (devnet 31337, mainnet 1, hoodi 560048, sepolia 11155111): if it is a local or private devnet, pass --devnet to deploy a test ANKR token and deposit contract there\n"
    );
    assert!(!stkr.data_dir().join("deployments/4260.json").exists(), "nothing was deployed");

    let three = [
        &["--json"][..],
        &base[..],
        &[
            "--governor",
            DEV_ADDRESS,
            "--governor",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "--governor",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
        ],
    ]
    .concat();
    let deployed = stkr.json(&three);
    let governance = deployed["contracts"]["governance"].as_str().expect("Governance deployed");
    // Until the invited governors join and it is handed over, the deployer keeps governance.
    let params = stkr.json(&["--json", "params", "audit-k", "--rpc-url", &url]);
    assert_eq!(params["governance"].as_str().map(str::to_lowercase), Some(DEV_ADDRESS.to_lowercase()));
    assert_ne!(params["governance"].as_str(), Some(governance));
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    let stkr = Stkr::new();
    // The bash script is far larger than a pipe holds, so stkr is still writing when the reader goes.
    let mut child = stkr
        .command(&["completions", "bash"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn stkr");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("first line");
    assert!(first.starts_with("_stkr()"), "{first}");
    let out = child.wait_with_output().expect("wait for stkr");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "no panic on a closed pipe: {err}");
    assert!(out.status.success(), "a closed pipe is not an error: {:?} {err}", out.status);
}

#[test]
fn a_new_account_without_a_passphrase_source_is_not_told_to_use_the_keyring_it_asked_for() {
    let stkr = Stkr::new();
    let out = stkr.run(&["account", "new", "fresh", "--keyring"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: no passphrase for the new account 'fresh': pass --password-file FILE (or STKR_PASSWORD_FILE), or run in a terminal to be asked\n"
    );
    assert!(files_under(&stkr.data_dir().join("keystores")).is_empty(), "nothing was created");
}

/// The canonical beacon deposit contract's runtime code (tests/fixtures/README.md says where it is from).
fn canonical_deposit_code() -> String {
    let hex = std::fs::read_to_string(common::root().join("tests/fixtures/deposit_contract.runtime.hex"))
        .expect("the deposit contract fixture");
    format!("0x{}", hex.trim())
}

/// Run cast against `url`, asserting success; its stdout.
fn cast(url: &str, args: &[&str]) -> String {
    // Options go before the positional ones: `--create CODE SIG ARGS` takes everything after it.
    let out = std::process::Command::new(common::foundry_tool("cast"))
        .args(&args[..1])
        .args(["--rpc-url", url])
        .args(&args[1..])
        .output()
        .expect("run cast");
    assert!(out.status.success(), "cast {args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn deploy_on_hoodi_reuses_the_real_deposit_contract_and_never_creates_a_mock() {
    const HOODI_DEPOSIT: &str = "0x00000000219ab540356cBB839Cbe05303d7705Fa";
    let anvil = Anvil::start(560048);
    let stkr = Stkr::new();
    let pw = stkr.import_dev_account("deployer", "pw");
    let (url, pw) = (anvil.url(), pw.to_string_lossy().into_owned());
    let base = ["deploy", "--rpc-url", url.as_str(), "--account", "deployer", "--password-file", pw.as_str(), "--yes"];
    let refused = |extra: &[&str]| {
        let out = stkr.run(&[&base[..], extra].concat());
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stdout(&out).is_empty());
        stderr(&out)
    };

    // Hoodi is public: no test token or mock deposit contract, whatever the flag says.
    assert_eq!(
        refused(&["--devnet"]),
        "error: chain 560048 is hoodi, a public network, not a devnet: stkr never deploys a test token or deposit contract there; drop --devnet\n"
    );
    assert_eq!(
        refused(&["--single-key-governance"]),
        "error: hoodi has no ANKR token stkr knows: pass --ankr-token ADDRESS (an ERC-20 already on hoodi); stkr never deploys a mintable one on a public network\n"
    );

    // An ERC-20 that is already on the chain (here the test token's bytecode, deployed by someone else).
    let artifact: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("core/artifacts/AnkrToken.json")).expect("artifact"),
    )
    .expect("json");
    let bytecode = artifact["bytecode"]["object"].as_str().expect("bytecode");
    let created: serde_json::Value = serde_json::from_str(&cast(
        &url,
        &[
            "send",
            "--json",
            "--private-key",
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
            "--create",
            bytecode,
            "constructor(address)",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        ],
    ))
    .expect("cast json");
    let token = created["contractAddress"].as_str().expect("token address").to_string();

    // Without the deposit contract's code at its address, this endpoint is not hoodi.
    assert_eq!(
        refused(&["--single-key-governance", "--ankr-token", &token]),
        format!(
            "error: the beacon deposit contract {HOODI_DEPOSIT} has no code at {url}, so it is not hoodi as stkr knows it; check --rpc-url\n"
        )
    );
    assert!(!stkr.data_dir().join("deployments/560048.json").exists(), "nothing was deployed");

    // With the canonical contract in place, stkr uses it and creates neither mock.
    cast(&url, &["rpc", "anvil_setCode", HOODI_DEPOSIT, &canonical_deposit_code()]);
    let deployed =
        stkr.json(&[&["--json"][..], &base[..], &["--single-key-governance", "--ankr-token", &token]].concat());
    assert_eq!(deployed["chain_id"], 560048);
    assert_eq!(
        deployed["contracts"]["deposit_contract"].as_str().map(str::to_lowercase),
        Some(HOODI_DEPOSIT.to_lowercase())
    );
    assert_eq!(deployed["contracts"]["ankr_token"].as_str().map(str::to_lowercase), Some(token.to_lowercase()));
    let created: Vec<&str> =
        deployed["created"].as_array().expect("created").iter().filter_map(|c| c.as_str()).collect();
    assert!(!created.contains(&"DepositContract") && !created.contains(&"AnkrToken"), "{created:?}");
    assert!(created.contains(&"MicroPool") && created.contains(&"DepositGuard"), "{created:?}");
}
