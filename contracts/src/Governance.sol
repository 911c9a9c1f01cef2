// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {RewardShares} from "./RewardShares.sol";

/// @notice Where delegated votes come from: ANKR staked on sidecars (NodeRegistry).
interface IDelegatedVotes {
    /// @notice Votes delegated to `candidate`.
    function delegatedVotes(address candidate) external view returns (uint256);
}

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
contract Governance is RewardShares {
    using SafeERC20 for IERC20;

    /// @notice The most candidates at once, which bounds an election's work.
    uint256 public constant MAX_CANDIDATES = 100;
    uint256 private constant BPS = 10_000;

    /// @notice The government's phase.
    enum Phase {
        Initialization,
        Transition,
        Automated
    }

    /// @notice How a governor voted.
    enum Vote {
        None,
        Yes,
        No
    }

    /// @notice One account's standing.
    struct Member {
        uint128 stake;
        bool invited;
        bool governor;
        bool candidate;
        uint8 missedInRow;
    }

    /// @notice A proposal: call `target` with `data` if it passes.
    struct Proposal {
        address proposer;
        uint40 start;
        uint40 end;
        bool executed;
        bool finalized;
        uint16 yes;
        uint16 no;
        uint16 governorCount;
        address target;
        bytes data;
        string description;
    }

    IParameters public immutable params;
    IERC20 public immutable ankr;
    IDelegatedVotes public immutable delegation;
    /// @notice Where slashed governor stake goes (the insurance pool).
    address public immutable slashRecipient;
    /// @notice When the government was founded.
    uint256 public immutable foundedAt;

    /// @notice When the last election ran (0 before the first).
    uint256 public lastElection;
    /// @notice How many proposals were made; ids run from 1.
    uint256 public proposalCount;
    address[] private _governors;
    address[] private _candidates;
    mapping(address account => Member member) private _members;
    mapping(uint256 id => Proposal proposal) private _proposals;
    mapping(uint256 id => mapping(address governor => Vote vote)) private _votes;

    /// @notice The caller is not a governor.
    error GovernanceNotGovernor(address caller);
    /// @notice The caller was not invited.
    error GovernanceNotInvited(address caller);
    /// @notice The stake would be below the minimum a governor or candidate keeps.
    error GovernanceStakeBelowMinimum(uint256 stake, uint256 minimum);
    /// @notice More withdrawn than staked.
    error GovernanceStakeInsufficient(uint256 stake, uint256 amount);
    /// @notice The action is not open in the current phase or at this time.
    error GovernanceWrongPhase(Phase phase);
    /// @notice No more candidates fit.
    error GovernanceTooManyCandidates();
    /// @notice Already a governor or candidate.
    error GovernanceAlreadyMember(address account);
    /// @notice Not a candidate.
    error GovernanceNotCandidate(address account);
    /// @notice The invitation list does not have n + 1 distinct accounts.
    error GovernanceBadInvitations(uint256 count, uint256 expected);
    /// @notice No such proposal.
    error GovernanceUnknownProposal(uint256 id);
    /// @notice Voting on the proposal has closed.
    error GovernanceVotingClosed(uint256 id);
    /// @notice Voting on the proposal is still open.
    error GovernanceVotingOpen(uint256 id);
    /// @notice The governor already voted.
    error GovernanceAlreadyVoted(uint256 id, address governor);
    /// @notice The proposal did not pass.
    error GovernanceProposalRejected(uint256 id, uint256 yes, uint256 no, uint256 governors);
    /// @notice The proposal already ran.
    error GovernanceAlreadyExecuted(uint256 id);
    /// @notice The proposal's call reverted.
    error GovernanceCallFailed(uint256 id, bytes reason);
    /// @notice The next election is not due yet.
    error GovernanceElectionNotDue(uint256 dueAt);

    /// @notice An invited governor joined.
    event GovernorJoined(address indexed governor, uint256 stake);
    /// @notice Stake changed.
    event GovernanceStaked(address indexed account, uint256 amount, uint256 stake);
    /// @notice Stake withdrawn.
    event GovernanceUnstaked(address indexed account, uint256 amount, uint256 stake);
    /// @notice A candidate applied.
    event CandidateApplied(address indexed candidate, uint256 stake);
    /// @notice A candidate withdrew.
    event CandidateWithdrew(address indexed candidate);
    /// @notice An election ran; `elected` are the governors added (transition) or the whole new list.
    event Elected(Phase phase, address[] elected);
    /// @notice A governor lost its seat in an election.
    event GovernorUnseated(address indexed governor);
    /// @notice A proposal was made.
    event ProposalCreated(
        uint256 indexed id,
        address indexed proposer,
        address target,
        bytes data,
        string description,
        uint256 end
    );
    /// @notice A governor voted.
    event VoteCast(uint256 indexed id, address indexed governor, bool support);
    /// @notice A proposal's voting closed and attendance was counted.
    event ProposalFinalized(uint256 indexed id, uint256 yes, uint256 no, bool passed);
    /// @notice A proposal ran.
    event ProposalExecuted(uint256 indexed id);
    /// @notice A governor missed too many votes in a row and was slashed and removed.
    event GovernorSlashed(address indexed governor, uint256 amount, uint256 missedInRow);

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

    /// @notice The current phase.
    function phase() public view returns (Phase) {
        if (lastElection != 0) return Phase.Automated;
        if (block.timestamp < foundedAt + params.get(IParameters.Key.InitializationPeriod)) {
            return Phase.Initialization;
        }
        return Phase.Transition;
    }

    /// @notice Join as an invited governor, staking `amount` ANKR (at least the minimum; approve first).
    /// @param amount ANKR in wei.
    function acceptInvitation(uint256 amount) external {
        Member storage m = _members[msg.sender];
        if (!m.invited) revert GovernanceNotInvited(msg.sender);
        if (m.governor) revert GovernanceAlreadyMember(msg.sender);
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

    /// @notice Add ANKR to your stake (approve first).
    /// @param amount ANKR in wei.
    function stake(uint256 amount) external {
        Member storage m = _members[msg.sender];
        uint256 total = m.stake + amount;
        m.stake = SafeCast.toUint128(total);
        if (m.governor) _updateShares(msg.sender, total);
        emit GovernanceStaked(msg.sender, amount, total);
        ankr.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraw stake; governors and candidates keep at least the minimum.
    /// @param amount ANKR in wei.
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

    /// @notice Apply to be elected (from the transition phase on), with at least the minimum staked.
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

    /// @notice Withdraw your candidacy.
    function withdrawCandidacy() external {
        if (!_members[msg.sender].candidate) revert GovernanceNotCandidate(msg.sender);
        _removeCandidate(msg.sender);
        emit CandidateWithdrew(msg.sender);
    }

    /// @notice An account's voting weight in elections: its own stake plus the ANKR delegated to it.
    function weightOf(address account) public view returns (uint256) {
        return _members[account].stake + delegation.delegatedVotes(account);
    }

    /// @notice When the next election may run.
    function nextElectionAt() public view returns (uint256) {
        if (lastElection == 0) return foundedAt + params.get(IParameters.Key.InitializationPeriod);
        return lastElection + params.get(IParameters.Key.GovernorTerm);
    }

    /// @notice Run the due election (anyone may call). In the transition phase the n heaviest candidates
    ///         join the invited governors; afterwards the 2n+1 heaviest of governors and candidates form
    ///         the new list. Ties go to whoever applied or joined first.
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

    /// @notice Propose that governance call `target` with `data`.
    /// @param target The contract to call (Parameters, ProviderRegistry, MicroPool…).
    /// @param data The calldata.
    /// @param description What it does and why, for people.
    /// @return id The proposal id.
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

    /// @notice Vote on an open proposal, once.
    /// @param id The proposal.
    /// @param support Yes or no.
    function vote(uint256 id, bool support) external onlyGovernor {
        Proposal storage p = _proposal(id);
        if (block.timestamp >= p.end) revert GovernanceVotingClosed(id);
        if (_votes[id][msg.sender] != Vote.None) revert GovernanceAlreadyVoted(id, msg.sender);
        _votes[id][msg.sender] = support ? Vote.Yes : Vote.No;
        if (support) p.yes += 1;
        else p.no += 1;
        emit VoteCast(id, msg.sender, support);
    }

    /// @notice Whether a closed proposal passed: quorum of governors voted and strictly more than the
    ///         majority share of the votes are yes.
    function passed(uint256 id) public view returns (bool) {
        Proposal storage p = _proposal(id);
        uint256 votes = uint256(p.yes) + p.no;
        bool quorum = votes * BPS >= params.get(IParameters.Key.QuorumBps) * p.governorCount;
        bool majority = uint256(p.yes) * BPS > params.get(IParameters.Key.MajorityBps) * votes;
        return block.timestamp >= p.end && votes > 0 && quorum && majority;
    }

    /// @notice Close a proposal's voting (anyone, after its end): count attendance, and slash and remove
    ///         governors who have now missed `MissedVotesLimit` votes in a row. `execute` does this too.
    /// @param id The proposal.
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

    /// @notice Run a passed proposal (anyone may call, once, after its voting period).
    /// @param id The proposal.
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

    /// @notice The governors.
    function governors() external view returns (address[] memory) {
        return _governors;
    }

    /// @notice The candidates.
    function candidates() external view returns (address[] memory) {
        return _candidates;
    }

    /// @notice An account's standing.
    function memberOf(address account) external view returns (Member memory) {
        return _members[account];
    }

    /// @notice A proposal.
    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _proposal(id);
    }

    /// @notice How `governor` voted on `id`.
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
