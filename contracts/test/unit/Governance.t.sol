// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";

contract GovernanceTest is Protocol {
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

    uint256 internal constant BOND = 1_000 ether;
    /// Voting period plus timelock: when a proposal made now may first run.
    uint256 internal constant TO_ETA = 3 days + 2 days;

    /// Governance's executor becomes the authority over Parameters, and NodeRegistry's delegated votes
    /// follow its elections.
    function handOver() internal {
        vm.startPrank(governance);
        nodes.connectElections(gov);
        params.transferGovernance(gov.executor());
        vm.stopPrank();
    }

    /// The transition election seats two candidates beside the three invited governors: 2n + 1 = 5.
    function seatFive() internal returns (address c1, address c2) {
        joinAll();
        c1 = candidate("c1", MIN);
        c2 = candidate("c2", MIN);
        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertEq(gov.governors().length, 5);
        vm.warp(block.timestamp + 1); // proposals made after the new governors took their seats
    }

    function proposeAuditK(uint256 k) internal returns (uint256 id) {
        vm.prank(invited[0]);
        id = gov.propose(address(params), abi.encodeCall(params.set, (IParameters.Key.AuditK, k)), "audit k");
    }

    function voteAs(uint256 id, address who, bool support) internal {
        vm.prank(who);
        gov.vote(id, support);
    }

    function test_Initialization_InvitedGovernorsJoin() public {
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Initialization));
        joinAll();
        assertEq(gov.governors().length, 3, "n + 1 governors");
        address outsider = member("outsider");
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceNotInvited.selector, outsider));
        vm.prank(outsider);
        gov.acceptInvitation(MIN);
        // Candidates may apply from the start (so they stand before the first snapshot), with the minimum.
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceStakeBelowMinimum.selector, 0, MIN));
        vm.prank(outsider);
        gov.applyAsCandidate();
    }

    function test_RevertWhen_InvitedStakesBelowMinimum() public {
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceStakeBelowMinimum.selector, MIN - 1, MIN)
        );
        vm.prank(invited[0]);
        gov.acceptInvitation(MIN - 1);
    }

    function test_RevertWhen_InvitationsAreNotNPlusOne() public {
        address[] memory two = new address[](2);
        two[0] = invited[0];
        two[1] = invited[1];
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceBadInvitations.selector, 2, 3));
        new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), two
        );
    }

    /// A complete election: the transition adds the n heaviest candidates, counting delegated votes;
    /// a term later the whole list is elected again by the same rule.
    function test_Election_TransitionThenAutomated() public {
        joinAll();
        vm.prank(governance);
        nodes.connectElections(gov);
        vm.warp(block.timestamp + 29 days);
        address c1 = candidate("c1", 100_000 ether);
        address c2 = candidate("c2", 150_000 ether);
        address c3 = candidate("c3", 100_000 ether);
        address c4 = candidate("c4", 120_000 ether);
        // 100 000 ANKR staked on a sidecar and delegated to c3.
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        uint256 nodeId = nodes.registerNode(makeAddr("sidecar"), "https://node", capacity());
        address fan = staker("fan");
        vm.startPrank(fan);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, 100_000 ether);
        nodes.delegate(c3);
        vm.stopPrank();
        assertEq(gov.weightOf(c3), 200_000 ether);

        // From the snapshot (the end of the initialization period) weights are frozen until the election.
        uint256 snapshot = gov.electionSnapshotAt();
        assertEq(snapshot, block.timestamp + 1 days);
        vm.warp(snapshot);
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Transition));
        assertTrue(gov.electionLocked());
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        vm.prank(c2);
        gov.unstake(1);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, fan));
        vm.prank(fan);
        nodes.unstakeFromSidecar(nodeId, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceElectionNotDue.selector, snapshot + 1 days)
        );
        gov.elect();
        vm.warp(snapshot + 1 days);
        gov.elect();
        assertFalse(gov.electionLocked());
        address[] memory g = gov.governors();
        assertEq(g.length, 5, "2n + 1 governors");
        assertEq(g[3], c3, "heaviest candidate, thanks to delegated votes");
        assertEq(g[4], c2);
        assertEq(gov.candidates().length, 2);
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Automated));

        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernance.GovernanceElectionNotDue.selector, block.timestamp + 90 days + 1 days
            )
        );
        gov.elect();

        // A term later c1 stakes 400 000 more; the whole list is chosen again.
        vm.prank(c1);
        gov.stake(400_000 ether);
        vm.warp(block.timestamp + 91 days);
        gov.elect();
        g = gov.governors();
        assertEq(g.length, 5);
        assertEq(g[0], c1);
        assertEq(g[1], c3);
        assertEq(g[2], c2);
        assertEq(g[3], c4);
        assertEq(g[4], invited[0], "ties go to the earlier member");
        assertFalse(gov.memberOf(invited[1]).governor, "unseated");
        assertFalse(gov.memberOf(invited[1]).candidate, "an unseated governor applies again if it wants");
        assertEq(gov.memberOf(invited[1]).stake, MIN, "and keeps its stake");
        assertEq(gov.candidates().length, 0, "c1 and c4 were seated");
        assertEq(gov.memberOf(invited[0]).seatedAt, 1, "re-elected: the seat it held since joining");
        assertEq(gov.memberOf(c1).seatedAt, block.timestamp, "a new seat");
    }

    function test_ParameterChange_ByVote() public {
        joinAll();
        handOver();
        uint256 before = ankr.balanceOf(invited[0]);
        uint256 id = proposeAuditK(4);
        assertEq(before - ankr.balanceOf(invited[0]), BOND, "the proposer locks a bond");
        IGovernance.Proposal memory p = gov.getProposal(id);
        assertEq(p.seats, 5, "quorum counts against 2n + 1 seats");
        assertEq(p.eta, p.end + 2 days);
        assertEq(p.expiresAt, p.eta + 14 days);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        voteAs(id, invited[2], true);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceVotingOpen.selector, id));
        gov.execute(id);
        vm.warp(p.end);
        assertTrue(gov.passed(id));
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceTimelocked.selector, id, p.eta));
        gov.execute(id);
        vm.warp(p.eta);
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 4);
        assertEq(ankr.balanceOf(invited[0]), before, "quorum reached: the bond came back");
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceAlreadyExecuted.selector, id));
        gov.execute(id);
        // Governance is now the only path to Parameters.
        vm.expectRevert(abi.encodeWithSelector(IParameters.ParametersNotGovernance.selector, governance));
        vm.prank(governance);
        params.set(IParameters.Key.AuditK, 5);
    }

    function test_RejectedProposal_Majority() public {
        joinAll();
        handOver();
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], false);
        voteAs(id, invited[2], false);
        vm.warp(block.timestamp + TO_ETA);
        assertFalse(gov.passed(id));
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceProposalRejected.selector, id, 1, 2, 5));
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 3);
    }

    function test_RejectedProposal_NoQuorum() public {
        joinAll();
        handOver();
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true); // 2 of 5 seats voted; quorum is half of them
        vm.warp(block.timestamp + TO_ETA);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceProposalRejected.selector, id, 2, 0, 5));
        gov.execute(id);
        gov.finalize(id);
        assertEq(ankr.balanceOf(address(insurance)), BOND, "no quorum: the bond goes to the insurance pool");
        assertEq(gov.memberOf(invited[2]).missedInRow, 0, "a vote without quorum counts nobody absent");
    }

    /// A passed proposal that nobody runs within `ProposalExpiry` after its timelock expires.
    function test_PassedProposal_Expires() public {
        joinAll();
        handOver();
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        voteAs(id, invited[2], true);
        IGovernance.Proposal memory p = gov.getProposal(id);
        vm.warp(p.expiresAt);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceProposalExpired.selector, id, p.expiresAt)
        );
        gov.execute(id);
        assertEq(params.get(IParameters.Key.AuditK), 3);
    }

    /// A governor has at most `MaxOpenProposals` (3) open; finalizing one frees a place.
    function test_OpenProposals_Limited() public {
        joinAll();
        uint256 first = proposeAuditK(4);
        proposeAuditK(5);
        proposeAuditK(6);
        assertEq(gov.memberOf(invited[0]).openProposals, 3);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceTooManyOpenProposals.selector, invited[0], 3)
        );
        proposeAuditK(7);
        vm.warp(block.timestamp + 3 days);
        gov.finalize(first);
        proposeAuditK(7);
        assertEq(gov.memberOf(invited[0]).openProposals, 3);
    }

    function test_ThreeMissedVotes_SlashAndRemove() public {
        handOver();
        (address c1, address c2) = seatFive();
        address absent = invited[2];
        for (uint256 round = 0; round < 3; round++) {
            uint256 id = proposeAuditK(4 + round);
            voteAs(id, invited[0], true);
            voteAs(id, invited[1], true);
            voteAs(id, c1, true);
            voteAs(id, c2, true);
            vm.warp(block.timestamp + TO_ETA);
            gov.execute(id);
            if (round < 2) assertEq(gov.memberOf(absent).missedInRow, round + 1);
        }
        assertFalse(gov.memberOf(absent).governor, "removed");
        assertEq(gov.memberOf(absent).stake, MIN - 10_000 ether, "slashed");
        assertEq(gov.stakeAt(absent, block.timestamp), MIN - 10_000 ether, "checkpointed");
        assertEq(ankr.balanceOf(address(insurance)), 10_000 ether, "to the insurance pool");
        assertEq(gov.governors().length, 4);
        assertEq(params.get(IParameters.Key.AuditK), 6);
    }

    function test_Vote_ResetsTheMissedCount() public {
        handOver();
        (address c1, address c2) = seatFive();
        for (uint256 round = 0; round < 4; round++) {
            uint256 id = proposeAuditK(4);
            voteAs(id, invited[0], true);
            voteAs(id, invited[1], true);
            voteAs(id, c1, true);
            voteAs(id, c2, false);
            if (round == 1) voteAs(id, invited[2], true);
            vm.warp(block.timestamp + TO_ETA);
            gov.finalize(id);
        }
        assertEq(gov.memberOf(invited[2]).missedInRow, 2, "the vote in round 2 reset the count");
        assertTrue(gov.memberOf(invited[2]).governor);
    }

    function test_RevertWhen_VotingRulesBroken() public {
        joinAll();
        uint256 id = proposeAuditK(4);
        address outsider = member("outsider");
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceNotGovernor.selector, outsider));
        vm.prank(outsider);
        gov.vote(id, true);
        voteAs(id, invited[0], true);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceAlreadyVoted.selector, id, invited[0]));
        voteAs(id, invited[0], false);
        vm.warp(block.timestamp + 3 days);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceVotingClosed.selector, id));
        voteAs(id, invited[1], true);
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceNotGovernor.selector, outsider));
        vm.prank(outsider);
        gov.propose(address(params), "", "nope");
    }

    function test_FailedCall_RevertsTheExecution() public {
        joinAll(); // Parameters still belongs to the deployer: the call must fail
        uint256 id = proposeAuditK(4);
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        voteAs(id, invited[2], true);
        vm.warp(block.timestamp + TO_ETA);
        vm.expectRevert();
        gov.execute(id);
        assertFalse(gov.getProposal(id).executed);
    }

    function test_Stake_MinimumWhileInOffice() public {
        joinAll();
        vm.expectRevert(
            abi.encodeWithSelector(IGovernance.GovernanceStakeBelowMinimum.selector, MIN - 1, MIN)
        );
        vm.prank(invited[0]);
        gov.unstake(1);
        address outsider = member("outsider");
        vm.startPrank(outsider);
        ankr.approve(address(gov), type(uint256).max);
        gov.stake(5 ether);
        gov.unstake(5 ether);
        vm.stopPrank();
        assertEq(ankr.balanceOf(outsider), 1_000_000 ether);
    }

    /// Whatever the weights, an election seats exactly the heaviest.
    function testFuzz_Election_SeatsTheHeaviest(uint64[5] memory extra) public {
        joinAll();
        address[] memory cs = new address[](5);
        for (uint256 i = 0; i < 5; i++) {
            cs[i] = candidate(
                string.concat("c", vm.toString(i)), MIN + bound(uint256(extra[i]) * 1 gwei, 0, 500_000 ether)
            );
        }
        vm.warp(gov.nextElectionAt());
        gov.elect();
        address[] memory g = gov.governors();
        uint256 lightestSeated = type(uint256).max;
        for (uint256 i = 3; i < g.length; i++) {
            if (gov.weightOf(g[i]) < lightestSeated) lightestSeated = gov.weightOf(g[i]);
        }
        address[] memory rest = gov.candidates();
        for (uint256 i = 0; i < rest.length; i++) {
            assertLe(gov.weightOf(rest[i]), lightestSeated, "a heavier candidate was passed over");
        }
        assertEq(g.length, 5);
    }

    function passByVote(address target, bytes memory data) internal {
        vm.prank(invited[0]);
        uint256 id = gov.propose(target, data, "by vote");
        voteAs(id, invited[0], true);
        voteAs(id, invited[1], true);
        voteAs(id, invited[2], true);
        vm.warp(block.timestamp + TO_ETA);
        gov.execute(id);
    }

    /// Once governance holds Parameters, qualification and pool settlement go only through votes.
    function test_QualificationAndSettlement_ByVote() public {
        joinAll();
        handOver();
        address applicant = makeAddr("applicant");
        ankr.mint(applicant, PMIN);
        vm.deal(applicant, 10 ether);
        vm.startPrank(applicant);
        registry.register("Voted In", 1 ether, capacity(), 2);
        ankr.approve(address(registry), type(uint256).max);
        registry.depositCollateral(uint128(PMIN));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(bytes4(keccak256("ProviderNotGovernance(address)")), governance)
        );
        vm.prank(governance);
        registry.qualify(applicant, IParameters.TrustLevel.Trusted);

        passByVote(
            address(registry), abi.encodeCall(registry.qualify, (applicant, IParameters.TrustLevel.Trusted))
        );
        assertTrue(registry.isQualified(applicant));

        vm.prank(applicant);
        uint256 poolId = pools.openPool(uint40(block.timestamp + 10 days));
        address alice = staker("alice");
        stakeIn(poolId, alice, 32 ether);
        activate(poolId);
        // Governance's only say over a pool's money is the failure path: it reports, the vault decides.
        passByVote(address(pools), abi.encodeCall(pools.reportFailure, (poolId, 0)));
        vm.deal(pools.vaultOf(poolId), 33 ether);
        vm.prank(alice);
        pools.settle(poolId);
        assertEq(claimAndRedeem(poolId, alice), 32.8 ether, "32 + 80 % of the 1 ETH reward");
    }

    /// Two governors reach the limit in the same round: both go, whatever their places in the list.
    function test_TwoAbsentGovernors_BothSlashedInOneRound() public {
        handOver();
        (address c1, address c2) = seatFive();
        for (uint256 round = 0; round < 3; round++) {
            uint256 id = proposeAuditK(4);
            voteAs(id, invited[1], true); // three of five vote: quorum; the first and last stay away
            voteAs(id, invited[2], true);
            voteAs(id, c1, true);
            vm.warp(block.timestamp + TO_ETA);
            gov.finalize(id);
        }
        address[] memory left = gov.governors();
        assertEq(left.length, 3);
        assertFalse(gov.memberOf(invited[0]).governor);
        assertFalse(gov.memberOf(c2).governor);
        assertEq(ankr.balanceOf(address(insurance)), 20_000 ether);
    }
}
