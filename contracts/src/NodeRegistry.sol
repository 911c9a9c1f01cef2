// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {RewardStream} from "./RewardStream.sol";
import {INodeRegistry, IElectionLock} from "./interfaces/INodeRegistry.sol";

/// @title NodeRegistry
/// @notice Stkr nodes (§3.2, §4): each registered by a qualified provider within its max nodes, with one
///         sidecar address and a public probe URL. Every period each sidecar files one report carrying its
///         own node's status and the results of its audits; every active node is audited by k sidecars and
///         every sidecar audits k nodes, drawn afresh each period. Audit results make each node's uptime,
///         which feeds its provider's reputation. ANKR holders stake on sidecars, delegate those votes, and
///         share the reward pool's 20 % by stake, streamed over each reward period. Each stake on a node
///         earns on its own while the node runs and vests when it finishes (`claimRewards(nodeId)`); a
///         finished node's stakes earn no more. Withdrawing from a node that has not finished forfeits the
///         rewards of the part withdrawn (§3.1), which could not have been claimed yet. Delegated votes are checkpointed by time, so an election reads them at
///         its snapshot, and they cannot be withdrawn or moved from the snapshot until it has run.
///
/// @dev The draw. Active nodes sit in an array. For period p with seed s_p, the k offsets o_1..o_k are
///      distinct numbers in [1, N-1] hashed from s_p; the sidecar of the node at position i audits the
///      nodes at positions (i + o_j) mod N, so the node at position i is audited by positions
///      (i - o_j) mod N: exactly k auditors each, k targets each, never itself (o_j != 0 mod N). When
///      N <= k every other node is audited (k' = N - 1). Verifiable: s_p is stored on chain, and
///      `targetsOf` / `auditorsOf` recompute the draw from it. Every sidecar must know its targets, in
///      order, before it reports, so the draw of a period is fixed one period ahead: the first report of
///      period p draws s_(p+1) from s_p and `block.prevrandao`; a period that follows one without reports
///      takes s_p = keccak(last seed, p). Bias limits: the proposer of that first report's block can only
///      choose between publishing (one RANDAO value) and withholding (a missed slot), one bit of
///      influence on the next period; nodes that register or finish mid-period move positions and so
///      shift the draw for the rest of that period; the offsets are uniform up to a modulo bias below
///      N / 2**256.
contract NodeRegistry is INodeRegistry, RewardStream {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    uint16 private constant BPS = 10_000;
    uint256 private constant MAX_URL_LENGTH = 256;

    IParameters public immutable params;
    IProviderRegistry public immutable registry;
    IERC20 public immutable ankr;
    /// @inheritdoc INodeRegistry
    uint256 public immutable genesis;

    /// @inheritdoc INodeRegistry
    uint256 public nodeCount;
    mapping(uint256 nodeId => Node node) private _nodes;
    mapping(address sidecar => uint256 nodeId) private _nodeOfSidecar;
    uint256[] private _active;
    mapping(uint256 period => bytes32 seed) private _seeds;
    bytes32 private _lastSeed;
    mapping(address provider => uint64[2] counts) private _providerAudits;
    mapping(uint256 nodeId => mapping(address staker => uint256 amount)) private _stakes;
    mapping(address staker => uint256 amount) private _stakerTotal;
    mapping(address staker => address candidate) private _delegateOf;
    mapping(address candidate => Checkpoints.Trace208 votes) private _delegatedVotes;
    /// @dev Reward units of all stakes on a node, taken out of the stream when it finishes.
    mapping(uint256 nodeId => uint256 units) private _nodeUnits;
    /// @dev Where a finished node's stakes stopped earning.
    mapping(uint256 nodeId => PerShare perShare) private _finishedAt;
    /// @inheritdoc INodeRegistry
    IElectionLock public elections;

    /// @param params_ Parameters (report period, audit k) and governance.
    /// @param registry_ The provider registry; this contract must be one of its protocol contracts.
    /// @param ankr_ The ANKR token staked on sidecars.
    /// @param rewardPool_ The reward pool that pays sidecar stakers.
    constructor(IParameters params_, IProviderRegistry registry_, IERC20 ankr_, address rewardPool_)
        RewardStream(rewardPool_, ankr_)
    {
        params = params_;
        registry = registry_;
        ankr = ankr_;
        genesis = block.timestamp;
        _lastSeed = keccak256(abi.encode(block.chainid, address(this)));
    }

    // ---------------------------------------------------------------- nodes

    /// @inheritdoc INodeRegistry
    function registerNode(
        address sidecar,
        string calldata probeUrl,
        IProviderRegistry.Capacity calldata capacity
    ) external returns (uint256 nodeId) {
        if (sidecar == address(0) || _nodeOfSidecar[sidecar] != 0) revert NodeBadSidecar(sidecar);
        uint256 length = bytes(probeUrl).length;
        if (length == 0 || length > MAX_URL_LENGTH) revert NodeBadProbeUrl(length);
        registry.commitNode(msg.sender);
        nodeId = ++nodeCount;
        Node storage n = _nodes[nodeId];
        n.provider = msg.sender;
        n.startTime = uint40(block.timestamp);
        n.status = Status.Active;
        n.sidecar = sidecar;
        n.lastReportPeriod = type(uint32).max;
        n.index = SafeCast.toUint24(_active.length);
        n.capacity = capacity;
        n.probeUrl = probeUrl;
        _active.push(nodeId);
        _nodeOfSidecar[sidecar] = nodeId;
        emit NodeRegistered(nodeId, msg.sender, sidecar, probeUrl, capacity);
    }

    /// @inheritdoc INodeRegistry
    function finishNode(uint256 nodeId) external {
        Node storage n = _activeNode(nodeId);
        if (msg.sender != n.provider && msg.sender != params.governance()) {
            revert NodeNotProvider(nodeId, msg.sender);
        }
        n.status = Status.Finished;
        n.finishTime = uint40(block.timestamp);
        // Swap-remove from the active list.
        uint256 last = _active[_active.length - 1];
        _active[n.index] = last;
        _nodes[last].index = n.index;
        _active.pop();
        delete _nodeOfSidecar[n.sidecar];
        // Its stakes stop earning now: they vest, and no longer dilute the stakes on running nodes.
        _finishedAt[nodeId] = _retireUnits(_nodeUnits[nodeId]);
        delete _nodeUnits[nodeId];
        emit NodeFinished(nodeId, msg.sender, block.timestamp);
        registry.releaseNode(n.provider);
        registry.recordService(n.provider, uint64(block.timestamp - n.startTime));
    }

    // ---------------------------------------------------------------- reports and audits

    /// @inheritdoc INodeRegistry
    function currentPeriod() public view returns (uint256) {
        return (block.timestamp - genesis) / params.get(IParameters.Key.ReportPeriod);
    }

    /// @inheritdoc INodeRegistry
    function report(Health health, uint64 checkedBlock, uint256 auditBits) external {
        uint256 nodeId = _nodeOfSidecar[msg.sender];
        if (nodeId == 0) revert NodeNotSidecar(msg.sender);
        Node storage n = _nodes[nodeId];
        uint256 period = currentPeriod();
        if (n.lastReportPeriod == period) revert NodeAlreadyReported(nodeId, period);
        if (checkedBlock > block.number) revert NodeBadCheckedBlock(checkedBlock);
        bytes32 seed = _seedFor(period);
        n.lastReportPeriod = SafeCast.toUint32(period);
        n.health = health;
        n.reportsFiled += 1;
        emit NodeReported(nodeId, period, health, checkedBlock, auditBits);

        uint256 count = _active.length;
        uint256 k = _auditK(count);
        uint256[] memory offsets = _offsets(seed, count, k);
        uint256 position = n.index;
        for (uint256 j = 0; j < k; ++j) {
            Node storage target = _nodes[_active[(position + offsets[j]) % count]];
            target.auditsReceived += 1;
            if ((auditBits >> j) & 1 == 1) target.auditsPassed += 1;
            target.lastAuditBlock = checkedBlock;
        }
    }

    /// @inheritdoc INodeRegistry
    function targetsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory) {
        return _neighbours(nodeId, period, true);
    }

    /// @inheritdoc INodeRegistry
    function auditorsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory) {
        return _neighbours(nodeId, period, false);
    }

    /// @dev The draw seen from `nodeId`: positions ahead by each offset (its targets) or behind (its auditors).
    function _neighbours(uint256 nodeId, uint256 period, bool ahead)
        private
        view
        returns (uint256[] memory ids)
    {
        Node storage n = _activeNode(nodeId);
        uint256 count = _active.length;
        uint256 k = _auditK(count);
        uint256[] memory offsets = _offsets(_seedView(period), count, k);
        ids = new uint256[](k);
        for (uint256 j = 0; j < k; ++j) {
            uint256 position = ahead ? n.index + offsets[j] : n.index + count - offsets[j];
            ids[j] = _active[position % count];
        }
    }

    /// @inheritdoc INodeRegistry
    function seedOf(uint256 period) external view returns (bytes32) {
        return _seeds[period];
    }

    /// @inheritdoc INodeRegistry
    function uptimeOf(uint256 nodeId) public view returns (uint256) {
        Node storage n = _nodes[nodeId];
        return n.auditsReceived == 0 ? BPS : uint256(n.auditsPassed) * BPS / n.auditsReceived;
    }

    /// @inheritdoc INodeRegistry
    function syncUptime(uint256 nodeId) external {
        Node storage n = _nodes[nodeId];
        if (n.status == Status.None) revert NodeNotActive(nodeId);
        uint64[2] storage totals = _providerAudits[n.provider];
        totals[0] += n.auditsReceived - n.syncedReceived;
        totals[1] += n.auditsPassed - n.syncedPassed;
        n.syncedReceived = n.auditsReceived;
        n.syncedPassed = n.auditsPassed;
        uint16 uptime = totals[0] == 0 ? BPS : SafeCast.toUint16(uint256(totals[1]) * BPS / totals[0]); // <= 10000
        emit UptimeSynced(nodeId, n.provider, uptime);
        registry.recordUptime(n.provider, uptime);
    }

    // ---------------------------------------------------------------- ANKR staking on sidecars

    /// @inheritdoc INodeRegistry
    function stakeOnSidecar(uint256 nodeId, uint256 amount) external {
        if (amount == 0) revert NodeZeroAmount();
        Node storage n = _activeNode(nodeId);
        uint256 onNode = _stakes[nodeId][msg.sender] + amount;
        _stakes[nodeId][msg.sender] = onNode;
        _stakerTotal[msg.sender] += amount;
        (uint256 before, uint256 after_) = _updateShares(_positionOf(nodeId, msg.sender), onNode);
        _trackUnits(nodeId, before, after_);
        n.sidecarStake += SafeCast.toUint128(amount);
        _moveVotes(_delegateOf[msg.sender], amount, true);
        emit SidecarStaked(nodeId, msg.sender, amount, n.sidecarStake);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc INodeRegistry
    function unstakeFromSidecar(uint256 nodeId, uint256 amount) external {
        uint256 staked = _stakes[nodeId][msg.sender];
        if (amount == 0 || amount > staked) revert NodeStakeInsufficient(staked, amount);
        address candidate = _delegateOf[msg.sender];
        _requireVotesFree(candidate, msg.sender);
        Node storage n = _nodes[nodeId];
        bytes32 position = _positionOf(nodeId, msg.sender);
        _stakes[nodeId][msg.sender] = staked - amount;
        _stakerTotal[msg.sender] -= amount;
        if (n.status == Status.Active) {
            // Leaving a node that still runs forfeits the rewards of the part withdrawn (§3.1); none of
            // them could have been claimed, since they vest only when the node finishes.
            _forfeitRewards(position, msg.sender, amount, staked);
            (uint256 before, uint256 after_) = _updateShares(position, staked - amount);
            _trackUnits(nodeId, before, after_);
        } else {
            _updateRetiredShares(position, staked - amount, _finishedAt[nodeId]);
        }
        n.sidecarStake -= SafeCast.toUint128(amount);
        _moveVotes(candidate, amount, false);
        emit SidecarUnstaked(nodeId, msg.sender, amount, n.sidecarStake);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc INodeRegistry
    function delegate(address candidate) external {
        address previous = _delegateOf[msg.sender];
        _requireVotesFree(previous, msg.sender);
        uint256 votes = _stakerTotal[msg.sender];
        _moveVotes(previous, votes, false);
        _moveVotes(candidate, votes, true);
        _delegateOf[msg.sender] = candidate;
        emit VotesDelegated(msg.sender, previous, candidate, votes);
    }

    /// @inheritdoc INodeRegistry
    function connectElections(IElectionLock elections_) external {
        if (msg.sender != params.governance()) revert NodeNotGovernance(msg.sender);
        if (address(elections) != address(0)) revert NodeElectionsAlreadyConnected();
        elections = elections_;
        emit ElectionsConnected(address(elections_));
    }

    /// @inheritdoc INodeRegistry
    function pendingRewards(uint256 nodeId, address staker)
        external
        view
        returns (uint256 eth, uint256 ankrAmount)
    {
        bytes32 position = _positionOf(nodeId, staker);
        if (_nodes[nodeId].status == Status.Finished) return _pendingAt(position, _finishedAt[nodeId]);
        return _pending(position);
    }

    /// @inheritdoc INodeRegistry
    function claimRewards(uint256 nodeId) external returns (uint256 eth, uint256 ankrAmount) {
        if (_nodes[nodeId].status != Status.Finished) revert NodeRewardsNotVested(nodeId);
        return _claimAt(_positionOf(nodeId, msg.sender), msg.sender, _finishedAt[nodeId]);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc INodeRegistry
    function getNode(uint256 nodeId) external view returns (Node memory) {
        return _nodes[nodeId];
    }

    /// @inheritdoc INodeRegistry
    function nodeOfSidecar(address sidecar) external view returns (uint256) {
        return _nodeOfSidecar[sidecar];
    }

    /// @inheritdoc INodeRegistry
    function activeNodes() external view returns (uint256[] memory) {
        return _active;
    }

    /// @inheritdoc INodeRegistry
    function stakeOf(uint256 nodeId, address staker) external view returns (uint256) {
        return _stakes[nodeId][staker];
    }

    /// @inheritdoc INodeRegistry
    function totalStakeOf(address staker) external view returns (uint256) {
        return _stakerTotal[staker];
    }

    /// @inheritdoc INodeRegistry
    function delegateOf(address staker) external view returns (address) {
        return _delegateOf[staker];
    }

    /// @inheritdoc INodeRegistry
    function delegatedVotes(address candidate) external view returns (uint256) {
        return _delegatedVotes[candidate].latest();
    }

    /// @inheritdoc INodeRegistry
    function delegatedVotesAt(address candidate, uint256 timepoint) external view returns (uint256) {
        return _delegatedVotes[candidate].upperLookupRecent(SafeCast.toUint48(timepoint));
    }

    // ---------------------------------------------------------------- internals

    /// @dev One stake's rewards position: the node id above the staker's address.
    function _positionOf(uint256 nodeId, address staker) private pure returns (bytes32) {
        return bytes32((nodeId << 160) | uint160(staker));
    }

    /// @dev Keep a running node's reward units in step with a position's change from `before` to `after_`.
    function _trackUnits(uint256 nodeId, uint256 before, uint256 after_) private {
        _nodeUnits[nodeId] = _nodeUnits[nodeId] - before + after_;
    }

    /// @dev Add or remove `amount` of `candidate`'s delegated votes, checkpointed at this second.
    function _moveVotes(address candidate, uint256 amount, bool add) private {
        if (candidate == address(0) || amount == 0) return;
        Checkpoints.Trace208 storage votes = _delegatedVotes[candidate];
        uint256 current = votes.latest();
        votes.push(
            SafeCast.toUint48(block.timestamp), SafeCast.toUint208(add ? current + amount : current - amount)
        );
    }

    /// @dev Delegated votes stay put from an election's snapshot until it has run.
    function _requireVotesFree(address candidate, address staker) private view {
        if (candidate == address(0)) return;
        IElectionLock lock = elections;
        if (address(lock) != address(0) && lock.electionLocked()) revert NodeVotesLocked(staker);
    }

    function _activeNode(uint256 nodeId) private view returns (Node storage n) {
        n = _nodes[nodeId];
        if (n.status != Status.Active) revert NodeNotActive(nodeId);
    }

    function _auditK(uint256 count) private view returns (uint256) {
        if (count < 2) return 0;
        uint256 k = params.get(IParameters.Key.AuditK);
        return k < count ? k : count - 1;
    }

    /// @dev A period's seed was drawn by the first report of the period before, or, after a period without
    ///      reports, follows from the last seed; the first report of a period draws the next one's with RANDAO.
    function _seedFor(uint256 period) private returns (bytes32 seed) {
        seed = _seeds[period];
        if (seed == bytes32(0)) {
            seed = keccak256(abi.encode(_lastSeed, period));
            _seeds[period] = seed;
            emit PeriodSeeded(period, seed);
        }
        if (_seeds[period + 1] == bytes32(0)) {
            bytes32 next = keccak256(abi.encode(seed, block.prevrandao, period + 1));
            _seeds[period + 1] = next;
            _lastSeed = next;
            emit PeriodSeeded(period + 1, next);
        }
    }

    function _seedView(uint256 period) private view returns (bytes32 seed) {
        seed = _seeds[period];
        if (seed == bytes32(0)) seed = keccak256(abi.encode(_lastSeed, period));
    }

    /// @dev k distinct offsets in [1, count - 1]; a collision moves to the next free offset, so the loop
    ///      is bounded by k * k.
    function _offsets(bytes32 seed, uint256 count, uint256 k)
        private
        pure
        returns (uint256[] memory offsets)
    {
        offsets = new uint256[](k);
        for (uint256 j = 0; j < k; ++j) {
            uint256 offset = 1 + uint256(keccak256(abi.encode(seed, j))) % (count - 1);
            for (bool clash = true; clash;) {
                clash = false;
                for (uint256 m = 0; m < j; ++m) {
                    if (offsets[m] == offset) {
                        clash = true;
                        offset = offset % (count - 1) + 1;
                        break;
                    }
                }
            }
            offsets[j] = offset;
        }
    }
}
