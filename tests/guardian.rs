//! End to end: the demo devnet's three `stkr guardian run` daemons (quorum 2) and a fourth one this test
//! starts with `stkr guardian init` and seats through governance: a fresh pubkey gets a quorum the
//! contract accepts, and after a front-running 1 ETH deposit for it every guardian refuses with one
//! sentence and `stkr pool activate` refuses with exit 3, nothing sent.

mod common;

use std::{
    path::Path,
    process::{Child, Stdio},
    time::{Duration, Instant},
};

use alloy::{
    primitives::{Address, B256, Bytes, FixedBytes, U256},
    transports::http::reqwest,
};
use common::{Devnet, dev, free_port, stderr};
use serde_json::Value;
use stkr_core::{
    beacon,
    bindings::DepositGuard,
    chain::{self, Chain},
    deploy::Contracts,
    guardian::{self, AttestedBlock, Deposit},
    pool,
};

/// The pool of the demo that is pending with room left: the test fills it.
const POOL: u64 = 2;
/// The dev account of the guardian this test adds to the demo's committee (dev7, dev8 and dev9).
const ADDED: usize = 5;
/// The pool's provider (Basalt).
const PROVIDER: usize = 2;

/// Guardian daemons, killed on drop, also after a failure.
struct Daemons(Vec<Child>);

impl Drop for Daemons {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `stkr guardian init` for dev account `account` listening on `port`, then `stkr guardian run`.
fn start_guardian(net: &Devnet, dir: &Path, account: usize, port: u16) -> Child {
    let keystore = net.stkr.data_dir().join("keystores").join(format!("dev{account}"));
    let (config, state) = (dir.join(format!("guardian{account}.toml")), dir.join(format!("state{account}")));
    let listen = format!("127.0.0.1:{port}");
    let init = net.read(&[
        "guardian",
        "init",
        "--rpc-url",
        &net.url,
        "--keystore",
        keystore.to_str().expect("utf-8"),
        "--listen",
        &listen,
        "--state-dir",
        state.to_str().expect("utf-8"),
        "--poll-interval",
        "1",
        "--out",
        config.to_str().expect("utf-8"),
    ]);
    assert_eq!(init["guardian"].as_str().map(str::to_lowercase), Some(dev(account).to_lowercase()));
    net.stkr
        .command(&["guardian", "run", "--config", config.to_str().expect("utf-8")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start stkr guardian run")
}

async fn wait_healthy(client: &reqwest::Client, url: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let answer = client.get(format!("{url}/health")).send().await;
        if answer.is_ok_and(|r| r.status().is_success()) {
            return;
        }
        assert!(Instant::now() < deadline, "the guardian at {url} never became healthy");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// POST a request to one guardian: its status code and JSON answer.
async fn ask(client: &reqwest::Client, url: &str, request: &Value) -> (u16, Value) {
    let response = client
        .post(format!("{url}/v1/attestations"))
        .header("content-type", "application/json")
        .body(request.to_string())
        .send()
        .await
        .expect("the guardian answers");
    let status = response.status().as_u16();
    let body = response.bytes().await.expect("a body");
    (status, serde_json::from_slice(&body).expect("a JSON answer"))
}

fn hex<const N: usize>(value: &Value) -> [u8; N] {
    let text = value.as_str().expect("hex");
    alloy::hex::decode(text.trim_start_matches("0x")).expect("hex").try_into().expect("length")
}

/// The contract's own verdict on `attestation` for the pool's deposit.
async fn check_on_chain(
    chain: &Chain,
    contracts: &Contracts,
    deposit: &Deposit,
    attestation: &stkr_core::bindings::IDepositGuard::Attestation,
) -> Result<(), String> {
    DepositGuard::new(contracts.deposit_guard, &chain.provider)
        .checkDeposit(
            U256::from(POOL),
            Bytes::copy_from_slice(deposit.pubkey.as_slice()),
            deposit.withdrawal_credentials,
            deposit.deposit_data_root,
            attestation.clone(),
        )
        .call()
        .await
        .map(|_| ())
        .map_err(|e| e.as_revert_data().and_then(|d| stkr_core::revert::decode(&d)).unwrap_or_else(|| e.to_string()))
}

#[test]
fn a_quorum_attests_a_fresh_pubkey_and_a_front_running_deposit_is_refused_by_every_guardian() {
    let net = Devnet::up(true);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let contracts: Contracts = serde_json::from_value(net.contracts.clone()).expect("contracts");
    let chain = runtime.block_on(chain::connect(&net.url, None, None)).expect("connect");

    // The digest core signs is the contract's.
    let sample = Deposit {
        pool_id: 9,
        pubkey: FixedBytes([0xab; 48]),
        withdrawal_credentials: beacon::withdrawal_credentials(contracts.micro_pool),
        deposit_data_root: B256::repeat_byte(0x0d),
    };
    let at = AttestedBlock { deposit_root: B256::repeat_byte(1), block_number: 7, block_hash: B256::repeat_byte(2) };
    let on_chain = runtime
        .block_on(async {
            DepositGuard::new(contracts.deposit_guard, &chain.provider)
                .attestationDigest(
                    U256::from(9),
                    Bytes::copy_from_slice(&[0xab; 48]),
                    sample.withdrawal_credentials,
                    sample.deposit_data_root,
                    at.deposit_root,
                    U256::from(7),
                    at.block_hash,
                )
                .call()
                .await
        })
        .expect("attestationDigest");
    assert_eq!(guardian::digest(chain.chain_id, contracts.deposit_guard, &sample, &at), on_chain);

    // Pool 2 fills; its validator's deposit data is valid for the pool.
    net.read(&["stake", "--pool", &POOL.to_string(), "8", "--account", "dev3", "--yes"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("deposit_data.json");
    net.read(&["devnet", "deposit-data", &POOL.to_string(), "--out", file.to_str().expect("utf-8")]);
    let data: Value = serde_json::from_slice(&std::fs::read(&file).expect("deposit data")).expect("json");
    let entry = &data[0];
    let (pubkey, signature, root) = (
        hex::<48>(&entry["pubkey"]),
        hex::<96>(&entry["signature"]),
        B256::from(hex::<32>(&entry["deposit_data_root"])),
    );

    // The demo's three guardians run; governance seats a fourth through proposals.
    let demo: Vec<String> = net.read(&["devnet", "status"])["guardians"]
        .as_array()
        .expect("the demo's guardians")
        .iter()
        .map(|g| g["url"].as_str().expect("url").to_string())
        .collect();
    assert_eq!(demo.len(), 3);
    let port = free_port();
    let added = format!("http://127.0.0.1:{port}");
    let _daemons = Daemons(vec![start_guardian(&net, dir.path(), ADDED, port)]);
    net.pass(&["add-guardian", &dev(ADDED), &added]);
    net.pass(&["guardian-quorum", "2"]);
    let status = net.read(&["guardian", "status"]);
    assert_eq!(status["quorum"], 2);
    assert_eq!(status["members"].as_array().map(Vec::len), Some(4));
    assert_eq!(status["members"][3]["url"], added.as_str());
    let urls: Vec<String> = demo.into_iter().chain([added]).collect();

    let client = reqwest::Client::new();
    runtime.block_on(async {
        for url in &urls {
            wait_healthy(&client, url).await;
        }
    });

    // A fresh pubkey: the guardians attest and the contract accepts their quorum.
    let attestation = runtime
        .block_on(guardian::collect(&chain, &contracts, POOL, pubkey, signature, root))
        .expect("a quorum attests");
    assert_eq!(attestation.signatures.len(), 2);
    let deposit = Deposit {
        pool_id: POOL,
        pubkey: FixedBytes(pubkey),
        withdrawal_credentials: beacon::withdrawal_credentials(pool::vault_of(contracts.micro_pool, POOL)),
        deposit_data_root: root,
    };
    runtime.block_on(check_on_chain(&chain, &contracts, &deposit, &attestation)).expect("the contract accepts it");
    let request = serde_json::json!({
        "pool_id": POOL,
        "pubkey": alloy::hex::encode_prefixed(pubkey),
        "signature": alloy::hex::encode_prefixed(signature),
        "deposit_data_root": root,
    });
    let (code, answer) = runtime.block_on(ask(&client, &urls[3], &request));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["guardian"].as_str().map(str::to_lowercase), Some(dev(ADDED).to_lowercase()));
    let by_hand = net.act(
        ADDED,
        &[
            "guardian",
            "attest",
            "--pool",
            &POOL.to_string(),
            "--pubkey",
            &alloy::hex::encode_prefixed(pubkey),
            "--signature",
            &alloy::hex::encode_prefixed(signature),
            "--deposit-data-root",
            &root.to_string(),
        ],
    );
    assert_eq!(by_hand["deposit"]["pool_id"], POOL);
    let fields: Vec<&str> = by_hand.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
    assert_eq!(fields, ["block_hash", "block_number", "deposit", "deposit_root", "guardian", "signature"]);
    assert_eq!(by_hand["signature"].as_str().map(str::len), Some(2 + 128));

    // The attack: 1 ETH for the same pubkey with the attacker's own 0x01 credentials, sent with cast.
    let attacker: Address = dev(4).parse().expect("address");
    let credentials = beacon::withdrawal_credentials(attacker);
    let attack_root = beacon::deposit_data_root(&pubkey, credentials, 1_000_000_000, &signature);
    let deposited_in = net.send(
        4,
        &net.contract("deposit_contract"),
        "deposit(bytes,bytes,bytes,bytes32)",
        &[
            &alloy::hex::encode_prefixed(pubkey),
            &credentials.to_string(),
            &alloy::hex::encode_prefixed(signature),
            &attack_root.to_string(),
            "--value",
            "1ether",
        ],
    );
    let stale = runtime.block_on(check_on_chain(&chain, &contracts, &deposit, &attestation)).expect_err("void");
    assert!(stale.starts_with("a deposit reached the deposit contract after the guardians attested"), "{stale}");
    let expected = format!(
        "the pubkey {} was already deposited in block {deposited_in}: the beacon chain keeps the withdrawal credentials of that first deposit, so the pool's 32 ETH would not come back to its stakers",
        alloy::hex::encode_prefixed(pubkey)
    );
    for url in &urls {
        let (code, answer) = runtime.block_on(ask(&client, url, &request));
        assert_eq!(code, 422, "{url}: {answer}");
        assert_eq!(answer["error"].as_str(), Some(expected.as_str()), "{url}");
    }
    let error =
        runtime.block_on(guardian::collect(&chain, &contracts, POOL, pubkey, signature, root)).expect_err("refused");
    assert_eq!(
        error.to_string(),
        format!(
            "the transaction would fail: the guardians refused to attest the deposit: {expected}; nothing was sent"
        )
    );
    let out = net.run_as(
        ADDED,
        &[
            "guardian",
            "attest",
            "--pool",
            &POOL.to_string(),
            "--pubkey",
            &alloy::hex::encode_prefixed(pubkey),
            "--signature",
            &alloy::hex::encode_prefixed(signature),
            "--deposit-data-root",
            &root.to_string(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));

    // The provider's own activation through the binary: one sentence, exit 3, nothing sent.
    let nonce = net.cast(&["nonce", "--rpc-url", &net.url, &dev(PROVIDER)]);
    let (code, error) = net
        .refused(PROVIDER, &["pool", "activate", &POOL.to_string(), "--deposit-data", file.to_str().expect("utf-8")]);
    assert_eq!(code, 3, "{error}");
    assert_eq!(
        error.trim().lines().last().unwrap_or_default(),
        format!(
            "error: the transaction would fail: the guardians refused to attest the deposit: {expected}; nothing was sent"
        )
    );
    assert_eq!(net.cast(&["nonce", "--rpc-url", &net.url, &dev(PROVIDER)]), nonce);
    assert_eq!(net.read(&["pool", "show", &POOL.to_string()])["status"], "pending");

    // The daemons count what they did.
    let metrics = runtime.block_on(async {
        client.get(format!("{}/metrics", urls[3])).send().await.expect("metrics").text().await.expect("text")
    });
    assert!(metrics.contains("stkr_guardian_refusals_total{"), "{metrics}");
    assert!(
        metrics.lines().any(|l| l.starts_with("stkr_guardian_attestations_total{") && !l.ends_with(" 0")),
        "{metrics}"
    );
}
