// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {IRewardSink} from "../../src/interfaces/IRewardSink.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {Protocol} from "../utils/Protocol.sol";

/// Defects found in the WIP issue-15 contracts while testing them, each now FIXED: every test keeps the
/// finding's steps and asserts the exact outcome the contracts give today (each description says what
/// went wrong before and what changed).
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

    /// FIXED: RewardStream over-paid by a wei. A position's claim was floor(units x perShare_now) -
    /// floor(units x perShare_join): two floors, so with two stakes joining in one second the category
    /// could owe a wei more than it was sent, and the last claim reverted (RewardsTransferFailed). Debts
    /// now count in 1e6-wei units rounded up against the position, after a wei is added for the two
    /// floors: a joining stake gives up under 1e6 wei, and the claims stay below what streamed.
    ///   1,000 ANKR stake for the 40 %; the pool's 99,999,999,792,000,000,000 wei give the stakers
    ///   39,999,999,916,800,000,000 = 66,137,566e6 x 604,800 exactly. Halfway (per-share value
    ///   66,137,566 x 302,400 x 1e24 / 1e12 units = 19,999,999,958,400e12) stakes of 6,550.000000007 and
    ///   3,348.000000055 ANKR join in the same second, having earned 130,999,999,727,659,999,999 and
    ///   66,959,999,861,823,199,997 there: their debts are ceil((that + 1) / 1e6) = 130,999,999,727,660 and
    ///   66,959,999,861,824 units. The second half adds 66,137,566 x 302,400 x 1e24 / 10,898,000,000,062
    ///   units = 1,835,199,115,276,767,999,160,657 per unit (rounded down), so at the end the three have
    ///   earned 21,835,199,073,676,767,999, 143,020,553,932,735,676,788 and 73,104,246,499,870,755,210, and
    ///   are owed that less their debts: 21,835,199,073,676,767,999 + 12,020,554,205,075,676,788 +
    ///   6,144,246,638,046,755,210 = 39,999,999,916,799,199,997, 800,003 wei under what was sent.
    function test_Finding_TwoStakesJoiningInOneSecond_OverpayTheStreamByOneWei_Fixed() public {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), fund);
        address[3] memory people = [staker("a"), staker("b"), staker("c")];
        stakeForRewards(people[0], 1_000 ether);
        fundPool(99_999_999_792_000_000_000, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        assertEq(address(stakerRewards).balance, 39_999_999_916_800_000_000);
        (uint256 ethRate,,) = stakerRewards.rewardRate();
        assertEq(ethRate * WEEK, 39_999_999_916_800_000_000, "the cut streams whole");
        vm.warp(start + WEEK / 2);
        stakeForRewards(people[1], 6_550.000000007 ether);
        stakeForRewards(people[2], 3_348.000000055 ether);
        vm.warp(start + WEEK);
        uint256[3] memory owed =
            [uint256(21_835_199_073_676_767_999), 12_020_554_205_075_676_788, 6_144_246_638_046_755_210];
        uint256 total;
        for (uint256 i = 0; i < 3; i++) {
            (uint256 eth,) = stakerRewards.pendingRewards(people[i]);
            assertEq(eth, owed[i]);
            total += eth;
        }
        assertEq(total, 39_999_999_916_799_199_997, "owes less than it was sent");
        for (uint256 i = 0; i < 3; i++) {
            uint256 before = people[i].balance;
            vm.prank(people[i]);
            stakerRewards.claimRewards(); // the last one reverted before the fix
            assertEq(people[i].balance - before, owed[i]);
        }
        assertEq(address(stakerRewards).balance, 800_003, "the sink keeps the rounding");
    }

    /// FIXED: RewardStream's int96 debts overflowed. A debt holds the earnings of the position's units at
    /// the per-share value it last changed at (units x perShare), so it grows with the category's whole
    /// history of rewards per share: once a week had streamed 400,000 ANKR to 1,000 ANKR staked, nobody
    /// could stake 150M ANKR (1.5e17 units x 4e29 / 1e18 = 6e28 wei > 2**95 = 3.96e28). Debts now count in
    /// units of 1e6 wei, so int96 holds 3.96e34 wei: the whale's debt is 6e22 units.
    ///   400,000 ANKR / 604,800e6 -> 661,375,661,375e6 wei/s, so the week streams
    ///   399,999,999,999,600,000,000,000 to the early staker (per-share value 3.999999999996e29), where
    ///   the whale's 1.5e17 units have earned 59,999,999,999,940,000,000,000,000,000: its debt is
    ///   ceil((that + 1) / 1e6) = 59,999,999,999,940,000,000,001 units and it is owed nothing. The second
    ///   cut is 40 % of the 500,000 ANKR the pool kept (no governors' or sidecars' sink) and another
    ///   1,000,000: 600,000 ANKR / 604,800e6 -> 992,063,492,063e6 wei/s, adding 992,063,492,063 x 604,800
    ///   x 1e24 / 1.50001e17 = 3,999,973,333,509,125,939,160,405 per unit. The early staker earns
    ///   3,999,973,333,509,125,939 of it, and the whale 60,000,599,995,940,026,368,890,874,060 -
    ///   59,999,999,999,940,000,000,001e6 = 599,996,000,026,368,889,874,060 (its stake gave up 1e6 wei).
    function test_Finding_DebtsOverflowInt96_ALargeStakeRevertsAfterRichPeriods_Fixed() public {
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), fund);
        address early = staker("early");
        stakeForRewards(early, 1_000 ether);
        fundPool(0, 1_000_000 ether); // 400,000 ANKR for the stakers
        uint256 start = block.timestamp;
        rewardPool.distribute();
        vm.warp(start + WEEK);
        address whale = makeAddr("whale");
        ankr.mint(whale, 150_000_000 ether);
        stakeForRewards(whale, 150_000_000 ether); // reverted before the fix
        assertEq(stakerRewards.stakeOf(whale), 150_000_000 ether);
        (, uint256 pending) = stakerRewards.pendingRewards(whale);
        assertEq(pending, 0, "nothing for the week before it staked");
        (, pending) = stakerRewards.pendingRewards(early);
        assertEq(pending, 399_999_999_999_600_000_000_000);

        fundPool(0, 1_000_000 ether);
        rewardPool.distribute();
        vm.warp(start + 2 * WEEK);
        vm.prank(whale);
        (, uint256 claimed) = stakerRewards.claimRewards();
        assertEq(claimed, 599_996_000_026_368_889_874_060);
        vm.prank(early);
        (, claimed) = stakerRewards.claimRewards();
        assertEq(claimed, 399_999_999_999_600_000_000_000 + 3_999_973_333_509_125_939);
        vm.prank(whale);
        stakerRewards.unstake(150_000_000 ether);
        assertEq(
            ankr.balanceOf(whale), 150_000_000 ether + 599_996_000_026_368_889_874_060, "stake back whole"
        );
        // Beside the 1,000 ANKR staked: the cuts' dust (400,000e18 - 399,999,999,999,600,000,000,000 and
        // 600,000e18 - 992,063,492,063e6 x 604,800 = 297,600,000,000), the whale's 1e6 wei and a wei of
        // rounding.
        assertEq(ankr.balanceOf(address(stakerRewards)), 1_000 ether + 697_601_000_001);
    }

    /// FIXED: stakes on a finished node kept earning. `finishNode` left the node's stakes in the sidecar
    /// category's shares, so they took their part of every later cut, claimable at once and withdrawable
    /// without forfeit: a cut that began after node 1 finished streamed half to it. `finishNode` now takes
    /// the node's stakes out of the stream (their earnings stop at the per-share value of that second),
    /// so the running node's stake earns the whole cut: 20 ETH -> 33,068,783e6 wei/s x 604,800 =
    /// 19,999,999,958,400,000,000.
    function test_Finding_StakeOnAFinishedNode_KeepsEarningLaterCuts_Fixed() public {
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
        assertEq(nodes.totalRewardShares(), 2_000 ether);
        vm.prank(provider);
        nodes.finishNode(finished);
        assertEq(nodes.totalRewardShares(), 1_000 ether, "the finished node's stake left the stream");

        fundPool(100 ether, 0); // 20 ETH for the sidecars: 33,068,783e6 wei/s
        uint256 start = block.timestamp;
        rewardPool.distribute();
        uint256 poolKept = address(rewardPool).balance; // the 70 % of the unwired categories
        vm.warp(start + WEEK);
        (uint256 eth, uint256 ankrAmount) = nodes.pendingRewards(finished, holderA);
        assertEq(eth + ankrAmount, 0, "a node finished before the cut earns none of it");
        (eth,) = nodes.pendingRewards(running, holderB);
        assertEq(eth, 19_999_999_958_400_000_000, "the running node's stake earns the whole stream");

        // holderA claims nothing and withdraws its stake whole, forfeiting nothing.
        uint256 before = holderA.balance;
        vm.startPrank(holderA);
        nodes.claimRewards(finished);
        nodes.unstakeFromSidecar(finished, 1_000 ether);
        vm.stopPrank();
        assertEq(holderA.balance, before);
        assertEq(ankr.balanceOf(holderA), 1_000_000 ether, "the stake came back whole");
        assertEq(address(rewardPool).balance, poolKept, "nothing forfeited");
        assertEq(nodes.totalRewardShares(), 1_000 ether);

        // The running node finishes: holderB takes the whole stream, the registry keeps the cut's dust
        // (20e18 - 19,999,999,958,400,000,000).
        vm.prank(provider);
        nodes.finishNode(running);
        vm.prank(holderB);
        (eth,) = nodes.claimRewards(running);
        assertEq(eth, 19_999_999_958_400_000_000);
        assertEq(address(nodes).balance, 41_600_000_000);
    }

    /// FIXED: an invited account that did not join in the initialization phase was shut out for ever: it
    /// could no longer accept (initialization only) and `applyAsCandidate` refused it because `invited`
    /// is never cleared. The refusal now holds only in the Initialization phase, while the invitation can
    /// still be accepted (one seat per account). The transition's snapshot falls when that phase ends and
    /// locks candidacies until the transition election (`ELECTION_LOCK`, a day later), so the account
    /// stands from then on, and the next election seats it.
    function test_Finding_InvitedAccountThatDidNotJoin_CanNeverStand_Fixed() public {
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
        vm.startPrank(invited[2]);
        gov.stake(100_000 ether);
        // While it may still join, it may not stand as well.
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceAlreadyMember.selector, invited[2]));
        gov.applyAsCandidate();
        // The transition: from its snapshot until the election, candidacies are locked for everyone.
        uint256 snapshot = gov.electionSnapshotAt();
        vm.warp(snapshot);
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Transition));
        vm.expectRevert(abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, snapshot));
        gov.applyAsCandidate();
        vm.stopPrank();
        vm.warp(gov.nextElectionAt());
        gov.elect(); // the transition (no candidates yet)
        assertEq(uint8(gov.phase()), uint8(IGovernance.Phase.Automated));

        vm.prank(invited[2]);
        gov.applyAsCandidate(); // GovernanceAlreadyMember(inv2) before the fix
        assertTrue(gov.memberOf(invited[2]).candidate);
        assertEq(gov.candidates().length, 1);
        assertEq(gov.candidates()[0], invited[2]);

        // The next election seats it beside the two who joined (five seats, three in the running).
        vm.warp(gov.nextElectionAt());
        gov.elect();
        assertTrue(gov.memberOf(invited[2]).governor);
        assertFalse(gov.memberOf(invited[2]).candidate);
        assertEq(gov.governors().length, 3);
    }
}
