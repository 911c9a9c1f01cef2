// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title IParameters
/// @notice Every governance-tunable number of the stkr protocol, each held inside fixed bounds.
/// @dev Bounds are set once at deployment: they are the protocol's constitution, and changing them means
///      deploying a new `Parameters`. Values move only by the governance address, one key at a time,
///      except the reward split, whose four shares must always total 100 % and so change together.
interface IParameters {
    /// @notice The tunable numbers. Amounts of ETH and ANKR are in wei (18 decimals), durations in
    ///         seconds, rates in basis points (1 bps = 0.01 %).
    enum Key {
        /// ETH a semi-trusted provider stakes per validator unless governance sets its own k (§3.1.2).
        SemiTrustedK,
        /// ETH an untrusted provider stakes per validator; at least 16 ETH (§3.1.2).
        UntrustedK,
        /// Minimum ANKR collateral of a qualified provider, Pmin (§3.4.3).
        PMin,
        /// Maximum ANKR collateral of a qualified provider, Pmax (§3.4.3).
        PMax,
        /// Highest price in ANKR a provider may ask or bid (§3.1.2).
        MaxBidPrice,
        /// Fixed price FP in ANKR for one 32 ETH validator node; a micro-investor pays stake/32 x FP (§3.4.7).
        NodeFixedPrice,
        /// ANKR per CPU core per day, for quotes (§3.4.4).
        CpuPricePerCoreDay,
        /// ANKR per GB of RAM per day.
        RamPricePerGbDay,
        /// ANKR per GB of storage per day.
        StoragePricePerGbDay,
        /// ANKR per Mbit/s of bandwidth per day.
        BandwidthPricePerMbpsDay,
        /// Share of every processing fee that goes to the reward pool (§3.4.6, 10 %).
        ServiceFeeRewardBps,
        /// Share of a completed project's profit or a pool's rewards that goes to the reward pool (10 %).
        ProfitRewardBps,
        /// Share of a completed project's profit or a pool's rewards that goes to the insurance pool (10 %).
        ProfitInsuranceBps,
        /// Reward pool share for governors (§3.4.6, 30 %); changed only with `setRewardSplit`.
        SplitGovernorsBps,
        /// Reward pool share for ETH stakers: providers and requesters (40 %).
        SplitStakersBps,
        /// Reward pool share for ANKR stakers on sidecars (20 %).
        SplitSidecarStakersBps,
        /// Reward pool share for development and marketing (10 %).
        SplitDevelopmentBps,
        /// Weight of the staked collateral in the reputation score (§3.1.1).
        ReputationWeightStake,
        /// Weight of the bid record (the average price of won auctions, lower is better) in the reputation score.
        ReputationWeightBid,
        /// Weight of the average running time of the provider's nodes in the reputation score.
        ReputationWeightRunningTime,
        /// Weight of the average uptime percentage in the reputation score.
        ReputationWeightUptime,
        /// Reputation score (0-10000) below which a provider is disqualified (§3.6).
        ReputationThreshold,
        /// How long a disqualification lasts.
        DisqualificationPeriod,
        /// Minimum ANKR a governor or candidate keeps staked (§3.1).
        GovernorMinStake,
        /// n in the 2n+1 governors.
        GovernorSeatsN,
        /// Length of the initialization phase before elections open.
        InitializationPeriod,
        /// Length of a governor term in the automated phase.
        GovernorTerm,
        /// How long a proposal stays open for votes.
        VotingPeriod,
        /// Share of governors that must vote for a proposal to count.
        QuorumBps,
        /// Share of the votes cast that must be yes for a proposal to pass (strictly more than this).
        MajorityBps,
        /// Consecutive missed votes after which a governor is slashed and removed (3).
        MissedVotesLimit,
        /// ANKR slashed from a governor who misses too many votes.
        GovernorSlashAmount,
        /// Length of one sidecar reporting and audit period.
        ReportPeriod,
        /// Audit k: each node is audited by k sidecars and each sidecar audits k nodes (§4).
        AuditK,
        /// Length of the sealed-bid commit phase of an auction.
        AuctionCommitPeriod,
        /// Length of the reveal phase of an auction.
        AuctionRevealPeriod,
        /// ANKR bond a bidder locks with a sealed bid; forfeited when the bid is not revealed.
        BidBond,
        /// How many of the lowest bids are ranked: they keep their bond locked until settlement and stand in
        /// line for the project, lowest first, should a bid before them default (§3.4.5).
        AuctionShortlist,
        /// ETH balance of the insurance pool above which governance may move the surplus (§3.4.6).
        InsuranceSurplusThreshold,
        /// Smallest ETH stake a micro-investor may add to a pool.
        MinPoolStake,
        /// Longest staking period a provider may give a micro-pool.
        MaxPoolDuration,
        /// Auction pricing: 0 = the winner's own bid (§3.5), 1 = the lowest losing bid (Vickrey).
        AuctionSecondPrice,
        /// How often the reward pool distributes (§3.4.6 "periodically").
        RewardPeriod,
        /// The profit X a quote expects, in basis points of FP (§3.4.4; §3.5 has X = 3 x FP).
        ExpectedProfitBps,
        /// How long a passed proposal waits after its vote before it may run, so anyone can react.
        TimelockDelay,
        /// How long a passed proposal may still run once its timelock is over; after that it expires.
        ProposalExpiry,
        /// ANKR a governor locks with a proposal: returned once the proposal reaches quorum, otherwise
        /// forfeited to the insurance pool.
        ProposalBond,
        /// Most proposals one governor may have open (not yet finalized) at once.
        MaxOpenProposals,
        /// The auction's tie band: bids priced at most the lowest x (10000 + this) / 10000 share a draw
        /// weighted by reputation; 0 = only exact ties are drawn, otherwise the lowest bid wins (§3.5).
        AuctionTieBandBps
    }

    /// @notice The trust level governance gives a qualified provider (§3.1.2).
    enum TrustLevel {
        /// k = `UntrustedK` (at least 16 ETH).
        Untrusted,
        /// k = the provider's own k if governance set one, else `SemiTrustedK`.
        SemiTrusted,
        /// k = 0: requesters stake the full 32 ETH and the insurance pool covers losses.
        Trusted
    }

    /// @notice The caller is not the governance address.
    error ParametersNotGovernance(address caller);
    /// @notice The value lies outside the key's bounds.
    error ParametersOutOfBounds(Key key, uint256 value, uint256 min, uint256 max);
    /// @notice A reward split share was set alone; the four shares change together.
    error ParametersUseSetRewardSplit(Key key);
    /// @notice The four reward split shares do not total 10000 bps.
    error ParametersSplitNotWhole(uint256 total);
    /// @notice Pmin would exceed Pmax.
    error ParametersCollateralBoundsInverted(uint256 pMin, uint256 pMax);
    /// @notice The reward and insurance cuts together would exceed 100 %.
    error ParametersCutsExceedWhole(uint256 totalBps);
    /// @notice The zero address was given where an account is required.
    error ParametersZeroAddress();

    /// @notice A parameter changed.
    event ParameterChanged(Key indexed key, uint256 oldValue, uint256 newValue);
    /// @notice The reward pool split changed.
    event RewardSplitChanged(
        uint256 governorsBps, uint256 stakersBps, uint256 sidecarStakersBps, uint256 developmentBps
    );
    /// @notice Governance set (or, with `isSet` false, cleared) a provider's own k.
    event ProviderKChanged(address indexed provider, uint256 k, bool isSet);
    /// @notice The governance address changed.
    event GovernanceTransferred(address indexed previousGovernance, address indexed newGovernance);

    /// @notice The address allowed to change parameters.
    function governance() external view returns (address);

    /// @notice The current value of `key`.
    function get(Key key) external view returns (uint256);

    /// @notice The inclusive bounds of `key`.
    function bounds(Key key) external view returns (uint256 min, uint256 max);

    /// @notice Every value, indexed by `Key`, for dashboards that read them all in one call.
    function getAll() external view returns (uint256[] memory values);

    /// @notice The number of keys.
    function keyCount() external pure returns (uint256);

    /// @notice Set `key` to `value` within its bounds. Governance only.
    function set(Key key, uint256 value) external;

    /// @notice Set the four reward pool shares, which must total 10000 bps. Governance only.
    function setRewardSplit(
        uint256 governorsBps,
        uint256 stakersBps,
        uint256 sidecarStakersBps,
        uint256 developmentBps
    ) external;

    /// @notice Give a semi-trusted `provider` its own k in wei, between 0 and 32 ETH. Governance only.
    function setProviderK(address provider, uint256 k) external;

    /// @notice Remove a provider's own k so the default for its trust level applies. Governance only.
    function clearProviderK(address provider) external;

    /// @notice The ETH a provider at `level` must stake per 32 ETH validator.
    function kOf(TrustLevel level, address provider) external view returns (uint256);

    /// @notice Hand parameter control to `newGovernance` (the Governance contract). Governance only.
    function transferGovernance(address newGovernance) external;
}
