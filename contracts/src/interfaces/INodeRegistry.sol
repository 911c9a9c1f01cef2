// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IProviderRegistry} from "./IProviderRegistry.sol";
import {IRewardStream} from "./IRewardStream.sol";

/// @notice Whether an election's votes are locked: from its snapshot until it has run (Governance).
interface IElectionLock {
    /// @notice True from the election snapshot until the election has run.
    function electionLocked() external view returns (bool);
}

/// @title INodeRegistry
/// @notice Stkr nodes (§3.4.7, §4): providers' nodes with their sidecars, sidecar reports and audits, uptime, and ANKR staked on sidecars.
interface INodeRegistry is IRewardStream {
    /// @notice Where a node is in its life.
    enum Status {
        None,
        Active,
        Finished
    }

    /// @notice The sidecar's view of its own node, as reported.
    enum Health {
        Unknown,
        Healthy,
        Syncing,
        Unhealthy
    }

    /// @notice How the assigned auditors of a node decided one period: a strict majority of them (2 of 3)
    ///         saying up or down, or neither.
    enum Verdict {
        Undecided,
        Up,
        Down
    }

    /// @notice A Stkr node. Slot 0: identity and life; slot 1: the sidecar, its last report and the node's
    ///         live place in the draw (the position it takes from the next period on); slot 2: audit
    ///         counters, updated when a period's audits of the node are settled (`auditsReceived` counts
    ///         decided periods, `auditsPassed` those decided up), with the block of the latest check, and
    ///         the strikes its sidecar took for disagreeing with a decided majority; slot 3: what was last
    ///         passed on to the provider's uptime, and the ANKR staked on the sidecar.
    struct Node {
        address provider;
        uint40 startTime;
        uint40 finishTime;
        Status status;
        address sidecar;
        uint32 lastReportPeriod;
        uint32 reportsFiled;
        Health health;
        uint24 index;
        uint32 auditsReceived;
        uint32 auditsPassed;
        uint64 lastAuditBlock;
        uint32 strikes;
        uint32 syncedReceived;
        uint32 syncedPassed;
        uint128 sidecarStake;
        IProviderRegistry.Capacity capacity;
        string probeUrl;
    }

    /// @notice The caller is not the governance address.
    error NodeNotGovernance(address caller);

    /// @notice The caller is not the node's provider.
    error NodeNotProvider(uint256 nodeId, address caller);

    /// @notice The caller is not a sidecar of an active node.
    error NodeNotSidecar(address caller);

    /// @notice The sidecar address already serves a node, or is zero.
    error NodeBadSidecar(address sidecar);

    /// @notice The probe URL is empty or longer than 256 bytes.
    error NodeBadProbeUrl(uint256 length);

    /// @notice No such node, or not active.
    error NodeNotActive(uint256 nodeId);

    /// @notice The sidecar already reported this period.
    error NodeAlreadyReported(uint256 nodeId, uint256 period);

    /// @notice A checked block from the future.
    error NodeBadCheckedBlock(uint256 checkedBlock);

    /// @notice The period's draw is not known yet: it was not opened (`openPeriod`, seedBlock 0) or its
    ///         seed block has not been mined yet. Try again once block `seedBlock` + 1 is mined.
    error NodeDrawPending(uint256 period, uint256 seedBlock);

    /// @notice Audits of a period are settled only once it is over.
    error NodePeriodNotOver(uint256 period);

    /// @notice More withdrawn than staked.
    error NodeStakeInsufficient(uint256 staked, uint256 amount);

    /// @notice Zero amount.
    error NodeZeroAmount();

    /// @notice A provider registered a node.
    event NodeRegistered(
        uint256 indexed nodeId,
        address indexed provider,
        address indexed sidecar,
        string probeUrl,
        IProviderRegistry.Capacity capacity
    );

    /// @notice A node finished.
    event NodeFinished(uint256 indexed nodeId, address indexed by, uint256 finishTime);

    /// @notice A period was opened: its seed is the hash of block `seedBlock`, unknown to whoever opened it.
    event PeriodOpened(uint256 indexed period, uint256 seedBlock, uint256 auditK);

    /// @notice A period's seed was read from its seed block and stored.
    event PeriodSeeded(uint256 indexed period, bytes32 seed);

    /// @notice The audits of `nodeId` in `period` were settled: `upVotes` and `downVotes` from its assigned
    ///         auditors that reported; only a decided verdict counts toward its uptime.
    event AuditSettled(
        uint256 indexed period, uint256 indexed nodeId, Verdict verdict, uint256 upVotes, uint256 downVotes
    );

    /// @notice The sidecar of `auditorNodeId` disagreed with the decided verdict on `targetNodeId`.
    event AuditorStruck(uint256 indexed period, uint256 indexed auditorNodeId, uint256 indexed targetNodeId);

    /// @notice A sidecar reported its node's status and its audit results (bit j = target j passed).
    event NodeReported(
        uint256 indexed nodeId, uint256 indexed period, Health health, uint256 checkedBlock, uint256 auditBits
    );

    /// @notice A node's audited uptime was passed on to its provider's reputation.
    event UptimeSynced(uint256 indexed nodeId, address indexed provider, uint256 providerUptimeBps);

    /// @notice A node's sidecar rewards vest when it finishes; it still runs.
    error NodeRewardsNotVested(uint256 nodeId);

    /// @notice The staker's delegated votes count in an election whose snapshot has passed: they stay
    ///         until it has run.
    error NodeVotesLocked(address staker);

    /// @notice Governance's elections were connected, once.
    error NodeElectionsAlreadyConnected();

    /// @notice The contract whose election locks delegated votes was named.
    event ElectionsConnected(address indexed elections);

    /// @notice ANKR was staked on a node's sidecar.
    event SidecarStaked(uint256 indexed nodeId, address indexed staker, uint256 amount, uint256 sidecarStake);

    /// @notice ANKR was withdrawn from a node's sidecar.
    event SidecarUnstaked(
        uint256 indexed nodeId, address indexed staker, uint256 amount, uint256 sidecarStake
    );

    /// @notice A staker delegated its sidecar stake's votes.
    event VotesDelegated(address indexed staker, address indexed from, address indexed to, uint256 votes);

    /// @notice Parameters (report period, audit k) and governance.
    function params() external view returns (IParameters);

    /// @notice The provider registry; this contract must be one of its protocol contracts.
    function registry() external view returns (IProviderRegistry);

    /// @notice The ANKR token staked on sidecars.
    function ankr() external view returns (IERC20);

    /// @notice When period 0 began.
    function genesis() external view returns (uint256);

    /// @notice How many nodes were ever registered; ids run from 1.
    function nodeCount() external view returns (uint256);

    /// @notice Register a Stkr node with its sidecar (one sidecar per node) and its public probe URL. It
    ///         joins the audit draw from the next period (this period's set was frozen when it began).
    /// @param sidecar The address the node's sidecar reports from.
    /// @param probeUrl Where auditors reach the sidecar's signed status endpoint.
    /// @param capacity The node's resources.
    /// @return nodeId The new node.
    function registerNode(
        address sidecar,
        string calldata probeUrl,
        IProviderRegistry.Capacity calldata capacity
    ) external returns (uint256 nodeId);

    /// @notice Finish a node: its provider, or governance. Its sidecar stops reporting now; the node stays in
    ///         this period's draw (audited, and settled with it) and leaves it from the next period.
    /// @param nodeId The node.
    function finishNode(uint256 nodeId) external;

    /// @notice The current period.
    function currentPeriod() external view returns (uint256);

    /// @notice Open the current period's draw if nobody has: its seed will be the hash of the next block,
    ///         which nobody sending this can know. The set of nodes it draws over was frozen when the period
    ///         began. Once the seed block is mined, a call stores the seed; if nobody did within 256 blocks
    ///         (the hash is gone), a call opens the period again. Anyone may call; a no-op otherwise.
    /// @return seedBlock The block whose hash seeds the period.
    function openPeriod() external returns (uint256 seedBlock);

    /// @notice File this period's report from your sidecar: your node's health, the last block it
    ///         checked, and one bit per assigned target in `targetsOf` order (1 = it answered healthy).
    ///         Reverts `NodeDrawPending` until the period's draw is known (see `openPeriod`). The bits
    ///         count only when the period is settled, and only for a node of the period's frozen set.
    /// @param health The node's own health.
    /// @param checkedBlock The block of the latest check behind these results.
    /// @param auditBits Bit j is the result for target j.
    function report(Health health, uint64 checkedBlock, uint256 auditBits) external;

    /// @notice Settle the audits of `nodeIds` in `period`, which must be over: for each node of the period's
    ///         frozen set, a strict majority of its assigned auditors (2 of 3) that reported decides up or
    ///         down, else undecided; a decided verdict counts toward its uptime, and every reporting auditor
    ///         whose bit disagrees with it takes a strike. Anyone may call; nodes already settled or not in
    ///         the period's set are skipped. O(k) per node.
    function settleAudits(uint256 period, uint256[] calldata nodeIds) external;

    /// @notice The audits of `nodeId` in `period`: the verdict and votes if `settled`, else the tally so far
    ///         (Undecided, 0, 0 if the period's draw is not known or the node was not in its set).
    function auditOf(uint256 period, uint256 nodeId)
        external
        view
        returns (Verdict verdict, uint256 upVotes, uint256 downVotes, bool settled);

    /// @notice How many times the sidecar of `nodeId` disagreed with a decided majority.
    function strikesOf(uint256 nodeId) external view returns (uint256);

    /// @notice The node ids the sidecar of `nodeId` audits in `period`, in bit order (recomputable by
    ///         anyone); empty if the node is not in the period's frozen set. Reverts `NodeDrawPending`
    ///         until the period's seed is known.
    function targetsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory);

    /// @notice The node ids whose sidecars audit `nodeId` in `period` (empty, or `NodeDrawPending`, as
    ///         `targetsOf`).
    function auditorsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory);

    /// @notice The seed of `period` once its seed block is mined (zero before, or if it was never opened).
    function seedOf(uint256 period) external view returns (bytes32);

    /// @notice The block whose hash seeds `period` (zero until the period is opened).
    function seedBlockOf(uint256 period) external view returns (uint256);

    /// @notice The nodes of `period`'s frozen set, in draw order: those active when it began. A node
    ///         registered in period p joins from p + 1; a node finished in p stays in p's set.
    function activeNodesAt(uint256 period) external view returns (uint256[] memory);

    /// @notice A node's audited uptime in basis points: settled periods decided up over all decided
    ///         (100 % until one is decided).
    function uptimeOf(uint256 nodeId) external view returns (uint256);

    /// @notice Pass a node's decided audits since the last sync on to its provider's uptime (anyone may call).
    /// @param nodeId The node.
    function syncUptime(uint256 nodeId) external;

    /// @notice Stake ANKR on a node's sidecar (approve this contract first). Its votes go to whomever you
    ///         delegated to.
    /// @param nodeId An active node.
    /// @param amount ANKR in wei.
    function stakeOnSidecar(uint256 nodeId, uint256 amount) external;

    /// @notice Withdraw ANKR staked on a sidecar, at any time except while its votes are locked for an
    ///         election (§3.1: before the node finishes this forfeits the withdrawn part's rewards, which
    ///         could not have been claimed yet).
    /// @param nodeId The node.
    /// @param amount ANKR in wei.
    function unstakeFromSidecar(uint256 nodeId, uint256 amount) external;

    /// @notice Delegate the votes of all your sidecar stake to a governor candidate (zero to withdraw them).
    ///         Votes already delegated cannot move between an election's snapshot and the election.
    /// @param candidate Who receives the votes.
    function delegate(address candidate) external;

    /// @notice Name the contract whose elections lock delegated votes (Governance). Governance only, once.
    function connectElections(IElectionLock elections_) external;

    /// @notice The contract whose elections lock delegated votes (zero until connected).
    function elections() external view returns (IElectionLock);

    /// @notice ETH and ANKR `staker` has earned on the sidecar of `nodeId` (claimable once it finishes).
    function pendingRewards(uint256 nodeId, address staker)
        external
        view
        returns (uint256 eth, uint256 ankrAmount);

    /// @notice Claim your rewards from a finished node's sidecar (§3.1: they vest when the node finishes).
    /// @param nodeId A finished node you staked on.
    function claimRewards(uint256 nodeId) external returns (uint256 eth, uint256 ankrAmount);

    /// @notice A node.
    function getNode(uint256 nodeId) external view returns (Node memory);

    /// @notice The node a sidecar serves (0 if none).
    function nodeOfSidecar(address sidecar) external view returns (uint256);

    /// @notice The active node ids, in the draw order they take from the next period on.
    function activeNodes() external view returns (uint256[] memory);

    /// @notice ANKR `staker` has on the sidecar of `nodeId`.
    function stakeOf(uint256 nodeId, address staker) external view returns (uint256);

    /// @notice All ANKR `staker` has on sidecars.
    function totalStakeOf(address staker) external view returns (uint256);

    /// @notice Whom `staker` delegated to.
    function delegateOf(address staker) external view returns (address);

    /// @notice Votes delegated to `candidate` by sidecar stakers (1 ANKR = 1 vote).
    function delegatedVotes(address candidate) external view returns (uint256);

    /// @notice Votes delegated to `candidate` at the end of second `timepoint` (a past or present time).
    function delegatedVotesAt(address candidate, uint256 timepoint) external view returns (uint256);
}
