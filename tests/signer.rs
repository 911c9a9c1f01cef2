//! End to end: a pool's validator key made by `stkr validator dkg` with the demo's three guardians
//! (quorum 2) becomes a genesis validator of the pinned Lodestar dev chain; a separate Lodestar validator
//! client signs through `stkr signer run`, which needs the provider's share and two guardians' partials.
//! It attests and earns with two of the three guardians up; with one up it signs nothing; a second back,
//! it resumes. A hand-made double vote and surround vote are refused by the signer and every guardian, and
//! the slashing-protection record round-trips through the EIP-3076 interchange.

mod common;

use std::{process::Command, time::Duration};

use alloy::signers::local::PrivateKeySigner;
use common::{
    Devnet,
    beacon::{self, EPOCH_SECS, Processes, SLOT_SECS, balance, get_json, lodestar, now, request, requests, signatures},
    free_port, root, wait_for,
};
use serde_json::{Value, json};

/// The demo's pool that is pending: its provider (Basalt, dev 2) makes the key.
const POOL: &str = "2";
const PROVIDER: usize = 2;

/// POST `body` (with the provider's header when `auth` is given): status and body text.
fn post(url: &str, body: &str, auth: Option<&str>) -> (u16, String) {
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(auth) = auth {
        headers.push((stkr_core::cosign::PROVIDER_SIGNATURE_HEADER, auth));
    }
    request("POST", url, body, &headers).expect("an answer")
}

/// An attestation request as Lodestar sends it, for `source -> target` on the dev chain.
fn attestation(gvr: &str, source: u64, target: u64, block_root: u8) -> String {
    let root = |b: u8| format!("0x{}", alloy::hex::encode([b; 32]));
    json!({
        "type": "ATTESTATION",
        "fork_info": {
            "fork": { "previous_version": "0x00000001", "current_version": "0x00000001", "epoch": target.to_string() },
            "genesis_validators_root": gvr,
        },
        "attestation": {
            "slot": (target * 8).to_string(),
            "index": "0",
            "beacon_block_root": root(block_root),
            "source": { "epoch": source.to_string(), "root": root(0x22) },
            "target": { "epoch": target.to_string(), "root": root(0x33) },
        }
    })
    .to_string()
}

#[test]
fn a_dkg_validator_attests_through_the_threshold_signer_on_a_real_beacon_chain() {
    let net = Devnet::up(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let password = net.stkr.password_file("share.pass", "dev-secret");
    let password = password.to_str().expect("utf-8");
    let keys = dir.join("validator_keys");

    // The key: made with the three guardians, nobody holds it whole.
    let made = net.act(
        PROVIDER,
        &[
            "validator",
            "dkg",
            "--pool",
            POOL,
            "--keystore-password-file",
            password,
            "--kdf",
            "pbkdf2",
            "--out",
            keys.to_str().expect("utf-8"),
        ],
    );
    let pubkey = made["validator"].as_str().expect("validator").to_string();
    assert_eq!(made["threshold"], 2, "{made}");
    assert_eq!(made["disqualified"], json!([]), "{made}");
    assert_eq!(common::fields(&made), common::documented_fields("validator dkg"), "docs/json.md");
    let deposit_data = made["deposit_data"].as_str().expect("deposit data").to_string();
    let vault = net.read(&["pool", "show", POOL])["withdrawal_address"].as_str().map(str::to_string);
    let mut verify = vec!["validator", "verify", deposit_data.as_str(), "--chain", "devnet"];
    if let Some(vault) = vault.as_deref() {
        verify.extend(["--withdrawal-address", vault]);
    }
    let verified = net.stkr.run(&verify);
    assert!(verified.status.success(), "{}", common::stderr(&verified));
    // Every guardian keeps its share in its state dir, none the whole key.
    let guardians_dir = net.stkr.data_dir().join("devnet/guardians");
    for account in [7, 8, 9] {
        let record = guardians_dir.join(format!("dev{account}/state/validators/{}/key.json", &pubkey[2..]));
        assert!(record.is_file(), "guardian dev{account} keeps no record at {}", record.display());
    }

    // The dev beacon chain, its genesis holding the eight interop validators and ours.
    let genesis_time = now() + 25;
    let genesis = beacon::genesis(dir, &deposit_data, genesis_time);
    let index = genesis["extra"][0]["index"].as_u64().expect("our validator's index");
    let gvr = genesis["genesis_validators_root"].as_str().expect("root").to_string();
    let mut processes = Processes::default();
    let beacon = beacon::start_node(&mut processes, dir, free_port());

    // The signer, configured from the key record, the provider's share and account.
    let signer_port = free_port();
    let signer = format!("http://127.0.0.1:{signer_port}");
    let account_keystore = net.stkr.data_dir().join("keystores").join(format!("dev{PROVIDER}"));
    let config = dir.join("signer.toml");
    let share = made["share_keystore"].as_str().expect("share");
    let init = net.read(&[
        "--password-file",
        password,
        "signer",
        "init",
        "--key",
        made["key_file"].as_str().expect("key file"),
        "--share",
        share,
        "--account-keystore",
        account_keystore.to_str().expect("utf-8"),
        "--listen",
        &format!("127.0.0.1:{signer_port}"),
        "--state-dir",
        dir.join("signer-state").to_str().expect("utf-8"),
        "--out",
        config.to_str().expect("utf-8"),
    ]);
    assert_eq!(init["guardians"].as_array().map(Vec::len), Some(3), "{init}");
    assert_eq!(common::fields(&init), common::documented_fields("signer init"), "docs/json.md");
    processes.spawn(
        "signer",
        net.stkr.command(&["signer", "run", "--config", config.to_str().expect("utf-8")]),
        &dir.join("signer.log"),
    );
    wait_for("the signer's API", Duration::from_secs(30), || get_json(&format!("{signer}/upcheck")).is_some());
    assert_eq!(get_json(&format!("{signer}/api/v1/eth2/publicKeys")), Some(json!([pubkey])));

    // Two of three guardians are online from the start: dev9 is down, and the provider with dev7 and dev8
    // make the quorum.
    let stop_guardian = |account: usize| {
        let pid = common::guardian_pid(&guardians_dir.join(format!("dev{account}.toml")));
        let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    };
    stop_guardian(9);

    // A separate Lodestar validator client whose only key is ours, signing through the signer.
    wait_for("the beacon node's API", Duration::from_secs(90), || {
        get_json(&format!("{beacon}/eth/v1/node/version")).is_some()
    });
    let mut client = Command::new(lodestar());
    client
        .env("LODESTAR_PRESET", "minimal")
        .current_dir(dir)
        .args(["validator", "--dataDir", dir.join("vc").to_str().expect("utf-8"), "--server", &beacon])
        .args(["--params.SECONDS_PER_SLOT", &SLOT_SECS.to_string()])
        .args(["--externalSigner.url", &signer, "--externalSigner.pubkeys", &pubkey, "--logFile", "none"]);
    processes.spawn("validator client", client, &dir.join("vc.log"));

    // Four epochs with two of three guardians: its attestations are signed, included, and its balance rises.
    wait_for(
        "four epochs of attestations",
        Duration::from_secs(genesis_time.saturating_sub(now()) + 6 * EPOCH_SECS + 30),
        || signatures(&signer, "attestation") >= 4 && balance(&beacon, index) > 32_000_000_000,
    );
    let earned = balance(&beacon, index);
    assert!(earned > 32_000_000_000, "balance {earned}");

    // dev8 down too: one guardian alone cannot sign with the provider, so nothing is signed.
    stop_guardian(8);
    std::thread::sleep(Duration::from_secs(3));
    let before = ["attestation", "aggregation_slot", "randao_reveal", "block"].map(|d| signatures(&signer, d));
    let asked_before = requests(&signer, "attestation");
    let status = get_json(&format!("{signer}/status")).expect("status");
    let shown = net.read(&["signer", "status", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(common::fields(&shown), common::documented_fields("signer status"), "docs/json.md");
    assert_eq!(shown["status"]["validator"], json!(pubkey), "{shown}");
    std::thread::sleep(Duration::from_secs(EPOCH_SECS + 2 * SLOT_SECS));
    let during = ["attestation", "aggregation_slot", "randao_reveal", "block"].map(|d| signatures(&signer, d));
    assert_eq!(during, before, "with one guardian of the two needed, the signer signed something");
    assert!(requests(&signer, "attestation") > asked_before, "the validator client asked for no attestation");
    let after_outage = get_json(&format!("{signer}/status")).expect("status");
    assert!(after_outage["refusals"].as_u64() > status["refusals"].as_u64(), "{after_outage}");

    // One back: it signs again.
    let restarted = guardians_dir.join("dev8.toml");
    processes.spawn(
        "guardian dev8",
        net.stkr.command(&["guardian", "run", "--config", restarted.to_str().expect("utf-8")]),
        &dir.join("guardian8.log"),
    );
    wait_for("attestations again", Duration::from_secs(3 * EPOCH_SECS), || {
        signatures(&signer, "attestation") > during[0]
    });
    // ... and they are included again: the balance rises past what the outage left (whose missed epoch
    // is still charged at the next epoch's end).
    let after_return = balance(&beacon, index);
    wait_for("the balance to rise again", Duration::from_secs(5 * EPOCH_SECS), || {
        balance(&beacon, index) > after_return
    });

    // A double vote and a surround vote, made by hand: the signer and every guardian refuse them.
    processes.spawn(
        "guardian dev9",
        net.stkr.command(&["guardian", "run", "--config", guardians_dir.join("dev9.toml").to_str().expect("utf-8")]),
        &dir.join("guardian9.log"),
    );
    let provider: PrivateKeySigner = stkr_core::network::dev_accounts::KEYS[PROVIDER].parse().expect("key");
    let committee: Vec<String> = init["guardians"]
        .as_array()
        .expect("guardians")
        .iter()
        .map(|g| g["url"].as_str().expect("url").to_string())
        .collect();
    // dev9 was down until now, so its record is the newest: a vote it signed, every party has signed (or
    // has signed a later one).
    let first_vote_of_dev9 = || -> Option<(u64, u64)> {
        let text = std::fs::read_to_string(guardians_dir.join("dev9/state/slashing-protection.json")).ok()?;
        let record: Value = serde_json::from_str(&text).ok()?;
        let first = &record["data"][0]["signed_attestations"][0];
        Some((first["source_epoch"].as_str()?.parse().ok()?, first["target_epoch"].as_str()?.parse().ok()?))
    };
    wait_for("guardian dev9 back and signing", Duration::from_secs(3 * EPOCH_SECS), || first_vote_of_dev9().is_some());
    let (source, target) = first_vote_of_dev9().expect("dev9's first vote");
    let double = attestation(&gvr, source, target, 0x66);
    let surround = attestation(&gvr, 0, target + 40, 0x77);
    for (what, body) in [("double vote", &double), ("surround vote", &surround)] {
        let (code, text) = post(&format!("{signer}/api/v1/eth2/sign/{pubkey}"), body, None);
        assert_eq!(code, 412, "the signer let a {what} through: {text}");
        let auth = stkr_core::cosign::authenticate(&provider, &pubkey, body.as_bytes()).expect("auth");
        for url in &committee {
            let (code, text) = post(&format!("{url}/v1/cosign/{pubkey}"), body, Some(&auth));
            assert_eq!(code, 422, "guardian at {url} gave a partial for a {what}: {text}");
            assert!(text.contains("vote") || text.contains("epoch"), "{what} at {url}: {text}");
        }
    }
    // A key it does not hold is 404, as Web3Signer answers.
    let (code, _) =
        post(&format!("{signer}/api/v1/eth2/sign/0x{}", "ab".repeat(48)), &attestation(&gvr, 6000, 6001, 1), None);
    assert_eq!(code, 404);
    // Without the provider's signature a guardian signs nothing, whatever the request.
    let (code, text) = post(&format!("{}/v1/cosign/{pubkey}", committee[0]), &attestation(&gvr, 5000, 5001, 1), None);
    assert_eq!(code, 422, "{text}");

    // The interchange: export, import into a fresh record, and the published example imports.
    processes.stop("validator client");
    processes.stop("signer");
    let export =
        net.stkr.run(&["signer", "slashing-protection", "export", "--config", config.to_str().expect("utf-8")]);
    assert!(export.status.success(), "{}", common::stderr(&export));
    let exported: Value = serde_json::from_slice(&export.stdout).expect("an interchange");
    assert_eq!(exported["metadata"]["genesis_validators_root"], gvr);
    let attestations = exported["data"][0]["signed_attestations"].as_array().map(Vec::len).unwrap_or(0);
    assert!(attestations >= 4, "{exported}");
    std::fs::write(dir.join("interchange.json"), &export.stdout).expect("write");
    let fresh = dir.join("fresh.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(&fresh, text.replace("signer-state", "fresh-state")).expect("write");
    let imported = net.read(&[
        "signer",
        "slashing-protection",
        "import",
        "--config",
        fresh.to_str().expect("utf-8"),
        dir.join("interchange.json").to_str().expect("utf-8"),
    ]);
    assert_eq!(imported["new_attestations"].as_u64(), Some(attestations as u64), "{imported}");
    assert_eq!(common::fields(&imported), common::documented_fields("signer slashing-protection import"));
    let again = net.read(&[
        "signer",
        "slashing-protection",
        "import",
        "--config",
        fresh.to_str().expect("utf-8"),
        dir.join("interchange.json").to_str().expect("utf-8"),
    ]);
    assert_eq!((again["new_validators"].as_u64(), again["new_attestations"].as_u64()), (Some(0), Some(0)), "{again}");
    let example = root().join("tests/fixtures/eip-3076-example.json");
    let published = dir.join("published.toml");
    std::fs::write(&published, text.replace("signer-state", "published-state")).expect("write");
    let imported = net.read(&[
        "signer",
        "slashing-protection",
        "import",
        "--config",
        published.to_str().expect("utf-8"),
        example.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        (imported["new_validators"].as_u64(), imported["new_blocks"].as_u64(), imported["new_attestations"].as_u64()),
        (Some(1), Some(2), Some(2)),
        "{imported}"
    );
    // The devnet's record refuses another chain's interchange.
    let refused = net.stkr.run(&[
        "signer",
        "slashing-protection",
        "import",
        "--config",
        config.to_str().expect("utf-8"),
        example.to_str().expect("utf-8"),
    ]);
    assert_eq!(refused.status.code(), Some(2), "{}", common::stderr(&refused));
}
