//! End to end: `stkr pool`, `stake`, `unstake`, `rewards` and `claim` with the real binary against a real
//! `stkr devnet up --demo` (pool 1 active with stakers 3, 4, 5 of Aurora = dev 1; pool 2 pending with
//! stakers 6, 7 of Basalt = dev 2; dev 0, 8, 9 are the seated governors).

mod common;

use std::{
    io::{Read, Write},
    process::Output,
};

use alloy::primitives::{Address, B256, U256, keccak256};
use common::{Devnet, stderr, stdout};
use serde_json::Value;
use stkr_core::{beacon, network::dev_accounts};

const ETHER: u128 = 1_000_000_000_000_000_000;

fn wei(whole: u128) -> String {
    (whole * ETHER).to_string()
}

fn addr(account: usize) -> String {
    dev_accounts::ADDRESSES[account].to_string()
}

fn lower(account: usize) -> String {
    addr(account).to_lowercase()
}

fn assert_refused(out: &Output, code: i32, message: &str) {
    assert_eq!(out.status.code(), Some(code), "stderr: {}", stderr(out));
    assert!(stderr(out).contains(message), "expected '{message}' in: {}", stderr(out));
}

/// A deposit data file as the deposit CLI writes it, for withdrawals to `withdrawal`; `tamper` flips a bit
/// of its deposit_data_root.
fn deposit_data(withdrawal: &str, tamper: bool) -> String {
    let address: Address = withdrawal.parse().expect("address");
    let credentials = beacon::withdrawal_credentials(address);
    let pubkey: [u8; 48] = std::array::from_fn(|i| 0xb0 ^ i as u8);
    let signature: [u8; 96] = std::array::from_fn(|i| 0x3c ^ i as u8);
    let mut root = beacon::deposit_data_root(&pubkey, credentials, 32_000_000_000, &signature);
    if tamper {
        root.0[31] ^= 1;
    }
    serde_json::json!([{
        "pubkey": alloy::hex::encode(pubkey),
        "withdrawal_credentials": alloy::hex::encode(credentials),
        "amount": 32_000_000_000u64,
        "signature": alloy::hex::encode(signature),
        "deposit_message_root": alloy::hex::encode(beacon::deposit_message_root(&pubkey, credentials, 32_000_000_000)),
        "deposit_data_root": alloy::hex::encode(root),
        "fork_version": "00000000",
        "network_name": "devnet",
        "deposit_cli_version": "2.7.0"
    }])
    .to_string()
}

#[test]
fn stakers_fill_a_pool_and_its_provider_activates_it() {
    let net = Devnet::up(true);
    let micro_pool = net.contract("micro_pool");

    // dev 3 approved the pool contract for the demo: one transaction, 2 ETH for 2 aETH and 2000 ANKR.
    let (ankr_before, aeth_before) = (net.ankr_balance(&addr(3)), net.aeth_balance(&addr(3)));
    let staked = net.read(&["stake", "--pool", "2", "2eth", "--account", "dev3", "--yes"]);
    assert_eq!(staked["target"], "pool");
    assert_eq!(staked["pool_id"], 2);
    assert_eq!(staked["amount"]["wei"], wei(2));
    assert_eq!(staked["aeth_received"]["wei"], wei(2));
    assert_eq!(staked["fee_paid"]["wei"], wei(2_000));
    assert_eq!(staked["fee_paid"]["formatted"], "2000 ANKR");
    assert_eq!(staked["approved"], Value::Null);
    assert_eq!(staked["total"]["wei"], wei(26));
    assert_eq!(staked["fill_percent"], 81.25);
    assert_eq!(staked["transactions"].as_array().map(Vec::len), Some(1));
    assert_eq!(ankr_before - net.ankr_balance(&addr(3)), 2_000 * ETHER);
    assert_eq!(net.aeth_balance(&addr(3)) - aeth_before, 2 * ETHER);

    let list = net.read(&["pool", "list"]);
    assert_eq!(list["pool_count"], 6);
    assert_eq!(list["micro_pool"].as_str().map(str::to_lowercase), Some(micro_pool.to_lowercase()));
    let pool2 = &list["pools"][1];
    assert_eq!(pool2["id"], 2);
    assert_eq!(pool2["status"], "pending");
    assert_eq!(pool2["provider"], lower(2));
    assert_eq!(pool2["provider_stake"]["wei"], wei(16));
    assert_eq!(pool2["total_staked"]["wei"], wei(26));
    assert_eq!(pool2["room_left"]["wei"], wei(6));
    assert_eq!(pool2["fill_percent"], 81.25);
    assert_eq!(pool2["ended"], false);
    assert_eq!(list["pools"][0]["status"], "active");
    let active = net.read(&["pool", "list", "--status", "active"]);
    assert_eq!(active["pools"].as_array().map(|p| p.iter().map(|p| p["id"].clone()).collect()), Some(vec![1.into()]));
    let aurora = net.read(&["pool", "list", "--provider", &addr(1)]);
    assert_eq!(aurora["pools"].as_array().map(Vec::len), Some(3));
    assert_eq!(aurora["pools"][0]["provider"], lower(1));

    let show = net.read(&["pool", "show", "2", "--address", &addr(3)]);
    assert_eq!(show["status"], "pending");
    assert_eq!(show["stakers"], 3);
    assert_eq!(show["fixed_price"]["wei"], wei(32_000));
    assert_eq!(show["fee_per_eth"]["wei"], wei(1_000));
    assert_eq!(show["min_stake"]["formatted"], "0.1 ETH");
    assert_eq!(show["fees_collected"]["wei"], wei(10_000));
    let vault = net.cast(&["call", "--rpc-url", &net.url, &micro_pool, "vaultOf(uint256)(address)", "2"]);
    assert_eq!(show["withdrawal_address"].as_str().map(str::to_lowercase), Some(vault.to_lowercase()));
    assert_eq!(show["account"]["principal"]["wei"], wei(2));
    assert_eq!(show["account"]["fee_paid"]["wei"], wei(2_000));
    assert_eq!(show["deposit"], Value::Null);
    assert!(show["actions"][0].as_str().is_some_and(|a| a.contains("`stkr stake --pool 2 AMOUNT`")), "{show}");
    let active_pool = net.read(&["pool", "show", "1"]);
    assert_eq!(active_pool["stakers"], 3);
    assert_eq!(active_pool["deposit"]["amount"]["wei"], wei(32));

    // Aurora opens pool 7 with less than its k of 8 ETH, or for too long: refused. With 8 ETH it opens
    // and tops up 1 ETH; three governors who never staked fill it.
    let out = net.stkr.run(&["pool", "open", "--eth", "7", "--account", "dev1", "--yes"]);
    assert_refused(&out, 3, "the provider must put in at least its k of 8 ETH and at most 32 ETH, not 7 ETH");
    let out = net.stkr.run(&["pool", "open", "--eth", "8", "--duration", "800d", "--account", "dev1", "--yes"]);
    assert_refused(&out, 3, "a pool's end time must lie after now and no later than");
    let opened = net.read(&["pool", "open", "--account", "dev1", "--yes"]);
    assert_eq!(opened["pool_id"], 7);
    assert_eq!(opened["provider_eth"]["wei"], wei(8));
    let topped = net.read(&["pool", "top-up", "7", "1", "--account", "dev1", "--yes"]);
    assert_eq!(topped["pool_id"], 7);
    assert_eq!(topped["status"], "pending");
    assert_eq!(topped["provider_eth"]["wei"], wei(1));
    assert_eq!(topped["total_staked"]["wei"], wei(9));

    // --unsigned with an approval needed prints both transactions and sends nothing.
    let block = net.block_number();
    let plan = net.read(&["stake", "--pool", "7", "7", "--account", "dev9", "--unsigned"]);
    let steps = plan["transactions"].as_array().expect("transactions");
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0]["to"].as_str().map(str::to_lowercase), Some(net.contract("ankr_token").to_lowercase()));
    assert!(steps[0]["gas_limit"].as_u64().is_some());
    assert_eq!(steps[1]["value"], wei(7));
    assert_eq!(steps[1]["gas_limit"], Value::Null);
    net.assert_nothing_sent_since(block, "--unsigned sent something");

    for (account, eth) in [(0, 8), (8, 8), (9, 7)] {
        let ankr_before = net.ankr_balance(&addr(account));
        let name = format!("dev{account}");
        let staked = net.read(&["stake", "--pool", "7", &eth.to_string(), "--account", &name, "--yes"]);
        assert_eq!(staked["approved"]["wei"], wei(eth * 1_000), "{name} approves exactly the fee first");
        assert_eq!(staked["fee_paid"]["wei"], wei(eth * 1_000));
        assert_eq!(staked["aeth_received"]["wei"], wei(eth));
        assert_eq!(staked["transactions"].as_array().map(Vec::len), Some(2));
        assert_eq!(ankr_before - net.ankr_balance(&addr(account)), eth * 1_000 * ETHER);
    }
    let full = net.read(&["pool", "show", "7"]);
    assert_eq!(full["total_staked"]["wei"], wei(32));
    assert_eq!(full["fill_percent"], 100.0);
    assert_eq!(full["stakers"], 3);
    assert!(full["actions"][0].as_str().is_some_and(|a| a.contains("stkr pool activate 7")), "{full}");

    // Deposit data that pays out anywhere but the pool's vault is refused before anything is sent.
    let vault = net.cast(&["call", "--rpc-url", &net.url, &micro_pool, "vaultOf(uint256)(address)", "7"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write deposit data");
        path.to_string_lossy().into_owned()
    };
    let wrong = write("wrong-credentials.json", &deposit_data(&addr(1), false));
    let checksummed = vault.parse::<Address>().expect("address");
    let block = net.block_number();
    let out = net.stkr.run(&["pool", "activate", "7", "--deposit-data", &wrong, "--account", "dev1", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: the withdrawal credentials in {wrong} pay out to {}, not to pool 7's vault {checksummed}, so the 32 ETH could never come back to the stakers; make the deposit data with {checksummed} as withdrawal (execution) address (`stkr pool show 7` prints it)\n",
            addr(1)
        )
    );
    let tampered = write("tampered.json", &deposit_data(&vault, true));
    let out = net.stkr.run(&["pool", "activate", "7", "--deposit-data", &tampered, "--account", "dev1", "--yes"]);
    assert_refused(&out, 2, &format!("error: the deposit_data_root in {tampered} does not match its pubkey"));
    // Roots that match but a signature the validator key never made: the beacon chain would not credit it.
    let forged = write("forged.json", &deposit_data(&vault, false));
    let out = net.stkr.run(&["pool", "activate", "7", "--deposit-data", &forged, "--account", "dev1", "--yes"]);
    assert_refused(
        &out,
        2,
        &format!(
            "error: the BLS signature in {forged} does not verify under its pubkey for the deposit domain of devnet (fork version 0x00000001)"
        ),
    );
    net.assert_nothing_sent_since(block, "a refused deposit sent something");
    assert_eq!(net.read(&["pool", "show", "7"])["status"], "pending");

    // `stkr devnet deposit-data` signs with the pool's devnet key: every check of `validator verify` passes.
    let devnet_file = dir.path().join("devnet_deposit.json").to_string_lossy().into_owned();
    let written = net.read(&["devnet", "deposit-data", "7", "--out", &devnet_file]);
    assert_eq!(written["pool_id"], 7);
    let verified =
        net.read(&["validator", "verify", &devnet_file, "--chain", "devnet", "--withdrawal-address", &vault]);
    assert_eq!(verified["valid"], true);

    // The provider's own key from `stkr validator new --pool 7` activates it: 32 ETH deposited, the
    // 23000 ANKR of fees paid out 10 % / 90 %.
    let keys = dir.path().join("validator_keys").to_string_lossy().into_owned();
    let password = net.stkr.password_file("validator.pass", "a validator keystore password");
    let created = net.read(&[
        "validator",
        "new",
        "--pool",
        "7",
        "--yes",
        "--kdf",
        "pbkdf2",
        "--out",
        &keys,
        "--keystore-password-file",
        password.to_str().expect("utf-8"),
    ]);
    assert_eq!(created["chain"], "devnet");
    assert_eq!(created["withdrawal_address"].as_str().map(str::to_lowercase), Some(vault.to_lowercase()));
    let good = created["deposit_data"].as_str().expect("deposit data path").to_string();
    let activated = net.read(&["pool", "activate", "7", "--deposit-data", &good, "--account", "dev1", "--yes"]);
    assert_eq!(activated["status"], "active");
    assert_eq!(activated["fees_to_reward_pool"]["wei"], wei(2_300));
    assert_eq!(activated["fees_to_provider"]["wei"], wei(20_700));
    assert_eq!(
        activated["validator_pubkey"],
        format!("0x{}", created["validators"][0]["pubkey"].as_str().expect("pubkey"))
    );
    let deposits =
        net.cast(&["call", "--rpc-url", &net.url, &net.contract("deposit_contract"), "get_deposit_count()(bytes)"]);
    assert_eq!(deposits, "0x0300000000000000");
    let shown = net.read(&["pool", "show", "7"]);
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["deposit"]["validator_pubkey"], activated["validator_pubkey"]);

    // Its stakes are now locked, and the message says until when.
    let end = shown["end_time_utc"].as_str().expect("end time").to_string();
    let out = net.stkr.run(&["unstake", "--pool", "7", "--account", "dev9", "--yes"]);
    assert_refused(
        &out,
        3,
        &format!(
            "error: the transaction would fail: pool 7 is active: stakes are locked until it ends on {end} and its validator's exit is settled; your aETH stays transferable meanwhile"
        ),
    );

    // Basalt cancels pool 2: dev 3 takes its 2 ETH and 2000 ANKR back, Basalt its 16 ETH.
    let cancelled = net.read(&["pool", "cancel", "2", "--account", "dev2", "--yes"]);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["provider_eth"]["wei"], wei(16));
    let ankr_before = net.ankr_balance(&addr(3));
    let unstaked = net.read(&["unstake", "--pool", "2", "--account", "dev3", "--yes"]);
    assert_eq!(unstaked["amount"]["wei"], wei(2));
    assert_eq!(unstaked["aeth_burned"]["wei"], wei(2));
    assert_eq!(unstaked["fee_refund"]["wei"], wei(2_000));
    assert_eq!(unstaked["remaining"]["wei"], "0");
    assert_eq!(net.ankr_balance(&addr(3)) - ankr_before, 2_000 * ETHER);
    let refund = net.read(&["claim", "--account", "dev2", "--yes"]);
    assert_eq!(refund["claims"][0]["kind"], "refund");
    // One withdrawal returns all of Basalt's refunds: 16 ETH each from this pool, the demo's cancelled
    // pool 4 and its migrated pool 5.
    assert_eq!(refund["total_eth"]["wei"], wei(48));
}

#[test]
fn sidecar_and_reward_stakes_earn_and_everything_is_claimed() {
    let net = Devnet::up(true);
    let reward_pool = net.contract("reward_pool");

    // The demo left dev 3 with 5000 ANKR on node 1's sidecar and dev 7 with 2500 on node 3's; dev 3 adds
    // 2500 on node 2 (approving exactly that first), and dev 4 stakes on the reward shares.
    let staked = net.read(&["stake", "--sidecar", "2", "2500", "--account", "dev3", "--yes"]);
    assert_eq!(staked["target"], "sidecar");
    assert_eq!(staked["node_id"], 2);
    assert_eq!(staked["approved"]["wei"], wei(2_500));
    assert_eq!(staked["your_stake"]["wei"], wei(2_500));
    assert_eq!(staked["total"]["wei"], wei(2_500));
    let staked = net.read(&["stake", "--rewards", "2000ankr", "--account", "dev4", "--yes"]);
    assert_eq!(staked["target"], "rewards");
    assert_eq!(staked["your_stake"]["wei"], wei(2_000));

    // The reward pool holds the demo's 0.064 ETH (10 % of pool 3's rewards) and 4800 ANKR (10 % of the
    // fees of pools 1 and 3); 9.936 ETH more make 10 ETH. Distributed: 30 % governors, 40 % reward shares,
    // 20 % sidecar stakers (dev 3 holds 7500 of their 10000 ANKR), 10 % development. Each category's cut
    // streams over the next reward period (7 days) at a whole number of 1e6 wei a second: 4 ETH to the
    // reward shares is 6,613,756,000,000 wei a second, 3,999,999,628,800,000,000 wei in all.
    net.send(5, &reward_pool, "", &["--value", "9.936ether"]);
    net.send(5, &reward_pool, "distribute()", &[]);
    let rewards = net.read(&["rewards", "--address", &addr(4)]);
    let shares = &rewards["streams"][0];
    assert_eq!(shares["category"], "staker_rewards");
    assert_eq!(shares["running"], true, "{rewards}");
    assert_eq!(shares["eth_per_second"]["wei"], "6613756000000");
    assert_eq!(shares["your_eth_per_day"]["wei"], "571428518400000000", "dev 4 holds all the reward shares");
    assert_eq!(rewards["reward_pool"]["due"], false);
    net.advance("7d");
    let rewards = net.read(&["rewards", "--address", &addr(4)]);
    let kinds: Vec<&str> =
        rewards["claimable"].as_array().expect("list").iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["pool", "staker_rewards"], "the demo's pool 3 paid dev 4 too: {rewards}");
    assert_eq!(rewards["claimable"][1]["eth"]["wei"], "3999999628800000000");
    assert_eq!(rewards["claimable"][1]["ankr"]["wei"], "1919999999635200000000");
    assert_eq!(rewards["streams"][0]["running"], false, "the week streamed out");
    assert_eq!(rewards["reward_stakes"]["staker_rewards"]["wei"], wei(2_000));
    assert_eq!(rewards["pool_stakes"][0]["pool_id"], 1);
    assert_eq!(rewards["pool_stakes"][0]["status"], "active");
    let governor = net.read(&["rewards", "--account", "dev0"]);
    assert_eq!(governor["claimable"][0]["kind"], "governance_rewards");
    assert_eq!(governor["claimable"][0]["eth"]["wei"], "999999907200000000", "a third of 3 ETH streamed");
    assert_eq!(governor["claimable"][0]["ankr"]["wei"], "479999999808000000000");
    // Dev 3's sidecar rewards vest when each node finishes: on running nodes 1 and 2 they are vesting.
    let sidecar = net.read(&["rewards", "--account", "dev3"]);
    assert_eq!(sidecar["claimable"], serde_json::json!([]), "{sidecar}");
    assert_eq!(sidecar["vesting"][0]["node_id"], 1);
    assert_eq!(sidecar["vesting"][0]["eth"]["wei"], "999999907200000000", "half of 2 ETH streamed");
    assert_eq!(sidecar["vesting"][0]["ankr"]["wei"], "479999999908800000000");
    assert_eq!(sidecar["vesting"][1]["node_id"], 2);
    assert_eq!(sidecar["vesting"][1]["eth"]["wei"], "499999953600000000", "a quarter");

    // Half of the stake on node 1 leaves the running node: half of what it earned there goes back, with a
    // warning.
    let out = net.stkr.run(&["--json", "unstake", "--sidecar", "1", "2500", "--account", "dev3", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "warning: node 1 has not finished: withdrawing 2500 of your 5000 ANKR on its sidecar now forfeits that share of what the stake earned there (rewards vest only when the node finishes), 0.4999999536 ETH and 239.9999999544 ANKR, to the reward pool"
        ),
        "{}",
        stderr(&out)
    );
    let unstaked: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(unstaked["amount"]["wei"], wei(2_500));
    assert_eq!(unstaked["forfeited_eth"]["wei"], "499999953600000000");
    assert_eq!(unstaked["forfeited_ankr"]["wei"], "239999999954400000000");
    assert_eq!(unstaked["remaining"]["wei"], wei(2_500));

    // Claims: what arrived is exactly what was claimable, and nothing is left.
    let ankr_before = net.ankr_balance(&addr(4));
    let claimed = net.read(&["claim", "--account", "dev4", "--yes"]);
    assert_eq!(claimed["claims"].as_array().map(Vec::len), Some(2));
    // 0.192 ETH of pool 3's rewards (12 ETH staked, 0.016 per ETH) and the reward shares' stream; the
    // principal stays in dev 4's aETH.
    assert_eq!(claimed["total_eth"]["wei"], "4191999628800000000");
    assert_eq!(claimed["total_ankr"]["wei"], "1919999999635200000000");
    assert_eq!(net.ankr_balance(&addr(4)) - ankr_before, 1_919_999_999_635_200_000_000);
    assert_eq!(net.read(&["rewards", "--account", "dev4"])["claimable"], serde_json::json!([]));
    let again = net.read(&["claim", "--account", "dev4", "--yes"]);
    assert_eq!(again["claims"], serde_json::json!([]));
    let withdrawn = net.read(&["unstake", "--rewards", "--account", "dev4", "--yes"]);
    assert_eq!(withdrawn["amount"]["wei"], wei(2_000));
    assert_eq!(withdrawn["remaining"]["wei"], "0");

    // Governance's only say over a pool's ETH is the failure path: printed, proposed, voted, executed
    // after the timelock.
    let block = net.block_number();
    let printed = net.read(&["pool", "report-failure", "1"]);
    assert_eq!(printed["outcome"], "printed");
    assert_eq!(printed["governance_only"], true);
    let executor = net.cast(&["call", "--rpc-url", &net.url, &net.contract("governance"), "executor()(address)"]);
    assert_eq!(printed["governance"].as_str().map(str::to_lowercase), Some(executor.to_lowercase()));
    let calldata = net.cast(&["calldata", "reportFailure(uint256,uint256)", "1", "0"]);
    assert_eq!(printed["calldata"], calldata);
    net.assert_nothing_sent_since(block, "printing a proposal sent something");
    let proposed = net.read(&["pool", "report-failure", "1", "--propose", "--account", "dev0", "--yes"]);
    assert_eq!(proposed["outcome"], "proposed");
    assert_eq!(proposed["proposal_id"], 1);
    let governance = net.contract("governance");
    for governor in [0, 8, 9] {
        net.send(governor, &governance, "vote(uint256,bool)", &["1", "true"]);
    }
    net.advance("5d1m");
    net.send(5, &governance, "execute(uint256)", &["1"]);

    // The validator's 33 ETH reach pool 1's own vault; dev 5, not governance, settles it.
    let vault = net.read(&["pool", "show", "1"])["withdrawal_address"].as_str().expect("vault").to_string();
    net.send(5, &vault, "", &["--value", "33ether"]);
    let settled = net.read(&["pool", "settle", "1", "--account", "dev5", "--yes"]);
    assert_eq!(settled["action"], "settle");
    assert_eq!(settled["status"], "completed");
    let settled = net.read(&["pool", "show", "1"]);
    // 1 ETH of rewards: 10 % insurance, 10 % reward pool, 0.8 ETH over 32 ETH.
    assert_eq!(settled["settlement"]["rewards_per_eth"]["wei"], "25000000000000000");
    assert_eq!(settled["settlement"]["returned"]["wei"], wei(33));
    assert_eq!(settled["settlement"]["provider_payout_unclaimed"]["wei"], "8200000000000000000");

    // Aurora retires node 1: what dev 3's remaining stake earned there vests.
    net.read(&["node", "retire", "1", "--account", "dev1", "--yes"]);
    let rewards = net.read(&["rewards", "--account", "dev3"]);
    let kinds: Vec<&str> =
        rewards["claimable"].as_array().expect("list").iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["pool", "sidecar_rewards"], "{rewards}");
    assert_eq!(rewards["claimable"][0]["eth"]["wei"], "100000000000000000");
    assert_eq!(rewards["claimable"][1]["node_id"], 1);
    // Half of node 1's 999,999,907,200,000,000 went back; the half kept gives up 1e6 wei to the rounding of
    // its debt when its shares changed (debts round against the position, so claims never exceed the
    // stream).
    assert_eq!(rewards["claimable"][1]["eth"]["wei"], "499999953599000000");
    assert_eq!(rewards["vesting"][0]["node_id"], 2, "node 2 still runs");
    let claimed = net.read(&["claim", "--account", "dev3", "--yes"]);
    assert_eq!(claimed["claims"].as_array().map(Vec::len), Some(2));
    // 0.1 ETH of pool 1's rewards and the half of node 1's sidecar rewards kept.
    assert_eq!(claimed["total_eth"]["wei"], "599999953599000000");
    assert_eq!(claimed["total_ankr"]["wei"], "239999999954399000000");
    // Dev 3's 4 ETH of principal is its aETH, redeemed 1:1.
    let redeemed = net.read(&["redeem", "--account", "dev3", "--yes"]);
    assert_eq!(redeemed["aeth"]["wei"], wei(4));
    assert_eq!(redeemed["eth_paid"]["wei"], wei(4));
    assert_eq!(net.aeth_balance(&addr(3)), 0, "redeemed");
    let provider = net.read(&["claim", "--account", "dev1", "--yes"]);
    let kinds: Vec<&str> =
        provider["claims"].as_array().expect("list").iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["provider_share", "provider_share"]);
    // 8.2 ETH from pool 1 and 8.128 ETH from the demo's pool 3.
    assert_eq!(provider["total_eth"]["wei"], "16328000000000000000");
}

#[test]
fn bad_input_is_refused_with_one_sentence_and_changes_nothing() {
    let net = Devnet::up(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("missing.json").to_string_lossy().into_owned();
    let not_json = dir.path().join("not.json");
    std::fs::write(&not_json, "pubkey: 00").expect("write");
    let not_json = not_json.to_string_lossy().into_owned();
    let bad_hex = dir.path().join("bad-hex.json");
    let text = deposit_data(&net.contract("micro_pool"), false).replacen("\"signature\":\"", "\"signature\":\"zz", 1);
    std::fs::write(&bad_hex, text).expect("write");
    let bad_hex = bad_hex.to_string_lossy().into_owned();
    let list_before = net.read(&["pool", "list"]);
    let block = net.block_number();

    let cases: Vec<(Vec<&str>, i32, String)> = vec![
        (
            vec!["stake", "--pool", "2", "4btc", "--account", "dev3", "--yes"],
            2,
            "error: invalid amount '4btc': use a unit of eth, gwei or wei, e.g. 4eth\n".into(),
        ),
        (vec!["stake", "--pool", "2", "0", "--account", "dev3", "--yes"], 2, "error: invalid amount '0': it must be more than zero\n".into()),
        (vec!["stake", "--pool", "0", "1", "--account", "dev3", "--yes"], 2, "invalid id '0': ids start at 1".into()),
        (
            vec!["stake", "--pool", "9", "1", "--account", "dev3", "--yes"],
            2,
            "error: there is no pool 9; pools run from 1 to 6 (see `stkr pool list`)\n".into(),
        ),
        (
            vec!["stake", "--pool", "2", "9", "--account", "dev3", "--yes"],
            3,
            "error: the transaction would fail: that would take the pool past 32 ETH: 9 ETH offered, 8 ETH of room left; nothing was sent\n".into(),
        ),
        (
            vec!["stake", "--pool", "2", "0.01", "--account", "dev3", "--yes"],
            3,
            "error: the transaction would fail: the smallest stake is 0.1 ETH (or exactly what fills the pool), not 0.01 ETH; nothing was sent\n".into(),
        ),
        (
            vec!["stake", "--pool", "1", "1", "--account", "dev3", "--yes"],
            3,
            "error: the transaction would fail: pool 1 is active: it takes no more stakes, and its stakes are locked until it ends on".into(),
        ),
        (
            vec!["stake", "--pool", "2", "1", "--account", "dev2", "--yes"],
            3,
            "error: the transaction would fail: the provider of pool 2 adds ETH with `stkr pool top-up`, not by staking; nothing was sent\n".into(),
        ),
        (vec!["stake", "--pool", "2", "--sidecar", "1", "5", "--account", "dev3"], 2, "cannot be used with".into()),
        (
            vec!["stake", "--sidecar", "1", "1.5eth", "--account", "dev3", "--yes"],
            2,
            "error: invalid amount '1.5eth': ANKR amounts take no unit other than ankr, e.g. 2500ankr\n".into(),
        ),
        (
            vec!["stake", "--sidecar", "4", "100", "--account", "dev3", "--yes"],
            2,
            "error: there is no node 4; nodes run from 1 to 3\n".into(),
        ),
        (
            vec!["stake", "--pool", "2", "1"],
            2,
            "error: this command signs a transaction: pass --account NAME (see `stkr account list`)\n".into(),
        ),
        (vec!["stake", "--pool", "2", "1", "--account", "dev3"], 2, "pass --yes to go ahead without asking".into()),
        (
            vec!["unstake", "--pool", "2", "--account", "dev3", "--yes"],
            3,
            format!("error: the transaction would fail: {} has nothing staked in pool 2; nothing was sent\n", addr(3)),
        ),
        (
            vec!["unstake", "--pool", "2", "9", "--account", "dev6", "--yes"],
            3,
            format!("error: the transaction would fail: {} has only 3 ETH staked in pool 2, not 9 ETH; nothing was sent\n", addr(6)),
        ),
        (vec!["pool", "show", "abc"], 2, "invalid id 'abc': expected a whole number such as 7".into()),
        (vec!["pool", "list", "--status", "open"], 2, "invalid value 'open' for '--status <STATUS>'".into()),
        (
            vec!["pool", "list", "--provider", "0x1234"],
            2,
            "invalid address '0x1234': expected 40 hex digits after 0x, found 4".into(),
        ),
        (
            vec!["pool", "activate", "2", "--deposit-data", &missing, "--account", "dev2", "--yes"],
            2,
            format!("error: cannot read the deposit data file {missing}: No such file or directory (os error 2)\n"),
        ),
        (
            vec!["pool", "activate", "2", "--deposit-data", &not_json, "--account", "dev2", "--yes"],
            2,
            format!("error: {not_json} is not valid JSON"),
        ),
        (
            vec!["pool", "activate", "2", "--deposit-data", &bad_hex, "--account", "dev2", "--yes"],
            2,
            format!("error: 'signature' in the deposit data in {bad_hex} is not valid hex\n"),
        ),
        (
            vec!["pool", "open", "--duration", "5x", "--account", "dev1", "--yes"],
            2,
            "invalid duration '5x': expected a number and a unit such as 30d, 12h, 90m or 1d12h".into(),
        ),
        (
            vec!["pool", "open", "--eth", "40", "--account", "dev1", "--yes"],
            3,
            "error: the transaction would fail: the provider must put in at least its k of 8 ETH and at most 32 ETH, not 40 ETH; nothing was sent\n".into(),
        ),
        (
            vec!["pool", "top-up", "2", "1", "--account", "dev1", "--yes"],
            3,
            format!("error: the transaction would fail: only the provider of pool 2 may do this, not {}; nothing was sent\n", addr(1)),
        ),
        (
            vec!["pool", "report-failure", "2"],
            3,
            "error: the transaction would fail: pool 2 is pending (checked as governance would run it); nothing was sent\n".into(),
        ),
        (
            vec!["pool", "migrate", "1", "2"],
            3,
            "error: the transaction would fail: pool 1 cannot migrate into pool 2: the source must be pending or cancelled, the target another pending pool before its end time (checked as governance would run it); nothing was sent\n".into(),
        ),
        (vec!["pool", "migrate", "2", "7"], 2, "error: there is no pool 7; pools run from 1 to 6 (see `stkr pool list`)\n".into()),
        (vec!["rewards"], 2, "error: name the account to look at: pass --address ADDR or --account NAME\n".into()),
        (
            vec!["unstake", "--sidecar", "1", "5", "--account", "dev5", "--yes"],
            3,
            format!("error: the transaction would fail: {} has no ANKR staked on node 1's sidecar; nothing was sent\n", addr(5)),
        ),
    ];
    for (args, code, message) in &cases {
        let out = net.stkr.run(args);
        assert_eq!(out.status.code(), Some(*code), "stkr {args:?}: {}", stderr(&out));
        if message.ends_with('\n') {
            // The error is the last line; a status line may come before it.
            let last = stderr(&out).lines().last().map(|l| format!("{l}\n")).unwrap_or_default();
            assert_eq!(last, *message, "stkr {args:?}");
        } else {
            assert!(stderr(&out).contains(message.as_str()), "stkr {args:?}: expected '{message}' in {}", stderr(&out));
        }
        assert!(stdout(&out).is_empty(), "stkr {args:?} printed a result: {}", stdout(&out));
        net.assert_nothing_sent_since(block, &format!("stkr {args:?} changed the chain"));
    }
    assert_eq!(net.read(&["pool", "list"]), list_before);
}

/// POST one JSON-RPC batch to `url` over plain HTTP and return the response body.
fn rpc_batch(url: &str, requests: &[Value]) -> String {
    let host = url.trim_start_matches("http://");
    let body = Value::Array(requests.to_vec()).to_string();
    let mut stream = std::net::TcpStream::connect(host).expect("connect to anvil");
    write!(
        stream,
        "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send the batch");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read the answer");
    response
}

#[test]
fn six_hundred_pools_take_a_handful_of_round_trips() {
    let net = Devnet::up(true);
    let micro_pool = net.contract("micro_pool");
    // Copy pool 2 into pools 3..=600 in storage: poolCount is slot 0, the pools mapping slot 2
    // (`forge inspect MicroPool storageLayout`), a pool five words.
    let slot_of = |id: u64| {
        U256::from_be_bytes(
            keccak256([U256::from(id).to_be_bytes::<32>(), U256::from(2).to_be_bytes::<32>()].concat()).0,
        )
    };
    let storage =
        |slot: U256| net.cast(&["storage", "--rpc-url", &net.url, &micro_pool, &B256::from(slot).to_string()]);
    let words: Vec<String> = (0..5u64).map(|offset| storage(slot_of(2) + U256::from(offset))).collect();
    let mut requests = Vec::new();
    for id in 3..=600u64 {
        for (offset, word) in (0u64..).zip(&words) {
            let slot = B256::from(slot_of(id) + U256::from(offset));
            requests.push(serde_json::json!({
                "jsonrpc": "2.0", "id": requests.len(), "method": "anvil_setStorageAt",
                "params": [micro_pool, slot.to_string(), word]
            }));
        }
    }
    requests.push(serde_json::json!({
        "jsonrpc": "2.0", "id": requests.len(), "method": "anvil_setStorageAt",
        "params": [micro_pool, B256::ZERO.to_string(), B256::from(U256::from(600)).to_string()]
    }));
    let answer = rpc_batch(&net.url, &requests);
    assert!(
        answer.starts_with("HTTP/1.1 200") && !answer.contains("\"error\""),
        "{}",
        &answer[..answer.len().min(400)]
    );

    // anvil logs each request as its method name on a line of its own; blocks it mines meanwhile add
    // other lines, which are not ours to count.
    let is_request = |line: &str| {
        let line = line.trim();
        line.split_once('_').is_some_and(|(namespace, method)| {
            !namespace.is_empty()
                && namespace.chars().all(|c| c.is_ascii_lowercase())
                && !method.is_empty()
                && method.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    let count = |log: &str| {
        (log.lines().filter(|l| l.trim() == "eth_call").count(), log.lines().filter(|l| is_request(l)).count())
    };
    let (calls_before, requests_before) = count(&net.anvil_log());
    let list = net.read(&["pool", "list"]);
    let (calls_after, requests_after) = count(&net.anvil_log());
    assert_eq!(list["pool_count"], 600);
    assert_eq!(list["pools"].as_array().map(Vec::len), Some(600));
    assert_eq!(list["pools"][599]["id"], 600);
    assert_eq!(list["pools"][599]["status"], "pending");
    assert_eq!(list["pools"][599]["total_staked"]["wei"], wei(24));
    // One call for the count, one of all 600 pools (1 000 calls fit a round trip); chain id, block and
    // code checks besides.
    assert_eq!(calls_after - calls_before, 2, "eth_calls for 600 pools");
    assert!(requests_after - requests_before <= 8, "{} requests for 600 pools", requests_after - requests_before);

    let (calls_before, _) = count(&net.anvil_log());
    let rewards = net.read(&["rewards", "--address", &addr(6)]);
    let (calls_after, _) = count(&net.anvil_log());
    // dev 6's 3 ETH in pool 2, and the demo's 1 ETH it staked in pool 5 (migrated; the copies overwrote 5).
    assert_eq!(rewards["pool_stakes"].as_array().map(Vec::len), Some(2));
    assert_eq!(rewards["pool_stakes"][0]["pool_id"], 2);
    assert_eq!(rewards["pool_stakes"][0]["principal"]["wei"], wei(3));
    assert!(calls_after - calls_before <= 9, "{} eth_calls for the rewards of 600 pools", calls_after - calls_before);
}
