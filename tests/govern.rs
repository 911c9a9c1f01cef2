//! End to end through the binary: governance votes and elections, `status`, `init` and `devnet advance`.

mod common;

use common::{Devnet, dev};
use stkr_core::network::dev_accounts::ADDRESSES;

fn proposal_count(net: &Devnet) -> usize {
    net.read(&["govern", "proposals"])["proposals"].as_array().map(Vec::len).unwrap_or(0)
}

#[test]
fn a_parameter_changes_by_vote_and_a_rejected_proposal_changes_nothing() {
    let net = Devnet::up(true);
    let governors = net.read(&["govern", "governors"]);
    assert_eq!(governors["phase"], "initialization");
    assert_eq!(governors["members"].as_array().map(Vec::len), Some(3));
    assert_eq!(governors["members"][0]["stake"]["wei"], "100000000000000000000000");

    let proposed = net.act(0, &["govern", "propose", "param", "voting-period", "2d"]);
    assert_eq!(proposed["proposal_id"], 1);
    assert_eq!(proposed["changes"][0].as_str().map(|s| s.starts_with("proposal 1 created")), Some(true));
    net.act(0, &["govern", "vote", "1", "yes"]);
    net.act(9, &["govern", "vote", "1", "yes"]);
    let (code, message) = net.refused(9, &["govern", "vote", "1", "yes"]);
    assert_eq!(code, 3);
    assert!(message.contains("already voted"), "{message}");

    let (code, message) = net.refused(8, &["govern", "execute", "1"]);
    assert_eq!(code, 3, "voting is still open");
    assert_eq!(message, "error: the transaction would fail: voting on proposal 1 is still open; nothing was sent\n");
    assert_eq!(net.param("voting-period"), "259200");

    net.advance("3d");
    let executed = net.act(8, &["govern", "execute", "1"]);
    let changes = executed["changes"].to_string();
    assert!(changes.contains("voting-period changed from 3d 0h to 2d 0h"), "{changes}");
    assert_eq!(net.param("voting-period"), "172800");
    let shown = net.read(&["govern", "show", "1"]);
    assert_eq!(shown["state"], "executed");
    assert_eq!(shown["call"], "set voting-period to 2d 0h");
    let votes: Vec<&str> = shown["votes"].as_array().into_iter().flatten().filter_map(|v| v["vote"].as_str()).collect();
    assert_eq!(votes.iter().filter(|v| **v == "yes").count(), 2);
    assert_eq!(votes.iter().filter(|v| **v == "none").count(), 1);

    // One yes, two no: rejected, and audit-k stays 3.
    net.act(0, &["govern", "propose", "param", "audit-k", "4", "--description", "more auditors"]);
    net.act(0, &["govern", "vote", "2", "yes"]);
    net.act(8, &["govern", "vote", "2", "no"]);
    net.act(9, &["govern", "vote", "2", "no"]);
    net.advance("2d");
    let (code, message) = net.refused(0, &["govern", "execute", "2"]);
    assert_eq!(code, 3);
    assert!(message.contains("proposal 2"), "{message}");
    assert_eq!(net.param("audit-k"), "3");
    let listed = net.read(&["govern", "proposals"]);
    assert_eq!(listed["proposals"][0]["id"], 2);
    assert_eq!(listed["proposals"][0]["state"], "rejected");
    assert_eq!(listed["proposals"][0]["description"], "more auditors");

    // Somebody who does not govern cannot propose; nothing is sent.
    let (code, message) = net.refused(6, &["govern", "propose", "param", "audit-k", "4"]);
    assert_eq!(code, 3);
    assert!(message.contains("is not a governor"), "{message}");
    assert_eq!(proposal_count(&net), 2);
}

#[test]
fn an_election_seats_the_candidate_with_the_most_weight() {
    let net = Devnet::up(true);
    let (code, message) = net.refused(7, &["govern", "apply"]);
    assert_eq!(code, 3, "candidates apply only after the initialization phase");
    assert!(message.contains("initialization"), "{message}");

    net.advance("31d");
    // Refused before anything is sent: too small a stake, and a join without an invitation. No approval,
    // no stake goes out first.
    let block = net.block_number();
    let (code, message) = net.refused(5, &["govern", "apply", "--stake", "50000ankr"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("keeps at least 100000 ANKR staked, and this would leave 50000 ANKR"), "{message}");
    let (code, message) = net.refused(6, &["govern", "join", "100000ankr"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("was not invited to govern"), "{message}");
    assert_eq!(net.block_number(), block, "nothing was sent");
    // The node's own refusals (a stale nonce, a fee below the base fee) are rejections, exit 3; a gas
    // limit below what the call needs is bad input, exit 2.
    let (code, message) = net.refused(5, &["govern", "delegate", &dev(9), "--nonce", "0"]);
    assert_eq!(
        (code, message.contains("error: the node rejected the transaction: nonce too low")),
        (3, true),
        "{message}"
    );
    let (code, message) = net.refused(5, &["govern", "delegate", &dev(9), "--gas-limit", "21000"]);
    assert_eq!(code, 2, "{message}");
    assert!(message.contains("--gas-limit 21000 is below the"), "{message}");
    assert_eq!(net.block_number(), block, "nothing was mined");

    let applied = net.act(7, &["govern", "apply", "--stake", "150000ankr"]);
    assert!(applied["changes"].to_string().contains("is a candidate with 150000 ANKR staked"), "{applied}");
    let candidates = net.read(&["govern", "candidates"]);
    assert_eq!(candidates["phase"], "transition");
    assert_eq!(
        candidates["members"][0]["address"].as_str().map(str::to_lowercase),
        Some(ADDRESSES[7].to_string().to_lowercase())
    );
    assert_eq!(candidates["members"][0]["weight"]["wei"], "150000000000000000000000");

    let elected = net.act(7, &["govern", "elect"]);
    assert!(elected["changes"].to_string().to_lowercase().contains(&ADDRESSES[7].to_string().to_lowercase()));
    let governors = net.read(&["govern", "governors"]);
    assert_eq!(governors["phase"], "automated");
    let seated: Vec<String> = governors["members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["address"].as_str().map(str::to_lowercase))
        .collect();
    assert_eq!(seated.len(), 4);
    assert!(seated.contains(&ADDRESSES[7].to_string().to_lowercase()));
    let status = net.read(&["status", "--address", &ADDRESSES[7].to_string()]);
    assert_eq!(status["stakes"]["governance_role"], "governor");
    assert_eq!(status["stakes"]["governance"]["formatted"], "150000 ANKR");
}

#[test]
fn bad_governance_input_is_refused_with_one_sentence_and_nothing_is_sent() {
    let net = Devnet::up(true);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["govern", "vote", "0", "yes"], "invalid proposal id '0': ids start at 1"),
        (vec!["govern", "vote", "1", "maybe"], "invalid value 'maybe' for '<CHOICE>' [possible values: yes, no]"),
        (vec!["govern", "vote", "one", "yes"], "expected a whole number such as 7"),
        (vec!["govern", "show", "99"], "there is no proposal 99: 0 proposals exist"),
        (vec!["govern", "propose", "param", "no-such-param", "1"], "unknown parameter 'no-such-param'"),
        (vec!["govern", "propose", "param", "voting-period", "1y"], "invalid duration '1y'"),
        (vec!["govern", "propose", "param", "voting-period", "90d"], "voting-period must stay within 1m 0s and 30d 0h"),
        (vec!["govern", "propose", "param", "quorum-bps", "12.345%"], "at most two decimals of a percent"),
        (vec!["govern", "propose", "param", "p-min", "-5"], "amounts cannot be negative"),
        (
            vec!["govern", "propose", "qualify", "0x70997970c51812dc3a010c7d01b50e0d17dc79C8", "--trust", "trusted"],
            "the checksum (its mix of upper and lower case) does not match",
        ),
        (
            vec!["govern", "propose", "qualify", "0x1234", "--trust", "trusted"],
            "expected 40 hex digits after 0x, found 4",
        ),
        (
            vec!["govern", "propose", "qualify", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--trust", "best"],
            "invalid value 'best' for '--trust <TRUST>'",
        ),
        (
            vec!["govern", "propose", "disqualify", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--for", "soon"],
            "invalid duration 'soon'",
        ),
        (
            vec!["govern", "propose", "call", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x12"],
            "expected a 4-byte selector",
        ),
        (vec!["govern", "stake", "lots"], "invalid amount 'lots'"),
        (vec!["govern", "stake", "5eth"], "ANKR amounts take no unit other than ankr"),
        (vec!["devnet", "advance", "tomorrow"], "invalid duration 'tomorrow'"),
    ];
    for (args, expected) in &cases {
        let (code, message) = net.refused(0, args);
        assert_eq!(code, 2, "stkr {args:?}: {message}");
        assert!(message.starts_with("error: ") && message.contains(expected), "stkr {args:?}: {message}");
        assert_eq!(message.trim_end().lines().count(), 1, "one line: {message}");
    }
    // Proposing a call that would fail when executed is caught before the vote.
    let (code, message) = net.refused(0, &["govern", "propose", "fail-pool", "2"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("the proposed call would fail when executed"), "{message}");
    // --json errors are one JSON document on stderr with a stable code.
    let out = net.stkr.run(&["--json", "govern", "vote", "0", "yes"]);
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).expect("one JSON document on stderr");
    assert_eq!(error["error"]["code"], "invalid_input");
    assert_eq!(error["error"]["exit_code"], 2);
    assert!(out.stdout.is_empty());
    assert_eq!(proposal_count(&net), 0, "nothing was proposed");
}

#[test]
fn init_keeps_defaults_that_later_commands_use_and_unsigned_sends_nothing() {
    let net = Devnet::up(true);
    let init = net.read(&["init", "--yes", "--account", "dev3", "--network", "devnet"]);
    assert_eq!(init["account"], "dev3");
    assert_eq!(init["network"], "devnet");
    assert_eq!(init["reachable"], true);
    let config = std::fs::read_to_string(net.stkr.data_dir().join("config.toml")).expect("config written");
    assert!(config.contains("account = \"dev3\""), "{config}");

    // No --account: status uses the one init kept.
    let status = net.read(&["status"]);
    assert_eq!(status["address"].as_str().map(str::to_lowercase), Some(ADDRESSES[3].to_string().to_lowercase()));
    assert_eq!(status["balances"]["aeth"]["wei"], "4000000000000000000");
    assert_eq!(status["pools"][0]["pool_id"], 1);
    assert_eq!(status["pools"][0]["status"], "active");
    assert_eq!(status["pools"][0]["fee_paid"]["formatted"], "4000 ANKR");

    // --unsigned prints the transaction for an offline signer, asks for no passphrase and sends nothing.
    let candidate = ADDRESSES[9].to_string();
    let unsigned = net.read(&["--unsigned", "govern", "delegate", &candidate]);
    assert_eq!(unsigned["chain_id"], 31337);
    assert_eq!(unsigned["data"].as_str().map(|d| d.starts_with("0x5c19a95c")), Some(true), "delegate(address)");
    assert_eq!(unsigned["value"], "0");
    let after = net.read(&["status"]);
    assert_eq!(after["stakes"]["delegate"], serde_json::Value::Null, "nothing was sent");

    let moved = net.read(&["devnet", "advance", "1d12h"]);
    assert_eq!(moved["advanced_by"], 129_600);
}
