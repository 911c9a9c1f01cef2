// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {RewardShares} from "./RewardShares.sol";
import {IGovernance, IDelegatedVotes} from "./interfaces/IGovernance.sol";

/// @title Governance
/// @notice The Stkr government of §3.1: 2n+1 governors, each with one vote whatever its stake.
///
/// Phases:
/// 1. Initialization: the n+1 invited governors join by staking at least `GovernorMinStake` ANKR.
/// 2. Transition: once `InitializationPeriod` has passed, candidates who stake at least the minimum
///    apply; `elect` adds the n candidates with the most weight (own stake + ANKR that sidecar
///    stakers delegate to them; 1 ANKR = 1 vote).
/// 3. Automated: every `GovernorTerm` after that, `elect` picks the whole list of 2n+1 again from the
///    governors and candidates by the same rule.
/// Governors propose calls (a target and calldata: a parameter change, a provider qualification, a
/// pool settlement…), vote yes or no, and anyone executes a proposal after its voting period when
/// enough governors voted (`QuorumBps` of them) and strictly more than `MajorityBps` of the votes are
/// yes. A governor who misses `MissedVotesLimit` proposals in a row (3) is slashed
/// `GovernorSlashAmount` ANKR, which goes to the insurance pool, and removed. Seated governors share the
/// reward pool's 30 % by stake (`claimRewards`).
///
/// @dev Loops run over governors (at most 2 x 50 + 1) and candidates (at most `MAX_CANDIDATES`), never
///      over stakers or users.
contract Governance is IGovernance, RewardShares {
    using SafeERC20 for IERC20;

    /// @inheritdoc IGovernance
    uint256 public constant MAX_CANDIDATES = 100;
    uint256 private constant BPS = 10_000;

    IParameters public immutable params;
    IERC20 public immutable ankr;
    IDelegatedVotes public immutable delegation;
    /// @inheritdoc IGovernance
    address public immutable slashRecipient;
    /// @inheritdoc IGovernance
    uint256 public immutable foundedAt;

    /// @inheritdoc IGovernance
    uint256 public lastElection;
    /// @inheritdoc IGovernance
    uint256 public proposalCount;
    address[] private _governors;
    address[] private _candidates;
    mapping(address account => Member member) private _members;
    mapping(uint256 id => Proposal proposal) private _proposals;
    mapping(uint256 id => mapping(address governor => Vote vote)) private _votes;

    /// @param params_ Parameters (n, periods, quorum, majority, stakes, slash amount).
    /// @param ankr_ The ANKR token governors stake.
    /// @param delegation_ Where sidecar stakers' delegated votes are counted (NodeRegistry).
    /// @param slashRecipient_ Where slashed stake goes (the insurance pool).
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
        m.stake = SafeCast.toUint128(total);
        m.invited = false;
        m.governor = true;
        _governors.push(msg.sender);
        _updateShares(msg.sender, total);
        emit GovernorJoined(msg.sender, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IGovernance
    function stake(uint256 amount) external {
        Member storage m = _members[msg.sender];
        uint256 total = m.stake + amount;
        m.stake = SafeCast.toUint128(total);
        if (m.governor) _updateShares(msg.sender, total);
        emit GovernanceStaked(msg.sender, amount, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IGovernance
    function unstake(uint256 amount) external {
        Member storage m = _members[msg.sender];
        if (amount > m.stake) revert GovernanceStakeInsufficient(m.stake, amount);
        uint256 remaining = m.stake - amount;
        if (m.governor || m.candidate) _requireMinimum(remaining);
        m.stake = SafeCast.toUint128(remaining); // below the previous uint128 stake
        if (m.governor) _updateShares(msg.sender, remaining);
        emit GovernanceUnstaked(msg.sender, amount, remaining);
        ankr.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IGovernance
    function applyAsCandidate() external {
        if (phase() == Phase.Initialization) revert GovernanceWrongPhase(Phase.Initialization);
        Member storage m = _members[msg.sender];
        if (m.governor || m.candidate) revert GovernanceAlreadyMember(msg.sender);
        _requireMinimum(m.stake);
        if (_candidates.length >= MAX_CANDIDATES) revert GovernanceTooManyCandidates();
        m.candidate = true;
        _candidates.push(msg.sender);
        emit CandidateApplied(msg.sender, m.stake);
    }

    /// @inheritdoc IGovernance
    function withdrawCandidacy() external {
        if (!_members[msg.sender].candidate) revert GovernanceNotCandidate(msg.sender);
        _removeCandidate(msg.sender);
        emit CandidateWithdrew(msg.sender);
    }

    /// @inheritdoc IGovernance
    function weightOf(address account) public view returns (uint256) {
        return _members[account].stake + delegation.delegatedVotes(account);
    }

    /// @inheritdoc IGovernance
    function nextElectionAt() public view returns (uint256) {
        if (lastElection == 0) return foundedAt + params.get(IParameters.Key.InitializationPeriod);
        return lastElection + params.get(IParameters.Key.GovernorTerm);
    }

    /// @inheritdoc IGovernance
    function elect() external {
        uint256 due = nextElectionAt();
        if (block.timestamp < due) revert GovernanceElectionNotDue(due);
        uint256 n = params.get(IParameters.Key.GovernorSeatsN);
        Phase current = phase();
        address[] memory previousGovernors = _governors;
        address[] memory pool;
        uint256 seats;
        if (current == Phase.Transition) {
            pool = _candidates;
            seats = n;
        } else {
            pool = new address[](previousGovernors.length + _candidates.length);
            for (uint256 i = 0; i < previousGovernors.length; ++i) {
                pool[i] = previousGovernors[i];
            }
            for (uint256 i = 0; i < _candidates.length; ++i) {
                pool[previousGovernors.length + i] = _candidates[i];
            }
            seats = 2 * n + 1;
        }
        address[] memory elected = _top(pool, seats);
        lastElection = block.timestamp;

        if (current != Phase.Transition) {
            // Everyone stands again: every governor becomes a candidate until seated anew.
            for (uint256 i = 0; i < previousGovernors.length; ++i) {
                Member storage m = _members[previousGovernors[i]];
                m.governor = false;
                m.candidate = true;
                _candidates.push(previousGovernors[i]);
                _updateShares(previousGovernors[i], 0);
            }
            delete _governors;
        }
        for (uint256 i = 0; i < elected.length; ++i) {
            _removeCandidate(elected[i]);
            Member storage m = _members[elected[i]];
            m.governor = true;
            m.missedInRow = 0;
            _governors.push(elected[i]);
            _updateShares(elected[i], m.stake);
        }
        for (uint256 i = 0; i < previousGovernors.length; ++i) {
            if (!_members[previousGovernors[i]].governor) emit GovernorUnseated(previousGovernors[i]);
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
        id = ++proposalCount;
        Proposal storage p = _proposals[id];
        p.proposer = msg.sender;
        p.start = uint40(block.timestamp);
        p.end = SafeCast.toUint40(block.timestamp + params.get(IParameters.Key.VotingPeriod));
        p.governorCount = SafeCast.toUint16(_governors.length);
        p.target = target;
        p.data = data;
        p.description = description;
        emit ProposalCreated(id, msg.sender, target, data, description, p.end);
    }

    /// @inheritdoc IGovernance
    function vote(uint256 id, bool support) external onlyGovernor {
        Proposal storage p = _proposal(id);
        if (block.timestamp >= p.end) revert GovernanceVotingClosed(id);
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
        bool quorum = votes * BPS >= params.get(IParameters.Key.QuorumBps) * p.governorCount;
        bool majority = uint256(p.yes) * BPS > params.get(IParameters.Key.MajorityBps) * votes;
        return block.timestamp >= p.end && votes > 0 && quorum && majority;
    }

    /// @inheritdoc IGovernance
    function finalize(uint256 id) public {
        Proposal storage p = _proposal(id);
        if (block.timestamp < p.end) revert GovernanceVotingOpen(id);
        if (p.finalized) return;
        p.finalized = true;
        uint256 limit = params.get(IParameters.Key.MissedVotesLimit);
        uint256 i = 0;
        while (i < _governors.length) {
            address governor = _governors[i];
            Member storage m = _members[governor];
            if (_votes[id][governor] != Vote.None) {
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
        emit ProposalFinalized(id, p.yes, p.no, passed(id));
    }

    /// @inheritdoc IGovernance
    function execute(uint256 id) external {
        Proposal storage p = _proposal(id);
        if (block.timestamp < p.end) revert GovernanceVotingOpen(id);
        if (p.executed) revert GovernanceAlreadyExecuted(id);
        if (!passed(id)) revert GovernanceProposalRejected(id, p.yes, p.no, p.governorCount);
        finalize(id);
        p.executed = true;
        emit ProposalExecuted(id);
        (bool ok, bytes memory reason) = p.target.call(p.data);
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

    function _requireMinimum(uint256 amount) private view {
        uint256 minimum = params.get(IParameters.Key.GovernorMinStake);
        if (amount < minimum) revert GovernanceStakeBelowMinimum(amount, minimum);
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
        m.stake -= SafeCast.toUint128(slash); // at most the uint128 stake
        m.governor = false;
        _updateShares(governor, 0);
        emit GovernorSlashed(governor, slash, m.missedInRow);
        m.missedInRow = 0;
        _governors[index] = _governors[_governors.length - 1];
        _governors.pop();
        if (slash > 0) ankr.safeTransfer(slashRecipient, slash);
    }

    /// @dev The `seats` heaviest of `pool` by `weightOf`, stable (earlier wins ties). O(pool x seats),
    ///      both bounded.
    function _top(address[] memory pool, uint256 seats) private view returns (address[] memory elected) {
        uint256 count = pool.length < seats ? pool.length : seats;
        uint256[] memory weights = new uint256[](pool.length);
        for (uint256 i = 0; i < pool.length; ++i) {
            weights[i] = weightOf(pool[i]);
        }
        bool[] memory taken = new bool[](pool.length);
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
