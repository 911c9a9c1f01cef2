// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";
import {Puppet} from "../utils/FlashLender.sol";

/// An attacker's contract for an election captured with ANKR borrowed for ONE block: it stakes the loan in
/// the last transaction of the block whose timestamp is the election snapshot (`enter`), and in the first
/// transaction of the next block runs `elect()` itself, which lifts the lock, takes everything back and
/// repays (`exit`).
contract OneBlockCapturer {
    Governance internal immutable gov;
    NodeRegistry internal immutable nodes;
    IERC20 internal immutable ankr;
    uint256 internal immutable nodeId;
    address internal immutable attacker;
    Puppet[3] public puppets;

    constructor(Governance gov_, NodeRegistry nodes_, IERC20 ankr_, uint256 nodeId_) {
        gov = gov_;
        nodes = nodes_;
        ankr = ankr_;
        nodeId = nodeId_;
        attacker = msg.sender;
        for (uint256 i = 0; i < 3; ++i) {
            puppets[i] = new Puppet();
        }
        ankr_.approve(address(nodes_), type(uint256).max);
    }

    function act(uint256 i, address target, bytes calldata data) external returns (bytes memory) {
        require(msg.sender == attacker, "not attacker");
        return puppets[i].exec(target, data);
    }

    /// Block N (timestamp == snapshot): the borrowed ANKR weighs in. Nothing here is refused in the lock.
    function enter(uint256 amount) external {
        require(msg.sender == attacker, "not attacker");
        uint256 each = amount / 3;
        for (uint256 i = 0; i < 2; ++i) {
            require(ankr.transfer(address(puppets[i]), each), "transfer");
            puppets[i].exec(address(gov), abi.encodeCall(Governance.stake, (each)));
        }
        nodes.stakeOnSidecar(nodeId, each); // a new sidecar stake: no lock
        nodes.delegate(address(puppets[2])); // delegating from nobody: no lock
    }

    /// Block N + 1: elect (which ends the lock in the same transaction), unstake, repay.
    function exit(uint256 amount, address lender) external {
        require(msg.sender == attacker, "not attacker");
        uint256 each = amount / 3;
        gov.elect();
        for (uint256 i = 0; i < 2; ++i) {
            puppets[i].exec(address(gov), abi.encodeCall(Governance.unstake, (each)));
            puppets[i].exec(address(ankr), abi.encodeCall(IERC20.transfer, (address(this), each)));
        }
        nodes.unstakeFromSidecar(nodeId, each);
        require(ankr.transfer(lender, amount), "repay");
    }
}

/// Issue 15 review: attacks on the checkpointed elections, proposals and streamed / vesting rewards.
/// `test_Finding_*` perform an attack that succeeded before its fix and show it failing now.
contract Issue15ReviewAttacksTest is Protocol {
    Governance internal gov;
    address[] internal invited;
    address internal fund = makeAddr("development");
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

    // ------------------------------------------------------------------ helpers

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
        vm.startPrank(governance);
        nodes.connectElections(gov);
        params.transferGovernance(gov.executor());
        vm.stopPrank();
    }

    /// inv1..inv3 (100,000 each) and c1 (150,000), c2 (120,000) seated by the transition.
    function transition() internal returns (address c1, address c2) {
        vm.warp(block.timestamp + 29 days);
        c1 = candidate("c1", 150_000 ether);
        c2 = candidate("c2", 120_000 ether);
        vm.warp(gov.nextElectionAt());
        gov.elect();
    }

    function voteAs(uint256 id, address who, bool support) internal {
        vm.prank(who);
        gov.vote(id, support);
    }

    function activeNode(string memory providerName, string memory sidecarName) internal returns (uint256 id) {
        address provider = qualifiedProvider(providerName, IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        id = nodes.registerNode(makeAddr(sidecarName), "https://node", capacity());
    }

    function assertGovernors(address[] memory expected) internal view {
        address[] memory g = gov.governors();
        assertEq(g.length, expected.length, "seat count");
        for (uint256 i = 0; i < expected.length; i++) {
            assertEq(g[i], expected[i], string.concat("seat ", vm.toString(i)));
        }
    }

    // ------------------------------------------------------------------ findings

    /// FINDING 1 (high, FIXED): the election was captured with ANKR borrowed for ONE block.
    /// The snapshot is a single second known a term in advance, `stake`, `stakeOnSidecar` and `delegate`
    /// from nobody are all allowed inside the lock, and a checkpoint written AT the snapshot second counts.
    /// The lock only keeps the capital in until `elect()`, which anyone (the attacker) may call in the very
    /// next block, and `elect()` lifts the lock inside the same transaction. So the borrowed capital is held
    /// across exactly one block boundary (12 s): the last transaction of the snapshot's block and the first
    /// of the next. A one-block loan on any lending market (against any collateral) or a builder's inventory
    /// suffices; no atomic flash loan is needed.
    /// Numbers: honest side inv1..inv3 100,000 each, c1 150,000, c2 120,000. The attacker holds three
    /// candidates with the 100,000 minimum each (300,000 of its own) and borrows 300,000 for one block:
    /// 100,000 staked on each of two candidates, 100,000 staked on a sidecar and delegated to the third.
    /// Each weighs 200,000 at the snapshot, so they take 3 of the 5 seats (all invited governors are
    /// unseated), the loan is repaid one block later, and their majority hands Parameters to the attacker
    /// (and with it the reward pool's wiring, registries, MicroPool governance, ...).
    /// Fix: make weight need to be held over a window, not an instant. E.g. start the lock `LockLead`
    /// (say 7 days) before the snapshot for stakes already in, refuse new stake / delegation from nobody
    /// / sidecar stake being counted after `snapshot - LockLead`, and weigh min(weightAt(snapshot -
    /// LockLead), weightAt(snapshot)); or weigh a time-weighted average of the checkpoints over the term.
    /// Fixed: the election runs `ELECTION_LOCK` (a day) after its snapshot, with stakes and delegated votes
    /// locked until it has run, so the loan is stuck for a day and the honest five stay seated.
    function test_Finding_OneBlockLoanCapturesElection_NowStuckForADay() public {
        uint256 nodeId = activeNode("provider", "sidecar");
        joinAll();
        handOver();
        (address c1, address c2) = transition();
        assertGovernors(_five(invited[0], invited[1], invited[2], c1, c2));

        address attacker = makeAddr("attacker");
        address lender = makeAddr("lender");
        ankr.mint(lender, 300_000 ether);
        vm.prank(attacker);
        OneBlockCapturer capturer = new OneBlockCapturer(gov, nodes, ankr, nodeId);
        address[3] memory p;
        for (uint256 i = 0; i < 3; i++) {
            p[i] = address(capturer.puppets(i));
            ankr.mint(p[i], MIN + BOND); // the attacker's own capital (and one proposal bond)
            vm.startPrank(attacker);
            capturer.act(i, address(ankr), abi.encodeCall(IERC20.approve, (address(gov), type(uint256).max)));
            capturer.act(i, address(gov), abi.encodeCall(Governance.stake, (MIN)));
            capturer.act(i, address(gov), abi.encodeCall(Governance.applyAsCandidate, ()));
            vm.stopPrank();
        }

        // Block N, timestamp == snapshot: borrow and weigh in (the last transaction of the block).
        uint256 snapshot = gov.electionSnapshotAt();
        vm.warp(snapshot);
        vm.prank(lender);
        ankr.transfer(address(capturer), 300_000 ether);
        vm.prank(attacker);
        capturer.enter(300_000 ether);
        assertEq(gov.weightAt(p[0], snapshot), 200_000 ether);
        assertEq(gov.weightAt(p[2], snapshot), 200_000 ether, "100,000 own + 100,000 delegated");

        // Block N + 1 (12 s later): the first transaction would elect, take the loan back and repay it. The
        // election runs only a day after the snapshot, and everything that weighs stays locked until then.
        vm.roll(block.number + 1);
        vm.warp(snapshot + 12);
        vm.prank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceElectionNotDue.selector, snapshot + 1 days)
        );
        capturer.exit(300_000 ether, lender);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        capturer.act(0, address(gov), abi.encodeCall(Governance.unstake, (100_000 ether)));
        vm.prank(address(capturer));
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, address(capturer)));
        nodes.unstakeFromSidecar(nodeId, 100_000 ether);
        assertEq(ankr.balanceOf(lender), 0, "the one-block loan cannot be repaid: it is held for a day");
        assertGovernors(_five(invited[0], invited[1], invited[2], c1, c2));
    }

    /// FINDING 2 (FIXED; was high when QuorumBps is ever lowered): quorum and majority were read
    /// from Parameters when `passed`/`finalize`/`execute` run, not when the proposal was made. A proposal
    /// that was rejected (no quorum) stays alive until `expiresAt`, and its attendance is counted whenever
    /// someone finalizes it. So after any later, legitimate, lowering of `QuorumBps`:
    /// - a rogue governor's old, ignored proposal (here `transferGovernance(rogue)`, 1 yes of 5 seats)
    ///   becomes "passed" and executable, and
    /// - the rogue finalizes its two old, ignored spam proposals and the takeover, which now "reached
    ///   quorum", so the four honest governors (who ignored spam, as the design intends) have missed three
    ///   in a row: each is slashed 10,000 ANKR and removed, and the rogue gets its three bonds back.
    /// Numbers: rogue inv1 opens 3 proposals at t0 and votes yes on each; the 4 honest governors ignore
    /// them. At t0 + 3 d (after all three ended rejected) the 4 honest governors pass QuorumBps = 2,000
    /// (1 of 5 seats), executed at t0 + 8 d, inside the rogue's window [t0 + 5 d, t0 + 19 d).
    /// Result: Parameters owned by the rogue, governors = [rogue], 40,000 ANKR slashed to insurance, rogue
    /// bonds 3,000 returned instead of forfeited.
    /// Fix: copy QuorumBps and MajorityBps (and MissedVotesLimit) into the Proposal at `propose` and use
    /// only those; or settle the outcome once in `finalize` (callable from `end`) and let `execute` rely
    /// on the recorded outcome.
    /// Fixed: a proposal records the quorum and majority in force when it is made.
    function test_Finding_LaterQuorumChange_NoLongerResurrectsRejectedProposals() public {
        joinAll();
        handOver();
        (address c1, address c2) = transition();
        vm.warp(block.timestamp + 1);
        address rogue = invited[0];
        address[4] memory honest = [invited[1], invited[2], c1, c2];
        uint256 rogueBefore = ankr.balanceOf(rogue);
        uint256 insuranceBefore = ankr.balanceOf(address(insurance));

        uint256 t0 = block.timestamp;
        bytes memory noop = abi.encodeCall(params.get, (IParameters.Key.AuditK));
        vm.startPrank(rogue);
        uint256 spam1 = gov.propose(address(params), noop, "nothing");
        uint256 spam2 = gov.propose(address(params), noop, "nothing");
        uint256 takeover =
            gov.propose(address(params), abi.encodeCall(params.transferGovernance, (rogue)), "mine");
        gov.vote(spam1, true);
        gov.vote(spam2, true);
        gov.vote(takeover, true);
        vm.stopPrank();

        vm.warp(t0 + 3 days);
        assertFalse(gov.passed(takeover), "rejected: 1 vote of 5 seats is no quorum");

        // The honest majority lowers quorum for a good reason; the rogue abstains.
        vm.prank(c1);
        uint256 q =
            gov.propose(address(params), abi.encodeCall(params.set, (IParameters.Key.QuorumBps, 2_000)), "q");
        for (uint256 i = 0; i < 4; i++) {
            voteAs(q, honest[i], true);
        }
        vm.warp(gov.getProposal(q).eta);
        assertEq(block.timestamp, t0 + 8 days);
        gov.execute(q);

        // Each proposal keeps the quorum it was made under (half the seats): the rogue's stay rejected.
        assertEq(gov.getProposal(takeover).quorumBps, 5_000);
        assertFalse(gov.passed(takeover), "still rejected");
        vm.startPrank(rogue);
        gov.finalize(spam1);
        gov.finalize(spam2);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceProposalRejected.selector, takeover, 1, 0, 5)
        );
        gov.execute(takeover);
        gov.finalize(takeover);
        vm.stopPrank();

        assertEq(params.governance(), gov.executor(), "Parameters stay with the executor");
        assertEq(gov.governors().length, 5, "nobody unseated");
        for (uint256 i = 0; i < 4; i++) {
            assertTrue(gov.memberOf(honest[i]).governor);
            assertEq(gov.memberOf(honest[i]).missedInRow, 0);
        }
        assertEq(gov.memberOf(invited[1]).stake, MIN);
        assertEq(gov.memberOf(c1).stake, 150_000 ether);
        assertEq(
            ankr.balanceOf(address(insurance)) - insuranceBefore,
            3 * BOND,
            "the rogue's three bonds, forfeited"
        );
        assertEq(rogueBefore - ankr.balanceOf(rogue), 3 * BOND);
    }

    /// FINDING 3 (FIXED; was medium): a stake on a FINISHED node kept its reward shares forever. `finishNode` does not
    /// take the node's stakes out of the stream, so they keep earning the sidecar stakers' 20 % period
    /// after period, claimable at any time and withdrawable at any time without forfeit - while stakes on
    /// running nodes (which the category exists to reward) can neither claim nor leave without forfeiting.
    /// A qualified provider turns this into liquid, forfeit-free sidecar staking: register a node, stake
    /// on it, finish it in the same transaction. (Any staker on a node that ever finished gets the same.)
    /// Numbers: holderA stakes 1,000 ANKR on a running honest node; the attacker-provider stakes 1,000 on
    /// its own node and finishes it at once. 100 ETH are distributed: the sidecar stream is
    /// 33,068,783,000,000 wei/s x 604,800 s = 19,999,999,958,400,000,000. After the week the attacker claims
    /// half, 9,999,999,979,200,000,000 wei, and leaves with all its ANKR; holderA can claim nothing and
    /// would forfeit its half by leaving. The next period the dead stake earns half again.
    /// Fix: stop a node's stakes earning when it finishes: on `finishNode` remove the node's
    /// `sidecarStake` units from the stream total and record the category's per-share value at that
    /// moment for the node (positions of a finished node earn up to that value only); O(1) per node.
    /// Fixed: `finishNode` takes the node's stakes out of the stream and records where they stopped.
    function test_Finding_FinishedNodeStake_NoLongerEarns() public {
        vm.prank(governance);
        rewardPool.wire(gov, stakerRewards, nodes, fund);
        uint256 honestNode = activeNode("provider", "sidecar");
        address holderA = staker("holderA");
        vm.startPrank(holderA);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(honestNode, 1_000 ether);
        vm.stopPrank();

        // The attacker is a qualified provider: register, stake, finish - one transaction.
        address attacker = qualifiedProvider("attackerProvider", IParameters.TrustLevel.Trusted);
        ankr.mint(attacker, 1_000 ether);
        vm.startPrank(attacker);
        uint256 dead = nodes.registerNode(makeAddr("attackerSidecar"), "https://dead", capacity());
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(dead, 1_000 ether);
        nodes.finishNode(dead);
        vm.stopPrank();
        assertEq(uint8(nodes.getNode(dead).status), uint8(INodeRegistry.Status.Finished));
        assertEq(
            nodes.totalRewardShares(), 1_000 ether, "the dead node's stake left the stream as it finished"
        );

        vm.deal(address(this), 100 ether);
        (bool ok,) = address(rewardPool).call{value: 100 ether}("");
        assertTrue(ok);
        rewardPool.distribute();
        vm.warp(block.timestamp + 7 days);

        uint256 before = attacker.balance;
        vm.prank(attacker);
        nodes.claimRewards(dead);
        assertEq(attacker.balance - before, 0, "a stake on a finished node earns nothing");
        (uint256 pendingA,) = nodes.pendingRewards(honestNode, holderA);
        assertEq(pendingA, 19_999_999_958_400_000_000, "the whole sidecar stream went to the running node");
        // Leaving a finished node forfeits nothing, and there was nothing to take.
        uint256 poolBefore = address(rewardPool).balance;
        vm.prank(attacker);
        nodes.unstakeFromSidecar(dead, 1_000 ether);
        assertEq(address(rewardPool).balance, poolBefore, "no forfeit");
        assertEq(ankr.balanceOf(attacker), 1_000 ether);
        // holderA's stake vests when its node finishes, at what it had earned then.
        vm.prank(makeAddr("provider"));
        nodes.finishNode(honestNode);
        vm.warp(block.timestamp + 1 days);
        before = holderA.balance;
        vm.prank(holderA);
        nodes.claimRewards(honestNode);
        assertEq(holderA.balance - before, 19_999_999_958_400_000_000);
    }

    /// FINDING 4 (FIXED; was low/medium, capital-intensive): the candidate list was a first-come list of
    /// at most 100. Losing candidates stay on it for ever, so whoever fills it (100 sybils with the
    /// 100,000 minimum each: 10,000,000 ANKR, fully recoverable, earning nothing but also risking
    /// nothing) shuts every challenger out of every future election, however heavy. Incumbents (or an
    /// attacker allied with them) are entrenched; the sybils need not even win.
    /// Numbers: after the transition, 100 sybils apply with 100,000 each. A challenger with 900,000 ANKR
    /// (heavier than any governor) is refused, and the next automated election re-seats the same five.
    /// Fix: when the list is full let a heavier applicant replace the lightest candidate, or clear
    /// candidacies that lost at each election (they may apply again for the next term).
    /// Fixed: when the list is full, an applicant with more stake takes the lightest candidate's place.
    function test_Finding_FullCandidateList_NoLongerLocksOutChallengers() public {
        joinAll();
        handOver();
        (address c1, address c2) = transition();
        vm.warp(block.timestamp + 1);
        for (uint256 i = 0; i < gov.MAX_CANDIDATES(); i++) {
            candidate(string.concat("sybil", vm.toString(i)), MIN);
        }
        address challenger = member("challenger");
        vm.startPrank(challenger);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(900_000 ether);
        vm.expectEmit(address(gov));
        emit IGovernance.CandidateDisplaced(makeAddr("sybil0"), challenger);
        gov.applyAsCandidate();
        vm.stopPrank();
        assertEq(gov.candidates().length, 100, "the list stays at its cap");
        // Another sybil with the minimum is not heavier than the lightest: refused.
        address late = member("lateSybil");
        vm.startPrank(late);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(MIN);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceTooManyCandidates.selector, MIN));
        gov.applyAsCandidate();
        vm.stopPrank();

        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertGovernors(_five(challenger, c1, c2, invited[0], invited[1]));
    }

    // ------------------------------------------------------------------ defences that held

    /// A staker delegated to X cannot move its votes or leave during the lock; a flash stake inside the
    /// snapshot second cannot leave in that block, and `elect()` is not due until the next second.
    function test_Holds_DelegatedVotesLockedUntilElect() public {
        uint256 nodeId = activeNode("provider", "sidecar");
        joinAll();
        handOver();
        address x = makeAddr("x");
        address y = makeAddr("y");
        address s = staker("s");
        vm.startPrank(s);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, 1_000 ether);
        nodes.delegate(x);
        vm.stopPrank();
        vm.warp(gov.electionSnapshotAt());
        vm.startPrank(s);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, s));
        nodes.delegate(y);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, s));
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernance.GovernanceElectionNotDue.selector, gov.electionSnapshotAt() + 1 days
            )
        );
        gov.elect();
    }

    /// Splitting an early sidecar withdrawal into ten pieces forfeits the same as one withdrawal (the
    /// proportional forfeit compounds to the whole pending) but for rounding, and never more. Debts count
    /// in 1e6-wei units rounded against the position, so each piece may give up, to the registry's dust
    /// rather than to the pool, up to 1e6 wei as its forfeit raises the debt (rounded up), up to 1e6 as its
    /// change of shares moves it (a wei added, then rounded) and a wei as the forfeit's share rounds down:
    /// at most 10 x (2e6 + 1) wei. Here the nine pieces that leave a stake behind give up 11,873,018 wei
    /// (each change exactly 1e6, the earnings dividing evenly; the forfeits' debts 2,873,018 more, 0 to
    /// 666,667 each).
    function test_Holds_SplitUnstakeStillForfeitsEverything() public {
        vm.prank(governance);
        rewardPool.wire(gov, stakerRewards, nodes, fund);
        uint256 nodeId = activeNode("provider", "sidecar");
        address holderA = staker("holderA");
        vm.startPrank(holderA);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, 1_000 ether);
        vm.stopPrank();
        vm.deal(address(this), 100 ether);
        (bool ok,) = address(rewardPool).call{value: 100 ether}("");
        assertTrue(ok);
        rewardPool.distribute();
        vm.warp(block.timestamp + 7 days);
        (uint256 pending,) = nodes.pendingRewards(nodeId, holderA);
        assertEq(pending, 19_999_999_958_400_000_000);
        uint256 poolBefore = address(rewardPool).balance;
        for (uint256 i = 0; i < 10; i++) {
            vm.prank(holderA);
            nodes.unstakeFromSidecar(nodeId, 100 ether);
        }
        uint256 forfeited = address(rewardPool).balance - poolBefore;
        assertLe(forfeited, pending, "never more than was pending");
        assertApproxEqAbs(forfeited, pending, 10 * (2e6 + 1), "all forfeited but for the debts' rounding");
        assertEq(forfeited, 19_999_999_958_388_126_982);
        (pending,) = nodes.pendingRewards(nodeId, holderA);
        assertEq(pending, 0, "nothing kept");
        assertEq(holderA.balance, 1_000 ether, "nothing paid");
        // The registry keeps the cut's dust (20e18 - 19,999,999,958,400,000,000) and what the pieces gave up.
        assertEq(address(nodes).balance, 41_600_000_000 + 11_873_018);
    }

    function _five(address a, address b, address c, address d, address e)
        internal
        pure
        returns (address[] memory l)
    {
        l = new address[](5);
        (l[0], l[1], l[2], l[3], l[4]) = (a, b, c, d, e);
    }
}
