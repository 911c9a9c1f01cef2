// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {RewardPool} from "../../../src/RewardPool.sol";
import {StakerRewards} from "../../../src/StakerRewards.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";

/// Stakers come and go, money flows in, distributions and claims happen in any order.
contract RewardHandler is Test {
    RewardPool internal immutable pool;
    StakerRewards internal immutable rewards;
    AnkrToken internal immutable ankr;
    address[] public stakers;
    uint256 public ghostClaimedEth;
    uint256 public ghostClaimedAnkr;

    constructor(RewardPool pool_, StakerRewards rewards_, AnkrToken ankr_, address[] memory stakers_) {
        pool = pool_;
        rewards = rewards_;
        ankr = ankr_;
        stakers = stakers_;
    }

    function count() external view returns (uint256) {
        return stakers.length;
    }

    function stake(uint256 who, uint256 amount) external {
        address s = stakers[who % stakers.length];
        amount = bound(amount, 1, 10_000 ether);
        vm.prank(s);
        rewards.stake(amount);
    }

    function unstake(uint256 who, uint256 amount) external {
        address s = stakers[who % stakers.length];
        uint256 staked = rewards.stakeOf(s);
        if (staked == 0) return;
        vm.prank(s);
        rewards.unstake(bound(amount, 1, staked));
    }

    function fund(uint256 eth, uint256 ankrAmount) external {
        eth = bound(eth, 0, 100 ether);
        vm.deal(address(this), eth);
        (bool ok,) = address(pool).call{value: eth}("");
        assertTrue(ok);
        ankr.mint(address(pool), bound(ankrAmount, 0, 1_000_000 ether));
    }

    function distribute() external {
        vm.warp(block.timestamp + 7 days);
        pool.distribute();
    }

    function claim(uint256 who) external {
        address s = stakers[who % stakers.length];
        uint256 eth = s.balance;
        uint256 ank = ankr.balanceOf(s);
        vm.prank(s);
        rewards.claimRewards();
        ghostClaimedEth += s.balance - eth;
        ghostClaimedAnkr += ankr.balanceOf(s) - ank;
    }
}
