// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";
import {PoolTest} from "../utils/PoolTest.sol";
import {DepositData} from "../utils/DepositData.sol";
import {Eip7002} from "../utils/Eip7002.sol";

/// Each attack of the micro-pool security review (issue 14) performed against the contracts, failing to
/// steal, lock or orphan anyone's ETH, with exact balances.
contract MicroPoolAttacksTest is PoolTest {
    address internal dave = makeAddr("dave");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        seatPoolActors();
        vm.deal(stranger, 10 ether);
    }

    function poolStatus(uint256 poolId) internal view returns (IMicroPool.Status) {
        return pools.getPool(poolId).status;
    }

    // ------------------------------------------------------------ 1. deposit front-run

    /// The provider deposits 1 ETH for its validator's pubkey with its own 0x01 credentials after the
    /// guardians attested and before activating: the beacon chain would take the provider's credentials
    /// from that first deposit and pay it the pool's 32 ETH on exit. The deposit moved the root, so the
    /// attestation is void and nothing of the pool's leaves.
    function test_Attack_FrontRunDeposit_VoidsTheAttestation() public {
        uint256 poolId = filledPool();
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);

        bytes32 stolen = bytes32(uint256(uint160(provider)) | (uint256(1) << 248));
        vm.prank(provider);
        depositContract.deposit{value: 1 ether}(
            pubkey, abi.encodePacked(stolen), signature, DepositData.root(pubkey, stolen, signature, 1 ether)
        );

        bytes32 moved = depositContract.get_deposit_root();
        vm.expectRevert(
            abi.encodeWithSelector(
                IDepositGuard.GuardStaleDepositRoot.selector, attestation.depositRoot, moved
            )
        );
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);

        assertEq(address(depositContract).balance, 1 ether, "only the attacker's own 1 ETH was deposited");
        assertEq(address(pools).balance, 32 ether, "the pool's 32 ETH never left");
        assertEq(uint8(poolStatus(poolId)), uint8(IMicroPool.Status.Pending));

        // The pool ends unactivated; everyone leaves whole.
        vm.warp(pools.getPool(poolId).endTime);
        vm.prank(stranger);
        pools.cancel(poolId);
        vm.prank(alice);
        pools.unstake(poolId, 4 ether);
        vm.prank(bob);
        pools.unstake(poolId, 8 ether);
        vm.prank(carol);
        pools.unstake(poolId, 12 ether);
        assertEq(alice.balance, 1_000 ether);
        assertEq(bob.balance, 1_000 ether);
        assertEq(carol.balance, 1_000 ether);
        assertEq(ankr.balanceOf(alice), 1_000_000 ether, "ANKR fee back too");
        assertEq(pools.refundOf(provider), 8 ether, "the provider's own 8 ETH is all it gets back");
    }

    /// A deposit for the same pubkey landing between attestation and activation from anyone (here a
    /// stranger racing the provider) voids it the same way.
    function test_Attack_AnyDepositInBetween_VoidsTheAttestation() public {
        uint256 poolId = filledPool();
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        bytes memory otherKey = DepositData.pubkey(999);
        bytes32 credentials = bytes32(uint256(uint160(stranger)) | (uint256(1) << 248));
        vm.prank(stranger);
        depositContract.deposit{value: 1 ether}(
            otherKey,
            abi.encodePacked(credentials),
            signature,
            DepositData.root(otherKey, credentials, signature, 1 ether)
        );
        vm.expectRevert(
            abi.encodeWithSelector(
                IDepositGuard.GuardStaleDepositRoot.selector,
                attestation.depositRoot,
                depositContract.get_deposit_root()
            )
        );
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
        assertEq(address(pools).balance, 32 ether);
    }

    /// The guardians attested a deposit whose BLS signature they verified; a provider that swaps in a
    /// malformed signature (which would burn the 32 ETH) no longer has an attested deposit.
    function test_Attack_MalformedSignature_IsNotAttested() public {
        uint256 poolId = filledPool();
        vm.roll(block.number + 1);
        (bytes memory pubkey,,) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        bytes memory garbage = DepositData.signature(7);
        bytes32 garbageRoot = DepositData.root(pubkey, pools.withdrawalCredentials(poolId), garbage, 32 ether);
        vm.prank(provider);
        (bool sent, bytes memory refusal) = address(pools)
            .call(abi.encodeCall(pools.activate, (poolId, pubkey, garbage, garbageRoot, attestation)));
        assertFalse(sent, "refused");
        // The signatures recover to strangers: none counts (and their order means nothing).
        bytes4 reason = bytes4(refusal);
        assertTrue(
            reason == IDepositGuard.GuardNotEnoughAttestations.selector
                || reason == IDepositGuard.GuardUnsortedSignatures.selector
        );
        assertEq(address(pools).balance, 32 ether);
        assertEq(address(depositContract).balance, 0, "nothing burned");
    }

    /// One guardian alone (or the provider's own key) is not a quorum.
    function test_Attack_OneGuardianIsNotEnough() public {
        uint256 poolId = filledPool();
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        uint256[] memory keys = new uint256[](2);
        keys[0] = guardianKeys[0];
        keys[1] = 0xBAD; // not a guardian
        IDepositGuard.Attestation memory attestation =
            attest(guard, poolId, pubkey, pools.withdrawalCredentials(poolId), root, keys);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 1, 2));
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
    }

    // ------------------------------------------------------------ 2. aETH redeems whoever holds it

    /// Alice sells her 4 aETH to Dave before the pool settles: Dave redeems the 4 ETH of principal, Alice
    /// keeps her stake's 0.16 ETH of rewards; neither can take the other's part.
    function test_MovedAeth_IsRedeemedByItsHolder_RewardsStayWithTheStaker() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.prank(alice);
        assertTrue(aeth.transfer(dave, 4 ether));
        returnAndSettle(poolId, 33.6 ether);

        assertEq(redeemAll(dave), 4 ether, "the buyer redeems the principal");
        assertEq(dave.balance, 4 ether);
        vm.prank(dave);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNothingToClaim.selector, poolId, dave));
        pools.claim(poolId);

        assertEq(claim(poolId, alice), 0.16 ether, "the staker keeps its rewards");
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, 4 ether)
        );
        pools.redeem(4 ether);
        assertEq(alice.balance, 1_000 ether - 4 ether + 0.16 ether);
    }

    /// With nothing settled yet, redemptions queue in order (their aETH in escrow) and are paid, by anyone's
    /// call, once a settlement brings the principal back.
    function test_Redemption_QueuesUntilPrincipalComesBack() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.prank(alice);
        (uint256 eth, uint256 ticket) = pools.redeem(4 ether);
        assertEq(eth, 4 ether);
        assertEq(ticket, 1);
        vm.prank(bob);
        (, uint256 second) = pools.redeem(8 ether);
        assertEq(second, 2);
        assertEq(aeth.balanceOf(address(pools)), 12 ether, "in escrow");
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolTicketNotPayable.selector, 1));
        pools.claimRedemption(1);

        returnAndSettle(poolId, 32 ether);
        (uint256 reserve,, uint256 queued, uint256 paid) = pools.redemptionBooks();
        assertEq(reserve, 24 ether);
        assertEq(queued, 12 ether);
        assertEq(paid, 0);
        vm.prank(stranger);
        assertEq(pools.claimRedemption(2), 8 ether, "anyone pays a ticket to its owner");
        assertEq(bob.balance, 1_000 ether);
        vm.prank(alice);
        assertEq(pools.claimRedemption(1), 4 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolTicketNotPayable.selector, 1));
        pools.claimRedemption(1);
        assertEq(redeemAll(carol), 12 ether);
        assertEq(aeth.totalSupply(), 0);
        vm.prank(provider);
        assertEq(pools.claimProvider(poolId), 8 ether);
        assertEq(address(pools).balance, 0, "every wei paid out");
    }

    /// A redemption waiting in the queue bears a loss like every aETH: here it redeems at half.
    function test_Redemption_QueuedAethSharesALoss() public {
        vm.deal(address(this), 12 ether);
        insurance.deposit{value: 12 ether}();
        uint256 poolId = filledPool();
        activate(poolId);
        vm.prank(alice);
        pools.redeem(4 ether);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        pools.settle(poolId);
        vm.stopPrank();
        assertEq(pools.claimRedemption(1), 2 ether);
        assertEq(alice.balance, 1_000 ether - 2 ether);
        assertEq(redeemAll(bob), 4 ether);
        assertEq(redeemAll(carol), 6 ether);
        assertEq(address(pools).balance, 0);
    }

    // ------------------------------------------------------------ 3. hostage validators, orphaned ETH

    /// The provider keeps the validator running past the end: nobody may force the exit before the grace
    /// period, anyone may after it, and the request the vault queues is the validator's full exit.
    function test_Attack_HostageValidator_AnyoneForcesTheExitAfterGrace() public {
        uint256 poolId = filledPool();
        activate(poolId);
        bytes memory pubkey = DepositData.pubkey(poolId);
        uint256 due = uint256(pools.getPool(poolId).endTime) + pools.EXIT_GRACE();
        vm.warp(due - 1);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolExitNotDue.selector, poolId, due));
        vm.prank(stranger);
        pools.requestExit{value: 1 ether}(poolId, pubkey);

        vm.warp(due);
        assertEq(pools.exitFee(), 1, "the predeploy's minimum fee: 1 wei");
        vm.prank(stranger);
        pools.requestExit{value: 1 ether}(poolId, pubkey);
        assertEq(stranger.balance, 10 ether - 1, "paid the 1 wei fee, the rest refunded");
        assertEq(Eip7002.queued(vm), 1);
        (address source, bytes memory queuedKey, uint64 amount) = Eip7002.request(vm, 0);
        assertEq(source, pools.vaultOf(poolId), "from the validator's withdrawal address");
        assertEq(queuedKey, pubkey);
        assertEq(amount, 0, "a full exit");
    }

    /// Before the end nobody, governance included, exits a healthy pool's validator; once governance has
    /// reported a failure anyone may carry the exit out (its proposal carries no ETH for the fee).
    function test_Exit_ProviderAtTheEnd_AnyoneEarlyOnlyAfterAFailure() public {
        uint256 poolId = filledPool();
        activate(poolId);
        bytes memory pubkey = DepositData.pubkey(poolId);
        uint256 end = pools.getPool(poolId).endTime;
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolExitNotDue.selector, poolId, end + 7 days));
        vm.prank(governance);
        vm.deal(governance, 1 ether);
        pools.requestExit{value: 1}(poolId, pubkey);
        vm.prank(governance);
        pools.reportFailure(poolId, 0);
        vm.deal(stranger, 1 ether);
        vm.prank(stranger);
        pools.requestExit{value: 1}(poolId, pubkey);
        assertEq(Eip7002.queued(vm), 1);
        vm.warp(end);
        vm.deal(provider, 1 ether);
        vm.prank(provider);
        pools.requestExit{value: 1}(poolId, pubkey);
        assertEq(Eip7002.queued(vm), 2);
    }

    /// ETH that reaches the vault after the settlement belongs to the pool and is split by the same rule:
    /// 0.5 ETH late: 0.05 insurance, 0.05 reward pool, 0.4 to stakers and provider (0.0125 per ETH).
    function test_LateEth_AfterSettlement_IsSweptToItsOwnPool() public {
        uint256 poolId = filledPool();
        activate(poolId);
        returnAndSettle(poolId, 32 ether);
        assertEq(pools.claimable(poolId, alice), 0);
        vm.deal(pools.vaultOf(poolId), 0.5 ether);
        vm.prank(stranger);
        pools.settle(poolId);
        assertEq(address(insurance).balance, 0.05 ether);
        assertEq(address(rewardPool).balance, 0.05 ether);
        assertEq(claim(poolId, alice), 0.05 ether);
        assertEq(claim(poolId, bob), 0.1 ether);
        assertEq(claim(poolId, carol), 0.15 ether);
        vm.prank(provider);
        assertEq(pools.claimProvider(poolId), 8.1 ether);
        assertEq(pools.getPool(poolId).returned, 32.5 ether);
    }

    /// ETH arriving after a loss makes the loss up first: the uncovered part back to aETH, then the
    /// insurance pool's compensation; only then the provider's k and rewards.
    function test_LateEth_MakesUpALossFirst() public {
        vm.deal(address(this), 12 ether);
        insurance.deposit{value: 12 ether}();
        uint256 poolId = filledPool();
        activate(poolId);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        pools.settle(poolId);
        vm.stopPrank();
        assertEq(pools.previewRedeem(4 ether), 2 ether, "half covered");
        vm.deal(pools.vaultOf(poolId), 20 ether);
        vm.prank(stranger);
        pools.settle(poolId);
        assertEq(pools.previewRedeem(4 ether), 4 ether, "whole again");
        assertEq(address(insurance).balance, 8 ether, "8 of its 12 ETH back");
        assertEq(redeemAll(alice) + redeemAll(bob) + redeemAll(carol), 24 ether);
        assertEq(pools.getPool(poolId).providerPayout, 0, "the provider's k comes last");
    }

    // ------------------------------------------------------------ 4. payouts do not depend on governance

    /// Governance names no amount: it cannot settle an unfailed pool at all, nor early; a donation to a
    /// running pool's vault cannot settle it before its end either.
    function test_Attack_NobodySettlesEarly_NobodyNamesTheAmount() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.deal(pools.vaultOf(poolId), 8 ether); // a donation that looks like an exit
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotSettleable.selector, poolId, 8 ether));
        vm.prank(governance);
        pools.settle(poolId);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotSettleable.selector, poolId, 8 ether));
        vm.prank(stranger);
        pools.settle(poolId);
        assertEq(uint8(poolStatus(poolId)), uint8(IMicroPool.Status.Active));
    }

    // ------------------------------------------------------------ 5. migrations and eligibility

    /// A chain of twelve migrations (past the old limit of eight hops) still lets every staker out.
    function test_Migration_LongChain_LocksNobody() public {
        uint256 first = openPool(provider, 8 ether);
        stakeIn(first, alice, 4 ether);
        uint256 previous = first;
        for (uint256 i = 0; i < 12; i++) {
            address next =
                qualifiedProvider(string.concat("p", vm.toString(i)), IParameters.TrustLevel.SemiTrusted);
            uint256 poolId = openPool(next, 8 ether);
            vm.prank(governance);
            pools.migrate(previous, poolId);
            previous = poolId;
        }
        assertEq(pools.resolvedPool(first), previous);
        vm.prank(alice);
        pools.unstake(first, 1 ether);
        assertEq(pools.getPool(previous).totalStaked, 11 ether);
        vm.prank(alice);
        pools.unstake(first, 3 ether);
        assertEq(alice.balance, 1_000 ether, "all her ETH back through twelve hops");
    }

    function test_Activation_RefusedWhenProviderRevoked() public {
        uint256 poolId = filledPool();
        vm.prank(governance);
        registry.revokeQualification(provider);
        assertActivationRefused(poolId);
    }

    function test_Activation_RefusedWhenProviderDisqualified() public {
        uint256 poolId = filledPool();
        vm.prank(governance);
        registry.disqualify(provider, uint64(block.timestamp + 60 days));
        assertActivationRefused(poolId);
    }

    /// Slashed below Pmin on another pool's failure, the provider may not activate this one.
    function test_Activation_RefusedWhenProviderUnderCollateralised() public {
        uint256 failing = openPool(provider, 8 ether);
        address erin = staker("erin");
        stakeIn(failing, erin, 24 ether);
        activate(failing);
        uint256 poolId = filledPool();
        vm.prank(governance);
        pools.reportFailure(failing, 1 ether);
        assertLt(registry.getProvider(provider).collateral, PMIN);
        assertActivationRefused(poolId);
    }

    /// A refused activation pays no ANKR fee: the 24 000 ANKR stay for the stakers' refunds.
    function assertActivationRefused(uint256 poolId) internal {
        vm.roll(block.number + 1);
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        uint256 providerAnkr = ankr.balanceOf(provider);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolProviderNotEligible.selector, poolId, provider));
        vm.prank(provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
        assertEq(ankr.balanceOf(provider), providerAnkr, "no fees collected");
        assertEq(ankr.balanceOf(address(pools)), 24_000 ether);
        assertEq(address(pools).balance, 32 ether);
    }
}
