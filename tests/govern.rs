//! End to end through the binary: governance votes and elections, `status`, `init` and `devnet advance`.

mod common;

use alloy::primitives::U256;
use common::{Devnet, dev, wei};
use stkr_core::network::dev_accounts::ADDRESSES;

fn proposal_count(net: &Devnet) -> usize {
    net.read(&["govern", "proposals"])["proposals"].as_array().map(Vec::len).unwrap_or(0)
}

#[test]
fn a_proposal_passes_by_vote_waits_out_its_timelock_and_runs_and_spam_costs_its_bond() {
    let net = Devnet::up(true);
    let governors = net.read(&["govern", "governors"]);
    assert_eq!(governors["phase"], "initialization");
    assert_eq!(governors["members"].as_array().map(Vec::len), Some(3));
    assert_eq!(governors["members"][0]["stake"]["wei"], "100000000000000000000000");

    let ankr_before = net.ankr_balance(&dev(0));
    let proposed = net.act(0, &["govern", "propose", "param", "voting-period", "2d"]);
    assert_eq!(proposed["proposal_id"], 1);
    let created = proposed["changes"].to_string();
    assert!(created.contains("proposal 1 created with a bond of 1000 ANKR"), "{created}");
    assert_eq!(ankr_before - net.ankr_balance(&dev(0)), 1_000 * 10u128.pow(18), "the bond is locked");
    net.act(0, &["govern", "vote", "1", "yes"]);
    net.act(9, &["govern", "vote", "1", "yes"]);
    let (code, message) = net.refused(9, &["govern", "vote", "1", "yes"]);
    assert_eq!(code, 3);
    assert!(message.contains("already voted"), "{message}");
    net.act(8, &["govern", "vote", "1", "yes"]); // 3 of the 5 seats: the quorum

    let (code, message) = net.refused(8, &["govern", "execute", "1"]);
    assert_eq!(code, 3, "voting is still open");
    assert!(message.contains("voting on proposal 1 is still open until"), "{message}");
    assert_eq!(net.param("voting-period"), "259200");

    // Voting closed and it passed: the timelock holds it for two days, then anyone runs it.
    net.advance("3d");
    let shown = net.read(&["govern", "show", "1"]);
    assert_eq!(shown["state"], "queued");
    assert_eq!(shown["eta"].as_u64(), shown["end"].as_u64().map(|end| end + 2 * 86_400));
    assert_eq!(shown["expires_at"].as_u64(), shown["eta"].as_u64().map(|eta| eta + 14 * 86_400));
    assert_eq!(shown["seats"], 5);
    let (code, message) = net.refused(8, &["govern", "execute", "1"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("proposal 1 passed and waits out its timelock until"), "{message}");
    net.advance("2d");
    assert_eq!(net.read(&["govern", "show", "1"])["state"], "passed");
    let executed = net.act(8, &["govern", "execute", "1"]);
    let changes = executed["changes"].to_string();
    assert!(changes.contains("voting-period changed from 3d 0h to 2d 0h"), "{changes}");
    assert!(changes.contains("proposal 1's bond of 1000 ANKR went back"), "{changes}");
    assert_eq!(net.ankr_balance(&dev(0)), ankr_before, "quorum reached: the bond came back");
    assert_eq!(net.param("voting-period"), "172800");
    let shown = net.read(&["govern", "show", "1"]);
    assert_eq!(shown["state"], "executed");
    assert_eq!(shown["call"], "set voting-period to 2d 0h");
    let votes: Vec<&str> = shown["votes"].as_array().into_iter().flatten().filter_map(|v| v["vote"].as_str()).collect();
    assert_eq!(votes.iter().filter(|v| **v == "yes").count(), 3);

    // One yes, two no: rejected, and audit-k stays 3.
    net.act(0, &["govern", "propose", "param", "audit-k", "4", "--description", "more auditors"]);
    net.act(0, &["govern", "vote", "2", "yes"]);
    net.act(8, &["govern", "vote", "2", "no"]);
    net.act(9, &["govern", "vote", "2", "no"]);
    net.advance("2d");
    let (code, message) = net.refused(0, &["govern", "execute", "2"]);
    assert_eq!(code, 3);
    assert!(message.contains("proposal 2 did not pass"), "{message}");
    assert_eq!(net.param("audit-k"), "3");
    let listed = net.read(&["govern", "proposals"]);
    assert_eq!(listed["proposals"][0]["id"], 2);
    assert_eq!(listed["proposals"][0]["state"], "rejected");
    assert_eq!(listed["proposals"][0]["description"], "more auditors");

    // A proposal only its author votes for reaches no quorum (1 of 5 seats): it fails, its bond goes to
    // the insurance pool, and nobody's attendance counts.
    net.act(0, &["govern", "propose", "param", "audit-k", "5"]);
    net.act(0, &["govern", "vote", "3", "yes"]);
    net.advance("2d");
    let finalized = net.act(5, &["govern", "finalize", "3"]);
    let changes = finalized["changes"].to_string();
    assert!(
        changes.contains("proposal 3 reached no quorum: its bond of 1000 ANKR went to the insurance pool"),
        "{changes}"
    );
    let governors = net.read(&["govern", "governors"]);
    let missed: Vec<u64> =
        governors["members"].as_array().into_iter().flatten().filter_map(|m| m["missed_in_row"].as_u64()).collect();
    assert_eq!(missed, [0, 0, 0]);

    // Somebody who does not govern cannot propose; nothing is sent.
    let (code, message) = net.refused(6, &["govern", "propose", "param", "audit-k", "4"]);
    assert_eq!(code, 3);
    assert!(message.contains("is not a governor"), "{message}");
    assert_eq!(proposal_count(&net), 3);
}

#[test]
fn an_election_counts_delegated_votes_at_its_snapshot_and_locks_them_until_it_runs() {
    let net = Devnet::up(true);
    // Refused before anything is sent: too small a stake, and a join without an invitation. No approval,
    // no stake goes out first.
    let block = net.block_number();
    let (code, message) = net.refused(5, &["govern", "apply", "--stake", "50000ankr"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("keeps at least 100000 ANKR staked, and this would leave 50000 ANKR"), "{message}");
    let (code, message) = net.refused(6, &["govern", "join", "100000ankr"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("was not invited to govern"), "{message}");
    let (code, message) = net.refused(8, &["govern", "apply"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("is already a governor"), "{message}");
    net.assert_nothing_sent_since(block, "nothing was sent");
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
    net.assert_nothing_sent_since(block, "nothing was mined");

    // Candidates stand before the snapshot (the end of the 30-day initialization phase). Dev 3 delegates
    // the 5000 ANKR it staked on node 1's sidecar in the demo to dev 5.
    let applied = net.act(7, &["govern", "apply", "--stake", "150000ankr"]);
    assert!(applied["changes"].to_string().contains("is a candidate with 150000 ANKR staked"), "{applied}");
    net.act(5, &["govern", "apply", "--stake", "100000ankr"]);
    net.act(6, &["govern", "apply", "--stake", "102000ankr"]);
    let delegated = net.act(3, &["govern", "delegate", &dev(5)]);
    assert!(delegated["changes"].to_string().contains("delegates 5000 ANKR of votes to"), "{delegated}");
    let candidates = net.read(&["govern", "candidates"]);
    assert_eq!(candidates["phase"], "initialization");
    assert_eq!(candidates["locked"], false);
    let order: Vec<String> = candidates["members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["address"].as_str().map(str::to_lowercase))
        .collect();
    assert_eq!(order, [dev(7), dev(5), dev(6)].map(|a| a.to_lowercase()), "by weight: 150000, 105000, 102000");
    assert_eq!(candidates["members"][1]["weight"]["wei"], "105000000000000000000000");

    // Past the snapshot the weights are frozen, and stakes, candidacies and delegated votes stay.
    let snapshot = candidates["election_snapshot_at"].as_u64().expect("snapshot");
    let now = candidates["chain_time"].as_u64().expect("chain time");
    assert_eq!(candidates["next_election_at"].as_u64(), Some(snapshot + 86_400), "a day after the snapshot");
    net.advance(&format!("{}s", snapshot + 1 - now));
    let candidates = net.read(&["govern", "candidates"]);
    assert_eq!(candidates["phase"], "transition");
    assert_eq!(candidates["locked"], true);
    assert_eq!(candidates["members"][1]["snapshot_weight"]["wei"], "105000000000000000000000");
    let block = net.block_number();
    let (code, message) = net.refused(6, &["govern", "unstake", "1ankr"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("locked from the election snapshot"), "{message}");
    let (code, message) = net.refused(7, &["govern", "withdraw-candidacy"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("locked from the election snapshot"), "{message}");
    let (code, message) = net.refused(3, &["unstake", "--sidecar", "1", "100"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("stays until the election has run"), "{message}");
    net.assert_nothing_sent_since(block, "nothing was sent");

    // A day after the snapshot the transition seats the two heaviest at it: dev 7, and dev 5 thanks to
    // dev 3's votes.
    let (code, message) = net.refused(6, &["govern", "elect"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("the next election is due at"), "{message}");
    net.advance("1d");
    let elected = net.act(6, &["govern", "elect"]);
    let changes = elected["changes"].to_string().to_lowercase();
    assert!(changes.contains(&dev(7).to_lowercase()) && changes.contains(&dev(5).to_lowercase()), "{changes}");
    let governors = net.read(&["govern", "governors"]);
    assert_eq!(governors["phase"], "automated");
    assert_eq!(governors["locked"], false);
    let seated: Vec<String> = governors["members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["address"].as_str().map(str::to_lowercase))
        .collect();
    assert_eq!(seated.len(), 5);
    assert!(seated.contains(&dev(5).to_lowercase()) && !seated.contains(&dev(6).to_lowercase()), "{seated:?}");
    let candidates = net.read(&["govern", "candidates"]);
    assert_eq!(candidates["members"][0]["address"].as_str().map(str::to_lowercase), Some(dev(6).to_lowercase()));
    let status = net.read(&["status", "--address", &ADDRESSES[7].to_string()]);
    assert_eq!(status["stakes"]["governance_role"], "governor");
    assert_eq!(status["stakes"]["governance"]["formatted"], "150000 ANKR");
    // Once the election has run, the votes move freely again.
    net.act(3, &["unstake", "--sidecar", "1", "100"]);
}

/// The reward shares' 40 % of a 10 ETH distribution streams over the week: dev 5 holds 1000 ANKR of
/// shares all week, dev 6 as much from the middle of it, and each claims exactly what the stream paid
/// its shares while it held them (the contract's arithmetic, at the blocks' own times).
#[test]
fn a_reward_period_streams_to_two_stakers_by_the_time_each_held() {
    let net = Devnet::up(true);
    let reward_pool = net.contract("reward_pool");
    net.act(5, &["stake", "--rewards", "1000ankr"]);
    // The demo left 0.064 ETH and 4800 ANKR in the pool; 9.936 ETH make 10.
    net.send(5, &reward_pool, "", &["--value", "9.936ether"]);
    let distributed = net.act(5, &["distribute"]);
    let t0 = block_time(&net, &distributed["transaction"]);
    assert_eq!(distributed["cuts"][1]["eth"]["wei"], "4000000000000000000", "the reward shares' 40 %");
    net.advance("3d12h");
    let staked = net.act(6, &["stake", "--rewards", "1000ankr"]);
    let t1 = block_time(&net, staked["transactions"].as_array().and_then(|t| t.last()).expect("the stake"));
    net.advance("7d");

    // rate = floor(cut / (604800 s x 1e6)) in 1e6 wei a second; per share unit (1 gwei of ANKR) the
    // stream adds rate x 1e6 x 1e18 x seconds / units, and a stake earns units x that / 1e18. Dev 6 joins
    // at a non-zero per-share value: its debt is what its units would have earned so far, plus a wei,
    // in whole millions of wei rounded up (it gives up at most 1e6 + 1 wei a change, so claims never
    // exceed the stream).
    let week = 604_800u128;
    assert!(t0 < t1 && t1 < t0 + week, "{t0} {t1}");
    let earned = |cut: u128| {
        let n = |v: u128| U256::from(v);
        let (rate, units, precision) = (n(cut / (week * 1_000_000) * 1_000_000), n(10u128.pow(12)), n(10u128.pow(18)));
        let at_t1 = rate * precision * n(t1 - t0) / units;
        let at_end = at_t1 + rate * precision * n(t0 + week - t1) / (n(2) * units);
        let earned = |per_unit: U256| (units * per_unit / precision).to::<u128>();
        let debt = (earned(at_t1) + 1).div_ceil(1_000_000) * 1_000_000;
        (earned(at_end), earned(at_end) - debt)
    };
    let (eth5, eth6) = earned(4 * 10u128.pow(18));
    let (ankr5, ankr6) = earned(1_920 * 10u128.pow(18));
    assert!(eth5 > 2 * eth6, "dev 5 held twice as long as half the week: {eth5} vs {eth6}");
    for (index, eth, ankr) in [(5, eth5, ankr5), (6, eth6, ankr6)] {
        let rewards = net.read(&["rewards", "--account", &format!("dev{index}")]);
        let shares = rewards["claimable"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["kind"] == "staker_rewards")
            .cloned()
            .unwrap_or_else(|| panic!("dev {index} earned from the reward shares: {rewards}"));
        assert_eq!(wei(&shares["eth"]), eth, "dev {index}");
        assert_eq!(wei(&shares["ankr"]), ankr, "dev {index}");
        let before = net.ankr_balance(&dev(index));
        net.act(index, &["claim"]);
        assert_eq!(net.ankr_balance(&dev(index)) - before, ankr, "dev {index} received exactly that");
    }
}

/// The timestamp of the block that holds `transaction`.
fn block_time(net: &Devnet, transaction: &serde_json::Value) -> u128 {
    let hash = transaction.as_str().expect("a transaction hash");
    let block = net.cast(&["receipt", "--rpc-url", &net.url, hash, "blockNumber"]);
    net.cast(&["block", "--rpc-url", &net.url, &block, "--field", "timestamp"]).parse().expect("a timestamp")
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
