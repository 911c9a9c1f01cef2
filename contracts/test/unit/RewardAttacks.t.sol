// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {RewardPool} from "../../src/RewardPool.sol";
import {StakerRewards} from "../../src/StakerRewards.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Protocol} from "../utils/Protocol.sol";
import {FlashLender, IFlashBorrower} from "../utils/FlashLender.sol";

/// An attacker's contract: one transaction that stakes borrowed ANKR for both staker categories, calls the
/// permissionless `distribute()`, claims, unstakes and repays.
contract RewardSniper is IFlashBorrower {
    RewardPool internal immutable pool;
    StakerRewards internal immutable stakerRewards;
    NodeRegistry internal immutable nodes;
    IERC20 internal immutable ankr;
    FlashLender internal immutable lender;
    uint256 internal immutable nodeId;
    address internal immutable attacker;

    constructor(
        RewardPool pool_,
        StakerRewards stakerRewards_,
        NodeRegistry nodes_,
        IERC20 ankr_,
        FlashLender lender_,
        uint256 nodeId_
    ) {
        pool = pool_;
        stakerRewards = stakerRewards_;
        nodes = nodes_;
        ankr = ankr_;
        lender = lender_;
        nodeId = nodeId_;
        attacker = msg.sender;
        ankr_.approve(address(stakerRewards_), type(uint256).max);
        ankr_.approve(address(nodes_), type(uint256).max);
    }

    bool internal claimSidecar;

    /// One transaction; `claimSidecar_` also claims the sidecar rewards before leaving the running node.
    function snipe(uint256 amount, bool claimSidecar_) external {
        require(msg.sender == attacker, "not attacker");
        claimSidecar = claimSidecar_;
        lender.flashLoan(amount);
        (bool ok,) = attacker.call{value: address(this).balance}("");
        require(ok, "payout");
    }

    function onFlashLoan(uint256 amount) external {
        require(msg.sender == address(lender), "not lender");
        uint256 half = amount / 2;
        stakerRewards.stake(half);
        nodes.stakeOnSidecar(nodeId, half);
        pool.distribute();
        stakerRewards.claimRewards();
        if (claimSidecar) nodes.claimRewards(nodeId); // before: the early withdrawal then forfeited nothing
        stakerRewards.unstake(half);
        nodes.unstakeFromSidecar(nodeId, half); // the node still runs
        require(ankr.transfer(address(lender), amount), "repay");
    }

    receive() external payable {}
}

/// The reward findings of issue 15 (finding 5), each performed against the contracts. Both attacks did
/// their damage before rewards were streamed; each test now performs it and shows it failing, with exact
/// amounts.
contract RewardAttacksTest is Protocol {
    Governance internal gov;
    address[] internal governors;
    address internal fund = makeAddr("development");
    address internal provider;
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
        provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        nodeId = nodes.registerNode(makeAddr("sidecar"), "https://node", capacity());
        for (uint256 i = 0; i < 3; i++) {
            vm.startPrank(governors[i]);
            ankr.approve(address(gov), type(uint256).max);
            gov.acceptInvitation(100_000 ether);
            vm.stopPrank();
        }
    }

    function stakeOnSidecar(address who, uint256 amount) internal {
        vm.startPrank(who);
        ankr.approve(address(nodes), type(uint256).max);
        nodes.stakeOnSidecar(nodeId, amount);
        vm.stopPrank();
    }

    function fundPool(uint256 eth) internal {
        vm.deal(address(this), eth);
        (bool ok,) = address(rewardPool).call{value: eth}("");
        assertTrue(ok);
    }

    function claimStakerEth(address who) internal returns (uint256 eth) {
        uint256 before = who.balance;
        vm.prank(who);
        stakerRewards.claimRewards();
        return who.balance - before;
    }

    function claimSidecarEth(address who) internal returns (uint256 eth) {
        uint256 before = who.balance;
        vm.prank(who);
        nodes.claimRewards(nodeId);
        return who.balance - before;
    }

    /// Finding 5 (critical): reward sniping with one block of borrowed ANKR.
    /// 1. A requester has staked 1,000 ANKR for the stakers' 40 % and holderA 1,000 ANKR on a running
    ///    sidecar for the 20 %; 100 ETH of rewards came in during the week.
    /// 2. When the distribution is due, ONE transaction flash-borrows 198,000 ANKR, stakes 99,000 in
    ///    StakerRewards and 99,000 on the sidecar, calls the permissionless `distribute()`, claims both
    ///    categories, unstakes both and repays.
    /// Before: having held stake for zero seconds the attacker took 39.6 of the 40 ETH and 19.8 of the 20.
    /// Now each cut streams over the next week, so:
    /// - the sidecar claim reverts (its rewards vest when the node finishes), and with it the transaction;
    /// - without it, the transaction earns exactly nothing;
    /// - over the week the requester earns the whole 40 ETH stream and holderA the whole 20 ETH stream, to
    ///   the wei: rate = floor(40e18 / (604,800 s x 1e6)) x 1e6 = 66,137,566,000,000 wei/s, x 604,800 s =
    ///   39,999,999,916,800,000,000; the sidecars' 33,068,783,000,000 wei/s x 604,800 s =
    ///   19,999,999,958,400,000,000 (what does not divide into 1e6 wei a second stays as dust).
    function test_Attack_FlashStakeAroundDistribute_EarnsNothing() public {
        vm.startPrank(requester);
        ankr.approve(address(stakerRewards), type(uint256).max);
        stakerRewards.stake(1_000 ether);
        vm.stopPrank();
        stakeOnSidecar(holderA, 1_000 ether);
        rewardPool.distribute(); // the period starts with an empty pool
        fundPool(100 ether);
        vm.warp(block.timestamp + 7 days);

        address attacker = makeAddr("attacker");
        FlashLender lender = new FlashLender(ankr);
        ankr.mint(address(lender), 1_000_000 ether);
        vm.prank(attacker);
        RewardSniper sniper = new RewardSniper(rewardPool, stakerRewards, nodes, ankr, lender, nodeId);
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, nodeId));
        sniper.snipe(198_000 ether, true);
        vm.prank(attacker);
        sniper.snipe(198_000 ether, false); // one transaction

        assertEq(attacker.balance, 0, "a stake held for zero seconds earns nothing");
        assertEq(ankr.balanceOf(address(lender)), 1_000_000 ether, "the loan was repaid in the transaction");
        assertEq(stakerRewards.stakeOf(address(sniper)), 0);
        assertEq(nodes.totalStakeOf(address(sniper)), 0);
        (uint256 ethPerSecond,, uint256 finishAt) = stakerRewards.rewardRate();
        assertEq(ethPerSecond, 66_137_566_000_000);
        assertEq(finishAt, block.timestamp + 7 days);

        vm.warp(block.timestamp + 7 days);
        assertEq(claimStakerEth(requester), 39_999_999_916_800_000_000, "the whole 40 ETH stream");
        assertEq(address(stakerRewards).balance, 83_200_000_000, "dust under 1e6 wei a second stays");
        vm.prank(holderA);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, nodeId));
        nodes.claimRewards(nodeId);
        vm.prank(provider);
        nodes.finishNode(nodeId);
        assertEq(claimSidecarEth(holderA), 19_999_999_958_400_000_000, "the whole 20 ETH stream, vested");
    }

    /// Finding 5, §3.1: claiming first bypassed the forfeit of rewards on an early sidecar withdrawal.
    /// 1. holderA (1,000 ANKR) and holderB (3,000 ANKR) stake on a running sidecar; 100 ETH are
    ///    distributed and a week passes, so the sidecar stakers' 20 ETH stream earns holderA
    ///    4,999,999,989,600,000,000 wei and holderB three times that.
    /// 2. holderA withdraws everything while the node runs and forfeits its earnings to the reward pool.
    /// 3. holderB tries to claim first, then withdraws everything while the node runs.
    /// Before: holderB kept all 15 ETH. Now sidecar rewards vest when the node finishes: the claim reverts,
    /// and the withdrawal returns all 14,999,999,968,800,000,000 wei to the reward pool.
    function test_Attack_ClaimBeforeSidecarUnstake_IsRefusedAndTheWithdrawalForfeits() public {
        stakeOnSidecar(holderA, 1_000 ether);
        stakeOnSidecar(holderB, 3_000 ether);
        fundPool(100 ether);
        rewardPool.distribute();
        vm.warp(block.timestamp + 7 days);
        uint256 poolBefore = address(rewardPool).balance;

        (uint256 pendingA,) = nodes.pendingRewards(nodeId, holderA);
        assertEq(pendingA, 4_999_999_989_600_000_000);
        vm.prank(holderA);
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        assertEq(address(rewardPool).balance - poolBefore, 4_999_999_989_600_000_000, "holderA forfeited");

        vm.prank(holderB);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeRewardsNotVested.selector, nodeId));
        nodes.claimRewards(nodeId);
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 3_000 ether);
        assertEq(
            uint8(nodes.getNode(nodeId).status), uint8(INodeRegistry.Status.Active), "the node still runs"
        );
        assertEq(
            address(rewardPool).balance - poolBefore,
            4_999_999_989_600_000_000 + 14_999_999_968_800_000_000,
            "holderB forfeited its 15 ETH too"
        );
        assertEq(holderB.balance, 1_000 ether, "holderB keeps no reward");
        assertEq(ankr.balanceOf(holderB), 1_000_000 ether, "but all its ANKR");
        (uint256 pendingB,) = nodes.pendingRewards(nodeId, holderB);
        assertEq(pendingB, 0);
    }
}
