// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {IRewardSink} from "../../src/interfaces/IRewardSink.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {Protocol} from "../utils/Protocol.sol";

/// Defects found in the WIP issue-15 contracts while testing them. Each test asserts what the contracts
/// should do and FAILS today; each should pass once the defect is fixed (then rename or fold it into the
/// suite it belongs to).
contract Issue15FindingsTest is Protocol {
    uint256 internal constant WEEK = 7 days;
    address internal fund = makeAddr("development");

    function setUp() public {
        deployProtocol();
    }

    function stakeForRewards(address who, uint256 amount) internal {
        vm.startPrank(who);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(amount);
        vm.stopPrank();
    }

    function fundPool(uint256 eth, uint256 ankrAmount) internal {
        vm.deal(address(this), eth);
        (bool ok,) = address(rewardPool).call{value: eth}("");
        assertTrue(ok);
        ankr.mint(address(rewardPool), ankrAmount);
    }

    /// RewardStream over-pays. A position's claim is floor(units x perShare_now) - floor(units x
    /// perShare_join): two floors, each dropping a fraction, so the difference can exceed the position's
    /// exact earnings by up to a wei. With one position joining per interval the fractions cancel against
    /// the others' floors; with two they need not, and the category owes a wei more than it was sent,
    /// against the doc ("claims never exceed what was notified"). The last claimer's ETH claim reverts
    /// (RewardsTransferFailed) and for ANKR the wei comes out of the stakers' principal, so the last
    /// withdrawal of a full stake reverts. The RewardPool invariant suite hits it in every campaign.
    /// Fix: per position store the per-share value it was last settled at and its unclaimed amount, and
    /// pay floor(units x (perShare_now - perShare_paid)) (Synthetix's `earned`), which never over-pays.
    ///   1,000 ANKR stake for the 40 %; the pool's 99,999,999,792,000,000,000 wei give the stakers
    ///   39,999,999,916,800,000,000 = 66,137,566e6 x 604,800 exactly (nothing carried). Halfway, two
    ///   stakes of 6,550.000000007 and 3,348.000000055 ANKR join in the same second. At the end the three
    ///   are owed 21,835,199,073,676,767,999 + 12,020,554,205,075,676,789 + 6,144,246,638,047,555,213 =
    ///   39,999,999,916,800,000,001 wei.
    function test_Finding_TwoStakesJoiningInOneSecond_OverpayTheStreamByOneWei() public {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), fund);
        address[3] memory people = [staker("a"), staker("b"), staker("c")];
        stakeForRewards(people[0], 1_000 ether);
        fundPool(99_999_999_792_000_000_000, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        assertEq(address(stakerRewards).balance, 39_999_999_916_800_000_000);
        (uint256 carried,) = stakerRewards.carriedOver();
        assertEq(carried, 0, "the cut streams whole");
        vm.warp(start + WEEK / 2);
        stakeForRewards(people[1], 6_550.000000007 ether);
        stakeForRewards(people[2], 3_348.000000055 ether);
        vm.warp(start + WEEK);
        uint256 owed;
        for (uint256 i = 0; i < 3; i++) {
            (uint256 eth,) = stakerRewards.pendingRewards(people[i]);
            owed += eth;
        }
        assertLe(owed, address(stakerRewards).balance, "owes more than it was sent");
        for (uint256 i = 0; i < 3; i++) {
            vm.prank(people[i]);
            stakerRewards.claimRewards(); // the last one reverts today
        }
    }

    /// RewardStream's int96 debts overflow. A debt holds the absolute earnings of the position's units at
    /// the current per-share value (units x perShare), not a difference, so it grows with the category's
    /// whole history of rewards per share. Once a category has paid R wei per wei staked, any stake of
    /// more than 2**95 / R wei reverts (SafeCastOverflowedIntDowncast), and so does every later stake,
    /// unstake or claim of a position whose units x perShare passes 2**95, although what it is owed is
    /// small. Here: 1,000 ANKR staked when a week streams 400,000 ANKR (R = 400), after which nobody can
    /// stake 150M ANKR (1.5 % of the supply): 1.5e17 units x 4e29 / 1e18 = 6e28 > 2**95 = 3.96e28.
    /// perShare only grows, so the largest stake the category accepts shrinks for ever.
    /// Fix: int256 debts (or the per-position snapshot of the finding above, which stores no such product).
    function test_Finding_DebtsOverflowInt96_ALargeStakeRevertsAfterRichPeriods() public {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), fund);
        stakeForRewards(staker("early"), 1_000 ether);
        fundPool(0, 1_000_000 ether); // 400,000 ANKR for the stakers
        uint256 start = block.timestamp;
        rewardPool.distribute();
        vm.warp(start + WEEK);
        address whale = makeAddr("whale");
        ankr.mint(whale, 150_000_000 ether);
        stakeForRewards(whale, 150_000_000 ether); // reverts today
        assertEq(stakerRewards.stakeOf(whale), 150_000_000 ether);
    }

    /// Stakes on a finished node keep earning. `finishNode` leaves the node's stakes in the sidecar
    /// category's shares, so they take their part of every later cut although the sidecar no longer runs,
    /// and, the node being finished, claim it at once and withdraw without forfeiting: a position on a
    /// finished node is strictly better than one on a running node (which cannot claim and forfeits on
    /// leaving). A provider can register a node, let its friends stake, finish it at once, and they earn
    /// the 20 % for ever with no risk. Here a cut that begins after node 1 finished streams half to it.
    /// Fix: drop a node's stakes from the shares when it finishes (its positions keep what they earned).
    function test_Finding_StakeOnAFinishedNode_KeepsEarningLaterCuts() public {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), IRewardSink(address(0)), nodes, fund);
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.startPrank(provider);
        uint256 finished = nodes.registerNode(makeAddr("sidecar1"), "https://node1", capacity());
        uint256 running = nodes.registerNode(makeAddr("sidecar2"), "https://node2", capacity());
        vm.stopPrank();
        address holderA = staker("holderA");
        address holderB = staker("holderB");
        vm.startPrank(holderA);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(finished, 1_000 ether);
        vm.stopPrank();
        vm.startPrank(holderB);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(running, 1_000 ether);
        vm.stopPrank();
        vm.prank(provider);
        nodes.finishNode(finished);

        fundPool(100 ether, 0); // 20 ETH for the sidecars: 33,068,783e6 wei/s
        uint256 start = block.timestamp;
        rewardPool.distribute();
        vm.warp(start + WEEK);
        (uint256 eth,) = nodes.pendingRewards(finished, holderA);
        assertEq(eth, 0, "a node finished before the cut earns none of it"); // 9,999,999,979,200,000,000 today
        (eth,) = nodes.pendingRewards(running, holderB);
        assertEq(eth, 19_999_999_958_400_000_000, "the running node's stake earns the whole stream");
    }

    /// An invited account that did not join in the initialization phase is shut out for ever: it can no
    /// longer accept (initialization only) and `applyAsCandidate` refuses it because `invited` is never
    /// cleared. The one-seat-per-account rule needs the refusal only while the invitation can still be
    /// accepted. test/unit/GovernanceAttacks.t.sol (test_Attack_LateInvitation_IsRefused_OneSeatPerAccount)
    /// expects such an account to stand in the transition. Fix: refuse only in the initialization phase
    /// (or clear `invited` when the phase ends).
    function test_Finding_InvitedAccountThatDidNotJoin_CanNeverStand() public {
        address[] memory invited = new address[](3);
        for (uint256 i = 0; i < 3; i++) {
            invited[i] = makeAddr(string.concat("inv", vm.toString(i)));
            ankr.mint(invited[i], 1_000_000 ether);
        }
        Governance gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), invited
        );
        for (uint256 i = 0; i < 3; i++) {
            vm.startPrank(invited[i]);
            ankr.approve(address(gov), type(uint256).max);
            if (i < 2) gov.acceptInvitation(100_000 ether);
            vm.stopPrank();
        }
        vm.warp(gov.nextElectionAt());
        gov.elect(); // the transition (no candidates yet)
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Automated));
        vm.startPrank(invited[2]);
        gov.stake(100_000 ether);
        gov.applyAsCandidate(); // GovernanceAlreadyMember(inv2) today
        vm.stopPrank();
        assertTrue(gov.memberOf(invited[2]).candidate);
    }
}
