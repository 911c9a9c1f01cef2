// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IGovernance} from "../../src/interfaces/IGovernance.sol";
import {IElectionLock} from "../../src/interfaces/INodeRegistry.sol";
import {Governance, IDelegatedVotes} from "../../src/Governance.sol";
import {Protocol} from "../utils/Protocol.sol";
import {CheapAsserts} from "../utils/CheapAsserts.sol";
import {GovernanceHandler} from "./handlers/GovernanceHandler.sol";

/// The government of 2n+1 (n = 2) under any sequence of stakes, invitations, candidacies (an invited
/// account that did not join stands once the Initialization phase is over), delegations,
/// elections, proposals (benign, and attacks on the staked ANKR through the executor), votes,
/// finalizations and executions: the lists stay within their bounds, hold each account once and agree
/// with the members' flags, and Governance holds exactly the members' stakes plus the open bonds, which
/// no proposal can move.
contract GovernanceInvariantTest is Protocol, CheapAsserts {
    GovernanceHandler internal handler;
    Governance internal gov;

    function setUp() public {
        deployProtocol();
        address[] memory accounts = new address[](8);
        address[] memory invited = new address[](3);
        for (uint256 i = 0; i < accounts.length; i++) {
            accounts[i] = makeAddr(string.concat(i < 3 ? "invited" : "account", vm.toString(i)));
            ankr.mint(accounts[i], 5_000_000 ether);
            if (i < 3) invited[i] = accounts[i];
        }
        gov = new Governance(
            params, ankr, IDelegatedVotes(address(nodes)), address(insurance), address(rewardPool), invited
        );
        for (uint256 i = 0; i < accounts.length; i++) {
            vm.prank(accounts[i]);
            ankr.approve(address(gov), type(uint256).max);
        }
        // Two of the invited join (the handler may bring the third) and two candidates stand.
        for (uint256 i = 0; i < 2; i++) {
            vm.prank(accounts[i]);
            gov.acceptInvitation(150_000 ether);
            vm.startPrank(accounts[3 + i]);
            gov.stake(120_000 ether + i * 10_000 ether);
            gov.applyAsCandidate();
            vm.stopPrank();
        }

        // Sidecar stakers whose votes the handler delegates.
        address provider = qualifiedProvider("provider", IParameters.TrustLevel.Trusted);
        vm.prank(provider);
        uint256 nodeId = nodes.registerNode(makeAddr("sidecar"), "https://node", capacity());
        address[] memory delegators = new address[](2);
        for (uint256 i = 0; i < delegators.length; i++) {
            delegators[i] = staker(string.concat("delegator", vm.toString(i)));
            vm.startPrank(delegators[i]);
            ankr.approve(address(nodes), type(uint256).max);
            nodes.stakeOnSidecar(nodeId, (i + 1) * 70_000 ether);
            vm.stopPrank();
        }

        // Short phases so a run sees several elections and proposals through their whole life.
        vm.startPrank(governance);
        params.set(IParameters.Key.InitializationPeriod, 2 days);
        params.set(IParameters.Key.GovernorTerm, 3 days); // with the one-day election lock, 4 days a cycle
        params.set(IParameters.Key.VotingPeriod, 1 days);
        params.set(IParameters.Key.TimelockDelay, 1 hours);
        params.set(IParameters.Key.ProposalExpiry, 2 days);
        nodes.connectElections(IElectionLock(address(gov)));
        params.transferGovernance(gov.executor());
        vm.stopPrank();

        handler = new GovernanceHandler(
            gov, nodes, params, ankr, makeAddr("attacker"), nodeId, accounts, delegators
        );
        targetContract(address(handler));
    }

    /// At most 2n+1 governors and 100 candidates; nobody twice in governors + candidates; the lists and
    /// the members' flags agree both ways; governors and candidates keep the minimum stake; a member's
    /// reward shares are its stake while it sits and nothing otherwise.
    function invariant_MembershipIsConsistent() public view {
        address[] memory seated = gov.governors();
        address[] memory standing = gov.candidates();
        uint256 n = params.get(IParameters.Key.GovernorSeatsN);
        checkLe(seated.length, 2 * n + 1, "more than 2n+1 governors");
        checkLe(standing.length, gov.MAX_CANDIDATES(), "more than 100 candidates");
        address[] memory all = new address[](seated.length + standing.length);
        for (uint256 i = 0; i < seated.length; i++) {
            all[i] = seated[i];
        }
        for (uint256 i = 0; i < standing.length; i++) {
            all[seated.length + i] = standing[i];
        }
        for (uint256 i = 0; i < all.length; i++) {
            for (uint256 j = i + 1; j < all.length; j++) {
                checkTrue(all[i] != all[j], "an account twice in governors + candidates");
            }
        }
        uint256 minimum = params.get(IParameters.Key.GovernorMinStake);
        address[] memory accounts = handler.allAccounts();
        bool initializing = gov.phase() == IGovernance.Phase.Initialization;
        for (uint256 a = 0; a < accounts.length; a++) {
            IGovernance.Member memory m = gov.memberOf(accounts[a]);
            bool isSeated = contains(seated, accounts[a]);
            bool isStanding = contains(standing, accounts[a]);
            checkTrue(m.governor == isSeated, "governor flag = in governors()");
            checkTrue(m.candidate == isStanding, "candidate flag = in candidates()");
            checkTrue(!(m.governor && m.candidate), "governor and candidate at once");
            // An invited account that joins is no longer `invited`; one that did not may stand (and be
            // elected) only once the Initialization phase, when it could still join, is over.
            checkTrue(
                !(m.invited && (m.governor || m.candidate)) || !initializing,
                "invited and seated or standing while it could still join"
            );
            checkTrue((m.seatedAt != 0) == m.governor, "seatedAt set only while seated");
            if (m.governor || m.candidate) checkGe(m.stake, minimum, "member below the minimum stake");
            checkEq(
                gov.rewardSharesOf(accounts[a]),
                m.governor ? m.stake / 1e9 * 1e9 : 0,
                "reward shares = seated stake"
            );
        }
    }

    /// Governance holds exactly the members' stakes plus the bonds of proposals not yet finalized; the
    /// executor holds nothing, and no attack through it ever ran or paid the attacker.
    function invariant_StakeIsConserved() public view {
        uint256 stakes;
        address[] memory accounts = handler.allAccounts();
        for (uint256 a = 0; a < accounts.length; a++) {
            stakes += gov.memberOf(accounts[a]).stake;
        }
        checkEq(
            ankr.balanceOf(address(gov)), stakes + handler.ghostOpenBonds(), "ANKR held = stakes + open bonds"
        );
        checkEq(ankr.balanceOf(gov.executor()), 0, "the executor holds ANKR");
        checkEq(ankr.balanceOf(handler.attacker()), 0, "the attacker was paid");
        checkEq(handler.attacksExecuted(), 0, "an attack on the stake ran");
        checkEq(handler.violations(), 0, "a call did not do what it must (see GovernanceHandler.violations)");
    }

    /// At the end of every run: the open bonds recounted from the proposals themselves.
    function afterInvariant() public view {
        uint256 open;
        for (uint256 id = 1; id <= gov.proposalCount(); id++) {
            IGovernance.Proposal memory p = gov.getProposal(id);
            if (!p.finalized) open += p.bond;
        }
        checkEq(open, handler.ghostOpenBonds(), "open bonds");
    }

    function contains(address[] memory list, address who) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; i++) {
            if (list[i] == who) return true;
        }
        return false;
    }
}
