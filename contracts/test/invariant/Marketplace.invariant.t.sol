// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {Protocol} from "../utils/Protocol.sol";
import {MarketHandler} from "./handlers/MarketHandler.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";

/// The marketplace holds exactly the fixed prices of open projects and the bond balances, and its
/// sorted list of bids stays sorted and within the shortlist size plus one.
contract MarketplaceInvariantTest is Protocol {
    MarketHandler internal handler;

    function setUp() public {
        deployProtocol();
        vm.startPrank(governance);
        params.set(IParameters.Key.CpuPricePerCoreDay, 1 ether);
        params.set(IParameters.Key.AuctionShortlist, 2);
        vm.stopPrank();
        address requester = staker("requester");
        vm.prank(requester);
        ankr.approve(address(market), type(uint256).max);
        address[] memory bidders = new address[](4);
        for (uint256 i = 0; i < bidders.length; i++) {
            bidders[i] = qualifiedProvider(string.concat("b", vm.toString(i)), IParameters.TrustLevel.Trusted);
            ankr.mint(bidders[i], 1_000_000 ether);
            vm.prank(bidders[i]);
            ankr.approve(address(market), type(uint256).max);
        }
        handler = new MarketHandler(market, ankr, requester, bidders);
        targetContract(address(handler));
    }

    /// ANKR held = FP of every project in auction or running + every bond balance, free or locked.
    function invariant_HoldsExactlyWhatItOwes() public view {
        uint256 owed;
        for (uint256 i = 0; i < handler.projectCount(); i++) {
            IMarketplace.Project memory p = market.getProject(handler.projects(i));
            if (p.status == IMarketplace.Status.Bidding || p.status == IMarketplace.Status.Running) {
                owed += p.fixedPrice;
            }
        }
        for (uint256 i = 0; i < handler.bidderCount(); i++) {
            (uint256 free, uint256 locked) = market.bondOf(handler.bidders(i));
            owed += free + locked;
        }
        assertEq(ankr.balanceOf(address(market)), owed);
    }

    /// The kept bids are sorted by (price, bidder), at most the shortlist plus one, each at most FP.
    function invariant_RankingSorted() public view {
        for (uint256 i = 0; i < handler.projectCount(); i++) {
            uint256 id = handler.projects(i);
            IMarketplace.Bid[] memory bids = market.rankedBids(id);
            assertLe(bids.length, 3);
            for (uint256 j = 0; j < bids.length; j++) {
                assertLe(bids[j].price, market.getProject(id).fixedPrice);
                (bool revealed, uint256 price) = market.revealedBid(id, bids[j].bidder);
                assertTrue(revealed);
                assertEq(price, bids[j].price);
                if (j > 0) {
                    bool ordered = bids[j - 1].price < bids[j].price
                        || (bids[j - 1].price == bids[j].price && bids[j - 1].bidder < bids[j].bidder);
                    assertTrue(ordered);
                }
            }
        }
    }

    /// A winner is never paid below its own revealed bid, and that bid was the lowest the auction ranked
    /// (the tie band is 0 here).
    function invariant_WinnerPaidAtLeastItsBid() public view {
        for (uint256 i = 0; i < handler.projectCount(); i++) {
            uint256 id = handler.projects(i);
            IMarketplace.Project memory p = market.getProject(id);
            if (p.status != IMarketplace.Status.Running && p.status != IMarketplace.Status.Completed) {
                continue;
            }
            (bool revealed, uint256 bid) = market.revealedBid(id, p.provider);
            assertTrue(revealed);
            assertGe(p.price, bid);
            assertLe(p.price, p.fixedPrice);
        }
    }
}
