//! Test harness: the real `stkr` binary in a throwaway data dir, and real anvil chains on free ports.

#![allow(dead_code, unreachable_pub, missing_docs)]

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

pub mod beacon;
pub mod tls;

/// The root of the checkout.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A tool from the pinned Foundry toolchain (`make toolchain` installs it).
pub fn foundry_tool(name: &str) -> PathBuf {
    let dir = root().join("contracts/node_modules/@foundry-rs");
    let found = std::fs::read_dir(&dir).ok().and_then(|entries| {
        entries.flatten().find_map(|e| {
            let path = e.path().join("bin").join(name);
            (e.file_name().to_string_lossy().starts_with(&format!("{name}-")) && path.is_file()).then_some(path)
        })
    });
    found.unwrap_or_else(|| panic!("{name} is not installed under {}; run `make toolchain`", dir.display()))
}

/// A free TCP port on loopback, never one this test binary handed out before: a port is free only until
/// its daemon binds it, and the kernel may offer a just-released port to the next test thread that asks.
pub fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    loop {
        let port =
            TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port");
        let mut given = GIVEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

/// A stkr invocation environment: its own data dir, no inherited stkr or RPC settings, no colour.
pub struct Stkr {
    pub dir: tempfile::TempDir,
    pub envs: Vec<(String, String)>,
}

impl Stkr {
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("tempdir"), envs: Vec::new() }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Write a password file and return its path.
    pub fn password_file(&self, name: &str, secret: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, format!("{secret}\n")).expect("write password file");
        path
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_stkr"));
        cmd.args(args)
            .env("STKR_DATA_DIR", self.data_dir())
            .env("NO_COLOR", "1")
            .env("HOME", self.dir.path())
            .env_remove("ETH_RPC_URL")
            .env_remove("STKR_NETWORK")
            .env_remove("STKR_ACCOUNT")
            .env_remove("STKR_PASSWORD_FILE")
            .env_remove("STKR_ANVIL")
            .stdin(Stdio::null());
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd
    }

    /// Run stkr with stdin closed.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run stkr")
    }

    /// Run stkr feeding `input` on stdin.
    pub fn run_with_stdin(&self, args: &[&str], input: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn stkr");
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
        child.wait_with_output().expect("wait stkr")
    }

    /// Run stkr and parse its stdout as exactly one JSON document, asserting success.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.run(args);
        assert!(out.status.success(), "stkr {args:?} failed: {}", stderr(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout of stkr {args:?} is not one JSON document ({e}): {}", stdout(&out)))
    }

    /// Import anvil's dev account 0 as `name`, with passphrase `secret`.
    pub fn import_dev_account(&self, name: &str, secret: &str) -> PathBuf {
        let pw = self.password_file(&format!("{name}.pass"), secret);
        let out = self.run_with_stdin(
            &["account", "import", name, "--password-file", pw.to_str().expect("utf-8 path")],
            &format!("{DEV_KEY}\n"),
        );
        assert!(out.status.success(), "import failed: {}", stderr(&out));
        pw
    }
}

pub const DEV_KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
pub const DEV_ADDRESS: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A real anvil chain on a free loopback port, killed on drop.
pub struct Anvil {
    child: Child,
    pub port: u16,
    pub chain_id: u64,
}

impl Anvil {
    pub fn start(chain_id: u64) -> Self {
        let port = free_port();
        let child = Command::new(foundry_tool("anvil"))
            .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--chain-id", &chain_id.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start anvil");
        let anvil = Self { child, port, chain_id };
        anvil.wait_ready();
        anvil
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "anvil did not start on port {}", self.port);
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Anvil {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every regular file under `dir`.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// Whether process `pid` is alive (not reaped and not a zombie).
pub fn alive(pid: u64) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(')').map(|(_, rest)| !rest.trim_start().starts_with('Z')).unwrap_or(false),
        Err(_) => false,
    }
}

/// A devnet of its own (with `--demo` when asked), the dev accounts imported as dev0 … dev9 with one
/// passphrase that every command reads from STKR_PASSWORD_FILE; stopped on drop, also after a failure.
pub struct Devnet {
    pub stkr: Stkr,
    pub url: String,
    pub contracts: serde_json::Value,
    pub pid: u64,
}

impl Devnet {
    pub fn up(demo: bool) -> Self {
        if demo { Self::up_with(&["--demo", "--no-sidecars"]) } else { Self::up_with(&[]) }
    }

    /// `stkr devnet up` with `extra` arguments, the dev accounts imported.
    pub fn up_with(extra: &[&str]) -> Self {
        let mut stkr = Stkr::new();
        stkr.envs.push(("STKR_ANVIL".into(), foundry_tool("anvil").to_string_lossy().into_owned()));
        let password = stkr.password_file("dev.pass", "dev-secret");
        stkr.envs.push(("STKR_PASSWORD_FILE".into(), password.to_string_lossy().into_owned()));
        let port = free_port().to_string();
        let mut args = vec!["--json", "-q", "devnet", "up", "--port", &port];
        // Tests pass --no-sidecars with --demo: sidecars would send reports between a test's steps.
        args.extend_from_slice(extra);
        let up = stkr.json(&args);
        let pid = up["pid"].as_u64().expect("pid");
        stkr.json(&["--json", "devnet", "import-accounts"]);
        Self { url: format!("http://127.0.0.1:{port}"), contracts: up["contracts"].clone(), pid, stkr }
    }

    /// `stkr --json --yes --account dev<index> ARGS`, asserting success; its JSON result.
    pub fn act(&self, index: usize, args: &[&str]) -> serde_json::Value {
        let account = format!("dev{index}");
        let mut all = vec!["--json", "--yes", "--account", account.as_str()];
        all.extend_from_slice(args);
        self.stkr.json(&all)
    }

    /// `stkr --json ARGS` for reading, asserting success.
    pub fn read(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        self.stkr.json(&all)
    }

    /// `stkr --yes --account dev<index> ARGS`, whatever its outcome.
    pub fn run_as(&self, index: usize, args: &[&str]) -> Output {
        let account = format!("dev{index}");
        let mut all = vec!["--yes", "--account", account.as_str()];
        all.extend_from_slice(args);
        self.stkr.run(&all)
    }

    /// Run `ARGS` as dev<index> with --yes, expecting failure: (exit code, stderr).
    pub fn refused(&self, index: usize, args: &[&str]) -> (i32, String) {
        let account = format!("dev{index}");
        let mut all = vec!["--yes", "--account", account.as_str()];
        all.extend_from_slice(args);
        let out = self.stkr.run(&all);
        assert!(!out.status.success(), "stkr {args:?} should have failed: {}", stdout(&out));
        (out.status.code().unwrap_or(-1), stderr(&out))
    }

    pub fn contract(&self, name: &str) -> String {
        self.contracts[name].as_str().expect("contract address").to_string()
    }

    pub fn cast(&self, args: &[&str]) -> String {
        let out = Command::new(foundry_tool("cast")).args(args).output().expect("run cast");
        assert!(out.status.success(), "cast {args:?}: {}", stderr(&out));
        stdout(&out).trim().to_string()
    }

    /// A uint256 view call's result as u128.
    pub fn call_u128(&self, contract: &str, signature: &str, args: &[&str]) -> u128 {
        let mut all = vec!["call", "--rpc-url", self.url.as_str(), contract, signature];
        all.extend_from_slice(args);
        let text = self.cast(&all);
        text.split_whitespace().next().and_then(|n| n.parse().ok()).expect("a number")
    }

    /// A view call's numbers, in order (cast prints `123 [1.23e2]` and tuples as `(a, b)`).
    pub fn call_numbers(&self, to: &str, signature: &str, args: &[&str]) -> Vec<u128> {
        let text = self.cast(&[&["call", "--rpc-url", self.url.as_str(), to, signature], args].concat());
        text.trim_matches(|c| c == '(' || c == ')')
            .split(", ")
            .map(|part| part.split_whitespace().next().unwrap_or_default().parse().expect("a number"))
            .collect()
    }

    pub fn ankr_balance(&self, account: &str) -> u128 {
        self.call_u128(&self.contract("ankr_token"), "balanceOf(address)(uint256)", &[account])
    }

    pub fn eth_balance(&self, account: &str) -> u128 {
        self.cast(&["balance", "--rpc-url", &self.url, account]).parse().expect("a balance")
    }

    pub fn block_number(&self) -> u64 {
        self.cast(&["block-number", "--rpc-url", &self.url]).parse().expect("a block number")
    }

    /// Assert that no transaction was mined after block `since`: the devnet also mines empty blocks on a
    /// timer, so the block number alone does not tell.
    pub fn assert_nothing_sent_since(&self, since: u64, what: &str) {
        for number in since + 1..=self.block_number() {
            let count = self.cast(&[
                "rpc",
                "--rpc-url",
                &self.url,
                "eth_getBlockTransactionCountByNumber",
                &format!("{number:#x}"),
            ]);
            let count = u64::from_str_radix(count.trim_matches('"').trim_start_matches("0x"), 16).expect("a count");
            assert_eq!(count, 0, "{what}: block {number} holds a transaction");
        }
    }

    pub fn aeth_balance(&self, account: &str) -> u128 {
        self.call_u128(&self.contract("aeth"), "balanceOf(address)(uint256)", &[account])
    }

    /// `cast send` from dev account `from` to `to`: `signature` and `args`, or only `args` (such as
    /// `--value 1ether`) when `signature` is empty. Returns the block it was mined in.
    pub fn send(&self, from: usize, to: &str, signature: &str, args: &[&str]) -> u64 {
        let key = stkr_core::network::dev_accounts::KEYS[from];
        let mut all = vec!["send", "--json", "--rpc-url", self.url.as_str(), "--private-key", key, to];
        if !signature.is_empty() {
            all.push(signature);
        }
        all.extend_from_slice(args);
        let receipt: serde_json::Value = serde_json::from_str(&self.cast(&all)).expect("cast send --json: a receipt");
        receipt["blockNumber"]
            .as_str()
            .and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
            .expect("the receipt's block number")
    }

    /// What the devnet's anvil logged so far: one line per RPC method it served.
    pub fn anvil_log(&self) -> String {
        std::fs::read_to_string(self.stkr.data_dir().join("devnet/anvil.log")).expect("anvil log")
    }

    /// A governance parameter's value, as `stkr params NAME` gives it.
    pub fn param(&self, name: &str) -> String {
        self.read(&["params", name])["parameters"][0]["value"].as_str().expect("a parameter value").to_string()
    }

    pub fn advance(&self, duration: &str) {
        self.read(&["devnet", "advance", duration]);
    }

    /// Propose `proposal` as governor dev0, vote yes with the three invited governors (dev0, dev8 and
    /// dev9: 3 of the 5 seats, the quorum), wait out the voting period and the timelock and execute it:
    /// governance by the book. Returns the executed proposal's report.
    pub fn pass(&self, proposal: &[&str]) -> serde_json::Value {
        let mut args = vec!["govern", "propose"];
        args.extend_from_slice(proposal);
        let proposed = self.act(0, &args);
        let id = proposed["proposal_id"].as_u64().expect("a proposal id").to_string();
        for governor in [0, 8, 9] {
            self.act(governor, &["govern", "vote", &id, "yes"]);
        }
        self.advance(&self.param("voting-period"));
        self.advance(&self.param("timelock-delay"));
        self.act(8, &["govern", "execute", &id])
    }
}

impl Drop for Devnet {
    fn drop(&mut self) {
        let down = self.stkr.run(&["devnet", "down"]);
        if !down.status.success() {
            let _ = Command::new("kill").arg(self.pid.to_string()).status();
        }
    }
}

/// A JSON amount's wei as u128.
pub fn wei(value: &serde_json::Value) -> u128 {
    value["wei"].as_str().and_then(|w| w.parse().ok()).unwrap_or_else(|| panic!("not an amount: {value}"))
}

/// The dev account's address, lowercase, for comparing with JSON.
pub fn dev(index: usize) -> String {
    stkr_core::network::dev_accounts::ADDRESSES[index].to_string()
}

/// `provider register` with Cobalt Compute's capacity, under `brand`, at `price` for `max_nodes`.
pub fn register<'a>(brand: &'a str, price: &'a str, max_nodes: &'a str) -> Vec<&'a str> {
    vec![
        "provider",
        "register",
        "--brand",
        brand,
        "--price",
        price,
        "--cpu-cores",
        "8",
        "--ram-gb",
        "32",
        "--storage-gb",
        "2000",
        "--bandwidth-mbps",
        "500",
        "--max-nodes",
        max_nodes,
    ]
}

/// The top-level fields docs/json.md documents for the command whose table row starts with `row`.
pub fn documented_fields(row: &str) -> std::collections::BTreeSet<String> {
    std::fs::read_to_string(root().join("docs/json.md"))
        .expect("docs/json.md")
        .lines()
        .find(|l| l.starts_with(&format!("| `{row}")))
        .unwrap_or_else(|| panic!("docs/json.md has no row for {row}"))
        .split('|')
        .nth(2)
        .expect("fields")
        .split(',')
        .map(|f| f.trim().trim_matches('`').to_string())
        .collect()
}

/// The top-level field names of a JSON object.
pub fn fields(value: &serde_json::Value) -> std::collections::BTreeSet<String> {
    value.as_object().expect("a JSON object").keys().cloned().collect()
}

/// The process id of the demo guardian daemon run with the configuration `config`, from its command line.
pub fn guardian_pid(config: &Path) -> u32 {
    let needle = config.to_string_lossy().into_owned();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if text.contains("guardian run") && text.contains(&needle) {
            return pid;
        }
    }
    panic!("no guardian runs with {needle}");
}

/// Poll `ready` every half second until it holds; fail the test after `timeout`, naming `what`.
pub fn wait_for(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !ready() {
        assert!(Instant::now() < deadline, "{what} did not happen within {timeout:?}");
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// The last `lines` lines of the file at `path` (empty when it cannot be read), for failure messages.
pub fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
