// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";

/// Issue 16, audits: peer audits nobody can steer. Each attack is performed and shown failing: one lying
/// auditor against a strict majority of three, a registration or a finish sent just before an honest
/// report, and a provider registering to land its sidecars on a competitor.
contract AuditAttacksTest is Protocol {
    uint256 internal constant PERIOD = 1 hours;
    address internal provider;
    address internal competitor;

    function setUp() public {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted); // max 4 nodes
        competitor = qualifiedProvider("competitor", IParameters.TrustLevel.SemiTrusted);
    }

    function sidecar(uint256 i) internal returns (address) {
        return makeAddr(string.concat("sidecar", vm.toString(i)));
    }

    function register(address owner, uint256 i) internal returns (uint256 nodeId) {
        vm.prank(owner);
        nodeId = nodes.registerNode(sidecar(i), "https://node.example", capacity());
    }

    /// `count` nodes, sidecar i for node i + 1: the first three the provider's, the rest the competitor's.
    function registerNodes(uint256 count) internal returns (uint256[] memory ids) {
        ids = new uint256[](count);
        for (uint256 i = 0; i < count; i++) {
            ids[i] = register(i < 3 ? provider : competitor, i);
        }
    }

    /// Move to the next period, open its draw and mine its seed block.
    function nextPeriodDrawn() internal returns (uint256 period) {
        vm.warp(block.timestamp + PERIOD);
        period = nodes.currentPeriod();
        nodes.openPeriod();
        vm.roll(block.number + 2);
    }

    /// The bits sidecar `i` (of node `auditor`) sends if it finds every target up except `down`, and
    /// reports `down` up too when `lie`.
    function bitsFor(uint256 auditor, uint256 period, uint256 down, bool lie)
        internal
        view
        returns (uint256 bits)
    {
        uint256[] memory targets = nodes.targetsOf(auditor, period);
        for (uint256 j = 0; j < targets.length; j++) {
            if (targets[j] != down || lie) bits |= 1 << j;
        }
    }

    function reportAs(uint256 i, uint256 bits) internal {
        vm.prank(sidecar(i));
        nodes.report(INodeRegistry.Health.Healthy, uint64(block.number), bits);
    }

    function settle(uint256 period, uint256[] memory ids) internal {
        vm.warp(block.timestamp + PERIOD);
        nodes.settleAudits(period, ids);
    }

    function assertAudit(
        uint256 period,
        uint256 nodeId,
        INodeRegistry.Verdict verdict,
        uint256 up,
        uint256 down
    ) internal view {
        (INodeRegistry.Verdict v, uint256 u, uint256 d, bool settled) = nodes.auditOf(period, nodeId);
        assertEq(uint8(v), uint8(verdict), "verdict");
        assertEq(u, up, "up votes");
        assertEq(d, down, "down votes");
        assertTrue(settled, "settled");
    }

    /// The provider's sidecar audits a competitor's node that is up and reports it down; the other two
    /// assigned auditors report it up. 2 of 3 decide up: the node's uptime stays 100 % with one decided
    /// period, and the liar takes a strike.
    function test_OneLiar_CannotMarkAnUpNodeDown() public {
        uint256[] memory ids = registerNodes(6);
        uint256 p = nextPeriodDrawn();
        uint256 target = ids[5]; // the competitor's
        uint256[] memory auditors = nodes.auditorsOf(target, p);
        assertEq(auditors.length, 3);
        uint256 liar = auditors[0];
        assertEq(nodes.uptimeOf(target), 10_000, "before: no decided audit");
        assertEq(nodes.getNode(target).auditsReceived, 0);
        for (uint256 i = 0; i < 6; i++) {
            uint256 bits = bitsFor(ids[i], p, ids[i] == liar ? target : 0, false);
            reportAs(i, bits);
        }
        settle(p, ids);
        assertAudit(p, target, INodeRegistry.Verdict.Up, 2, 1);
        INodeRegistry.Node memory n = nodes.getNode(target);
        assertEq(n.auditsReceived, 1);
        assertEq(n.auditsPassed, 1);
        assertEq(nodes.uptimeOf(target), 10_000, "after: still 100 %");
        assertEq(nodes.strikesOf(liar), 1, "the liar is struck");
        for (uint256 i = 0; i < 6; i++) {
            if (ids[i] != liar) assertEq(nodes.strikesOf(ids[i]), 0, "an honest auditor struck");
            if (ids[i] != target) assertAudit(p, ids[i], INodeRegistry.Verdict.Up, 3, 0);
        }
        // The competitor's provider uptime stays 100 %.
        nodes.syncUptime(target);
        assertEq(registry.getProvider(competitor).uptimeBps, 10_000);
    }

    /// A node that is down (its sidecar silent, its honest auditors report it down) cannot be marked up by
    /// its provider's own sidecar among its auditors: 2 of 3 decide down, uptime goes from 100 % to 0 %
    /// (then 50 % after an honest up period), and the liar is struck.
    function test_OneLiar_CannotMarkADownNodeUp() public {
        uint256[] memory ids = registerNodes(6);
        uint256 p = nextPeriodDrawn();
        uint256 target = ids[0]; // the provider's node, down
        uint256[] memory auditors = nodes.auditorsOf(target, p);
        uint256 liar = auditors[1];
        for (uint256 i = 1; i < 6; i++) {
            reportAs(i, bitsFor(ids[i], p, target, ids[i] == liar));
        }
        settle(p, ids);
        assertAudit(p, target, INodeRegistry.Verdict.Down, 1, 2);
        assertEq(nodes.getNode(target).auditsReceived, 1);
        assertEq(nodes.getNode(target).auditsPassed, 0);
        assertEq(nodes.uptimeOf(target), 0, "decided down");
        assertEq(nodes.strikesOf(liar), 1, "the liar is struck");
        // The silent sidecar is not struck, and its own targets are still decided by the other two.
        assertEq(nodes.strikesOf(target), 0);
        uint256[] memory silentTargets = nodes.targetsOf(target, p);
        for (uint256 j = 0; j < silentTargets.length; j++) {
            assertAudit(p, silentTargets[j], INodeRegistry.Verdict.Up, 2, 0);
        }
        // Next period it is up and everybody says so: one of two decided periods up.
        uint256 q = nextPeriodDrawn();
        for (uint256 i = 0; i < 6; i++) {
            reportAs(i, bitsFor(ids[i], q, 0, false));
        }
        settle(q, ids);
        assertEq(nodes.uptimeOf(target), 5_000);
        assertEq(nodes.strikesOf(liar), 1);
    }

    /// With one auditor silent and the liar against the one honest auditor, neither side has 2 of 3: the
    /// period is undecided, counts neither way, and nobody is struck.
    function test_OneLiar_AgainstOneHonest_IsUndecided() public {
        uint256[] memory ids = registerNodes(6);
        uint256 p = nextPeriodDrawn();
        uint256 target = ids[0];
        uint256[] memory auditors = nodes.auditorsOf(target, p);
        for (uint256 i = 1; i < 6; i++) {
            if (ids[i] == auditors[2]) continue; // silent
            reportAs(i, bitsFor(ids[i], p, target, ids[i] == auditors[0]));
        }
        settle(p, ids);
        assertAudit(p, target, INodeRegistry.Verdict.Undecided, 1, 1);
        assertEq(nodes.getNode(target).auditsReceived, 0, "undecided counts neither way");
        assertEq(nodes.uptimeOf(target), 10_000);
        for (uint256 i = 0; i < 6; i++) {
            assertEq(nodes.strikesOf(ids[i]), 0, "a strike without a decided majority");
        }
    }

    /// An honest sidecar computes its targets; a registration and a finish land just before its report.
    /// Neither moves the period's positions: its bits land on the targets it computed, the new node is not
    /// in the period at all, and the finished node is still audited (and settled) in the period it ended.
    function test_RegistrationAndFinishBeforeReport_DoNotMoveItsBits() public {
        uint256[] memory ids = registerNodes(5);
        uint256 p = nextPeriodDrawn();
        uint256 honest = ids[4];
        uint256[] memory targets = nodes.targetsOf(honest, p);
        // Front-running: the provider registers its fourth node and finishes one.
        uint256 intruder = register(provider, 9);
        // ids[0] must not be the honest sidecar's first target for the check below to be about positions.
        uint256 finished = targets[0] == ids[0] ? ids[1] : ids[0];
        vm.prank(provider);
        nodes.finishNode(finished);
        uint256[] memory afterwards = nodes.targetsOf(honest, p);
        assertEq(afterwards.length, targets.length);
        for (uint256 j = 0; j < targets.length; j++) {
            assertEq(afterwards[j], targets[j], "a registration or finish moved the report's targets");
        }
        assertEq(nodes.targetsOf(intruder, p).length, 0, "registered in p: not in p's draw");
        assertEq(nodes.auditorsOf(intruder, p).length, 0);
        assertEq(nodes.activeNodesAt(p).length, 5, "p's set is frozen");
        // The honest sidecar reports its first target down, the rest up; the others report all up.
        reportAs(4, 0x6);
        for (uint256 i = 0; i < 4; i++) {
            if (ids[i] == finished) continue; // its sidecar left with it (it could have reported before)
            reportAs(i, bitsFor(ids[i], p, 0, false));
        }
        settle(p, ids);
        // Its down bit landed on targets[0]: one down vote there, and nowhere else.
        (, uint256 up0, uint256 down0,) = nodes.auditOf(p, targets[0]);
        assertEq(down0, 1, "the down bit moved");
        assertEq(up0 + down0, targets[0] == finished || isAuditor(finished, targets[0], p) ? 2 : 3);
        for (uint256 j = 1; j < targets.length; j++) {
            (,, uint256 down,) = nodes.auditOf(p, targets[j]);
            assertEq(down, 0, "a down vote landed elsewhere");
        }
        (,,, bool settledFinished) = nodes.auditOf(p, finished);
        assertTrue(settledFinished, "a node finished in p is still settled in p");
        // The intruder is not in p: settling it is skipped.
        uint256[] memory only = new uint256[](1);
        only[0] = intruder;
        nodes.settleAudits(p, only);
        (,,, bool settledIntruder) = nodes.auditOf(p, intruder);
        assertFalse(settledIntruder);
        // From p + 1 the intruder is in the draw and the finished node is not.
        uint256 q = nextPeriodDrawn();
        assertEq(nodes.targetsOf(intruder, q).length, 3);
        assertEq(nodes.targetsOf(finished, q).length, 0);
        assertEq(nodes.activeNodesAt(q).length, 5);
    }

    function isAuditor(uint256 auditor, uint256 target, uint256 period) internal view returns (bool) {
        uint256[] memory auditors = nodes.auditorsOf(target, period);
        for (uint256 j = 0; j < auditors.length; j++) {
            if (auditors[j] == auditor) return true;
        }
        return false;
    }

    /// A provider cannot choose to audit a competitor. Period p's set is frozen when p begins, before
    /// anyone can open p; the seed is the hash of the block after the one that opens it, unknown to the
    /// opener; and registrations during p, after the seed is known, change nothing in p.
    function test_ProviderCannotChooseToAuditACompetitor() public {
        uint256[] memory ids = registerNodes(5);
        uint256 p = nodes.currentPeriod() + 1;
        // Before p: its draw does not exist and cannot be opened early (openPeriod opens the current one).
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeDrawPending.selector, p, 0));
        nodes.targetsOf(ids[0], p);
        nodes.openPeriod();
        assertEq(nodes.seedBlockOf(p), 0);
        vm.warp(block.timestamp + PERIOD);
        uint256 seedBlock = nodes.openPeriod();
        assertEq(seedBlock, block.number + 1, "the seed is the next block's hash");
        assertEq(nodes.seedOf(p), bytes32(0), "unknown until that block is mined");
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeDrawPending.selector, p, seedBlock));
        nodes.targetsOf(ids[0], p);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeDrawPending.selector, p, seedBlock));
        reportAs(0, 0x7);
        assertEq(nodes.openPeriod(), seedBlock, "opening again does not re-draw");
        // The draw follows the seed block's hash, which the opener could not know.
        vm.roll(seedBlock + 1);
        vm.setBlockhash(seedBlock, keccak256("one hash"));
        uint256[][] memory drawA = allTargets(ids, p);
        vm.setBlockhash(seedBlock, keccak256("another hash"));
        uint256[][] memory drawB = allTargets(ids, p);
        assertFalse(sameDraw(drawA, drawB), "the draw does not depend on the seed block's hash");
        // Now the seed is known: the provider registers its last node to land on the competitor.
        nodes.openPeriod(); // stores the seed
        assertTrue(nodes.seedOf(p) != bytes32(0));
        uint256[][] memory before = allTargets(ids, p);
        uint256 late = register(provider, 9);
        assertTrue(sameDraw(before, allTargets(ids, p)), "a registration in p changed p's draw");
        assertEq(nodes.targetsOf(late, p).length, 0);
        // And after the seed is stored, another hash changes nothing either.
        vm.setBlockhash(seedBlock, keccak256("one hash"));
        assertTrue(sameDraw(before, allTargets(ids, p)), "a stored seed moved");
    }

    function allTargets(uint256[] memory ids, uint256 period) internal view returns (uint256[][] memory all) {
        all = new uint256[][](ids.length);
        for (uint256 i = 0; i < ids.length; i++) {
            all[i] = nodes.targetsOf(ids[i], period);
        }
    }

    function sameDraw(uint256[][] memory a, uint256[][] memory b) internal pure returns (bool) {
        for (uint256 i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) return false;
            for (uint256 j = 0; j < a[i].length; j++) {
                if (a[i][j] != b[i][j]) return false;
            }
        }
        return true;
    }

    /// Four sidecars over three periods, all honest and up: every node decided up each period (3 of 3),
    /// uptime 100 % over three decided periods, no strikes, and the provider's uptime 100 %.
    function test_FourHonestSidecars_ThreePeriods_AllUp_NoStrikes() public {
        uint256[] memory ids = registerNodes(4);
        for (uint256 round = 0; round < 3; round++) {
            uint256 p = nextPeriodDrawn();
            for (uint256 i = 0; i < 4; i++) {
                uint256 bits = bitsFor(ids[i], p, 0, false);
                assertEq(bits, 0x7, "k = 3 targets among four");
                reportAs(i, bits);
            }
            vm.warp(block.timestamp + PERIOD);
            nodes.settleAudits(p, ids);
            for (uint256 i = 0; i < 4; i++) {
                assertAudit(p, ids[i], INodeRegistry.Verdict.Up, 3, 0);
            }
            vm.warp(block.timestamp - PERIOD); // nextPeriodDrawn moves on
        }
        for (uint256 i = 0; i < 4; i++) {
            INodeRegistry.Node memory n = nodes.getNode(ids[i]);
            assertEq(n.auditsReceived, 3);
            assertEq(n.auditsPassed, 3);
            assertEq(n.strikes, 0);
            assertEq(nodes.uptimeOf(ids[i]), 10_000);
            nodes.syncUptime(ids[i]);
        }
        assertEq(registry.getProvider(provider).uptimeBps, 10_000);
        assertEq(registry.getProvider(competitor).uptimeBps, 10_000);
    }

    /// Settling twice is a no-op (no event, no count), so a batch with a settled node does not fail; a
    /// period without reports settles undecided; a period not yet over cannot be settled.
    function test_Settle_IsIdempotent_AndBounded() public {
        uint256[] memory ids = registerNodes(4);
        uint256 p = nextPeriodDrawn();
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodePeriodNotOver.selector, p));
        nodes.settleAudits(p, ids);
        for (uint256 i = 0; i < 4; i++) {
            reportAs(i, 0x7);
        }
        settle(p, ids);
        vm.recordLogs();
        nodes.settleAudits(p, ids);
        assertEq(vm.getRecordedLogs().length, 0, "a second settlement did something");
        assertEq(nodes.getNode(ids[0]).auditsReceived, 1);
        // Period p + 1 had no reports (and was never opened): undecided, nothing counted.
        vm.warp(block.timestamp + PERIOD);
        nodes.settleAudits(p + 1, ids);
        (INodeRegistry.Verdict v, uint256 up, uint256 down, bool settled) = nodes.auditOf(p + 1, ids[0]);
        assertEq(uint8(v), uint8(INodeRegistry.Verdict.Undecided));
        assertEq(up + down, 0);
        assertTrue(settled);
        assertEq(nodes.getNode(ids[0]).auditsReceived, 1);
    }

    /// A seed block whose hash nobody read within 256 blocks is gone: the period is opened again on a new
    /// block (reports wait for it), and the draw then follows that block's hash.
    function test_ExpiredSeedBlock_ReopensThePeriod() public {
        uint256[] memory ids = registerNodes(4);
        vm.warp(block.timestamp + PERIOD);
        uint256 p = nodes.currentPeriod();
        uint256 first = nodes.openPeriod();
        vm.roll(first + 300);
        vm.setBlockhash(first, bytes32(0));
        assertEq(nodes.seedOf(p), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeDrawPending.selector, p, first));
        nodes.targetsOf(ids[0], p);
        uint256 second = nodes.openPeriod();
        assertEq(second, block.number + 1);
        vm.roll(second + 1);
        assertEq(nodes.targetsOf(ids[0], p).length, 3);
        reportAs(0, 0x7);
        assertTrue(nodes.seedOf(p) != bytes32(0));
    }

    /// A sidecar whose node joined this period may report its health; its bits count for nothing.
    function test_NewNode_ReportsButIsNotCounted() public {
        uint256[] memory ids = registerNodes(4);
        uint256 p = nextPeriodDrawn();
        uint256 fresh = register(competitor, 7);
        vm.prank(sidecar(7));
        nodes.report(INodeRegistry.Health.Syncing, uint64(block.number), 0);
        for (uint256 i = 0; i < 4; i++) {
            reportAs(i, 0x7);
        }
        settle(p, ids);
        for (uint256 i = 0; i < 4; i++) {
            assertAudit(p, ids[i], INodeRegistry.Verdict.Up, 3, 0);
        }
        assertEq(nodes.strikesOf(fresh), 0);
        assertEq(nodes.getNode(fresh).reportsFiled, 1);
    }

    /// Whatever six sidecars report (or withhold), a node is decided by at least 2 of its 3 auditors'
    /// votes, counted toward uptime only when decided, and an auditor is struck exactly when its bit
    /// disagrees with a decided verdict.
    function testFuzz_StrikesOnlyOnDisagreementWithADecidedMajority(uint256 seed) public {
        uint256[] memory ids = registerNodes(6);
        uint256 p = nextPeriodDrawn();
        uint256[] memory bits = new uint256[](6);
        bool[] memory reported = new bool[](6);
        for (uint256 i = 0; i < 6; i++) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            reported[i] = r % 4 != 0;
            bits[i] = (r >> 8) & 0x7;
            if (reported[i]) reportAs(i, bits[i]);
        }
        uint256[] memory expectedStrikes = new uint256[](6);
        uint256[] memory up = new uint256[](6);
        uint256[] memory down = new uint256[](6);
        for (uint256 i = 0; i < 6; i++) {
            if (!reported[i]) continue;
            uint256[] memory targets = nodes.targetsOf(ids[i], p);
            for (uint256 j = 0; j < 3; j++) {
                if ((bits[i] >> j) & 1 == 1) up[targets[j] - 1]++;
                else down[targets[j] - 1]++;
            }
        }
        for (uint256 i = 0; i < 6; i++) {
            if (!reported[i]) continue;
            uint256[] memory targets = nodes.targetsOf(ids[i], p);
            for (uint256 j = 0; j < 3; j++) {
                uint256 t = targets[j] - 1;
                bool saysUp = (bits[i] >> j) & 1 == 1;
                if ((up[t] >= 2 && !saysUp) || (down[t] >= 2 && saysUp)) expectedStrikes[i]++;
            }
        }
        vm.recordLogs();
        settle(p, ids);
        uint256 struckEvents;
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 l = 0; l < logs.length; l++) {
            if (logs[l].topics[0] == INodeRegistry.AuditorStruck.selector) struckEvents++;
        }
        uint256 totalStrikes;
        for (uint256 i = 0; i < 6; i++) {
            assertEq(nodes.strikesOf(ids[i]), expectedStrikes[i], "strikes");
            totalStrikes += expectedStrikes[i];
            INodeRegistry.Verdict expected = up[i] >= 2
                ? INodeRegistry.Verdict.Up
                : down[i] >= 2 ? INodeRegistry.Verdict.Down : INodeRegistry.Verdict.Undecided;
            assertAudit(p, ids[i], expected, up[i], down[i]);
            INodeRegistry.Node memory n = nodes.getNode(ids[i]);
            assertEq(n.auditsReceived, expected == INodeRegistry.Verdict.Undecided ? 0 : 1);
            assertEq(n.auditsPassed, expected == INodeRegistry.Verdict.Up ? 1 : 0);
        }
        assertEq(struckEvents, totalStrikes, "one AuditorStruck per strike");
    }
}
