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
/// claims happen in any order. Ghosts count, per category, what the pool notified and what left it.
contract RewardHandler is Test {
    /// What one category received and what left it, in ETH and ANKR.
    struct Books {
        uint256 notifiedEth;
        uint256 notifiedAnkr;
        uint256 claimedEth;
        uint256 claimedAnkr;
        uint256 forfeitedEth;
        uint256 forfeitedAnkr;
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
    uint256 public sidecarShares;
    uint256 public distributions;
    uint256 public forfeits;
    /// Calls that may move a stream's rounding: share changes, claims and distributions.
    uint256 public streamEvents;

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
        streamEvents++;
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
        streamEvents++;
    }

    function claim(uint256 who) external {
        address s = stakers[who % stakers.length];
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        rewards.claimRewards();
        stakerBooks.claimedEth += s.balance - eth;
        stakerBooks.claimedAnkr += ankr.balanceOf(s) - ank;
        streamEvents++;
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
        sidecarShares = sidecarShares + (before + amount) / 1e9 * 1e9 - before / 1e9 * 1e9;
        streamEvents++;
    }

    function unstakeFromSidecar(uint256 who, uint256 node, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        uint256 staked = nodes.stakeOf(nodeId, s);
        if (staked == 0) return;
        uint256 eth = address(pool).balance;
        uint256 ank = ankr.balanceOf(address(pool));
        amount = bound(amount, 1, staked);
        vm.prank(s);
        nodes.unstakeFromSidecar(nodeId, amount);
        sidecarStaked -= amount;
        sidecarShares = sidecarShares + (staked - amount) / 1e9 * 1e9 - staked / 1e9 * 1e9;
        uint256 forfeitedEth = address(pool).balance - eth;
        uint256 forfeitedAnkr = ankr.balanceOf(address(pool)) - ank;
        sidecarBooks.forfeitedEth += forfeitedEth;
        sidecarBooks.forfeitedAnkr += forfeitedAnkr;
        if (forfeitedEth + forfeitedAnkr > 0) forfeits++;
        streamEvents++;
    }

    /// Rarer than the other actions (one call in four acts), so nodes run for a good part of a sequence.
    function finishNode(uint256 node) external {
        if (node % 4 != 0) return;
        uint256 nodeId = nodeIds[(node / 4) % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Active) return;
        vm.prank(provider);
        nodes.finishNode(nodeId);
    }

    function claimFromNode(uint256 who, uint256 node) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Finished) return;
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        nodes.claimRewards(nodeId);
        sidecarBooks.claimedEth += s.balance - eth;
        sidecarBooks.claimedAnkr += ankr.balanceOf(s) - ank;
        streamEvents++;
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
        pool.distribute();
        stakerBooks.notifiedEth += address(rewards).balance - stakerEth;
        stakerBooks.notifiedAnkr += ankr.balanceOf(address(rewards)) - stakerAnkr;
        sidecarBooks.notifiedEth += address(nodes).balance - sidecarEth;
        sidecarBooks.notifiedAnkr += ankr.balanceOf(address(nodes)) - sidecarAnkr;
        distributions++;
        streamEvents++;
    }
}
