//! End to end: `stkr provider run` for the demo's Basalt (dev 2) activates its pool by itself once stakers
//! fill it (a key made with the demo's three guardians, their attestations, the activation), and a
//! `kill -9` between the key generation and the activation neither repeats the one nor loses the other; at
//! the pool's end it requests the exit and settles from the vault; and
//! with a project policy it bids on a submitted project, reveals, settles, runs the won project from the
//! anvil template and completes it, exactly once across a `kill -9` after each step; and on the devnet's
//! beacon chain, which follows anvil's deposits, it runs the activated pool's validator (threshold signer
//! and Lodestar validator client) and keeps it attesting across a crash of the client.

mod common;

use std::{
    path::Path,
    process::{Child, Stdio},
    time::{Duration, Instant},
};

use common::{Devnet, beacon, wait_for, wei};
use serde_json::Value;

const POOL: &str = "2";

struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(net: &Devnet, config: &Path, pause_after: Option<&str>, log: &Path) -> Daemon {
    start_with(net, config, pause_after, log, &[])
}

fn start_with(net: &Devnet, config: &Path, pause_after: Option<&str>, log: &Path, extra: &[&str]) -> Daemon {
    let mut args = vec!["provider", "run", "--config", config.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    let mut command = net.stkr.command(&args);
    if let Some(step) = pause_after {
        command.env("STKR_PROVIDER_PAUSE_AFTER", step);
    }
    let log = std::fs::File::create(log).expect("log");
    Daemon(command.stdout(Stdio::null()).stderr(log).spawn().expect("start stkr provider run"))
}

fn record(state: &Path) -> Option<Value> {
    std::fs::read_to_string(state.join("pool-2.json")).ok().and_then(|t| serde_json::from_str(&t).ok())
}

#[test]
fn the_daemon_activates_a_full_pool_by_itself_exactly_once_across_a_kill_9() {
    let net = Devnet::up(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let password = net.stkr.password_file("provider.pass", "dev-secret");
    let keystore = net.stkr.data_dir().join("keystores/dev2");
    let (config, state) = (dir.join("provider.toml"), dir.join("state"));
    let basalt = common::dev(2);
    let collateral = wei(&net.read(&["provider", "show", &basalt])["collateral"]);
    let target = collateral + 1_000 * ANKR;
    let registry = net.contract("provider_registry");
    let registry_before = net.ankr_balance(&registry);
    let init = init(
        &net,
        &password,
        &keystore,
        &state,
        &config,
        &["--money-interval", "1", "--collateral-target", &(target / ANKR).to_string()],
    );
    assert_eq!(init["provider"].as_str().map(str::to_lowercase), Some(common::dev(2).to_lowercase()), "{init}");
    assert_eq!(common::fields(&init), common::documented_fields("provider init"), "docs/json.md");

    // The daemon waits while the pool fills; it stops right after the key is made and journaled.
    let mut daemon = start(&net, &config, Some("keyed"), &dir.join("daemon-1.log"));
    let show = net.read(&["pool", "show", POOL]);
    assert_eq!(show["status"], "pending", "{show}");
    let room = wei(&show["room_left"]);
    const ETHER: u128 = 1_000_000_000_000_000_000;
    assert_eq!(room % ETHER, 0, "the demo's pool 2 has whole ETH of room");
    let eth = (room / ETHER).to_string();
    net.read(&["stake", "--pool", POOL, &eth, "--account", "dev3", "--yes"]);
    wait_for("the key journaled", Duration::from_secs(90), || record(&state).is_some_and(|r| r["stage"] == "keyed"));
    let keyed = record(&state).expect("record");
    let validator = keyed["validator"].as_str().expect("validator").to_string();

    // kill -9 between the key generation and the activation.
    let _ = daemon.0.kill();
    let _ = daemon.0.wait();
    assert_eq!(net.read(&["pool", "show", POOL])["status"], "pending");
    let status = net.read(&["provider", "status", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(status["running"], false, "{status}");

    // Restarted, it activates with the key it journaled: no second key generation.
    let _daemon = start(&net, &config, None, &dir.join("daemon-2.log"));
    wait_for("the pool active", Duration::from_secs(120), || net.read(&["pool", "show", POOL])["status"] == "active");
    wait_for("the activation journaled", Duration::from_secs(30), || {
        record(&state).is_some_and(|r| r["stage"] == "activated")
    });
    let done = record(&state).expect("record");
    assert_eq!(done["validator"], validator.as_str());
    assert!(done["activated_by"].as_str().is_some_and(|h| h.len() == 66), "{done}");
    let show = net.read(&["pool", "show", POOL]);
    assert!(
        show.to_string().contains(validator.trim_start_matches("0x")),
        "the pool's validator is the journaled key: {show}"
    );
    let guardians = net.stkr.data_dir().join("devnet/guardians");
    for account in [7, 8, 9] {
        let keys = std::fs::read_dir(guardians.join(format!("dev{account}/state/validators"))).expect("shares").count();
        assert_eq!(keys, 1, "guardian dev{account} took part in exactly one key generation");
    }
    let status = net.read(&["provider", "status", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(status["running"], true, "{status}");
    assert_eq!(common::fields(&status), common::documented_fields("provider status"), "docs/json.md");
    assert_eq!(status["pools"][0]["stage"], "activated", "{status}");

    // At the pool's end the daemon requests its validator's exit through the vault, and settles the pool
    // once the vault holds the exited balance.
    let end = net.read(&["pool", "show", POOL])["end_time"].as_u64().expect("end time");
    let now: u64 =
        net.cast(&["block", "latest", "--field", "timestamp", "--rpc-url", &net.url]).parse().expect("timestamp");
    net.advance(&format!("{}s", end.saturating_sub(now) + 60));
    wait_for("the exit requested", Duration::from_secs(60), || {
        record(&state).is_some_and(|r| r["stage"] == "exit_requested")
    });
    wait_for("the daemon to say it waits for the exited balance", Duration::from_secs(30), || {
        waiting(&net, &config).contains("settles once its vault holds the exited balance")
    });
    net.read(&["devnet", "withdrawals", POOL, "32.5"]);
    wait_for("the pool settled", Duration::from_secs(60), || record(&state).is_some_and(|r| r["stage"] == "settled"));
    let show = net.read(&["pool", "show", POOL]);
    assert_eq!(show["status"], "completed", "{show}");
    assert_eq!(wei(&show["settlement"]["returned"]), 32_500_000_000_000_000_000, "{show}");

    // Money: its share of the pool is claimed (worth far more than the fee), and its collateral was
    // topped up to the target with exactly the 1000 ANKR it lacked. (Its ANKR rewards are claimed too.)
    wait_for("the provider's share claimed", Duration::from_secs(30), || {
        wei(&net.read(&["pool", "show", POOL])["settlement"]["provider_payout_unclaimed"]) == 0
    });
    assert_eq!(wei(&net.read(&["provider", "show", &basalt])["collateral"]), target);
    assert_eq!(net.ankr_balance(&registry), registry_before + 1_000 * ANKR, "exactly what it lacked was deposited");
}

/// `stkr provider init` for dev 2 with its keystore, polling every second, writing `config`: its JSON.
fn init(net: &Devnet, password: &Path, keystore: &Path, state: &Path, config: &Path, extra: &[&str]) -> Value {
    let utf8 = |p: &Path| p.to_str().expect("utf-8").to_string();
    let (password, keystore, state, config) = (utf8(password), utf8(keystore), utf8(state), utf8(config));
    let mut args = vec!["--password-file", &password, "provider", "init", "--keystore", &keystore];
    args.extend(["--state-dir", &state, "--poll-interval", "1"]);
    args.extend_from_slice(extra);
    args.extend(["--out", &config]);
    net.read(&args)
}

fn waiting(net: &Devnet, config: &Path) -> String {
    net.read(&["provider", "status", "--config", config.to_str().expect("utf-8")])["waiting"].to_string()
}

#[test]
fn a_full_pool_waits_for_an_offline_guardian_and_for_a_fee_under_the_cap_and_says_so() {
    let net = Devnet::up(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let password = net.stkr.password_file("provider.pass", "dev-secret");
    let keystore = net.stkr.data_dir().join("keystores/dev2");
    let (config, state) = (dir.join("provider.toml"), dir.join("state"));
    init(&net, &password, &keystore, &state, &config, &["--max-fee-gwei", "0.000001"]);
    let guardian9 = net.stkr.data_dir().join("devnet/guardians/dev9.toml");
    let _ = std::process::Command::new("kill").arg(common::guardian_pid(&guardian9).to_string()).status();
    let show = net.read(&["pool", "show", POOL]);
    let eth = (wei(&show["room_left"]) / 1_000_000_000_000_000_000).to_string();
    net.read(&["stake", "--pool", POOL, &eth, "--account", "dev3", "--yes"]);
    let log = dir.join("daemon.log");
    let _daemon = start_with(&net, &config, None, &log, &["--log-format", "json"]);

    // A guardian offline: no key, the pool stays pending, and the daemon names the guardian.
    wait_for("the daemon to name the offline guardian", Duration::from_secs(60), || {
        waiting(&net, &config).contains("guardian 3")
    });
    assert!(record(&state).is_none(), "a key was journaled without every guardian");
    let logged = std::fs::read_to_string(&log).expect("log");
    let events: Vec<Value> = logged.lines().map(|l| serde_json::from_str(l).expect("one JSON object a line")).collect();
    assert!(events.iter().any(|e| e["fields"]["message"].to_string().contains("guardian 3")), "{logged}");
    assert_eq!(net.read(&["pool", "show", POOL])["status"], "pending");

    // Back online: the key is made, and the activation waits for a fee under the cap.
    let _guardian = Daemon(
        net.stkr
            .command(&["guardian", "run", "--config", guardian9.to_str().expect("utf-8")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("restart guardian dev9"),
    );
    wait_for("the key journaled", Duration::from_secs(90), || record(&state).is_some_and(|r| r["stage"] == "keyed"));
    wait_for("the daemon to say the fee is above its cap", Duration::from_secs(60), || {
        waiting(&net, &config).contains("above the cap")
    });
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(net.read(&["pool", "show", POOL])["status"], "pending", "nothing was sent above the cap");
    assert_eq!(record(&state).expect("record")["stage"], "keyed", "nothing is in flight");
}

const ANKR: u128 = 1_000_000_000_000_000_000;
/// The project the test submits: FP = (4 x 10 + 16 x 2 + 500 x 0.1 + 100 x 1) x 30 = 6660 ANKR.
const NEEDS: [&str; 10] = ["--cpu", "4", "--ram", "16", "--storage", "500", "--bandwidth", "100", "--days", "30"];
const FP: u128 = 6_660 * ANKR;
/// The policy bids half of FP.
const PRICE: u128 = 3_330 * ANKR;
const PROFIT: u128 = 10 * ANKR;

fn project_entry(state: &Path) -> Option<Value> {
    std::fs::read_to_string(state.join("project-2.json")).ok().and_then(|t| serde_json::from_str(&t).ok())
}

fn stage_is(state: &Path, stage: &str) -> bool {
    project_entry(state).is_some_and(|e| e["stage"] == stage)
}

/// Processes whose command line names `needle`.
fn processes_naming(needle: &str) -> usize {
    std::fs::read_dir("/proc")
        .expect("/proc")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().chars().all(|c| c.is_ascii_digit()))
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .filter(|cmdline| String::from_utf8_lossy(cmdline).contains(needle))
        .count()
}

/// The pid of a process whose command line names `needle`.
fn pid_naming(needle: &str) -> Option<String> {
    std::fs::read_dir("/proc")
        .expect("/proc")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().chars().all(|c| c.is_ascii_digit()))
        .find(|e| std::fs::read(e.path().join("cmdline")).is_ok_and(|c| String::from_utf8_lossy(&c).contains(needle)))
        .map(|e| e.file_name().to_string_lossy().to_string())
}

fn kill_9(daemon: &mut Daemon) {
    daemon.0.kill().expect("kill -9");
    daemon.0.wait().expect("reaped");
}

#[test]
fn a_project_is_bid_on_revealed_won_provisioned_and_completed_exactly_once_across_kill_9s() {
    let net = Devnet::up(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let password = net.stkr.password_file("provider.pass", "dev-secret");
    let keystore = net.stkr.data_dir().join("keystores/dev2");
    let (config, state) = (dir.join("provider.toml"), dir.join("state"));
    let metrics_listen = format!("127.0.0.1:{}", common::free_port());
    let init = init(
        &net,
        &password,
        &keystore,
        &state,
        &config,
        &[
            "--bid-floor",
            "100",
            "--bid-share",
            "0.5",
            "--template",
            "anvil",
            "--profit",
            "10",
            "--metrics-listen",
            &metrics_listen,
        ],
    );
    assert_eq!(init["templates_written"].as_array().map(Vec::len), Some(4), "{init}");
    // The demo's own project leaves its commit phase; the requester (dev 3) submits project 2.
    net.advance("1d");
    assert_eq!(net.act(3, &[&["project", "submit"], &NEEDS[..]].concat())["project_id"], 2);
    // Aurora (dev 1) bids by hand, higher than the daemon's policy will.
    net.act(1, &["auction", "bid", "2", "5000"]);
    let basalt = common::dev(2);
    let bidder_state = |who: &str| -> Option<Value> {
        net.read(&["auction", "show", "2"])["bidders"]
            .as_array()
            .and_then(|b| b.iter().find(|b| b["bidder"].as_str().is_some_and(|a| a.eq_ignore_ascii_case(who))).cloned())
    };
    let market = net.contract("marketplace");
    let commitment_on_chain =
        || net.cast(&["call", "--rpc-url", &net.url, &market, "commitmentFor(uint256,address)(bytes32)", "2", &basalt]);

    // Sealed, then kill -9 right after the bid was sent: the restart finds it on chain and does not bid again.
    let mut daemon = start(&net, &config, Some("bid-sent"), &dir.join("daemon-1.log"));
    wait_for("the bid sent", Duration::from_secs(60), || commitment_on_chain() != format!("0x{}", "0".repeat(64)));
    assert!(stage_is(&state, "sealing"), "{:?}", project_entry(&state));
    kill_9(&mut daemon);
    let journaled = project_entry(&state).expect("entry");
    assert_eq!(
        journaled["commitment"].as_str(),
        Some(commitment_on_chain().as_str()),
        "the journal names the bid sent"
    );
    let mut daemon = start(&net, &config, Some("reveal-sent"), &dir.join("daemon-2.log"));
    wait_for("the bid journaled as sealed", Duration::from_secs(30), || stage_is(&state, "sealed"));
    let bond = net.act(2, &["auction", "bond", "show"]);
    assert_eq!(wei(&bond["locked"]), 1_000 * ANKR, "one bid's bond is locked: one bid, {bond}");

    // Reveal phase: revealed, then kill -9 right after the reveal was sent.
    net.advance("1d");
    wait_for("the reveal sent", Duration::from_secs(60), || {
        bidder_state(&basalt).is_some_and(|b| b["state"] == "revealed")
    });
    kill_9(&mut daemon);
    let mut daemon = start(&net, &config, Some("provisioning"), &dir.join("daemon-3.log"));
    wait_for("the reveal journaled", Duration::from_secs(30), || stage_is(&state, "revealed"));
    net.act(1, &["auction", "reveal", "2"]);
    let shown = net.read(&["auction", "show", "2"]);
    assert_eq!(shown["bidders"].as_array().map(Vec::len), Some(2), "one bid each: {shown}");
    assert_eq!(wei(&bidder_state(&basalt).expect("basalt's bid")["price"]), PRICE, "{shown}");

    // Settled by the daemon after the reveals: the lowest bid (§3.5), its own, wins; kill -9 while
    // provisioning.
    net.advance("1d");
    wait_for("the project won and its placement journaled", Duration::from_secs(60), || {
        stage_is(&state, "provisioning") && project_entry(&state).is_some_and(|e| e["placement"].is_object())
    });
    let project = net.read(&["project", "show", "2"]);
    assert_eq!(project["status"], "running", "{project}");
    assert_eq!(project["provider"].as_str().map(str::to_lowercase), Some(basalt.to_lowercase()));
    assert_eq!(wei(&project["price"]), PRICE, "{project}");
    let placement = project_entry(&state).expect("entry")["placement"].clone();
    let data_dir = placement["data_dir"].as_str().expect("data dir").to_string();
    assert_eq!(processes_naming(&data_dir), 0, "paused before anything was started");
    kill_9(&mut daemon);
    let daemon = start(&net, &config, None, &dir.join("daemon-4.log"));
    wait_for("the project running and healthy", Duration::from_secs(60), || {
        project_entry(&state).is_some_and(|e| e["stage"] == "running" && e["healthy"] == true)
    });
    assert_eq!(processes_naming(&data_dir), 1, "exactly one process serves the project");
    let port = placement["port"].as_u64().expect("port").to_string();
    let served = net.cast(&["block-number", "--rpc-url", &format!("http://127.0.0.1:{port}")]);
    assert!(served.parse::<u64>().is_ok(), "the template's anvil answers: {served}");
    let status = net.read(&["provider", "status", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(common::fields(&status), common::documented_fields("provider status"), "docs/json.md");
    assert_eq!(status["projects"][0]["stage"], "running", "{status}");
    assert_eq!(
        status["projects"][0]["health_url"].as_str(),
        Some(format!("http://127.0.0.1:{port}").as_str()),
        "the sidecar checks it there: {status}"
    );
    assert!(
        status["next_deadline"]["what"].as_str().is_some_and(|w| w.contains("project 2: its duration ends")),
        "{status}"
    );
    assert!(status["recent"].to_string().contains("reveal the bid on project 2"), "what it sent: {status}");
    let (code, metrics) =
        beacon::request("GET", &format!("http://{metrics_listen}/metrics"), "", &[]).expect("metrics");
    assert_eq!(code, 200, "{metrics}");
    let me = basalt.to_lowercase();
    assert!(
        metrics.lines().any(|l| l.starts_with("stkr_provider_projects{")
            && l.to_lowercase().contains(&me)
            && l.contains("stage=\"running\"")
            && l.ends_with(" 1")),
        "{metrics}"
    );

    // Its process is supervised: killed, it is started again.
    let pid = pid_naming(&data_dir).expect("the project's pid");
    let _ = std::process::Command::new("kill").args(["-9", &pid]).status();
    wait_for("the project's process started again", Duration::from_secs(30), || {
        processes_naming(&data_dir) == 1
            && std::fs::read_dir("/proc").expect("/proc").flatten().all(|e| e.file_name().to_string_lossy() != pid)
    });

    // At its end the daemon completes it with the policy's profit; the money splits as payoutFor says.
    let expected = net.call_numbers(
        &market,
        "payoutFor(uint256,uint256,uint256)((uint256,uint256,uint256,uint256))",
        &[&FP.to_string(), &PRICE.to_string(), &PROFIT.to_string()],
    );
    let before = net.ankr_balance(&basalt);
    net.advance("30d");
    wait_for("the project completed", Duration::from_secs(60), || stage_is(&state, "completed"));
    let project = net.read(&["project", "show", "2"]);
    assert_eq!(project["status"], "completed", "{project}");
    assert_eq!(wei(&project["profit"]), PROFIT);
    assert_eq!(net.ankr_balance(&basalt), before - PROFIT + expected[0], "the provider's share, exactly");
    wait_for("the project's process stopped", Duration::from_secs(15), || processes_naming(&data_dir) == 0);
    drop(daemon);
}

/// On `devnet up --demo --beacon`, whose Lodestar chain follows anvil's deposit contract: three plain
/// `stkr stake` commands fill Basalt's pool, and the daemon alone makes it an active pool and a live
/// validator that attests through its threshold signer.
#[test]
fn three_plain_stakes_fill_the_pool_and_its_validator_attests_through_the_daemons_signer() {
    let net = Devnet::up_with(&["--demo", "--beacon"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let password = net.stkr.password_file("provider.pass", "dev-secret");
    let keystore = net.stkr.data_dir().join("keystores/dev2");
    let (config, state) = (dir.join("provider.toml"), dir.join("state"));
    let beacon = net.read(&["devnet", "status"])["beacon_url"].as_str().expect("the beacon URL").to_string();
    init(&net, &password, &keystore, &state, &config, &["--beacon-url", &beacon]);
    let _daemon = start(&net, &config, None, &dir.join("daemon.log"));

    // Three stakers fill the pool with plain `stkr stake`; nothing else is typed.
    let room = wei(&net.read(&["pool", "show", POOL])["room_left"]);
    let third = room / 3;
    let started = Instant::now();
    for (staker, amount) in [(3, third), (4, third), (5, room - 2 * third)] {
        net.act(staker, &["stake", "--pool", POOL, &format!("{amount}wei")]);
    }
    wait_for("the pool active", Duration::from_secs(120), || net.read(&["pool", "show", POOL])["status"] == "active");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(120), "active {took:?} after the pool filled");
    let pubkey = net.read(&["pool", "show", POOL])["deposit"]["validator_pubkey"].as_str().expect("pubkey").to_string();

    // The beacon chain counts the deposit by eth1 voting, activates the validator after finality, and
    // the daemon's own signer and validator client make it attest.
    let validator = |pubkey: &str| beacon::get_json(&format!("{beacon}/eth/v1/beacon/states/head/validators/{pubkey}"));
    wait_for("the deposit on the beacon chain", Duration::from_secs(4 * beacon::EPOCH_SECS + 120), || {
        validator(&pubkey).is_some()
    });
    let index: u64 = validator(&pubkey)
        .and_then(|v| v["data"]["index"].as_str().and_then(|i| i.parse().ok()))
        .expect("the validator's index");
    assert_eq!(index, u64::from(8u8), "the ninth validator, after the eight of the genesis");
    let shown = validator(&pubkey).expect("validator");
    let vault = net.read(&["pool", "show", POOL])["withdrawal_address"].as_str().expect("vault").to_lowercase();
    assert_eq!(
        shown["data"]["validator"]["withdrawal_credentials"],
        format!("0x010000000000000000000000{}", vault.trim_start_matches("0x")),
        "withdrawals go to the pool's vault"
    );
    let placement = record(&state).expect("record")["validator_placement"].clone();
    let signer = format!("http://{}", placement["signer_listen"].as_str().expect("signer listen"));
    let client_log =
        Path::new(placement["client"]["data_dir"].as_str().expect("data dir")).join("validator-client.log");
    let deadline = Instant::now() + Duration::from_secs(12 * beacon::EPOCH_SECS);
    while !(beacon::signatures(&signer, "attestation") >= 2 && beacon::balance(&beacon, index) > 32_000_000_000) {
        assert!(
            Instant::now() < deadline,
            "no two epochs of attestations through the threshold signer: validator {}, {} signed; the client's log \
             ends:\n{}",
            validator(&pubkey).map(|v| v["data"]["status"].to_string()).unwrap_or_default(),
            beacon::signatures(&signer, "attestation"),
            common::tail(&client_log, 30)
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    let status = net.read(&["provider", "status", "--config", config.to_str().expect("utf-8")]);
    assert_eq!(status["pools"][0]["validator_health"], serde_json::json!({"signer": true, "client": true}), "{status}");

    // The validator client dies; the daemon starts it again and the validator keeps attesting.
    let client_dir = placement["client"]["data_dir"].as_str().expect("data dir").to_string() + "/validator-client";
    let pid = pid_naming(&client_dir).expect("the validator client's pid");
    let _ = std::process::Command::new("kill").args(["-9", &pid]).status();
    let before = beacon::signatures(&signer, "attestation");
    wait_for("the validator client started again", Duration::from_secs(30), || {
        pid_naming(&client_dir).is_some_and(|new| new != pid)
    });
    wait_for("attestations again", Duration::from_secs(4 * beacon::EPOCH_SECS), || {
        beacon::signatures(&signer, "attestation") > before
    });
}

#[test]
fn install_service_writes_a_hardened_unit_in_which_lodestar_can_run() {
    let net = Devnet::up(false);
    // PrivateTmp=yes hides /tmp from the service, so everything it reads lives outside /tmp: the target
    // dir's, or (for a checkout under /tmp, as a CI clone is) the home dir's.
    let outside_tmp = |p: &Path| !(p.starts_with("/tmp") || p.starts_with("/var/tmp")) && p.is_dir();
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default();
    let base = [std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")), home]
        .into_iter()
        .find(|p| outside_tmp(p))
        .expect("a writable dir outside /tmp (the target dir or HOME)");
    let safe = tempfile::tempdir_in(base).expect("a dir outside /tmp");
    let at = |name: &str| safe.path().join(name);
    std::fs::copy(net.stkr.password_file("provider.pass", "dev-secret"), at("provider.pass")).expect("copy");
    std::fs::copy(net.stkr.data_dir().join("keystores/dev2"), at("key.json")).expect("copy");
    let (config, unit) = (at("provider.toml"), at("stkr-provider.service"));
    let path = |p: &Path| p.to_str().expect("utf-8").to_string();
    net.read(&[
        "--password-file",
        &path(&at("provider.pass")),
        "provider",
        "init",
        "--keystore",
        &path(&at("key.json")),
        "--state-dir",
        &path(&at("state")),
        "--beacon-url",
        "http://127.0.0.1:5052",
        "--out",
        &path(&config),
    ]);
    let written = net.read(&[
        "provider",
        "install-service",
        "--config",
        &path(&config),
        "--binary",
        "/usr/local/bin/stkr",
        "--out",
        &path(&unit),
    ]);
    assert_eq!(written["user"], "stkr-provider", "{written}");
    let text = std::fs::read_to_string(&unit).expect("unit");
    for line in [
        format!("ExecStart=/usr/local/bin/stkr provider run --config {}", path(&config)),
        format!("ReadWritePaths={}", path(&at("state"))),
        format!("LoadCredential=password:{}", path(&at("provider.pass"))),
        "NoNewPrivileges=yes".to_string(),
        "KillSignal=SIGTERM".to_string(),
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line} in\n{text}");
    }
    assert!(!text.contains("MemoryDenyWriteExecute=yes"), "Lodestar (Node.js) compiles code as it runs:\n{text}");
    let out = net.stkr.run(&[
        "provider",
        "install-service",
        "--config",
        &path(&config),
        "--binary",
        "/usr/local/bin/stkr",
        "--user",
        "a b",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).contains("'a b' is not a valid user name"), "{}", common::stderr(&out));
}
