// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {RewardPool} from "../../src/RewardPool.sol";
import {RewardShares, IRewardSink} from "../../src/RewardShares.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IRewardPool} from "../../src/interfaces/IRewardPool.sol";
import {IRewardStream} from "../../src/interfaces/IRewardStream.sol";

contract RewardPoolTest is Protocol {
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

    function stakeEveryone() internal {
        seatGovernors();
        vm.startPrank(requester);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(1_000 ether);
        vm.stopPrank();
        stakeOnSidecar(holderA, 1_000 ether);
        stakeOnSidecar(holderB, 3_000 ether);
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
        RewardShares(address(sink)).claimRewards();
        return (who.balance - ethBefore, ankr.balanceOf(who) - ankrBefore);
    }

    /// 30 / 40 / 20 / 10, each category by stake, to the wei.
    function test_Distribution_ExactSplit() public {
        stakeEveryone();
        fundPool(100 ether, 10_000 ether);
        rewardPool.distribute();
        (uint256 eth, uint256 ankrAmount) = claimFrom(gov, governors[0]);
        assertEq(eth, 7.5 ether, "governor with a quarter of the stake: a quarter of 30 ETH");
        assertEq(ankrAmount, 750 ether);
        (eth, ankrAmount) = claimFrom(gov, governors[2]);
        assertEq(eth, 15 ether);
        assertEq(ankrAmount, 1_500 ether);
        (eth, ankrAmount) = claimFrom(stakerRewards, requester);
        assertEq(eth, 40 ether, "the only reward staker takes the whole 40 %");
        assertEq(ankrAmount, 4_000 ether);
        (eth, ankrAmount) = claimFrom(nodes, holderA);
        assertEq(eth, 5 ether, "a quarter of the sidecar stake: a quarter of 20 ETH");
        assertEq(ankrAmount, 500 ether);
        (eth, ankrAmount) = claimFrom(nodes, holderB);
        assertEq(eth, 15 ether);
        assertEq(ankrAmount, 1_500 ether);
        assertEq(fund.balance, 10 ether, "development");
        assertEq(ankr.balanceOf(fund), 1_000 ether);
        assertEq(address(rewardPool).balance, 0, "everything went out");
        assertEq(ankr.balanceOf(address(rewardPool)), 0);
        assertEq(rewardPool.totalEthDistributed(), 100 ether);
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

    function test_CategoryWithoutStake_KeepsItsCut() public {
        seatGovernors(); // nobody stakes for the 40 % or on sidecars
        fundPool(100 ether, 0);
        rewardPool.distribute();
        assertEq(address(rewardPool).balance, 60 ether, "40 % + 20 % wait for the next period");
        assertEq(address(gov).balance, 30 ether);
    }

    function test_CategoryBelowTheMinimumStake_KeepsItsCut() public {
        seatGovernors();
        vm.startPrank(holderA);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(999 ether); // one ANKR short of MIN_SHARES
        vm.stopPrank();
        fundPool(100 ether, 0);
        rewardPool.distribute();
        assertEq(stakerRewards.rewardShares(), 0);
        assertEq(address(stakerRewards).balance, 0, "not paid below 1,000 ANKR");
        assertEq(address(rewardPool).balance, 60 ether);
        vm.prank(holderA);
        stakerRewards.stake(1 ether);
        vm.warp(block.timestamp + 7 days);
        rewardPool.distribute();
        assertEq(address(stakerRewards).balance, 24 ether, "40 % of the 60 ETH kept");
    }

    function test_SidecarUnstake_BeforeTheNodeFinishes_ForfeitsRewards() public {
        stakeEveryone();
        fundPool(100 ether, 0);
        rewardPool.distribute();
        // holderB withdraws a third of its stake early: a third of its 15 ETH goes back to the pool.
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        assertEq(address(rewardPool).balance, 5 ether);
        (uint256 eth,) = claimFrom(nodes, holderB);
        assertEq(eth, 10 ether);
    }

    function test_SidecarUnstake_AfterTheNodeFinished_KeepsRewards() public {
        stakeEveryone();
        fundPool(100 ether, 0);
        rewardPool.distribute();
        vm.prank(nodes.getNode(nodeId).provider);
        nodes.finishNode(nodeId);
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 3_000 ether);
        (uint256 eth,) = claimFrom(nodes, holderB);
        assertEq(eth, 15 ether);
    }

    function test_UnseatedGovernor_KeepsWhatItEarned() public {
        stakeEveryone();
        fundPool(100 ether, 0);
        rewardPool.distribute();
        // governor 2 misses three votes and is removed; its 15 ETH stay claimable, later cuts skip it.
        vm.prank(governance);
        params.transferGovernance(address(gov));
        for (uint256 round = 0; round < 3; round++) {
            vm.prank(governors[0]);
            uint256 id = gov.propose(address(params), "", "noop");
            vm.prank(governors[0]);
            gov.vote(id, true);
            vm.prank(governors[1]);
            gov.vote(id, true);
            vm.warp(block.timestamp + 3 days);
            gov.finalize(id);
        }
        assertEq(gov.rewardSharesOf(governors[2]), 0);
        fundPool(30 ether, 0);
        vm.warp(block.timestamp + 7 days);
        rewardPool.distribute();
        (uint256 eth,) = claimFrom(gov, governors[2]);
        assertEq(eth, 15 ether, "only the first period");
        (eth,) = claimFrom(gov, governors[0]);
        assertEq(eth, 7.5 ether + 4.5 ether, "a half of the second 9 ETH");
    }

    function test_RevertWhen_NotTheRewardPoolNotifies() public {
        stakeEveryone();
        vm.expectRevert(abi.encodeWithSelector(IRewardStream.RewardsNotRewardPool.selector, address(this)));
        nodes.notifyReward(0, 7 days);
        vm.expectRevert(abi.encodeWithSelector(IRewardPool.RewardPoolNotGovernance.selector, address(this)));
        rewardPool.wire(gov, stakerRewards, nodes, fund);
    }

    /// Claims never exceed what came in; the dust each category keeps is at most a wei per participant.
    function testFuzz_PaysOutWhatCameIn(uint96 eth, uint96 ankrAmount, uint64[4] memory stakes) public {
        seatGovernors();
        address[4] memory people = [requester, holderA, holderB, makeAddr("fourth")];
        ankr.mint(people[3], 1_000_000 ether);
        for (uint256 i = 0; i < 4; i++) {
            vm.startPrank(people[i]);
            ankr.approve(address(stakerRewards), type(uint256).max);
            stakerRewards.stake(250 ether + uint256(stakes[i]) % 100_000 ether); // 4 x 250: the minimum
            vm.stopPrank();
        }
        fundPool(eth, ankrAmount);
        rewardPool.distribute();
        uint256 cutEth = uint256(eth) * 4_000 / 10_000;
        uint256 cutAnkr = uint256(ankrAmount) * 4_000 / 10_000;
        uint256 paidEth;
        uint256 paidAnkr;
        for (uint256 i = 0; i < 4; i++) {
            (uint256 e, uint256 a) = claimFrom(stakerRewards, people[i]);
            paidEth += e;
            paidAnkr += a;
        }
        assertLe(paidEth, cutEth, "paid more ETH than the cut");
        assertLe(paidAnkr, cutAnkr, "paid more ANKR than the cut");
        assertLe(cutEth - paidEth, 4, "more than rounding dust");
        assertLe(cutAnkr - paidAnkr, 4);
        assertEq(
            rewardPool.totalEthReceived(),
            rewardPool.totalEthDistributed() + address(rewardPool).balance,
            "ETH books"
        );
    }
}
