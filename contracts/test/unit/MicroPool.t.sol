// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {MicroPool} from "../../src/MicroPool.sol";
import {InsurancePool} from "../../src/InsurancePool.sol";
import {AETH} from "../../src/token/AETH.sol";
import {PoolTest} from "../utils/PoolTest.sol";
import {DepositData} from "../utils/DepositData.sol";
import {IAETH} from "../../src/interfaces/IAETH.sol";
import {IInsurancePool} from "../../src/interfaces/IInsurancePool.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";

contract MicroPoolTest is PoolTest {
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        seatPoolActors();
    }

    // ------------------------------------------------------------ §3.4.7 money flows, exact numbers

    function test_MicroInvestor_Staking4Eth_Pays4of32FP() public {
        uint256 poolId = openPool(provider, 8 ether);
        uint256 ankrBefore = ankr.balanceOf(alice);
        stakeIn(poolId, alice, 4 ether);
        assertEq(ankrBefore - ankr.balanceOf(alice), 4_000 ether, "4/32 x 32000 ANKR");
        assertEq(aeth.balanceOf(alice), 4 ether, "aETH 1:1");
        assertEq(pools.getStake(poolId, alice).principal, 4 ether);
        assertEq(pools.getStake(poolId, alice).feePaid, 4_000 ether);
    }

    function test_Lifecycle_ThreeStakersAndProvider() public {
        uint256 poolId = filledPool();
        assertEq(pools.getPool(poolId).totalStaked, 32 ether);
        assertEq(aeth.totalSupply(), 24 ether, "only stakers hold aETH");

        // Activation: 24000 ANKR of fees, 10 % to the reward pool, the rest to the provider.
        uint256 providerAnkr = ankr.balanceOf(provider);
        activate(poolId);
        assertEq(ankr.balanceOf(address(rewardPool)), 2_400 ether);
        assertEq(ankr.balanceOf(provider) - providerAnkr, 21_600 ether);
        assertEq(address(depositContract).balance, 32 ether, "32 ETH deposited");
        assertEq(address(pools).balance, 0, "nothing left behind");

        // 33.6 ETH comes back: 1.6 ETH of rewards, 10 % insurance, 10 % reward pool, 80 % stakers.
        returnAndSettle(poolId, 33.6 ether);
        assertEq(address(insurance).balance, 0.16 ether);
        assertEq(address(rewardPool).balance, 0.16 ether);
        assertEq(claimAndRedeem(poolId, alice), 4.16 ether, "0.16 ETH of rewards and 4 ETH of principal");
        assertEq(claimAndRedeem(poolId, bob), 8.32 ether);
        assertEq(claimAndRedeem(poolId, carol), 12.48 ether);
        uint256 before = provider.balance;
        vm.prank(provider);
        pools.claimProvider(poolId);
        assertEq(provider.balance - before, 8.32 ether);
        assertEq(aeth.totalSupply(), 0, "every aETH burned");
        assertEq(address(pools).balance, 0, "every wei paid out");
        assertEq(pools.vaultOf(poolId).balance, 0, "the vault emptied");
        IProviderRegistry.Provider memory record = registry.getProvider(provider);
        assertEq(record.completedNodes, 1);
        assertEq(record.totalRunningTime, 30 days);
        assertEq(record.activeCommitments, 0);
    }

    function test_Rewards_RoundingDustGoesToInsurance() public {
        uint256 poolId = filledPool();
        activate(poolId);
        // 1 wei above a clean split: payouts round down, the dust stays in the protocol.
        returnAndSettle(poolId, 33.6 ether + 1);
        uint256 paid =
            claimAndRedeem(poolId, alice) + claimAndRedeem(poolId, bob) + claimAndRedeem(poolId, carol);
        vm.prank(provider);
        paid += pools.claimProvider(poolId);
        assertLe(paid + address(insurance).balance + address(rewardPool).balance, 33.6 ether + 1);
        assertEq(
            paid + address(insurance).balance + address(rewardPool).balance, 33.6 ether + 1, "all accounted"
        );
        assertEq(address(pools).balance, 0);
    }

    // ------------------------------------------------------------ losses (§3.4.6, §3.6)

    function test_Loss_InsideK_ProviderBearsIt() public {
        uint256 poolId = filledPool();
        activate(poolId);
        returnAndSettle(poolId, 30 ether); // 2 ETH lost, inside k = 8
        assertEq(redeemAll(alice), 4 ether);
        assertEq(redeemAll(bob), 8 ether);
        assertEq(redeemAll(carol), 12 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNothingToClaim.selector, poolId, alice));
        pools.claim(poolId); // no rewards in a loss
        vm.prank(provider);
        assertEq(pools.claimProvider(poolId), 6 ether);
        assertEq(address(insurance).balance, 0, "insurance untouched");
    }

    function test_Loss_Total_KFromProviderRestFromInsurance() public {
        vm.deal(address(this), 30 ether);
        insurance.deposit{value: 30 ether}();
        uint256 poolId = filledPool();
        activate(poolId);
        uint256 collateralBefore = registry.getProvider(provider).collateral;
        vm.startPrank(governance);
        pools.reportFailure(poolId, 10_000 ether);
        pools.settle(poolId); // the whole 32 ETH slashed away: nothing in the vault
        vm.stopPrank();
        assertEq(address(insurance).balance, 6 ether, "insurance paid 32 - k = 24 ETH");
        assertEq(insurance.totalCompensated(), 24 ether);
        assertEq(redeemAll(alice), 4 ether);
        assertEq(redeemAll(bob), 8 ether);
        assertEq(redeemAll(carol), 12 ether);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNothingToClaim.selector, poolId, provider));
        pools.claimProvider(poolId);
        IProviderRegistry.Provider memory record = registry.getProvider(provider);
        assertEq(record.failures, 1, "failure on record");
        assertEq(record.collateral, collateralBefore - 10_000 ether, "collateral slashed");
        assertEq(ankr.balanceOf(address(insurance)), 10_000 ether, "to the insurance pool");
    }

    function test_Loss_TrustedProvider_InsuranceCoversAll32() public {
        address trusted = qualifiedProvider("trusted", IParameters.TrustLevel.Trusted);
        vm.deal(address(this), 40 ether);
        insurance.deposit{value: 40 ether}();
        uint256 poolId = openPool(trusted, 0);
        stakeIn(poolId, alice, 32 ether);
        activate(poolId);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        pools.settle(poolId);
        vm.stopPrank();
        assertEq(redeemAll(alice), 32 ether);
        assertEq(address(insurance).balance, 8 ether);
    }

    /// The written rule for a loss beyond k and the insurance pool: it lowers the redemption rate of every
    /// aETH alike (here to one half), whoever holds it and whichever pool it was minted in.
    function test_Loss_InsuranceShort_EveryAethRedeemsAtTheSameRate() public {
        vm.deal(address(this), 12 ether);
        insurance.deposit{value: 12 ether}();
        uint256 poolId = filledPool();
        activate(poolId);
        vm.startPrank(governance);
        pools.reportFailure(poolId, 0);
        pools.settle(poolId);
        vm.stopPrank();
        // 24 ETH short, 12 ETH of insurance: every aETH redeems for half an ETH.
        assertEq(address(insurance).balance, 0, "insurance paid all it had and no more");
        (, uint256 loss,,) = pools.redemptionBooks();
        assertEq(loss, 12 ether);
        assertEq(pools.previewRedeem(4 ether), 2 ether);
        assertEq(redeemAll(alice), 2 ether);
        assertEq(redeemAll(bob), 4 ether);
        assertEq(redeemAll(carol), 6 ether);
        assertEq(address(pools).balance, 0);
        (, loss,,) = pools.redemptionBooks();
        assertEq(loss, 0, "the loss was borne in full");
    }

    function test_Loss_BeyondKWithPartialReturn() public {
        vm.deal(address(this), 100 ether);
        insurance.deposit{value: 100 ether}();
        uint256 poolId = filledPool();
        activate(poolId);
        vm.prank(governance);
        pools.reportFailure(poolId, 0);
        // After the report anyone may force the exit; a loss is settled by anyone once it had time to arrive.
        vm.deal(stranger, 1 ether);
        vm.prank(stranger);
        pools.requestExit{value: 1 ether}(poolId, DepositData.pubkey(poolId));
        vm.warp(block.timestamp + pools.LOSS_SETTLEMENT_DELAY());
        vm.deal(pools.vaultOf(poolId), 20 ether); // 12 ETH lost: k covers 8, insurance 4
        vm.prank(stranger);
        pools.settle(poolId);
        assertEq(insurance.totalCompensated(), 4 ether);
        assertEq(redeemAll(alice) + redeemAll(bob) + redeemAll(carol), 24 ether);
    }

    // ------------------------------------------------------------ filling, unstaking, activation

    function test_RevertWhen_StakeOverfillsThePool() public {
        uint256 poolId = openPool(provider, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolOverfilled.selector, 25 ether, 24 ether));
        vm.prank(alice);
        pools.stake{value: 25 ether}(poolId);
        assertEq(alice.balance, 1_000 ether, "nothing kept");
    }

    function test_RevertWhen_StakeBelowMinimum_UnlessItFillsThePool() public {
        uint256 poolId = openPool(provider, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolStakeTooSmall.selector, 0.05 ether, 0.1 ether));
        vm.prank(alice);
        pools.stake{value: 0.05 ether}(poolId);
        stakeIn(poolId, alice, 23.95 ether);
        stakeIn(poolId, bob, 0.05 ether); // the last 0.05 ETH completes the pool
        assertEq(pools.getPool(poolId).totalStaked, 32 ether);
    }

    function test_Unstake_BeforeActivation_ReturnsEthAndFee() public {
        uint256 poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        uint256 eth = alice.balance;
        uint256 ank = ankr.balanceOf(alice);
        vm.prank(alice);
        pools.unstake(poolId, 1 ether);
        assertEq(alice.balance - eth, 1 ether);
        assertEq(ankr.balanceOf(alice) - ank, 1_000 ether, "a quarter of the 4000 ANKR fee");
        assertEq(aeth.balanceOf(alice), 3 ether);
        assertEq(pools.getPool(poolId).totalStaked, 11 ether);
        assertEq(pools.getPool(poolId).feesCollected, 3_000 ether);
    }

    function test_RevertWhen_UnstakeWhileActive() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolWrongStatus.selector, poolId, IMicroPool.Status.Active)
        );
        vm.prank(alice);
        pools.unstake(poolId, 1 ether);
    }

    function test_RevertWhen_ActivateBeforeFull() public {
        uint256 poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotFull.selector, poolId, 12 ether));
        vm.prank(provider);
        pools.activate(poolId, DepositData.pubkey(1), DepositData.signature(1), bytes32(0), attestation);
    }

    function test_Activate_DepositsWithCredentialsOfThePoolsOwnVault() public {
        uint256 poolId = filledPool();
        bytes32 credentials = pools.withdrawalCredentials(poolId);
        assertEq(uint8(credentials[0]), 1, "0x01 credentials");
        assertEq(
            address(uint160(uint256(credentials))), pools.vaultOf(poolId), "pointing at the pool's vault"
        );
        assertTrue(pools.vaultOf(poolId) != pools.vaultOf(poolId + 1), "a vault per pool");
        activate(poolId);
        assertEq(depositContract.get_deposit_count(), hex"0100000000000000");
        assertEq(address(depositContract).balance, 32 ether, "the 32 ETH deposited");
    }

    /// The fees and the activation time share a slot in storage; `getPool` shows each as before.
    function test_GetPool_ShowsTheFeesUntilActivationThenTheActivationTime() public {
        uint256 poolId = filledPool();
        IMicroPool.Pool memory pool = pools.getPool(poolId);
        assertEq(pool.feesCollected, 24_000 ether, "fees held while pending");
        assertEq(pool.activatedAt, 0);
        vm.warp(block.timestamp + 1 days);
        activate(poolId);
        pool = pools.getPool(poolId);
        assertEq(uint8(pool.status), uint8(IMicroPool.Status.Active));
        assertEq(pool.feesCollected, 0, "paid out at activation");
        assertEq(pool.activatedAt, block.timestamp);
        assertEq(pool.totalStaked, 32 ether);
        assertEq(pool.fixedPrice, 32_000 ether, "the rest of the slot untouched");
        uint256 activatedAt = block.timestamp;
        returnAndSettle(poolId, 33.6 ether);
        pool = pools.getPool(poolId);
        assertEq(uint8(pool.status), uint8(IMicroPool.Status.Completed));
        assertEq(pool.feesCollected, 0);
        assertEq(pool.activatedAt, activatedAt);
        assertEq(pool.settledAt, block.timestamp);
        assertEq(registry.getProvider(provider).totalRunningTime, block.timestamp - activatedAt);

        uint256 cancelled = openPool(provider, 8 ether);
        stakeIn(cancelled, alice, 4 ether);
        vm.prank(provider);
        pools.cancel(cancelled);
        pool = pools.getPool(cancelled);
        assertEq(pool.feesCollected, 4_000 ether, "a cancelled pool still holds its fees for refunds");
        assertEq(pool.activatedAt, 0);
    }

    function test_RevertWhen_DepositRootIsWrong() public {
        uint256 poolId = filledPool();
        vm.roll(block.number + 1);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        vm.prank(provider);
        vm.expectRevert();
        pools.activate(
            poolId, DepositData.pubkey(1), DepositData.signature(1), bytes32(uint256(1)), attestation
        );
        assertEq(uint8(pools.getPool(poolId).status), uint8(IMicroPool.Status.Pending), "still pending");
    }

    function test_OpenPool_NeedsKAndQualification() public {
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolBadProviderStake.selector, 7 ether, 8 ether));
        vm.prank(provider);
        pools.openPool{value: 7 ether}(uint40(block.timestamp + 1 days));
        vm.deal(stranger, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolProviderNotQualified.selector, stranger));
        vm.prank(stranger);
        pools.openPool{value: 8 ether}(uint40(block.timestamp + 1 days));
    }

    function test_ProviderCannotWithdrawCollateralWhilePoolRuns() public {
        uint256 poolId = openPool(provider, 8 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IProviderRegistry.ProviderCollateralLocked.selector, PMIN - 1 ether, PMIN)
        );
        vm.prank(provider);
        registry.withdrawCollateral(1 ether);
        vm.prank(provider);
        pools.cancel(poolId);
        vm.prank(provider);
        registry.withdrawCollateral(uint128(PMIN));
        assertEq(ankr.balanceOf(provider), PMIN);
    }

    // ------------------------------------------------------------ cancel and migrate

    function test_Cancel_RefundsProviderAndLetsStakersLeave() public {
        uint256 poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolNotEnded.selector, poolId, block.timestamp + 30 days)
        );
        vm.prank(stranger);
        pools.cancel(poolId);
        vm.warp(block.timestamp + 30 days);
        vm.prank(stranger);
        pools.cancel(poolId);
        uint256 before = provider.balance;
        vm.prank(provider);
        pools.withdrawRefund();
        assertEq(provider.balance - before, 8 ether);
        vm.prank(alice);
        pools.unstake(poolId, 4 ether);
        assertEq(alice.balance, 1_000 ether);
        assertEq(ankr.balanceOf(alice), 1_000_000 ether, "fee refunded in full");
        assertEq(address(pools).balance, 0);
    }

    function test_Migrate_StakersFollowToTheNewPool() public {
        address other = qualifiedProvider("other", IParameters.TrustLevel.Untrusted); // k = 16
        uint256 stopped = openPool(provider, 8 ether);
        stakeIn(stopped, alice, 4 ether);
        stakeIn(stopped, bob, 8 ether);
        uint256 next = openPool(other, 16 ether);
        vm.prank(governance);
        pools.migrate(stopped, next);
        assertEq(pools.resolvedPool(stopped), next);
        assertEq(pools.getPool(next).totalStaked, 28 ether);
        assertEq(pools.getPool(next).feesCollected, 12_000 ether, "their fees follow them");
        assertEq(pools.refundOf(provider), 8 ether, "the stopped provider gets its ETH back");
        stakeIn(next, carol, 4 ether);
        activate(next);
        returnAndSettle(next, 33.6 ether);
        // 1.28 ETH to share: 0.04 ETH per ETH staked.
        assertEq(claim(stopped, alice), 0.16 ether, "rewards through the old pool id");
        assertEq(claim(stopped, bob), 0.32 ether);
        assertEq(claim(next, carol), 0.16 ether);
        assertEq(redeemAll(alice) + redeemAll(bob) + redeemAll(carol), 16 ether);
        vm.prank(other);
        assertEq(pools.claimProvider(next), 16.64 ether);
    }

    function test_RevertWhen_MigratingIntoAFullPool() public {
        address other = qualifiedProvider("other", IParameters.TrustLevel.Untrusted);
        uint256 stopped = openPool(provider, 8 ether);
        stakeIn(stopped, alice, 20 ether);
        uint256 next = openPool(other, 16 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolOverfilled.selector, 20 ether, 16 ether));
        vm.prank(governance);
        pools.migrate(stopped, next);
    }

    // ------------------------------------------------------------ settlement guards

    function test_RevertWhen_SettleBeforeEndTime() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.deal(pools.vaultOf(poolId), 32 ether);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotSettleable.selector, poolId, 32 ether));
        vm.prank(stranger);
        pools.settle(poolId);
    }

    function test_RevertWhen_VaultHoldsOnlySkims() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.deal(pools.vaultOf(poolId), 7.99 ether); // below an exit's balance: reward skims
        vm.warp(block.timestamp + 31 days);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotSettleable.selector, poolId, 7.99 ether));
        vm.prank(stranger);
        pools.settle(poolId);
    }

    function test_Settle_ReadsOnlyItsOwnVault() public {
        uint256 first = filledPool();
        address other = qualifiedProvider("other", IParameters.TrustLevel.SemiTrusted);
        uint256 second = openPool(other, 8 ether);
        activate(first);
        vm.deal(address(pools), address(pools).balance + 30 ether); // ETH in the shared contract is nobody's
        vm.warp(block.timestamp + 30 days);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotSettleable.selector, first, 0));
        vm.prank(stranger);
        pools.settle(first);
        assertEq(pools.getPool(second).totalStaked, 8 ether);
    }

    // ------------------------------------------------------------ access control

    function test_RevertWhen_StrangerActsForGovernance() public {
        uint256 poolId = filledPool();
        activate(poolId);
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotGovernance.selector, stranger));
        pools.reportFailure(poolId, 0);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotGovernance.selector, stranger));
        pools.migrate(poolId, poolId);
        vm.stopPrank();
    }

    function test_RevertWhen_StrangerActsForProvider() public {
        uint256 poolId = openPool(provider, 8 ether);
        vm.deal(stranger, 10 ether);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotProvider.selector, poolId, stranger));
        pools.addProviderStake{value: 1 ether}(poolId);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotProvider.selector, poolId, stranger));
        pools.activate(poolId, "", "", bytes32(0), attestation);
        vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolNotProvider.selector, poolId, stranger));
        pools.claimProvider(poolId);
        vm.stopPrank();
    }

    function test_RevertWhen_StrangerDrawsInsuranceOrMintsAeth() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IInsurancePool.InsuranceNotMicroPool.selector, stranger));
        insurance.compensate(1, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IAETH.AETHNotPool.selector, stranger));
        aeth.mint(stranger, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IProviderRegistry.ProviderNotProtocol.selector, stranger));
        registry.slashCollateral(provider, 1, stranger);
        vm.stopPrank();
    }

    function test_Migrate_TwiceAndStakersStillFollow() public {
        address second = qualifiedProvider("second", IParameters.TrustLevel.SemiTrusted);
        address third = qualifiedProvider("third", IParameters.TrustLevel.SemiTrusted);
        uint256 a = openPool(provider, 8 ether);
        stakeIn(a, alice, 4 ether);
        uint256 b = openPool(second, 8 ether);
        uint256 c = openPool(third, 8 ether);
        vm.startPrank(governance);
        pools.migrate(a, b);
        pools.migrate(b, c);
        vm.stopPrank();
        assertEq(pools.resolvedPool(a), c);
        assertEq(pools.getPool(c).totalStaked, 12 ether);
        vm.prank(alice);
        pools.unstake(a, 1 ether); // through two hops, while c is pending
        assertEq(pools.getPool(c).totalStaked, 11 ether);
        assertEq(aeth.balanceOf(alice), 3 ether);
    }
}
