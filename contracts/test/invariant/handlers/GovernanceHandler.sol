// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Governance} from "../../../src/Governance.sol";
import {GovernanceExecutor} from "../../../src/GovernanceExecutor.sol";
import {NodeRegistry} from "../../../src/NodeRegistry.sol";
import {Parameters} from "../../../src/Parameters.sol";
import {IParameters} from "../../../src/interfaces/IParameters.sol";
import {IGovernance} from "../../../src/interfaces/IGovernance.sol";
import {INodeRegistry} from "../../../src/interfaces/INodeRegistry.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";

/// Accounts stake, unstake, accept invitations, apply and withdraw as candidates; sidecar stakers
/// delegate votes to them; elections run when due; governors propose (benign parameter changes, and
/// attacks that try to move the ANKR staked in Governance through the executor), vote, finalize and
/// execute, while time passes. Ghosts count the bonds of proposals not yet finalized and what the
/// attacks managed to move.
contract GovernanceHandler is Test {
    /// What a proposal tries to do.
    enum Kind {
        SetAuditK, // benign: params.set(AuditK, 4)
        TransferStake, // ankr.transfer(attacker, all of Governance's ANKR), from the executor
        TransferFromGovernance, // ankr.transferFrom(Governance, attacker, all of it)
        UnstakeAsExecutor, // gov.unstake(all of it), as the executor
        ExecutorRunsItself // executor.run(ankr, transfer(attacker, all of it)), the executor calling itself
    }

    Governance internal immutable gov;
    NodeRegistry internal immutable nodes;
    Parameters internal immutable params;
    AnkrToken internal immutable ankr;
    address public immutable attacker;
    uint256 internal immutable nodeId;
    address[] internal accounts; // the invited first
    address[] internal delegators;

    mapping(uint256 id => Kind kind) public kindOf;
    uint256 public ghostOpenBonds;
    uint256 public attacksExecuted; // attacks whose call succeeded: must stay 0
    uint256 public attacksRefused;
    uint256 public executed;
    uint256 public elections;
    uint256 public expectedReverts; // calls refused as they must be (in the election lock, or a member twice)
    /// Invited accounts that applied as candidates after the Initialization phase.
    uint256 public lateInvitedApplied;
    /// Calls that did not do what they must (a locked call that went through or failed otherwise, a
    /// passed benign proposal that did not run, an execution that moved more than its bond). Handler
    /// assertions would only revert the call, which the campaign does not count as a failure; the
    /// invariants check this stays 0.
    uint256 public violations;

    constructor(
        Governance gov_,
        NodeRegistry nodes_,
        Parameters params_,
        AnkrToken ankr_,
        address attacker_,
        uint256 nodeId_,
        address[] memory accounts_,
        address[] memory delegators_
    ) {
        gov = gov_;
        nodes = nodes_;
        params = params_;
        ankr = ankr_;
        attacker = attacker_;
        nodeId = nodeId_;
        accounts = accounts_;
        delegators = delegators_;
    }

    function allAccounts() external view returns (address[] memory) {
        return accounts;
    }

    function _account(uint256 seed) internal view returns (address) {
        return accounts[seed % accounts.length];
    }

    function _locked() internal view returns (bool) {
        return block.timestamp >= gov.electionSnapshotAt();
    }

    /// `who` calls `target` with `data`, which must revert with exactly `error_`.
    function _expectError(address who, address target, bytes memory data, bytes memory error_) internal {
        vm.prank(who);
        (bool ok, bytes memory returned) = target.call(data);
        if (ok || keccak256(returned) != keccak256(error_)) violations++;
        expectedReverts++;
    }

    function _lockedError() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IGovernance.GovernanceElectionLocked.selector, gov.electionSnapshotAt());
    }

    // ---------------------------------------------------------------- membership

    function acceptInvitation(uint256 who, uint256 amount) external {
        address a = _account(who);
        IGovernance.Member memory m = gov.memberOf(a);
        if (!m.invited || gov.phase() != IGovernance.Phase.Initialization) return;
        vm.prank(a);
        gov.acceptInvitation(bound(amount, 100_000 ether, 300_000 ether));
    }

    function stake(uint256 who, uint256 amount) external {
        address a = _account(who);
        vm.prank(a);
        gov.stake(bound(amount, 1, 200_000 ether));
    }

    function unstake(uint256 who, uint256 amount) external {
        address a = _account(who);
        IGovernance.Member memory m = gov.memberOf(a);
        uint256 floor = m.governor || m.candidate ? params.get(IParameters.Key.GovernorMinStake) : 0;
        if (m.stake <= floor) return;
        amount = bound(amount, 1, m.stake - floor);
        if (_locked()) {
            _expectError(a, address(gov), abi.encodeCall(gov.unstake, (amount)), _lockedError());
            return;
        }
        vm.prank(a);
        gov.unstake(amount);
    }

    /// An account applies, with at least the minimum staked. An invited account that has not joined is
    /// refused while it may still join (the Initialization phase: one seat per account), and stands like
    /// anyone once that phase is over.
    function applyAsCandidate(uint256 who) external {
        address a = _account(who);
        IGovernance.Member memory m = gov.memberOf(a);
        if (m.governor || m.candidate) return;
        uint256 minimum = params.get(IParameters.Key.GovernorMinStake);
        if (m.stake < minimum) {
            vm.prank(a);
            gov.stake(minimum - m.stake);
        }
        if (_locked()) {
            _expectError(a, address(gov), abi.encodeCall(gov.applyAsCandidate, ()), _lockedError());
            return;
        }
        if (m.invited && gov.phase() == IGovernance.Phase.Initialization) {
            bytes memory error_ = abi.encodeWithSelector(IGovernance.GovernanceAlreadyMember.selector, a);
            _expectError(a, address(gov), abi.encodeCall(gov.applyAsCandidate, ()), error_);
            return;
        }
        vm.prank(a);
        gov.applyAsCandidate();
        if (m.invited) lateInvitedApplied++;
    }

    function withdrawCandidacy(uint256 who) external {
        address a = _account(who);
        if (!gov.memberOf(a).candidate) return;
        if (_locked()) {
            _expectError(a, address(gov), abi.encodeCall(gov.withdrawCandidacy, ()), _lockedError());
            return;
        }
        vm.prank(a);
        gov.withdrawCandidacy();
    }

    /// A sidecar staker moves its delegated votes (locked from the snapshot until the election).
    function delegate(uint256 who, uint256 to) external {
        address d = delegators[who % delegators.length];
        address candidate = to % 4 == 0 ? address(0) : _account(to);
        if (nodes.delegateOf(d) != address(0) && gov.electionLocked()) {
            bytes memory error_ = abi.encodeWithSelector(INodeRegistry.NodeVotesLocked.selector, d);
            _expectError(d, address(nodes), abi.encodeCall(nodes.delegate, (candidate)), error_);
            return;
        }
        vm.prank(d);
        nodes.delegate(candidate);
    }

    /// Run the election when its snapshot is within a day: time moves on to it, through the lock of
    /// `ELECTION_LOCK` (a day) after the snapshot, so a run sees several. (`reachSnapshot` stops at the
    /// snapshot instead, so calls also land in the lock.)
    function elect() external {
        uint256 due = gov.nextElectionAt();
        if (due > block.timestamp + 1 days + gov.ELECTION_LOCK()) return;
        if (block.timestamp < due) vm.warp(due);
        gov.elect();
        elections++;
    }

    // ---------------------------------------------------------------- proposals

    function propose(uint256 who, uint256 kind) external {
        address[] memory seated = gov.governors();
        if (seated.length == 0) return;
        address proposer = seated[who % seated.length];
        if (gov.memberOf(proposer).openProposals >= params.get(IParameters.Key.MaxOpenProposals)) return;
        Kind k = kind % 8 < 3 ? Kind.SetAuditK : Kind(1 + kind % 4); // benign 3 in 8, each attack 1 in 8
        (address target, bytes memory data) = _call(k);
        uint256 bond = params.get(IParameters.Key.ProposalBond);
        vm.prank(proposer);
        uint256 id = gov.propose(target, data, "invariant");
        kindOf[id] = k;
        ghostOpenBonds += bond;
    }

    function _call(Kind k) internal view returns (address target, bytes memory data) {
        uint256 all = ankr.balanceOf(address(gov));
        if (k == Kind.SetAuditK) {
            return (address(params), abi.encodeCall(params.set, (IParameters.Key.AuditK, 4)));
        }
        if (k == Kind.TransferStake) {
            return (address(ankr), abi.encodeCall(IERC20.transfer, (attacker, all)));
        }
        if (k == Kind.TransferFromGovernance) {
            return (address(ankr), abi.encodeCall(IERC20.transferFrom, (address(gov), attacker, all)));
        }
        if (k == Kind.UnstakeAsExecutor) return (address(gov), abi.encodeCall(gov.unstake, (all)));
        bytes memory inner = abi.encodeCall(IERC20.transfer, (attacker, all));
        return (gov.executor(), abi.encodeCall(GovernanceExecutor.run, (address(ankr), inner)));
    }

    /// One governor votes on a proposal, if it may.
    function vote(uint256 who, uint256 id, bool support) external {
        uint256 count = gov.proposalCount();
        if (count == 0) return;
        id = bound(id, 1, count);
        address[] memory seated = gov.governors();
        if (seated.length == 0) return;
        _voteIfAllowed(seated[who % seated.length], id, support);
    }

    /// Every governor who may vote on the latest open proposal does, the same way: yes three times in
    /// four, so proposals pass and reach their execution window.
    function voteAll(uint256 yes) external {
        bool support = yes % 4 != 0;
        address[] memory seated = gov.governors();
        uint256 count = gov.proposalCount();
        for (uint256 id = count; id > 0 && id + 6 > count; id--) {
            if (block.timestamp >= gov.getProposal(id).end) continue;
            for (uint256 i = 0; i < seated.length; i++) {
                _voteIfAllowed(seated[i], id, support);
            }
            return;
        }
    }

    function _voteIfAllowed(address governor, uint256 id, bool support) internal {
        IGovernance.Proposal memory p = gov.getProposal(id);
        if (block.timestamp >= p.end || gov.memberOf(governor).seatedAt > p.start) return;
        if (gov.voteOf(id, governor) != IGovernance.Vote.None) return;
        vm.prank(governor);
        gov.vote(id, support);
    }

    function finalize(uint256 id) external {
        uint256 count = gov.proposalCount();
        if (count == 0) return;
        id = bound(id, 1, count);
        IGovernance.Proposal memory p = gov.getProposal(id);
        if (block.timestamp < p.end) return;
        gov.finalize(id);
        if (!p.finalized) ghostOpenBonds -= p.bond;
    }

    /// Execute the latest passed proposal in its window (of the last five): benign ones run, attacks must
    /// revert and move nothing.
    function execute(uint256 skip) external {
        uint256 count = gov.proposalCount();
        for (uint256 id = count - bound(skip, 0, count < 2 ? 0 : 1); id > 0 && id + 5 > count; id--) {
            IGovernance.Proposal memory p = gov.getProposal(id);
            if (p.executed || block.timestamp < p.eta || block.timestamp >= p.expiresAt || !gov.passed(id)) {
                continue;
            }
            uint256 held = ankr.balanceOf(address(gov));
            (bool ok,) = address(gov).call(abi.encodeCall(gov.execute, (id)));
            if (kindOf[id] == Kind.SetAuditK) {
                if (!ok) violations++; // a passed benign proposal runs
                executed++;
                uint256 bond = ok && !p.finalized ? p.bond : 0;
                ghostOpenBonds -= bond;
                if (ankr.balanceOf(address(gov)) != held - bond) violations++; // only its bond left
            } else {
                if (ok) attacksExecuted++;
                else attacksRefused++;
                if (ankr.balanceOf(address(gov)) != held) attacksExecuted++; // an attack moved Governance's ANKR
            }
            return;
        }
    }

    /// Time reaches the next election's snapshot, when it is within a day: stakes, candidacies and
    /// delegations lock until the election runs.
    function reachSnapshot() external {
        uint256 snapshot = gov.electionSnapshotAt();
        if (block.timestamp < snapshot && snapshot <= block.timestamp + 1 days) vm.warp(snapshot);
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1 hours, 1 days));
    }
}
