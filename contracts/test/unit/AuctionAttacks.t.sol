// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMarketplace} from "../../src/interfaces/IMarketplace.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {Protocol} from "../utils/Protocol.sol";

/// Settles only when its own bidder wins, reverting otherwise: the conditional settler of issue 16.
contract ConditionalSettler {
    function settleIfWinner(Marketplace market, uint256 id, address mine) external {
        market.settle(id);
        require(market.getProject(id).provider == mine, "not mine");
    }
}

/// Issue 16, "Auctions nobody can steer": each finding performed as an attack, now failing.
contract AuctionAttacksTest is Protocol {
    address internal requester;
    address internal p1;
    address internal p2;
    address internal p3;
    address internal p4;
    uint256 internal constant BOND = 1_000 ether;

    function setUp() public {
        deployProtocol();
        // Unit prices that make §3.5's project (4 cores, 16 GB RAM, 128 GB storage) cost 2 ANKR a day.
        vm.startPrank(governance);
        params.set(IParameters.Key.CpuPricePerCoreDay, 0.3 ether);
        params.set(IParameters.Key.RamPricePerGbDay, 0.025 ether);
        params.set(IParameters.Key.StoragePricePerGbDay, 0.003125 ether);
        params.set(IParameters.Key.BandwidthPricePerMbpsDay, 0);
        vm.stopPrank();
        requester = staker("requester");
        vm.prank(requester);
        ankr.approve(address(market), type(uint256).max);
        p1 = bidder("p1");
        p2 = bidder("p2");
        p3 = bidder("p3");
        p4 = bidder("p4");
    }

    function bidder(string memory name) internal returns (address who) {
        who = qualifiedProvider(name, IParameters.TrustLevel.Trusted);
        ankr.mint(who, 2_000_000 ether);
        vm.prank(who);
        ankr.approve(address(market), type(uint256).max);
        vm.prank(who);
        ankr.approve(address(registry), type(uint256).max);
    }

    function setParam(IParameters.Key key, uint256 value) internal {
        vm.prank(governance);
        params.set(key, value);
    }

    /// A project of `days_` days at 2 ANKR a day: FP = 2 x days_ ANKR.
    function submit(uint32 days_) internal returns (uint256 id) {
        vm.prank(requester);
        id = market.submit(
            IMarketplace.Resources({cpuCores: 4, ramGb: 16, storageGb: 128, bandwidthMbps: 0}), days_
        );
    }

    function salt(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode(who));
    }

    function commit(uint256 id, address who, uint256 price) internal {
        bytes32 commitment = market.commitmentOf(id, who, price, salt(who));
        vm.prank(who);
        market.commitBid(id, commitment);
    }

    function reveal(uint256 id, address who, uint256 price) internal {
        vm.prank(who);
        market.revealBid(id, price, salt(who));
    }

    function toReveal(uint256 id) internal {
        vm.warp(market.getProject(id).commitEnd);
    }

    function toSettle(uint256 id) internal {
        vm.warp(market.getProject(id).revealEnd);
        (uint256 drawBlock,) = market.drawOf(id);
        if (block.number <= drawBlock) vm.roll(drawBlock + 1);
    }

    /// Settle; when a draw is needed the first call arms the draw block, and the second settles after it.
    function settleAuction(uint256 id) internal {
        toSettle(id);
        market.settle(id);
        if (market.getProject(id).status == IMarketplace.Status.Bidding) {
            (uint256 drawBlock,) = market.drawOf(id);
            vm.roll(drawBlock + 1);
            market.settle(id);
        }
    }

    function auction(uint32 days_, address[] memory who, uint256[] memory prices)
        internal
        returns (uint256 id)
    {
        id = submit(days_);
        for (uint256 i = 0; i < who.length; i++) {
            commit(id, who[i], prices[i]);
        }
        toReveal(id);
        for (uint256 i = 0; i < who.length; i++) {
            reveal(id, who[i], prices[i]);
        }
    }

    function three(address a, address b, address c) internal pure returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    function prices3(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory list) {
        list = new uint256[](3);
        (list[0], list[1], list[2]) = (a, b, c);
    }

    // ------------------------------------------------------------------ finding 1: §3.5 as written

    /// §3.5 with FP = 100, bids 60 / 70 / 75 from three ranked providers and X = 300: P1 wins at 60, and
    /// the contract's own transfers pay P1 60, the reward pool 40, the insurance pool 40 and the
    /// requester 260 (who paid FP = 100, so 160 of profit).
    function test_Section3_5_LowestBidWins_ExactSplit() public {
        uint256 requesterBefore = ankr.balanceOf(requester);
        uint256 p1Before = ankr.balanceOf(p1);
        uint256 id = auction(50, three(p1, p2, p3), prices3(60 ether, 70 ether, 75 ether));
        assertEq(market.getProject(id).fixedPrice, 100 ether);
        assertEq(market.rankedBids(id).length, 3, "all three ranked");
        settleAuction(id);
        IMarketplace.Project memory p = market.getProject(id);
        assertEq(p.provider, p1, "P1 wins as his bid is the lowest");
        assertEq(p.price, 60 ether);
        vm.warp(block.timestamp + 50 days);
        vm.prank(p1);
        market.complete(id, 300 ether);
        (uint256 freeBond,) = market.bondOf(p1);
        assertEq(ankr.balanceOf(p1) + freeBond, p1Before - 300 ether + 60 ether, "Pprofit = 60 to P1");
        assertEq(ankr.balanceOf(address(rewardPool)), 40 ether, "RPprofit = (300 + 100) x 10 %");
        assertEq(ankr.balanceOf(address(insurance)), 40 ether, "IPprofit = (300 + 100) x 10 %");
        assertEq(
            ankr.balanceOf(requester),
            requesterBefore - 100 ether + 260 ether,
            "260 = 300 + 100 - 60 - 40 - 40"
        );
        assertEq(ankr.balanceOf(address(market)), 3 * BOND, "only the three bond balances, all free again");
        (uint256 wins, uint256 average) = registry.bidRecord(p1);
        assertEq(wins, 1);
        assertEq(average, 6_000, "won at 60 % of FP");
    }

    /// Finding 1: bids of 15,000 and 18,000 ANKR, the 18,000 bidder holding Pmax (the better score). The
    /// 15,000 wins, paid 15,000.
    function test_Finding1_15000Beats18000() public {
        vm.prank(p2);
        registry.depositCollateral(uint128(900_000 ether)); // Pmax: the higher score
        address[] memory who = new address[](2);
        (who[0], who[1]) = (p1, p2);
        uint256[] memory prices = new uint256[](2);
        (prices[0], prices[1]) = (15_000 ether, 18_000 ether);
        uint256 id = auction(10_000, who, prices); // FP = 20,000 ANKR
        (uint256 s1,,,,) = registry.reputation(p1);
        (uint256 s2,,,,) = registry.reputation(p2);
        assertGt(s2, s1, "the dearer bidder has the better score");
        settleAuction(id);
        assertEq(market.getProject(id).provider, p1, "15,000 wins");
        assertEq(market.getProject(id).price, 15_000 ether);
    }

    // ------------------------------------------------------------------ finding 2: second price

    /// Finding 2 replayed: bids 60 / 70 / 75 with a band wide enough to draw among all three. Whoever is
    /// drawn, second-price mode pays at least its bid; the old code bound a drawn 75 to 60.
    function test_Finding2_SecondPrice_NeverBelowTheDrawnBid() public {
        setParam(IParameters.Key.AuctionSecondPrice, 1);
        setParam(IParameters.Key.AuctionTieBandBps, 2_000); // 60 x 1.2 = 72: 60 and 70 are drawn, 75 is not
        for (uint256 i = 0; i < 8; i++) {
            uint256 snapshot = vm.snapshotState();
            vm.roll(block.number + i * 7);
            uint256 id = auction(50, three(p1, p2, p3), prices3(60 ether, 70 ether, 75 ether));
            settleAuction(id);
            IMarketplace.Project memory p = market.getProject(id);
            (, uint256 bid) = market.revealedBid(id, p.provider);
            assertGe(p.price, bid, "never below the winner's bid");
            if (p.provider == p1) assertEq(p.price, 70 ether, "60 wins, paid the lowest other bid");
            else assertEq(p.price, 70 ether, "70 drawn, paid its own bid (the other, 60, is lower)");
            assertTrue(p.provider != p3, "75 is outside the band");
            vm.revertToState(snapshot);
        }
    }

    /// Second price never pays below the winner's own bid, and pays exactly max(own, lowest other).
    function testFuzz_SecondPrice_NeverBelowTheWinnersBid(uint256 a, uint256 b, uint256 c, uint256 band)
        public
    {
        setParam(IParameters.Key.AuctionSecondPrice, 1);
        setParam(IParameters.Key.AuctionTieBandBps, bound(band, 0, 2_000));
        uint256[] memory prices =
            prices3(bound(a, 1, 100 ether), bound(b, 1, 100 ether), bound(c, 1, 100 ether));
        uint256 id = auction(50, three(p1, p2, p3), prices);
        settleAuction(id);
        IMarketplace.Project memory p = market.getProject(id);
        (, uint256 bid) = market.revealedBid(id, p.provider);
        uint256 lowest = type(uint256).max;
        uint256 lowestOther = type(uint256).max;
        for (uint256 i = 0; i < 3; i++) {
            if (prices[i] < lowest) lowest = prices[i];
            if (three(p1, p2, p3)[i] != p.provider && prices[i] < lowestOther) lowestOther = prices[i];
        }
        assertGe(p.price, bid);
        assertEq(p.price, bid > lowestOther ? bid : lowestOther);
        assertLe(bid * 10_000, lowest * (10_000 + params.get(IParameters.Key.AuctionTieBandBps)), "in band");
    }

    // ------------------------------------------------------------------ finding 3: steering the draw

    function drawnAuction() internal returns (uint256 id) {
        setParam(IParameters.Key.AuctionTieBandBps, 1_000); // 60 and 65 share a draw
        address[] memory who = new address[](2);
        (who[0], who[1]) = (p1, p2);
        uint256[] memory prices = new uint256[](2);
        (prices[0], prices[1]) = (60 ether, 65 ether);
        id = auction(50, who, prices);
        toSettle(id);
    }

    /// Finding 3: a settler trying every block (each with its own RANDAO) and a contract that reverts unless
    /// its bidder wins. The first settlement after the reveal phase only arms the next block; from then on,
    /// in each of the 256 blocks the EVM keeps its hash and whatever the RANDAO, the winner is the same, so
    /// the conditional settler can only settle if it was going to win anyway. After 256 blocks the draw is
    /// re-armed, not settled.
    function test_Finding3_SettlerCannotChooseTheBlock() public {
        uint256 id = drawnAuction();
        vm.prevrandao(bytes32(uint256(1)));
        vm.expectEmit(address(market));
        emit IMarketplace.DrawRearmed(id, block.number + 1);
        market.settle(id); // arms only
        assertEq(uint8(market.getProject(id).status), uint8(IMarketplace.Status.Bidding));
        (uint256 drawBlock,) = market.drawOf(id);
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketSeedNotReady.selector, id, drawBlock));
        market.settle(id);
        vm.roll(drawBlock + 1);
        uint256 snapshot = vm.snapshotState();
        market.settle(id);
        address winner = market.getProject(id).provider;
        address loser = winner == p1 ? p2 : p1;
        vm.revertToState(snapshot);
        ConditionalSettler settler = new ConditionalSettler();
        for (uint256 b = drawBlock + 1; b <= drawBlock + 256; b++) {
            snapshot = vm.snapshotState();
            vm.roll(b);
            vm.prevrandao(keccak256(abi.encode(b)));
            vm.expectRevert(bytes("not mine"));
            settler.settleIfWinner(market, id, loser);
            market.settle(id);
            assertEq(market.getProject(id).provider, winner, "the same winner in every block");
            vm.revertToState(snapshot);
        }
        vm.roll(drawBlock + 257); // the hash has aged out: re-armed, nothing settled
        vm.expectEmit(address(market));
        emit IMarketplace.DrawRearmed(id, drawBlock + 258);
        market.settle(id);
        assertEq(uint8(market.getProject(id).status), uint8(IMarketplace.Status.Bidding));
    }

    /// Finding 3: a late reveal cannot re-roll a seed already seen: reveals move the draw block only during
    /// the reveal phase, and the draw uses the block armed after it.
    function test_Finding3_RevealsEndBeforeTheSeedIsArmed() public {
        uint256 id = drawnAuction();
        (uint256 drawBlock, uint256 revealedAt) = market.drawOf(id);
        assertEq(revealedAt, market.getProject(id).commitEnd, "the last reveal's time");
        market.settle(id);
        (uint256 armed,) = market.drawOf(id);
        assertGt(armed, drawBlock, "armed after the reveal phase");
        vm.expectRevert(abi.encodeWithSelector(IMarketplace.MarketWrongPhase.selector, id));
        vm.prank(p3);
        market.revealBid(id, 1, salt(p3)); // anything revealed now is refused
    }

    /// Finding 3: inflating collateral to Pmax and the offer price to 0 inside the settling transaction
    /// changes neither the weights nor the winner (the live score does move).
    function test_Finding3_InflatingInTheSettlingTransactionChangesNothing() public {
        uint256 id = drawnAuction();
        market.settle(id); // arm
        (uint256 drawBlock, uint256 revealedAt) = market.drawOf(id);
        vm.roll(drawBlock + 1);
        uint256 commitEnd = market.getProject(id).commitEnd;
        uint256 w1 = registry.reputationOver(p1, commitEnd, revealedAt);
        uint256 w2 = registry.reputationOver(p2, commitEnd, revealedAt);
        uint256 snapshot = vm.snapshotState();
        market.settle(id);
        address honest = market.getProject(id).provider;
        vm.revertToState(snapshot);
        address attacker = honest == p1 ? p2 : p1;
        (uint256 liveBefore,,,,) = registry.reputation(attacker);
        vm.startPrank(attacker);
        registry.depositCollateral(uint128(900_000 ether)); // to Pmax
        registry.updateOffer(0, capacity(), 4); // offer price 0
        vm.stopPrank();
        (uint256 liveAfter,,,,) = registry.reputation(attacker);
        assertEq(
            liveBefore, 3_666, "(1000 + 0 + 10000) / 3: no bid record yet, so the bid part has no weight"
        );
        assertEq(liveAfter, 6_666, "(10000 + 0 + 10000) / 3: the live score moved");
        assertEq(registry.reputationOver(p1, commitEnd, revealedAt), w1, "the weights did not");
        assertEq(registry.reputationOver(p2, commitEnd, revealedAt), w2);
        market.settle(id);
        assertEq(market.getProject(id).provider, honest, "the same winner");
    }

    // ------------------------------------------------------------------ finding 4: vetoes and sybils

    /// Finding 4: the winner makes itself unqualified just before settlement (withdrawing collateral below
    /// Pmin). It forfeits its 1,000 ANKR bond to the reward pool and the next in line, P2 at 70, wins.
    function test_Finding4_WinnerUnqualifiedBeforeSettle_LosesBond_NextWins() public {
        uint256 id = auction(50, three(p1, p2, p3), prices3(60 ether, 70 ether, 75 ether));
        toSettle(id);
        vm.prank(p1);
        registry.withdrawCollateral(1 ether); // below Pmin: unqualified
        vm.expectEmit(address(market));
        emit IMarketplace.WinnerDefaulted(id, p1, BOND);
        market.settle(id);
        assertEq(market.getProject(id).provider, p2, "the next in line");
        assertEq(market.getProject(id).price, 70 ether);
        assertEq(ankr.balanceOf(address(rewardPool)), BOND, "P1's bond");
        (uint256 free, uint256 locked) = market.bondOf(p1);
        assertEq(free + locked, 0, "P1 lost its bond");
        (free, locked) = market.bondOf(p3);
        assertEq(free, BOND, "P3's bond is free again");
        assertEq(locked, 0);
    }

    /// A settler cannot starve the winner's registry commitment of gas to force a default.
    function test_Finding4_GasStarvedSettle_Reverts() public {
        uint256 id = auction(50, three(p1, p2, p3), prices3(60 ether, 70 ether, 75 ether));
        toSettle(id);
        vm.expectPartialRevert(IMarketplace.MarketGasTooLow.selector);
        market.settle{gas: 100_000}(id);
        market.settle(id);
        assertEq(market.getProject(id).provider, p1);
    }

    /// Finding 4: a sybil seals a bid it withholds (say, to reveal only the best-placed of several): the
    /// withheld bid forfeits its bond and the result is exactly that of an auction without it.
    function test_Finding4_WithheldReveal_ForfeitsAndChangesNothing() public {
        uint256 snapshot = vm.snapshotState();
        uint256 id = auction(50, three(p1, p2, p3), prices3(60 ether, 70 ether, 75 ether));
        settleAuction(id);
        IMarketplace.Project memory without = market.getProject(id);
        vm.revertToState(snapshot);

        id = submit(50);
        commit(id, p4, 50 ether); // the sybil's sealed bid, never revealed
        commit(id, p1, 60 ether);
        commit(id, p2, 70 ether);
        commit(id, p3, 75 ether);
        toReveal(id);
        reveal(id, p1, 60 ether);
        reveal(id, p2, 70 ether);
        reveal(id, p3, 75 ether);
        settleAuction(id);
        IMarketplace.Project memory with = market.getProject(id);
        assertEq(with.provider, without.provider);
        assertEq(with.price, without.price);
        market.forfeitBond(id, p4);
        assertEq(ankr.balanceOf(address(rewardPool)), BOND, "the withheld bid's bond");
        (uint256 free, uint256 locked) = market.bondOf(p4);
        assertEq(free + locked, 0);
    }

    /// Ranked bids keep their bond until settlement; a bid pushed off the ranked ones gets it back at once.
    function test_PushedOffTheRankedBids_RefundedAtOnce() public {
        setParam(IParameters.Key.AuctionShortlist, 2);
        uint256 id = submit(50);
        commit(id, p1, 60 ether);
        commit(id, p2, 70 ether);
        commit(id, p3, 75 ether);
        commit(id, p4, 80 ether);
        toReveal(id);
        reveal(id, p3, 75 ether);
        reveal(id, p2, 70 ether);
        (uint256 free, uint256 locked) = market.bondOf(p3);
        assertEq(locked, BOND, "ranked: locked");
        vm.expectEmit(address(market));
        emit IMarketplace.BidDropped(id, p4);
        reveal(id, p4, 80 ether); // off the ranked bids at once
        (free, locked) = market.bondOf(p4);
        assertEq(free, BOND);
        vm.expectEmit(address(market));
        emit IMarketplace.BidDropped(id, p3);
        reveal(id, p1, 60 ether); // pushes 75 off
        (free, locked) = market.bondOf(p3);
        assertEq(free, BOND, "pushed off: refunded");
        assertEq(locked, 0);
        (, locked) = market.bondOf(p1);
        assertEq(locked, BOND);
        settleAuction(id);
        assertEq(market.getProject(id).provider, p1);
        (free, locked) = market.bondOf(p1);
        assertEq(free, BOND, "released at settlement");
        assertEq(locked, 0);
    }

    /// The order of reveals never changes the result, with a draw among bids in the band.
    function testFuzz_RevealOrder_NeverChangesTheResult(
        uint256 a,
        uint256 b,
        uint256 c,
        uint256 d,
        uint256 perm
    ) public {
        setParam(IParameters.Key.AuctionTieBandBps, 1_000);
        address[4] memory who = [p1, p2, p3, p4];
        uint256[4] memory prices = [
            bound(a, 50 ether, 60 ether),
            bound(b, 50 ether, 60 ether),
            bound(c, 50 ether, 60 ether),
            bound(d, 50 ether, 60 ether)
        ];
        uint256 id = submit(50);
        for (uint256 i = 0; i < 4; i++) {
            commit(id, who[i], prices[i]);
        }
        toReveal(id);
        uint256 snapshot = vm.snapshotState();
        for (uint256 i = 0; i < 4; i++) {
            reveal(id, who[i], prices[i]);
        }
        settleAuction(id);
        IMarketplace.Project memory canonical = market.getProject(id);
        IMarketplace.Bid[] memory ranked = market.rankedBids(id);
        vm.revertToState(snapshot);
        // A permutation of the four from `perm` (Fisher-Yates).
        uint256[4] memory order = [uint256(0), 1, 2, 3];
        for (uint256 i = 3; i > 0; i--) {
            uint256 j = uint256(keccak256(abi.encode(perm, i))) % (i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        for (uint256 i = 0; i < 4; i++) {
            reveal(id, who[order[i]], prices[order[i]]);
        }
        settleAuction(id);
        assertEq(market.getProject(id).provider, canonical.provider);
        assertEq(market.getProject(id).price, canonical.price);
        IMarketplace.Bid[] memory again = market.rankedBids(id);
        assertEq(again.length, ranked.length);
        for (uint256 i = 0; i < ranked.length; i++) {
            assertEq(again[i].bidder, ranked[i].bidder);
            assertEq(again[i].price, ranked[i].price);
        }
    }

    /// The tie band is governance's, 0 to 20 %, id 48, default 0 (only exact ties are drawn).
    function test_TieBand_Parameter() public {
        assertEq(uint256(IParameters.Key.AuctionTieBandBps), 48);
        assertEq(params.keyCount(), 49);
        assertEq(params.get(IParameters.Key.AuctionTieBandBps), 0);
        (uint256 min, uint256 max) = params.bounds(IParameters.Key.AuctionTieBandBps);
        assertEq(min, 0);
        assertEq(max, 2_000);
        vm.expectRevert(
            abi.encodeWithSelector(
                IParameters.ParametersOutOfBounds.selector, IParameters.Key.AuctionTieBandBps, 2_001, 0, 2_000
            )
        );
        setParam(IParameters.Key.AuctionTieBandBps, 2_001);
    }
}
