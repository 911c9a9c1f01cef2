// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IRewardSink} from "../../src/RewardShares.sol";
import {Protocol} from "../utils/Protocol.sol";
import {RewardHandler} from "./handlers/RewardHandler.sol";

/// The reward pool pays out exactly what came in, minus the rounding dust it keeps.
contract RewardPoolInvariantTest is Protocol {
    RewardHandler internal handler;

    function setUp() public {
        deployProtocol();
        address[] memory people = new address[](5);
        for (uint256 i = 0; i < people.length; i++) {
            people[i] = staker(string.concat("rs", vm.toString(i)));
            vm.prank(people[i]);
            ankr.approve(address(stakerRewards), type(uint256).max);
        }
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, IRewardSink(address(0)), makeAddr("dev"));
        handler = new RewardHandler(rewardPool, stakerRewards, ankr, people);
        targetContract(address(handler));
    }

    /// ETH received = ETH distributed + ETH held.
    function invariant_PoolBooksBalance() public view {
        assertEq(
            rewardPool.totalEthReceived(), rewardPool.totalEthDistributed() + address(rewardPool).balance
        );
    }

    /// The stakers' contract always holds every staked ANKR and every reward still owed.
    function invariant_StakerRewardsCoverWhatTheyOwe() public view {
        uint256 owedEth;
        uint256 owedAnkr;
        uint256 staked;
        uint256 shares;
        for (uint256 i = 0; i < handler.count(); i++) {
            address s = handler.stakers(i);
            (uint256 e, uint256 a) = stakerRewards.pendingRewards(s);
            owedEth += e;
            owedAnkr += a;
            staked += stakerRewards.stakeOf(s);
            shares += stakerRewards.rewardSharesOf(s);
            assertEq(stakerRewards.rewardSharesOf(s), stakerRewards.stakeOf(s) / 1e9 * 1e9, "whole gwei");
        }
        assertGe(address(stakerRewards).balance, owedEth);
        assertGe(ankr.balanceOf(address(stakerRewards)), staked + owedAnkr);
        assertEq(shares, stakerRewards.totalRewardShares());
    }

    /// What stakers claimed plus what they are owed never exceeds what the pool sent them.
    function invariant_ClaimsNeverExceedTheCut() public view {
        uint256 owedEth;
        for (uint256 i = 0; i < handler.count(); i++) {
            (uint256 e,) = stakerRewards.pendingRewards(handler.stakers(i));
            owedEth += e;
        }
        assertLe(
            handler.ghostClaimedEth() + owedEth, address(stakerRewards).balance + handler.ghostClaimedEth()
        );
    }
}
