// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {RewardShares, IRewardSink} from "../../src/RewardShares.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IRewardPool} from "../../src/interfaces/IRewardPool.sol";
import {IRewardStream} from "../../src/interfaces/IRewardStream.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";

/// The reward pool's split and each category's stream. Every cut streams over the next `RewardPeriod`
/// (7 days = 604,800 s) at a rate of whole millions of wei per second:
///     rate = floor(cut / (604,800 x 1e6)) x 1e6 wei/s, dust = cut - rate x 604,800 (stays in the sink),
/// and a stake earns rate x seconds held x its share of the category. Only what streams while the
/// category holds fewer than MIN_SHARES (1,000 ANKR) is carried into the next cut. Debts count in units
/// of 1e6 wei rounded up against the position, and a change of shares at a non-zero per-share value adds
/// a wei before rounding: where the earnings divide exactly (all the cases below), such a change gives
/// up exactly 1e6 wei, which stays in the sink as dust too. Every number below is derived from those
/// formulas (`_raise`, `_owed` and `_debtMove` in RewardStream; the arithmetic is in the comment beside
/// it).
contract RewardPoolTest is Protocol {
    uint256 internal constant WEEK = 7 days; // 604,800 s, the default RewardPeriod
    uint256 internal constant HALF = 3.5 days; // 302,400 s

    Governance internal gov;
    address[] internal governors;
    address internal fund = makeAddr("development");
    address internal requester;
    address internal holderA;
    address internal holderB;
    uint256 internal nodeId;

    function setUp() public {
        deployProtocol();
        for (uint256 i = 0; i < 3; i++) {
            governors.push(makeAddr(string.concat("governor", vm.toString(i))));
            ankr.mint(governors[i], 1_000_000 ether);
        }
        gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), governors
        );
        vm.prank(governance);
        rewardPool.wire(gov, stakerRewards, nodes, fund);
        requester = staker("requester");
        holderA = staker("holderA");
        holderB = staker("holderB");
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        nodeId = nodes.registerNode(makeAddr("sidecar"), "https://node", capacity());
    }

    function seatGovernors() internal {
        uint256[3] memory stakes = [uint256(100_000 ether), 100_000 ether, 200_000 ether];
        for (uint256 i = 0; i < 3; i++) {
            vm.startPrank(governors[i]);
            ankr.approve(address(gov), type(uint256).max);
            gov.acceptInvitation(stakes[i]);
            vm.stopPrank();
        }
    }

    /// Governors 100k / 100k / 200k, the requester 1,000 for the 40 %, holderA 1,000 and holderB 3,000 on
    /// the sidecar.
    function stakeEveryone() internal {
        seatGovernors();
        stakeForRewards(requester, 1_000 ether);
        stakeOnSidecar(holderA, 1_000 ether);
        stakeOnSidecar(holderB, 3_000 ether);
    }

    function stakeForRewards(address who, uint256 amount) internal {
        vm.startPrank(who);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(amount);
        vm.stopPrank();
    }

    function stakeOnSidecar(address who, uint256 amount) internal {
        vm.startPrank(who);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, amount);
        vm.stopPrank();
    }

    function fundPool(uint256 eth, uint256 ankrAmount) internal {
        vm.deal(address(this), eth);
        (bool ok,) = address(rewardPool).call{value: eth}("");
        assertTrue(ok);
        ankr.mint(address(rewardPool), ankrAmount);
    }

    function claimFrom(IRewardSink sink, address who) internal returns (uint256 eth, uint256 ankrAmount) {
        uint256 ethBefore = who.balance;
        uint256 ankrBefore = ankr.balanceOf(who);
        vm.prank(who);
        (uint256 saidEth, uint256 saidAnkr) = RewardShares(address(sink)).claimRewards();
        (eth, ankrAmount) = (who.balance - ethBefore, ankr.balanceOf(who) - ankrBefore);
        assertEq(eth, saidEth, "claim paid the ETH it said");
        assertEq(ankrAmount, saidAnkr, "claim paid the ANKR it said");
    }

    function claimFromNode(address who) internal returns (uint256 eth, uint256 ankrAmount) {
        uint256 ethBefore = who.balance;
        uint256 ankrBefore = ankr.balanceOf(who);
        vm.prank(who);
        (uint256 saidEth, uint256 saidAnkr) = nodes.claimRewards(nodeId);
        (eth, ankrAmount) = (who.balance - ethBefore, ankr.balanceOf(who) - ankrBefore);
        assertEq(eth, saidEth, "claim paid the ETH it said");
        assertEq(ankrAmount, saidAnkr, "claim paid the ANKR it said");
    }

    function finishNode() internal {
        vm.prank(nodes.getNode(nodeId).provider);
        nodes.finishNode(nodeId);
    }

    /// 30 / 40 / 20 / 10 of 100 ETH and 10,000 ANKR, each category's cut streamed over the week by stake.
    function test_Distribution_ExactSplit_StreamedOverThePeriod() public {
        stakeEveryone();
        fundPool(100 ether, 10_000 ether);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        assertEq(fund.balance, 10 ether, "development is paid at once");
        assertEq(ankr.balanceOf(fund), 1_000 ether);
        assertEq(address(rewardPool).balance, 0, "everything went out");
        assertEq(ankr.balanceOf(address(rewardPool)), 0);
        assertEq(rewardPool.totalEthDistributed(), 100 ether);
        assertEq(rewardPool.totalAnkrDistributed(), 10_000 ether);
        assertEq(address(gov).balance, 30 ether, "the cuts sit in their categories");
        assertEq(address(stakerRewards).balance, 40 ether);
        assertEq(address(nodes).balance, 20 ether);

        // Governors: 30 ETH / 604,800e6 = 49,603,174.6 -> 49,603,174e6 wei/s; 49,603,174e6 x 604,800 =
        // 29,999,999,635,200,000,000 streams and 30e18 - that = 364,800,000,000 stays as dust.
        (uint256 ethRate, uint256 ankrRate, uint256 finishAt) = gov.rewardRate();
        assertEq(ethRate, 49_603_174e6);
        // 3,000 ANKR / 604,800e6 = 4,960,317,460.3 -> 4,960,317,460e6 wei/s, leaving 192,000,000,000.
        assertEq(ankrRate, 4_960_317_460e6);
        assertEq(finishAt, start + WEEK);
        (uint256 carriedEth, uint256 carriedAnkr) = gov.carriedOver();
        assertEq(carriedEth + carriedAnkr, 0, "the remainder is not carried");

        // Nothing has streamed yet: a stake held for no time earns nothing.
        (uint256 eth, uint256 ankrAmount) = claimFrom(gov, governors[0]);
        assertEq(eth + ankrAmount, 0, "nothing at the distribution itself");

        vm.warp(start + WEEK);
        (eth, ankrAmount) = claimFrom(gov, governors[0]);
        // A quarter of 29,999,999,635,200,000,000 and of 2,999,999,999,808,000,000,000.
        assertEq(eth, 7_499_999_908_800_000_000, "governor with a quarter of the stake");
        assertEq(ankrAmount, 749_999_999_952_000_000_000);
        (eth, ankrAmount) = claimFrom(gov, governors[2]);
        assertEq(eth, 14_999_999_817_600_000_000, "governor with half of the stake");
        assertEq(ankrAmount, 1_499_999_999_904_000_000_000);

        // The dust stays with the governors: 30 ETH - 7,499,999,908,800,000,000 - 14,999,999,817,600,000,000
        // claimed = 364,800,000,000 + governor 1's 7,499,999,908,800,000,000 still owed; the ANKR beside the
        // 400,000 staked, 192,000,000,000 + its 749,999,999,952,000,000,000.
        assertEq(address(gov).balance, 364_800_000_000 + 7_499_999_908_800_000_000);
        assertEq(ankr.balanceOf(address(gov)), 400_000 ether + 192_000_000_000 + 749_999_999_952_000_000_000);

        // Stakers: 40 ETH -> 66,137,566e6 wei/s x 604,800 = 39,999,999,916,800,000,000 (83,200,000,000
        // dust); 4,000 ANKR -> 6,613,756,613e6 x 604,800 = 3,999,999,999,542,400,000,000 (457,600,000,000).
        (eth, ankrAmount) = claimFrom(stakerRewards, requester);
        assertEq(eth, 39_999_999_916_800_000_000, "the only reward staker takes the whole stream");
        assertEq(ankrAmount, 3_999_999_999_542_400_000_000);
        (carriedEth, carriedAnkr) = stakerRewards.carriedOver();
        assertEq(carriedEth + carriedAnkr, 0);
        assertEq(address(stakerRewards).balance, 83_200_000_000, "the dust stays in the sink");
        assertEq(ankr.balanceOf(address(stakerRewards)), 1_000 ether + 457_600_000_000);

        // Sidecars: 20 ETH -> 33,068,783e6 x 604,800 = 19,999,999,958,400,000,000; 2,000 ANKR ->
        // 3,306,878,306e6 x 604,800 = 1,999,999,999,468,800,000,000; holderA a quarter, holderB three.
        assertEq(nodes.getNode(nodeId).sidecarStake, 4_000 ether);
        (eth, ankrAmount) = nodes.pendingRewards(nodeId, holderA);
        assertEq(eth, 4_999_999_989_600_000_000);
        assertEq(ankrAmount, 499_999_999_867_200_000_000);
        (eth, ankrAmount) = nodes.pendingRewards(nodeId, holderB);
        assertEq(eth, 14_999_999_968_800_000_000);
        assertEq(ankrAmount, 1_499_999_999_601_600_000_000);

        vm.warp(start + 2 * WEEK);
        (eth,) = gov.pendingRewards(governors[1]);
        assertEq(eth, 7_499_999_908_800_000_000, "the stream stops at its finish");
    }

    function test_Distribution_OncePerPeriod() public {
        stakeEveryone();
        fundPool(1 ether, 0);
        rewardPool.distribute();
        vm.expectRevert(
            abi.encodeWithSelector(IRewardPool.RewardPoolNotDue.selector, block.timestamp + 7 days)
        );
        rewardPool.distribute();
        vm.warp(block.timestamp + 7 days);
        rewardPool.distribute();
    }

    /// A stake added halfway earns from then on, by its share, and takes nothing from the first half.
    function test_StakeAddedHalfway_EarnsItsShareOfTheRemainingStream() public {
        stakeEveryone();
        fundPool(100 ether, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute(); // 40 ETH to the stakers: 66,137,566e6 wei/s
        vm.warp(start + HALF);
        (uint256 pending,) = stakerRewards.pendingRewards(requester);
        assertEq(pending, 19_999_999_958_400_000_000, "66,137,566e6 x 302,400");
        stakeForRewards(holderA, 3_000 ether);
        vm.warp(start + WEEK);
        (uint256 eth,) = claimFrom(stakerRewards, requester);
        // the first half alone, then a quarter of the second: 19,999,999,958,400,000,000 x 5/4
        assertEq(eth, 24_999_999_948_000_000_000);
        // Three quarters of the second half, 19,999,999,958,400,000,000 x 3/4 = 14,999,999,968,800,000,000,
        // less the 1e6 wei its stake gave up: it joined at a per-share value of 66,137,566e6 x 302,400 x
        // 1e18 / 1e12 units, where its 3e12 units had earned exactly 59,999,999,875,200,000,000, so the
        // debt is ceil((59,999,999,875,200,000,000 + 1) / 1e6) = 59,999,999,875,201 units.
        (eth,) = claimFrom(stakerRewards, holderA);
        assertEq(eth, 14_999_999_968_799_000_000);
        // What it gave up and the 83,200,000,000 of dust stay: 40 ETH - 24,999,999,948,000,000,000 -
        // 14,999,999,968,799,000,000.
        assertEq(address(stakerRewards).balance, 83_201_000_000);
    }

    /// A category with no stake is paid its cut all the same; its stream's time is carried over until
    /// someone stakes, who earns from then on, and what was carried joins the next cut.
    function test_CategoryWithoutStake_GetsItsCut_AndCarriesTheStreamedTime() public {
        seatGovernors(); // nobody stakes for the 40 % or on sidecars
        fundPool(100 ether, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        assertEq(address(rewardPool).balance, 0, "every category was paid");
        assertEq(address(gov).balance, 30 ether);
        assertEq(address(stakerRewards).balance, 40 ether, "paid although nobody stakes");
        assertEq(address(nodes).balance, 20 ether);
        assertEq(stakerRewards.rewardShares(), 0);
        (uint256 ethRate,,) = stakerRewards.rewardRate();
        assertEq(ethRate, 66_137_566e6, "40 ETH / 604,800e6, rounded down");

        // Three days stream to nobody: 66,137,566e6 x 259,200 = 17,142,857,107,200,000,000 carried.
        vm.warp(start + 3 days);
        (uint256 carried,) = stakerRewards.carriedOver();
        assertEq(carried, 17_142_857_107_200_000_000);
        stakeForRewards(requester, 1_000 ether);
        vm.warp(start + WEEK);
        (uint256 eth,) = claimFrom(stakerRewards, requester);
        // The last four days, 66,137,566e6 x 345,600 (it staked at a per-share value of zero: no rounding).
        assertEq(eth, 22_857_142_809_600_000_000);
        (carried,) = stakerRewards.carriedOver();
        assertEq(carried, 17_142_857_107_200_000_000, "the first three days stay carried");
        // The sidecars, staked by nobody all week, carried all of it: 33,068,783e6 x 604,800.
        (carried,) = nodes.carriedOver();
        assertEq(carried, 19_999_999_958_400_000_000);

        // The next cut streams with what was carried. Stakers: (4e18 + 17,142,857,107,200,000,000) /
        // 604,800e6 = 34,958,427.0 -> 34,958,427e6 wei/s; sidecars: (2e18 + 19,999,999,958,400,000,000) /
        // 604,800e6 = 36,375,661.3 -> 36,375,661e6 wei/s.
        fundPool(10 ether, 0);
        rewardPool.distribute();
        (ethRate,,) = stakerRewards.rewardRate();
        assertEq(ethRate, 34_958_427e6);
        (ethRate,,) = nodes.rewardRate();
        assertEq(ethRate, 36_375_661e6);
        (carried,) = stakerRewards.carriedOver();
        assertEq(carried, 0, "nothing is carried any more");
        vm.warp(start + 2 * WEEK);
        (eth,) = claimFrom(stakerRewards, requester);
        assertEq(eth, 21_142_856_649_600_000_000, "34,958,427e6 x 604,800");
        // The dust of the two cuts stays: 40e18 - 66,137,566e6 x 604,800 = 83,200,000,000 and
        // 21,142,857,107,200,000,000 - 21,142,856,649,600,000,000 = 457,600,000,000.
        assertEq(address(stakerRewards).balance, 540_800_000_000);
    }

    /// Below MIN_SHARES (1,000 ANKR) the category is paid, but its stream's time is carried over rather
    /// than paid to the shares, until the category reaches the minimum.
    function test_CategoryBelowTheMinimumStake_CarriesTheStreamedTime() public {
        seatGovernors();
        stakeForRewards(holderA, 999 ether); // one ANKR short of MIN_SHARES
        fundPool(100 ether, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        assertEq(stakerRewards.rewardShares(), 0);
        assertEq(address(stakerRewards).balance, 40 ether, "paid below 1,000 ANKR");
        vm.warp(start + 1 days);
        (uint256 pending,) = stakerRewards.pendingRewards(holderA);
        assertEq(pending, 0, "999 ANKR earn nothing");
        (uint256 carried,) = stakerRewards.carriedOver();
        assertEq(carried, 5_714_285_702_400_000_000, "66,137,566e6 x 86,400");

        vm.prank(holderA);
        stakerRewards.stake(1 ether); // 1,000 ANKR, at a per-share value still zero: no rounding
        assertEq(stakerRewards.rewardShares(), 1_000 ether);
        vm.warp(start + WEEK);
        (uint256 eth,) = claimFrom(stakerRewards, holderA);
        assertEq(eth, 34_285_714_214_400_000_000, "the last six days: 66,137,566e6 x 518,400");

        // (4e18 + 5,714,285,702,400,000,000) / 604,800e6 = 16,061,980.3 -> 16,061,980e6 wei/s.
        fundPool(10 ether, 0);
        rewardPool.distribute();
        (uint256 ethRate,,) = stakerRewards.rewardRate();
        assertEq(ethRate, 16_061_980e6);
        vm.warp(start + 2 * WEEK);
        (eth,) = claimFrom(stakerRewards, holderA);
        assertEq(eth, 9_714_285_504_000_000_000, "16,061,980e6 x 604,800");
        // Dust: 83,200,000,000 of the first cut and 9,714,285,702,400,000,000 - 9,714,285,504,000,000,000 =
        // 198,400,000,000 of the second.
        assertEq(address(stakerRewards).balance, 281_600_000_000);
    }

    /// While the category holds less than MIN_SHARES the streamed time is carried into the next cut.
    function test_CategoryFallsBelowTheMinimum_StreamedTimeIsCarriedOver() public {
        seatGovernors();
        stakeForRewards(requester, 1_000 ether);
        fundPool(100 ether, 0);
        uint256 start = block.timestamp;
        rewardPool.distribute(); // 40 ETH: 66,137,566e6 wei/s, 83,200,000,000 of dust
        (uint256 carried,) = stakerRewards.carriedOver();
        assertEq(carried, 0, "the dust is not carried");
        vm.warp(start + 1 days);
        vm.prank(requester);
        stakerRewards.unstake(1 ether); // 999 ANKR: below the minimum
        vm.warp(start + 3 days);
        (carried,) = stakerRewards.carriedOver();
        // 66,137,566e6 x 172,800 (two days) = 11,428,571,404,800,000,000
        assertEq(carried, 11_428_571_404_800_000_000);
        // Only the first day: the per-share value is 66,137,566e6 x 86,400 x 1e18 / 1e12 units =
        // 5,714,285,702,400e12, where 1,000 ANKR had earned 5,714,285,702,400,000,000 and 999 ANKR
        // 5,708,571,416,697,600,000; the unstake moved the debt by (5,708,571,416,697,600,000 -
        // 5,714,285,702,400,000,000 + 1) / 1e6, truncated to -5,714,285,702 units, so 999 ANKR are owed
        // 5,708,571,416,697,600,000 + 5,714,285,702,000,000 = 5,714,285,702,399,600,000.
        (uint256 pending,) = stakerRewards.pendingRewards(requester);
        assertEq(pending, 5_714_285_702_399_600_000);
        vm.prank(requester);
        stakerRewards.stake(1 ether); // debt + ceil((5,714,285,702,400,000 + 1) / 1e6) = 1 unit in all
        vm.warp(start + WEEK);
        (uint256 eth,) = claimFrom(stakerRewards, requester);
        // One day and the last four, 66,137,566e6 x 432,000 = 28,571,428,512,000,000,000, less the debt's
        // 1 unit (1e6 wei) the unstake and the stake gave up.
        assertEq(eth, 28_571_428_511_999_000_000);
        (carried,) = stakerRewards.carriedOver();
        assertEq(carried, 11_428_571_404_800_000_000, "the two days stay carried");

        // The next cut (40 % of another 20 ETH) streams with what was carried:
        // (8e18 + 11,428,571,404,800,000,000) / 604,800e6 = 32,123,960.6 -> 32,123,960e6 wei/s.
        fundPool(20 ether, 0);
        rewardPool.distribute();
        (uint256 ethRate,,) = stakerRewards.rewardRate();
        assertEq(ethRate, 32_123_960e6);
        (carried,) = stakerRewards.carriedOver();
        assertEq(carried, 0, "19,428,571,404,800,000,000 - 32,123,960e6 x 604,800 stays as dust");
        vm.warp(start + 2 * WEEK);
        (eth,) = claimFrom(stakerRewards, requester);
        assertEq(eth, 19_428_571_008_000_000_000, "32,123,960e6 x 604,800");
        // Dust: 83,200,000,000 + 396,800,000,000 of the two cuts and the 1,000,000 given up.
        assertEq(address(stakerRewards).balance, 480_001_000_000);
    }

    /// Leaving a running node forfeits exactly what the withdrawn part of the position had earned.
    function test_SidecarUnstake_BeforeTheNodeFinishes_ForfeitsWhatThePositionEarned() public {
        stakeEveryone();
        fundPool(100 ether, 10_000 ether);
        uint256 start = block.timestamp;
        rewardPool.distribute(); // sidecars: 33,068,783e6 ETH and 3,306,878,306e6 ANKR per second
        vm.warp(start + HALF);
        // By now holderB (3/4) earned 33,068,783e6 x 302,400 x 3/4 = 7,499,999,984,400,000,000 ETH and
        // 3,306,878,306e6 x 302,400 x 3/4 = 749,999,999,800,800,000,000 ANKR; holderA (1/4) a third of that.
        (uint256 eth, uint256 ankrAmount) = nodes.pendingRewards(nodeId, holderB);
        assertEq(eth, 7_499_999_984_400_000_000);
        assertEq(ankrAmount, 749_999_999_800_800_000_000);

        // holderB withdraws a third of its stake: a third of what it earned goes back to the pool (its
        // debt rises by exactly 2,499,999,994,800 units). Two thirds stay with the position, less the 1e6
        // wei the change of shares gives up: its 2e12 units have earned exactly 4,999,999,989,600,000,000
        // and its 3e12 units 7,499,999,984,400,000,000, so the debt moves by (-2,499,999,994,800,000,000 +
        // 1) / 1e6, truncated to -2,499,999,994,799 units: a unit (1e6 wei) more than the earnings moved.
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        assertEq(address(rewardPool).balance, 2_499_999_994_800_000_000);
        assertEq(ankr.balanceOf(address(rewardPool)), 249_999_999_933_600_000_000);
        (eth, ankrAmount) = nodes.pendingRewards(nodeId, holderB);
        assertEq(eth, 4_999_999_989_599_000_000, "two thirds stay with the position");
        assertEq(ankrAmount, 499_999_999_867_199_000_000);

        // holderA withdraws everything: all it earned (2,499,999,994,800,000,000) is forfeited.
        vm.prank(holderA);
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        assertEq(address(rewardPool).balance, 4_999_999_989_600_000_000);
        assertEq(ankr.balanceOf(address(rewardPool)), 499_999_999_867_200_000_000);
        assertEq(rewardPool.totalEthReceived(), 100 ether + 4_999_999_989_600_000_000, "forfeits are income");
        (eth, ankrAmount) = nodes.pendingRewards(nodeId, holderA);
        assertEq(eth + ankrAmount, 0);
        assertEq(ankr.balanceOf(holderA), 1_000_000 ether, "the stake came back whole");

        // holderB alone earns the second half: 33,068,783e6 x 302,400 = 9,999,999,979,200,000,000.
        vm.warp(start + WEEK);
        finishNode();
        (eth, ankrAmount) = claimFromNode(holderB);
        assertEq(eth, 4_999_999_989_599_000_000 + 9_999_999_979_200_000_000);
        assertEq(ankrAmount, 499_999_999_867_199_000_000 + 999_999_999_734_400_000_000);
        (eth, ankrAmount) = claimFromNode(holderA);
        assertEq(eth + ankrAmount, 0, "nothing left for holderA");
        // The sidecars keep the cut's dust (20e18 - 19,999,999,958,400,000,000 = 41,600,000,000 and
        // 2,000e18 - 1,999,999,999,468,800,000,000 = 531,200,000,000) and holderB's 1e6 wei.
        assertEq(address(nodes).balance, 41_601_000_000);
        assertEq(ankr.balanceOf(address(nodes)), 2_000 ether + 531_201_000_000);
    }

    /// Once the node finished, its stakers withdraw without forfeiting and claim exactly what they earned.
    function test_SidecarUnstake_AfterTheNodeFinished_KeepsRewards() public {
        stakeEveryone();
        fundPool(100 ether, 10_000 ether);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        vm.warp(start + WEEK);
        finishNode();
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 3_000 ether);
        assertEq(address(rewardPool).balance, 0, "nothing forfeited");
        assertEq(ankr.balanceOf(address(rewardPool)), 0);
        // Three quarters of 19,999,999,958,400,000,000 ETH and of 1,999,999,999,468,800,000,000 ANKR,
        // 14,999,999,968,800,000,000 and 1,499,999,999,601,600,000,000, each less the 1e6 wei the withdrawal
        // gave up: at the node's final per-share values its 3e12 units had earned exactly that, so the
        // debt moved by (-14,999,999,968,800,000,000 + 1) / 1e6, truncated to -14,999,999,968,799 units.
        (uint256 eth, uint256 ankrAmount) = claimFromNode(holderB);
        assertEq(eth, 14_999_999_968_799_000_000);
        assertEq(ankrAmount, 1_499_999_999_601_599_000_000);
        assertEq(ankr.balanceOf(holderB), 1_000_000 ether + 1_499_999_999_601_599_000_000);
        // holderA claims its quarter while its stake stays on the finished node.
        (eth, ankrAmount) = claimFromNode(holderA);
        assertEq(eth, 4_999_999_989_600_000_000);
        assertEq(ankrAmount, 499_999_999_867_200_000_000);
        (eth, ankrAmount) = claimFromNode(holderA);
        assertEq(eth + ankrAmount, 0, "claimed once");
        // The dust (41,600,000,000 and 531,200,000,000) and holderB's 1e6 wei stay in the registry.
        assertEq(address(nodes).balance, 41_601_000_000);
        assertEq(ankr.balanceOf(address(nodes)), 1_000 ether + 531_201_000_000);
    }

    /// Sidecar rewards vest when the node finishes.
    function test_RevertWhen_ClaimingFromARunningNode() public {
        stakeEveryone();
        fundPool(100 ether, 0);
        rewardPool.distribute();
        vm.warp(block.timestamp + WEEK);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, nodeId));
        vm.prank(holderA);
        nodes.claimRewards(nodeId);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, 99));
        vm.prank(holderA);
        nodes.claimRewards(99); // no such node
    }

    /// Governor 2 (half of the governors' stake) misses three votes that reached quorum and is removed three
    /// days into the stream: it keeps the three days it earned, and later cuts skip it.
    function test_UnseatedGovernor_KeepsWhatItEarnedUntilUnseated() public {
        stakeEveryone();
        // Two of the three seated governors reach quorum of the five seats only at 40 %: 2 x 10,000 >= 4,000 x 5.
        vm.startPrank(governance);
        params.set(IParameters.Key.QuorumBps, 4_000);
        params.transferGovernance(gov.executor());
        vm.stopPrank();
        uint256 start = block.timestamp;
        for (uint256 round = 0; round < 3; round++) {
            if (round == 2) {
                // Day 6: the first distribution, 30 ETH for the governors: 49,603,174e6 wei/s.
                fundPool(100 ether, 0);
                rewardPool.distribute();
            }
            vm.prank(governors[0]);
            uint256 id = gov.propose(address(params), "", "noop");
            vm.prank(governors[0]);
            gov.vote(id, true);
            vm.prank(governors[1]);
            gov.vote(id, true);
            vm.warp(block.timestamp + 3 days);
            gov.finalize(id);
        }
        assertFalse(gov.memberOf(governors[2]).governor, "removed on day 9");
        assertEq(gov.rewardSharesOf(governors[2]), 0);
        // Days 6 to 9 at half the stake: 49,603,174e6 x 259,200 / 2 = 6,428,571,350,400,000,000, less the
        // 1e6 wei its removal gave up: its debt moved by (0 - 6,428,571,350,400,000,000 + 1) / 1e6,
        // truncated to -6,428,571,350,399 units.
        (uint256 eth,) = gov.pendingRewards(governors[2]);
        assertEq(eth, 6_428_571_350_399_000_000);

        vm.warp(start + 6 days + WEEK);
        fundPool(30 ether, 0);
        // 9 ETH (the 364,800,000,000 of dust is not carried): 9e18 / 604,800e6 -> 14,880,952e6 wei/s.
        rewardPool.distribute();
        (uint256 ethRate,,) = gov.rewardRate();
        assertEq(ethRate, 14_880_952e6);
        vm.warp(start + 6 days + 2 * WEEK);
        (eth,) = claimFrom(gov, governors[2]);
        assertEq(eth, 6_428_571_350_399_000_000, "only its three days of the first stream");
        (eth,) = claimFrom(gov, governors[0]);
        // A quarter of the first three days (12,857,142,700,800,000,000 / 4), half of the last four
        // (17,142,856,934,400,000,000 / 2) and half of the second stream (14,880,952e6 x 604,800 / 2).
        assertEq(eth, 3_214_285_675_200_000_000 + 8_571_428_467_200_000_000 + 4_499_999_884_800_000_000);
        // Governor 1 is owed as much; the rest is dust: 364,800,000,000 + (9e18 - 14,880,952e6 x 604,800 =
        // 230,400,000,000) + governor 2's 1e6 wei.
        (uint256 owed,) = gov.pendingRewards(governors[1]);
        assertEq(owed, 16_285_714_027_200_000_000);
        assertEq(address(gov).balance - owed, 595_201_000_000);
    }

    function test_RevertWhen_NotTheRewardPoolNotifies() public {
        stakeEveryone();
        vm.expectRevert(abi.encodeWithSelector(IRewardStream.RewardsNotRewardPool.selector, address(this)));
        nodes.notifyReward(0, 7 days);
        vm.expectRevert(abi.encodeWithSelector(IRewardPool.RewardPoolNotGovernance.selector, address(this)));
        rewardPool.wire(gov, stakerRewards, nodes, fund);
    }

    /// Four sidecar stakers, one of whom stakes more or withdraws part of its stake (forfeiting) at any
    /// time during the stream; the node finishes and everyone claims. What was paid, forfeited and carried
    /// never exceeds what streamed (rate x 604,800; the cut's remainder below that stays as dust), and it
    /// falls short of it by less than 2e6 + 6 wei per token: the mover's change of shares gives up at most
    /// 1e6 wei and its forfeit's debt rounds up by less than 1e6, each of the four positions' earnings
    /// rounds down once (< 1 wei each) and the per-share value rounds down at each of the two accruals
    /// (< 1 wei each, the category's units being below 1e18). Debts count in 1e6 wei, so no stake or
    /// amount here comes near their int96 (see Issue15Findings for a 150M ANKR stake).
    function testFuzz_PaysOutWhatCameIn(
        uint256 eth,
        uint256 ankrAmount,
        uint64[4] memory stakes,
        uint256 when,
        uint256 who,
        uint256 change
    ) public {
        eth = bound(eth, 0, 1_000_000 ether);
        ankrAmount = bound(ankrAmount, 0, 100_000_000 ether);
        address[4] memory people = [requester, holderA, holderB, makeAddr("fourth")];
        ankr.mint(people[3], 1_000_000 ether);
        for (uint256 i = 0; i < 4; i++) {
            stakeOnSidecar(people[i], 250 ether + uint256(stakes[i]) % 100_000 ether); // 4 x 250: the minimum
        }
        fundPool(eth, ankrAmount);
        uint256 start = block.timestamp;
        rewardPool.distribute();
        // ETH, then ANKR: the sidecars' cut, what of it streams, and what left the registry.
        uint256[2] memory cut = [eth * 2_000 / 10_000, ankrAmount * 2_000 / 10_000];
        uint256[2] memory streamed = streamedOf(cut);

        vm.warp(start + bound(when, 0, WEEK));
        uint256[2] memory out = moveStake(people[who % 4], change); // the forfeits, if any

        vm.warp(start + WEEK + bound(change, 0, WEEK));
        finishNode();
        for (uint256 i = 0; i < 4; i++) {
            (uint256 e, uint256 a) = claimFromNode(people[i]);
            out[0] += e;
            out[1] += a;
        }
        (uint256 carriedEth, uint256 carriedAnkr) = nodes.carriedOver();
        assertLe(out[0] + carriedEth, streamed[0], "paid more ETH than streamed");
        assertLe(out[1] + carriedAnkr, streamed[1], "paid more ANKR than streamed");
        assertLt(streamed[0] - out[0] - carriedEth, 2e6 + 6, "more than rounding dust");
        assertLt(streamed[1] - out[1] - carriedAnkr, 2e6 + 6);
        assertEq(address(nodes).balance, cut[0] - out[0], "the sidecars keep the rest");
        assertEq(
            rewardPool.totalEthReceived(),
            rewardPool.totalEthDistributed() + address(rewardPool).balance,
            "ETH books"
        );
    }

    /// The stream's rates are the cut in whole 1e6 wei per second; returns what streams over the week.
    function streamedOf(uint256[2] memory cut) internal view returns (uint256[2] memory streamed) {
        (uint256 ethRate, uint256 ankrRate,) = nodes.rewardRate();
        assertEq(ethRate, cut[0] / (WEEK * 1e6) * 1e6, "whole 1e6 wei per second");
        assertEq(ankrRate, cut[1] / (WEEK * 1e6) * 1e6);
        streamed = [ethRate * WEEK, ankrRate * WEEK];
    }

    /// `mover` stakes more (`change` even) or withdraws part of its stake; returns what it forfeited.
    function moveStake(address mover, uint256 change) internal returns (uint256[2] memory forfeited) {
        uint256 poolEth = address(rewardPool).balance;
        uint256 poolAnkr = ankr.balanceOf(address(rewardPool));
        if (change % 2 == 0) {
            stakeOnSidecar(mover, bound(change, 1, 100_000 ether));
        } else {
            uint256 staked = nodes.stakeOf(nodeId, mover);
            vm.prank(mover);
            nodes.unstakeFromSidecar(nodeId, bound(change, 1, staked));
        }
        forfeited = [address(rewardPool).balance - poolEth, ankr.balanceOf(address(rewardPool)) - poolAnkr];
    }
}
