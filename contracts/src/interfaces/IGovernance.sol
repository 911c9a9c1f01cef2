// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IParameters} from "./IParameters.sol";
import {IRewardShares} from "./IRewardShares.sol";
import {IElectionLock} from "./INodeRegistry.sol";

/// @notice Where delegated votes come from: ANKR staked on sidecars (NodeRegistry).
interface IDelegatedVotes {
    /// @notice Votes delegated to `candidate`.
    function delegatedVotes(address candidate) external view returns (uint256);

    /// @notice Votes delegated to `candidate` at the end of second `timepoint`.
    function delegatedVotesAt(address candidate, uint256 timepoint) external view returns (uint256);
}

/// @title IGovernance
/// @notice The 2n+1 governors of stkr (§3.1): candidates, elections, proposals, votes and the slashing of absent governors.
interface IGovernance is IRewardShares, IElectionLock {
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

    /// @notice One account's standing. `seatedAt` is when its current seat began (0 when not a
    ///         governor); `openProposals` counts its proposals not yet finalized.
    struct Member {
        uint128 stake;
        bool invited;
        bool governor;
        bool candidate;
        uint8 missedInRow;
        uint40 seatedAt;
        uint8 openProposals;
    }

    /// @notice A proposal: call `target` with `data` if it passes. Only governors seated when it was made
    ///         vote on it; quorum counts against `seats` (2n+1 then); the quorum and majority are those in
    ///         force when it was made; once passed it may run from `eta` (its end plus the timelock) until
    ///         `expiresAt`.
    struct Proposal {
        address proposer;
        uint40 start;
        uint40 end;
        bool executed;
        bool finalized;
        uint16 yes;
        uint16 no;
        uint16 seats;
        uint40 eta;
        uint40 expiresAt;
        uint96 bond;
        uint16 quorumBps;
        uint16 majorityBps;
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

    /// @notice The candidate list is full and the applicant's stake is not above the lightest candidate's.
    error GovernanceTooManyCandidates(uint256 lightestStake);

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

    /// @notice Stakes and candidacies are locked from the election snapshot until the election has run.
    error GovernanceElectionLocked(uint256 snapshotAt);

    /// @notice The governor took its seat after the proposal was made, so it does not vote on it.
    error GovernanceSeatedAfterProposal(uint256 id, address governor);

    /// @notice The governor already has the most open proposals allowed.
    error GovernanceTooManyOpenProposals(address governor, uint256 limit);

    /// @notice The proposal passed but its timelock runs until `eta`.
    error GovernanceTimelocked(uint256 id, uint256 eta);

    /// @notice The proposal passed but was not executed before `expiresAt`.
    error GovernanceProposalExpired(uint256 id, uint256 expiresAt);

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

    /// @notice A full candidate list made room: `by`, with more stake, took the lightest candidate's place.
    event CandidateDisplaced(address indexed candidate, address indexed by);

    /// @notice An election ran; `elected` are the governors added (transition) or the whole new list.
    event Elected(Phase phase, address[] elected);

    /// @notice A governor lost its seat in an election.
    event GovernorUnseated(address indexed governor);

    /// @notice A proposal was made; if it passes it may run from `eta` until `expiresAt`.
    event ProposalCreated(
        uint256 indexed id,
        address indexed proposer,
        address target,
        bytes data,
        string description,
        uint256 end,
        uint256 eta,
        uint256 expiresAt,
        uint256 bond
    );

    /// @notice A proposal's bond went back to its proposer (it reached quorum) or to the insurance pool.
    event ProposalBondSettled(uint256 indexed id, address indexed proposer, uint256 amount, bool returned);

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

    /// @notice How long after its snapshot an election may run (1 day): weights stay locked meanwhile.
    function ELECTION_LOCK() external view returns (uint256);

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

    /// @notice The contract through which passed proposals act (Parameters' governance address).
    function executor() external view returns (address);

    /// @notice When the last election ran (0 before the first).
    function lastElection() external view returns (uint256);

    /// @notice How many proposals were made; ids run from 1.
    function proposalCount() external view returns (uint256);

    /// @notice The current phase.
    function phase() external view returns (Phase);

    /// @notice Join as an invited governor, staking `amount` ANKR (at least the minimum; approve first).
    /// @param amount ANKR in wei.
    function acceptInvitation(uint256 amount) external;

    /// @notice Add ANKR to your stake (approve first); it counts in elections whose snapshot comes after.
    /// @param amount ANKR in wei.
    function stake(uint256 amount) external;

    /// @notice Withdraw stake; governors and candidates keep at least the minimum, and nothing moves
    ///         between an election's snapshot and the election.
    /// @param amount ANKR in wei.
    function unstake(uint256 amount) external;

    /// @notice Apply to be elected, with at least the minimum staked. When the list is full, an applicant
    ///         with more stake than the lightest candidate takes its place. Not between an election's snapshot
    ///         and the election. An invited account joins instead while invitations are open (one seat per
    ///         account).
    function applyAsCandidate() external;

    /// @notice Withdraw your candidacy (not between an election's snapshot and the election).
    function withdrawCandidacy() external;

    /// @notice An account's voting weight now: its own stake plus the ANKR delegated to it.
    function weightOf(address account) external view returns (uint256);

    /// @notice An account's voting weight at the end of second `timepoint`, from checkpoints.
    function weightAt(address account, uint256 timepoint) external view returns (uint256);

    /// @notice An account's own stake at the end of second `timepoint`.
    function stakeAt(address account, uint256 timepoint) external view returns (uint256);

    /// @notice The time whose weights the next election reads. From it until the election has run,
    ///         stakes, candidacies and delegated votes are locked.
    function electionSnapshotAt() external view returns (uint256);

    /// @notice When the next election may run: `ELECTION_LOCK` after its snapshot.
    function nextElectionAt() external view returns (uint256);

    /// @notice Run the due election (anyone may call), by the weights at its snapshot. In the transition
    ///         phase the n heaviest candidates join the invited governors; afterwards the 2n+1 heaviest of
    ///         governors and candidates form the new list, and governors not re-elected lose their seat
    ///         (they may apply again). Ties go to whoever applied or joined first.
    function elect() external;

    /// @notice Propose that governance call `target` with `data`, locking `ProposalBond` ANKR (approve
    ///         first); at most `MaxOpenProposals` open per governor.
    /// @param target The contract to call (Parameters, ProviderRegistry, MicroPool…).
    /// @param data The calldata.
    /// @param description What it does and why, for people.
    /// @return id The proposal id.
    function propose(address target, bytes calldata data, string calldata description)
        external
        returns (uint256 id);

    /// @notice Vote on an open proposal, once, if you were seated when it was made.
    /// @param id The proposal.
    /// @param support Yes or no.
    function vote(uint256 id, bool support) external;

    /// @notice Whether a closed proposal passed: votes reached `QuorumBps` of its 2n+1 seats and
    ///         strictly more than the majority share of the votes are yes.
    function passed(uint256 id) external view returns (bool);

    /// @notice Close a proposal's voting (anyone, after its end). If it reached quorum: return the bond,
    ///         and count attendance of the governors seated for its whole voting window, slashing and
    ///         removing those who have now missed `MissedVotesLimit` votes in a row. If not: the bond goes
    ///         to the insurance pool and nobody's attendance counts. `execute` does this too.
    /// @param id The proposal.
    function finalize(uint256 id) external;

    /// @notice Run a passed proposal through the executor (anyone may call, once, from its `eta` until
    ///         its `expiresAt`).
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
