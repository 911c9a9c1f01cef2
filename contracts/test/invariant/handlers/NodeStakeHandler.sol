// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {RewardPool} from "../../../src/RewardPool.sol";
import {NodeRegistry} from "../../../src/NodeRegistry.sol";
import {INodeRegistry, IElectionLock} from "../../../src/interfaces/INodeRegistry.sol";
import {IProviderRegistry} from "../../../src/interfaces/IProviderRegistry.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";

/// An election lock the handler opens and closes at will (Governance's is driven by its own clock).
contract ElectionLockMock is IElectionLock {
    bool public electionLocked;

    function setLocked(bool locked) external {
        electionLocked = locked;
    }
}

/// ANKR stakers on sidecars: they stake and unstake on several nodes, delegate their votes to candidates,
/// nodes register and finish, the reward pool streams the sidecars' cut while time passes, stakers claim
/// from finished nodes, and an election lock comes and goes. Ghosts count the ANKR staked, the votes at
/// past seconds and the rewards that came in and went out.
contract NodeStakeHandler is Test {
    uint256 internal constant MAX_NODES = 4;

    RewardPool internal immutable pool;
    NodeRegistry internal immutable nodes;
    AnkrToken internal immutable ankr;
    ElectionLockMock public immutable lock;
    address internal immutable provider;
    address[] internal stakers;
    address[] internal candidates; // the last one is address(0): no delegate
    uint256[] internal nodeIds;

    uint256 public ghostStaked;
    uint256 public notifiedEth;
    uint256 public notifiedAnkr;
    uint256 public claimedEth;
    uint256 public claimedAnkr;
    uint256 public forfeitedEth;
    uint256 public forfeitedAnkr;
    uint256 public lockedReverts;
    /// Calls that did not do what they must (a locked or unvested call that went through or failed
    /// otherwise, a withdrawal or claim that paid the wrong amount). Handler assertions would only revert
    /// the call, which the campaign does not count as a failure; the invariants check this stays 0.
    uint256 public violations;
    uint256 public vestingReverts;
    uint256 public claims;

    /// Each staker's total and each candidate's votes, as the handler's calls should have left them.
    mapping(address staker => uint256 total) public ghostTotal;
    mapping(address candidate => uint256 votes) public ghostVotes;
    /// What each position on a finished node is owed: fixed when the node finished (its stakes earn no
    /// more), set to what is left after each claim or withdrawal.
    mapping(uint256 nodeId => mapping(address staker => uint256 eth)) public frozenEth;
    mapping(uint256 nodeId => mapping(address staker => uint256 ankr)) public frozenAnkr;

    /// What the last call touched, for the invariants to check: a node, a staker and up to two candidates.
    uint256 public touchedNode;
    address public touchedStaker;
    address public touchedFrom;
    address public touchedTo;

    /// Votes each candidate held at the end of second `snapshotTimes[i]` (recorded before time moved on).
    uint256[] public snapshotTimes;
    mapping(uint256 snapshot => mapping(address candidate => uint256 votes)) public snapshotVotes;

    constructor(
        RewardPool pool_,
        NodeRegistry nodes_,
        AnkrToken ankr_,
        ElectionLockMock lock_,
        address provider_,
        address[] memory stakers_,
        address[] memory candidates_,
        uint256[] memory nodeIds_
    ) {
        pool = pool_;
        nodes = nodes_;
        ankr = ankr_;
        lock = lock_;
        provider = provider_;
        stakers = stakers_;
        candidates = candidates_;
        nodeIds = nodeIds_;
    }

    function allStakers() external view returns (address[] memory) {
        return stakers;
    }

    function allCandidates() external view returns (address[] memory) {
        return candidates;
    }

    function allNodes() external view returns (uint256[] memory) {
        return nodeIds;
    }

    /// The rewards' ghosts in one call: notified, claimed and forfeited ETH and ANKR.
    function rewardBooks() external view returns (uint256[6] memory) {
        return [notifiedEth, notifiedAnkr, claimedEth, claimedAnkr, forfeitedEth, forfeitedAnkr];
    }

    /// What the last call touched, in one call.
    function touched() external view returns (uint256 nodeId, address s, address from, address to) {
        return (touchedNode, touchedStaker, touchedFrom, touchedTo);
    }

    function snapshotCount() external view returns (uint256) {
        return snapshotTimes.length;
    }

    // ---------------------------------------------------------------- stakes and votes

    function stake(uint256 who, uint256 node, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Active) return;
        amount = bound(amount, 1, 20_000 ether);
        vm.prank(s);
        nodes.stakeOnSidecar(nodeId, amount);
        ghostStaked += amount;
        ghostTotal[s] += amount;
        address d = _delegateOf(s);
        if (d != address(0)) ghostVotes[d] += amount;
        _touch(nodeId, s, address(0), d);
    }

    function unstake(uint256 who, uint256 node, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        uint256 staked = nodes.stakeOf(nodeId, s);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        if (lock.electionLocked() && nodes.delegateOf(s) != address(0)) {
            _expectError(
                s,
                abi.encodeCall(nodes.unstakeFromSidecar, (nodeId, amount)),
                abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, s)
            );
            lockedReverts++;
            return;
        }
        uint256 eth = address(pool).balance;
        uint256 ank = ankr.balanceOf(address(pool));
        uint256 ankrBefore = ankr.balanceOf(s);
        vm.prank(s);
        nodes.unstakeFromSidecar(nodeId, amount);
        if (ankr.balanceOf(s) - ankrBefore != amount) violations++; // the stake comes back whole
        forfeitedEth += address(pool).balance - eth;
        forfeitedAnkr += ankr.balanceOf(address(pool)) - ank;
        if (nodes.getNode(nodeId).status == INodeRegistry.Status.Finished) {
            // A finished node's stakes vested: nothing is forfeited, and the position keeps what it was
            // owed but for the debt's rounding (at most a debt unit of 1e6 wei and a wei).
            if (address(pool).balance != eth || ankr.balanceOf(address(pool)) != ank) violations++;
            _refreeze(nodeId, s, true);
        }
        ghostStaked -= amount;
        ghostTotal[s] -= amount;
        address d = _delegateOf(s);
        if (d != address(0)) ghostVotes[d] -= amount;
        _touch(nodeId, s, address(0), d);
    }

    function delegate(uint256 who, uint256 candidate) external {
        address s = stakers[who % stakers.length];
        address c = candidates[candidate % candidates.length];
        if (lock.electionLocked() && nodes.delegateOf(s) != address(0)) {
            _expectError(
                s,
                abi.encodeCall(nodes.delegate, (c)),
                abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, s)
            );
            lockedReverts++;
            return;
        }
        address previous = _delegateOf(s);
        vm.prank(s);
        nodes.delegate(c);
        if (previous != address(0)) ghostVotes[previous] -= ghostTotal[s];
        if (c != address(0)) ghostVotes[c] += ghostTotal[s];
        _touch(0, s, previous, c);
    }

    function setLocked(bool locked) external {
        lock.setLocked(locked);
    }

    // ---------------------------------------------------------------- nodes

    function registerNode(uint256 salt) external {
        if (nodeIds.length >= MAX_NODES || nodes.activeNodes().length >= 4) return;
        address sidecar = makeAddr(string.concat("handler-sidecar", vm.toString(salt % 1_000_000)));
        if (nodes.nodeOfSidecar(sidecar) != 0) return;
        vm.prank(provider);
        nodeIds.push(
            nodes.registerNode(
                sidecar,
                "https://node",
                IProviderRegistry.Capacity({cpuCores: 8, ramGb: 32, storageGb: 2_000, bandwidthMbps: 1_000})
            )
        );
    }

    /// One call in three acts, so nodes run for a good part of a sequence.
    function finishNode(uint256 node) external {
        if (node % 3 != 0) return;
        uint256 nodeId = nodeIds[(node / 3) % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Active) return;
        vm.prank(provider);
        nodes.finishNode(nodeId);
        for (uint256 i = 0; i < stakers.length; i++) {
            (frozenEth[nodeId][stakers[i]], frozenAnkr[nodeId][stakers[i]]) =
                nodes.pendingRewards(nodeId, stakers[i]);
        }
        _touch(nodeId, address(0), address(0), address(0));
    }

    /// After a claim (`withdrawal` false) or a withdrawal from finished node `nodeId`, `s` is owed nothing
    /// or what it was owed less at most a debt unit (1e6 wei) and a wei; record it.
    function _refreeze(uint256 nodeId, address s, bool withdrawal) internal {
        (uint256 eth, uint256 ank) = nodes.pendingRewards(nodeId, s);
        if (withdrawal) {
            uint256 wasEth = frozenEth[nodeId][s];
            uint256 wasAnkr = frozenAnkr[nodeId][s];
            if (eth > wasEth || wasEth - eth > 1e6 + 1 || ank > wasAnkr || wasAnkr - ank > 1e6 + 1) {
                violations++;
            }
        } else if (eth + ank != 0) {
            violations++;
        }
        (frozenEth[nodeId][s], frozenAnkr[nodeId][s]) = (eth, ank);
    }

    function claim(uint256 who, uint256 node) external {
        address s = stakers[who % stakers.length];
        uint256 nodeId = nodeIds[node % nodeIds.length];
        if (nodes.getNode(nodeId).status != INodeRegistry.Status.Finished) {
            _expectError(
                s,
                abi.encodeCall(nodes.claimRewards, (nodeId)),
                abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, nodeId)
            );
            vestingReverts++;
            return;
        }
        (uint256 pendingEth, uint256 pendingAnkr) = nodes.pendingRewards(nodeId, s);
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        nodes.claimRewards(nodeId);
        if (s.balance - eth != pendingEth || ankr.balanceOf(s) - ank != pendingAnkr) violations++; // claim = pending
        claimedEth += pendingEth;
        claimedAnkr += pendingAnkr;
        claims++;
        _refreeze(nodeId, s, false);
        _touch(nodeId, s, address(0), address(0));
    }

    // ---------------------------------------------------------------- rewards and time

    function fund(uint256 eth, uint256 ankrAmount) external {
        eth = bound(eth, 0, 100 ether);
        vm.deal(address(this), eth);
        (bool ok,) = address(pool).call{value: eth}("");
        assertTrue(ok);
        ankr.mint(address(pool), bound(ankrAmount, 0, 1_000_000 ether));
    }

    function distribute() external {
        uint256 due = pool.nextDistributionAt();
        if (block.timestamp < due) _warpTo(due);
        uint256 eth = address(nodes).balance;
        uint256 ank = ankr.balanceOf(address(nodes));
        pool.distribute();
        notifiedEth += address(nodes).balance - eth;
        notifiedAnkr += ankr.balanceOf(address(nodes)) - ank;
    }

    /// `who` calls the registry with `data`, which must revert with exactly `error_`.
    function _expectError(address who, bytes memory data, bytes memory error_) internal {
        vm.prank(who);
        (bool ok, bytes memory returned) = address(nodes).call(data);
        if (ok || keccak256(returned) != keccak256(error_)) violations++;
    }

    function _delegateOf(address s) internal view returns (address) {
        return nodes.delegateOf(s);
    }

    function _touch(uint256 nodeId, address s, address from, address to) internal {
        touchedNode = nodeId;
        touchedStaker = s;
        touchedFrom = from;
        touchedTo = to;
    }

    function warp(uint256 seconds_) external {
        _warpTo(block.timestamp + bound(seconds_, 1, 3 days));
    }

    /// Record every candidate's votes at the end of this second, then move on.
    function _warpTo(uint256 time) internal {
        uint256 index = snapshotTimes.length;
        snapshotTimes.push(block.timestamp);
        for (uint256 i = 0; i < candidates.length; i++) {
            if (candidates[i] != address(0)) {
                snapshotVotes[index][candidates[i]] = nodes.delegatedVotes(candidates[i]);
            }
        }
        vm.warp(time);
    }
}
