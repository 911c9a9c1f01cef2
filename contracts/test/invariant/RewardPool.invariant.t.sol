// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IRewardSink} from "../../src/RewardShares.sol";
import {IRewardStream} from "../../src/interfaces/IRewardStream.sol";
import {Protocol} from "../utils/Protocol.sol";
import {CheapAsserts} from "../utils/CheapAsserts.sol";
import {RewardHandler} from "./handlers/RewardHandler.sol";

/// The reward pool pays out what came in, and each streamed category accounts for every wei it was sent:
/// notified = claimed + forfeited + owed + carried + still streaming + rounding dust, where the dust is
/// never negative and at most what the calls so far may have rounded away (RewardHandler.Books.maxDust:
/// under period x 1e6 wei for each notify's remainder, and about a debt unit of 1e6 wei for each change
/// of shares, forfeit and claim) plus a wei per position.
contract RewardPoolInvariantTest is Protocol, CheapAsserts {
    RewardHandler internal handler;

    function setUp() public {
        deployProtocol();
        address[] memory people = new address[](5);
        for (uint256 i = 0; i < people.length; i++) {
            people[i] = staker(string.concat("rs", vm.toString(i)));
            vm.startPrank(people[i]);
            ankr.approve(address(stakerRewards), type(uint256).max);
            ankr.approve(address(nodes), type(uint256).max);
            vm.stopPrank();
        }
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        uint256[] memory nodeIds = new uint256[](3);
        for (uint256 i = 0; i < nodeIds.length; i++) {
            vm.prank(provider);
            nodeIds[i] = nodes.registerNode(
                makeAddr(string.concat("sidecar", vm.toString(i))), "https://node", capacity()
            );
        }
        vm.prank(governance);
        rewardPool.wire(IRewardSink(address(0)), stakerRewards, nodes, makeAddr("dev"));
        handler = new RewardHandler(
            rewardPool, stakerRewards, nodes, params, ankr, governance, provider, people, nodeIds
        );
        ankr.transferOwnership(address(handler)); // the handler mints what flows into the pool
        targetContract(address(handler));
    }

    /// ETH received = ETH distributed + ETH held.
    function invariant_PoolBooksBalance() public view {
        checkEq(
            rewardPool.totalEthReceived(),
            rewardPool.totalEthDistributed() + address(rewardPool).balance,
            "ETH received = distributed + held"
        );
    }

    /// Reward stakers: every wei notified is claimed, owed, carried, still streaming or dust; the contract
    /// holds exactly the stakes plus what it was sent less what was claimed, so never less than the stakes
    /// plus what it owes; shares are the stakes in whole gwei.
    function invariant_StakerRewardsBooks() public view {
        address[] memory people = handler.allStakers();
        uint256 owedEth;
        uint256 owedAnkr;
        for (uint256 i = 0; i < people.length; i++) {
            (uint256 e, uint256 a) = stakerRewards.pendingRewards(people[i]);
            owedEth += e;
            owedAnkr += a;
        }
        RewardHandler.Books memory b = handler.books(false);
        uint256 staked = handler.stakerStaked();
        checkEq(address(stakerRewards).balance, b.notifiedEth - b.claimedEth, "staker ETH");
        checkEq(
            ankr.balanceOf(address(stakerRewards)), staked + b.notifiedAnkr - b.claimedAnkr, "staker ANKR"
        );
        checkGe(address(stakerRewards).balance, owedEth, "stakers owed more ETH than held");
        checkGe(ankr.balanceOf(address(stakerRewards)), staked + owedAnkr, "stakers owed more ANKR than held");
        checkEq(stakerRewards.totalRewardShares(), handler.stakerShares(), "staker shares");
        checkEq(handler.violations(), 0, "a call did not do what it must (see RewardHandler.violations)");
        checkConservation(stakerRewards, b, owedEth, owedAnkr, people.length);
    }

    /// Sidecar stakers: the same books, with forfeits returned to the pool.
    function invariant_SidecarBooks() public view {
        address[] memory people = handler.allStakers();
        uint256[] memory nodeIds = handler.allNodes();
        uint256 owedEth;
        uint256 owedAnkr;
        for (uint256 n = 0; n < nodeIds.length; n++) {
            for (uint256 i = 0; i < people.length; i++) {
                (uint256 e, uint256 a) = nodes.pendingRewards(nodeIds[n], people[i]);
                owedEth += e;
                owedAnkr += a;
            }
        }
        RewardHandler.Books memory b = handler.books(true);
        uint256 staked = handler.sidecarStaked();
        checkEq(address(nodes).balance, b.notifiedEth - b.claimedEth - b.forfeitedEth, "sidecar ETH");
        checkEq(
            ankr.balanceOf(address(nodes)),
            staked + b.notifiedAnkr - b.claimedAnkr - b.forfeitedAnkr,
            "sidecar ANKR"
        );
        checkGe(address(nodes).balance, owedEth, "sidecars owed more ETH than held");
        checkGe(ankr.balanceOf(address(nodes)), staked + owedAnkr, "sidecars owed more ANKR than held");
        checkEq(
            nodes.totalRewardShares(), handler.sidecarShares(), "sidecar shares = stakes on running nodes"
        );
        checkEq(handler.violations(), 0, "a call did not do what it must (see RewardHandler.violations)");
        checkConservation(nodes, b, owedEth, owedAnkr, people.length * nodeIds.length);
    }

    /// notified = claimed + forfeited + owed + carried + streaming + dust, 0 <= dust <= maxDust + positions.
    function checkConservation(
        IRewardStream sink,
        RewardHandler.Books memory b,
        uint256 owedEth,
        uint256 owedAnkr,
        uint256 positions
    ) internal view {
        (uint256 carriedEth, uint256 carriedAnkr) = sink.carriedOver();
        (uint256 ethRate, uint256 ankrRate, uint256 finishAt) = sink.rewardRate();
        uint256 left = finishAt > block.timestamp ? finishAt - block.timestamp : 0;
        uint256 dustBound = b.maxDust + positions;
        uint256 accounted = b.claimedEth + b.forfeitedEth + owedEth + carriedEth + ethRate * left;
        checkLe(accounted, b.notifiedEth, "ETH: more paid, owed, carried and streaming than came in");
        checkLe(b.notifiedEth - accounted, dustBound, "ETH: more than rounding dust unaccounted");
        accounted = b.claimedAnkr + b.forfeitedAnkr + owedAnkr + carriedAnkr + ankrRate * left;
        checkLe(accounted, b.notifiedAnkr, "ANKR: more paid, owed, carried and streaming than came in");
        checkLe(b.notifiedAnkr - accounted, dustBound, "ANKR: more than rounding dust unaccounted");
    }
}
