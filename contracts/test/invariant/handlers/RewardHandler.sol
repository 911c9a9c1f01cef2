// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {RewardPool} from "../../../src/RewardPool.sol";
import {StakerRewards} from "../../../src/StakerRewards.sol";
import {NodeRegistry} from "../../../src/NodeRegistry.sol";
import {Parameters} from "../../../src/Parameters.sol";
import {IParameters} from "../../../src/interfaces/IParameters.sol";
import {INodeRegistry} from "../../../src/interfaces/INodeRegistry.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";

/// Stakers come and go in two streamed categories (reward stakers and sidecar stakers on a few nodes),
/// money flows in, time passes, the reward period changes, distributions, forfeits, node finishes and
/// claims happen in any order. Ghosts count, per category, what the pool notified and what left it, and
/// how much rounding dust the calls so far may have left behind.
contract RewardHandler is Test {
    /// Wei a debt counts in (RewardStream's DEBT_UNIT).
    uint256 internal constant DEBT_UNIT = 1e6;

    /// What one category received and what left it, in ETH and ANKR, and the most rounding dust (per
    /// token) the calls that touched it may have left: a notify's remainder under `period` x 1e6 wei
    /// (rates are whole 1e6 wei per second), under 1e6 + 1 wei for each change of a position's shares
    /// (the debt moves in 1e6-wei units rounded against the position, the earnings it compares round
    /// down), under 1e6 for each forfeit and each claim (their debts round up), and under a wei for each
    /// time the per-share value is brought up to date (it rounds down; the category's units stay far
    /// below 1e18). The invariants add a wei per position for the rounding of what each is owed.
    struct Books {
        uint256 notifiedEth;
        uint256 notifiedAnkr;
        uint256 claimedEth;
        uint256 claimedAnkr;
        uint256 forfeitedEth;
        uint256 forfeitedAnkr;
        uint256 maxDust;
    }

    RewardPool internal immutable pool;
    StakerRewards internal immutable rewards;
    NodeRegistry internal immutable nodes;
    Parameters internal immutable params;
    AnkrToken internal immutable ankr;
    address internal immutable governance;
    address internal immutable provider;
    address[] public stakers;
    uint256[] public nodeIds;

    Books internal stakerBooks;
    Books internal sidecarBooks;
    /// ANKR staked in each category, and its shares (each position's stake in whole gwei).
    uint256 public stakerStaked;
    uint256 public stakerShares;
    uint256 public sidecarStaked;
    /// Shares of the stakes on running nodes: a finished node's stakes leave the stream at once.
    uint256 public sidecarShares;
    /// Shares of the stakes on each node, running or finished.
    mapping(uint256 nodeId => uint256 shares) public nodeShares;
    uint256 public distributions;
    uint256 public forfeits;
    uint256 public finishes;
    uint256 public claims;
    /// Calls that did not do what they must (a withdrawal from a finished node that forfeited, a claim
    /// that paid other than what was pending). Handler assertions would only revert the call, which the
    /// campaign does not count as a failure; the invariants check this stays 0.
    uint256 public violations;

    constructor(
        RewardPool pool_,
        StakerRewards rewards_,
        NodeRegistry nodes_,
        Parameters params_,
        AnkrToken ankr_,
        address governance_,
        address provider_,
        address[] memory stakers_,
        uint256[] memory nodeIds_
    ) {
        pool = pool_;
        rewards = rewards_;
        nodes = nodes_;
        params = params_;
        ankr = ankr_;
        governance = governance_;
        provider = provider_;
        stakers = stakers_;
        nodeIds = nodeIds_;
    }

    function count() external view returns (uint256) {
        return stakers.length;
    }

    function nodeCount() external view returns (uint256) {
        return nodeIds.length;
    }

    function allStakers() external view returns (address[] memory) {
        return stakers;
    }

    function allNodes() external view returns (uint256[] memory) {
        return nodeIds;
    }

    /// The books of the sidecar category (`sidecar`) or of the reward stakers.
    function books(bool sidecar) external view returns (Books memory) {
        return sidecar ? sidecarBooks : stakerBooks;
    }

    // ---------------------------------------------------------------- reward stakers (40 %)

    function stake(uint256 who, uint256 amount) external {
        address s = stakers[who % stakers.length];
        amount = bound(amount, 1, 10_000 ether);
        uint256 before = rewards.stakeOf(s);
        vm.prank(s);
        rewards.stake(amount);
        stakerStaked += amount;
        stakerShares = stakerShares + (before + amount) / 1e9 * 1e9 - before / 1e9 * 1e9;
        stakerBooks.maxDust += DEBT_UNIT + 2; // a change of shares and an update of the per-share value
    }

    function unstake(uint256 who, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 staked = rewards.stakeOf(s);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(s);
        rewards.unstake(amount);
        stakerStaked -= amount;
        stakerShares = stakerShares + (staked - amount) / 1e9 * 1e9 - staked / 1e9 * 1e9;
        stakerBooks.maxDust += DEBT_UNIT + 2;
    }

    function claim(uint256 who) external {
        address s = stakers[who % stakers.length];
        (uint256 pendingEth, uint256 pendingAnkr) = rewards.pendingRewards(s);
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        rewards.claimRewards();
        if (s.balance - eth != pendingEth || ankr.balanceOf(s) - ank != pendingAnkr) violations++;
        stakerBooks.claimedEth += s.balance - eth;
        stakerBooks.claimedAnkr += ankr.balanceOf(s) - ank;
        stakerBooks.maxDust += DEBT_UNIT; // the debt set to the earnings, rounded up
        claims++;
    }

    // ---------------------------------------------------------------- sidecar stakers (20 %)

    function stakeOnSidecar(uint256 who, uint256 node, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Active) return;
        amount = bound(amount, 1, 10_000 ether);
        uint256 before = nodes.stakeOf(nodeId, s);
        vm.prank(s);
        nodes.stakeOnSidecar(nodeId, amount);
        sidecarStaked += amount;
        uint256 moved = (before + amount) / 1e9 * 1e9 - before / 1e9 * 1e9;
        sidecarShares += moved;
        nodeShares[nodeId] += moved;
        sidecarBooks.maxDust += DEBT_UNIT + 2;
    }

    function unstakeFromSidecar(uint256 who, uint256 node, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        uint256 staked = nodes.stakeOf(nodeId, s);
        if (staked == 0) return;
        uint256 eth = address(pool).balance;
        uint256 ank = ankr.balanceOf(address(pool));
        amount = bound(amount, 1, staked);
        bool running = nodes.getNode(nodeId).status == INodeRegistry.Status.Active;
        vm.prank(s);
        nodes.unstakeFromSidecar(nodeId, amount);
        sidecarStaked -= amount;
        uint256 moved = staked / 1e9 * 1e9 - (staked - amount) / 1e9 * 1e9;
        nodeShares[nodeId] -= moved;
        // A finished node's stakes already left the stream: the change moves only the position.
        if (running) sidecarShares -= moved;
        uint256 forfeitedEth = address(pool).balance - eth;
        uint256 forfeitedAnkr = ankr.balanceOf(address(pool)) - ank;
        sidecarBooks.forfeitedEth += forfeitedEth;
        sidecarBooks.forfeitedAnkr += forfeitedAnkr;
        if (forfeitedEth + forfeitedAnkr > 0) forfeits++;
        if (!running && forfeitedEth + forfeitedAnkr > 0) violations++; // a finished node's stakes vested
        // A change of shares (with an update of the per-share value on a running node), and a forfeit.
        sidecarBooks.maxDust += running ? 2 * DEBT_UNIT + 2 : DEBT_UNIT + 1;
    }

    /// Rarer than the other actions (one call in four acts), so nodes run for a good part of a sequence.
    function finishNode(uint256 node) external {
        if (node % 4 != 0) return;
        uint256 nodeId = nodeIds[(node / 4) % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Active) return;
        vm.prank(provider);
        nodes.finishNode(nodeId);
        sidecarShares -= nodeShares[nodeId]; // its stakes stop earning
        sidecarBooks.maxDust += 1; // the per-share value brought up to date
        finishes++;
    }

    function claimFromNode(uint256 who, uint256 node) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Finished) return;
        (uint256 pendingEth, uint256 pendingAnkr) = nodes.pendingRewards(nodeId, s);
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        nodes.claimRewards(nodeId);
        if (s.balance - eth != pendingEth || ankr.balanceOf(s) - ank != pendingAnkr) violations++;
        sidecarBooks.claimedEth += s.balance - eth;
        sidecarBooks.claimedAnkr += ankr.balanceOf(s) - ank;
        sidecarBooks.maxDust += DEBT_UNIT;
        claims++;
    }

    // ---------------------------------------------------------------- the pool and the clock

    function fund(uint256 eth, uint256 ankrAmount) external {
        eth = bound(eth, 0, 100 ether);
        vm.deal(address(this), eth);
        (bool ok,) = address(pool).call{value: eth}("");
        assertTrue(ok);
        ankr.mint(address(pool), bound(ankrAmount, 0, 1_000_000 ether));
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 4 days));
    }

    /// A shorter or longer period: a distribution may then fall while the last cut still streams.
    function setRewardPeriod(uint256 period) external {
        vm.prank(governance);
        params.set(IParameters.Key.RewardPeriod, bound(period, 1 days, 14 days));
    }

    function distribute() external {
        uint256 due = pool.nextDistributionAt();
        if (block.timestamp < due) vm.warp(due);
        uint256 stakerEth = address(rewards).balance;
        uint256 stakerAnkr = ankr.balanceOf(address(rewards));
        uint256 sidecarEth = address(nodes).balance;
        uint256 sidecarAnkr = ankr.balanceOf(address(nodes));
        uint256 period = params.get(IParameters.Key.RewardPeriod);
        pool.distribute();
        stakerBooks.notifiedEth += address(rewards).balance - stakerEth;
        stakerBooks.notifiedAnkr += ankr.balanceOf(address(rewards)) - stakerAnkr;
        sidecarBooks.notifiedEth += address(nodes).balance - sidecarEth;
        sidecarBooks.notifiedAnkr += ankr.balanceOf(address(nodes)) - sidecarAnkr;
        // Each category's cut (with what it carried and what had not streamed yet) divides into whole
        // 1e6 wei per second of the period, leaving less than period x 1e6 wei; one update of the
        // per-share value.
        stakerBooks.maxDust += period * DEBT_UNIT + 1;
        sidecarBooks.maxDust += period * DEBT_UNIT + 1;
        distributions++;
    }
}
