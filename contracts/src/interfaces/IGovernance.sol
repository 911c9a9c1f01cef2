// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IRewardShares} from "./IRewardShares.sol";

/// @notice Where delegated votes come from: ANKR staked on sidecars (NodeRegistry).
interface IDelegatedVotes {
    /// @notice Votes delegated to `candidate`.
    function delegatedVotes(address candidate) external view returns (uint256);
}

/// @title IGovernance
/// @notice The 2n+1 governors of stkr (§3.1): candidates, elections, proposals, votes and the slashing of absent governors.
interface IGovernance is IRewardShares {
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

    /// @notice The most candidates at once, which bounds an election's work.
    function MAX_CANDIDATES() external view returns (uint256);

    /// @notice Parameters (n, periods, quorum, majority, stakes, slash amount).
    function params() external view returns (IParameters);

    /// @notice The ANKR token governors stake.
    function ankr() external view returns (IERC20);

    /// @notice Where sidecar stakers' delegated votes are counted (NodeRegistry).
    function delegation() external view returns (IDelegatedVotes);

    /// @notice Where slashed governor stake goes (the insurance pool).
    function slashRecipient() external view returns (address);

    /// @notice When the government was founded.
    function foundedAt() external view returns (uint256);

    /// @notice When the last election ran (0 before the first).
    function lastElection() external view returns (uint256);

    /// @notice How many proposals were made; ids run from 1.
    function proposalCount() external view returns (uint256);

    /// @notice The current phase.
    function phase() external view returns (Phase);

    /// @notice Join as an invited governor, staking `amount` ANKR (at least the minimum; approve first).
    /// @param amount ANKR in wei.
    function acceptInvitation(uint256 amount) external;

    /// @notice Add ANKR to your stake (approve first).
    /// @param amount ANKR in wei.
    function stake(uint256 amount) external;

    /// @notice Withdraw stake; governors and candidates keep at least the minimum.
    /// @param amount ANKR in wei.
    function unstake(uint256 amount) external;

    /// @notice Apply to be elected (from the transition phase on), with at least the minimum staked.
    function applyAsCandidate() external;

    /// @notice Withdraw your candidacy.
    function withdrawCandidacy() external;

    /// @notice An account's voting weight in elections: its own stake plus the ANKR delegated to it.
    function weightOf(address account) external view returns (uint256);

    /// @notice When the next election may run.
    function nextElectionAt() external view returns (uint256);

    /// @notice Run the due election (anyone may call). In the transition phase the n heaviest candidates
    ///         join the invited governors; afterwards the 2n+1 heaviest of governors and candidates form
    ///         the new list. Ties go to whoever applied or joined first.
    function elect() external;

    /// @notice Propose that governance call `target` with `data`.
    /// @param target The contract to call (Parameters, ProviderRegistry, MicroPool…).
    /// @param data The calldata.
    /// @param description What it does and why, for people.
    /// @return id The proposal id.
    function propose(address target, bytes calldata data, string calldata description)
        external
        returns (uint256 id);

    /// @notice Vote on an open proposal, once.
    /// @param id The proposal.
    /// @param support Yes or no.
    function vote(uint256 id, bool support) external;

    /// @notice Whether a closed proposal passed: quorum of governors voted and strictly more than the
    ///         majority share of the votes are yes.
    function passed(uint256 id) external view returns (bool);

    /// @notice Close a proposal's voting (anyone, after its end): count attendance, and slash and remove
    ///         governors who have now missed `MissedVotesLimit` votes in a row. `execute` does this too.
    /// @param id The proposal.
    function finalize(uint256 id) external;

    /// @notice Run a passed proposal (anyone may call, once, after its voting period).
    /// @param id The proposal.
    function execute(uint256 id) external;

    /// @notice The governors.
    function governors() external view returns (address[] memory);

    /// @notice The candidates.
    function candidates() external view returns (address[] memory);

    /// @notice An account's standing.
    function memberOf(address account) external view returns (Member memory);

    /// @notice A proposal.
    function getProposal(uint256 id) external view returns (Proposal memory);

    /// @notice How `governor` voted on `id`.
    function voteOf(uint256 id, address governor) external view returns (Vote);
}
