// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "./interfaces/IParameters.sol";

/// @title Parameters
/// @notice Holds every governance-tunable number of stkr inside bounds fixed at deployment.
contract Parameters is IParameters {
    uint256 private constant KEY_COUNT = uint256(type(Key).max) + 1;
    uint256 private constant BPS = 10_000;
    uint256 private constant MAX_PROVIDER_K = 32 ether;

    struct Bounds {
        uint256 min;
        uint256 max;
    }

    address private _governance;
    mapping(Key key => uint256 value) private _values;
    mapping(Key key => Bounds bounds) private _bounds;
    mapping(address provider => uint256 k) private _providerK;
    mapping(address provider => bool isSet) private _hasProviderK;

    modifier onlyGovernance() {
        if (msg.sender != _governance) revert ParametersNotGovernance(msg.sender);
        _;
    }

    /// @param governance_ The address allowed to change parameters (the deployer until Governance exists).
    constructor(address governance_) {
        if (governance_ == address(0)) revert ParametersZeroAddress();
        _governance = governance_;
        emit GovernanceTransferred(address(0), governance_);

        // Defaults follow the whitepaper where it names a number; the rest are conservative starting points.
        _init(Key.SemiTrustedK, 8 ether, 1 ether, 16 ether);
        _init(Key.UntrustedK, 16 ether, 16 ether, 32 ether);
        _init(Key.PMin, 100_000 ether, 1 ether, 1_000_000_000 ether);
        _init(Key.PMax, 1_000_000 ether, 1 ether, 10_000_000_000 ether);
        _init(Key.MaxBidPrice, 50_000 ether, 1 ether, 1_000_000_000 ether);
        _init(Key.NodeFixedPrice, 32_000 ether, 0, 100_000_000 ether);
        _init(Key.CpuPricePerCoreDay, 10 ether, 0, 1_000_000 ether);
        _init(Key.RamPricePerGbDay, 2 ether, 0, 1_000_000 ether);
        _init(Key.StoragePricePerGbDay, 0.1 ether, 0, 1_000_000 ether);
        _init(Key.BandwidthPricePerMbpsDay, 1 ether, 0, 1_000_000 ether);
        _init(Key.ServiceFeeRewardBps, 1_000, 0, 5_000);
        _init(Key.ProfitRewardBps, 1_000, 0, 5_000);
        _init(Key.ProfitInsuranceBps, 1_000, 0, 5_000);
        _init(Key.SplitGovernorsBps, 3_000, 0, BPS);
        _init(Key.SplitStakersBps, 4_000, 0, BPS);
        _init(Key.SplitSidecarStakersBps, 2_000, 0, BPS);
        _init(Key.SplitDevelopmentBps, 1_000, 0, BPS);
        _init(Key.ReputationWeightStake, 25, 0, 100);
        _init(Key.ReputationWeightBid, 25, 0, 100);
        _init(Key.ReputationWeightRunningTime, 25, 0, 100);
        _init(Key.ReputationWeightUptime, 25, 0, 100);
        _init(Key.ReputationThreshold, 3_000, 0, BPS);
        _init(Key.DisqualificationPeriod, 30 days, 1 hours, 365 days);
        _init(Key.GovernorMinStake, 100_000 ether, 1 ether, 1_000_000_000 ether);
        _init(Key.GovernorSeatsN, 2, 1, 50);
        _init(Key.InitializationPeriod, 30 days, 1 minutes, 365 days);
        _init(Key.GovernorTerm, 90 days, 1 minutes, 730 days);
        _init(Key.VotingPeriod, 3 days, 1 minutes, 30 days);
        _init(Key.QuorumBps, 5_000, 1, BPS);
        _init(Key.MajorityBps, 5_000, 5_000, BPS - 1);
        _init(Key.MissedVotesLimit, 3, 1, 10);
        _init(Key.GovernorSlashAmount, 10_000 ether, 0, 1_000_000_000 ether);
        _init(Key.ReportPeriod, 1 hours, 1 minutes, 7 days);
        _init(Key.AuditK, 3, 1, 16);
        _init(Key.AuctionCommitPeriod, 1 days, 1 minutes, 30 days);
        _init(Key.AuctionRevealPeriod, 1 days, 1 minutes, 30 days);
        _init(Key.BidBond, 1_000 ether, 0, 1_000_000_000 ether);
        _init(Key.AuctionShortlist, 3, 1, 16);
        _init(Key.InsuranceSurplusThreshold, 100 ether, 0, 1_000_000 ether);
        _init(Key.MinPoolStake, 0.1 ether, 1 gwei, 32 ether);
        _init(Key.MaxPoolDuration, 730 days, 1 hours, 3650 days);
        _init(Key.AuctionSecondPrice, 0, 0, 1);
        _init(Key.RewardPeriod, 7 days, 1 minutes, 365 days);
        _init(Key.ExpectedProfitBps, 30_000, 0, 1_000_000);
        _init(Key.TimelockDelay, 2 days, 1 hours, 30 days);
        _init(Key.ProposalExpiry, 14 days, 1 days, 90 days);
        _init(Key.ProposalBond, 1_000 ether, 0, 1_000_000 ether);
        _init(Key.MaxOpenProposals, 3, 1, 20);
        _init(Key.AuctionTieBandBps, 0, 0, 2_000);
    }

    /// @inheritdoc IParameters
    function governance() external view returns (address) {
        return _governance;
    }

    /// @inheritdoc IParameters
    function get(Key key) external view returns (uint256) {
        return _values[key];
    }

    /// @inheritdoc IParameters
    function bounds(Key key) external view returns (uint256 min, uint256 max) {
        Bounds memory b = _bounds[key];
        return (b.min, b.max);
    }

    /// @inheritdoc IParameters
    function getAll() external view returns (uint256[] memory values) {
        values = new uint256[](KEY_COUNT);
        for (uint256 i = 0; i < KEY_COUNT; ++i) {
            values[i] = _values[Key(i)];
        }
    }

    /// @inheritdoc IParameters
    function keyCount() external pure returns (uint256) {
        return KEY_COUNT;
    }

    /// @inheritdoc IParameters
    function set(Key key, uint256 value) external onlyGovernance {
        if (_isSplitKey(key)) revert ParametersUseSetRewardSplit(key);
        _checkBounds(key, value);
        if (key == Key.PMin && value > _values[Key.PMax]) {
            revert ParametersCollateralBoundsInverted(value, _values[Key.PMax]);
        }
        if (key == Key.PMax && value < _values[Key.PMin]) {
            revert ParametersCollateralBoundsInverted(_values[Key.PMin], value);
        }
        if (key == Key.ProfitRewardBps || key == Key.ProfitInsuranceBps) {
            uint256 other =
                key == Key.ProfitRewardBps ? _values[Key.ProfitInsuranceBps] : _values[Key.ProfitRewardBps];
            if (value + other > BPS) revert ParametersCutsExceedWhole(value + other);
        }
        uint256 old = _values[key];
        _values[key] = value;
        emit ParameterChanged(key, old, value);
    }

    /// @inheritdoc IParameters
    function setRewardSplit(
        uint256 governorsBps,
        uint256 stakersBps,
        uint256 sidecarStakersBps,
        uint256 developmentBps
    ) external onlyGovernance {
        uint256 total =
            governorsBps + stakersBps + sidecarStakersBps + developmentBps;
        if (total != BPS) revert ParametersSplitNotWhole(total);
        _values[Key.SplitGovernorsBps] = governorsBps;
        _values[Key.SplitStakersBps] = stakersBps;
        _values[Key.SplitSidecarStakersBps] = sidecarStakersBps;
        _values[Key.SplitDevelopmentBps] = developmentBps;
        emit RewardSplitChanged(governorsBps, stakersBps, sidecarStakersBps, developmentBps);
    }

    /// @inheritdoc IParameters
    function setProviderK(address provider, uint256 k) external onlyGovernance {
        if (provider == address(0)) revert ParametersZeroAddress();
        if (k > MAX_PROVIDER_K) revert ParametersOutOfBounds(Key.SemiTrustedK, k, 0, MAX_PROVIDER_K);
        _providerK[provider] = k;
        _hasProviderK[provider] = true;
        emit ProviderKChanged(provider, k, true);
    }

    /// @inheritdoc IParameters
    function clearProviderK(address provider) external onlyGovernance {
        delete _providerK[provider];
        delete _hasProviderK[provider];
        emit ProviderKChanged(provider, 0, false);
    }

    /// @inheritdoc IParameters
    function kOf(TrustLevel level, address provider) external view returns (uint256) {
        if (level == TrustLevel.Trusted) return 0;
        if (level == TrustLevel.Untrusted) return _values[Key.UntrustedK];
        if (_hasProviderK[provider]) return _providerK[provider];
        return _values[Key.SemiTrustedK];
    }

    /// @inheritdoc IParameters
    function transferGovernance(address newGovernance) external onlyGovernance {
        if (newGovernance == address(0)) revert ParametersZeroAddress();
        address previous = _governance;
        _governance = newGovernance;
        emit GovernanceTransferred(previous, newGovernance);
    }

    function _init(Key key, uint256 value, uint256 min, uint256 max) private {
        _bounds[key] = Bounds(min, max);
        _values[key] = value;
        emit ParameterChanged(key, 0, value);
    }

    function _checkBounds(Key key, uint256 value) private view {
        Bounds memory b = _bounds[key];
        if (value < b.min || value > b.max) revert ParametersOutOfBounds(key, value, b.min, b.max);
    }

    function _isSplitKey(Key key) private pure returns (bool) {
        return key == Key.SplitGovernorsBps || key == Key.SplitStakersBps || key == Key.SplitSidecarStakersBps
            || key == Key.SplitDevelopmentBps;
    }
}
