// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";

contract NodeRegistryTest is Protocol {
    address internal provider;
    address internal other;
    address internal stranger = makeAddr("stranger");
    uint256 internal constant PERIOD = 1 hours;

    function setUp() public {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted); // max 4 nodes
        other = qualifiedProvider("other", IParameters.TrustLevel.Trusted);
    }

    function sidecar(uint256 i) internal returns (address) {
        return makeAddr(string.concat("sidecar", vm.toString(i)));
    }

    function register(address owner, uint256 i) internal returns (uint256 nodeId) {
        vm.prank(owner);
        nodeId = nodes.registerNode(
            sidecar(i), string.concat("https://node", vm.toString(i), ".example"), capacity()
        );
    }

    /// Move to the next period, open its draw and mine its seed block.
    function nextPeriodDrawn() internal returns (uint256 period) {
        vm.warp(block.timestamp + PERIOD);
        period = nodes.currentPeriod();
        drawn();
    }

    /// Open the current period's draw and mine its seed block.
    function drawn() internal {
        nodes.openPeriod();
        vm.roll(block.number + 2);
    }

    /// Six nodes: four of `provider`, two of `other`.
    function sixNodes() internal returns (uint256[] memory ids) {
        ids = new uint256[](6);
        for (uint256 i = 0; i < 6; i++) {
            ids[i] = register(i < 4 ? provider : other, i);
        }
    }

    function test_Register_RecordsTheNodeAndLocksCollateral() public {
        uint256 nodeId = register(provider, 1);
        INodeRegistry.Node memory n = nodes.getNode(nodeId);
        assertEq(n.provider, provider);
        assertEq(n.sidecar, sidecar(1));
        assertEq(n.probeUrl, "https://node1.example");
        assertEq(uint8(n.status), uint8(INodeRegistry.Status.Active));
        assertEq(nodes.nodeOfSidecar(sidecar(1)), nodeId);
        assertEq(registry.getProvider(provider).activeNodes, 1);
        assertEq(registry.requiredCollateral(provider), PMIN, "a running node keeps Pmin locked");
    }

    function test_RevertWhen_BeyondMaxNodes() public {
        for (uint256 i = 0; i < 4; i++) {
            register(provider, i);
        }
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderAtMaxNodes.selector, provider, 4));
        vm.prank(provider);
        nodes.registerNode(sidecar(9), "https://x", capacity());
    }

    function test_RevertWhen_SidecarServesAnotherNodeOrProviderUnqualified() public {
        register(provider, 1);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeBadSidecar.selector, sidecar(1)));
        vm.prank(other);
        nodes.registerNode(sidecar(1), "https://x", capacity());
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderNotQualified.selector, stranger));
        vm.prank(stranger);
        nodes.registerNode(sidecar(2), "https://x", capacity());
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeBadProbeUrl.selector, 0));
        vm.prank(provider);
        nodes.registerNode(sidecar(3), "", capacity());
    }

    function test_Report_OncePerPeriod() public {
        uint256[] memory ids = sixNodes();
        drawn();
        vm.prank(sidecar(0));
        nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeAlreadyReported.selector, ids[0], 0));
        vm.prank(sidecar(0));
        nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0);
        nextPeriodDrawn();
        vm.prank(sidecar(0));
        nodes.report(INodeRegistry.Health.Syncing, uint64(block.number), 0);
        INodeRegistry.Node memory n = nodes.getNode(ids[0]);
        assertEq(n.reportsFiled, 2);
        assertEq(n.lastReportPeriod, 1);
        assertEq(uint8(n.health), uint8(INodeRegistry.Health.Syncing));
    }

    function test_RevertWhen_NotASidecarReports() public {
        sixNodes();
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotSidecar.selector, stranger));
        vm.prank(stranger);
        nodes.report(INodeRegistry.Health.Healthy, 0, 0);
    }

    /// Over many periods: every node gets exactly k auditors, every sidecar k distinct targets, nobody
    /// audits itself, the two views agree, the draw a sidecar reads before the period's first report is
    /// the one its report is counted against, and the draw changes from period to period.
    function test_AuditDraw_OverManyPeriods() public {
        uint256[] memory ids = sixNodes();
        uint256 changes;
        uint256[] memory previous = new uint256[](3);
        for (uint256 period = 0; period < 40; period++) {
            uint256 p = nextPeriodDrawn();
            uint256[] memory before = nodes.targetsOf(ids[period % 6], p);
            vm.prank(sidecar(period % 6));
            nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), 0);
            uint256[] memory afterwards = nodes.targetsOf(ids[period % 6], p);
            for (uint256 j = 0; j < 3; j++) {
                assertEq(before[j], afterwards[j], "the first report changed the draw it was made for");
            }
            uint256[6] memory audited;
            for (uint256 i = 0; i < 6; i++) {
                uint256[] memory targets = nodes.targetsOf(ids[i], p);
                assertEq(targets.length, 3, "k targets");
                for (uint256 j = 0; j < 3; j++) {
                    assertTrue(targets[j] != ids[i], "a sidecar audits itself");
                    for (uint256 m = 0; m < j; m++) {
                        assertTrue(targets[j] != targets[m], "a target twice");
                    }
                    audited[targets[j] - 1] += 1;
                    uint256[] memory auditors = nodes.auditorsOf(targets[j], p);
                    bool found;
                    for (uint256 m = 0; m < auditors.length; m++) {
                        if (auditors[m] == ids[i]) found = true;
                    }
                    assertTrue(found, "the views disagree");
                }
            }
            for (uint256 i = 0; i < 6; i++) {
                assertEq(audited[i], 3, "k auditors");
            }
            uint256[] memory first = nodes.targetsOf(ids[0], p);
            if (first[0] != previous[0] || first[1] != previous[1] || first[2] != previous[2]) changes++;
            previous = first;
        }
        assertGt(changes, 30, "the draw changes from period to period");
    }

    function test_AuditResults_MakeUptime_AndFeedTheProvider() public {
        uint256[] memory ids = sixNodes();
        // Period 1 (the nodes joined the draw after period 0): every sidecar reports; node 0 fails every
        // audit, the others pass.
        uint256 p = nextPeriodDrawn();
        for (uint256 i = 0; i < 6; i++) {
            uint256[] memory targets = nodes.targetsOf(ids[i], p);
            uint256 bits;
            for (uint256 j = 0; j < targets.length; j++) {
                if (targets[j] != ids[0]) bits |= 1 << j;
            }
            vm.prank(sidecar(i));
            nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), bits);
        }
        assertEq(nodes.getNode(ids[0]).auditsReceived, 0, "reports count only once settled");
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodePeriodNotOver.selector, p));
        nodes.settleAudits(p, ids);
        vm.warp(block.timestamp + PERIOD);
        nodes.settleAudits(p, ids);
        assertEq(nodes.getNode(ids[0]).auditsReceived, 1, "one decided period");
        assertEq(nodes.uptimeOf(ids[0]), 0);
        assertEq(nodes.uptimeOf(ids[1]), 10_000);
        assertEq(nodes.getNode(ids[1]).lastAuditBlock, block.number, "block of the latest check");
        (INodeRegistry.Verdict verdict, uint256 up, uint256 down, bool settled) = nodes.auditOf(p, ids[0]);
        assertEq(uint8(verdict), uint8(INodeRegistry.Verdict.Down));
        assertEq(up, 0);
        assertEq(down, 3);
        assertTrue(settled);
        // The provider's four nodes: decided down 1 of 1 and up 3 of 3 -> 75 %.
        for (uint256 i = 0; i < 4; i++) {
            nodes.syncUptime(ids[i]);
        }
        assertEq(registry.getProvider(provider).uptimeBps, 7_500);
        nodes.syncUptime(ids[0]); // a second sync adds nothing new
        assertEq(registry.getProvider(provider).uptimeBps, 7_500);
    }

    function test_Finish_RemovesTheNodeFromTheDraw() public {
        uint256[] memory ids = sixNodes();
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotProvider.selector, ids[1], stranger));
        vm.prank(stranger);
        nodes.finishNode(ids[1]);
        vm.warp(block.timestamp + 10 days);
        vm.prank(provider);
        nodes.finishNode(ids[1]);
        assertEq(nodes.activeNodes().length, 5);
        assertEq(nodes.nodeOfSidecar(sidecar(1)), 0);
        assertEq(registry.getProvider(provider).activeNodes, 3);
        assertEq(registry.getProvider(provider).totalRunningTime, 10 days);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotSidecar.selector, sidecar(1)));
        vm.prank(sidecar(1));
        nodes.report(INodeRegistry.Health.Healthy, 0, 0);
        assertEq(nodes.activeNodesAt(nodes.currentPeriod()).length, 6, "it stays in this period's set");
        nextPeriodDrawn();
        assertEq(nodes.activeNodesAt(nodes.currentPeriod()).length, 5);
        assertEq(nodes.targetsOf(ids[1], nodes.currentPeriod()).length, 0, "it audits no more");
        for (uint256 i = 0; i < 6; i++) {
            if (i == 1) continue;
            uint256[] memory targets = nodes.targetsOf(ids[i], nodes.currentPeriod());
            for (uint256 j = 0; j < targets.length; j++) {
                assertTrue(targets[j] != ids[1], "a finished node is still audited");
            }
        }
        vm.prank(governance);
        nodes.finishNode(ids[2]); // governance may finish a node too
    }

    function test_SidecarStaking_WithDelegatedVotes() public {
        uint256[] memory ids = sixNodes();
        address holder = staker("holder");
        address candidate = makeAddr("candidate");
        vm.startPrank(holder);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(ids[0], 1_000 ether);
        nodes.delegate(candidate);
        assertEq(nodes.delegatedVotes(candidate), 1_000 ether);
        nodes.stakeOnSidecar(ids[1], 500 ether);
        assertEq(nodes.delegatedVotes(candidate), 1_500 ether, "new stake brings its votes");
        nodes.unstakeFromSidecar(ids[0], 400 ether);
        assertEq(nodes.delegatedVotes(candidate), 1_100 ether);
        nodes.delegate(address(0));
        vm.stopPrank();
        assertEq(nodes.delegatedVotes(candidate), 0);
        assertEq(nodes.getNode(ids[0]).sidecarStake, 600 ether);
        assertEq(ankr.balanceOf(address(nodes)), 1_100 ether);
        assertEq(ankr.balanceOf(holder), 1_000_000 ether - 1_100 ether);
        vm.expectRevert(
            abi.encodeWithSelector(INodeRegistry.NodeStakeInsufficient.selector, 600 ether, 601 ether)
        );
        vm.prank(holder);
        nodes.unstakeFromSidecar(ids[0], 601 ether);
    }

    function test_Unstake_AfterTheNodeFinished() public {
        uint256[] memory ids = sixNodes();
        address holder = staker("holder");
        vm.startPrank(holder);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(ids[0], 1_000 ether);
        vm.stopPrank();
        vm.prank(provider);
        nodes.finishNode(ids[0]);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotActive.selector, ids[0]));
        vm.prank(holder);
        nodes.stakeOnSidecar(ids[0], 1 ether);
        vm.prank(holder);
        nodes.unstakeFromSidecar(ids[0], 1_000 ether);
        assertEq(ankr.balanceOf(holder), 1_000_000 ether);
    }

    function testFuzz_Delegation_VotesEqualDelegatedStake(uint256[8] memory amounts, uint8[8] memory actions)
        public
    {
        uint256[] memory ids = sixNodes();
        address[2] memory holders = [staker("h0"), staker("h1")];
        address[2] memory candidates = [makeAddr("c0"), makeAddr("c1")];
        for (uint256 h = 0; h < 2; h++) {
            vm.prank(holders[h]);
            ankr.approve(address(nodes), type(uint256).max);
        }
        for (uint256 i = 0; i < 8; i++) {
            address holder = holders[actions[i] % 2];
            uint256 nodeId = ids[(actions[i] >> 1) % 6];
            uint8 action = (actions[i] >> 4) % 3;
            vm.startPrank(holder);
            if (action == 0) {
                nodes.stakeOnSidecar(nodeId, bound(amounts[i], 1, 10_000 ether));
            } else if (action == 1) {
                uint256 current = nodes.stakeOf(nodeId, holder);
                if (current > 0) nodes.unstakeFromSidecar(nodeId, bound(amounts[i], 1, current));
            } else {
                nodes.delegate(amounts[i] % 3 == 2 ? address(0) : candidates[amounts[i] % 3]);
            }
            vm.stopPrank();
        }
        uint256 expected0;
        uint256 expected1;
        for (uint256 h = 0; h < 2; h++) {
            address to = nodes.delegateOf(holders[h]);
            if (to == candidates[0]) expected0 += nodes.totalStakeOf(holders[h]);
            if (to == candidates[1]) expected1 += nodes.totalStakeOf(holders[h]);
        }
        assertEq(nodes.delegatedVotes(candidates[0]), expected0);
        assertEq(nodes.delegatedVotes(candidates[1]), expected1);
        uint256 staked;
        for (uint256 i = 0; i < 6; i++) {
            staked += nodes.getNode(ids[i]).sidecarStake;
        }
        assertEq(ankr.balanceOf(address(nodes)), staked, "ANKR held = ANKR staked");
        assertEq(staked, nodes.totalStakeOf(holders[0]) + nodes.totalStakeOf(holders[1]));
    }

    function test_Finish_TheLastNodeInTheList() public {
        uint256[] memory ids = sixNodes();
        vm.prank(other);
        nodes.finishNode(ids[5]);
        uint256[] memory active = nodes.activeNodes();
        assertEq(active.length, 5);
        for (uint256 i = 0; i < 5; i++) {
            assertEq(active[i], ids[i]);
            assertEq(nodes.getNode(ids[i]).index, i, "positions stay consistent");
        }
    }
}
