// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";

/// @title ProviderRegistry
/// @notice Providers apply with a brand, price and capacity; governance qualifies them at a trust level;
///         they keep ANKR collateral between Pmin and Pmax (Pmin while any pool or node of theirs runs,
///         whatever their number: §3.4.3's "maximal required amount"); the protocol's own contracts record
///         their service, failures and uptime and may slash their collateral; anyone can read their
///         reputation score and disqualify them for a period when it falls below the threshold.
///
///         The score's bid part comes from the prices a provider was paid for the auctions it won (recorded
///         by the marketplace), never from its self-declared offer. Collateral is checkpointed by timestamp,
///         so an auction weighs each bidder by what it held over a window that closed before the draw's seed
///         was known (`reputationOver`): collateral added or withdrawn later changes nothing.
contract ProviderRegistry is IProviderRegistry {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @dev A provider's bid record with the state before its latest change, so that it can be read as of
    ///      a past time. One slot.
    struct BidRecord {
        uint32 wins;
        uint16 averagePriceBps;
        uint48 updatedAt;
        uint32 previousWins;
        uint16 previousAverageBps;
        uint48 previousUpdatedAt;
    }

    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_BRAND_LENGTH = 64;
    uint16 private constant FULL_UPTIME = 10_000;

    IParameters public immutable params;
    IERC20 public immutable ankr;

    mapping(address provider => Provider record) private _providers;
    mapping(address account => bool enabled) private _protocol;
    address[] private _providerList;
    /// @dev Each change of collateral after the first deposit: its time and the collateral held before it + 1.
    mapping(address provider => Checkpoints.Trace208 collateral) private _collateralHistory;
    mapping(address provider => BidRecord record) private _bidRecords;

    modifier onlyGovernance() {
        if (msg.sender != params.governance()) revert ProviderNotGovernance(msg.sender);
        _;
    }

    modifier onlyProtocol() {
        if (!_protocol[msg.sender]) revert ProviderNotProtocol(msg.sender);
        _;
    }

    /// @param params_ The Parameters contract, which also names governance.
    /// @param ankr_ The ANKR token.
    constructor(IParameters params_, IERC20 ankr_) {
        params = params_;
        ankr = ankr_;
    }

    /// @inheritdoc IProviderRegistry
    function register(string calldata brand, uint128 price, Capacity calldata capacity, uint16 maxNodes)
        external
    {
        Provider storage p = _providers[msg.sender];
        if (p.status == Status.Qualified) revert ProviderAlreadyQualified(msg.sender);
        uint256 length = bytes(brand).length;
        if (length == 0 || length > MAX_BRAND_LENGTH) revert ProviderBadBrand(length);
        _checkOffer(price, maxNodes);
        if (p.status == Status.None) {
            _providerList.push(msg.sender);
            p.status = Status.Applied;
            p.trust = IParameters.TrustLevel.Untrusted;
            p.uptimeBps = FULL_UPTIME;
        }
        p.appliedAt = uint64(block.timestamp);
        p.maxNodes = maxNodes;
        p.price = price;
        p.capacity = capacity;
        p.brand = brand;
        emit ProviderApplied(msg.sender, brand, price, capacity, maxNodes);
    }

    /// @inheritdoc IProviderRegistry
    function updateOffer(uint128 price, Capacity calldata capacity, uint16 maxNodes) external {
        Provider storage p = _providers[msg.sender];
        if (p.status == Status.None) revert ProviderUnknown(msg.sender);
        _checkOffer(price, maxNodes);
        p.price = price;
        p.capacity = capacity;
        p.maxNodes = maxNodes;
        emit ProviderApplied(msg.sender, p.brand, price, capacity, maxNodes);
    }

    /// @inheritdoc IProviderRegistry
    function qualify(address provider, IParameters.TrustLevel trust) external onlyGovernance {
        Provider storage p = _providers[provider];
        if (p.status != Status.Applied) revert ProviderWrongStatus(provider, p.status);
        p.status = Status.Qualified;
        p.trust = trust;
        emit ProviderQualified(provider, trust);
    }

    /// @inheritdoc IProviderRegistry
    function setTrustLevel(address provider, IParameters.TrustLevel trust) external onlyGovernance {
        Provider storage p = _providers[provider];
        if (p.status != Status.Qualified) revert ProviderWrongStatus(provider, p.status);
        p.trust = trust;
        emit ProviderTrustLevelChanged(provider, trust);
    }

    /// @inheritdoc IProviderRegistry
    function revokeQualification(address provider) external onlyGovernance {
        Provider storage p = _providers[provider];
        if (p.status != Status.Qualified) revert ProviderWrongStatus(provider, p.status);
        p.status = Status.Applied;
        emit ProviderQualificationRevoked(provider);
    }

    /// @inheritdoc IProviderRegistry
    function disqualify(address provider, uint64 until) external onlyGovernance {
        Provider storage p = _providers[provider];
        if (p.status == Status.None) revert ProviderUnknown(provider);
        p.disqualifiedUntil = until;
        (uint256 score,,,,) = reputation(provider);
        emit ProviderDisqualified(provider, until, score);
    }

    /// @inheritdoc IProviderRegistry
    function disqualifyBelowThreshold(address provider) external {
        Provider storage p = _providers[provider];
        if (p.status != Status.Qualified) revert ProviderWrongStatus(provider, p.status);
        (uint256 score,,,,) = reputation(provider);
        uint256 threshold = params.get(IParameters.Key.ReputationThreshold);
        if (score >= threshold) revert ProviderScoreAboveThreshold(score, threshold);
        uint64 until = uint64(block.timestamp + params.get(IParameters.Key.DisqualificationPeriod));
        p.disqualifiedUntil = until;
        emit ProviderDisqualified(provider, until, score);
    }

    /// @inheritdoc IProviderRegistry
    function depositCollateral(uint128 amount) external {
        if (amount == 0) revert ProviderZero();
        Provider storage p = _providers[msg.sender];
        if (p.status == Status.None) revert ProviderUnknown(msg.sender);
        uint256 collateral = uint256(p.collateral) + amount;
        uint256 pMax = params.get(IParameters.Key.PMax);
        if (collateral > pMax) revert ProviderCollateralAboveMax(collateral, pMax);
        _recordCollateralChange(msg.sender, p.collateral);
        p.collateral = SafeCast.toUint128(collateral); // at most Pmax, whose bound fits in 128 bits
        emit CollateralDeposited(msg.sender, amount, collateral);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IProviderRegistry
    function withdrawCollateral(uint128 amount) external {
        if (amount == 0) revert ProviderZero();
        Provider storage p = _providers[msg.sender];
        if (amount > p.collateral) revert ProviderCollateralInsufficient(p.collateral, amount);
        uint256 remaining = p.collateral - amount;
        uint256 required = requiredCollateral(msg.sender);
        if (remaining < required) revert ProviderCollateralLocked(remaining, required);
        _recordCollateralChange(msg.sender, p.collateral);
        p.collateral = SafeCast.toUint128(remaining); // below the previous uint128 value
        emit CollateralWithdrawn(msg.sender, amount, remaining);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IProviderRegistry
    function setProtocolContract(address account, bool enabled) external onlyGovernance {
        if (account == address(0)) revert ProviderZero();
        _protocol[account] = enabled;
        emit ProtocolContractSet(account, enabled);
    }

    /// @inheritdoc IProviderRegistry
    function commit(address provider) external onlyProtocol {
        if (!isQualified(provider)) revert ProviderNotQualified(provider);
        Provider storage p = _providers[provider];
        if (p.activeCommitments >= p.maxNodes) revert ProviderAtMaxNodes(provider, p.maxNodes);
        p.activeCommitments += 1;
        emit ProviderCommitmentsChanged(provider, p.activeCommitments);
    }

    /// @inheritdoc IProviderRegistry
    function release(address provider) external onlyProtocol {
        Provider storage p = _providers[provider];
        p.activeCommitments -= 1;
        emit ProviderCommitmentsChanged(provider, p.activeCommitments);
    }

    /// @inheritdoc IProviderRegistry
    function commitNode(address provider) external onlyProtocol {
        if (!isQualified(provider)) revert ProviderNotQualified(provider);
        Provider storage p = _providers[provider];
        if (p.activeNodes >= p.maxNodes) revert ProviderAtMaxNodes(provider, p.maxNodes);
        p.activeNodes += 1;
        emit ProviderNodesChanged(provider, p.activeNodes);
    }

    /// @inheritdoc IProviderRegistry
    function releaseNode(address provider) external onlyProtocol {
        Provider storage p = _providers[provider];
        p.activeNodes -= 1;
        emit ProviderNodesChanged(provider, p.activeNodes);
    }

    /// @inheritdoc IProviderRegistry
    function recordFailure(address provider) external onlyProtocol {
        Provider storage p = _providers[provider];
        p.failures += 1;
        emit ProviderFailureRecorded(provider, p.failures);
    }

    /// @inheritdoc IProviderRegistry
    function recordService(address provider, uint64 runningTime) external onlyProtocol {
        Provider storage p = _providers[provider];
        p.totalRunningTime += runningTime;
        p.completedNodes += 1;
        emit ProviderServiceRecorded(provider, runningTime, p.completedNodes);
    }

    /// @inheritdoc IProviderRegistry
    function recordUptime(address provider, uint16 uptimeBps) external onlyProtocol {
        if (uptimeBps > BPS) revert ProviderBadUptime(uptimeBps);
        _providers[provider].uptimeBps = uptimeBps;
        emit ProviderUptimeRecorded(provider, uptimeBps);
    }

    /// @inheritdoc IProviderRegistry
    function recordBid(address provider, uint256 priceBps) external onlyProtocol {
        if (priceBps > BPS) revert ProviderBadBid(priceBps);
        BidRecord storage r = _bidRecords[provider];
        uint256 wins = uint256(r.wins) + 1;
        uint256 average = (uint256(r.averagePriceBps) * r.wins + priceBps) / wins; // at most 10 000
        (r.previousWins, r.previousAverageBps, r.previousUpdatedAt) = (r.wins, r.averagePriceBps, r.updatedAt);
        (r.wins, r.averagePriceBps, r.updatedAt) =
        (SafeCast.toUint32(wins), SafeCast.toUint16(average), uint48(block.timestamp));
        emit ProviderBidRecorded(provider, priceBps, wins, average);
    }

    /// @inheritdoc IProviderRegistry
    function slashCollateral(address provider, uint256 amount, address recipient)
        external
        onlyProtocol
        returns (uint256 slashed)
    {
        if (recipient == address(0)) revert ProviderZero();
        Provider storage p = _providers[provider];
        slashed = amount < p.collateral ? amount : p.collateral;
        if (slashed > 0) _recordCollateralChange(provider, p.collateral);
        p.collateral -= SafeCast.toUint128(slashed); // at most the uint128 collateral
        emit CollateralSlashed(provider, slashed, recipient, p.collateral);
        if (slashed > 0) ankr.safeTransfer(recipient, slashed);
    }

    /// @inheritdoc IProviderRegistry
    function getProvider(address provider) external view returns (Provider memory) {
        return _providers[provider];
    }

    /// @inheritdoc IProviderRegistry
    function capacityOf(address provider) external view returns (Capacity memory) {
        return _providers[provider].capacity;
    }

    /// @inheritdoc IProviderRegistry
    function providerCount() external view returns (uint256) {
        return _providerList.length;
    }

    /// @inheritdoc IProviderRegistry
    function providerAt(uint256 index) external view returns (address) {
        return _providerList[index];
    }

    /// @inheritdoc IProviderRegistry
    function bidRecord(address provider) external view returns (uint256 wins, uint256 averagePriceBps) {
        BidRecord storage r = _bidRecords[provider];
        return (r.wins, r.averagePriceBps);
    }

    /// @inheritdoc IProviderRegistry
    function collateralAt(address provider, uint256 timepoint) public view returns (uint256) {
        if (timepoint >= block.timestamp) revert ProviderFutureLookup(timepoint, block.timestamp);
        // The first change after `timepoint` holds what was held until then; with none, nothing changed since.
        uint256 stored = _collateralHistory[provider].lowerLookup(SafeCast.toUint48(timepoint + 1));
        return stored == 0 ? _providers[provider].collateral : stored - 1;
    }

    /// @inheritdoc IProviderRegistry
    function isQualified(address provider) public view returns (bool) {
        Provider storage p = _providers[provider];
        return p.status == Status.Qualified && block.timestamp >= p.disqualifiedUntil
            && p.collateral >= params.get(IParameters.Key.PMin);
    }

    /// @inheritdoc IProviderRegistry
    function kOf(address provider) external view returns (uint256) {
        return params.kOf(_providers[provider].trust, provider);
    }

    /// @inheritdoc IProviderRegistry
    function requiredCollateral(address provider) public view returns (uint256) {
        Provider storage p = _providers[provider];
        return p.activeCommitments > 0 || p.activeNodes > 0 ? params.get(IParameters.Key.PMin) : 0;
    }

    /// @inheritdoc IProviderRegistry
    /// @dev Parts: stake = collateral / Pmax; bid = 10 000 - the average price of won auctions in basis
    ///      points of their fixed prices, not weighed before the first win (a provider without a record is
    ///      neither helped nor pushed under the threshold by it); running time = the average running time
    ///      of finished nodes / the longest pool duration; uptime = the audited uptime. The weighted mean is
    ///      divided by (1 + failures), so every failure on record lowers the score.
    function reputation(address provider)
        public
        view
        returns (
            uint256 score,
            uint256 stakePart,
            uint256 bidPart,
            uint256 runningTimePart,
            uint256 uptimePart
        )
    {
        Provider storage p = _providers[provider];
        if (p.status == Status.None) return (0, 0, 0, 0, 0);
        BidRecord storage r = _bidRecords[provider];
        return _score(p, p.collateral, r.wins > 0, r.wins > 0 ? BPS - r.averagePriceBps : 0);
    }

    /// @inheritdoc IProviderRegistry
    /// @dev The bid record is read as it stood at `to` from the record and the state before its latest
    ///      change; were both changed after `to`, the bid part counts as 0 with its weight, which can only
    ///      lower the score.
    function reputationOver(address provider, uint256 from, uint256 to)
        external
        view
        returns (uint256 score)
    {
        Provider storage p = _providers[provider];
        if (p.status == Status.None) return 0;
        uint256 atFrom = collateralAt(provider, from);
        uint256 atTo = collateralAt(provider, to);
        BidRecord memory r = _bidRecords[provider];
        uint256 bidPart;
        bool hasRecord = true;
        if (r.updatedAt <= to) {
            hasRecord = r.wins > 0;
            if (hasRecord) bidPart = BPS - r.averagePriceBps;
        } else if (r.previousUpdatedAt <= to) {
            hasRecord = r.previousWins > 0;
            if (hasRecord) bidPart = BPS - r.previousAverageBps;
        }
        (score,,,,) = _score(p, atFrom < atTo ? atFrom : atTo, hasRecord, bidPart);
    }

    /// @dev The score from a collateral and a bid part (weighed only with a bid record), with the provider's
    ///      running time, uptime and failures.
    function _score(Provider storage p, uint256 collateral, bool hasBidRecord, uint256 bidPart)
        private
        view
        returns (
            uint256 score,
            uint256 stakePart,
            uint256 bidPart_,
            uint256 runningTimePart,
            uint256 uptimePart
        )
    {
        stakePart = _ratio(collateral, params.get(IParameters.Key.PMax));
        bidPart_ = bidPart;
        if (p.completedNodes > 0) {
            runningTimePart =
                _ratio(p.totalRunningTime / p.completedNodes, params.get(IParameters.Key.MaxPoolDuration));
        }
        uptimePart = p.uptimeBps;
        uint256 wStake = params.get(IParameters.Key.ReputationWeightStake);
        uint256 wBid = hasBidRecord ? params.get(IParameters.Key.ReputationWeightBid) : 0;
        uint256 wRun = params.get(IParameters.Key.ReputationWeightRunningTime);
        uint256 wUp = params.get(IParameters.Key.ReputationWeightUptime);
        uint256 weights = wStake + wBid + wRun + wUp;
        if (weights == 0) return (0, stakePart, bidPart, runningTimePart, uptimePart);
        score = (stakePart * wStake + bidPart * wBid + runningTimePart * wRun + uptimePart * wUp) / weights;
        score /= 1 + p.failures;
    }

    /// @dev Record a change of collateral: keyed by the block's time, the collateral held before it, plus one
    ///      (so a stored 0 means no record). The first deposit ever is not recorded: bidding needs collateral,
    ///      so no auction window opens before it, and the first deposit costs no new storage. Of several changes
    ///      in one second the first one's value before stands.
    function _recordCollateralChange(address provider, uint256 before) private {
        Checkpoints.Trace208 storage history = _collateralHistory[provider];
        uint256 length = history.length();
        if (length == 0 && before == 0) return;
        uint48 time = uint48(block.timestamp);
        if (length > 0 && history.at(SafeCast.toUint32(length - 1))._key == time) return;
        history.push(time, SafeCast.toUint208(before + 1)); // at most Pmax + 1, within 208 bits
    }

    /// @inheritdoc IProviderRegistry
    function isProtocolContract(address account) external view returns (bool) {
        return _protocol[account];
    }

    function _checkOffer(uint128 price, uint16 maxNodes) private view {
        uint256 maxPrice = params.get(IParameters.Key.MaxBidPrice);
        if (price > maxPrice) revert ProviderPriceTooHigh(price, maxPrice);
        if (maxNodes == 0) revert ProviderNoNodes();
    }

    /// @dev `value / whole` in basis points, capped at 100 %.
    function _ratio(uint256 value, uint256 whole) private pure returns (uint256) {
        if (whole == 0 || value >= whole) return BPS;
        return value * BPS / whole;
    }
}
