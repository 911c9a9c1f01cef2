// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";

/// @title IProviderRegistry
/// @notice Providers of stkr (§3.1.2, §3.4.2–3.4.3, §3.6): their applications, qualification and trust level,
///         ANKR collateral, record of service and failures, and reputation score (§3.1.1).
interface IProviderRegistry {
    /// @notice Where a provider stands.
    enum Status {
        /// Never applied.
        None,
        /// Applied, waiting for governance.
        Applied,
        /// Qualified by governance (may still be disqualified for a period, see `disqualifiedUntil`).
        Qualified
    }

    /// @notice The resources a provider offers.
    struct Capacity {
        uint32 cpuCores;
        uint32 ramGb;
        uint32 storageGb;
        uint32 bandwidthMbps;
    }

    /// @notice A provider's record. Packed into three slots plus the brand name.
    struct Provider {
        Status status;
        IParameters.TrustLevel trust;
        uint16 maxNodes;
        uint32 failures;
        uint32 activeCommitments;
        uint64 appliedAt;
        uint64 disqualifiedUntil;
        uint32 activeNodes;
        uint128 price;
        uint128 collateral;
        Capacity capacity;
        uint64 totalRunningTime;
        uint32 completedNodes;
        uint16 uptimeBps;
        string brand;
    }

    /// @notice The caller is not the governance address.
    error ProviderNotGovernance(address caller);
    /// @notice The caller is not one of the protocol's own contracts.
    error ProviderNotProtocol(address caller);
    /// @notice The brand name is empty or longer than 64 bytes.
    error ProviderBadBrand(uint256 length);
    /// @notice The price exceeds the governance maximum.
    error ProviderPriceTooHigh(uint256 price, uint256 max);
    /// @notice A provider must offer at least one node.
    error ProviderNoNodes();
    /// @notice The provider is already qualified; update the offer instead of applying again.
    error ProviderAlreadyQualified(address provider);
    /// @notice The account never applied.
    error ProviderUnknown(address provider);
    /// @notice The provider is not in the status the action needs.
    error ProviderWrongStatus(address provider, Status status);
    /// @notice The provider is not qualified right now (status, collateral below Pmin, or disqualified).
    error ProviderNotQualified(address provider);
    /// @notice The collateral would exceed Pmax.
    error ProviderCollateralAboveMax(uint256 collateral, uint256 pMax);
    /// @notice The withdrawal would take collateral below what active pools and nodes still need.
    error ProviderCollateralLocked(uint256 remaining, uint256 required);
    /// @notice More collateral withdrawn than deposited.
    error ProviderCollateralInsufficient(uint256 collateral, uint256 amount);
    /// @notice Zero amount or zero address.
    error ProviderZero();
    /// @notice The provider's score is not below the threshold.
    error ProviderScoreAboveThreshold(uint256 score, uint256 threshold);
    /// @notice The provider has no capacity for another pool or node.
    error ProviderAtMaxNodes(address provider, uint256 maxNodes);
    /// @notice An uptime above 100 %.
    error ProviderBadUptime(uint256 uptimeBps);
    /// @notice A won auction's price above its fixed price (more than 10000 bps).
    error ProviderBadBid(uint256 priceBps);
    /// @notice A past value was asked for a time that is not yet over (it could still change).
    error ProviderFutureLookup(uint256 timepoint, uint256 now);

    /// @notice A provider applied or updated its application.
    event ProviderApplied(
        address indexed provider, string brand, uint256 price, Capacity capacity, uint256 maxNodes
    );
    /// @notice Governance qualified a provider at a trust level.
    event ProviderQualified(address indexed provider, IParameters.TrustLevel trust);
    /// @notice Governance changed a provider's trust level.
    event ProviderTrustLevelChanged(address indexed provider, IParameters.TrustLevel trust);
    /// @notice Governance withdrew a provider's qualification.
    event ProviderQualificationRevoked(address indexed provider);
    /// @notice A provider is disqualified until `until`.
    event ProviderDisqualified(address indexed provider, uint256 until, uint256 score);
    /// @notice Collateral was added.
    event CollateralDeposited(address indexed provider, uint256 amount, uint256 collateral);
    /// @notice Collateral was withdrawn.
    event CollateralWithdrawn(address indexed provider, uint256 amount, uint256 collateral);
    /// @notice Collateral was slashed to `recipient`.
    event CollateralSlashed(
        address indexed provider, uint256 amount, address indexed recipient, uint256 collateral
    );
    /// @notice A failure is on the provider's record.
    event ProviderFailureRecorded(address indexed provider, uint256 failures);
    /// @notice A node or pool of the provider finished after `runningTime` seconds.
    event ProviderServiceRecorded(address indexed provider, uint256 runningTime, uint256 completedNodes);
    /// @notice The provider's uptime as measured by sidecar audits.
    event ProviderUptimeRecorded(address indexed provider, uint256 uptimeBps);
    /// @notice The provider won an auction at `priceBps` of its fixed price; its record is now `wins` wins
    ///         at an average of `averagePriceBps`.
    event ProviderBidRecorded(
        address indexed provider, uint256 priceBps, uint256 wins, uint256 averagePriceBps
    );
    /// @notice A pool of the provider started or ended.
    event ProviderCommitmentsChanged(address indexed provider, uint256 activeCommitments);
    /// @notice A node of the provider started or ended.
    event ProviderNodesChanged(address indexed provider, uint256 activeNodes);
    /// @notice Governance enabled or disabled a protocol contract.
    event ProtocolContractSet(address indexed account, bool enabled);

    /// @notice The Parameters contract, which also names governance.
    function params() external view returns (IParameters);

    /// @notice The ANKR token, in which collateral is held.
    function ankr() external view returns (IERC20);

    /// @notice Apply to be a provider (`stkr provider register`), or redo a pending application.
    /// @param brand The brand name (1-64 bytes).
    /// @param price The asking price in ANKR wei, at most `MaxBidPrice` (shown to requesters, not scored).
    /// @param capacity The resources offered.
    /// @param maxNodes How many nodes the provider can run at once.
    function register(string calldata brand, uint128 price, Capacity calldata capacity, uint16 maxNodes)
        external;

    /// @notice Update price, capacity and node count of an application or qualified provider.
    function updateOffer(uint128 price, Capacity calldata capacity, uint16 maxNodes) external;

    /// @notice Qualify an applicant at a trust level. Governance only.
    function qualify(address provider, IParameters.TrustLevel trust) external;

    /// @notice Change a qualified provider's trust level. Governance only.
    function setTrustLevel(address provider, IParameters.TrustLevel trust) external;

    /// @notice Withdraw a provider's qualification (back to applied). Governance only.
    function revokeQualification(address provider) external;

    /// @notice Disqualify a provider until `until`. Governance only.
    function disqualify(address provider, uint64 until) external;

    /// @notice Anyone may disqualify a provider whose reputation score is below the threshold, for the
    ///         disqualification period (§3.6).
    function disqualifyBelowThreshold(address provider) external;

    /// @notice Add ANKR collateral (approve this contract first); the total stays at most Pmax.
    function depositCollateral(uint128 amount) external;

    /// @notice Withdraw collateral down to what active pools and nodes still need (Pmin while any is active).
    function withdrawCollateral(uint128 amount) external;

    /// @notice Enable or disable one of the protocol's own contracts (pools, nodes). Governance only.
    function setProtocolContract(address account, bool enabled) external;

    /// @notice A pool of `provider` starts: checks qualification and that its pools stay within max nodes
    ///         (each pool's validator runs on one node). Protocol only.
    function commit(address provider) external;

    /// @notice A pool of `provider` ended. Protocol only.
    function release(address provider) external;

    /// @notice A Stkr node of `provider` starts: checks qualification and max nodes. Protocol only.
    function commitNode(address provider) external;

    /// @notice A Stkr node of `provider` finished. Protocol only.
    function releaseNode(address provider) external;

    /// @notice Put a failure on the provider's record. Protocol only.
    function recordFailure(address provider) external;

    /// @notice Record a finished node's running time. Protocol only.
    function recordService(address provider, uint64 runningTime) external;

    /// @notice Record the provider's uptime from sidecar audits. Protocol only.
    function recordUptime(address provider, uint16 uptimeBps) external;

    /// @notice Record an auction the provider won, paid `priceBps` basis points of the project's fixed price
    ///         (at most 10000); the score's bid part is 10000 minus the average over its wins. Protocol only.
    function recordBid(address provider, uint256 priceBps) external;

    /// @notice Slash up to `amount` of collateral to `recipient`; returns what was slashed. Protocol only.
    function slashCollateral(address provider, uint256 amount, address recipient)
        external
        returns (uint256 slashed);

    /// @notice A provider's record.
    function getProvider(address provider) external view returns (Provider memory);

    /// @notice The resources a provider offers.
    function capacityOf(address provider) external view returns (Capacity memory);

    /// @notice How many accounts ever applied.
    function providerCount() external view returns (uint256);

    /// @notice The `index`-th account that applied (for paging through providers).
    function providerAt(uint256 index) external view returns (address);

    /// @notice Whether the provider may open pools and bid now.
    function isQualified(address provider) external view returns (bool);

    /// @notice The ETH the provider stakes per 32 ETH validator at its trust level.
    function kOf(address provider) external view returns (uint256);

    /// @notice The collateral the provider must keep while its pools and nodes run (Pmin while any runs).
    function requiredCollateral(address provider) external view returns (uint256);

    /// @notice How many auctions the provider won and the average price it was paid, in basis points of the
    ///         fixed prices (0 before the first win).
    function bidRecord(address provider) external view returns (uint256 wins, uint256 averagePriceBps);

    /// @notice The provider's collateral at the end of second `timepoint`, which must be in the past. Every
    ///         change after the provider's first deposit is on record; before that first deposit it reads as
    ///         the collateral after it (no auction window can open earlier: bidding needs collateral).
    function collateralAt(address provider, uint256 timepoint) external view returns (uint256);

    /// @notice The reputation score (0-10000) as an auction weighs it: the stake part from the smaller of
    ///         the collateral held at `from` and at `to` (both in the past), the bid part from the bid record
    ///         as it stood at `to`, the running time, uptime and failures as they are now.
    function reputationOver(address provider, uint256 from, uint256 to) external view returns (uint256 score);

    /// @notice The reputation score (0-10000) and its four parts, each 0-10000, before the failure penalty.
    ///         The bid part is 10000 minus the average price of won auctions in basis points of their fixed
    ///         prices, not weighed before the first win; the self-declared offer price is not scored.
    function reputation(address provider)
        external
        view
        returns (
            uint256 score,
            uint256 stakePart,
            uint256 bidPart,
            uint256 runningTimePart,
            uint256 uptimePart
        );

    /// @notice Whether `account` is one of the protocol's own contracts.
    function isProtocolContract(address account) external view returns (bool);
}
