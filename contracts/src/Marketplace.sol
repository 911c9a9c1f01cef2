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
/// 4. Reveal: each bidder reveals price and salt (at most FP). The lowest `AuctionShortlist` bids are
///    ranked (ties: the lower address) and keep their bond locked until settlement; a bid revealed off
///    that list, or pushed off it by a lower one, gets its bond back into its bond balance at once
///    (`BidDropped`). A bond never revealed is forfeited to the reward pool by `forfeitBond`, which
///    anyone may call after the reveal phase: a withheld reveal costs its bond and changes nothing.
/// 5. Settle: the lowest revealed price wins (§3.5). Only bids priced at most the lowest x (10 000 +
///    `AuctionTieBandBps`) / 10 000 share a draw weighted by reputation score + 1. The price is the
///    winner's own bid, or with `AuctionSecondPrice` the larger of its bid and the lowest other standing
///    bid (FP when there is none), never below its own bid. A chosen winner that cannot take the project
///    (unqualified, short of capacity or at its node limit) forfeits its bond to the reward pool
///    (`WinnerDefaulted`) and the next in line is chosen the same way among the remaining ranked bids.
/// 6. Complete: after the duration the provider deposits the profit X; the provider receives its
///    price, the reward pool and the insurance pool (X + FP) x 10 % each (as far as what remains
///    allows), and the requester the rest (§3.4.7).
/// 7. Failure: governance reports a failed delivery; the requester gets FP back plus up to the
///    reported loss from the provider's collateral, and the failure goes on the provider's record.
///
/// @dev Bids live in one word per bidder: the sealed commitment (top bit clear) until the reveal, then
///      the revealed flag, the price and the next bidder of a linked list sorted by (price, bidder) that
///      holds the `AuctionShortlist` + 1 lowest bids: the ranked bids and the lowest bid left off them (a
///      price reference for second-price mode). A reveal so rewrites the bidder's own word and at most one
///      other, and walks at most 17 words.
///
///      Nobody can steer the draw. Its seed is the hash of a block nobody knew when the outcome could still
///      be changed: each reveal moves the draw block past itself, and when a draw is needed the first
///      settlement after the reveal phase arms a draw block after it (a late reveal would otherwise re-roll
///      a seed already seen), re-armed should its hash have aged out of the 256 the EVM keeps. The weights
///      are the registry's `reputationOver` the window from the end of the commit phase to the last reveal,
///      read and stored when the draw is armed, before its seed exists: collateral moved, nodes finished,
///      uptime synced or auctions won once the seed is known change nothing. Whoever settles and whenever,
///      the winner is the same. The weights are scores out of 10 000, so the modulo bias is
///      below 10 001 x 32 / 2**256.
contract Marketplace is IMarketplace, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_SHORTLIST = 16;
    /// @dev The top bit of a bid word: the bid was revealed.
    uint256 private constant REVEALED = 1 << 255;
    uint256 private constant PRICE_SHIFT = 160;
    /// @dev Prices take the 95 bits between the flag and the next bidder.
    uint256 private constant MAX_PRICE = (1 << 95) - 1;
    uint256 private constant ADDRESS_MASK = (1 << 160) - 1;
    /// @dev Gas a winner's `registry.commit` gets; settle refuses to run with less than it needs to forward.
    uint256 private constant COMMIT_GAS = 100_000;
    uint256 private constant COMMIT_GAS_NEEDED = COMMIT_GAS * 64 / 63 + 10_000;

    /// @notice Where an auction's draw stands. One slot, written at submission so reveals rewrite it.
    struct Draw {
        /// The block whose hash seeds the draw.
        uint64 drawBlock;
        /// When the last bid was revealed: the end of the window over which weights are read.
        uint40 revealedAt;
        /// Whether a settlement set the draw block after the reveal phase (only then may a draw use it).
        bool armed;
    }

    /// @notice A provider's bid bonds: free to bid with or withdraw, and locked in sealed bids.
    struct BondAccount {
        uint128 free;
        uint128 locked;
    }

    /// @dev What choosing a winner reads: the ranked bids (then the reference bid, if any), their weights
    ///      (fixed when the draw was armed; only a draw reads them), the tie band and the seed.
    struct Contest {
        Bid[] bids;
        uint256[] weights;
        uint256 count;
        uint256 band;
        bytes32 seed;
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
    mapping(uint256 projectId => Draw draw) private _draws;
    /// @dev Each ranked bid's draw weight (reputation over the window + 1, 16 bits: bid i at bit 16 i), fixed
    ///      when the draw is armed, before its seed exists: nothing done once the seed is known (a node
    ///      finished, an uptime synced, collateral moved) changes the odds.
    mapping(uint256 projectId => uint256 word) private _weights;

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
        p.shortlistSize = SafeCast.toUint8(shortlistSize); // at most 16 (draw weights take 16 bits each of one word)
        p.bidBond = SafeCast.toUint96(params.get(IParameters.Key.BidBond));
        p.requester = msg.sender;
        p.durationDays = durationDays;
        p.resources = resources;
        _draws[projectId] = Draw(SafeCast.toUint64(block.number + 1), commitEnd, false);
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
        // The seed comes from a block after this reveal, the weights from the window up to it.
        Draw storage d = _draws[projectId];
        (d.drawBlock, d.revealedAt) = (SafeCast.toUint64(block.number + 1), uint40(block.timestamp));
        (bool ranked, address pushedOff) = _rank(p, bids, msg.sender, price);
        emit BidRevealed(projectId, msg.sender, price, ranked);
        if (!ranked) _dropBond(projectId, msg.sender, p.bidBond);
        if (pushedOff != address(0)) _dropBond(projectId, pushedOff, p.bidBond);
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
        Draw memory d = _draws[projectId];
        if (block.number <= d.drawBlock) revert MarketSeedNotReady(projectId, d.drawBlock);
        Bid[] memory bids = _ranking(projectId, ranked);
        uint256 count = _min(ranked, p.shortlistSize); // the ranked bids; one after them is a price reference
        uint256 band = params.get(IParameters.Key.AuctionTieBandBps);
        bytes32 seed;
        uint256[] memory weights = new uint256[](count);
        if (_drawNeeded(bids, count, band)) {
            // A seed from a block armed after the reveal phase, which no reveal can move any more, and
            // weights fixed when it was armed.
            bytes32 hash = blockhash(d.drawBlock);
            if (!d.armed || hash == 0) {
                _arm(projectId, bids, count, p.commitEnd, d.revealedAt);
                return;
            }
            seed = keccak256(abi.encode(hash, projectId));
            uint256 word = _weights[projectId];
            for (uint256 i = 0; i < count; ++i) {
                weights[i] = (word >> (16 * i)) & 0xffff;
            }
        }
        Contest memory c = Contest(bids, weights, count, band, seed);
        (uint256 winner, uint256 defaulted) = _choose(projectId, p, c);
        _closeBonds(bids, count, defaulted, p.bidBond);
        if (winner == type(uint256).max) {
            p.status = Status.Unassigned;
            emit ProjectUnassigned(projectId);
            ankr.safeTransfer(p.requester, p.fixedPrice);
        } else {
            _assign(projectId, p, bids, count, winner, defaulted);
        }
        uint256 forfeited = _popCount(defaulted) * p.bidBond;
        if (forfeited > 0) ankr.safeTransfer(rewardPool, forfeited);
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
    function drawOf(uint256 projectId) external view returns (uint256 drawBlock, uint256 revealedAt) {
        Draw storage d = _draws[projectId];
        return (d.drawBlock, d.revealedAt);
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
        return registry.isQualified(bidder) && _fits(bidder, need);
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
    ///      depends only on the bids, never on the reveal order. Returns whether the bid is ranked (among
    ///      the first `shortlistSize`) and the bidder it pushed off the ranked bids, if any.
    function _rank(Project storage p, mapping(address => uint256) storage bids, address bidder, uint256 price)
        private
        returns (bool ranked, address pushedOff)
    {
        uint256 size = p.shortlistSize;
        uint256 length = p.ranked;
        address previous; // zero: the new bid goes first
        uint256 previousWord;
        address next = p.lowestBidder;
        uint256 position;
        while (position < length) {
            uint256 word = bids[next];
            uint256 nextPrice = (word >> PRICE_SHIFT) & MAX_PRICE;
            if (price < nextPrice || (price == nextPrice && bidder < next)) break;
            (previous, previousWord) = (next, word);
            next = _nextBidder(word);
            ++position;
        }
        if (position > size) {
            bids[bidder] = REVEALED | (price << PRICE_SHIFT); // revealed, but neither ranked nor second
            return (false, address(0));
        }
        bids[bidder] = REVEALED | (price << PRICE_SHIFT) | uint160(next);
        if (previous == address(0)) p.lowestBidder = bidder;
        else bids[previous] = (previousWord & ~ADDRESS_MASK) | uint160(bidder);
        if (length <= size) p.ranked = SafeCast.toUint8(length + 1); // at most 33; beyond that the last drops off
        ranked = position < size;
        if (ranked && length >= size) {
            // The bid that was last of the ranked ones moves just off them.
            pushedOff = next;
            for (uint256 i = position + 1; i < size; ++i) {
                pushedOff = _nextBidder(bids[pushedOff]);
            }
        }
    }

    /// @dev Return a bid's bond to its bidder's free balance once it is no longer ranked.
    function _dropBond(uint256 projectId, address bidder, uint96 bond) private {
        emit BidDropped(projectId, bidder);
        if (bond > 0) {
            BondAccount storage b = _bonds[bidder];
            (b.free, b.locked) = (b.free + bond, b.locked - bond);
        }
    }

    /// @dev Set the draw block to the next block, whose hash nobody knows yet.
    function _arm(uint256 projectId, Bid[] memory bids, uint256 count, uint256 from, uint256 to) private {
        uint64 drawBlock = SafeCast.toUint64(block.number + 1);
        Draw storage d = _draws[projectId];
        (d.drawBlock, d.armed) = (drawBlock, true);
        // Each weight is a score of at most 10 000, plus one: 16 bits. At most 16 ranked bids: one word.
        uint256 word;
        for (uint256 i = 0; i < count; ++i) {
            word |= (registry.reputationOver(bids[i].bidder, from, to) + 1) << (16 * i);
        }
        _weights[projectId] = word;
        emit DrawRearmed(projectId, drawBlock);
    }

    /// @dev Give the project to the winner at its price: its bid, or in second-price mode the larger of its
    ///      bid and the lowest other standing bid, ranked or just off the list (with none, the ceiling).
    function _assign(
        uint256 projectId,
        Project storage p,
        Bid[] memory bids,
        uint256 count,
        uint256 winner,
        uint256 defaulted
    ) private {
        uint256 bid = bids[winner].price;
        uint256 price = bid;
        if (params.get(IParameters.Key.AuctionSecondPrice) == 1) {
            uint256 other = bids.length > count ? bids[count].price : p.fixedPrice;
            for (uint256 i = 0; i < count; ++i) {
                if (i != winner && (defaulted >> i) & 1 == 0 && bids[i].price < other) other = bids[i].price;
            }
            if (other > price) price = other;
        }
        address provider = bids[winner].bidder;
        p.status = Status.Running;
        p.provider = provider;
        p.price = SafeCast.toUint96(price); // at most FP
        p.startedAt = uint40(block.timestamp);
        emit ProjectAssigned(projectId, provider, price, bid);
        registry.recordBid(provider, price * BPS / p.fixedPrice);
    }

    /// @dev Whether some two neighbouring ranked bids lie within the tie band of each other: only then can
    ///      a draw decide the winner, even after defaults (a defaulted bid between two others is within the
    ///      band of the lower whenever the higher is).
    function _drawNeeded(Bid[] memory bids, uint256 count, uint256 band) private pure returns (bool) {
        for (uint256 i = 1; i < count; ++i) {
            if (uint256(bids[i].price) * BPS <= uint256(bids[i - 1].price) * (BPS + band)) return true;
        }
        return false;
    }

    /// @dev Choose the winner among the first `count` bids: the lowest standing bid, or a draw among those
    ///      within the band of it; a chosen bidder that cannot take the project defaults and the choice is
    ///      made again without it. Returns the winner's index (all ones if none) and a mask of defaulters.
    function _choose(uint256 projectId, Project storage p, Contest memory c)
        private
        returns (uint256 winner, uint256 defaulted)
    {
        for (uint256 round = 0; round < c.count; ++round) {
            winner = _pick(c, defaulted, round);
            if (winner == type(uint256).max) return (winner, defaulted);
            address bidder = c.bids[winner].bidder;
            uint256 available = gasleft();
            if (available < COMMIT_GAS_NEEDED) revert MarketGasTooLow(available, COMMIT_GAS_NEEDED);
            if (_fits(bidder, p.resources)) {
                try registry.commit{gas: COMMIT_GAS}(bidder) {
                    return (winner, defaulted);
                } catch {}
            }
            defaulted |= uint256(1) << winner;
            emit WinnerDefaulted(projectId, bidder, p.bidBond);
        }
        return (type(uint256).max, defaulted);
    }

    /// @dev The lowest standing bid, or, when others stand within the band of it, one of them drawn with
    ///      probability proportional to reputation score + 1 over the auction's window.
    function _pick(Contest memory c, uint256 defaulted, uint256 round) private view returns (uint256) {
        Bid[] memory bids = c.bids;
        uint256[] memory weights = c.weights;
        uint256 lowest = type(uint256).max;
        uint256 last;
        for (uint256 i = 0; i < c.count; ++i) {
            if ((defaulted >> i) & 1 != 0) continue;
            if (lowest == type(uint256).max) lowest = i;
            else if (uint256(bids[i].price) * BPS > uint256(bids[lowest].price) * (BPS + c.band)) break;
            last = i;
        }
        if (lowest == type(uint256).max || last == lowest) return lowest;
        uint256 total;
        for (uint256 i = lowest; i <= last; ++i) {
            if ((defaulted >> i) & 1 != 0) continue;
            total += weights[i];
        }
        uint256 ticket = uint256(keccak256(abi.encode(c.seed, round))) % total;
        for (uint256 i = lowest; i < last; ++i) {
            if ((defaulted >> i) & 1 != 0) continue;
            if (ticket < weights[i]) return i;
            ticket -= weights[i];
        }
        return last;
    }

    /// @dev Release the ranked bids' bonds: back to the free balance, except the defaulters' (forfeited).
    ///      Every standing ranked bid, the winner's included, gets its bond back.
    function _closeBonds(Bid[] memory bids, uint256 count, uint256 defaulted, uint96 bond) private {
        if (bond == 0) return;
        for (uint256 i = 0; i < count; ++i) {
            BondAccount storage b = _bonds[bids[i].bidder];
            if ((defaulted >> i) & 1 != 0) b.locked -= bond;
            else (b.free, b.locked) = (b.free + bond, b.locked - bond);
        }
    }

    function _fits(address bidder, Resources storage need) private view returns (bool) {
        IProviderRegistry.Capacity memory has = registry.capacityOf(bidder);
        return has.cpuCores >= need.cpuCores && has.ramGb >= need.ramGb && has.storageGb >= need.storageGb
            && has.bandwidthMbps >= need.bandwidthMbps;
    }

    function _popCount(uint256 mask) private pure returns (uint256 n) {
        for (; mask != 0; mask &= mask - 1) {
            ++n;
        }
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

    /// @dev The next bidder of a bid word: its low 160 bits, taken by shifting out the flag and the price
    ///      (a truncation by design, which `SafeCast` would refuse).
    function _nextBidder(uint256 word) private pure returns (address) {
        return address(bytes20(bytes32(word << 96)));
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
