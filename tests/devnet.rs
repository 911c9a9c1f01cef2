//! End to end: `stkr devnet up | status | down` start, describe and stop a real anvil.

mod common;

use common::{Stkr, alive, foundry_tool, free_port, stderr};

#[test]
fn devnet_up_status_down() {
    let mut stkr = Stkr::new();
    stkr.envs.push(("STKR_ANVIL".into(), foundry_tool("anvil").to_string_lossy().into_owned()));
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");

    let not_running = stkr.run(&["devnet", "status"]);
    assert_eq!(not_running.status.code(), Some(4));
    assert_eq!(stderr(&not_running), "error: no stkr devnet is running; start one with `stkr devnet up`\n");

    let up = stkr.json(&["--json", "devnet", "up", "--port", &port.to_string()]);
    let pid = up["pid"].as_u64().expect("pid");
    let guard = KillOnDrop(pid);
    assert_eq!(up["running"], true);
    assert_eq!(up["rpc_url"], url);
    assert_eq!(up["chain_id"], 31337);
    assert_eq!(up["contracts"]["multicall3"], "0xca11bde05977b3631167028862be2a173976ca11");
    assert_eq!(up["dev_accounts"].as_array().map(Vec::len), Some(10));

    // A second `up` says so and starts nothing.
    let again = stkr.json(&["--json", "devnet", "up", "--port", &port.to_string()]);
    assert_eq!(again["already_running"], true);
    assert_eq!(again["pid"], pid);

    let status = stkr.json(&["--json", "devnet", "status"]);
    assert_eq!(status["rpc_url"], url);
    assert_eq!(status["chain_id"], 31337);
    assert_eq!(status["contracts"], up["contracts"]);

    // Commands find the devnet without --rpc-url, and read the dev accounts' ANKR-funded world.
    let params = stkr.json(&["--json", "params", "audit-k"]);
    assert_eq!(params["parameters"][0]["value"], "3");
    assert_eq!(params["contract"], up["contracts"]["parameters"]);

    let down = stkr.json(&["--json", "devnet", "down"]);
    assert_eq!(down["stopped"], true);
    assert!(!alive(pid), "anvil {pid} is still running after down");
    std::mem::forget(guard);
    let after = stkr.json(&["--json", "devnet", "down"]);
    assert_eq!(after["stopped"], false);
}

#[test]
fn devnet_up_on_a_busy_port_says_so() {
    let mut stkr = Stkr::new();
    stkr.envs.push(("STKR_ANVIL".into(), foundry_tool("anvil").to_string_lossy().into_owned()));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let out = stkr.run(&["devnet", "up", "--port", &port.to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("error: port {port} on 127.0.0.1 is already in use; pass another one with --port\n")
    );
}

#[test]
fn devnet_without_anvil_says_how_to_get_it() {
    let mut stkr = Stkr::new();
    stkr.envs.push(("STKR_ANVIL".into(), "/nonexistent/anvil".into()));
    let out = stkr.run(&["devnet", "up", "--port", &free_port().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "error: STKR_ANVIL points at /nonexistent/anvil, which is not a file\n");
}

/// Stops a leaked devnet if an assertion fails before `down`.
struct KillOnDrop(u64);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill").arg(self.0.to_string()).status();
    }
}

#[test]
fn devnet_demo_has_live_providers_and_pools() {
    let mut stkr = Stkr::new();
    stkr.envs.push(("STKR_ANVIL".into(), foundry_tool("anvil").to_string_lossy().into_owned()));
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let up = stkr.json(&["--json", "devnet", "up", "--demo", "--port", &port.to_string()]);
    let _guard = KillOnDrop(up["pid"].as_u64().expect("pid"));
    let demo = &up["demo"];
    assert_eq!(demo["providers"][0]["brand"], "Aurora Nodes");
    assert_eq!(demo["providers"][1]["trust"], "untrusted");
    assert_eq!(demo["pools"][0]["status"], "active");
    assert_eq!(demo["pools"][1]["status"], "pending");
    assert_eq!(demo["pools"][2]["status"], "completed");
    assert_eq!(demo["pools"][3]["status"], "cancelled");
    assert_eq!(demo["pools"][4]["status"], "migrated");
    assert_eq!(demo["pools"][5]["status"], "pending");
    assert_eq!(demo["pools"][5]["total_eth"], "9", "Aurora's 8 ETH and the staker moved from pool 5");
    assert_eq!(demo["nodes"].as_array().map(Vec::len), Some(3));
    assert_eq!(demo["sidecar_stakes"].as_array().map(Vec::len), Some(2));
    assert_eq!(demo["project"]["id"], 1);

    // The chain agrees: six pools, two validators deposited, the stakes as aETH (24 + 8 + 24 + 2 + 1 ETH,
    // less the 6 aETH dev9 bought from pool 3's staker and redeemed: pool 4's staker has not unstaked,
    // pool 5's moved to pool 6), three nodes with 7500 ANKR on their sidecars, and one project.
    let call = |to: &serde_json::Value, sig: &str, args: &[&str]| {
        let out = std::process::Command::new(foundry_tool("cast"))
            .args(["call", "--rpc-url", &url, to.as_str().expect("address"), sig])
            .args(args)
            .output()
            .expect("cast call");
        assert!(out.status.success(), "cast call failed: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let contracts = &up["contracts"];
    assert_eq!(call(&contracts["micro_pool"], "poolCount()(uint256)", &[]), "6");
    assert_eq!(call(&contracts["deposit_contract"], "get_deposit_count()(bytes)", &[]), "0x0200000000000000");
    assert_eq!(call(&contracts["aeth"], "totalSupply()(uint256)", &[]), "53000000000000000000 [5.3e19]");
    assert_eq!(call(&contracts["node_registry"], "nodeCount()(uint256)", &[]), "3");
    assert_eq!(call(&contracts["node_registry"], "activeNodes()(uint256[])", &[]), "[1, 2, 3]");
    assert_eq!(call(&contracts["marketplace"], "projectCount()(uint256)", &[]), "1");
    let aurora = demo["providers"][0]["address"].as_str().expect("address");
    assert_eq!(call(&contracts["provider_registry"], "isQualified(address)(bool)", &[aurora]), "true");

    // Governance holds the protocol, with the three invited dev accounts seated.
    assert_eq!(up["governors"].as_array().map(Vec::len), Some(3));
    let params = stkr.json(&["--json", "params", "audit-k"]);
    let executor = call(&contracts["governance"], "executor()(address)", &[]);
    assert_eq!(params["governance"].as_str().map(str::to_lowercase), Some(executor.to_lowercase()));
    // aETH is minted and burned by the pool contract alone: no one, governance included, can mint it.
    assert_eq!(
        call(&contracts["aeth"], "pool()(address)", &[]).to_lowercase(),
        contracts["micro_pool"].as_str().expect("address").to_lowercase()
    );

    // Pool 3 was settled from its vault by a staker, not governance: its vault is empty, its 32.64 ETH split.
    let vault = call(&contracts["micro_pool"], "vaultOf(uint256)(address)", &["3"]);
    let vault_balance = std::process::Command::new(foundry_tool("cast"))
        .args(["balance", "--rpc-url", &url, &vault])
        .output()
        .expect("cast balance");
    assert_eq!(String::from_utf8_lossy(&vault_balance.stdout).trim(), "0");
    // The EIP-7002 withdrawal-request predeploy is in place for `stkr pool exit`.
    let predeploy = std::process::Command::new(foundry_tool("cast"))
        .args(["code", "--rpc-url", &url, "0x00000961Ef480Eb55e80D19ad83579A64c007002"])
        .output()
        .expect("cast code");
    assert!(String::from_utf8_lossy(&predeploy.stdout).trim().len() > 100);

    // Three guardian daemons run, seated by governance at their URLs with a quorum of 2; down stops them.
    let guardians: Vec<u64> =
        up["guardians"].as_array().expect("guardians").iter().map(|g| g["pid"].as_u64().expect("pid")).collect();
    assert_eq!(guardians.len(), 3);
    assert!(guardians.iter().all(|&pid| alive(pid)));
    let committee = stkr.json(&["--json", "guardian", "status"]);
    assert_eq!(committee["quorum"], 2);
    let seated: Vec<&str> =
        committee["members"].as_array().expect("members").iter().map(|m| m["url"].as_str().expect("url")).collect();
    let running: Vec<&str> =
        up["guardians"].as_array().expect("guardians").iter().map(|g| g["url"].as_str().expect("url")).collect();
    assert_eq!(seated, running);
    stkr.json(&["--json", "devnet", "down"]);
    assert!(guardians.iter().all(|&pid| !alive(pid)), "devnet down stops the guardians");
}
