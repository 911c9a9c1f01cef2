// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {Protocol} from "../utils/Protocol.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";

contract MarketplaceTest is Protocol {
    address internal requester;
    address internal p1;
    address internal p2;
    address internal p3;
    uint256 internal constant BOND = 1_000 ether;

    function setUp() public {
        deployProtocol();
        // Unit prices that make §3.5's project (4 cores, 16 GB RAM, 128 GB storage) cost 2 ANKR a day.
        vm.startPrank(governance);
        params.set(IParameters.Key.CpuPricePerCoreDay, 0.3 ether);
        params.set(IParameters.Key.RamPricePerGbDay, 0.025 ether);
        params.set(IParameters.Key.StoragePricePerGbDay, 0.003125 ether);
        params.set(IParameters.Key.BandwidthPricePerMbpsDay, 0);
        params.set(IParameters.Key.AuctionShortlist, 1); // §3.5: the lowest bid wins
        vm.stopPrank();
        requester = staker("requester");
        vm.prank(requester);
        ankr.approve(address(market), type(uint256).max);
        p1 = bidder("p1");
        p2 = bidder("p2");
        p3 = bidder("p3");
    }

    function bidder(string memory name) internal returns (address who) {
        who = qualifiedProvider(name, IParameters.TrustLevel.Trusted);
        ankr.mint(who, 1_000_000 ether);
        vm.prank(who);
        ankr.approve(address(market), type(uint256).max);
    }

    function example() internal pure returns (IMarketplace.Resources memory) {
        return IMarketplace.Resources({cpuCores: 4, ramGb: 16, storageGb: 128, bandwidthMbps: 0});
    }

    function submit() internal returns (uint256 id) {
        vm.prank(requester);
        id = market.submit(example(), 50);
    }

    function commit(uint256 id, address who, uint256 price) internal {
        bytes32 commitment = market.commitmentOf(id, who, price, keccak256(abi.encode(who)));
        vm.prank(who);
        market.commitBid(id, commitment);
    }

    function reveal(uint256 id, address who, uint256 price) internal {
        vm.prank(who);
        market.revealBid(id, uint128(price), keccak256(abi.encode(who)));
    }

    /// Settle once the draw block is mined; when a draw is needed the first call arms a block, then settle
    /// after it.
    function settleAuction(uint256 id) internal {
        (uint256 drawBlock,) = market.drawOf(id);
        if (block.number <= drawBlock) vm.roll(drawBlock + 1);
        market.settle(id);
        if (market.getProject(id).status == IMarketplace.Status.Bidding) {
            (drawBlock,) = market.drawOf(id);
            vm.roll(drawBlock + 1);
            market.settle(id);
        }
    }

    /// §3.5: FP = 100, bids 60 / 70 / 75, profit X = 300.
    function auction() internal returns (uint256 id) {
        id = submit();
        commit(id, p1, 60 ether);
        commit(id, p2, 70 ether);
        commit(id, p3, 75 ether);
        vm.warp(block.timestamp + 1 days);
        reveal(id, p3, 75 ether);
        reveal(id, p1, 60 ether);
        reveal(id, p2, 70 ether);
        vm.warp(block.timestamp + 1 days);
        settleAuction(id);
    }

    function finish(uint256 id, uint256 profit) internal {
        vm.warp(block.timestamp + 50 days);
        vm.prank(p1);
        market.complete(id, profit);
    }

    function test_Quote_FromGovernancePrices() public view {
        assertEq(market.quote(example(), 50), 100 ether);
    }

    function test_Section3_5_ToTheCent() public {
        uint256 requesterBefore = ankr.balanceOf(requester);
        uint256 p1Before = ankr.balanceOf(p1);
        uint256 id = auction();
        assertEq(ankr.balanceOf(requester), requesterBefore - 100 ether, "the requester paid FP");
        IMarketplace.Project memory p = market.getProject(id);
        assertEq(p.provider, p1, "P1 wins with the lowest bid");
        assertEq(p.price, 60 ether);
        finish(id, 300 ether);
        (uint256 freeBond, uint256 lockedBond) = market.bondOf(p1);
        assertEq(freeBond, BOND, "the revealed bid's bond waits in P1's bond balance");
        assertEq(lockedBond, 0);
        assertEq(
            ankr.balanceOf(p1) + freeBond,
            p1Before - 300 ether + 60 ether,
            "P1 deposited X = 300 and was paid its 60"
        );
        assertEq(ankr.balanceOf(address(rewardPool)), 40 ether, "(300 + 100) x 10 %");
        assertEq(ankr.balanceOf(address(insurance)), 40 ether, "(300 + 100) x 10 %");
        assertEq(
            ankr.balanceOf(requester) - (requesterBefore - 100 ether), 260 ether, "300 + 100 - 60 - 40 - 40"
        );
        assertEq(ankr.balanceOf(address(market)), 3 * BOND, "nothing left behind but the three bond balances");
    }

    function test_Section3_5_SecondPrice() public {
        vm.prank(governance);
        params.set(IParameters.Key.AuctionSecondPrice, 1);
        uint256 requesterBefore = ankr.balanceOf(requester);
        uint256 id = auction();
        assertEq(market.getProject(id).provider, p1);
        assertEq(market.getProject(id).price, 70 ether, "the lowest losing bid");
        finish(id, 300 ether);
        assertEq(ankr.balanceOf(requester) - (requesterBefore - 100 ether), 250 ether);
    }

    function test_RevealOrder_DoesNotChangeTheResult() public {
        vm.prank(governance);
        params.set(IParameters.Key.AuctionShortlist, 3);
        uint256 id = submit();
        commit(id, p1, 60 ether);
        commit(id, p2, 70 ether);
        commit(id, p3, 60 ether);
        vm.warp(block.timestamp + 1 days);
        uint256 snapshot = vm.snapshotState();
        reveal(id, p1, 60 ether);
        reveal(id, p2, 70 ether);
        reveal(id, p3, 60 ether);
        vm.warp(block.timestamp + 1 days);
        settleAuction(id);
        IMarketplace.Project memory first = market.getProject(id);
        IMarketplace.Bid[] memory listA = market.rankedBids(id);
        vm.revertToState(snapshot);
        reveal(id, p3, 60 ether);
        reveal(id, p2, 70 ether);
        reveal(id, p1, 60 ether);
        vm.warp(block.timestamp + 1 days);
        settleAuction(id);
        IMarketplace.Bid[] memory listB = market.rankedBids(id);
        assertEq(market.getProject(id).provider, first.provider);
        assertEq(market.getProject(id).price, first.price);
        for (uint256 i = 0; i < 3; i++) {
            assertEq(listA[i].bidder, listB[i].bidder);
            assertEq(listA[i].price, listB[i].price);
        }
    }

    function test_NonReveal_ForfeitsTheBond() public {
        uint256 id = submit();
        commit(id, p1, 60 ether);
        commit(id, p2, 70 ether);
        uint256 p2Before = ankr.balanceOf(p2);
        vm.warp(block.timestamp + 1 days);
        reveal(id, p1, 60 ether);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketWrongPhase.selector, id));
        market.forfeitBond(id, p2);
        vm.warp(block.timestamp + 1 days);
        settleAuction(id);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketBadReveal.selector, id, p1));
        market.forfeitBond(id, p1); // revealed: nothing to forfeit
        market.forfeitBond(id, p2);
        assertEq(ankr.balanceOf(address(rewardPool)), BOND, "p2's bond");
        assertEq(ankr.balanceOf(p2), p2Before, "p2 never got it back");
    }

    function test_BondBalance_FundsTheNextBid_AndWithdraws() public {
        uint256 before = ankr.balanceOf(p1);
        uint256 first = submit();
        commit(first, p1, 60 ether);
        assertEq(ankr.balanceOf(p1), before - BOND, "the first bid tops the bond balance up");
        (uint256 free, uint256 locked) = market.bondOf(p1);
        assertEq(free, 0);
        assertEq(locked, BOND);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketBondTooLow.selector, 0, 1));
        vm.prank(p1);
        market.withdrawBond(1);
        vm.warp(block.timestamp + 1 days);
        reveal(first, p1, 60 ether);
        (free, locked) = market.bondOf(p1);
        assertEq(locked, BOND, "a ranked bid keeps its bond locked until settlement");
        vm.warp(block.timestamp + 1 days);
        settleAuction(first);
        (free, locked) = market.bondOf(p1);
        assertEq(free, BOND, "the settlement frees the bond");
        assertEq(locked, 0);
        uint256 second = submit();
        commit(second, p1, 70 ether);
        assertEq(ankr.balanceOf(p1), before - BOND, "the second bid locks the freed bond: no transfer");
        (free, locked) = market.bondOf(p1);
        assertEq(locked, BOND);
        vm.prank(p1);
        market.depositBond(500 ether);
        vm.prank(p1);
        market.withdrawBond(500 ether);
        assertEq(ankr.balanceOf(p1), before - BOND);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketAlreadyCommitted.selector, second, p1));
        vm.prank(p1);
        market.commitBid(second, bytes32(uint256(7)));
        vm.expectRevert(IMarketplace.MarketEmptyCommitment.selector);
        vm.prank(p2);
        market.commitBid(second, bytes32(uint256(1 << 255))); // only the reserved bit: empty
    }

    function test_RevealTwice_Refused() public {
        uint256 id = submit();
        commit(id, p1, 60 ether);
        vm.warp(block.timestamp + 1 days);
        reveal(id, p1, 60 ether);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketBadReveal.selector, id, p1));
        reveal(id, p1, 60 ether);
        (bool revealed, uint256 price) = market.revealedBid(id, p1);
        assertTrue(revealed);
        assertEq(price, 60 ether);
        assertEq(market.commitmentFor(id, p1), bytes32(0));
    }

    function test_NoBids_RefundsTheRequester() public {
        uint256 before = ankr.balanceOf(requester);
        uint256 id = submit();
        vm.warp(block.timestamp + 2 days);
        settleAuction(id);
        assertEq(uint8(market.getProject(id).status), uint8(IMarketplace.Status.Unassigned));
        assertEq(ankr.balanceOf(requester), before);
    }

    function test_RevertWhen_BidAboveTheCeiling() public {
        uint256 id = submit();
        commit(id, p1, 101 ether);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(IMarketplace.MarketBidAboveCeiling.selector, 101 ether, 100 ether)
        );
        reveal(id, p1, 101 ether);
    }

    function test_RevertWhen_RevealDoesNotMatchOrIsSomeoneElses() public {
        uint256 id = submit();
        commit(id, p1, 60 ether);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketBadReveal.selector, id, p1));
        reveal(id, p1, 59 ether);
        // p2 cannot replay p1's commitment: it binds the bidder.
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketBadReveal.selector, id, p2));
        vm.prank(p2);
        market.revealBid(id, 60 ether, keccak256(abi.encode(p1)));
    }

    function test_RevertWhen_BidderIsNotEligible() public {
        uint256 id = submit();
        address outsider = staker("outsider");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketNotEligible.selector, outsider));
        vm.prank(outsider);
        market.commitBid(id, bytes32(uint256(1)));
        vm.prank(p1);
        registry.updateOffer(1 ether, capacity(), 4); // capacity() has 2000 GB of storage, 32 GB RAM: enough
        vm.prank(requester);
        uint256 big = market.submit(
            IMarketplace.Resources({cpuCores: 64, ramGb: 16, storageGb: 128, bandwidthMbps: 0}), 1
        );
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketNotEligible.selector, p1));
        vm.prank(p1);
        market.commitBid(big, bytes32(uint256(1)));
    }

    function test_Failure_RefundsAndCompensatesFromCollateral() public {
        uint256 before = ankr.balanceOf(requester);
        uint256 id = auction();
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketNotGovernance.selector, requester));
        vm.prank(requester);
        market.reportFailure(id, 1);
        vm.prank(governance);
        market.reportFailure(id, 5_000 ether);
        assertEq(ankr.balanceOf(requester), before + 5_000 ether, "FP back and the loss from collateral");
        assertEq(registry.getProvider(p1).failures, 1);
        assertEq(registry.getProvider(p1).collateral, PMIN - 5_000 ether);
    }

    function test_RevertWhen_CompletedEarlyOrByAnother() public {
        uint256 id = auction();
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketNotProvider.selector, id, p2));
        vm.prank(p2);
        market.complete(id, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IMarketplace.MarketNotFinished.selector, id, block.timestamp + 50 days)
        );
        vm.prank(p1);
        market.complete(id, 0);
    }

    /// Reputation decides the draw between tied bids: over many projects the better-scored bidder wins
    /// more often.
    function test_Draw_FollowsReputation() public {
        vm.prank(governance);
        params.set(IParameters.Key.AuctionShortlist, 2);
        vm.prank(governance);
        registry.setProtocolContract(address(this), true);
        registry.recordUptime(p2, 0); // p2's score drops to a third of p1's
        uint256 p1Wins;
        for (uint256 i = 0; i < 60; i++) {
            uint256 id = submit();
            commit(id, p1, 60 ether);
            commit(id, p2, 60 ether);
            vm.warp(block.timestamp + 1 days);
            reveal(id, p1, 60 ether);
            reveal(id, p2, 60 ether);
            vm.warp(block.timestamp + 1 days);
            vm.prevrandao(keccak256(abi.encode(i)));
            settleAuction(id);
            if (market.getProject(id).provider == p1) p1Wins++;
            vm.prank(governance);
            market.reportFailure(id, 0); // end it to free the provider's node
            registry.recordUptime(p2, 0);
        }
        assertGt(p1Wins, 35, "the better score wins more often");
        assertLt(p1Wins, 60, "but not always");
    }

    function testFuzz_Payout_NeverMoreThanCameIn(uint128 fixedPrice, uint128 price, uint128 profit)
        public
        view
    {
        price = uint128(bound(price, 0, fixedPrice));
        IMarketplace.Payout memory out = market.payoutFor(fixedPrice, price, profit);
        assertEq(out.provider, price, "the provider gets its price");
        assertEq(
            out.provider + out.rewardPool + out.insurancePool + out.requester,
            uint256(fixedPrice) + profit,
            "every wei of X + FP goes somewhere, once"
        );
    }

    /// A winner disqualified between its reveal and the settlement cannot take the project: it defaults and
    /// forfeits its bond to the reward pool, and with nobody next in line FP goes back.
    function test_Settle_WinnerNoLongerQualified_RefundsTheRequester() public {
        uint256 before = ankr.balanceOf(requester);
        uint256 id = submit();
        commit(id, p1, 60 ether);
        vm.warp(block.timestamp + 1 days);
        reveal(id, p1, 60 ether);
        vm.prank(governance);
        registry.revokeQualification(p1);
        vm.warp(block.timestamp + 1 days);
        settleAuction(id);
        assertEq(uint8(market.getProject(id).status), uint8(IMarketplace.Status.Unassigned));
        assertEq(ankr.balanceOf(requester), before);
        assertEq(ankr.balanceOf(address(rewardPool)), BOND, "the defaulted winner's bond");
        (uint256 free, uint256 locked) = market.bondOf(p1);
        assertEq(free + locked, 0);
    }

    function test_QuoteDetails_AndEligibleProviders() public {
        (uint256 fixedPrice, uint256 expected, IMarketplace.Payout memory atCeiling) =
            market.quoteDetails(example(), 50);
        assertEq(fixedPrice, 100 ether);
        assertEq(expected, 300 ether, "X = 3 x FP, as in section 3.5");
        assertEq(atCeiling.provider, 100 ether);
        assertEq(atCeiling.rewardPool, 40 ether);
        assertEq(atCeiling.insurancePool, 40 ether);
        assertEq(atCeiling.requester, 220 ether);

        vm.prank(governance);
        registry.revokeQualification(p2);
        IMarketplace.ProviderOffer[] memory offers = market.eligibleProviders(example(), 0, 10);
        assertEq(offers.length, 2, "p2 is no longer qualified");
        assertEq(offers[0].provider, p1);
        assertEq(offers[1].provider, p3);
        assertEq(offers[0].price, 20_000 ether);
        assertEq(offers[0].capacity.ramGb, 32);
        assertGt(offers[0].reputation, 0);
        assertEq(offers[0].uptimeBps, 10_000);
        assertEq(market.eligibleProviders(example(), 1, 1).length, 0, "a page holding only p2");
        assertEq(market.eligibleProviders(example(), 5, 10).length, 0, "past the end");
    }
}
