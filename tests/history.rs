//! End to end: `stkr history` lists exactly what an account did, from the contracts' events, against a real
//! `stkr devnet up --demo` (dev 3 staked 4 ETH in pool 1, settled pool 3 and staked 5000 ANKR on node 1's
//! sidecar).

mod common;

use common::{Devnet, dev, stderr, stdout};
use serde_json::{Value, json};

const ETHER: u128 = 1_000_000_000_000_000_000;

/// An amount as the JSON prints it.
fn amount(wei: u128, formatted: &str) -> Value {
    json!({ "wei": wei.to_string(), "formatted": formatted })
}

/// The actions without where and when they happened (their blocks and times are checked apart).
fn what(actions: &Value) -> Vec<Value> {
    actions
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| {
            let mut a = a.clone();
            let object = a.as_object_mut().expect("an object");
            for key in ["block", "time", "time_utc", "transaction"] {
                assert!(object.remove(key).is_some(), "every action has {key}: {object:?}");
            }
            a
        })
        .collect()
}

#[test]
fn history_lists_exactly_the_demo_actions_of_dev3_in_text_and_json() {
    let net = Devnet::up(true);
    let history = net.read(&["history", "--account", "dev3"]);
    assert_eq!(history["address"], dev(3).to_lowercase());
    assert_eq!(history["chain_id"], 31337);
    let demo = vec![
        json!({ "kind": "stake", "pool_id": 1, "amount": amount(4 * ETHER, "4 ETH"),
                "fee": amount(4_000 * ETHER, "4000 ANKR") }),
        json!({ "kind": "settle", "pool_id": 3, "returned": amount(32_640_000_000_000_000_000, "32.64 ETH") }),
        json!({ "kind": "sidecar_stake", "node_id": 1, "amount": amount(5_000 * ETHER, "5000 ANKR") }),
    ];
    assert_eq!(what(&history["actions"]), demo);
    let actions = history["actions"].as_array().expect("actions").clone();
    let blocks: Vec<u64> = actions.iter().map(|a| a["block"].as_u64().expect("block")).collect();
    assert!(blocks.windows(2).all(|w| w[0] < w[1]), "oldest first: {blocks:?}");
    assert!(history["from_block"].as_u64() < blocks.first().copied(), "read from the deployment: {history}");
    assert_eq!(history["to_block"].as_u64(), Some(net.block_number()));
    // The pool's term had to pass before its settlement: the times follow the chain's clock.
    assert!(actions[1]["time"].as_u64() >= actions[0]["time"].as_u64().map(|t| t + 86_400));

    // The same, for people: one line per action with its block and time.
    let out = net.stkr.run(&["history", "--address", &dev(3)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let expected = [
        "staked 4 ETH in pool 1 (4000 ANKR fee)",
        "settled pool 3 (32.64 ETH returned)",
        "staked 5000 ANKR on node 1's sidecar",
    ];
    assert_eq!(lines.len(), expected.len(), "{text}");
    for ((line, action), said) in lines.iter().zip(&actions).zip(expected) {
        let block = action["block"].as_u64().expect("block");
        let time = action["time_utc"].as_str().expect("time");
        assert_eq!(*line, format!("block {block} {time}  {said}"), "{text}");
    }
    // No progress bar when stderr is not a terminal.
    assert_eq!(stderr(&out), "");

    // New actions join the list; --from-block leaves out what came before.
    let before = net.block_number();
    net.act(3, &["stake", "--pool", "2", "1"]);
    net.act(3, &["unstake", "--pool", "2"]);
    let later = net.read(&["history", "--account", "dev3", "--from-block", &(before + 1).to_string()]);
    assert_eq!(
        what(&later["actions"]),
        [
            json!({ "kind": "stake", "pool_id": 2, "amount": amount(ETHER, "1 ETH"),
                    "fee": amount(1_000 * ETHER, "1000 ANKR") }),
            json!({ "kind": "unstake", "pool_id": 2, "amount": amount(ETHER, "1 ETH"),
                    "fee_refund": amount(1_000 * ETHER, "1000 ANKR") }),
        ]
    );
    assert_eq!(net.read(&["history", "--account", "dev3"])["actions"].as_array().map(Vec::len), Some(5));

    // An account that did nothing has an empty history; a block in the future is refused in one sentence.
    let idle = net.stkr.run(&["history", "--address", "0x1111111111111111111111111111111111111111"]);
    assert!(stdout(&idle).starts_with("no actions of 0x1111111111111111111111111111111111111111 in blocks"));
    let future = (net.block_number() + 1000).to_string();
    let (code, message) = net.refused(3, &["history", "--from-block", &future]);
    assert_eq!(code, 2, "{message}");
    assert!(message.contains(&format!("--from-block {future} is past the latest block")), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
}
