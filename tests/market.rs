//! End to end: `stkr project` and `stkr auction` on a real devnet with the demo providers — the §3.5 flow
//! from quote to completion with exact balances, sealed bids that survive until their reveal, a forfeited
//! bond, and bad input refused before anything is sent.

mod common;

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
};

use common::{Devnet, dev, files_under, stderr, stdout, wei};
use serde_json::Value;

const ANKR: u128 = 1_000_000_000_000_000_000;
/// The demo providers (dev accounts 1 and 2), a requester and a bystander that touch no market otherwise.
const AURORA: usize = 1;
const BASALT: usize = 2;
const ALICE: usize = 3;
const CAROL: usize = 4;
/// The project every test submits: FP = (4 x 10 + 16 x 2 + 500 x 0.1 + 100 x 1) x 30 = 6660 ANKR.
const NEEDS: [&str; 10] = ["--cpu", "4", "--ram", "16", "--storage", "500", "--bandwidth", "100", "--days", "30"];
const FP: u128 = 6_660 * ANKR;
/// What the demo's project 1 (8 cores, 32 GB, 1000 GB, 200 Mbit/s for 60 days) paid the marketplace.
const DEMO_FP: u128 = 26_640 * ANKR;
const DAY: u64 = 86_400;

fn keys(value: &Value) -> BTreeSet<&str> {
    value.as_object().expect("an object").keys().map(String::as_str).collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

fn same_address(value: &Value, index: usize) -> bool {
    value.as_str().is_some_and(|a| a.eq_ignore_ascii_case(&dev(index)))
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_under(dir).into_iter().map(|path| (path.clone(), std::fs::read(&path).expect("read"))).collect()
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn section_3_5_from_quote_to_completion_with_exact_balances() {
    let m = Devnet::up(true);
    let (reward_pool, insurance_pool) = (m.contract("reward_pool"), m.contract("insurance_pool"));

    // Quote: FP from the default unit prices, X = 300 % of FP, the split at the ceiling, both demo providers.
    let quote = m.stkr.json(&[&["--json", "project", "quote"], &NEEDS[..]].concat());
    assert_eq!(
        keys(&quote),
        set(&[
            "resources",
            "duration_days",
            "fixed_price",
            "expected_profit",
            "at_ceiling",
            "bid_bond",
            "commit_period_seconds",
            "reveal_period_seconds",
            "eligible_providers",
        ])
    );
    assert_eq!(quote["fixed_price"]["formatted"], "6660 ANKR");
    assert_eq!(wei(&quote["fixed_price"]), FP);
    assert_eq!(wei(&quote["expected_profit"]), 3 * FP);
    assert_eq!(keys(&quote["at_ceiling"]), set(&["provider", "reward_pool", "insurance_pool", "requester"]));
    assert_eq!(wei(&quote["at_ceiling"]["provider"]), FP);
    assert_eq!(wei(&quote["at_ceiling"]["reward_pool"]), 2_664 * ANKR);
    assert_eq!(wei(&quote["at_ceiling"]["insurance_pool"]), 2_664 * ANKR);
    assert_eq!(wei(&quote["at_ceiling"]["requester"]), 14_652 * ANKR);
    assert_eq!(
        quote["resources"],
        serde_json::json!({"cpu_cores": 4, "ram_gb": 16, "storage_gb": 500, "bandwidth_mbps": 100})
    );
    let offers = quote["eligible_providers"].as_array().expect("offers");
    assert_eq!(offers.len(), 2);
    assert!(same_address(&offers[0]["address"], AURORA) && same_address(&offers[1]["address"], BASALT));
    assert_eq!(offers[0]["brand"], "Aurora Nodes");
    assert_eq!(
        keys(&offers[0]),
        set(&["address", "brand", "price", "capacity", "reputation_bps", "uptime_bps", "completed_nodes", "failures"])
    );
    assert_eq!(offers[1]["capacity"]["cpu_cores"], 16);
    // Nobody has the capacity for 17 cores.
    let too_big = m.stkr.json(&["--json", "project", "quote", "--cpu", "17", "--days", "1"]);
    assert_eq!(too_big["eligible_providers"], serde_json::json!([]));

    // Submit: the requester approves and pays FP; the marketplace holds it.
    let alice_before = m.ankr_balance(&dev(ALICE));
    let submitted = m.act(ALICE, &[&["project", "submit"], &NEEDS[..]].concat());
    assert_eq!(
        keys(&submitted),
        set(&[
            "project_id",
            "requester",
            "resources",
            "duration_days",
            "fixed_price",
            "commit_end",
            "reveal_end",
            "approved",
            "tx_hash",
        ])
    );
    assert_eq!(submitted["project_id"], 2);
    assert!(same_address(&submitted["requester"], ALICE));
    assert_eq!(wei(&submitted["approved"]), FP);
    assert_eq!(keys(&submitted["commit_end"]), set(&["unix", "utc", "relative"]));
    let commit_end = submitted["commit_end"]["unix"].as_u64().expect("unix");
    assert_eq!(submitted["reveal_end"]["unix"].as_u64(), Some(commit_end + DAY));
    assert_eq!(submitted["commit_end"]["relative"], "in 1d 0h");
    assert_eq!(m.ankr_balance(&dev(ALICE)), alice_before - FP);
    assert_eq!(m.ankr_balance(&m.contract("marketplace")), DEMO_FP + FP);

    let listed = m.stkr.json(&["--json", "auction", "list"]);
    // The demo's project 1 is in its auction too.
    assert_eq!(listed["projects"][1]["id"], 2);
    assert_eq!(listed["projects"][1]["phase"], "commit");
    assert_eq!(listed["projects"][1]["next_deadline"]["unix"].as_u64(), Some(commit_end));

    // Two sealed bids. The salt is stored, encrypted and private, before the bid is sent.
    let out = m.run_as(AURORA, &["auction", "bid", "2", "5000"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let log = stderr(&out);
    let stored = log.find("Stored the salt and price, encrypted, in").expect("stored message");
    let sent = log.find("seal a bid on project 2: done in block").expect("sent message");
    assert!(stored < sent, "the salt must be stored before the bid is sent:\n{log}");
    let basalt_bid = m.act(BASALT, &["auction", "bid", "2", "6000ankr"]);
    assert_eq!(
        keys(&basalt_bid),
        set(&[
            "project_id",
            "bidder",
            "price",
            "commitment",
            "bond_locked",
            "bid_file",
            "reveal_from",
            "reveal_until",
            "approved",
            "tx_hash",
        ])
    );
    assert_eq!(wei(&basalt_bid["bond_locked"]), 1_000 * ANKR);
    let commitment = basalt_bid["commitment"].as_str().expect("commitment");
    let marketplace = m.contract("marketplace");
    let commitment_for = "commitmentFor(uint256,address)(bytes32)";
    let on_chain = m.cast(&["call", "--rpc-url", &m.url, &marketplace, commitment_for, "2", &dev(BASALT)]);
    assert_eq!(on_chain, commitment);
    let bids = m.stkr.data_dir().join("bids/31337");
    assert_eq!(mode(&bids), 0o700);
    let bid_files: Vec<PathBuf> = files_under(&bids);
    assert_eq!(bid_files.len(), 2);
    for file in &bid_files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    assert_eq!(
        PathBuf::from(basalt_bid["bid_file"].as_str().expect("path")),
        bids.join(format!("2-{}.json", dev(BASALT).to_lowercase()))
    );
    let bond = m.act(BASALT, &["auction", "bond", "show"]);
    assert_eq!((wei(&bond["free"]), wei(&bond["locked"])), (0, 1_000 * ANKR));
    let shown = m.stkr.json(&["--json", "auction", "show", "2"]);
    let states: Vec<(&str, bool)> = shown["bidders"]
        .as_array()
        .expect("bidders")
        .iter()
        .map(|b| (b["state"].as_str().expect("state"), b["stored_here"].as_bool().expect("bool")))
        .collect();
    assert_eq!(states, [("sealed", true), ("sealed", true)]);
    let sealed_data = snapshot(&m.stkr.data_dir());

    // Reveal, in the other order than the bids; nothing to remember but the project id.
    m.advance("1d");
    let first = m.act(BASALT, &["auction", "reveal", "2"]);
    let second = m.act(AURORA, &["auction", "reveal", "2"]);
    assert_eq!(
        keys(&first),
        set(&[
            "project_id",
            "bidder",
            "price",
            "salt",
            "ranked",
            "bond_returned",
            "pushed_off",
            "removed_files",
            "tx_hash"
        ])
    );
    assert_eq!((wei(&first["price"]), first["ranked"].as_bool()), (6_000 * ANKR, Some(true)));
    assert_eq!((wei(&second["price"]), second["ranked"].as_bool()), (5_000 * ANKR, Some(true)));
    // Ranked bids keep their bond locked until the auction is settled: a winner cannot walk away for free.
    assert_eq!(wei(&first["bond_returned"]), 0);
    let bond = m.act(BASALT, &["auction", "bond", "show"]);
    assert_eq!((wei(&bond["free"]), wei(&bond["locked"])), (0, 1_000 * ANKR));
    assert!(files_under(&bids).is_empty(), "spent bid files are removed");

    // While sealed, no file in the data dir held either salt in plain text.
    for reveal in [&first, &second] {
        let salt = reveal["salt"].as_str().expect("salt").trim_start_matches("0x").to_string();
        assert_eq!(salt.len(), 64);
        for (path, bytes) in &sealed_data {
            let text = String::from_utf8_lossy(bytes).to_lowercase();
            assert!(!text.contains(&salt), "{} holds the salt in plain text", path.display());
        }
    }

    let project = m.stkr.json(&["--json", "project", "show", "2"]);
    assert_eq!(project["phase"], "reveal");
    let ranked: Vec<(u128, &str)> = project["ranked_bids"]
        .as_array()
        .expect("ranked")
        .iter()
        .map(|b| (wei(&b["price"]), b["standing"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(ranked, [(5_000 * ANKR, "wins"), (6_000 * ANKR, "next_in_line")]);
    assert_eq!(project["tie_band_bps"], 0);

    // Settle (anyone may): the lowest bid wins (§3.5), paid its own bid; every ranked bond comes back.
    m.advance("1d");
    let settled = m.act(CAROL, &["auction", "settle", "2"]);
    assert_eq!(
        keys(&settled),
        set(&[
            "project_id",
            "assigned",
            "draw_armed_for_block",
            "defaulted",
            "provider",
            "price",
            "bid",
            "refunded",
            "tx_hash"
        ])
    );
    assert_eq!(settled["assigned"], true);
    assert!(same_address(&settled["provider"], AURORA), "the lowest bid wins: {settled}");
    let (winner, loser, price) = (AURORA, BASALT, 5_000 * ANKR);
    assert_eq!(wei(&settled["price"]), price);
    let bond = m.act(BASALT, &["auction", "bond", "show"]);
    assert_eq!((wei(&bond["free"]), wei(&bond["locked"])), (1_000 * ANKR, 0));
    let score = m.stkr.json(&["--json", "provider", "score", &dev(AURORA)]);
    assert!(
        score["parts"][1]["explanation"].as_str().unwrap_or_default().contains("1 auction won at an average of"),
        "{score}"
    );
    let project = m.stkr.json(&["--json", "project", "show", "2"]);
    assert_eq!((project["status"].as_str(), project["phase"].as_str()), (Some("running"), Some("running")));
    assert!(same_address(&project["provider"], winner));
    assert_eq!(project["ends_at"]["relative"], "in 30d 0h");
    let mine = m.act(winner, &["project", "list", "--mine"]);
    assert_eq!(mine["projects"].as_array().map(Vec::len), Some(1));

    // Complete after the duration: the provider deposits X and the money splits exactly as payoutFor says.
    let out = m.run_as(winner, &["project", "complete", "2", "--profit", "1000"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("project 2 runs until "), "{}", stderr(&out));
    m.advance("30d");
    let out = m.run_as(loser, &["project", "complete", "2", "--profit", "1000"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("only the provider assigned to project 2"), "{}", stderr(&out));

    let profit = 1_000 * ANKR;
    let expected = m.call_numbers(
        &m.contract("marketplace"),
        "payoutFor(uint256,uint256,uint256)((uint256,uint256,uint256,uint256))",
        &[&FP.to_string(), &price.to_string(), &profit.to_string()],
    );
    assert_eq!(expected.iter().sum::<u128>(), FP + profit);
    let winner_before = m.ankr_balance(&dev(winner));
    let (reward_before, insurance_before) = (m.ankr_balance(&reward_pool), m.ankr_balance(&insurance_pool));
    let done = m.act(winner, &["project", "complete", "2", "--profit", "1000"]);
    assert_eq!(keys(&done), set(&["project_id", "provider", "profit", "payout", "approved", "tx_hash"]));
    let payout = &done["payout"];
    assert_eq!(
        [
            wei(&payout["provider"]),
            wei(&payout["reward_pool"]),
            wei(&payout["insurance_pool"]),
            wei(&payout["requester"])
        ],
        [expected[0], expected[1], expected[2], expected[3]]
    );
    assert_eq!(m.ankr_balance(&dev(winner)), winner_before - profit + expected[0]);
    assert_eq!(m.ankr_balance(&reward_pool), reward_before + expected[1]);
    assert_eq!(m.ankr_balance(&insurance_pool), insurance_before + expected[2]);
    assert_eq!(m.ankr_balance(&dev(ALICE)), alice_before - FP + expected[3]);
    assert_eq!(
        m.ankr_balance(&m.contract("marketplace")),
        DEMO_FP + 2_000 * ANKR,
        "only the demo project's FP and the two free bonds stay"
    );

    let project = m.stkr.json(&["--json", "project", "show", "2"]);
    assert_eq!((project["status"].as_str(), project["phase"].as_str()), (Some("completed"), Some("closed")));
    assert_eq!(project["payout"], done["payout"]);
    assert_eq!(wei(&project["profit"]), profit);
    let completed = m.stkr.json(&["--json", "project", "list", "--status", "completed"]);
    assert_eq!(completed["projects"][0]["id"], 2);
    let in_auction = m.stkr.json(&["--json", "auction", "list"]);
    let ids: Vec<u64> =
        in_auction["projects"].as_array().expect("list").iter().filter_map(|p| p["id"].as_u64()).collect();
    assert_eq!(ids, [1], "only the demo's bidless project is left: {in_auction}");

    // The bond balance can be topped up and emptied.
    let deposited = m.act(loser, &["auction", "bond", "deposit", "500"]);
    assert_eq!((wei(&deposited["deposited"]), wei(&deposited["free"])), (500 * ANKR, 1_500 * ANKR));
    let withdrawn = m.act(loser, &["auction", "bond", "withdraw", "1500"]);
    assert_eq!((wei(&withdrawn["withdrawn"]), wei(&withdrawn["free"])), (1_500 * ANKR, 0));
}

#[test]
fn an_unrevealed_bid_forfeits_its_bond_to_the_reward_pool() {
    let m = Devnet::up(true);
    let reward_pool = m.contract("reward_pool");
    assert_eq!(m.act(ALICE, &[&["project", "submit"], &NEEDS[..]].concat())["project_id"], 2);
    m.act(AURORA, &["auction", "bid", "2", "4000"]);
    m.act(BASALT, &["auction", "bid", "2", "3000"]);
    let forfeit = ["auction", "forfeit", "2", &dev(BASALT)];

    m.advance("1d");
    m.act(AURORA, &["auction", "reveal", "2"]);
    let out = m.run_as(CAROL, &forfeit);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("can be forfeited from "), "{}", stderr(&out));

    m.advance("1d");
    let out = m.run_as(BASALT, &["auction", "reveal", "2"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("the reveal phase of project 2 ended "), "{}", stderr(&out));
    let out = m.run_as(CAROL, &["auction", "forfeit", "2", &dev(AURORA)]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("revealed its bid on project 2, so its bond is not forfeit"), "{}", stderr(&out));

    let reward_before = m.ankr_balance(&reward_pool);
    let forfeited = m.act(CAROL, &forfeit);
    assert_eq!(keys(&forfeited), set(&["project_id", "bidder", "bond", "reward_pool", "tx_hash"]));
    assert!(same_address(&forfeited["bidder"], BASALT));
    assert_eq!(wei(&forfeited["bond"]), 1_000 * ANKR);
    assert_eq!(m.ankr_balance(&reward_pool), reward_before + 1_000 * ANKR);
    let bond = m.act(BASALT, &["auction", "bond", "show"]);
    assert_eq!((wei(&bond["free"]), wei(&bond["locked"])), (0, 0));
    let shown = m.stkr.json(&["--json", "auction", "show", "2"]);
    let states: Vec<&str> =
        shown["bidders"].as_array().expect("bidders").iter().map(|b| b["state"].as_str().expect("state")).collect();
    assert_eq!(states, ["revealed", "forfeited"]);
    let out = m.run_as(CAROL, &forfeit);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("has no unrevealed bid on project 2"), "{}", stderr(&out));

    // The only revealed bid wins.
    let settled = m.act(CAROL, &["auction", "settle", "2"]);
    assert!(same_address(&settled["provider"], AURORA));
    assert_eq!(wei(&settled["price"]), 4_000 * ANKR);
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let m = Devnet::up(true);
    assert_eq!(m.act(ALICE, &[&["project", "submit"], &NEEDS[..]].concat())["project_id"], 2);
    m.act(AURORA, &["auction", "bid", "2", "5000"]);
    let bids = m.stkr.data_dir().join("bids/31337");
    let files_before = snapshot(&bids);
    let project_before = m.stkr.json(&["--json", "project", "show", "2"]);
    let block = m.block_number();

    // (who, args, exit code, message part)
    let table: Vec<(usize, Vec<&str>, i32, &str)> = vec![
        (
            BASALT,
            vec!["auction", "bid", "2", "7000"],
            2,
            "a bid on project 2 may be at most its fixed price of 6660 ANKR, not 7000 ANKR; nothing was sent",
        ),
        (
            BASALT,
            vec!["auction", "bid", "2", "6660.000000000000000001"],
            2,
            "may be at most its fixed price of 6660 ANKR",
        ),
        (BASALT, vec!["auction", "bid", "2", "abc"], 2, "invalid amount 'abc': expected a number such as 4 or 0.5"),
        (
            BASALT,
            vec!["auction", "bid", "2", "5eth"],
            2,
            "invalid amount '5eth': ANKR amounts take no unit other than ankr",
        ),
        (BASALT, vec!["auction", "bid", "2", "1.2.3"], 2, "invalid amount '1.2.3'"),
        (BASALT, vec!["auction", "bid", "2", "--", "-5"], 2, "invalid amount '-5': amounts cannot be negative"),
        (BASALT, vec!["auction", "bid", "9", "5"], 2, "there is no project 9: projects run from 1 to 2"),
        (BASALT, vec!["auction", "bid", "0", "5"], 2, "invalid id '0': ids start at 1"),
        (BASALT, vec!["auction", "reveal", "2"], 3, "has no sealed bid on project 2 to reveal"),
        (AURORA, vec!["auction", "reveal", "2"], 3, "the reveal phase of project 2 begins "),
        (AURORA, vec!["auction", "bid", "2", "4000"], 3, "already sealed a bid on project 2"),
        (ALICE, vec!["auction", "bid", "2", "4000"], 3, "is not a qualified provider right now, so it may not bid"),
        (CAROL, vec!["auction", "settle", "2"], 3, "the auction of project 2 can be settled from "),
        (CAROL, vec!["auction", "forfeit", "2", "0x70997970C51812dc3A010C7d01b50e0d17dc79c8"], 2, "the checksum"),
        (AURORA, vec!["project", "complete", "2", "--profit", "5"], 3, "project 2 is still in its auction"),
        (AURORA, vec!["auction", "bond", "withdraw", "5"], 3, "holds 0 ANKR free (1000 ANKR locked in sealed bids)"),
        (AURORA, vec!["auction", "bond", "deposit", "0"], 2, "the amount to deposit must be more than 0 ANKR"),
        (ALICE, vec!["project", "submit", "--days", "3"], 2, "a project needs at least one resource"),
        (ALICE, vec!["project", "submit", "--cpu", "1", "--days", "0"], 2, "invalid value '0' for '--days <D>'"),
        (ALICE, vec!["project", "show", "3"], 2, "there is no project 3"),
    ];
    for (who, args, code, message) in &table {
        let out = m.run_as(*who, args);
        assert_eq!(out.status.code(), Some(*code), "stkr {args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "stkr {args:?}: expected '{message}' in: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "stkr {args:?} printed a result");
    }
    m.assert_nothing_sent_since(block, "no transaction was sent");
    assert_eq!(snapshot(&bids), files_before, "no bid file was written or changed");
    assert_eq!(m.stkr.json(&["--json", "project", "show", "2"])["ranked_bids"], project_before["ranked_bids"]);

    // Wrong phase, with the dates to act on.
    m.advance("1d1m");
    let block = m.block_number();
    let out = m.run_as(BASALT, &["auction", "bid", "2", "5"]);
    assert_eq!(out.status.code(), Some(3));
    let reveal_end = project_before["reveal_end"]["utc"].as_str().expect("utc");
    let commit_end = project_before["commit_end"]["utc"].as_str().expect("utc");
    assert!(
        stderr(&out).starts_with(&format!(
            "error: the transaction would fail: the commit phase of project 2 ended {commit_end} ("
        )) && stderr(&out).ends_with(&format!(
            " ago); sealed bids are revealed with `stkr auction reveal 2` until {reveal_end}; nothing was sent\n"
        )),
        "{}",
        stderr(&out)
    );
    m.assert_nothing_sent_since(block, "no transaction was sent");
}
