// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {RewardShares} from "./RewardShares.sol";
import {GovernanceExecutor} from "./GovernanceExecutor.sol";
import {IGovernance, IDelegatedVotes} from "./interfaces/IGovernance.sol";
import {IElectionLock} from "./interfaces/INodeRegistry.sol";

/// @title Governance
/// @notice The Stkr government of §3.1: 2n+1 governors, each with one vote whatever its stake.
///
/// Phases:
/// 1. Initialization: the n+1 invited governors join by staking at least `GovernorMinStake` ANKR.
/// 2. Transition: once `InitializationPeriod` has passed, `elect` adds the n candidates with the most
///    weight (own stake + ANKR that sidecar stakers delegate to them; 1 ANKR = 1 vote).
/// 3. Automated: every `GovernorTerm` after that, `elect` picks the whole list of 2n+1 again from the
///    governors and candidates by the same rule.
/// Weights are read from checkpoints at the election's snapshot (the time it falls due); the election may
/// run `ELECTION_LOCK` (a day) later, and from the snapshot until it has run, stakes, candidacies and
/// delegated votes are locked, so capital borrowed for a block or two can neither weigh nor leave. Governors propose calls (locking a bond), vote yes
/// or no on proposals made while they were seated, and a proposal passes when votes reach `QuorumBps` of
/// the 2n+1 seats and strictly more than `MajorityBps` of them are yes. It then waits `TimelockDelay` and
/// may run through the executor until it expires `ProposalExpiry` later. The executor, not this contract,
/// is the protocol's governance address, so no proposal can move the ANKR staked here. A governor seated
/// for a proposal's whole vote who misses `MissedVotesLimit` proposals that reached quorum in a row is
/// slashed `GovernorSlashAmount` ANKR, which goes to the insurance pool, and removed. Seated governors share
/// the reward pool's 30 % by stake, streamed over each reward period (`claimRewards`).
///
/// @dev Loops run over governors (at most 2 x 50 + 1) and candidates (at most `MAX_CANDIDATES`), never
///      over stakers or users.
contract Governance is IGovernance, RewardShares {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// @inheritdoc IGovernance
    uint256 public constant MAX_CANDIDATES = 100;
    /// @inheritdoc IGovernance
    uint256 public constant ELECTION_LOCK = 1 days;
    uint256 private constant BPS = 10_000;

    IParameters public immutable params;
    IERC20 public immutable ankr;
    IDelegatedVotes public immutable delegation;
    /// @inheritdoc IGovernance
    address public immutable slashRecipient;
    /// @inheritdoc IGovernance
    uint256 public immutable foundedAt;
    /// @inheritdoc IGovernance
    address public immutable executor;

    /// @inheritdoc IGovernance
    uint256 public lastElection;
    /// @inheritdoc IGovernance
    uint256 public proposalCount;
    address[] private _governors;
    address[] private _candidates;
    mapping(address account => Member member) private _members;
    mapping(address account => Checkpoints.Trace208 stake) private _stakeHistory;
    mapping(uint256 id => Proposal proposal) private _proposals;
    mapping(uint256 id => mapping(address governor => Vote vote)) private _votes;

    /// @param params_ Parameters (n, periods, quorum, majority, stakes, slash amount, timelock, bond).
    /// @param ankr_ The ANKR token governors stake.
    /// @param delegation_ Where sidecar stakers' delegated votes are counted (NodeRegistry).
    /// @param slashRecipient_ Where slashed stake and forfeited bonds go (the insurance pool).
    /// @param rewardPool_ The reward pool that pays governors.
    /// @param invited The n + 1 invited governors of the initialization phase.
    constructor(
        IParameters params_,
        IERC20 ankr_,
        IDelegatedVotes delegation_,
        address slashRecipient_,
        address rewardPool_,
        address[] memory invited
    ) RewardShares(rewardPool_, ankr_) {
        params = params_;
        ankr = ankr_;
        delegation = delegation_;
        slashRecipient = slashRecipient_;
        foundedAt = block.timestamp;
        executor = address(new GovernanceExecutor());
        uint256 expected = params_.get(IParameters.Key.GovernorSeatsN) + 1;
        if (invited.length != expected) revert GovernanceBadInvitations(invited.length, expected);
        for (uint256 i = 0; i < invited.length; ++i) {
            if (invited[i] == address(0) || _members[invited[i]].invited) {
                revert GovernanceBadInvitations(invited.length, expected);
            }
            _members[invited[i]].invited = true;
        }
    }

    modifier onlyGovernor() {
        if (!_members[msg.sender].governor) revert GovernanceNotGovernor(msg.sender);
        _;
    }

    /// @dev From the election snapshot until the election, weights must stay as they were read.
    modifier outsideElectionLock() {
        uint256 snapshot = electionSnapshotAt();
        if (block.timestamp >= snapshot) revert GovernanceElectionLocked(snapshot);
        _;
    }

    // ---------------------------------------------------------------- membership

    /// @inheritdoc IGovernance
    function phase() public view returns (Phase) {
        if (lastElection != 0) return Phase.Automated;
        if (block.timestamp < foundedAt + params.get(IParameters.Key.InitializationPeriod)) {
            return Phase.Initialization;
        }
        return Phase.Transition;
    }

    /// @inheritdoc IGovernance
    function acceptInvitation(uint256 amount) external {
        // Only while the invited government forms: later, an invited account that became a candidate
        // would be seated twice (one account, two of the 2n+1 seats).
        Phase current = phase();
        if (current != Phase.Initialization) revert GovernanceWrongPhase(current);
        Member storage m = _members[msg.sender];
        if (!m.invited) revert GovernanceNotInvited(msg.sender);
        if (m.governor || m.candidate) revert GovernanceAlreadyMember(msg.sender);
        uint256 total = m.stake + amount;
        _requireMinimum(total);
        _setStake(msg.sender, m, total);
        m.invited = false;
        m.governor = true;
        m.seatedAt = uint40(block.timestamp);
        _governors.push(msg.sender);
        _updateAccountShares(msg.sender, total);
        emit GovernorJoined(msg.sender, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IGovernance
    function stake(uint256 amount) external {
        Member storage m = _members[msg.sender];
        uint256 total = m.stake + amount;
        _setStake(msg.sender, m, total);
        if (m.governor) _updateAccountShares(msg.sender, total);
        emit GovernanceStaked(msg.sender, amount, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IGovernance
    function unstake(uint256 amount) external outsideElectionLock {
        Member storage m = _members[msg.sender];
        if (amount > m.stake) revert GovernanceStakeInsufficient(m.stake, amount);
        uint256 remaining = m.stake - amount;
        if (m.governor || m.candidate) _requireMinimum(remaining);
        _setStake(msg.sender, m, remaining);
        if (m.governor) _updateAccountShares(msg.sender, remaining);
        emit GovernanceUnstaked(msg.sender, amount, remaining);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IGovernance
    function applyAsCandidate() external outsideElectionLock {
        Member storage m = _members[msg.sender];
        // While invitations are open an invited account stands by joining; as a candidate too it could
        // hold two seats.
        if (m.governor || m.candidate || (m.invited && phase() == Phase.Initialization)) {
            revert GovernanceAlreadyMember(msg.sender);
        }
        _requireMinimum(m.stake);
        if (_candidates.length >= MAX_CANDIDATES) _makeRoomFor(msg.sender, m.stake);
        m.candidate = true;
        _candidates.push(msg.sender);
        emit CandidateApplied(msg.sender, m.stake);
    }

    /// @inheritdoc IGovernance
    function withdrawCandidacy() external outsideElectionLock {
        if (!_members[msg.sender].candidate) revert GovernanceNotCandidate(msg.sender);
        _removeCandidate(msg.sender);
        emit CandidateWithdrew(msg.sender);
    }

    /// @inheritdoc IGovernance
    function weightOf(address account) public view returns (uint256) {
        return _members[account].stake + delegation.delegatedVotes(account);
    }

    /// @inheritdoc IGovernance
    function weightAt(address account, uint256 timepoint) public view returns (uint256) {
        return stakeAt(account, timepoint) + delegation.delegatedVotesAt(account, timepoint);
    }

    /// @inheritdoc IGovernance
    function stakeAt(address account, uint256 timepoint) public view returns (uint256) {
        return _stakeHistory[account].upperLookupRecent(SafeCast.toUint48(timepoint));
    }

    /// @inheritdoc IGovernance
    function electionSnapshotAt() public view returns (uint256) {
        if (lastElection == 0) return foundedAt + params.get(IParameters.Key.InitializationPeriod);
        return lastElection + params.get(IParameters.Key.GovernorTerm);
    }

    /// @inheritdoc IElectionLock
    function electionLocked() external view returns (bool) {
        return block.timestamp >= electionSnapshotAt();
    }

    /// @inheritdoc IGovernance
    function nextElectionAt() public view returns (uint256) {
        return electionSnapshotAt() + ELECTION_LOCK;
    }

    /// @inheritdoc IGovernance
    function elect() external {
        uint256 snapshot = electionSnapshotAt();
        // A day after the snapshot, so weight must be held (and stays locked) at least that long: capital
        // borrowed for a block or two cannot weigh in and leave.
        uint256 due = snapshot + ELECTION_LOCK;
        if (block.timestamp < due) revert GovernanceElectionNotDue(due);
        uint256 n = params.get(IParameters.Key.GovernorSeatsN);
        Phase current = phase();
        address[] memory previous = _governors;
        address[] memory pool;
        uint256 seats;
        if (current == Phase.Transition) {
            pool = _candidates;
            seats = n;
        } else {
            pool = new address[](previous.length + _candidates.length);
            for (uint256 i = 0; i < previous.length; ++i) {
                pool[i] = previous[i];
            }
            for (uint256 i = 0; i < _candidates.length; ++i) {
                pool[previous.length + i] = _candidates[i];
            }
            seats = 2 * n + 1;
        }
        (address[] memory elected, bool[] memory taken) = _top(pool, seats, snapshot);
        lastElection = block.timestamp;

        if (current != Phase.Transition) {
            // Governors not re-elected leave; they keep their stake and may apply again.
            for (uint256 i = 0; i < previous.length; ++i) {
                if (taken[i]) continue;
                Member storage m = _members[previous[i]];
                m.governor = false;
                m.seatedAt = 0;
                _updateAccountShares(previous[i], 0);
                emit GovernorUnseated(previous[i]);
            }
            delete _governors;
        }
        for (uint256 i = 0; i < elected.length; ++i) {
            Member storage m = _members[elected[i]];
            if (!m.governor) {
                // A new seat (a re-elected governor keeps the one it holds).
                _removeCandidate(elected[i]);
                m.governor = true;
                m.seatedAt = uint40(block.timestamp);
                _updateAccountShares(elected[i], m.stake);
            }
            m.missedInRow = 0;
            _governors.push(elected[i]);
        }
        emit Elected(current, elected);
    }

    // ---------------------------------------------------------------- proposals

    /// @inheritdoc IGovernance
    function propose(address target, bytes calldata data, string calldata description)
        external
        onlyGovernor
        returns (uint256 id)
    {
        Member storage m = _members[msg.sender];
        uint256 limit = params.get(IParameters.Key.MaxOpenProposals);
        if (m.openProposals >= limit) revert GovernanceTooManyOpenProposals(msg.sender, limit);
        m.openProposals += 1;
        uint256 bond = params.get(IParameters.Key.ProposalBond);
        id = ++proposalCount;
        Proposal storage p = _proposals[id];
        p.proposer = msg.sender;
        p.start = uint40(block.timestamp);
        uint256 end = block.timestamp + params.get(IParameters.Key.VotingPeriod);
        uint256 eta = end + params.get(IParameters.Key.TimelockDelay);
        uint256 expiresAt = eta + params.get(IParameters.Key.ProposalExpiry);
        p.end = SafeCast.toUint40(end);
        p.eta = SafeCast.toUint40(eta);
        p.expiresAt = SafeCast.toUint40(expiresAt);
        p.seats = SafeCast.toUint16(2 * params.get(IParameters.Key.GovernorSeatsN) + 1);
        p.bond = SafeCast.toUint96(bond);
        // The rules it is decided by are those in force now: a later change cannot revive or sink it.
        p.quorumBps = SafeCast.toUint16(params.get(IParameters.Key.QuorumBps));
        p.majorityBps = SafeCast.toUint16(params.get(IParameters.Key.MajorityBps));
        p.target = target;
        p.data = data;
        p.description = description;
        emit ProposalCreated(id, msg.sender, target, data, description, end, eta, expiresAt, bond);
        if (bond > 0) ankr.safeTransferFrom(msg.sender, address(this), bond);
    }

    /// @inheritdoc IGovernance
    function vote(uint256 id, bool support) external {
        Member storage m = _members[msg.sender];
        if (!m.governor) revert GovernanceNotGovernor(msg.sender);
        Proposal storage p = _proposal(id);
        if (block.timestamp >= p.end) revert GovernanceVotingClosed(id);
        // A proposal belongs to the government that sat when it was made: no tally mixes two.
        if (m.seatedAt > p.start) revert GovernanceSeatedAfterProposal(id, msg.sender);
        if (_votes[id][msg.sender] != Vote.None) revert GovernanceAlreadyVoted(id, msg.sender);
        _votes[id][msg.sender] = support ? Vote.Yes : Vote.No;
        if (support) p.yes += 1;
        else p.no += 1;
        emit VoteCast(id, msg.sender, support);
    }

    /// @inheritdoc IGovernance
    function passed(uint256 id) public view returns (bool) {
        Proposal storage p = _proposal(id);
        uint256 votes = uint256(p.yes) + p.no;
        bool majority = uint256(p.yes) * BPS > uint256(p.majorityBps) * votes;
        return block.timestamp >= p.end && votes > 0 && _reachedQuorum(p) && majority;
    }

    /// @inheritdoc IGovernance
    function finalize(uint256 id) public {
        Proposal storage p = _proposal(id);
        if (block.timestamp < p.end) revert GovernanceVotingOpen(id);
        if (p.finalized) return;
        p.finalized = true;
        address proposer = p.proposer;
        _members[proposer].openProposals -= 1;
        bool quorum = _reachedQuorum(p);
        // Attendance counts only where it mattered (quorum) and only for governors seated all along:
        // unanswered spam and proposals of an earlier government cost nobody a seat.
        if (quorum) _countAttendance(id, p.start);
        uint256 bond = p.bond;
        emit ProposalFinalized(id, p.yes, p.no, passed(id));
        if (bond > 0) {
            emit ProposalBondSettled(id, proposer, bond, quorum);
            ankr.safeTransfer(quorum ? proposer : slashRecipient, bond);
        }
    }

    /// @inheritdoc IGovernance
    function execute(uint256 id) external {
        Proposal storage p = _proposal(id);
        if (block.timestamp < p.end) revert GovernanceVotingOpen(id);
        if (p.executed) revert GovernanceAlreadyExecuted(id);
        if (!passed(id)) revert GovernanceProposalRejected(id, p.yes, p.no, p.seats);
        if (block.timestamp < p.eta) revert GovernanceTimelocked(id, p.eta);
        if (block.timestamp >= p.expiresAt) revert GovernanceProposalExpired(id, p.expiresAt);
        finalize(id);
        p.executed = true;
        emit ProposalExecuted(id);
        (bool ok, bytes memory reason) = GovernanceExecutor(executor).run(p.target, p.data);
        if (!ok) revert GovernanceCallFailed(id, reason);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IGovernance
    function governors() external view returns (address[] memory) {
        return _governors;
    }

    /// @inheritdoc IGovernance
    function candidates() external view returns (address[] memory) {
        return _candidates;
    }

    /// @inheritdoc IGovernance
    function memberOf(address account) external view returns (Member memory) {
        return _members[account];
    }

    /// @inheritdoc IGovernance
    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _proposal(id);
    }

    /// @inheritdoc IGovernance
    function voteOf(uint256 id, address governor) external view returns (Vote) {
        return _votes[id][governor];
    }

    // ---------------------------------------------------------------- internals

    function _proposal(uint256 id) private view returns (Proposal storage p) {
        p = _proposals[id];
        if (p.proposer == address(0)) revert GovernanceUnknownProposal(id);
    }

    function _reachedQuorum(Proposal storage p) private view returns (bool) {
        uint256 votes = uint256(p.yes) + p.no;
        return votes * BPS >= uint256(p.quorumBps) * p.seats;
    }

    /// @dev Reset or advance each governor's run of missed votes on proposal `id` made at `start`; slash and
    ///      remove those who reach the limit. Governors seated after `start` are not counted.
    function _countAttendance(uint256 id, uint256 start) private {
        uint256 limit = params.get(IParameters.Key.MissedVotesLimit);
        uint256 i = 0;
        while (i < _governors.length) {
            address governor = _governors[i];
            Member storage m = _members[governor];
            if (m.seatedAt > start) {
                // Seated mid-vote: neither a vote nor a miss.
            } else if (_votes[id][governor] != Vote.None) {
                m.missedInRow = 0;
            } else {
                m.missedInRow += 1;
                if (m.missedInRow >= limit) {
                    _slashAndRemove(governor, i);
                    continue; // the last governor moved into slot i
                }
            }
            ++i;
        }
    }

    function _requireMinimum(uint256 amount) private view {
        uint256 minimum = params.get(IParameters.Key.GovernorMinStake);
        if (amount < minimum) revert GovernanceStakeBelowMinimum(amount, minimum);
    }

    /// @dev Set an account's stake and checkpoint it at this second.
    function _setStake(address account, Member storage m, uint256 amount) private {
        m.stake = SafeCast.toUint128(amount);
        _stakeHistory[account].push(SafeCast.toUint48(block.timestamp), SafeCast.toUint208(amount));
    }

    /// @dev A full list keeps the heaviest: `applicant` replaces the candidate with the least own stake
    ///      (the earliest of equals) if it has more, so nobody can shut challengers out by filling the list.
    ///      O(MAX_CANDIDATES), and only when the list is full.
    function _makeRoomFor(address applicant, uint256 stake_) private {
        uint256 lightest;
        uint256 lightestStake = type(uint256).max;
        for (uint256 i = 0; i < _candidates.length; ++i) {
            uint256 candidateStake = _members[_candidates[i]].stake;
            if (candidateStake < lightestStake) (lightest, lightestStake) = (i, candidateStake);
        }
        if (stake_ <= lightestStake) revert GovernanceTooManyCandidates(lightestStake);
        address displaced = _candidates[lightest];
        _removeCandidate(displaced);
        emit CandidateDisplaced(displaced, applicant);
    }

    function _removeCandidate(address account) private {
        Member storage m = _members[account];
        if (!m.candidate) return;
        m.candidate = false;
        uint256 length = _candidates.length;
        for (uint256 i = 0; i < length; ++i) {
            if (_candidates[i] == account) {
                _candidates[i] = _candidates[length - 1];
                _candidates.pop();
                return;
            }
        }
    }

    function _slashAndRemove(address governor, uint256 index) private {
        Member storage m = _members[governor];
        uint256 slash = params.get(IParameters.Key.GovernorSlashAmount);
        if (slash > m.stake) slash = m.stake;
        _setStake(governor, m, m.stake - slash);
        m.governor = false;
        m.seatedAt = 0;
        _updateAccountShares(governor, 0);
        emit GovernorSlashed(governor, slash, m.missedInRow);
        m.missedInRow = 0;
        _governors[index] = _governors[_governors.length - 1];
        _governors.pop();
        if (slash > 0) ankr.safeTransfer(slashRecipient, slash);
    }

    /// @dev The `seats` heaviest of `pool` by weight at `snapshot`, stable (earlier wins ties), and which
    ///      of `pool` were taken. O(pool x seats), both bounded.
    function _top(address[] memory pool, uint256 seats, uint256 snapshot)
        private
        view
        returns (address[] memory elected, bool[] memory taken)
    {
        uint256 count = pool.length < seats ? pool.length : seats;
        uint256[] memory weights = new uint256[](pool.length);
        for (uint256 i = 0; i < pool.length; ++i) {
            weights[i] = weightAt(pool[i], snapshot);
        }
        taken = new bool[](pool.length);
        elected = new address[](count);
        for (uint256 s = 0; s < count; ++s) {
            uint256 best = type(uint256).max;
            for (uint256 i = 0; i < pool.length; ++i) {
                if (!taken[i] && (best == type(uint256).max || weights[i] > weights[best])) best = i;
            }
            taken[best] = true;
            elected[s] = pool[best];
        }
    }
}
