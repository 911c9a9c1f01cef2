//! The whitepaper's flows end to end, each through the `stkr` binary only, against a real devnet.

mod common;

use common::{Devnet, dev, wei};

/// A new provider registers with collateral, governance qualifies it by vote, and it runs a node.
#[test]
fn provider_onboarding_through_a_governance_vote() {
    let net = Devnet::up(false);
    let applied = net.act(
        3,
        &[
            "provider",
            "register",
            "--brand",
            "Cobalt Compute",
            "--price",
            "15000",
            "--cpu-cores",
            "8",
            "--ram-gb",
            "32",
            "--storage-gb",
            "2000",
            "--bandwidth-mbps",
            "500",
            "--max-nodes",
            "2",
            "--collateral",
            "150000",
        ],
    );
    assert!(applied.to_string().contains("Cobalt Compute"), "{applied}");
    let shown = net.read(&["provider", "show", &dev(3)]);
    assert_eq!(shown["status"], "applied");
    assert_eq!(wei(&shown["collateral"]), 150_000 * 10u128.pow(18));

    // Not qualified yet: it may not run nodes.
    let sidecar = dev(6);
    let (code, message) =
        net.refused(3, &["node", "add", "--sidecar", &sidecar, "--probe-url", "https://cobalt.example/stkr"]);
    assert_eq!(code, 3, "{message}");

    let executed = net.pass(&["qualify", &dev(3), "--trust", "semi-trusted"]);
    assert!(executed["changes"].to_string().contains("qualified"), "{executed}");
    let shown = net.read(&["provider", "show", &dev(3)]);
    assert_eq!(shown["status"], "qualified");
    assert_eq!(shown["trust_level"], "semi-trusted");

    net.act(3, &["node", "add", "--sidecar", &sidecar, "--probe-url", "https://cobalt.example/stkr"]);
    let nodes = net.read(&["node", "list", "--provider", &dev(3)]);
    assert_eq!(nodes["nodes"].as_array().map(Vec::len), Some(1), "{nodes}");
    let status = net.read(&["status", "--address", &dev(3)]);
    assert_eq!(status["provider"]["status"], "qualified");
    assert_eq!(status["provider"]["active_nodes"], 1);
}

/// A deposit data file for `pool`'s validator, from `stkr devnet deposit-data`.
fn deposit_data_file(net: &Devnet, pool: &str) -> String {
    let path = net.stkr.dir.path().join(format!("deposit_data-{pool}.json"));
    let path = path.to_string_lossy().into_owned();
    let written = net.read(&["devnet", "deposit-data", pool, "--out", &path]);
    let vault =
        net.cast(&["call", "--rpc-url", &net.url, &net.contract("micro_pool"), "vaultOf(uint256)(address)", pool]);
    assert_eq!(written["withdrawal_address"].as_str().map(str::to_lowercase), Some(vault.to_lowercase()));
    path
}

const ETH: u128 = 1_000_000_000_000_000_000;

/// Aurora (semi-trusted, k = 8 ETH) opens a pool; Alice, Bob and Carol stake 4, 8 and 12 ETH; the demo's
/// guardians attest its deposit and it activates; at its end the provider queues the validator's exit
/// (EIP-7002), 33.6 ETH come back to the pool's vault and a passer-by settles it; each staker claims its
/// rewards, and the principal is redeemed by whoever holds the aETH — Bob sold his to Dave (§3.4, §3.7).
#[test]
fn a_pool_with_three_micro_investors_from_open_to_claim() {
    let net = Devnet::up(true);
    collect_demo_payouts(&net);
    let opened = net.act(1, &["pool", "open", "--eth", "8", "--duration", "2d"]);
    let pool = opened["pool_id"].as_u64().expect("pool id").to_string();
    let (alice, bob, carol, dave, passer_by) = (4, 5, 6, 3, 7);
    for (who, eth) in [(alice, "4"), (bob, "8"), (carol, "12eth")] {
        net.act(who, &["stake", "--pool", &pool, eth]);
    }
    let shown = net.read(&["pool", "show", &pool]);
    assert_eq!(shown["status"], "pending");
    assert_eq!(wei(&shown["total_staked"]), 32 * ETH, "{shown}");

    // Two of the three guardians attest the deposit; the pool's 32 ETH go to the deposit contract.
    let file = deposit_data_file(&net, &pool);
    let deposits = net.contract("deposit_contract");
    let deposited_before = net.eth_balance(&deposits);
    net.act(1, &["pool", "activate", &pool, "--deposit-data", &file]);
    assert_eq!(net.read(&["pool", "show", &pool])["status"], "active");
    assert_eq!(net.eth_balance(&deposits) - deposited_before, 32 * ETH);
    // Stakes are locked while the validator runs, and nobody may force its exit before the end.
    let (code, message) = net.refused(alice, &["unstake", "--pool", &pool, "1"]);
    assert_eq!(code, 3, "{message}");
    let (code, message) = net.refused(1, &["pool", "exit", &pool]);
    assert_eq!(code, 3, "{message}");

    // At its end the provider asks the execution layer to exit the validator: the request is queued.
    net.advance("2d");
    let predeploy = "0x00000961Ef480Eb55e80D19ad83579A64c007002";
    let queued_before = net.cast(&["storage", "--rpc-url", &net.url, predeploy, "3"]);
    let exit = net.act(1, &["pool", "exit", &pool]);
    assert!(exit["transaction"].is_string(), "{exit}");
    let queued_after = net.cast(&["storage", "--rpc-url", &net.url, predeploy, "3"]);
    assert_ne!(queued_before, queued_after, "the predeploy's queue grew");

    // The exited validator's 33.6 ETH arrive at the pool's vault, as beacon-chain withdrawals do.
    let arrived = net.read(&["devnet", "withdrawals", &pool, "33.6"]);
    assert_eq!(wei(&arrived["arrived"]), 336 * ETH / 10);
    let reward_pool = net.contract("reward_pool");
    let insurance = net.contract("insurance_pool");
    let (reward_before, insurance_before) = (net.eth_balance(&reward_pool), net.eth_balance(&insurance));

    // Anyone settles it — here an account that is neither governance, staker nor provider.
    net.act(passer_by, &["pool", "settle", &pool]);
    assert_eq!(net.read(&["pool", "show", &pool])["status"], "completed");
    assert_eq!(net.eth_balance(&reward_pool) - reward_before, 16 * ETH / 100, "10 % of the 1.6 ETH of rewards");
    assert_eq!(net.eth_balance(&insurance) - insurance_before, 16 * ETH / 100);
    assert_eq!(net.eth_balance(arrived["vault"].as_str().expect("vault")), 0);

    // Each staker's rewards (0.04 ETH per staked ETH) are theirs to claim, whoever holds the aETH now.
    let aeth = net.contract("aeth");
    let bob_before = net.aeth_balance(&dev(bob));
    net.send(bob, &aeth, "transfer(address,uint256)", &[&dev(dave), &(8 * ETH).to_string()]);
    for (who, expected) in [(alice, 16u128), (bob, 32), (carol, 48)] {
        let rewards = net.read(&["rewards", "--address", &dev(who)]);
        assert_eq!(wei(&rewards["total_eth"]), expected * ETH / 100, "dev{who}: {rewards}");
        let before = net.eth_balance(&dev(who));
        net.act(who, &["claim"]);
        let gained = net.eth_balance(&dev(who)) as i128 - before as i128;
        let expected = (expected * ETH / 100) as i128;
        assert!(
            gained <= expected && gained > expected - (ETH / 1000) as i128,
            "dev{who} gained {gained}, less gas than {expected}"
        );
    }
    // The principal follows the aETH: Alice and Carol redeem theirs, Dave the 8 aETH he bought from Bob.
    for (who, eth) in [(alice, 4u128), (carol, 12), (dave, 8)] {
        let aeth_before = net.aeth_balance(&dev(who));
        let redeemed = net.act(who, &["redeem", &eth.to_string()]);
        assert_eq!(wei(&redeemed["eth_paid"]), eth * ETH, "dev{who}: {redeemed}");
        assert_eq!(aeth_before - net.aeth_balance(&dev(who)), eth * ETH);
    }
    assert_eq!(bob_before - net.aeth_balance(&dev(bob)), 8 * ETH, "Bob's aETH went to Dave");

    // The reward pool's 10 % (with the demo's 0.064 ETH from pool 3: 0.224 ETH) goes out to the
    // categories and streams to them over the week; a governor's share shows up to claim as it streams.
    // The reward shares have no stake here: their 40 % is carried into the next period.
    let distributed = net.act(3, &["distribute"]);
    assert_eq!(wei(&distributed["eth"]), 224 * ETH / 1_000, "{distributed}");
    assert_eq!(wei(&distributed["cuts"][0]["eth"]), 672 * ETH / 10_000, "{distributed}");
    assert_eq!(wei(&net.read(&["rewards", "--address", &dev(0)])["total_eth"]), 0, "nothing streamed yet");
    net.advance("7d");
    // A third of the governors' 0.0672 ETH, at 111,111 million wei a second for 604,800 seconds.
    assert_eq!(wei(&net.read(&["rewards", "--address", &dev(0)])["total_eth"]), 22_399_977_600_000_000);
    let before = net.eth_balance(&dev(1));
    net.act(1, &["claim"]);
    let gained = net.eth_balance(&dev(1)) - before;
    assert!(gained <= 832 * ETH / 100 && gained > 832 * ETH / 100 - ETH / 1000, "the provider's 8.32 ETH: {gained}");
}

/// A provider fails: its validator returns only 20 of 32 ETH. Governance reports the failure and slashes
/// collateral into insurance; a staker forces the exit and settles the loss 90 days later: the provider's
/// 8 ETH go first, the insurance pool pays the other 4, and the stakers' aETH redeems every wei of their
/// principal (§3.6).
#[test]
fn a_slashed_pool_is_made_whole_by_collateral_and_insurance() {
    let net = Devnet::up(true);
    collect_demo_payouts(&net);
    let opened = net.act(1, &["pool", "open", "--eth", "8"]);
    let pool = opened["pool_id"].as_u64().expect("pool id").to_string();
    for who in [4, 5, 6] {
        net.act(who, &["stake", "--pool", &pool, "8"]);
    }
    let file = deposit_data_file(&net, &pool);
    net.act(1, &["pool", "activate", &pool, "--deposit-data", &file]);
    let keys = stkr_core::network::dev_accounts::KEYS;
    let insurance = net.contract("insurance_pool");
    // What the insurance pool holds from earlier pools' rewards; and the slashed validator's 20 ETH.
    net.cast(&["send", "--rpc-url", &net.url, "--private-key", keys[7], &insurance, "deposit()", "--value", "5ether"]);
    net.read(&["devnet", "withdrawals", &pool, "20"]);
    let collateral_before = wei(&net.read(&["provider", "show", &dev(1)])["collateral"]);
    let insurance_before = net.eth_balance(&insurance);

    // Governance reports the failure (it never says how much came back) and slashes the collateral.
    let executed = net.pass(&["fail-pool", &pool, "--slash", "10000ankr"]);
    assert!(executed["changes"].to_string().contains("executed"), "{executed}");
    let provider = net.read(&["provider", "show", &dev(1)]);
    assert_eq!(wei(&provider["collateral"]), collateral_before - 10_000 * ETH, "collateral slashed");
    assert_eq!(provider["failures"], 1);
    // 20 ETH is less than the principal: anyone settles that loss only 90 days after the exit request, so
    // ETH sent to the vault cannot pass for an exit. After the report anyone may request the exit.
    let (code, message) = net.refused(4, &["pool", "settle", &pool]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("request the validator's exit first"), "{message}");
    net.act(4, &["pool", "exit", &pool]);
    let (code, message) = net.refused(4, &["pool", "settle", &pool]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("a loss is settled by anyone from"), "{message}");
    net.advance("90d");
    net.act(4, &["pool", "settle", &pool]);
    assert_eq!(net.eth_balance(&insurance), insurance_before - 4 * ETH, "insurance paid the 4 ETH beyond k");
    for who in [4, 5, 6] {
        let rewards = net.read(&["rewards", "--address", &dev(who)]);
        assert_eq!(wei(&rewards["total_eth"]), 0, "dev{who}: no rewards from a failed pool: {rewards}");
        let before = net.aeth_balance(&dev(who));
        let redeemed = net.act(who, &["redeem", "8"]);
        assert_eq!(wei(&redeemed["eth_paid"]), 8 * ETH, "dev{who} gets all 8 ETH back: {redeemed}");
        assert_eq!(before - net.aeth_balance(&dev(who)), 8 * ETH);
    }
    let provider = net.read(&["rewards", "--address", &dev(1)]);
    assert_eq!(wei(&provider["total_eth"]), 0, "the provider's k is gone: {provider}");
}

/// The demo's completed pool 3 left payouts for its stakers (dev 4 and 5) and its provider (dev 1): they
/// collect them first, so what a scenario's own pool pays stands alone.
fn collect_demo_payouts(net: &Devnet) {
    for who in [1, 4, 5] {
        let claimed = net.act(who, &["claim"]);
        assert!(wei(&claimed["total_eth"]) > 0, "dev{who} had nothing from pool 3: {claimed}");
    }
}
