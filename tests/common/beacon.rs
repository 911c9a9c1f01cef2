//! The dev beacon chain in tests: the pinned Lodestar, a genesis holding a DKG validator, child processes
//! in their own process groups, plain HTTP/1.1 reads, and what the signer and the chain say.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::Value;

use super::{free_port, root};

/// Seconds per slot of the dev beacon chain; minimal preset, 8 slots an epoch.
pub const SLOT_SECS: u64 = 2;
pub const EPOCH_SECS: u64 = 8 * SLOT_SECS;

/// Child processes in their own process groups, stopped on drop, also after a failure.
#[derive(Default)]
pub struct Processes(Vec<(String, Child)>);

impl Processes {
    pub fn spawn(&mut self, name: &str, mut command: Command, log: &Path) -> u32 {
        use std::os::unix::process::CommandExt;
        let file = std::fs::File::create(log).expect("log file");
        command.stdin(Stdio::null()).stdout(file.try_clone().expect("log")).stderr(file).process_group(0);
        let child = command.spawn().unwrap_or_else(|e| panic!("starting {name}: {e}"));
        let pid = child.id();
        self.0.push((name.to_string(), child));
        pid
    }

    pub fn stop(&mut self, name: &str) {
        if let Some(position) = self.0.iter().position(|(n, _)| n == name) {
            let (_, mut child) = self.0.remove(position);
            terminate(&mut child);
        }
    }
}

pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill").args(["-s", "TERM", "--", &format!("-{}", child.id())]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = Command::new("kill").args(["-s", "KILL", "--", &format!("-{}", child.id())]).status();
    let _ = child.wait();
}

impl Drop for Processes {
    fn drop(&mut self) {
        for (_, child) in &mut self.0 {
            terminate(child);
        }
    }
}

pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs()
}

pub fn lodestar() -> PathBuf {
    let path = root().join("tools/beacon/node_modules/.bin/lodestar");
    assert!(path.is_file(), "the pinned Lodestar is missing: run `make beacon-toolchain`");
    path
}

/// One HTTP/1.1 request on a fresh connection (`Connection: close`): the status and the body, or None
/// when nothing answers.
pub fn request(method: &str, url: &str, body: &str, headers: &[(&str, &str)]) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://")?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut stream = std::net::TcpStream::connect(host).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(15))).ok()?;
    let mut head =
        format!("{method} /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    stream.write_all(format!("{head}\r\n{body}").as_bytes()).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n")?;
    let code = head.split_whitespace().nth(1)?.parse().ok()?;
    let chunked = head.lines().any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding: chunked"));
    Some((code, if chunked { dechunk(body) } else { body.to_string() }))
}

/// A chunked body, joined.
pub fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

pub fn get_json(url: &str) -> Option<Value> {
    request("GET", url, "", &[]).filter(|(code, _)| *code == 200).and_then(|(_, body)| serde_json::from_str(&body).ok())
}

/// The signer's signatures so far, by duty.
pub fn signatures(signer: &str, duty: &str) -> u64 {
    signer_counter(signer, "stkr_signer_signatures_total", duty)
}

/// Signing requests the signer at `signer` received for `duty`, signed or not.
pub fn requests(signer: &str, duty: &str) -> u64 {
    signer_counter(signer, "stkr_signer_requests_total", duty)
}

fn signer_counter(signer: &str, metric: &str, duty: &str) -> u64 {
    let text = request("GET", &format!("{signer}/metrics"), "", &[]).map(|(_, body)| body).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(&format!("{metric}{{")) && l.contains(&format!("duty=\"{duty}\"")))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

pub fn balance(beacon: &str, index: u64) -> u64 {
    get_json(&format!("{beacon}/eth/v1/beacon/states/head/validators/{index}"))
        .and_then(|v| v["data"]["balance"].as_str().and_then(|b| b.parse().ok()))
        .unwrap_or(0)
}

/// A genesis at `genesis_time` holding the eight interop validators and the one of `deposit_data`, written to
/// `<dir>/genesis.ssz`: genesis.mjs's JSON answer (its `extra` lists our validator's index).
pub fn genesis(dir: &Path, deposit_data: &str, genesis_time: u64) -> Value {
    let genesis = Command::new("node")
        .env("LODESTAR_PRESET", "minimal")
        .arg(root().join("tools/beacon/genesis.mjs"))
        .args(["--deposit-data", deposit_data, "--genesis-time", &genesis_time.to_string()])
        .args(["--out", dir.join("genesis.ssz").to_str().expect("utf-8")])
        .args(["--params.SECONDS_PER_SLOT", &SLOT_SECS.to_string()])
        .output()
        .expect("node");
    assert!(genesis.status.success(), "{}", String::from_utf8_lossy(&genesis.stderr));
    serde_json::from_slice(&genesis.stdout).expect("genesis JSON")
}

/// A Lodestar dev beacon node from `<dir>/genesis.ssz` serving its API on `rest`, its interop validators
/// running; its URL.
pub fn start_node(processes: &mut Processes, dir: &Path, rest: u16) -> String {
    let p2p = free_port();
    let beacon = format!("http://127.0.0.1:{rest}");
    let mut node = Command::new(lodestar());
    node.env("LODESTAR_PRESET", "minimal")
        .current_dir(dir)
        .args(["dev", "--genesisStateFile", dir.join("genesis.ssz").to_str().expect("utf-8")])
        .args(["--startValidators", "0..7", "--reset", "--dataDir", dir.join("beacon").to_str().expect("utf-8")])
        .args(["--rest.address", "127.0.0.1", "--rest.port", &rest.to_string(), "--server", &beacon])
        .args(["--listenAddress", "127.0.0.1", "--port", &p2p.to_string(), "--discv5", "false"])
        .args(["--params.SECONDS_PER_SLOT", &SLOT_SECS.to_string(), "--logFile", "none"]);
    processes.spawn("beacon", node, &dir.join("beacon.log"));
    beacon
}
