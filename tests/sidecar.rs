//! End to end: `stkr sidecar run` child processes beside the demo's nodes on a real anvil — every period
//! reported with every audit, a killed sidecar reported down and recovering, an anvil restart that loses
//! and doubles nothing, RPC failover, tampered probes recorded as down, and the commands around it.

mod common;

use std::{
    io::{Read, Write},
    net::{Shutdown, TcpListener, TcpStream},
    path::PathBuf,
    process::{Child, Command, ExitStatus, Stdio},
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU8, Ordering},
    },
    thread,
    time::{Duration, Instant},
};

use alloy::{primitives::keccak256, signers::local::PrivateKeySigner};
use common::{Devnet, free_port, stderr};
use serde_json::Value;
use stkr_sidecar::{execution::ExecutionView, probe::Status};

/// How long a period's reports may take to arrive.
const DEADLINE: Duration = Duration::from_secs(60);

/// The key the devnet demo derives for the sidecar of `node` (public, devnet only).
fn sidecar_key(node: u64) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&keccak256(format!("stkr devnet sidecar {node}"))).expect("a key")
}

fn wait_until(what: &str, done: impl FnMut() -> bool, logs: &dyn Fn() -> String) {
    wait_for(what, DEADLINE, done, logs);
}

fn wait_for(what: &str, within: Duration, mut done: impl FnMut() -> bool, logs: &dyn Fn() -> String) {
    let deadline = Instant::now() + within;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}\n{}", logs());
        thread::sleep(Duration::from_millis(200));
    }
}

/// Whether GET `url` answers 200.
fn http_ok(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else { return false };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let Ok(mut stream) = TcpStream::connect(host) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let _ = stream.write_all(format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}

fn http_get(url: &str) -> String {
    let rest = url.strip_prefix("http://").expect("http url");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut stream = TcpStream::connect(host).expect("connect");
    stream.write_all(format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes()).expect("write");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    answer.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default()
}

/// One sidecar of the fleet.
struct Sidecar {
    node: u64,
    config: PathBuf,
    state: PathBuf,
    log: PathBuf,
    probe: String,
    child: Option<Child>,
}

/// The sidecars of a devnet's nodes, as child processes.
struct Fleet<'a> {
    net: &'a Devnet,
    dir: PathBuf,
    password: PathBuf,
    sidecars: Vec<Sidecar>,
}

impl<'a> Fleet<'a> {
    fn new(net: &'a Devnet) -> Self {
        let dir = net.stkr.dir.path().join("fleet");
        std::fs::create_dir_all(&dir).expect("fleet dir");
        let password = net.stkr.password_file("sidecar.pass", "sidecar keystore secret");
        Self { net, dir, password, sidecars: Vec::new() }
    }

    /// Basalt (dev 2) registers node 4 with the demo's key scheme; its sidecar gets gas money.
    fn add_fourth_node(&self) -> String {
        let sidecar = sidecar_key(4).address().to_string();
        let probe = format!("http://127.0.0.1:{}/status", free_port());
        let added = self.net.act(2, &["node", "add", "--sidecar", &sidecar, "--probe-url", &probe]);
        assert_eq!(added["id"], 4);
        self.net.send(0, &sidecar, "", &["--value", "10ether"]);
        probe
    }

    /// Write node `node`'s keystore and configure its sidecar with `stkr sidecar init`.
    fn configure(&mut self, node: u64, execution_urls: &[String]) {
        self.configure_with(node, execution_urls, &[]);
    }

    /// Like `configure`, with more `sidecar init` flags.
    fn configure_with(&mut self, node: u64, execution_urls: &[String], extra: &[&str]) {
        let node_dir = self.dir.join(format!("node-{node}"));
        std::fs::create_dir_all(&node_dir).expect("node dir");
        let mut rng = rand::thread_rng();
        let key = sidecar_key(node);
        PrivateKeySigner::encrypt_keystore(
            &node_dir,
            &mut rng,
            key.to_bytes(),
            "sidecar keystore secret",
            Some("key.json"),
        )
        .expect("keystore");
        let probe = self.net.read(&["node", "show", &node.to_string()])["probe_url"].as_str().expect("url").to_string();
        let listen = probe.trim_start_matches("http://").trim_end_matches("/status").to_string();
        let config = self.dir.join(format!("node-{node}.toml"));
        let state = node_dir.join("state");
        let mut args: Vec<String> = ["--json", "--yes", "sidecar", "init", "--force", "--node", &node.to_string()]
            .iter()
            .map(ToString::to_string)
            .collect();
        for url in execution_urls {
            args.extend(["--execution-url".into(), url.clone()]);
        }
        args.extend([
            "--keystore".into(),
            node_dir.join("key.json").to_string_lossy().into_owned(),
            "--password-file".into(),
            self.password.to_string_lossy().into_owned(),
            "--probe-listen".into(),
            listen,
            "--state-dir".into(),
            state.to_string_lossy().into_owned(),
            "--poll-interval".into(),
            "0.5".into(),
            "--max-head-age".into(),
            "31536000".into(),
            "--out".into(),
            config.to_string_lossy().into_owned(),
        ]);
        args.extend(extra.iter().map(ToString::to_string));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let init = self.net.stkr.json(&args);
        assert_eq!(init["node_id"], node);
        self.sidecars.retain(|s| s.node != node);
        let log = self.dir.join(format!("node-{node}.log"));
        self.sidecars.push(Sidecar { node, config, state, log, probe, child: None });
    }

    fn sidecar(&mut self, node: u64) -> &mut Sidecar {
        self.sidecars.iter_mut().find(|s| s.node == node).expect("a configured sidecar")
    }

    fn start(&mut self, node: u64) {
        self.start_with(node, &[]);
    }

    /// Start `node`'s sidecar with `extra` arguments to `sidecar run`.
    fn start_with(&mut self, node: u64, extra: &[&str]) {
        let stkr = &self.net.stkr;
        let sidecar = self.sidecars.iter_mut().find(|s| s.node == node).expect("configured");
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&sidecar.log).expect("log");
        let mut args = vec!["sidecar", "run", "--config", sidecar.config.to_str().expect("utf-8")];
        args.extend_from_slice(extra);
        let child = stkr
            .command(&args)
            .env("STKR_LOG", "info,stkr_sidecar=debug")
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("spawn the sidecar");
        sidecar.child = Some(child);
    }

    /// Wait until every sidecar that runs serves /healthz.
    fn wait_healthy(&self) {
        for sidecar in self.sidecars.iter().filter(|s| s.child.is_some()) {
            let healthz = sidecar.probe.replace("/status", "/healthz");
            wait_until(&format!("node {}'s probe", sidecar.node), || http_ok(&healthz), &|| self.logs());
        }
    }

    fn kill(&mut self, node: u64) {
        if let Some(mut child) = self.sidecar(node).child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM, then its exit status.
    fn terminate(&mut self, node: u64) -> ExitStatus {
        let mut child = self.sidecar(node).child.take().expect("running");
        Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill -TERM");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "the sidecar of node {node} ignored SIGTERM");
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn status(&self, node: u64) -> Value {
        let sidecar = self.sidecars.iter().find(|s| s.node == node).expect("configured");
        self.net.read(&["sidecar", "status", "--config", sidecar.config.to_str().expect("utf-8")])
    }

    /// The status, or None before the sidecar's first round has written one (its probe answers earlier).
    fn status_once_written(&self, node: u64) -> Option<Value> {
        let sidecar = self.sidecars.iter().find(|s| s.node == node).expect("configured");
        let out =
            self.net.stkr.run(&["--json", "sidecar", "status", "--config", sidecar.config.to_str().expect("utf-8")]);
        out.status.success().then(|| serde_json::from_slice(&out.stdout).expect("status JSON"))
    }

    /// The reports this sidecar recorded as mined, by period.
    fn mined_periods(&self, node: u64) -> Vec<u64> {
        let sidecar = self.sidecars.iter().find(|s| s.node == node).expect("configured");
        std::fs::read_to_string(sidecar.state.join("reports.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).expect("a record"))
            .filter(|r| r["outcome"] == "mined")
            .map(|r| r["period"].as_u64().expect("period"))
            .collect()
    }

    fn logs(&self) -> String {
        self.sidecars
            .iter()
            .map(|s| {
                let text = std::fs::read_to_string(&s.log).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(40).collect();
                format!("--- node {} ---\n{}", s.node, tail.into_iter().rev().collect::<Vec<_>>().join("\n"))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Wait until each of `nodes`' sidecars recorded its report for `period` as mined.
    fn wait_recorded(&self, nodes: &[u64], period: u64) {
        for &node in nodes {
            wait_until(
                &format!("node {node}'s sidecar to record period {period}"),
                || self.mined_periods(node).contains(&period),
                &|| self.logs(),
            );
        }
    }

    /// Wait until each of `nodes` has its report for `period` on chain, and its sidecar's status file
    /// (written at the end of each round) says so.
    fn wait_reported(&self, nodes: &[u64], period: u64) {
        for &node in nodes {
            wait_until(
                &format!("node {node}'s report for period {period}"),
                || node_show(self.net, node)["last_report_period"].as_u64() == Some(period),
                &|| self.logs(),
            );
            if self.sidecars.iter().any(|s| s.node == node && s.child.is_some()) {
                wait_until(
                    &format!("node {node}'s sidecar to show its report for period {period}"),
                    || self.status(node)["last_report"]["period"].as_u64() == Some(period),
                    &|| self.logs(),
                );
            }
        }
    }
}

impl Drop for Fleet<'_> {
    fn drop(&mut self) {
        for sidecar in &mut self.sidecars {
            if let Some(mut child) = sidecar.child.take() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

fn node_show(net: &Devnet, node: u64) -> Value {
    net.read(&["node", "show", &node.to_string()])
}

/// (periods decided, periods decided up) of `node`: its settled audits.
fn audits(net: &Devnet, node: u64) -> (u64, u64) {
    let shown = node_show(net, node);
    (shown["audits_received"].as_u64().expect("received"), shown["audits_passed"].as_u64().expect("passed"))
}

/// Wait until `node`'s settled audits are `expected`: the sidecars settle a period's audits once they have
/// reported in a later one.
fn wait_audits(net: &Devnet, fleet: &Fleet, node: u64, expected: (u64, u64)) {
    wait_until(
        &format!("node {node}'s settled audits to reach {expected:?}"),
        || audits(net, node) == expected,
        &|| format!("{}\n{}", node_show(net, node), fleet.logs()),
    );
}

/// Strikes on `node`'s sidecar: reports against a decided majority.
fn strikes(net: &Devnet, node: u64) -> u64 {
    node_show(net, node)["strikes"].as_u64().expect("strikes")
}

/// The period the next block falls in.
fn period(net: &Devnet) -> u64 {
    node_show(net, 1)["period"].as_u64().expect("period")
}

/// The demo's three nodes and a fourth, each with its sidecar running, all probes up, then a fresh period.
fn four_running<'a>(net: &'a Devnet, fleet_urls: impl Fn(u64) -> Vec<String>) -> Fleet<'a> {
    let mut fleet = Fleet::new(net);
    fleet.add_fourth_node();
    for node in 1..=4 {
        fleet.configure(node, &fleet_urls(node));
        // Node 4's sidecar logs JSON, as under a log shipper.
        if node == 4 { fleet.start_with(node, &["--log-format", "json"]) } else { fleet.start(node) }
    }
    fleet.wait_healthy();
    // They report for the period they started in; the tests count from the next one.
    fleet.wait_reported(&[1, 2, 3, 4], period(net));
    fleet
}

#[test]
fn four_sidecars_report_every_period_with_every_audit_recorded_and_stop_cleanly() {
    let net = Devnet::up(true);
    let url = net.url.clone();
    let mut fleet = four_running(&net, |_| vec![url.clone()]);
    // Node 4 joined in the period they started in, so it is audited from the next one; the three demo nodes
    // were audited in it too (by the two others each).
    let before: Vec<(u64, u64)> = (1..=4).map(|n| audits(&net, n)).collect();
    let mut periods = Vec::new();
    for round in 1..=4u64 {
        net.advance("1h");
        let p = period(&net);
        fleet.wait_reported(&[1, 2, 3, 4], p);
        // Each report settles the sidecar's previous period: every node was decided up by its auditors.
        for node in 1..=4u64 {
            let (r0, p0) = before[node as usize - 1];
            let periods_audited = if node == 4 { round - 1 } else { round };
            wait_audits(&net, &fleet, node, (r0 + periods_audited, p0 + periods_audited));
        }
        periods.push(p);
    }
    let last = node_show(&net, 1);
    assert_eq!(last["draw"], "seeded", "{last}");
    assert_eq!(last["auditors"].as_array().map(Vec::len), Some(3), "with four nodes and audit-k = 3: {last}");
    for node in 1..=4 {
        assert_eq!(strikes(&net, node), 0, "every sidecar reported with the majority");
    }
    // The dashboard's uptime sparkline starts from these settled audits: one point per decided audit,
    // ending at the uptime the registry reports now.
    let provider: alloy::primitives::Address = last["provider"].as_str().expect("provider").parse().expect("address");
    let contracts: stkr_core::deploy::Contracts = serde_json::from_value(net.contracts.clone()).expect("contracts");
    let series = tokio::runtime::Runtime::new().expect("runtime").block_on(async {
        let chain = stkr_core::chain::connect(&net.url, None, None).await.expect("connect");
        let head = net.block_number();
        stkr_core::history::uptime_series(&chain, &contracts, provider, 0, head).await.expect("uptime series")
    });
    let node1 = series.get(&1).expect("node 1's past audits");
    assert_eq!(node1.len() as u64, last["audits_received"].as_u64().expect("received"), "{node1:?}");
    assert_eq!(node1.last().map(|p| p.1), last["uptime_bps"].as_u64(), "{node1:?}");
    // The sidecar records a report once it sees the receipt, a round after the chain has it.
    let last_period = periods[periods.len() - 1];
    fleet.wait_recorded(&[1, 2, 3, 4], last_period);
    let status = fleet.status(1);
    assert_eq!(
        common::fields(&status),
        common::documented_fields("sidecar status"),
        "docs/json.md documents `stkr sidecar status` as it is"
    );
    assert_eq!(status["running"], true);
    assert_eq!(status["health"], "healthy");
    assert_eq!(status["last_report"]["period"].as_u64(), Some(last_period));
    assert_eq!(status["outbox"], Value::Null);
    assert_eq!(status["audits"].as_array().map(Vec::len), Some(3));
    let metrics = http_get(&fleet.sidecar(1).probe.replace("/status", "/metrics"));
    assert!(metrics.contains("stkr_sidecar_audits_up_total{node=\"1\"}"), "{metrics}");
    assert!(metrics.contains("stkr_sidecar_outbox_depth{node=\"1\"} 0"), "{metrics}");
    for node in 1..=4 {
        let status = fleet.terminate(node);
        assert!(status.success(), "node {node}'s sidecar exited with {status} on SIGTERM");
        let mined = fleet.mined_periods(node);
        for p in &periods {
            assert_eq!(mined.iter().filter(|m| *m == p).count(), 1, "node {node}, period {p}: {mined:?}");
        }
    }
    assert!(std::fs::read_to_string(&fleet.sidecar(1).log).expect("log").contains("stopped"));
    assert_eq!(fleet.status(1)["running"], false, "a sidecar stopped a moment ago is stopped");
    // Node 4 logged JSON: one object a line, its fields plain values (no `Some(118)`).
    let log = std::fs::read_to_string(&fleet.sidecar(4).log).expect("log");
    let events: Vec<Value> =
        log.lines().filter(|l| l.starts_with('{')).map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    let mined = events.iter().find(|e| e["fields"]["message"] == "report mined").expect("a mined report logged");
    assert!(mined["fields"]["block"].is_u64(), "{mined}");
    assert!(!log.contains("Some("), "{log}");
}

#[test]
fn a_killed_sidecar_is_reported_down_by_the_others_and_recovers_after_a_restart() {
    let net = Devnet::up(true);
    let url = net.url.clone();
    let mut fleet = four_running(&net, |_| vec![url.clone()]);
    // Node 4 joined in the period they started in: it is audited from the next one.
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3, 4], period(&net));
    let uptime = |node| node_show(&net, node)["uptime_bps"].as_u64().expect("uptime");
    let (received, passed) = audits(&net, 4);
    assert_eq!((received, passed, uptime(4)), (0, 0, 10_000), "not audited yet\n{}", fleet.logs());

    fleet.kill(4);
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3], period(&net));
    // A period's audits are settled as its auditors report in the next one: up before the kill, then down.
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3], period(&net));
    wait_audits(&net, &fleet, 4, (received + 2, passed + 1));
    let fallen = uptime(4);
    assert_eq!(fallen, 5_000, "up in one of two decided periods");
    let reasons: Vec<String> = (1..=3)
        .flat_map(|n| fleet.status(n)["audits"].as_array().cloned().unwrap_or_default())
        .filter(|a| a["node_id"] == 4)
        .map(|a| a["reason"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(reasons.len(), 3);
    assert!(reasons.iter().all(|r| r.contains("cannot be reached")), "{reasons:?}");
    assert_eq!(strikes(&net, 1) + strikes(&net, 2) + strikes(&net, 3), 0, "they agreed");
    let shown = node_show(&net, 4);
    assert_eq!(shown["last_period_audit"]["verdict"], "down", "{shown}");
    assert_eq!(shown["last_period_audit"]["down_votes"], 3, "{shown}");

    fleet.start(4);
    fleet.wait_healthy();
    for _ in 0..3 {
        net.advance("1h");
        fleet.wait_reported(&[1, 2, 3, 4], period(&net));
    }
    // Down in the period it was killed in, then up twice after the restart.
    wait_audits(&net, &fleet, 4, (received + 5, passed + 3));
    assert!(uptime(4) > fallen, "uptime recovers");
}

#[test]
fn anvil_stopping_mid_period_loses_no_report_and_sends_none_twice() {
    let chain = tempfile::tempdir().expect("tempdir");
    let chain_file = chain.path().join("chain.json");
    let chain_arg = chain_file.to_string_lossy().into_owned();
    let net = Devnet::up_with(&["--demo", "--no-sidecars", "--state", &chain_arg]);
    let port = net.url.rsplit(':').next().expect("port").to_string();
    let url = net.url.clone();
    let fleet = four_running(&net, |_| vec![url.clone()]);
    net.advance("1h");
    let first = period(&net);
    fleet.wait_reported(&[1, 2, 3, 4], first);
    let filed: Vec<u64> = (1..=4).map(|n| node_show(&net, n)["reports_filed"].as_u64().expect("filed")).collect();

    // A new period begins and anvil stops at once, while the sidecars are reporting; it comes back from
    // the chain it saved.
    net.advance("1h");
    let down = net.stkr.run(&["devnet", "down"]);
    assert!(down.status.success(), "{}", stderr(&down));
    thread::sleep(Duration::from_secs(3));
    let up = net.stkr.json(&["--json", "-q", "devnet", "up", "--port", &port, "--state", &chain_arg]);
    assert_eq!(up["running"], true);
    let second = first + 1;
    fleet.wait_reported(&[1, 2, 3, 4], second);
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3, 4], second + 1);
    fleet.wait_recorded(&[1, 2, 3, 4], second + 1);

    for node in 1..=4u64 {
        let shown = node_show(&net, node);
        let now_filed = shown["reports_filed"].as_u64().expect("filed");
        assert_eq!(now_filed - filed[node as usize - 1], 2, "node {node}: one report per period\n{}", fleet.logs());
        let mined = fleet.mined_periods(node);
        for p in [first, second, second + 1] {
            assert_eq!(mined.iter().filter(|m| **m == p).count(), 1, "node {node}, period {p}: {mined:?}");
        }
        assert_eq!(fleet.status(node)["reports_failed"], 0, "node {node}\n{}", fleet.logs());
    }
}

/// A TCP proxy to anvil that can be cut, as a dying RPC endpoint.
struct Proxy {
    port: u16,
    stop: Arc<AtomicBool>,
    streams: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    fn start(upstream: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("nonblocking");
        let port = listener.local_addr().expect("addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let streams: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let (flag, kept) = (stop.clone(), streams.clone());
        thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((client, _)) => {
                        let _ = client.set_nonblocking(false);
                        let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)) else { continue };
                        if let (Ok(c), Ok(s)) = (client.try_clone(), server.try_clone()) {
                            kept.lock().expect("lock").extend([c, s]);
                        }
                        let (mut c_read, mut s_write) =
                            (client.try_clone().expect("clone"), server.try_clone().expect("clone"));
                        thread::spawn(move || {
                            let _ = std::io::copy(&mut c_read, &mut s_write);
                        });
                        let (mut s_read, mut c_write) = (server, client);
                        thread::spawn(move || {
                            let _ = std::io::copy(&mut s_read, &mut c_write);
                        });
                    }
                    Err(_) => thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Self { port, stop, streams }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Stop listening and cut every open connection.
    fn cut(&self) {
        self.stop.store(true, Ordering::Relaxed);
        for stream in self.streams.lock().expect("lock").drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

#[test]
fn the_primary_rpc_dies_and_the_sidecar_fails_over_and_keeps_reporting() {
    let net = Devnet::up(true);
    let anvil_port: u16 = net.url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port");
    let proxy = Proxy::start(anvil_port);
    let (primary, direct) = (proxy.url(), net.url.clone());
    let fleet =
        four_running(&net, |node| if node == 1 { vec![primary.clone(), direct.clone()] } else { vec![direct.clone()] });
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3, 4], period(&net));
    assert_eq!(fleet.status(1)["rpc_endpoint"], primary);

    proxy.cut();
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3, 4], period(&net));
    let status = fleet.status(1);
    assert_eq!(status["rpc_endpoint"], direct, "{status}");
    assert_eq!(status["reports_failed"], 0);
    let metrics = http_get(&fleet.sidecars[0].probe.replace("/status", "/metrics"));
    let failovers = metrics
        .lines()
        .find_map(|l| l.strip_prefix("stkr_sidecar_rpc_failovers_total{node=\"1\"} "))
        .and_then(|v| v.parse::<u64>().ok())
        .expect("the failover counter");
    assert!(failovers >= 1, "{metrics}");
}

#[test]
fn a_sidecar_reports_through_an_https_endpoint_and_init_refuses_one_that_does_not_verify() {
    let mut net = Devnet::up(true);
    let backend = net.url.trim_start_matches("http://").parse().expect("the devnet's socket address");
    let ca = common::tls::TestCa::new("stkr sidecar test CA");
    let proxy = common::tls::TlsProxy::start(&ca, &["localhost"], backend);
    let ca_file = net.stkr.dir.path().join("ca.pem");
    ca.write_pem(&ca_file);
    net.stkr.envs.push(("SSL_CERT_FILE".into(), ca_file.to_string_lossy().into_owned()));
    let https = format!("https://localhost:{}", proxy.port);

    let mut fleet = Fleet::new(&net);
    fleet.configure(1, std::slice::from_ref(&https));

    // `sidecar init` checks each endpoint before it saves anything: a certificate for another name is exit 4.
    let by_ip = format!("https://127.0.0.1:{}", proxy.port);
    let config = net.stkr.dir.path().join("refused.toml");
    let keystore = fleet.dir.join("node-1").join("key.json");
    // `sidecar init --force` with `urls`, trusting `ca` instead of the test CA when given.
    let init = |urls: &[&str], ca: Option<&std::path::Path>| {
        let mut args = vec![
            "--yes",
            "sidecar",
            "init",
            "--node",
            "1",
            "--keystore",
            keystore.to_str().expect("utf-8"),
            "--password-file",
            fleet.password.to_str().expect("utf-8"),
            "--out",
            config.to_str().expect("utf-8"),
            "--force",
        ];
        args.extend_from_slice(urls);
        let mut command = net.stkr.command(&args);
        if let Some(ca) = ca {
            command.env("SSL_CERT_FILE", ca);
        }
        command.output().expect("run stkr")
    };
    let wrong_name = format!(
        "error: the TLS certificate of 127.0.0.1:{} does not verify: it is not issued for this host name; use the \
         name the certificate was issued for",
        proxy.port
    );
    let out = init(&["--execution-url", &https, "--execution-url", &by_ip], None);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim(), wrong_name);
    assert!(!config.exists(), "nothing is saved for an endpoint that does not verify");

    // A beacon node is asked too: the same certificate, as a beacon URL, is refused the same way.
    let out = init(&["--execution-url", &https, "--beacon-url", &by_ip], None);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim(), wrong_name);
    assert!(!config.exists(), "nothing is saved for a beacon node that does not verify");
    // One that is merely down (often not yet synced when a sidecar is set up) is kept, with a warning.
    let down = format!("http://127.0.0.1:{}", common::free_port());
    let out = init(&["--execution-url", &https, "--beacon-url", &down], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("the beacon node at {down} did not answer")), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&config).expect("saved").contains(&down));

    // Trusting another authority only: the endpoint's issuer is unknown, and the sentence says what to do.
    let stranger = net.stkr.dir.path().join("other-ca.pem");
    common::tls::TestCa::new("some other CA").write_pem(&stranger);
    std::fs::remove_file(&config).expect("remove");
    let out = init(&["--execution-url", &https], Some(&stranger));
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "the TLS certificate of localhost:{} does not verify: it is signed by an authority this machine does not \
             trust",
            proxy.port
        )),
        "{}",
        stderr(&out)
    );
    assert!(!config.exists(), "nothing is saved for an endpoint whose issuer is unknown");

    fleet.start(1);
    fleet.wait_healthy();
    fleet.wait_reported(&[1], period(&net));
    net.advance("1h");
    fleet.wait_reported(&[1], period(&net));
    assert_eq!(fleet.status(1)["rpc_endpoint"], https);
}

/// What the fake node-4 probe answers with.
const SIGNED_BY_A_STRANGER: u8 = 0;
const STALE_HEAD: u8 = 1;

/// A probe for node 4 that answers each challenge with a status either signed by the wrong key or with
/// a head far behind, as a tampering or lagging sidecar would.
fn fake_probe(listen: &str, mode: Arc<AtomicU8>, head: Arc<Mutex<u64>>) {
    let listener = TcpListener::bind(listen).expect("bind the fake probe");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let mut buffer = [0u8; 4096];
            let n = stream.read(&mut buffer).unwrap_or(0);
            let request = String::from_utf8_lossy(&buffer[..n]).to_string();
            let challenge = request
                .split_whitespace()
                .nth(1)
                .and_then(|target| target.split_once("challenge="))
                .map(|(_, c)| c.split('&').next().unwrap_or_default().to_string());
            let mode = mode.load(Ordering::Relaxed);
            let real_head = *head.lock().expect("lock");
            let shown_head = if mode == STALE_HEAD { 1 } else { real_head };
            let execution = ExecutionView { reachable: true, head_number: Some(shown_head), ..Default::default() };
            let mut status = Status::new(4, sidecar_key(4).address(), 31337, "healthy", &execution, None, vec![]);
            status.challenge = challenge;
            let signer = if mode == SIGNED_BY_A_STRANGER { sidecar_key(99) } else { sidecar_key(4) };
            let body = serde_json::to_string(&status.sign(&signer).expect("sign")).expect("json");
            let _ = stream.write_all(
                format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
                    .as_bytes(),
            );
        }
    });
}

#[test]
fn a_tampered_or_stale_status_is_recorded_as_down() {
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    let probe = fleet.add_fourth_node();
    let mode = Arc::new(AtomicU8::new(SIGNED_BY_A_STRANGER));
    let head = Arc::new(Mutex::new(net.block_number() + 100));
    fake_probe(probe.trim_start_matches("http://").trim_end_matches("/status"), mode.clone(), head.clone());
    for node in 1..=3 {
        fleet.configure(node, std::slice::from_ref(&net.url));
        fleet.start(node);
    }
    fleet.wait_healthy();
    let reasons = |fleet: &Fleet| -> Vec<String> {
        (1..=3)
            .flat_map(|n| fleet.status(n)["audits"].as_array().cloned().unwrap_or_default())
            .filter(|a| a["node_id"] == 4)
            .map(|a| a["reason"].as_str().unwrap_or("up").to_string())
            .collect()
    };

    fleet.wait_reported(&[1, 2, 3], period(&net));
    let (received, passed) = audits(&net, 4);
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3], period(&net));
    let stranger = sidecar_key(99).address();
    let wrong = reasons(&fleet);
    assert_eq!(wrong.len(), 3);
    assert!(
        wrong.iter().all(|r| r.contains(&format!("signed by {stranger}, not by its registered sidecar"))),
        "{wrong:?}"
    );

    mode.store(STALE_HEAD, Ordering::Relaxed);
    net.advance("1h");
    fleet.wait_reported(&[1, 2, 3], period(&net));
    // The previous period is settled as they report in this one: a majority (all three) saw node 4 down.
    wait_audits(&net, &fleet, 4, (received + 1, passed));
    let stale = reasons(&fleet);
    assert!(stale.iter().all(|r| r.starts_with("its head 1 is ") && r.contains("blocks behind ours")), "{stale:?}");
}

#[test]
fn the_demo_runs_a_sidecar_per_node_and_devnet_down_stops_them() {
    let net = Devnet::up_with(&["--demo"]);
    let status = net.read(&["devnet", "status"]);
    let sidecars = status["sidecars"].as_array().cloned().expect("sidecars");
    assert_eq!(sidecars.len(), 3, "{status}");
    let current = period(&net);
    for node in 1..=3u64 {
        wait_until(
            &format!("the demo sidecar of node {node} to report"),
            || node_show(&net, node)["last_report_period"].as_u64() == Some(current),
            &|| String::new(),
        );
    }
    assert_eq!(net.param("report-period"), "120");
    let pids: Vec<u64> = sidecars.iter().filter_map(|s| s["pid"].as_u64()).collect();
    let down = net.stkr.run(&["devnet", "down"]);
    assert!(down.status.success(), "{}", stderr(&down));
    for pid in pids {
        assert!(!common::alive(pid), "sidecar pid {pid} still runs after devnet down");
    }
}

/// The demo sidecars' state dirs outlive a devnet: a new demo devnet, whose clock reads far earlier than
/// the old one's after `devnet advance`, gets every sidecar reporting in its first period, each saying in
/// its log that it started afresh and naming both chains.
#[test]
fn demo_sidecars_start_afresh_on_a_new_devnet_whose_clock_reads_earlier() {
    let net = Devnet::up_with(&["--demo"]);
    let port = net.url.rsplit(':').next().expect("port").to_string();
    let reported_now = |node: u64| {
        let shown = node_show(&net, node);
        shown["last_report_period"].as_u64().is_some() && shown["last_report_period"] == shown["period"]
    };
    let logs = |net: &Devnet| {
        (1..=3u64)
            .map(|n| {
                let log = net.stkr.data_dir().join(format!("devnet/sidecars/node-{n}.log"));
                format!("--- node {n} ---\n{}", std::fs::read_to_string(log).unwrap_or_default())
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    // The clock moves three days on: each sidecar's state records a period far beyond a new chain's.
    net.advance("3d");
    let late = period(&net);
    for node in 1..=3u64 {
        wait_until(&format!("node {node}'s report for the late period {late}"), || reported_now(node), &|| logs(&net));
    }
    let old_genesis = net.cast(&["block", "0", "--rpc-url", &net.url, "-f", "hash"]);
    let down = net.stkr.run(&["devnet", "down"]);
    assert!(down.status.success(), "{}", stderr(&down));

    let up = net.stkr.json(&["--json", "-q", "devnet", "up", "--port", &port, "--demo"]);
    assert_eq!(up["sidecars"].as_array().map(Vec::len), Some(3), "{up}");
    let first = period(&net);
    assert!(first < late, "the new chain's clock reads earlier: {first} < {late}");
    let new_genesis = net.cast(&["block", "0", "--rpc-url", &net.url, "-f", "hash"]);
    for node in 1..=3u64 {
        wait_until(&format!("node {node}'s report on the new chain"), || reported_now(node), &|| logs(&net));
        let reported = node_show(&net, node)["last_report_period"].as_u64().expect("reported");
        assert!(reported <= first + 1, "node {node} reports in the new chain's first period: {reported} vs {first}");
    }
    let text = logs(&net);
    assert!(!text.contains("reads an earlier period"), "{text}");
    for node in 1..=3u64 {
        let log =
            std::fs::read_to_string(net.stkr.data_dir().join(format!("devnet/sidecars/node-{node}.log"))).expect("log");
        let line = log.lines().find(|l| l.contains("starting afresh")).unwrap_or_else(|| panic!("node {node}: {log}"));
        assert!(
            line.contains(&format!("chain 31337 (genesis {old_genesis})"))
                && line.contains(&format!("chain 31337 (genesis {new_genesis})")),
            "node {node} names the old and the new chain: {line}"
        );
        // Its own status forgets the old chain's reports: the last one is the new chain's.
        let config = net.stkr.data_dir().join(format!("devnet/sidecars/node-{node}.toml"));
        let config = config.to_str().expect("utf-8");
        wait_until(
            &format!("node {node}'s sidecar status to show a report of the new chain"),
            || {
                net.read(&["sidecar", "status", "--config", config])["last_report"]["period"]
                    .as_u64()
                    .is_some_and(|p| p < late)
            },
            &|| logs(&net),
        );
    }
}

#[test]
fn sidecar_commands_refuse_bad_input_and_write_a_hardened_unit() {
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    fleet.configure(1, std::slice::from_ref(&net.url));
    let work = fleet.dir.clone();
    let config = fleet.sidecar(1).config.to_string_lossy().into_owned();
    let password = fleet.password.to_string_lossy().into_owned();
    let keystore = |node: u64| work.join(format!("node-{node}/key.json")).to_string_lossy().into_owned();

    let refused = |args: &[&str], message: &str| {
        let out = net.stkr.run(args);
        assert_eq!(out.status.code(), Some(2), "stkr {args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "stkr {args:?}: expected '{message}' in {}", stderr(&out));
    };
    // (The harness sets STKR_PASSWORD_FILE, so the password file is not among the missing.)
    refused(&["--yes", "sidecar", "init"], "sidecar init needs --node ID, --sidecar-account NAME or --keystore FILE\n");
    let node1 = keystore(1);
    refused(
        &[
            "--yes",
            "sidecar",
            "init",
            "--node",
            "2",
            "--keystore",
            &node1,
            "--password-file",
            &password,
            "--out",
            "/tmp/never.toml",
        ],
        &format!("node 2's sidecar is {}, but this key is {}", sidecar_key(2).address(), sidecar_key(1).address()),
    );
    refused(
        &["--yes", "sidecar", "init", "--node", "9", "--keystore", &node1, "--password-file", &password],
        "there is no node 9: nodes run from 1 to 3",
    );
    refused(
        &[
            "--yes",
            "sidecar",
            "init",
            "--node",
            "1",
            "--keystore",
            &node1,
            "--password-file",
            &password,
            "--out",
            &config,
        ],
        "exists; pass --force to overwrite it",
    );
    refused(&["sidecar", "status", "--config", &config], "the sidecar has not run with the state dir");
    refused(&["sidecar", "run", "--config", "/nonexistent/sidecar.toml"], "cannot read /nonexistent/sidecar.toml");
    let broken = work.join("broken.toml");
    std::fs::write(&broken, "network = \"devnet\"\nnode_id = 0\n").expect("write");
    refused(&["sidecar", "run", "--config", broken.to_str().expect("utf-8")], "is not a valid sidecar configuration");

    // Two daemons on one state dir would double every report: the second is refused.
    fleet.start(1);
    fleet.wait_healthy();
    let second = net.stkr.run(&["sidecar", "run", "--config", &config]);
    assert_eq!(second.status.code(), Some(2));
    assert!(stderr(&second).contains("another sidecar already runs with the state dir"), "{}", stderr(&second));

    // The unit has PrivateTmp=yes: a keystore in the temporary dir (where the test's files are) is hidden
    // from the service, so install-service refuses, naming it and a place instead. Outside /tmp all is well.
    let safe = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a dir outside /tmp");
    let at = |name: &str| safe.path().join(name).to_string_lossy().into_owned();
    std::fs::copy(&password, at("sidecar.pass")).expect("copy the password file");
    let (password, state, config) = (at("sidecar.pass"), at("state"), at("sidecar-1.toml"));
    let init_with = |keystore: &str| {
        net.read(&[
            "--yes",
            "sidecar",
            "init",
            "--force",
            "--node",
            "1",
            "--keystore",
            keystore,
            "--password-file",
            &password,
            "--state-dir",
            &state,
            "--out",
            &config,
        ]);
    };
    let unit = work.join("stkr-sidecar-1.service");
    let unit_arg = unit.to_str().expect("utf-8");
    // A checkout in the temporary dir (a CI clone there): the stkr binary itself is what the unit could never
    // reach, and that is said first; no unit can be written from here.
    let binary = env!("CARGO_BIN_EXE_stkr");
    if binary.starts_with("/tmp/") || binary.starts_with("/var/tmp/") {
        init_with(&node1);
        refused(
            &["sidecar", "install-service", "--config", &config, "--out", unit_arg],
            &format!("error: the binary {binary} lies under /"),
        );
        assert!(!unit.exists(), "nothing written");
        return;
    }
    if work.starts_with("/tmp") {
        init_with(&node1);
        refused(
            &["sidecar", "install-service", "--config", &config, "--out", unit_arg],
            &format!(
                "error: the keystore {node1} lies under /tmp, which the unit's PrivateTmp=yes hides from the service: move it to /etc/stkr and point the configuration there\n"
            ),
        );
        assert!(!unit.exists(), "nothing written");
    }
    std::fs::copy(&node1, at("key.json")).expect("copy the keystore");
    init_with(&at("key.json"));
    let written = net.read(&["sidecar", "install-service", "--config", &config, "--out", unit_arg]);
    assert_eq!(written["user"], "stkr-sidecar");
    let text = std::fs::read_to_string(&unit).expect("unit");
    for line in [
        "NoNewPrivileges=yes".to_string(),
        "ProtectSystem=strict".to_string(),
        "PrivateTmp=yes".to_string(),
        format!("ReadWritePaths={state}"),
        format!("LoadCredential=password:{password}"),
        "User=stkr-sidecar".to_string(),
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line}:\n{text}");
    }
    let exec = text.lines().find(|l| l.starts_with("ExecStart=")).expect("ExecStart");
    assert!(exec.ends_with(&format!("sidecar run --config {config}")), "{exec}");
    if Command::new("systemd-analyze").arg("--version").stdout(Stdio::null()).status().is_ok() {
        assert_eq!(written["verified"], true, "{written}");
    }
}

/// A Lodestar dev chain (the pinned beacon node in tools/beacon), stopped on drop.
struct Lodestar {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Lodestar {
    /// `validators` interop validators at genesis, of which only the first `running` run.
    fn start(validators: u32, running: u32) -> Self {
        let bin = common::root().join("tools/beacon/node_modules/.bin/lodestar");
        assert!(bin.exists(), "Lodestar is not installed under tools/beacon; run `make beacon-toolchain`");
        let dir = tempfile::tempdir().expect("tempdir");
        let (rest, p2p) = (free_port(), free_port());
        let url = format!("http://127.0.0.1:{rest}");
        let log = std::fs::File::create(dir.path().join("lodestar.log")).expect("log");
        let child = Command::new(bin)
            .current_dir(dir.path())
            .env("LODESTAR_PRESET", "minimal")
            .args(["dev", "--genesisValidators", &validators.to_string()])
            .args(["--startValidators", &format!("0..{}", running - 1), "--reset"])
            .arg("--dataDir")
            .arg(dir.path().join("data"))
            .args(["--rest.address", "127.0.0.1", "--rest.port", &rest.to_string(), "--server", &url])
            .args(["--listenAddress", "127.0.0.1", "--port", &p2p.to_string(), "--discv5", "false"])
            .args(["--params.SECONDS_PER_SLOT", "2", "--logLevel", "info", "--logFile", "none"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start lodestar");
        let lodestar = Self { child, url, _dir: dir };
        let health = format!("{}/eth/v1/node/health", lodestar.url);
        wait_until("the beacon node to answer", || http_ok(&health), &|| lodestar.log());
        lodestar
    }

    fn log(&self) -> String {
        let text = std::fs::read_to_string(self._dir.path().join("lodestar.log")).unwrap_or_default();
        text.lines().rev().take(15).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    /// The pubkey of validator `index`.
    fn pubkey(&self, index: u32) -> String {
        let body = http_get(&format!("{}/eth/v1/beacon/states/head/validators/{index}", self.url));
        let answer: Value = serde_json::from_str(&body).expect("validator JSON");
        answer["data"]["validator"]["pubkey"].as_str().expect("pubkey").to_string()
    }
}

impl Drop for Lodestar {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Against a real beacon node: the sidecar watching a validator that is offline reports its node
/// unhealthy on chain, while the one watching a running validator reports healthy.
#[test]
fn an_offline_validator_makes_its_node_unhealthy_on_chain() {
    let beacon = Lodestar::start(12, 10);
    let (online, offline) = (beacon.pubkey(0), beacon.pubkey(11));
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    let url = net.url.clone();
    for (node, pubkey) in [(1, &offline), (2, &online)] {
        fleet.configure_with(
            node,
            std::slice::from_ref(&url),
            &["--beacon-url", &beacon.url, "--validator-pubkey", pubkey],
        );
        fleet.start(node);
    }
    fleet.wait_healthy();
    // Offline shows once its balance has fallen from one epoch (16 s here) to the next.
    wait_for(
        "the offline validator to be noticed",
        Duration::from_secs(180),
        || fleet.status_once_written(1).is_some_and(|s| s["beacon"]["validator"]["offline"] == true),
        &|| format!("{}\n{}", fleet.logs(), beacon.log()),
    );
    let status = fleet.status(1);
    assert_eq!(status["health"], "unhealthy");
    let problems = status["problems"].to_string();
    assert!(problems.contains("validator 11 is offline: its balance fell to"), "{problems}");
    assert_eq!(fleet.status(2)["beacon"]["validator"]["status"], "active_ongoing");
    assert_eq!(fleet.status(2)["beacon"]["validator"]["offline"], false);

    net.advance("1h");
    let p = period(&net);
    fleet.wait_reported(&[1, 2], p);
    assert_eq!(node_show(&net, 1)["health"], "unhealthy");
    assert_eq!(node_show(&net, 2)["health"], "healthy");
    // The signed probe carries the beacon view for auditors and dashboards.
    let probe = http_get(&format!("{}?challenge=0x01", fleet.sidecar(1).probe));
    let signed: Value = serde_json::from_str(&probe).expect("signed status");
    let payload: Value = serde_json::from_str(signed["payload"].as_str().expect("payload")).expect("payload");
    assert_eq!(payload["beacon"]["validator"]["index"], 11);
}

/// Against a real beacon node where too few validators run to finalize: the sidecar reports the stall.
#[test]
fn a_finality_stall_is_reported() {
    let beacon = Lodestar::start(8, 4);
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    let url = net.url.clone();
    fleet.configure_with(3, std::slice::from_ref(&url), &["--beacon-url", &beacon.url]);
    fleet.start(3);
    fleet.wait_healthy();
    // Stalled means more than four epochs (16 s each here) past the last finalized one.
    wait_for(
        "the finality stall to be noticed",
        Duration::from_secs(240),
        || fleet.status_once_written(3).is_some_and(|s| s["beacon"]["finality_stalled"] == true),
        &|| format!("{}\n{}", fleet.logs(), beacon.log()),
    );
    let status = fleet.status(3);
    let problems = status["problems"].to_string();
    assert!(problems.contains("finality has stalled: head epoch"), "{problems}");
    assert_eq!(status["health"], "healthy", "a network-wide stall is not the node's fault");
    let metrics = http_get(&fleet.sidecar(3).probe.replace("/status", "/metrics"));
    assert!(metrics.contains("stkr_sidecar_finality_stalled{node=\"3\"} 1"), "{metrics}");
}

/// `devnet up --demo --beacon`: the demo pools' validators are the dev chain's live interop validators,
/// and each demo sidecar watches one through the Beacon Node API.
#[test]
fn the_beacon_demo_runs_the_pools_validators_on_a_real_beacon_chain() {
    let net = Devnet::up_with(&["--demo", "--beacon"]);
    let status = net.read(&["devnet", "status"]);
    let beacon = status["beacon_url"].as_str().expect("beacon url").to_string();
    for (pool, index) in [(1, 0), (3, 1)] {
        let shown = net.read(&["pool", "show", &pool.to_string()]);
        let answer: Value =
            serde_json::from_str(&http_get(&format!("{beacon}/eth/v1/beacon/states/head/validators/{index}")))
                .expect("validator JSON");
        assert_eq!(shown["deposit"]["validator_pubkey"], answer["data"]["validator"]["pubkey"], "pool {pool}");
    }
    let config = status["sidecars"][0]["config"].as_str().expect("config").to_string();
    wait_until(
        "the sidecar of node 1 to see its validator",
        || {
            let sidecar = net.read(&["sidecar", "status", "--config", &config]);
            sidecar["beacon"]["validator"]["status"] == "active_ongoing"
        },
        &|| String::new(),
    );
    let sidecar = net.read(&["sidecar", "status", "--config", &config]);
    assert_eq!(sidecar["beacon"]["validator"]["index"], 0);
    assert!(sidecar["beacon"]["validator"]["balance_gwei"].as_u64().is_some_and(|b| b >= 31_000_000_000), "{sidecar}");
    let pid = std::fs::read_to_string(net.stkr.data_dir().join("devnet/devnet.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .and_then(|v| v["beacon_pid"].as_u64())
        .expect("the beacon pid");
    let down = net.stkr.run(&["devnet", "down"]);
    assert!(down.status.success(), "{}", stderr(&down));
    assert!(!common::alive(pid), "Lodestar still runs after devnet down");
}

/// One JSON-RPC call to the devnet's anvil.
fn anvil(net: &Devnet, method: &str, params: &[&str]) {
    let mut args = vec!["rpc", "--rpc-url", net.url.as_str(), method];
    args.extend_from_slice(params);
    net.cast(&args);
}

/// The network fee above the cap holds a report back (and says so); a report stuck unmined is sent again
/// at the same nonce with a higher fee, and exactly one of them lands.
#[test]
fn the_fee_cap_holds_reports_back_and_a_stuck_report_is_replaced() {
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    for node in 1..=3 {
        fleet.configure_with(node, std::slice::from_ref(&net.url), &["--fee-cap", "5", "--replace-after", "2"]);
        fleet.start(node);
    }
    fleet.wait_healthy();
    fleet.wait_reported(&[1, 2, 3], period(&net));

    // Base fee 60 gwei against a cap of 5: nobody reports, and each says why.
    anvil(&net, "anvil_setNextBlockBaseFeePerGas", &["60000000000"]);
    net.advance("1h");
    let p = period(&net);
    wait_until(
        "the fee cap to hold node 1 back",
        || fleet.status_once_written(1).is_some_and(|s| s["fee_cap_waiting"] == true),
        &|| fleet.logs(),
    );
    assert_eq!(fleet.status(1)["outbox"], Value::Null, "nothing signed above the cap");
    let metrics = http_get(&fleet.sidecar(1).probe.replace("/status", "/metrics"));
    assert!(metrics.contains("stkr_sidecar_fee_cap_waiting{node=\"1\"} 1"), "{metrics}");
    assert_ne!(node_show(&net, 1)["last_report_period"].as_u64(), Some(p));
    // The fee falls: the reports go out.
    anvil(&net, "anvil_setNextBlockBaseFeePerGas", &["1000000000"]);
    anvil(&net, "evm_mine", &[]);
    fleet.wait_reported(&[1, 2, 3], p);
    assert_eq!(fleet.status(1)["fee_cap_waiting"], false);

    // Blocks stop coming (neither on time nor for transactions): the next period's reports wait in the
    // mempool, and after 2 s each goes again with 12.5 % more fee at the same nonce.
    anvil(&net, "evm_setIntervalMining", &["0"]);
    anvil(&net, "evm_setAutomine", &["false"]);
    anvil(&net, "evm_increaseTime", &["3600"]);
    anvil(&net, "evm_mine", &[]);
    let stuck = period(&net);
    // First the sidecars open the period's audit draw; two blocks mine that and its seed block.
    let pending = || {
        let status: Value = serde_json::from_str(&net.cast(&["rpc", "--rpc-url", net.url.as_str(), "txpool_status"]))
            .expect("txpool_status");
        u64::from_str_radix(status["pending"].as_str().unwrap_or("0x0").trim_start_matches("0x"), 16).unwrap_or(0)
    };
    // A sidecar may see the new period in the pending block and open the draw before the evm_mine above,
    // which then mines it: either way the draw is open.
    wait_until("a sidecar to open the draw", || pending() > 0 || node_show(&net, 1)["draw"] != "unopened", &|| {
        fleet.logs()
    });
    anvil(&net, "evm_mine", &[]);
    anvil(&net, "evm_mine", &[]);
    wait_until(
        "node 1's report to be sent again",
        || {
            fleet
                .status_once_written(1)
                .is_some_and(|s| s["outbox"]["attempts"].as_array().is_some_and(|a| a.len() >= 2))
        },
        &|| fleet.logs(),
    );
    let attempts = fleet.status(1)["outbox"]["attempts"].as_array().cloned().expect("attempts");
    let fee = |a: &Value| a["max_fee_per_gas"].as_u64().expect("fee");
    assert!(fee(&attempts[1]) > fee(&attempts[0]) + fee(&attempts[0]) / 9, "{attempts:?}");
    anvil(&net, "evm_setAutomine", &["true"]);
    anvil(&net, "evm_mine", &[]);
    fleet.wait_reported(&[1, 2, 3], stuck);
    fleet.wait_recorded(&[1], stuck);
    assert_eq!(fleet.mined_periods(1).iter().filter(|m| **m == stuck).count(), 1);
    let metrics = http_get(&fleet.sidecar(1).probe.replace("/status", "/metrics"));
    let replaced = metrics
        .lines()
        .find_map(|l| l.strip_prefix("stkr_sidecar_reports_replaced_total{node=\"1\"} "))
        .and_then(|v| v.parse::<u64>().ok())
        .expect("the replacement counter");
    assert!(replaced >= 1, "{metrics}");
    assert_eq!(node_show(&net, 1)["reports_filed"].as_u64(), Some(3), "one report per period, no more");
}

/// On a chain that mines only on demand the latest block can be from the last period; the sidecars go by
/// the time of the next block and report the new period anyway.
#[test]
fn a_period_that_turns_without_a_block_is_reported() {
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    for node in 1..=3 {
        fleet.configure(node, std::slice::from_ref(&net.url));
        fleet.start(node);
    }
    fleet.wait_healthy();
    let first = period(&net);
    fleet.wait_reported(&[1, 2, 3], first);
    // The clock moves an hour on; no block is mined until the sidecars' own reports.
    anvil(&net, "evm_increaseTime", &["3600"]);
    fleet.wait_reported(&[1, 2, 3], first + 1);
    for node in 1..=3 {
        assert_eq!(fleet.status(node)["reports_failed"], 0, "node {node}\n{}", fleet.logs());
    }
}

/// `--provider-status`: the sidecar checks each running project of the provider daemon's status file by
/// its health URL and signs what it found into the status its auditors read.
#[test]
fn the_sidecar_checks_the_providers_running_projects_and_signs_what_it_found() {
    let net = Devnet::up(true);
    let mut fleet = Fleet::new(&net);
    let dir = tempfile::tempdir().expect("tempdir");
    let status_file = dir.path().join("status.json");
    let closed = common::free_port();
    // As the provider daemon writes it: project 2 is an anvil chain (the devnet's own answers for it),
    // project 3's process is gone, project 4 is finished and no longer checked.
    let daemon_status = serde_json::json!({ "projects": [
        { "project_id": 2, "stage": "running", "health_url": net.url,
          "health_body": r#"{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}"# },
        { "project_id": 3, "stage": "running", "health_url": format!("http://127.0.0.1:{closed}") },
        { "project_id": 4, "stage": "completed", "health_url": net.url },
    ]});
    std::fs::write(&status_file, daemon_status.to_string()).expect("write");
    let url = net.url.clone();
    fleet.configure_with(1, std::slice::from_ref(&url), &["--provider-status", status_file.to_str().expect("utf-8")]);
    fleet.start(1);
    fleet.wait_healthy();
    let probe = fleet.sidecar(1).probe.clone();
    let signed_projects = || -> Value {
        let signed: Value = serde_json::from_str(&http_get(&probe)).unwrap_or(Value::Null);
        let payload: Value =
            signed["payload"].as_str().and_then(|p| serde_json::from_str(p).ok()).unwrap_or(Value::Null);
        payload["projects"].clone()
    };
    wait_until(
        "the projects in the signed status",
        || signed_projects().as_array().is_some_and(|p| p.len() == 2),
        &|| fleet.logs(),
    );
    let projects = signed_projects();
    assert_eq!(
        (projects[0]["project_id"].as_u64(), projects[0]["healthy"].as_bool()),
        (Some(2), Some(true)),
        "{projects}"
    );
    assert_eq!(
        (projects[1]["project_id"].as_u64(), projects[1]["healthy"].as_bool()),
        (Some(3), Some(false)),
        "{projects}"
    );
    assert!(projects[1]["problem"].as_str().is_some_and(|p| p.contains("did not answer")), "{projects}");
    let metrics = http_get(&probe.replace("/status", "/metrics"));
    assert!(metrics.contains("stkr_sidecar_projects_healthy{node=\"1\"} 1"), "{metrics}");
    assert!(metrics.contains("stkr_sidecar_projects_unhealthy{node=\"1\"} 1"), "{metrics}");
}
