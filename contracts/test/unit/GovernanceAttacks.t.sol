// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {Protocol} from "../utils/Protocol.sol";
import {FlashLender, IFlashBorrower, Puppet} from "../utils/FlashLender.sol";

/// An attacker's contract: three candidate accounts it controls, and the one transaction that lends them
/// weight for `elect()` and takes it back.
contract ElectionCapturer is IFlashBorrower {
    Governance internal immutable gov;
    NodeRegistry internal immutable nodes;
    IERC20 internal immutable ankr;
    FlashLender internal immutable lender;
    uint256 internal immutable nodeId;
    address internal immutable attacker;
    Puppet[3] public puppets;

    constructor(Governance gov_, NodeRegistry nodes_, IERC20 ankr_, FlashLender lender_, uint256 nodeId_) {
        gov = gov_;
        nodes = nodes_;
        ankr = ankr_;
        lender = lender_;
        nodeId = nodeId_;
        attacker = msg.sender;
        for (uint256 i = 0; i < 3; ++i) {
            puppets[i] = new Puppet();
        }
        ankr_.approve(address(nodes_), type(uint256).max);
    }

    /// The attacker acts through candidate `i`.
    function act(uint256 i, address target, bytes calldata data) external returns (bytes memory) {
        require(msg.sender == attacker, "not attacker");
        return puppets[i].exec(target, data);
    }

    bool internal callElect;

    /// One transaction: borrow, weigh in, elect (unless `withElect` is false), unweigh, repay.
    function capture(uint256 amount, bool withElect) external {
        require(msg.sender == attacker, "not attacker");
        callElect = withElect;
        lender.flashLoan(amount);
    }

    function onFlashLoan(uint256 amount) external {
        require(msg.sender == address(lender), "not lender");
        uint256 each = amount / 3;
        // Candidates 0 and 1: the borrowed ANKR staked as their own.
        for (uint256 i = 0; i < 2; ++i) {
            require(ankr.transfer(address(puppets[i]), each), "transfer");
            puppets[i].exec(address(gov), abi.encodeCall(Governance.stake, (each)));
        }
        // Candidate 2: the borrowed ANKR staked on a sidecar and delegated to it.
        nodes.stakeOnSidecar(nodeId, each);
        nodes.delegate(address(puppets[2]));

        if (callElect) gov.elect();

        for (uint256 i = 0; i < 2; ++i) {
            puppets[i].exec(address(gov), abi.encodeCall(Governance.unstake, (each)));
            puppets[i].exec(address(ankr), abi.encodeCall(IERC20.transfer, (address(this), each)));
        }
        nodes.unstakeFromSidecar(nodeId, each);
        require(ankr.transfer(address(lender), amount), "repay");
    }
}

/// The governance findings of issue 15, each performed against the contracts. Every attack ran and did
/// its damage before the issue's "Deliver" items; each test now performs it and shows it failing, with
/// exact balances and seat lists.
contract GovernanceAttacksTest is Protocol {
    Governance internal gov;
    address[] internal invited;
    uint256 internal constant MIN = 100_000 ether;
    uint256 internal constant BOND = 1_000 ether;

    function setUp() public {
        deployProtocol();
        invited.push(member("inv1"));
        invited.push(member("inv2"));
        invited.push(member("inv3"));
        gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), invited
        );
        for (uint256 i = 0; i < invited.length; i++) {
            vm.prank(invited[i]);
            ankr.approve(address(gov), type(uint256).max);
        }
    }

    function member(string memory name) internal returns (address who) {
        who = makeAddr(name);
        ankr.mint(who, 1_000_000 ether);
    }

    function joinAll() internal {
        for (uint256 i = 0; i < invited.length; i++) {
            vm.prank(invited[i]);
            gov.acceptInvitation(MIN);
        }
    }

    function candidate(string memory name, uint256 amount) internal returns (address who) {
        who = member(name);
        vm.startPrank(who);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(amount);
        gov.applyAsCandidate();
        vm.stopPrank();
    }

    /// The executor takes Parameters; delegated votes follow Governance's elections.
    function handOver() internal {
        vm.startPrank(governance);
        nodes.connectElections(gov);
        params.transferGovernance(gov.executor());
        vm.stopPrank();
    }

    function proposeAuditK(uint256 k) internal returns (uint256 id) {
        vm.prank(invited[0]);
        id = gov.propose(address(params), abi.encodeCall(params.set, (IParameters.Key.AuditK, k)), "audit k");
    }

    function voteAs(uint256 id, address who, bool support) internal {
        vm.prank(who);
        gov.vote(id, support);
    }

    function assertGovernors(address[] memory expected) internal view {
        address[] memory g = gov.governors();
        assertEq(g.length, expected.length, "seat count");
        for (uint256 i = 0; i < expected.length; i++) {
            assertEq(g[i], expected[i], string.concat("seat ", vm.toString(i)));
        }
    }

    function list(address a, address b, address c) internal pure returns (address[] memory l) {
        l = new address[](3);
        (l[0], l[1], l[2]) = (a, b, c);
    }

    function list(address a, address b, address c, address d, address e)
        internal
        pure
        returns (address[] memory l)
    {
        l = new address[](5);
        (l[0], l[1], l[2], l[3], l[4]) = (a, b, c, d, e);
    }

    function activeNode() internal returns (uint256 nodeId) {
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        nodeId = nodes.registerNode(makeAddr("sidecar"), "https://node", capacity());
    }

    /// The transition: c1 (150,000) and c2 (120,000), who applied before the snapshot, join the three
    /// invited governors one second after it.
    function transition() internal returns (address c1, address c2) {
        vm.warp(block.timestamp + 29 days);
        c1 = candidate("c1", 150_000 ether);
        c2 = candidate("c2", 120_000 ether);
        vm.warp(gov.nextElectionAt());
        gov.elect();
    }

    /// Finding 1 (critical): election capture with one block of borrowed ANKR.
    /// 1. The attacker holds three candidates with the 100,000 ANKR minimum each (300,000 of its own).
    ///    The honest side: three invited governors (100,000 each), governors c1 (150,000) and c2 (120,000)
    ///    seated by the transition, candidate c3 (100,000).
    /// 2. It flash-borrows 300,000 ANKR in one transaction, stakes 100,000 on candidates 0 and 1 and
    ///    delegates 100,000 staked on a sidecar to candidate 2, calls `elect()`, unstakes and repays.
    /// Before: each candidate weighed 200,000 at that instant and won a seat (3 of 5); their proposal
    /// `ankr.transfer(attacker, 970,000)` drained every staked ANKR and another took Parameters.
    /// Now: weights are read at the snapshot (the second the election fell due), so
    /// - in the snapshot's own second `elect()` is not due yet (it runs a day later), and the borrowed
    ///   stake cannot leave;
    /// - when the election runs the flash stake weighs nothing and the honest five are elected;
    /// - even five governors voting for the drain move no stake: the executor that runs proposals holds
    ///   no ANKR, and Governance, which holds the 970,000, is not the executor.
    function test_Attack_FlashLoanElection_ElectsTheHonestFiveAndTheDrainMovesNothing() public {
        uint256 nodeId = activeNode(); // any running node takes sidecar stakes
        joinAll();
        handOver();
        (address c1, address c2) = transition();
        assertGovernors(list(invited[0], invited[1], invited[2], c1, c2));
        address c3 = candidate("c3", MIN);

        address attacker = makeAddr("attacker");
        FlashLender lender = new FlashLender(ankr);
        ankr.mint(address(lender), 10_000_000 ether);
        vm.prank(attacker);
        ElectionCapturer capturer = new ElectionCapturer(gov, nodes, ankr, lender, nodeId);
        address[3] memory p;
        for (uint256 i = 0; i < 3; i++) {
            p[i] = address(capturer.puppets(i));
            ankr.mint(p[i], MIN); // the attacker's own capital
            vm.startPrank(attacker);
            capturer.act(i, address(ankr), abi.encodeCall(IERC20.approve, (address(gov), type(uint256).max)));
            capturer.act(i, address(gov), abi.encodeCall(Governance.stake, (MIN)));
            capturer.act(i, address(gov), abi.encodeCall(Governance.applyAsCandidate, ()));
            vm.stopPrank();
        }

        // In the snapshot's second the loan would weigh, but the election is not due and nothing leaves.
        uint256 snapshot = gov.electionSnapshotAt();
        vm.warp(snapshot);
        vm.prank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceElectionNotDue.selector, snapshot + 1 days)
        );
        capturer.capture(300_000 ether, true);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        capturer.capture(300_000 ether, false);

        // A day later (`ELECTION_LOCK`) the same transaction runs, and the flash stake weighs nothing.
        vm.warp(snapshot + 1 days);
        vm.prank(attacker);
        capturer.capture(300_000 ether, true);
        assertGovernors(list(c1, c2, invited[0], invited[1], invited[2]));
        for (uint256 i = 0; i < 3; i++) {
            assertEq(gov.weightAt(p[i], snapshot), MIN, "the attacker's own 100,000 at the snapshot");
            assertFalse(gov.memberOf(p[i]).governor, "no seat for the attacker");
        }
        assertEq(ankr.balanceOf(address(lender)), 10_000_000 ether, "the loan was repaid");

        // Even a captured government cannot reach the stakes: suppose the five vote for the drain.
        uint256 held = ankr.balanceOf(address(gov));
        assertEq(held, 970_000 ether, "300,000 invited + 150,000 + 120,000 + 100,000 c3 + 300,000 attacker");
        vm.prank(c1);
        uint256 drain = gov.propose(address(ankr), abi.encodeCall(IERC20.transfer, (attacker, held)), "drain");
        address[] memory seated = gov.governors();
        for (uint256 i = 0; i < seated.length; i++) {
            voteAs(drain, seated[i], true);
        }
        vm.warp(gov.getProposal(drain).eta);
        address executor = gov.executor();
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernance.GovernanceCallFailed.selector,
                drain,
                abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, executor, 0, held)
            )
        );
        gov.execute(drain);
        assertEq(ankr.balanceOf(address(gov)), held + BOND, "every staked ANKR (and the bond) still here");
        assertEq(ankr.balanceOf(attacker), 0);
        assertEq(params.governance(), executor, "Parameters still answers to the executor");
        vm.prank(c3);
        gov.withdrawCandidacy();
        vm.prank(c3);
        gov.unstake(MIN);
        assertEq(ankr.balanceOf(c3), 1_000_000 ether, "an honest candidate withdraws all it staked");
    }

    /// Finding 1, held a little longer: ANKR borrowed for two blocks instead of one transaction. The
    /// attacker's candidate stakes 300,000 borrowed ANKR in the snapshot's own second (which counts), and
    /// means to elect and repay in the next block. The election runs only `ELECTION_LOCK` (a day) after
    /// the snapshot and the stake is locked until then: the loan cannot be repaid for a day.
    function test_Attack_TwoBlockLoan_AtTheSnapshot_IsLockedForADay() public {
        joinAll();
        handOver();
        transition();
        address a = candidate("attacker", MIN);
        uint256 snapshot = gov.electionSnapshotAt();
        vm.warp(snapshot);
        ankr.mint(a, 300_000 ether); // borrowed
        vm.prank(a);
        gov.stake(300_000 ether);
        assertEq(gov.weightAt(a, snapshot), 400_000 ether, "the snapshot's own second counts");

        vm.warp(snapshot + 12); // the next block
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceElectionNotDue.selector, snapshot + 1 days)
        );
        gov.elect();
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        vm.prank(a);
        gov.unstake(300_000 ether);
        assertEq(ankr.balanceOf(a), 1_000_000 ether - MIN, "the 300,000 cannot go back to the lender");
        vm.warp(snapshot + 1 days - 1);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        vm.prank(a);
        gov.unstake(300_000 ether);
    }

    /// Finding 2: stale proposals unseat new governors.
    /// 1. On day 29 the three invited governors open three proposals (AuditK 4, 5, 6) and all vote yes.
    /// 2. On day 30 the transition election seats c1 (150,000) and c2 (120,000); voting is still open, but
    ///    they were not governors when the proposals opened.
    /// 3. On day 32 anyone finalizes proposals 1 and 2, and proposal 3 (an honest, passed one) executes
    ///    after its timelock.
    /// Before: each of c1 and c2 had "missed" three votes, was slashed 10,000 ANKR and removed.
    /// Now: a missed vote counts only against a governor seated for the whole voting window, so c1 and c2
    /// keep their seats and stakes, and the insurance pool receives nothing.
    function test_Attack_StaleProposals_CostTheNewGovernorsNothing() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 29 days);
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        for (uint256 r = 0; r < 3; r++) {
            uint256 id = proposeAuditK(4 + r);
            for (uint256 i = 0; i < 3; i++) {
                voteAs(id, invited[i], true);
            }
        }
        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertGovernors(list(invited[0], invited[1], invited[2], c1, c2));
        uint256 insuranceBefore = ankr.balanceOf(address(insurance));

        vm.warp(block.timestamp + 2 days);
        gov.finalize(1);
        gov.finalize(2);
        assertEq(gov.memberOf(c1).missedInRow, 0, "proposals it could never have voted on do not count");
        vm.warp(gov.getProposal(3).eta);
        gov.execute(3);

        assertEq(params.get(IParameters.Key.AuditK), 6);
        assertGovernors(list(invited[0], invited[1], invited[2], c1, c2));
        assertEq(gov.memberOf(c1).stake, 150_000 ether, "c1 not slashed");
        assertEq(gov.memberOf(c2).stake, 120_000 ether, "c2 not slashed");
        assertEq(ankr.balanceOf(address(insurance)) - insuranceBefore, 0);
    }

    /// Finding 3: spam as a weapon.
    /// 1. Governor inv1 opens three no-op proposals (a call to `params.get`) and votes yes on each;
    ///    inv2 and inv3 do not bother voting on spam.
    /// 2. After the vote inv1 finalizes them, then proposes `params.transferGovernance(inv1)` alone.
    /// Before: inv2 and inv3 had missed three in a row, were slashed 10,000 ANKR each and removed, and the
    /// lone survivor passed its takeover with a quorum of 1 of 1.
    /// Now: spam costs its author a 1,000 ANKR bond each (no quorum: forfeited to the insurance pool), a
    /// fourth open proposal is refused, nobody's attendance counts on a proposal without quorum, and quorum
    /// is measured against the 5 seats, so one vote never passes anything.
    function test_Attack_SpamProposals_CostTheSpammerItsBondsAndUnseatNobody() public {
        joinAll();
        handOver();
        address rogue = invited[0];
        uint256 rogueBefore = ankr.balanceOf(rogue);
        uint256 insuranceBefore = ankr.balanceOf(address(insurance));
        bytes memory noop = abi.encodeCall(params.get, (IParameters.Key.AuditK));
        for (uint256 r = 0; r < 3; r++) {
            vm.prank(rogue);
            uint256 id = gov.propose(address(params), noop, "nothing to see");
            voteAs(id, rogue, true);
        }
        vm.prank(rogue);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceTooManyOpenProposals.selector, rogue, 3));
        gov.propose(address(params), noop, "one more");
        vm.warp(block.timestamp + 3 days);
        for (uint256 id = 1; id <= 3; id++) {
            assertFalse(gov.passed(id), "the spam never reached quorum");
            vm.prank(rogue);
            gov.finalize(id);
        }
        assertGovernors(list(invited[0], invited[1], invited[2]));
        assertEq(gov.memberOf(invited[1]).stake, MIN, "inv2 keeps its stake");
        assertEq(gov.memberOf(invited[2]).stake, MIN, "inv3 keeps its stake");
        assertEq(gov.memberOf(invited[1]).missedInRow, 0);
        assertEq(rogueBefore - ankr.balanceOf(rogue), 3 * BOND, "the spammer paid three bonds");
        assertEq(ankr.balanceOf(address(insurance)) - insuranceBefore, 3 * BOND, "to the insurance pool");

        vm.prank(rogue);
        uint256 takeover =
            gov.propose(address(params), abi.encodeCall(params.transferGovernance, (rogue)), "mine");
        voteAs(takeover, rogue, true);
        vm.warp(gov.getProposal(takeover).eta);
        assertEq(gov.getProposal(takeover).seats, 5, "quorum against 2n + 1 seats");
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceProposalRejected.selector, takeover, 1, 0, 5)
        );
        gov.execute(takeover);
        assertEq(params.governance(), gov.executor(), "no single governor owns Parameters");
    }

    /// Finding 4a: an invited account accepting its invitation after the initialization phase, while it is
    /// also a candidate, was seated twice (five seats, four people). Now invitations are accepted only in
    /// the initialization phase, and an invited account cannot also stand as a candidate while they are
    /// open: inv3 holds no seat at all rather than two.
    function test_Attack_LateInvitation_IsRefused_OneSeatPerAccount() public {
        for (uint256 i = 0; i < 2; i++) {
            vm.prank(invited[i]);
            gov.acceptInvitation(MIN);
        }
        vm.warp(block.timestamp + 29 days);
        address inv3 = invited[2];
        vm.startPrank(inv3);
        gov.stake(300_000 ether);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceAlreadyMember.selector, inv3));
        gov.applyAsCandidate();
        vm.stopPrank();
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        address c3 = candidate("c3", MIN);
        vm.warp(gov.nextElectionAt());
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Transition));
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceWrongPhase.selector, IGovernance.Phase.Transition)
        );
        vm.prank(inv3);
        gov.acceptInvitation(0);
        assertFalse(gov.memberOf(inv3).governor, "not seated by the late invitation");
        gov.elect();

        // The transition adds the n = 2 heaviest candidates to the two invited governors who joined.
        address[] memory seated = gov.governors();
        assertEq(seated.length, 4);
        address[4] memory expected = [invited[0], invited[1], c1, c2];
        for (uint256 e = 0; e < 4; e++) {
            uint256 seats;
            for (uint256 g = 0; g < 4; g++) {
                if (seated[g] == expected[e]) seats++;
            }
            assertEq(seats, 1, "every governor holds exactly one seat");
        }
        assertEq(gov.candidates().length, 1);
        assertEq(gov.candidates()[0], c3);
    }

    /// Finding 4b: a proposal's tally mixed two governments across an election.
    /// 1. On day 29 inv1 opens a proposal (AuditK 4) under the invited government and votes yes; inv2 and
    ///    inv3 do not vote.
    /// 2. On day 30 the transition seats c1 and c2, who try to vote yes on the still-open proposal.
    /// Before: it passed with 3 yes although only 1 of the 3 governors who opened it voted. Now only the
    /// government seated when it was made votes on it (c1's and c2's votes revert), and 1 vote of 5 seats
    /// is no quorum.
    function test_Attack_TallyAcrossElection_NewGovernorsCannotVoteOnOlderProposals() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 29 days);
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        vm.warp(gov.nextElectionAt());
        gov.elect();
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceSeatedAfterProposal.selector, id, c1));
        voteAs(id, c1, true);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceSeatedAfterProposal.selector, id, c2));
        voteAs(id, c2, true);

        IGovernance.Proposal memory p = gov.getProposal(id);
        vm.warp(p.eta);
        assertEq(p.yes, 1);
        assertEq(p.seats, 5, "2n + 1 seats");
        assertFalse(gov.passed(id));
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceProposalRejected.selector, id, 1, 0, 5));
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 3);
    }

    /// Finding 4c: passed proposals never expired.
    /// 1. The three invited governors pass a proposal (AuditK 4) and nobody executes it.
    /// 2. Two elections later (the transition, then an automated one won by c1..c5) none of its voters
    ///    holds a seat.
    /// 3. 368 days after its vote closed, someone calls `execute`.
    /// Before: the parameter changed a year late. Now a passed proposal runs only from the end of its
    /// timelock until `ProposalExpiry` (14 days) later.
    function test_Attack_PassedProposal_368DaysLate_HasExpired() public {
        joinAll();
        handOver();
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        voteAs(id, invited[2], true);
        IGovernance.Proposal memory p = gov.getProposal(id);
        vm.warp(p.end);
        assertTrue(gov.passed(id));

        address[] memory c = new address[](5);
        for (uint256 i = 0; i < 5; i++) {
            c[i] = candidate(string.concat("c", vm.toString(i + 1)), 500_000 ether - i * 50_000 ether);
        }
        vm.warp(gov.nextElectionAt());
        gov.elect();
        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertFalse(gov.memberOf(invited[0]).governor, "voter inv1 unseated");
        assertFalse(gov.memberOf(invited[1]).governor, "voter inv2 unseated");

        vm.warp(p.end + 368 days);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceProposalExpired.selector, id, p.expiresAt)
        );
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 3, "nothing changed");
        assertEq(p.expiresAt, p.end + 2 days + 14 days);
    }

    /// Finding 4d: ex-governors grew the candidate list past its cap.
    /// 1. Before the first snapshot 100 candidates apply (the cap, `MAX_CANDIDATES`); the transition seats
    ///    2, two more apply to fill the list again, and the 101st is refused.
    /// 2. The five governors pass `GovernorSeatsN = 1` (3 seats).
    /// 3. The automated election seats the 3 heaviest.
    /// Before: all 5 governors had been turned into candidates without checking the cap: 102 candidates.
    /// Now governors who lose their seat leave the list of those standing (they keep their stake and may
    /// apply again), so it never grows past 100: it holds the 99 candidates not seated.
    function test_Attack_ExGovernors_NoLongerGrowTheCandidateListPastItsCap() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 29 days);
        uint256 cap = gov.MAX_CANDIDATES();
        for (uint256 i = 0; i < cap; i++) {
            candidate(string.concat("cand", vm.toString(i)), MIN + i * 1 ether);
        }
        vm.warp(gov.nextElectionAt());
        gov.elect();
        candidate("late1", MIN);
        candidate("late2", MIN);
        assertEq(gov.candidates().length, cap);
        address extra = member("extra");
        vm.startPrank(extra);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(MIN);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceTooManyCandidates.selector, MIN));
        gov.applyAsCandidate();
        vm.stopPrank();

        vm.prank(invited[0]);
        uint256 id = gov.propose(
            address(params), abi.encodeCall(params.set, (IParameters.Key.GovernorSeatsN, 1)), "n = 1"
        );
        vm.warp(block.timestamp + 1);
        for (uint256 i = 0; i < 3; i++) {
            voteAs(id, invited[i], true);
        }
        vm.warp(gov.getProposal(id).eta);
        gov.execute(id);

        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertEq(gov.governors().length, 3, "2n + 1 with n = 1");
        // The heaviest three: the two candidates the transition seated (100,099 and 100,098) and cand97.
        assertEq(
            gov.candidates().length,
            cap - 1,
            "99: cand97 left the list; the unseated governors did not join it"
        );
        for (uint256 i = 0; i < invited.length; i++) {
            assertFalse(gov.memberOf(invited[i]).candidate, "an unseated governor stands again by applying");
            assertEq(gov.memberOf(invited[i]).stake, MIN, "and keeps its stake");
        }
    }
}
