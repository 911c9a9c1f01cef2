// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {IMarketplace} from "./interfaces/IMarketplace.sol";

/// @title Marketplace
/// @notice Projects of single requesters (§3.4.4-3.4.7, §3.5, §3.6).
///
/// A project's life:
/// 1. Quote: `quote` prices the resources and duration from the governance unit prices: the fixed
///    price FP in ANKR; `payoutFor` shows how FP and a profit X would be split.
/// 2. Submit: the requester pays FP (held here) and a sealed-bid auction opens.
/// 3. Commit: qualified providers whose capacity meets the requirements commit
///    keccak256(projectId, bidder, price, salt) and lock the `BidBond` (fixed at submission) from their
///    bond balance here, which the commit tops up from their ANKR when short.
/// 4. Reveal: each bidder reveals price and salt (at most FP) and its bond returns to its bond balance,
///    ready for the next bid or `withdrawBond`; the lowest `AuctionShortlist` bids are kept (ties: the
///    lower address). A bond never revealed is forfeited to the reward pool by `forfeitBond`, which
///    anyone may call after the reveal phase.
/// 5. Settle: among the shortlist the winner is drawn with probability proportional to its reputation
///    score; the price is its own bid, or with `AuctionSecondPrice` the lowest losing bid (FP when
///    there is none). The shortlist depends only on the bids, never on the reveal order.
/// 6. Complete: after the duration the provider deposits the profit X; the provider receives its
///    price, the reward pool and the insurance pool (X + FP) x 10 % each (as far as what remains
///    allows), and the requester the rest (§3.4.7).
/// 7. Failure: governance reports a failed delivery; the requester gets FP back plus up to the
///    reported loss from the provider's collateral, and the failure goes on the provider's record.
///
/// @dev Bids live in one word per bidder: the sealed commitment (top bit clear) until the reveal, then
///      the revealed flag, the price and the next bidder of a linked list sorted by (price, bidder) that
///      holds the `AuctionShortlist` + 1 lowest bids, the shortlist and the lowest bid left off it. A
///      reveal so rewrites the bidder's own word and at most one other, and walks at most 33 words.
///
///      The draw's randomness is the keccak of the project, the sorted shortlist and `block.prevrandao`
///      of the settling block: bidders cannot steer it through their reveal order, but whoever settles
///      chooses the block and so can try a few RANDAO values (one per slot), and the proposer of that
///      block can withhold it. The weights are scores out of 10 000, so the modulo bias is below
///      10 000 x 32 / 2**256.
contract Marketplace is IMarketplace, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_SHORTLIST = 32;
    /// @dev The top bit of a bid word: the bid was revealed.
    uint256 private constant REVEALED = 1 << 255;
    uint256 private constant PRICE_SHIFT = 160;
    /// @dev Prices take the 95 bits between the flag and the next bidder.
    uint256 private constant MAX_PRICE = (1 << 95) - 1;
    uint256 private constant ADDRESS_MASK = (1 << 160) - 1;

    /// @notice A provider's bid bonds: free to bid with or withdraw, and locked in sealed bids.
    struct BondAccount {
        uint128 free;
        uint128 locked;
    }

    IParameters public immutable params;
    IProviderRegistry public immutable registry;
    IERC20 public immutable ankr;
    address public immutable rewardPool;
    address public immutable insurancePool;

    /// @inheritdoc IMarketplace
    uint256 public projectCount;
    mapping(uint256 projectId => Project project) private _projects;
    mapping(uint256 projectId => mapping(address bidder => uint256 word)) private _bids;
    mapping(address bidder => BondAccount account) private _bonds;

    /// @param params_ Parameters (prices, periods, bond, shortlist, pricing mode) and governance.
    /// @param registry_ Providers; this contract must be one of its protocol contracts.
    /// @param ankr_ The ANKR token, in which everything here is paid.
    /// @param rewardPool_ The reward pool.
    /// @param insurancePool_ The insurance pool.
    constructor(
        IParameters params_,
        IProviderRegistry registry_,
        IERC20 ankr_,
        address rewardPool_,
        address insurancePool_
    ) {
        params = params_;
        registry = registry_;
        ankr = ankr_;
        rewardPool = rewardPool_;
        insurancePool = insurancePool_;
    }

    // ---------------------------------------------------------------- requesters

    /// @inheritdoc IMarketplace
    function quote(Resources calldata resources, uint256 durationDays) public view returns (uint256) {
        uint256 perDay = resources.cpuCores * params.get(IParameters.Key.CpuPricePerCoreDay) + resources.ramGb
            * params.get(IParameters.Key.RamPricePerGbDay) + resources.storageGb
            * params.get(IParameters.Key.StoragePricePerGbDay) + resources.bandwidthMbps
            * params.get(IParameters.Key.BandwidthPricePerMbpsDay);
        return perDay * durationDays;
    }

    /// @inheritdoc IMarketplace
    function quoteDetails(Resources calldata resources, uint256 durationDays)
        external
        view
        returns (uint256 fixedPrice, uint256 expectedProfit, Payout memory atCeiling)
    {
        fixedPrice = quote(resources, durationDays);
        expectedProfit = fixedPrice * params.get(IParameters.Key.ExpectedProfitBps) / BPS;
        atCeiling = payoutFor(fixedPrice, fixedPrice, expectedProfit);
    }

    /// @inheritdoc IMarketplace
    function eligibleProviders(Resources calldata resources, uint256 offset, uint256 limit)
        external
        view
        returns (ProviderOffer[] memory offers)
    {
        uint256 count = registry.providerCount();
        uint256 end = offset + limit < count ? offset + limit : count;
        offers = new ProviderOffer[](end > offset ? end - offset : 0);
        uint256 found;
        for (uint256 i = offset; i < end; ++i) {
            address provider = registry.providerAt(i);
            if (!registry.isQualified(provider)) continue;
            IProviderRegistry.Provider memory p = registry.getProvider(provider);
            if (
                p.capacity.cpuCores < resources.cpuCores || p.capacity.ramGb < resources.ramGb
                    || p.capacity.storageGb < resources.storageGb
                    || p.capacity.bandwidthMbps < resources.bandwidthMbps
            ) continue;
            (uint256 score,,,,) = registry.reputation(provider);
            offers[found++] = ProviderOffer(
                provider, p.price, p.capacity, score, p.uptimeBps, p.completedNodes, p.failures
            );
        }
        assembly ("memory-safe") {
            mstore(offers, found) // trim to the providers found
        }
    }

    /// @inheritdoc IMarketplace
    function payoutFor(uint256 fixedPrice, uint256 price, uint256 profit)
        public
        view
        returns (Payout memory payout)
    {
        uint256 total = fixedPrice + profit;
        uint256 left = total - price;
        payout.provider = price;
        payout.rewardPool = _min(total * params.get(IParameters.Key.ProfitRewardBps) / BPS, left);
        left -= payout.rewardPool;
        payout.insurancePool = _min(total * params.get(IParameters.Key.ProfitInsuranceBps) / BPS, left);
        payout.requester = left - payout.insurancePool;
    }

    /// @inheritdoc IMarketplace
    function submit(Resources calldata resources, uint32 durationDays)
        external
        nonReentrant
        returns (uint256 projectId)
    {
        uint256 fixedPrice = quote(resources, durationDays);
        if (durationDays == 0 || fixedPrice == 0 || fixedPrice > MAX_PRICE) revert MarketBadRequest();
        projectId = ++projectCount;
        Project storage p = _projects[projectId];
        uint40 commitEnd =
            SafeCast.toUint40(block.timestamp + params.get(IParameters.Key.AuctionCommitPeriod));
        uint40 revealEnd = SafeCast.toUint40(commitEnd + params.get(IParameters.Key.AuctionRevealPeriod));
        uint256 shortlistSize = _min(params.get(IParameters.Key.AuctionShortlist), MAX_SHORTLIST);
        p.status = Status.Bidding;
        p.commitEnd = commitEnd;
        p.revealEnd = revealEnd;
        p.fixedPrice = SafeCast.toUint96(fixedPrice); // at most MAX_PRICE
        p.shortlistSize = SafeCast.toUint8(shortlistSize); // at most 32
        p.bidBond = SafeCast.toUint96(params.get(IParameters.Key.BidBond));
        p.requester = msg.sender;
        p.durationDays = durationDays;
        p.resources = resources;
        emit ProjectSubmitted(
            projectId, msg.sender, resources, durationDays, fixedPrice, commitEnd, revealEnd
        );
        ankr.safeTransferFrom(msg.sender, address(this), fixedPrice);
    }

    // ---------------------------------------------------------------- providers

    /// @inheritdoc IMarketplace
    function commitmentOf(uint256 projectId, address bidder, uint256 price, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return bytes32(uint256(keccak256(abi.encode(projectId, bidder, price, salt))) & ~REVEALED);
    }

    /// @inheritdoc IMarketplace
    function depositBond(uint256 amount) external nonReentrant {
        BondAccount storage b = _bonds[msg.sender];
        b.free = SafeCast.toUint128(b.free + amount);
        emit BondDeposited(msg.sender, amount);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IMarketplace
    function withdrawBond(uint256 amount) external nonReentrant {
        BondAccount storage b = _bonds[msg.sender];
        uint256 free = b.free;
        if (amount > free) revert MarketBondTooLow(free, amount);
        b.free = SafeCast.toUint128(free - amount); // at most free
        emit BondWithdrawn(msg.sender, amount);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IMarketplace
    function commitBid(uint256 projectId, bytes32 commitment) external nonReentrant {
        Project storage p = _project(projectId);
        if (p.status != Status.Bidding) revert MarketWrongStatus(projectId, p.status);
        if (block.timestamp >= p.commitEnd) revert MarketWrongPhase(projectId);
        if (!_eligible(msg.sender, p.resources)) revert MarketNotEligible(msg.sender);
        uint256 sealedBid = uint256(commitment) & ~REVEALED;
        if (sealedBid == 0) revert MarketEmptyCommitment();
        mapping(address => uint256) storage bids = _bids[projectId];
        if (bids[msg.sender] != 0) revert MarketAlreadyCommitted(projectId, msg.sender);
        bids[msg.sender] = sealedBid;
        uint96 bond = p.bidBond;
        emit BidCommitted(projectId, msg.sender, bytes32(sealedBid));
        if (bond > 0) _lockBond(msg.sender, bond);
    }

    /// @inheritdoc IMarketplace
    function revealBid(uint256 projectId, uint256 price, bytes32 salt) external nonReentrant {
        Project storage p = _project(projectId);
        if (p.status != Status.Bidding) revert MarketWrongStatus(projectId, p.status);
        if (block.timestamp < p.commitEnd || block.timestamp >= p.revealEnd) {
            revert MarketWrongPhase(projectId);
        }
        mapping(address => uint256) storage bids = _bids[projectId];
        // A revealed word has its top bit set, so it never matches a commitment again.
        if (bids[msg.sender] != uint256(commitmentOf(projectId, msg.sender, price, salt))) {
            revert MarketBadReveal(projectId, msg.sender);
        }
        if (price > p.fixedPrice) revert MarketBidAboveCeiling(price, p.fixedPrice);
        bool shortlisted = _rank(p, bids, msg.sender, price);
        uint96 bond = p.bidBond;
        emit BidRevealed(projectId, msg.sender, price, shortlisted);
        if (bond > 0) {
            BondAccount storage b = _bonds[msg.sender];
            (b.free, b.locked) = (b.free + bond, b.locked - bond);
        }
    }

    /// @inheritdoc IMarketplace
    function forfeitBond(uint256 projectId, address bidder) external nonReentrant {
        Project storage p = _project(projectId);
        if (block.timestamp < p.revealEnd) revert MarketWrongPhase(projectId);
        mapping(address => uint256) storage bids = _bids[projectId];
        uint256 word = bids[bidder];
        if (word == 0 || word & REVEALED != 0) revert MarketBadReveal(projectId, bidder);
        delete bids[bidder];
        uint96 bond = p.bidBond;
        emit BondForfeited(projectId, bidder, bond);
        if (bond > 0) {
            _bonds[bidder].locked -= bond;
            ankr.safeTransfer(rewardPool, bond);
        }
    }

    /// @inheritdoc IMarketplace
    function settle(uint256 projectId) external nonReentrant {
        Project storage p = _project(projectId);
        if (p.status != Status.Bidding) revert MarketWrongStatus(projectId, p.status);
        if (block.timestamp < p.revealEnd) revert MarketWrongPhase(projectId);
        uint256 ranked = p.ranked;
        if (ranked == 0) {
            p.status = Status.Unassigned;
            emit ProjectUnassigned(projectId);
            ankr.safeTransfer(p.requester, p.fixedPrice);
            return;
        }
        uint256 size = p.shortlistSize;
        Bid[] memory bids = _ranking(projectId, ranked);
        uint256 shortlisted = _min(ranked, size);
        uint256 winner = _draw(projectId, bids, shortlisted);
        uint256 price = bids[winner].price;
        if (params.get(IParameters.Key.AuctionSecondPrice) == 1) {
            // The lowest losing bid, on or off the shortlist; with a single bid, the ceiling.
            price = ranked > size ? bids[size].price : p.fixedPrice;
            for (uint256 i = 0; i < shortlisted; ++i) {
                if (i != winner && bids[i].price < price) price = bids[i].price;
            }
        }
        // A winner that lost its qualification or its free node since bidding cannot take the project;
        // the requester then gets FP back rather than the project sticking.
        try registry.commit(bids[winner].bidder) {
            p.status = Status.Running;
            p.provider = bids[winner].bidder;
            p.price = SafeCast.toUint96(price); // at most FP
            p.startedAt = uint40(block.timestamp);
            emit ProjectAssigned(projectId, p.provider, price, bids[winner].price);
        } catch {
            p.status = Status.Unassigned;
            emit ProjectUnassigned(projectId);
            ankr.safeTransfer(p.requester, p.fixedPrice);
        }
    }

    /// @inheritdoc IMarketplace
    function complete(uint256 projectId, uint256 profit) external nonReentrant {
        Project storage p = _project(projectId);
        if (p.status != Status.Running) revert MarketWrongStatus(projectId, p.status);
        if (msg.sender != p.provider) revert MarketNotProvider(projectId, msg.sender);
        uint256 endsAt = uint256(p.startedAt) + uint256(p.durationDays) * 1 days;
        if (block.timestamp < endsAt) revert MarketNotFinished(projectId, endsAt);
        Payout memory payout = payoutFor(p.fixedPrice, p.price, profit);
        p.status = Status.Completed;
        emit ProjectCompleted(
            projectId, profit, payout.provider, payout.rewardPool, payout.insurancePool, payout.requester
        );
        registry.release(p.provider);
        registry.recordService(p.provider, uint64(block.timestamp - p.startedAt));
        if (profit > 0) ankr.safeTransferFrom(msg.sender, address(this), profit);
        if (payout.provider > 0) ankr.safeTransfer(p.provider, payout.provider);
        if (payout.rewardPool > 0) ankr.safeTransfer(rewardPool, payout.rewardPool);
        if (payout.insurancePool > 0) ankr.safeTransfer(insurancePool, payout.insurancePool);
        if (payout.requester > 0) ankr.safeTransfer(p.requester, payout.requester);
    }

    /// @inheritdoc IMarketplace
    function reportFailure(uint256 projectId, uint256 loss) external nonReentrant {
        if (msg.sender != params.governance()) revert MarketNotGovernance(msg.sender);
        Project storage p = _project(projectId);
        if (p.status != Status.Running) revert MarketWrongStatus(projectId, p.status);
        p.status = Status.Failed;
        registry.release(p.provider);
        registry.recordFailure(p.provider);
        uint256 compensation = loss > 0 ? registry.slashCollateral(p.provider, loss, p.requester) : 0;
        emit ProjectFailed(projectId, compensation);
        ankr.safeTransfer(p.requester, p.fixedPrice);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IMarketplace
    function getProject(uint256 projectId) external view returns (Project memory) {
        return _projects[projectId];
    }

    /// @inheritdoc IMarketplace
    function shortlist(uint256 projectId) external view returns (Bid[] memory bids) {
        Project storage p = _projects[projectId];
        bids = _ranking(projectId, _min(p.ranked, p.shortlistSize));
    }

    /// @inheritdoc IMarketplace
    function rankedBids(uint256 projectId) external view returns (Bid[] memory) {
        return _ranking(projectId, _projects[projectId].ranked);
    }

    /// @inheritdoc IMarketplace
    function commitmentFor(uint256 projectId, address bidder) external view returns (bytes32) {
        uint256 word = _bids[projectId][bidder];
        return word & REVEALED == 0 ? bytes32(word) : bytes32(0);
    }

    /// @inheritdoc IMarketplace
    function revealedBid(uint256 projectId, address bidder)
        external
        view
        returns (bool revealed, uint256 price)
    {
        uint256 word = _bids[projectId][bidder];
        revealed = word & REVEALED != 0;
        price = revealed ? (word >> PRICE_SHIFT) & MAX_PRICE : 0;
    }

    /// @inheritdoc IMarketplace
    function bondOf(address bidder) external view returns (uint256 free, uint256 locked) {
        BondAccount storage b = _bonds[bidder];
        return (b.free, b.locked);
    }

    // ---------------------------------------------------------------- internals

    function _project(uint256 projectId) private view returns (Project storage p) {
        p = _projects[projectId];
        if (p.status == Status.None) revert MarketUnknownProject(projectId);
    }

    function _eligible(address bidder, Resources storage need) private view returns (bool) {
        if (!registry.isQualified(bidder)) return false;
        IProviderRegistry.Capacity memory has = registry.capacityOf(bidder);
        return has.cpuCores >= need.cpuCores && has.ramGb >= need.ramGb && has.storageGb >= need.storageGb
            && has.bandwidthMbps >= need.bandwidthMbps;
    }

    /// @dev Lock `bond` for a sealed bid, topping the free balance up from the bidder's ANKR when short.
    function _lockBond(address bidder, uint96 bond) private {
        BondAccount storage b = _bonds[bidder];
        uint256 free = b.free;
        uint256 topUp = bond > free ? bond - free : 0;
        (b.free, b.locked) = (SafeCast.toUint128(free + topUp - bond), b.locked + bond); // at most free
        if (topUp > 0) {
            emit BondDeposited(bidder, topUp);
            ankr.safeTransferFrom(bidder, address(this), topUp);
        }
    }

    /// @dev Place a revealed bid in the sorted list of the `shortlistSize` + 1 lowest bids, so the list
    ///      depends only on the bids, never on the reveal order; returns whether it made the shortlist.
    function _rank(Project storage p, mapping(address => uint256) storage bids, address bidder, uint256 price)
        private
        returns (bool shortlisted)
    {
        uint256 size = p.shortlistSize;
        uint256 ranked = p.ranked;
        address previous; // zero: the new bid goes first
        uint256 previousWord;
        address next = p.lowestBidder;
        uint256 position;
        while (position < ranked) {
            uint256 word = bids[next];
            uint256 nextPrice = (word >> PRICE_SHIFT) & MAX_PRICE;
            if (price < nextPrice || (price == nextPrice && bidder < next)) break;
            (previous, previousWord) = (next, word);
            next = _nextBidder(word);
            ++position;
        }
        if (position > size) {
            bids[bidder] = REVEALED | (price << PRICE_SHIFT); // revealed, but neither listed nor second
            return false;
        }
        bids[bidder] = REVEALED | (price << PRICE_SHIFT) | uint160(next);
        if (previous == address(0)) p.lowestBidder = bidder;
        else bids[previous] = (previousWord & ~ADDRESS_MASK) | uint160(bidder);
        if (ranked <= size) p.ranked = SafeCast.toUint8(ranked + 1); // at most 33; beyond that the last drops off
        return position < size;
    }

    /// @dev The first `count` bids of the sorted list.
    function _ranking(uint256 projectId, uint256 count) private view returns (Bid[] memory bids) {
        mapping(address => uint256) storage words = _bids[projectId];
        bids = new Bid[](count);
        address next = _projects[projectId].lowestBidder;
        for (uint256 i = 0; i < count; ++i) {
            uint256 word = words[next];
            bids[i] = Bid(next, SafeCast.toUint96((word >> PRICE_SHIFT) & MAX_PRICE));
            next = _nextBidder(word);
        }
    }

    /// @dev Index of the winner among the first `shortlisted` bids, drawn with probability proportional to
    ///      reputation (each at least 1, so a zero score still has a chance).
    function _draw(uint256 projectId, Bid[] memory bids, uint256 shortlisted) private view returns (uint256) {
        uint256[] memory weights = new uint256[](shortlisted);
        uint256 total;
        bytes memory seedInput = abi.encode(projectId, block.prevrandao);
        for (uint256 i = 0; i < shortlisted; ++i) {
            (uint256 score,,,,) = registry.reputation(bids[i].bidder);
            weights[i] = score + 1;
            total += weights[i];
            seedInput = abi.encode(seedInput, bids[i].bidder, bids[i].price);
        }
        uint256 ticket = uint256(keccak256(seedInput)) % total;
        for (uint256 i = 0; i < shortlisted; ++i) {
            if (ticket < weights[i]) return i;
            ticket -= weights[i];
        }
        return shortlisted - 1;
    }

    /// @dev The next bidder of a bid word: its low 160 bits, taken by shifting out the flag and the price
    ///      (a truncation by design, which `SafeCast` would refuse).
    function _nextBidder(uint256 word) private pure returns (address) {
        return address(bytes20(bytes32(word << 96)));
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
