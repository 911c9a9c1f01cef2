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
/// @dev The draw. Each period p draws over a frozen set: the nodes active when p began. A registration or
///      a finish in p takes effect from p + 1 (positions are checkpointed by the period they take effect
///      in), so nothing done during p moves p's positions or whom a report's bits refer to. The N nodes of
///      the set sit at positions 0..N-1; with seed s_p, the k offsets o_1..o_k are distinct numbers in
///      [1, N-1] hashed from s_p; the sidecar at position i audits the positions (i + o_j) mod N, so the
///      node at position i is audited by positions (i - o_j) mod N: exactly k auditors each, k targets
///      each, never itself. When N <= k every other node is audited (k' = N - 1). s_p is the hash of a
///      block fixed during p (`openPeriod`: the block after the call), after p's set was frozen, so nobody
///      who can still change the set knows the seed, and whoever opens the period cannot know it either;
///      only that block's proposer can grind it. Verifiable: `targetsOf` / `auditorsOf` recompute the draw.
///      Consensus. A report stores its sidecar's bits in one word; once p is over, anyone settles a node's
///      audits of p (`settleAudits`): a strict majority of its k assigned auditors (2 of 3) that reported
///      decides it up or down, else it is undecided and counts neither way; a decided verdict feeds its
///      uptime, and each reporting auditor whose bit disagrees takes a strike. One lying sidecar can neither
///      mark an up node down nor a down node up.
contract NodeRegistry is INodeRegistry, RewardStream {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @dev A node's audits of one period, as its assigned auditors reported them.
    struct Tally {
        bool member;
        Verdict verdict;
        uint256 up;
        uint256 down;
        uint256[] auditors;
        uint256 against;
        uint256 lastCheck;
    }

    uint16 private constant BPS = 10_000;
    /// @dev Marks a stored report, whatever its bits.
    uint256 private constant REPORTED = 1 << 255;
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
    /// @dev Each period's draw in one word: seed block (bits 0-63), audit k (64-71), seed (72-255, 0 until
    ///      read from the seed block's hash).
    mapping(uint256 period => uint256 draw) private _draws;
    /// @dev The draw's frozen sets, keyed by the period a change takes effect in (the one after it was made):
    ///      how many nodes, the node at each position, and each node's position + 1 (0 = not in the set).
    Checkpoints.Trace208 private _activeCount;
    mapping(uint256 position => Checkpoints.Trace208 nodeId) private _slots;
    mapping(uint256 nodeId => Checkpoints.Trace208 positionPlusOne) private _positions;
    /// @dev A sidecar's report of a period: its audit bits (0-127), checked block (128-191), and bit 255.
    mapping(uint256 period => mapping(uint256 nodeId => uint256 word)) private _reports;
    /// @dev A node's settled audits of a period: bit 0 settled, verdict (8-15), up (16-23), down (24-31).
    mapping(uint256 period => mapping(uint256 nodeId => uint256 word)) private _audits;
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
        // It joins the draw from the next period: this one's set was frozen when it began.
        uint48 next = SafeCast.toUint48(currentPeriod() + 1);
        uint256 count = _activeCount.latest();
        n.index = SafeCast.toUint24(count);
        n.capacity = capacity;
        n.probeUrl = probeUrl;
        _record(_activeCount, next, count + 1);
        _record(_slots[count], next, nodeId);
        _record(_positions[nodeId], next, count + 1);
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
        // Swap-remove from the active list, from the next period on: it stays in this period's set.
        uint48 next = SafeCast.toUint48(currentPeriod() + 1);
        uint256 lastPosition = _activeCount.latest() - 1;
        uint256 index = n.index;
        if (index != lastPosition) {
            uint256 last = _slots[lastPosition].latest();
            _record(_slots[index], next, last);
            _record(_positions[last], next, index + 1);
            _nodes[last].index = n.index;
        }
        _record(_positions[nodeId], next, 0);
        _record(_activeCount, next, lastPosition);
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
    function openPeriod() external returns (uint256 seedBlock) {
        (seedBlock,) = _openDraw(currentPeriod());
    }

    /// @inheritdoc INodeRegistry
    function report(Health health, uint64 checkedBlock, uint256 auditBits) external {
        uint256 nodeId = _nodeOfSidecar[msg.sender];
        if (nodeId == 0) revert NodeNotSidecar(msg.sender);
        Node storage n = _nodes[nodeId];
        uint256 period = currentPeriod();
        if (n.lastReportPeriod == period) revert NodeAlreadyReported(nodeId, period);
        if (checkedBlock > block.number) revert NodeBadCheckedBlock(checkedBlock);
        (uint256 seedBlock, uint256 draw) = _openDraw(period);
        if (draw >> 72 == 0) revert NodeDrawPending(period, seedBlock);
        n.lastReportPeriod = SafeCast.toUint32(period);
        n.health = health;
        n.reportsFiled += 1;
        _reports[period][nodeId] = REPORTED | uint256(checkedBlock) << 128 | (auditBits & type(uint128).max);
        emit NodeReported(nodeId, period, health, checkedBlock, auditBits);
    }

    /// @inheritdoc INodeRegistry
    function settleAudits(uint256 period, uint256[] calldata nodeIds) external {
        if (period >= currentPeriod()) revert NodePeriodNotOver(period);
        for (uint256 i = 0; i < nodeIds.length; ++i) {
            uint256 nodeId = nodeIds[i];
            if (_audits[period][nodeId] != 0) continue;
            Tally memory t = _tally(period, nodeId);
            if (!t.member) continue;
            _audits[period][nodeId] = 1 | uint256(t.verdict) << 8 | t.up << 16 | t.down << 24;
            emit AuditSettled(period, nodeId, t.verdict, t.up, t.down);
            if (t.verdict == Verdict.Undecided) continue;
            Node storage target = _nodes[nodeId];
            target.auditsReceived += 1;
            if (t.verdict == Verdict.Up) target.auditsPassed += 1;
            if (t.lastCheck > target.lastAuditBlock) target.lastAuditBlock = SafeCast.toUint64(t.lastCheck);
            for (uint256 j = 0; j < t.auditors.length; ++j) {
                if ((t.against >> j) & 1 == 0) continue;
                _nodes[t.auditors[j]].strikes += 1;
                emit AuditorStruck(period, t.auditors[j], nodeId);
            }
        }
    }

    /// @inheritdoc INodeRegistry
    function auditOf(uint256 period, uint256 nodeId)
        external
        view
        returns (Verdict verdict, uint256 upVotes, uint256 downVotes, bool settled)
    {
        uint256 word = _audits[period][nodeId];
        if (word != 0) return (Verdict((word >> 8) & 0xff), (word >> 16) & 0xff, (word >> 24) & 0xff, true);
        Tally memory t = _tally(period, nodeId);
        return (t.verdict, t.up, t.down, false);
    }

    /// @inheritdoc INodeRegistry
    function strikesOf(uint256 nodeId) external view returns (uint256) {
        return _nodes[nodeId].strikes;
    }

    /// @inheritdoc INodeRegistry
    function targetsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory) {
        return _neighbours(nodeId, period, true);
    }

    /// @inheritdoc INodeRegistry
    function auditorsOf(uint256 nodeId, uint256 period) external view returns (uint256[] memory) {
        return _neighbours(nodeId, period, false);
    }

    /// @dev The draw of `period` seen from `nodeId`: positions ahead by each offset (its targets) or behind
    ///      (its auditors); empty if it is not in the period's set.
    function _neighbours(uint256 nodeId, uint256 period, bool ahead)
        private
        view
        returns (uint256[] memory ids)
    {
        uint256 draw = _drawView(period);
        if (draw >> 72 == 0) revert NodeDrawPending(period, draw & type(uint64).max);
        uint48 key = SafeCast.toUint48(period);
        uint256 position = _positions[nodeId].upperLookup(key);
        if (position == 0) return ids;
        position -= 1;
        uint256 count = _activeCount.upperLookup(key);
        uint256 k = _auditK(count, draw);
        uint256[] memory offsets = _offsets(bytes32(draw >> 72), count, k);
        ids = new uint256[](k);
        for (uint256 j = 0; j < k; ++j) {
            uint256 at = ahead ? position + offsets[j] : position + count - offsets[j];
            ids[j] = _slots[at % count].upperLookup(key);
        }
    }

    /// @inheritdoc INodeRegistry
    function seedOf(uint256 period) external view returns (bytes32) {
        return bytes32(_drawView(period) >> 72);
    }

    /// @inheritdoc INodeRegistry
    function seedBlockOf(uint256 period) external view returns (uint256) {
        return _draws[period] & type(uint64).max;
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
    function activeNodes() external view returns (uint256[] memory ids) {
        ids = new uint256[](_activeCount.latest());
        for (uint256 i = 0; i < ids.length; ++i) {
            ids[i] = _slots[i].latest();
        }
    }

    /// @inheritdoc INodeRegistry
    function activeNodesAt(uint256 period) external view returns (uint256[] memory ids) {
        uint48 key = SafeCast.toUint48(period);
        ids = new uint256[](_activeCount.upperLookup(key));
        for (uint256 i = 0; i < ids.length; ++i) {
            ids[i] = _slots[i].upperLookup(key);
        }
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

    /// @dev Checkpoint `value` for the period `key` on (positions, node ids and counts all fit 208 bits).
    function _record(Checkpoints.Trace208 storage trace, uint48 key, uint256 value) private {
        trace.push(key, SafeCast.toUint208(value));
    }

    /// @dev How many targets each sidecar of an N-node set audits: the period's k, at most N - 1.
    function _auditK(uint256 count, uint256 draw) private pure returns (uint256) {
        if (count < 2) return 0;
        uint256 k = (draw >> 64) & 0xff;
        return k < count ? k : count - 1;
    }

    /// @dev Open `period`'s draw if it is not (or its seed block's hash is gone unread): its seed block is
    ///      the next block and its k today's. Once that block is mined, store the seed read from its hash.
    function _openDraw(uint256 period) private returns (uint256 seedBlock, uint256 draw) {
        draw = _draws[period];
        seedBlock = draw & type(uint64).max;
        if (draw >> 72 != 0 || (seedBlock != 0 && block.number <= seedBlock)) return (seedBlock, draw);
        uint256 seed = seedBlock == 0 ? 0 : _seedFromHash(period, seedBlock);
        if (seed == 0) {
            // Never opened, or nobody read the seed within 256 blocks: the seed is the next block's hash.
            seedBlock = block.number + 1;
            uint256 k = params.get(IParameters.Key.AuditK);
            draw = k << 64 | seedBlock;
            emit PeriodOpened(period, seedBlock, k);
        } else {
            draw |= seed << 72;
            emit PeriodSeeded(period, bytes32(seed));
        }
        _draws[period] = draw;
    }

    /// @dev A period's draw with its seed filled in from the seed block's hash if that is mined and not stored.
    function _drawView(uint256 period) private view returns (uint256 draw) {
        draw = _draws[period];
        uint256 seedBlock = draw & type(uint64).max;
        if (draw >> 72 == 0 && seedBlock != 0 && block.number > seedBlock) {
            draw |= _seedFromHash(period, seedBlock) << 72;
        }
    }

    /// @dev 184 bits of the seed block's hash with the period and this contract (never 0), or 0 if the hash
    ///      is no longer available.
    function _seedFromHash(uint256 period, uint256 seedBlock) private view returns (uint256 seed) {
        bytes32 hash = blockhash(seedBlock);
        if (hash == bytes32(0)) return 0;
        seed = uint256(keccak256(abi.encode(hash, period, address(this)))) >> 72;
        if (seed == 0) seed = 1;
    }

    /// @dev The votes of `nodeId`'s assigned auditors in `period`: whether it was in the set, the verdict, up
    ///      and down votes, the auditors, which of them voted against a decided verdict (bit j = auditor j),
    ///      and the latest block they checked. O(k) lookups.
    function _tally(uint256 period, uint256 nodeId) private view returns (Tally memory t) {
        uint48 key = SafeCast.toUint48(period);
        uint256 position = _positions[nodeId].upperLookup(key);
        if (position == 0) return t;
        t.member = true;
        uint256 draw = _drawView(period);
        // Without a seed nobody could report: no votes.
        if (draw >> 72 == 0) return t;
        uint256 count = _activeCount.upperLookup(key);
        uint256 k = _auditK(count, draw);
        uint256[] memory offsets = _offsets(bytes32(draw >> 72), count, k);
        t.auditors = new uint256[](k);
        uint256 upMask;
        for (uint256 j = 0; j < k; ++j) {
            uint256 auditor = _slots[(position - 1 + count - offsets[j]) % count].upperLookup(key);
            t.auditors[j] = auditor;
            uint256 word = _reports[period][auditor];
            if (word == 0) continue;
            // The auditor at -o_j sees this node as its target j.
            if ((word >> j) & 1 == 1) {
                t.up += 1;
                upMask |= 2 ** j;
            } else {
                t.down += 1;
                t.against |= 2 ** j;
            }
            uint256 checked = (word >> 128) & type(uint64).max;
            if (checked > t.lastCheck) t.lastCheck = checked;
        }
        // A strict majority of the k assigned auditors, not of those that reported.
        uint256 majority = k / 2 + 1;
        if (t.up >= majority) {
            t.verdict = Verdict.Up; // `against` holds the down votes
        } else if (t.down >= majority) {
            (t.verdict, t.against) = (Verdict.Down, upMask);
        } else {
            t.against = 0;
        }
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
