// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IRewardSink} from "../../src/interfaces/IRewardSink.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";
import {CheapAsserts} from "../utils/CheapAsserts.sol";
import {NodeStakeHandler, ElectionLockMock} from "./handlers/NodeStakeHandler.sol";

/// ANKR staked on sidecars: the registry holds exactly every stake plus the rewards it has not paid out,
/// each node's and each staker's totals add up, delegated votes are exactly their delegators' stakes now
/// and at every past second, and rewards paid, forfeited and owed never exceed what came in.
/// After every call the books and whatever the call touched are checked; after every run, everything.
contract NodeRegistryInvariantTest is Protocol, CheapAsserts {
    NodeStakeHandler internal handler;

    function setUp() public {
        deployProtocol();
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted); // 4 nodes at once
        uint256[] memory nodeIds = new uint256[](3);
        for (uint256 i = 0; i < nodeIds.length; i++) {
            vm.prank(provider);
            nodeIds[i] = nodes.registerNode(
                makeAddr(string.concat("sidecar", vm.toString(i))), "https://node", capacity()
            );
        }
        address[] memory people = new address[](3);
        for (uint256 i = 0; i < people.length; i++) {
            people[i] = staker(string.concat("ns", vm.toString(i)));
            vm.prank(people[i]);
            ankr.approve(address(nodes), type(uint256).max);
        }
        address[] memory candidates = new address[](3);
        candidates[0] = makeAddr("candidate0");
        candidates[1] = makeAddr("candidate1"); // candidates[2] stays address(0): no delegate
        ElectionLockMock lock = new ElectionLockMock();
        vm.startPrank(governance);
        nodes.connectElections(lock);
        rewardPool.wire(IRewardSink(address(0)), IRewardSink(address(0)), nodes, makeAddr("dev"));
        vm.stopPrank();
        handler = new NodeStakeHandler(rewardPool, nodes, ankr, lock, provider, people, candidates, nodeIds);
        ankr.transferOwnership(address(handler)); // the handler mints what flows into the pool
        targetContract(address(handler));
    }

    /// ANKR held = every stake + rewards notified and not yet claimed or forfeited (ETH held: the
    /// rewards); the node the last call touched holds its stakers' stakes, the staker it touched holds
    /// its stakes summed over nodes, and the candidates it touched hold their delegators' totals, now
    /// and at the last second before time last moved.
    function invariant_StakesAndVotesAddUp() public view {
        checkEq(handler.violations(), 0, "a call did not do what it must (see NodeStakeHandler.violations)");
        checkBooks();
        (uint256 nodeId, address s, address from, address to) = handler.touched();
        address[] memory people = handler.allStakers();
        if (nodeId != 0) checkNode(nodeId, people);
        if (s != address(0)) checkStaker(s, handler.allNodes());
        if (from != address(0)) checkVotes(from, 1);
        if (to != address(0)) checkVotes(to, 1);
    }

    /// Rewards claimed + forfeited + still owed never exceed what the pool sent, and the registry always
    /// holds the stakes plus everything it owes. Only the stakes on running nodes share the stream: a
    /// finished node's positions are owed exactly what they were when it finished (less what they took
    /// since), however much streams later.
    function invariant_RewardsNeverExceedWhatCameIn() public view {
        address[] memory people = handler.allStakers();
        uint256[] memory nodeIds = handler.allNodes();
        uint256 owedEth;
        uint256 owedAnkr;
        uint256 runningShares;
        for (uint256 n = 0; n < nodeIds.length; n++) {
            bool finished = nodes.getNode(nodeIds[n]).status == INodeRegistry.Status.Finished;
            for (uint256 i = 0; i < people.length; i++) {
                (uint256 e, uint256 a) = nodes.pendingRewards(nodeIds[n], people[i]);
                owedEth += e;
                owedAnkr += a;
                if (finished) {
                    checkEq(e, handler.frozenEth(nodeIds[n], people[i]), "finished node's stake earned ETH");
                    checkEq(a, handler.frozenAnkr(nodeIds[n], people[i]), "finished node's stake earned ANKR");
                } else {
                    runningShares += nodes.stakeOf(nodeIds[n], people[i]) / 1e9 * 1e9;
                }
            }
        }
        checkEq(nodes.totalRewardShares(), runningShares, "reward shares = the stakes on running nodes");
        uint256[6] memory b = handler.rewardBooks(); // notified, claimed, forfeited: ETH then ANKR
        checkLe(b[2] + b[4] + owedEth, b[0], "ETH over-paid");
        checkLe(b[3] + b[5] + owedAnkr, b[1], "ANKR over-paid");
        checkGe(address(nodes).balance, owedEth, "owes more ETH than it holds");
        checkGe(
            ankr.balanceOf(address(nodes)), handler.ghostStaked() + owedAnkr, "owes more ANKR than it holds"
        );
    }

    /// The draw's frozen sets follow the live list: the next period's set is exactly the active nodes, each
    /// at its index; the current period's set holds only nodes registered before it began and still
    /// running when it began (a node finished during the period stays in it).
    function invariant_FrozenSetsFollowTheLiveList() public view {
        uint256[] memory live = nodes.activeNodes();
        uint256 period = nodes.currentPeriod();
        uint256[] memory next = nodes.activeNodesAt(period + 1);
        checkEq(next.length, live.length, "next period's set = the active nodes");
        for (uint256 i = 0; i < live.length; i++) {
            INodeRegistry.Node memory n = nodes.getNode(live[i]);
            checkEq(uint8(n.status), uint8(INodeRegistry.Status.Active), "a listed node is active");
            checkEq(n.index, i, "a listed node's index");
            checkEq(next[i], live[i], "next period's set in live order");
        }
        uint256 begun = nodes.genesis() + period * params.get(IParameters.Key.ReportPeriod);
        uint256[] memory current = nodes.activeNodesAt(period);
        for (uint256 i = 0; i < current.length; i++) {
            INodeRegistry.Node memory n = nodes.getNode(current[i]);
            checkLe(n.startTime, begun, "in the period's set: registered before it began");
            if (n.status == INodeRegistry.Status.Finished) {
                checkGe(n.finishTime, begun, "in the period's set: finished after it began");
            }
        }
    }

    /// At the end of every run: every node, every staker, and every candidate at every recorded second.
    function afterInvariant() public view {
        checkBooks();
        address[] memory people = handler.allStakers();
        uint256[] memory nodeIds = handler.allNodes();
        uint256 staked;
        for (uint256 n = 0; n < nodeIds.length; n++) {
            staked += checkNode(nodeIds[n], people);
        }
        checkEq(staked, handler.ghostStaked(), "stakes = what was staked less what was withdrawn");
        uint256[] memory delegated = new uint256[](people.length);
        for (uint256 i = 0; i < people.length; i++) {
            checkStaker(people[i], nodeIds);
            delegated[i] = nodes.totalStakeOf(people[i]);
        }
        address[] memory candidates = handler.allCandidates();
        for (uint256 c = 0; c < candidates.length; c++) {
            if (candidates[c] == address(0)) continue;
            uint256 votes;
            for (uint256 i = 0; i < people.length; i++) {
                if (nodes.delegateOf(people[i]) == candidates[c]) votes += delegated[i];
            }
            checkEq(nodes.delegatedVotes(candidates[c]), votes, "votes = delegators' totals");
            checkVotes(candidates[c], handler.snapshotCount());
        }
    }

    /// The registry's ANKR and ETH against the ghosts.
    function checkBooks() internal view {
        uint256[6] memory b = handler.rewardBooks();
        checkEq(
            ankr.balanceOf(address(nodes)),
            handler.ghostStaked() + b[1] - b[3] - b[5],
            "ANKR held = stakes + rewards not yet paid"
        );
        checkEq(address(nodes).balance, b[0] - b[2] - b[4], "ETH held = rewards not yet paid");
    }

    /// A node's sidecar stake is the sum of its stakers' stakes; returns it.
    function checkNode(uint256 nodeId, address[] memory people) internal view returns (uint256 onNode) {
        for (uint256 i = 0; i < people.length; i++) {
            onNode += nodes.stakeOf(nodeId, people[i]);
        }
        checkEq(nodes.getNode(nodeId).sidecarStake, onNode, "sidecarStake = its stakers' stakes");
    }

    /// A staker's total is the sum of its stakes over nodes, as the handler staked and withdrew them.
    function checkStaker(address s, uint256[] memory nodeIds) internal view {
        uint256 total;
        for (uint256 n = 0; n < nodeIds.length; n++) {
            total += nodes.stakeOf(nodeIds[n], s);
        }
        checkEq(nodes.totalStakeOf(s), total, "totalStakeOf = sum over nodes");
        checkEq(total, handler.ghostTotal(s), "total = what it staked less what it withdrew");
    }

    /// A candidate's votes now, and at the end of each of the last `count` recorded seconds.
    function checkVotes(address candidate, uint256 count) internal view {
        uint256 votes = handler.ghostVotes(candidate);
        checkEq(nodes.delegatedVotes(candidate), votes, "votes = delegators' totals");
        checkEq(nodes.delegatedVotesAt(candidate, block.timestamp), votes, "votes at this second");
        uint256 snapshots = handler.snapshotCount();
        if (count > snapshots) count = snapshots;
        for (uint256 k = snapshots - count; k < snapshots; k++) {
            checkEq(
                nodes.delegatedVotesAt(candidate, handler.snapshotTimes(k)),
                handler.snapshotVotes(k, candidate),
                "votes at a past second never change"
            );
        }
    }
}
