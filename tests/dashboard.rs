//! End to end: `stkr dashboard` in a real terminal (tmux, 160×48) against `stkr devnet up --demo`: every
//! tab, a stake into the pending pool through the confirmation dialog, checked on chain, a lost
//! connection that heals by itself, and a clean exit.

mod common;

use std::{
    path::PathBuf,
    process::Command,
    time::{Duration, Instant},
};

use common::{Devnet, stderr};

const TMUX: &str = "/usr/bin/tmux";
const ETHER: u128 = 1_000_000_000_000_000_000;

/// A tmux server of its own (its own socket), killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(command: &str) -> Self {
        // One server per test: `cargo test` runs this file's tests as threads of one process, and a test
        // that ends kills its server.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmux = Self { socket: format!("stkr-dashboard-test-{}-{n}", std::process::id()) };
        let out = tmux.run(&["new-session", "-d", "-s", "dash", "-x", "160", "-y", "48", command]);
        assert!(out.status.success(), "tmux new-session failed: {}", stderr(&out));
        tmux
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new(TMUX).arg("-L").arg(&self.socket).args(args).output().expect("run tmux")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "dash"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success(), "tmux send-keys {keys:?}");
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "dash"]).stdout).into_owned()
    }

    /// Wait until the screen shows every one of `texts`; the screen when it does.
    fn wait_for(&self, texts: &[&str], within: Duration) -> String {
        self.wait_until(|screen| texts.iter().all(|t| screen.contains(t)), &format!("showing {texts:?}"), within)
    }

    /// Wait until the screen no longer shows `text`: a key that closes something has been read, so the
    /// next key cannot arrive glued to it (an Esc followed at once by a key reads as Alt+key).
    fn wait_gone(&self, text: &str, within: Duration) -> String {
        self.wait_until(|screen| !screen.contains(text), &format!("no longer showing {text:?}"), within)
    }

    fn wait_until(&self, done: impl Fn(&str) -> bool, what: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "the dashboard never got to {what}; it shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn shell_quote(path: &std::path::Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

#[test]
fn dashboard_tabs_stake_and_recovery_in_a_real_terminal() {
    if !std::path::Path::new(TMUX).exists() {
        panic!("{TMUX} is missing: `make system-deps` installs tmux");
    }
    let devnet = Devnet::up(true);
    let stkr = &devnet.stkr;

    // The pending pool, whatever its id as the demo grows.
    let pools = devnet.read(&["pool", "list"]);
    let pending = pools["pools"]
        .as_array()
        .expect("a pool list")
        .iter()
        .find(|p| p["status"] == "pending")
        .and_then(|p| p["id"].as_u64())
        .expect("the demo leaves a pending pool");
    // One refresh without a screen, as the benchmark runs it: counts only.
    let once = devnet.read(&["dashboard", "--once", "--address", &common::dev(4)]);
    assert_eq!(once["chain_id"], 31337);
    assert_eq!(once["pools"].as_u64(), pools["pool_count"].as_u64());
    assert!(once["providers"].as_u64() >= Some(2), "{once}");

    let staker = 4;
    let staker_address = common::dev(staker);
    let before = common::wei(&devnet.read(&["pool", "show", &pending.to_string()])["total_staked"]);
    let aeth_before = devnet.aeth_balance(&staker_address);

    let password = stkr.envs.iter().find(|(k, _)| k == "STKR_PASSWORD_FILE").map(|(_, v)| PathBuf::from(v));
    let password = password.expect("the devnet harness sets a password file");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_stkr"));
    let command = format!(
        "env STKR_DATA_DIR={} STKR_PASSWORD_FILE={} HOME={} NO_COLOR=1 TERM=xterm-256color {} dashboard \
         --account dev{staker} --interval 200ms; echo DASHBOARD-EXITED-$?; sleep 60",
        shell_quote(&stkr.data_dir()),
        shell_quote(&password),
        shell_quote(stkr.dir.path()),
        shell_quote(&binary),
    );
    let tmux = Tmux::start(&command);
    let wait = Duration::from_secs(30);

    // Every tab, by number, with what it is about.
    tmux.wait_for(&["1 Overview", "Account", "Network", "● live", "dev4"], wait);
    tmux.keys(&["2"]);
    tmux.wait_for(&["This account is not a provider", "Aurora Nodes", "Basalt Staking"], wait);
    tmux.keys(&["3"]);
    tmux.wait_for(&["Micro-pools", "ANKR on sidecars", "Claimable"], wait);
    tmux.keys(&["4"]);
    tmux.wait_for(&["Projects", "Auction", "Quote prices"], wait);
    tmux.keys(&["5"]);
    tmux.wait_for(&["Proposals", "election", "Parameters"], wait);
    tmux.keys(&["?"]);
    tmux.wait_for(&["Keys (? or Esc closes)", "vote yes / no"], wait);
    tmux.keys(&["Escape"]);
    tmux.wait_gone("Keys (? or Esc closes)", wait);

    // Stake 1 ETH into the pending pool from the Staking tab.
    tmux.keys(&["3"]);
    for _ in 1..pending {
        tmux.keys(&["Down"]);
    }
    tmux.wait_for(&[&format!("Pool {pending} fill (pending")], wait);
    tmux.keys(&["s"]);
    tmux.wait_for(&[&format!("Stake in pool {pending}"), "ETH:"], wait);
    tmux.keys(&["1", "Enter"]);
    let confirm = tmux.wait_for(&["y / Enter sends", "gas ~"], wait);
    assert!(confirm.contains(&format!("Stake 1 ETH in pool {pending}")), "{confirm}");
    tmux.keys(&["y"]);
    tmux.wait_for(&["✓ done", &format!("stake 1 ETH in pool {pending}")], Duration::from_secs(60));
    tmux.keys(&["Enter"]);
    tmux.wait_gone("✓ done", wait);

    let after = common::wei(&devnet.read(&["pool", "show", &pending.to_string()])["total_staked"]);
    assert_eq!(after, before + ETHER, "the pool holds 1 ETH more");
    assert_eq!(devnet.aeth_balance(&staker_address), aeth_before + ETHER, "dev{staker} got 1 aETH");

    // The chain goes away: a banner, the last data kept; it comes back: live again, by itself.
    let port = devnet.url.rsplit(':').next().expect("a port").to_string();
    devnet.read(&["devnet", "down"]);
    tmux.wait_for(&["connection lost", "Micro-pools"], wait);
    stkr.json(&["--json", "-q", "devnet", "up", "--port", &port]);
    let screen = tmux.wait_for(&["● live"], Duration::from_secs(60));
    assert!(!screen.contains("connection lost"), "{screen}");

    tmux.keys(&["q"]);
    let screen = tmux.wait_for(&["DASHBOARD-EXITED-0"], wait);
    assert!(!screen.contains("Micro-pools"), "the terminal is restored on exit:\n{screen}");
}

#[test]
fn without_a_terminal_the_dashboard_says_what_to_use_instead() {
    let stkr = common::Stkr::new();
    let out = stkr.run(&["dashboard"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("the dashboard needs a terminal"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn the_rewards_chart_starts_from_the_account_history() {
    let devnet = Devnet::up(true);
    let stkr = &devnet.stkr;
    // dev 4 claims its 0.192 ETH of rewards from the demo's settled pool 3: nothing is claimable after.
    let claimed = devnet.act(4, &["claim"]);
    assert!(claimed.to_string().contains("0.192 ETH"), "{claimed}");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_stkr"));
    let command = format!(
        "env STKR_DATA_DIR={} HOME={} NO_COLOR=1 TERM=xterm-256color {} dashboard --address {}; sleep 60",
        shell_quote(&stkr.data_dir()),
        shell_quote(stkr.dir.path()),
        shell_quote(&binary),
        common::dev(4),
    );
    let tmux = Tmux::start(&command);
    tmux.wait_for(&["1 Overview", "● live"], Duration::from_secs(30));
    tmux.keys(&["3"]);
    // The chart is drawn at once, not left to grow block by block, and reaches the 0.192 ETH claimed
    // before the dashboard started (its axis tops out 10 % above: 0.211).
    let screen = tmux.wait_for(&["Claimable: 0 ETH", "0.211"], Duration::from_secs(30));
    assert!(!screen.contains("the chart grows with each block"), "{screen}");
    tmux.keys(&["q"]);
}
