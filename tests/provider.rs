//! End to end: `stkr provider` and `stkr node` against a real devnet, as a provider would use them.

mod common;

use std::collections::BTreeSet;

use common::{Devnet, register, stderr, stdout, wei};
use serde_json::Value;

const ANKR: u128 = 1_000_000_000_000_000_000;

/// Dev account 3: a staker in the demo, unused on a plain devnet (governors are 0, 8 and 9).
const DANA: &str = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
/// Dev account 1: the demo's qualified provider Aurora Nodes.
const AURORA: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
/// Dev account 2: the demo's provider Basalt Staking.
const BASALT: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

fn lower(address: &str) -> String {
    address.to_lowercase()
}

/// A refused command: its exit code, its one-line message, and nothing on stdout.
fn assert_refused(devnet: &Devnet, args: &[&str], code: i32, message: &str) {
    let out = devnet.stkr.run(args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "stkr {args:?}: {err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(first.starts_with("error: ") && first.contains(message), "stkr {args:?}: expected '{message}' in: {err}");
    assert_eq!(stdout(&out), "", "stkr {args:?} printed a result");
}

#[test]
fn register_with_collateral_then_add_withdraw_list_score_and_update() {
    let devnet = Devnet::up(false);
    assert_eq!(devnet.ankr_balance(DANA), 1_000_000 * ANKR);

    let registered =
        devnet.act(3, &[&register("Cobalt Compute", "15000", "2")[..], &["--collateral", "150000 ANKR"]].concat());
    assert_eq!(registered["status"], "applied");
    assert_eq!(registered["brand"], "Cobalt Compute");
    assert_eq!(wei(&registered["deposited"]), 150_000 * ANKR);
    assert_eq!(wei(&registered["collateral"]), 150_000 * ANKR);
    assert!(registered["next_step"].as_str().is_some_and(|s| s.contains("stkr govern propose")));
    assert_eq!(devnet.ankr_balance(DANA), 850_000 * ANKR);

    // Read back through the CLI: the record, the offer, and a score made of its four parts.
    let shown = devnet.read(&["provider", "show", "--account", "dev3"]);
    assert_eq!(shown["address"], lower(DANA));
    assert_eq!(shown["brand"], "Cobalt Compute");
    assert_eq!(shown["status"], "applied");
    assert_eq!(shown["qualified"], false);
    assert_eq!(shown["trust_level"], "untrusted");
    assert_eq!(wei(&shown["collateral"]), 150_000 * ANKR);
    assert_eq!(wei(&shown["required_collateral"]), 0);
    assert_eq!(wei(&shown["p_min"]), 100_000 * ANKR);
    assert_eq!(wei(&shown["price"]), 15_000 * ANKR);
    assert_eq!(shown["price"]["formatted"], "15000 ANKR");
    assert_eq!(
        shown["capacity"],
        serde_json::json!({"cpu_cores": 8, "ram_gb": 32, "storage_gb": 2000, "bandwidth_mbps": 500})
    );
    assert_eq!(shown["max_nodes"], 2);
    assert_eq!(shown["active_nodes"], 0);
    assert_eq!(shown["completed_nodes"], 0);
    assert_eq!(shown["failures"], 0);
    assert_eq!(shown["uptime_bps"], 10_000);
    assert_eq!(shown["disqualified_until"], 0);
    // stake 150000 / 1000000 = 15 %, running time 0, uptime 100 %, equal weights; no auction won yet, so the
    // bid part has no weight (the offer price of 15000 is not scored).
    let reputation = &shown["reputation"];
    let parts: Vec<(String, u64)> = reputation["parts"]
        .as_array()
        .expect("parts")
        .iter()
        .map(|p| (p["name"].as_str().unwrap_or_default().to_string(), p["value_bps"].as_u64().unwrap_or(u64::MAX)))
        .collect();
    let expected = [("stake", 1_500), ("bid", 0), ("running_time", 0), ("uptime", 10_000)];
    assert_eq!(parts, expected.map(|(n, v)| (n.to_string(), v)).to_vec());
    assert_eq!(reputation["parts"][1]["weight"], 0, "{reputation}");
    assert_eq!(reputation["score_bps"], (1_500 + 10_000) / 3);
    assert_eq!(reputation["threshold_bps"], 3_000);
    assert_eq!(reputation["below_threshold"], false);

    // Adding approves exactly what is missing; withdrawing pays it back.
    let added = devnet.act(3, &["provider", "collateral", "add", "50000"]);
    assert_eq!(wei(&added["amount"]), 50_000 * ANKR);
    assert_eq!(wei(&added["collateral"]), 200_000 * ANKR);
    assert_eq!(wei(&added["approved"]), 50_000 * ANKR);
    assert_eq!(devnet.ankr_balance(DANA), 800_000 * ANKR);
    let withdrawn = devnet.act(3, &["provider", "collateral", "withdraw", "120000ankr"]);
    assert_eq!(wei(&withdrawn["collateral"]), 80_000 * ANKR);
    assert_eq!(devnet.ankr_balance(DANA), 920_000 * ANKR);

    // A withdrawal the registry would refuse: one sentence, exit 3, nothing sent.
    let block = devnet.block_number();
    let out = devnet.stkr.run(&["-y", "provider", "collateral", "withdraw", "100000", "--account", "dev3"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        "error: the transaction would fail: only 80000 ANKR of collateral is deposited, not 100000 ANKR; nothing was sent\n"
    );
    devnet.assert_nothing_sent_since(block, "nothing was sent");
    assert_eq!(devnet.ankr_balance(DANA), 920_000 * ANKR);

    // --unsigned prints the transaction for another signer and sends nothing.
    let unsigned = devnet.read(&["--unsigned", "provider", "collateral", "withdraw", "1000", "--account", "dev3"]);
    assert_eq!(unsigned["to"], devnet.contracts["provider_registry"]);
    assert_eq!(unsigned["from"], lower(DANA));
    assert_eq!(unsigned["chain_id"], 31337);
    let data = unsigned["data"].as_str().expect("calldata");
    // withdrawCollateral(uint128) with 1000 ANKR = 0x3635c9adc5dea00000 wei.
    assert!(data.starts_with("0x73a87eaa") && data.ends_with("3635c9adc5dea00000"), "{data}");
    devnet.assert_nothing_sent_since(block, "nothing was sent");

    let listed = devnet.read(&["provider", "list"]);
    let providers = listed["providers"].as_array().expect("providers");
    assert_eq!(providers.len(), 1);
    assert_eq!(providers[0]["address"], lower(DANA));
    assert_eq!(providers[0]["brand"], "Cobalt Compute");
    assert_eq!(providers[0]["status"], "applied");
    assert_eq!(wei(&providers[0]["collateral"]), 80_000 * ANKR);

    // Less collateral, lower stake part: 8 %, so (800 + 0 + 10000) / 3 = 3600 (the bid part has no weight yet).
    let score = devnet.read(&["provider", "score", DANA]);
    assert_eq!(score["score_bps"], 3_600);
    assert_eq!(score["weighted_mean_bps"], 3_600);
    assert_eq!(score["parts"][0]["value_bps"], 800);

    let updated = devnet.act(3, &["provider", "update", "--price", "10000", "--max-nodes", "3"]);
    assert_eq!(wei(&updated["price"]), 10_000 * ANKR);
    let shown = devnet.read(&["provider", "show", DANA]);
    assert_eq!(wei(&shown["price"]), 10_000 * ANKR);
    assert_eq!(shown["max_nodes"], 3);
    assert_eq!(shown["capacity"]["ram_gb"], 32, "what was not given stays");

    // Malformed input: one sentence, exit 2 (or 3 where the chain refuses), and the chain unchanged.
    let block = devnet.block_number();
    let unchecksummed = "0x90f79bf6EB2c4f870365E785982E1f101E93b906";
    let offer =
        |brand, price, max_nodes| [&["-y", "--account", "dev3"][..], &register(brand, price, max_nodes)].concat();
    let add = |amount: &'static str| vec!["-y", "provider", "collateral", "add", amount, "--account", "dev3"];
    let table: Vec<(Vec<&str>, i32, &str)> = vec![
        (add("5eth"), 2, "invalid amount '5eth': ANKR amounts take no unit other than ankr, e.g. 2500ankr"),
        (add("1.2.3"), 2, "invalid amount '1.2.3': expected a number such as 4 or 0.5"),
        (add("2000000"), 3, "collateral may be at most p-max, 1000000 ANKR, not 2080000 ANKR; nothing was sent"),
        (
            vec!["-y", "provider", "collateral", "withdraw", "0", "--account", "dev3"],
            2,
            "the withdrawal must be more than 0 ANKR",
        ),
        (vec!["provider", "show", "0x1234"], 2, "invalid address '0x1234': expected 40 hex digits after 0x, found 4"),
        (
            vec!["provider", "show", unchecksummed],
            2,
            "the checksum (its mix of upper and lower case) does not match; check for a typo",
        ),
        (
            vec!["provider", "score", "0x2222222222222222222222222222222222222222"],
            2,
            "0x2222222222222222222222222222222222222222 has not registered as a provider",
        ),
        (vec!["provider", "show"], 2, "name the provider: pass its address, or --account NAME for your own"),
        (offer("", "15000", "2"), 2, "invalid brand '': a brand name has 1 to 64 bytes"),
        (offer("Cobalt", "15000", "0"), 2, "invalid value '0' for '--max-nodes <N>'"),
        (offer("Cobalt", "60000", "2"), 3, "the price may be at most 50000 ANKR, not 60000 ANKR"),
        (
            vec!["-y", "provider", "update", "--account", "dev3"],
            2,
            "nothing to update: pass --price, --max-nodes, --cpu-cores, --ram-gb, --storage-gb or --bandwidth-mbps",
        ),
        (vec!["node", "show", "0"], 2, "invalid id '0': ids start at 1"),
        (vec!["node", "show", "99"], 2, "there is no node 99: no node is registered yet"),
        (
            vec!["-y", "node", "retire", "seven", "--account", "dev3"],
            2,
            "invalid id 'seven': expected a whole number such as 7",
        ),
        (
            vec![
                "-y",
                "node",
                "add",
                "--sidecar",
                "0x1111111111111111111111111111111111111111",
                "--probe-url",
                "ftp://node.example",
                "--account",
                "dev3",
            ],
            2,
            "invalid probe URL 'ftp://node.example': expected an http:// or https:// URL",
        ),
        (
            vec!["node", "list", "--provider", "0xZZF79bf6EB2c4f870365E785982E1f101E93b906"],
            2,
            "expected only hex digits 0-9 and a-f",
        ),
    ];
    for (args, code, message) in &table {
        assert_refused(&devnet, args, *code, message);
    }
    devnet.assert_nothing_sent_since(block, "a refused command sent something");
    assert_eq!(devnet.ankr_balance(DANA), 920_000 * ANKR);
    let shown = devnet.read(&["provider", "show", DANA]);
    assert_eq!(wei(&shown["collateral"]), 80_000 * ANKR);
    assert_eq!(shown["brand"], "Cobalt Compute");
}

#[test]
fn nodes_of_a_qualified_demo_provider() {
    let devnet = Devnet::up(true);
    // The demo's nodes: 1 and 2 are Aurora's, 3 Basalt's.
    let demo = devnet.read(&["node", "list"]);
    let providers: Vec<&str> =
        demo["nodes"].as_array().expect("nodes").iter().filter_map(|n| n["provider"].as_str()).collect();
    assert_eq!(providers, [lower(AURORA), lower(AURORA), lower(BASALT)]);

    let sidecar_1 = "0x1111111111111111111111111111111111111111";
    let sidecar_2 = "0x2222222222222222222222222222222222222222";
    let first =
        devnet.act(1, &["node", "add", "--sidecar", sidecar_1, "--probe-url", "https://node1.aurora.example/stkr"]);
    assert_eq!(first["id"], 4);
    assert_eq!(first["provider"], lower(AURORA));
    // Capacity left out comes from the provider's offer.
    assert_eq!(
        first["capacity"],
        serde_json::json!({"cpu_cores": 16, "ram_gb": 64, "storage_gb": 4000, "bandwidth_mbps": 1000})
    );
    let second = devnet.act(
        1,
        &[
            "node",
            "add",
            "--sidecar",
            sidecar_2,
            "--probe-url",
            "https://node2.aurora.example/stkr",
            "--cpu-cores",
            "8",
        ],
    );
    assert_eq!(second["id"], 5);
    assert_eq!(second["capacity"]["cpu_cores"], 8);

    let all = devnet.read(&["node", "list"]);
    let ids: Vec<u64> = all["nodes"].as_array().expect("nodes").iter().filter_map(|n| n["id"].as_u64()).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5]);
    assert_eq!(all["nodes"][4]["sidecar"], sidecar_2);
    assert_eq!(devnet.read(&["node", "list", "--provider", BASALT])["nodes"].as_array().map(Vec::len), Some(1));
    assert_eq!(devnet.read(&["node", "list", "--provider", AURORA])["nodes"].as_array().map(Vec::len), Some(4));

    // New nodes join the audit draw from the next period: none in this one's.
    let shown = devnet.read(&["node", "show", "4"]);
    assert_eq!((shown["draw"].as_str(), shown["auditors"].as_array().map(Vec::len)), (Some("unopened"), Some(0)));
    // Next period a sidecar (here anyone) opens the draw; the following block's hash seeds it. With five
    // active nodes and audit-k = 3, each is audited by three others and audits three others.
    devnet.advance("1h");
    devnet.send(9, devnet.contracts["node_registry"].as_str().expect("registry"), "openPeriod()", &[]);
    let opened = devnet.read(&["node", "show", "4"]);
    assert!(opened["draw"]["seeding"]["seed_block"].is_u64() || opened["draw"] == "seeded", "{opened}");
    devnet.advance("12s");
    devnet.advance("12s");
    let shown = devnet.read(&["node", "show", "4"]);
    assert_eq!(shown["draw"], "seeded", "{shown}");
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["provider"], lower(AURORA));
    assert_eq!(shown["sidecar"], sidecar_1);
    assert_eq!(shown["probe_url"], "https://node1.aurora.example/stkr");
    assert_eq!(shown["uptime_bps"], 10_000);
    assert_eq!(shown["finish_time"], Value::Null);
    assert_eq!(shown["last_report_period"], Value::Null);
    assert_eq!(wei(&shown["sidecar_stake"]), 0);
    for side in ["auditors", "targets"] {
        let ids: BTreeSet<u64> = shown[side].as_array().expect(side).iter().filter_map(Value::as_u64).collect();
        assert_eq!(ids.len(), 3, "{side}: {shown}");
        assert!(ids.iter().all(|id| (1..=5).contains(id) && *id != 4), "{side}: {shown}");
    }
    assert_eq!(devnet.read(&["provider", "show", AURORA])["active_nodes"], 4);

    // A sidecar serves one node; an unqualified account may not add nodes.
    let block = devnet.block_number();
    let again = [
        "-y",
        "node",
        "add",
        "--sidecar",
        sidecar_2,
        "--probe-url",
        "https://node3.aurora.example/stkr",
        "--account",
        "dev1",
    ];
    assert_refused(&devnet, &again, 3, &format!("the sidecar {sidecar_2} already serves node 5; nothing was sent"));
    let mut stranger = again;
    stranger[4] = "0x3333333333333333333333333333333333333333";
    stranger[8] = "dev3";
    assert_refused(&devnet, &stranger, 3, &format!("{DANA} is not a qualified provider right now"));
    assert_refused(
        &devnet,
        &["-y", "node", "retire", "4", "--account", "dev3"],
        3,
        &format!("only the provider of node 4 (or governance) may do this, not {DANA}"),
    );
    // The demo's Aurora runs a pool, which locks p-min (100000 ANKR) of its 200000.
    assert_refused(
        &devnet,
        &["-y", "provider", "collateral", "withdraw", "150000", "--account", "dev1"],
        3,
        "running pools and nodes need 100000 ANKR of collateral; that would leave 50000 ANKR; nothing was sent",
    );

    // --unsigned prints the retirement and sends nothing.
    let unsigned = devnet.read(&["--unsigned", "node", "retire", "5", "--account", "dev1"]);
    assert_eq!(unsigned["to"], devnet.contracts["node_registry"]);
    assert!(unsigned["data"].as_str().is_some_and(|d| d.starts_with("0x4a55ef1e")), "finishNode(uint256)");
    devnet.assert_nothing_sent_since(block, "nothing was sent");
    assert_eq!(devnet.read(&["node", "show", "5"])["status"], "active");

    let retired = devnet.act(1, &["node", "retire", "4"]);
    assert_eq!(retired["id"], 4);
    let finished = devnet.read(&["node", "show", "4"]);
    assert_eq!(finished["status"], "finished");
    assert_eq!(finished["finish_time"], retired["finish_time"]);
    // A retirement takes effect from the next period: this period's draw keeps it, auditors and all.
    assert_eq!(finished["auditors"].as_array().map(Vec::len), Some(3), "{finished}");
    let aurora = devnet.read(&["provider", "show", AURORA]);
    assert_eq!(aurora["active_nodes"], 3);
    // The node just retired and the demo's completed pool 3.
    assert_eq!(aurora["completed_nodes"], 2);
    assert_eq!(wei(&aurora["collateral"]), 200_000 * ANKR);
    let active = devnet.read(&["node", "list", "--active"]);
    let ids: Vec<u64> = active["nodes"].as_array().expect("nodes").iter().filter_map(|n| n["id"].as_u64()).collect();
    assert_eq!(ids, [1, 2, 3, 5]);

    let block = devnet.block_number();
    assert_refused(&devnet, &["-y", "node", "retire", "4", "--account", "dev1"], 3, "node 4 already finished at ");
    assert_refused(
        &devnet,
        &["node", "show", "6"],
        2,
        "there is no node 6: nodes run from 1 to 5 (see `stkr node list`)",
    );
    devnet.assert_nothing_sent_since(block, "nothing was sent");

    // The list shows the demo providers with their qualification.
    let listed = devnet.read(&["provider", "list"]);
    let brands: Vec<&str> =
        listed["providers"].as_array().expect("providers").iter().filter_map(|p| p["brand"].as_str()).collect();
    assert_eq!(brands, ["Aurora Nodes", "Basalt Staking"]);
    assert_eq!(listed["providers"][0]["qualified"], true);
    assert_eq!(listed["providers"][0]["trust_level"], "semi-trusted");
    assert_eq!(listed["providers"][0]["active_nodes"], 3);
}
