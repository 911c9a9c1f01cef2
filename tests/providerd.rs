//! End to end: `stkr provider run` for the demo's Basalt (dev 2) activates its pool by itself once stakers
//! fill it (a key made with the demo's three guardians, their attestations, the activation), and a
//! `kill -9` between the key generation and the activation neither repeats the one nor loses the other.

mod common;

use std::{
    path::Path,
    process::{Child, Stdio},
    time::{Duration, Instant},
};

use common::{Devnet, wei};
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
    let mut command = net.stkr.command(&["provider", "run", "--config", config.to_str().expect("utf-8")]);
    if let Some(step) = pause_after {
        command.env("STKR_PROVIDER_PAUSE_AFTER", step);
    }
    let log = std::fs::File::create(log).expect("log");
    Daemon(command.stdout(Stdio::null()).stderr(log).spawn().expect("start stkr provider run"))
}

fn wait_for(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !ready() {
        assert!(Instant::now() < deadline, "{what} did not happen within {timeout:?}");
        std::thread::sleep(Duration::from_millis(500));
    }
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
    let init = net.read(&[
        "--password-file",
        password.to_str().expect("utf-8"),
        "provider",
        "init",
        "--keystore",
        keystore.to_str().expect("utf-8"),
        "--state-dir",
        state.to_str().expect("utf-8"),
        "--poll-interval",
        "1",
        "--out",
        config.to_str().expect("utf-8"),
    ]);
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
    net.read(&[
        "--password-file",
        password.to_str().expect("utf-8"),
        "provider",
        "init",
        "--keystore",
        keystore.to_str().expect("utf-8"),
        "--state-dir",
        state.to_str().expect("utf-8"),
        "--poll-interval",
        "1",
        "--max-fee-gwei",
        "0.000001",
        "--out",
        config.to_str().expect("utf-8"),
    ]);
    let guardian9 = net.stkr.data_dir().join("devnet/guardians/dev9.toml");
    let _ = std::process::Command::new("kill").arg(common::guardian_pid(&guardian9).to_string()).status();
    let show = net.read(&["pool", "show", POOL]);
    let eth = (wei(&show["room_left"]) / 1_000_000_000_000_000_000).to_string();
    net.read(&["stake", "--pool", POOL, &eth, "--account", "dev3", "--yes"]);
    let _daemon = start(&net, &config, None, &dir.join("daemon.log"));

    // A guardian offline: no key, the pool stays pending, and the daemon names the guardian.
    wait_for("the daemon to name the offline guardian", Duration::from_secs(60), || {
        waiting(&net, &config).contains("guardian 3")
    });
    assert!(record(&state).is_none(), "a key was journaled without every guardian");
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
