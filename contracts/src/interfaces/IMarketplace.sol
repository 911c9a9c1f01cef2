// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IProviderRegistry} from "./IProviderRegistry.sol";

/// @title IMarketplace
/// @notice Projects of single requesters (§3.4.4-3.4.7, §3.5, §3.6): quotes, sealed-bid auctions, completion and failure.
interface IMarketplace {
    /// @notice Where a project is in its life.
    enum Status {
        None,
        Bidding,
        Running,
        Completed,
        Failed,
        Unassigned
    }

    /// @notice Resources a project needs (per unit prices in `Parameters`).
    struct Resources {
        uint32 cpuCores;
        uint32 ramGb;
        uint32 storageGb;
        uint32 bandwidthMbps;
    }

    /// @notice A revealed bid.
    struct Bid {
        address bidder;
        uint96 price;
    }

    /// @notice A project. Bidding reads and writes the first two slots only.
    struct Project {
        Status status;
        uint40 commitEnd;
        uint40 revealEnd;
        uint96 fixedPrice;
        /// How many of the lowest bids are ranked (`AuctionShortlist` at submission).
        uint8 shortlistSize;
        /// How many bids the sorted list holds: at most `shortlistSize` + 1 (the ranked bids, then the lowest
        /// bid left off them).
        uint8 ranked;
        /// The lowest revealed bidder, head of the sorted list.
        address lowestBidder;
        /// The bond each bid locks (`BidBond` at submission).
        uint96 bidBond;
        address requester;
        uint40 startedAt;
        uint32 durationDays;
        address provider;
        uint96 price;
        Resources resources;
    }

    /// @notice A qualified provider that meets a project's requirements, as a quote shows it (§3.4.4).
    struct ProviderOffer {
        address provider;
        uint256 price;
        IProviderRegistry.Capacity capacity;
        uint256 reputation;
        uint256 uptimeBps;
        uint256 completedNodes;
        uint256 failures;
    }

    /// @notice How a completed project's money is split.
    struct Payout {
        uint256 provider;
        uint256 rewardPool;
        uint256 insurancePool;
        uint256 requester;
    }

    /// @notice The caller is not the governance address.
    error MarketNotGovernance(address caller);

    /// @notice No such project.
    error MarketUnknownProject(uint256 projectId);

    /// @notice The project is not in the status the action needs.
    error MarketWrongStatus(uint256 projectId, Status status);

    /// @notice The action's phase has not begun or is over.
    error MarketWrongPhase(uint256 projectId);

    /// @notice The duration is zero or the resources are empty.
    error MarketBadRequest();

    /// @notice The bidder is not qualified or its capacity is short.
    error MarketNotEligible(address bidder);

    /// @notice The bidder already committed.
    error MarketAlreadyCommitted(uint256 projectId, address bidder);

    /// @notice The reveal does not match the commitment.
    error MarketBadReveal(uint256 projectId, address bidder);

    /// @notice The bid exceeds the fixed price, its ceiling.
    error MarketBidAboveCeiling(uint256 price, uint256 fixedPrice);

    /// @notice A commitment must not be zero.
    error MarketEmptyCommitment();

    /// @notice The bond balance holds less than asked for.
    error MarketBondTooLow(uint256 free, uint256 wanted);

    /// @notice Only the assigned provider may do this.
    error MarketNotProvider(uint256 projectId, address caller);

    /// @notice The project's duration has not passed.
    error MarketNotFinished(uint256 projectId, uint256 endsAt);

    /// @notice The block whose hash seeds the draw is not yet mined: settle after block `drawBlock`.
    error MarketSeedNotReady(uint256 projectId, uint256 drawBlock);

    /// @notice Settle was sent with too little gas to give a winner's registry commitment its full stipend.
    error MarketGasTooLow(uint256 available, uint256 needed);

    /// @notice A requester submitted a project and paid FP.
    event ProjectSubmitted(
        uint256 indexed projectId,
        address indexed requester,
        Resources resources,
        uint256 durationDays,
        uint256 fixedPrice,
        uint256 commitEnd,
        uint256 revealEnd
    );

    /// @notice A sealed bid.
    event BidCommitted(uint256 indexed projectId, address indexed bidder, bytes32 commitment);

    /// @notice A revealed bid; `shortlisted` is whether it is ranked (its bond stays locked until settlement).
    event BidRevealed(uint256 indexed projectId, address indexed bidder, uint256 price, bool shortlisted);

    /// @notice A revealed bid is not, or no longer, ranked: its bond went back to its bond balance.
    event BidDropped(uint256 indexed projectId, address indexed bidder);

    /// @notice The draw needs the hash of block `drawBlock` (set after the reveal phase, or again once the
    ///         previous one aged out of the last 256 blocks): settle again after it.
    event DrawRearmed(uint256 indexed projectId, uint256 drawBlock);

    /// @notice The chosen winner could not take the project (unqualified, short of capacity or at its node
    ///         limit): its bond went to the reward pool and the next in line was chosen.
    event WinnerDefaulted(uint256 indexed projectId, address indexed bidder, uint256 bond);

    /// @notice The auction was settled.
    event ProjectAssigned(uint256 indexed projectId, address indexed provider, uint256 price, uint256 bid);

    /// @notice No valid bid: the requester got FP back.
    event ProjectUnassigned(uint256 indexed projectId);

    /// @notice ANKR went into a bidder's bond balance.
    event BondDeposited(address indexed bidder, uint256 amount);

    /// @notice ANKR left a bidder's bond balance.
    event BondWithdrawn(address indexed bidder, uint256 amount);

    /// @notice An unrevealed bid's bond went to the reward pool.
    event BondForfeited(uint256 indexed projectId, address indexed bidder, uint256 bond);

    /// @notice The project completed with profit X and its money was split.
    event ProjectCompleted(
        uint256 indexed projectId,
        uint256 profit,
        uint256 toProvider,
        uint256 toRewardPool,
        uint256 toInsurancePool,
        uint256 toRequester
    );

    /// @notice The provider failed to deliver.
    event ProjectFailed(uint256 indexed projectId, uint256 compensation);

    /// @notice Parameters (prices, periods, bond, shortlist, pricing mode) and governance.
    function params() external view returns (IParameters);

    /// @notice Providers; this contract must be one of its protocol contracts.
    function registry() external view returns (IProviderRegistry);

    /// @notice The ANKR token, in which everything here is paid.
    function ankr() external view returns (IERC20);

    /// @notice The reward pool.
    function rewardPool() external view returns (address);

    /// @notice The insurance pool.
    function insurancePool() external view returns (address);

    /// @notice How many projects were submitted; ids run from 1.
    function projectCount() external view returns (uint256);

    /// @notice The fixed price FP in ANKR of `resources` for `durationDays` days, from the unit prices.
    function quote(Resources calldata resources, uint256 durationDays) external view returns (uint256);

    /// @notice A full quote (§3.4.4): the fixed price, the profit X governance expects for it
    ///         (`ExpectedProfitBps` of FP), and how FP + X would split were the price the ceiling.
    function quoteDetails(Resources calldata resources, uint256 durationDays)
        external
        view
        returns (uint256 fixedPrice, uint256 expectedProfit, Payout memory atCeiling);

    /// @notice The qualified providers among registry entries [offset, offset + limit) whose capacity
    ///         meets `resources`, with their price, reputation and record (page through with offsets).
    function eligibleProviders(Resources calldata resources, uint256 offset, uint256 limit)
        external
        view
        returns (ProviderOffer[] memory offers);

    /// @notice How FP and a profit X split when the provider's price is `price` (§3.4.7): the provider
    ///         is paid first, then the two 10 % cuts of X + FP as far as what remains allows, then the
    ///         requester. Never more than X + FP in all.
    function payoutFor(uint256 fixedPrice, uint256 price, uint256 profit)
        external
        view
        returns (Payout memory payout);

    /// @notice Submit a project and pay its fixed price (approve this contract first); the auction opens.
    /// @param resources What the project needs.
    /// @param durationDays How long it runs.
    /// @return projectId The project.
    function submit(Resources calldata resources, uint32 durationDays) external returns (uint256 projectId);

    /// @notice The commitment a bid must match: it binds the project, the bidder, the price and a salt.
    ///         Its top bit is cleared (it marks revealed bids).
    function commitmentOf(uint256 projectId, address bidder, uint256 price, bytes32 salt)
        external
        pure
        returns (bytes32);

    /// @notice Add ANKR to your bond balance (approve first); bids lock their bond from it.
    /// @param amount ANKR to add.
    function depositBond(uint256 amount) external;

    /// @notice Take ANKR out of your bond balance (what no sealed bid holds).
    /// @param amount ANKR to take.
    function withdrawBond(uint256 amount) external;

    /// @notice Commit a sealed bid, locking the project's bid bond from your bond balance; what the balance
    ///         lacks is taken from your ANKR (approve this contract first).
    /// @param projectId The project.
    /// @param commitment `commitmentOf(projectId, you, price, salt)`.
    function commitBid(uint256 projectId, bytes32 commitment) external;

    /// @notice Reveal your bid. The lowest `shortlistSize` bids are ranked and keep their bond locked until
    ///         settlement; any other bid's bond returns to its bond balance (`BidDropped`). Each reveal moves
    ///         the draw block to the next block and ends the weights' window at its time (`drawOf`).
    /// @param projectId The project.
    /// @param price Your price in ANKR (at most FP).
    /// @param salt The salt of your commitment.
    function revealBid(uint256 projectId, uint256 price, bytes32 salt) external;

    /// @notice Send the bond of a bid that was never revealed to the reward pool (anyone may call, after
    ///         the reveal phase).
    /// @param projectId The project.
    /// @param bidder Who committed and did not reveal.
    function forfeitBond(uint256 projectId, address bidder) external;

    /// @notice Settle the auction after the reveal phase (anyone may call). The lowest ranked bid wins;
    ///         bids within `AuctionTieBandBps` of it share a draw weighted by `registry.reputationOver` the
    ///         window from the end of the commit phase to the last reveal, seeded by the hash of a block set
    ///         after the reveal phase: when a draw is needed the first call only arms that block and fixes
    ///         the weights (`DrawRearmed`), as it does again once the hash is older than 256 blocks, and
    ///         settles nothing; nothing done after arming changes the odds.
    ///         A winner that cannot take the project forfeits its bond (`WinnerDefaulted`) and the next in
    ///         line is chosen. The price is the winner's bid, or in second-price mode the larger of its bid
    ///         and the lowest other standing bid (FP if none). The ranked bids' bonds are released; with no
    ///         valid bid, FP goes back to the requester. Reverts `MarketSeedNotReady` until the block after
    ///         the draw block and `MarketGasTooLow` with too little gas to commit a winner.
    /// @param projectId The project.
    function settle(uint256 projectId) external;

    /// @notice Complete your project after its duration, depositing its profit X (approve first); the
    ///         money is split as `payoutFor` shows.
    /// @param projectId The project.
    /// @param profit The profit X in ANKR.
    function complete(uint256 projectId, uint256 profit) external;

    /// @notice The provider failed to deliver (§3.6): the requester gets FP back and up to `loss` ANKR
    ///         from the provider's collateral; the failure goes on its record. Governance only.
    /// @param projectId The project.
    /// @param loss The requester's loss to compensate from collateral.
    function reportFailure(uint256 projectId, uint256 loss) external;

    /// @notice A project.
    function getProject(uint256 projectId) external view returns (Project memory);

    /// @notice The sorted list the auction keeps: the ranked bids, then the lowest bid left off them if any.
    function rankedBids(uint256 projectId) external view returns (Bid[] memory);

    /// @notice The draw of a project: the block whose hash seeds it and the time of the last reveal, which
    ///         ends the window over which the bidders' weights are read.
    function drawOf(uint256 projectId) external view returns (uint256 drawBlock, uint256 revealedAt);

    /// @notice A bidder's sealed commitment (zero once revealed or forfeited).
    function commitmentFor(uint256 projectId, address bidder) external view returns (bytes32);

    /// @notice Whether a bidder revealed, and its price.
    function revealedBid(uint256 projectId, address bidder)
        external
        view
        returns (bool revealed, uint256 price);

    /// @notice A bidder's bond balance: free to bid with or withdraw, and locked in sealed or ranked bids.
    function bondOf(address bidder) external view returns (uint256 free, uint256 locked);
}
