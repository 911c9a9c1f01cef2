// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {MicroPool} from "../../../src/MicroPool.sol";
import {AETH} from "../../../src/token/AETH.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";
import {InsurancePool} from "../../../src/InsurancePool.sol";
import {DepositGuard} from "../../../src/DepositGuard.sol";
import {IDepositGuard} from "../../../src/interfaces/IDepositGuard.sol";
import {IMicroPool} from "../../../src/interfaces/IMicroPool.sol";
import {DepositData} from "../../utils/DepositData.sol";
import {Guardians} from "../../utils/Guardians.sol";

/// Many stakers and two providers driving pools through every step: open, stake, unstake, top-up,
/// migrate, activate (with guardian attestations), forced exit, settle (gains, losses, failures, late
/// ETH), claim, aETH transfers, redeem (now or queued), cancel, with ghost totals of the ETH that entered
/// and left the system.
contract MicroPoolHandler is Guardians {
    MicroPool internal immutable pools;
    AETH internal immutable aeth;
    AnkrToken internal immutable ankr;
    InsurancePool internal immutable insurance;
    DepositGuard internal immutable guard;
    address internal immutable governance;
    address[] public providers;
    address[] public stakers;

    uint256 public ghostPrincipal; // aETH minted minus burned
    uint256 public ghostEthIn; // ETH actors sent in
    uint256 public ghostEthOut; // ETH actors received
    uint256 public ghostReturned; // validator ETH that arrived in vaults
    uint256 public ghostInsuranceFunding;
    uint256 public activations; // how deep the runs reach
    uint256 public settlements;
    uint256 public redemptions;
    uint256 public migrations;
    uint256 public exits;
    uint256 public covers;

    constructor(
        MicroPool pools_,
        AnkrToken ankr_,
        InsurancePool insurance_,
        DepositGuard guard_,
        address governance_,
        address[] memory providers_,
        address[] memory stakers_,
        uint256[] memory guardianKeys_
    ) {
        pools = pools_;
        aeth = pools_.aeth();
        ankr = ankr_;
        insurance = insurance_;
        guard = guard_;
        governance = governance_;
        providers = providers_;
        stakers = stakers_;
        guardianKeys = guardianKeys_;
    }

    function _pool(uint256 seed) internal view returns (uint256) {
        uint256 count = pools.poolCount();
        return count == 0 ? 0 : 1 + seed % count;
    }

    /// A recent pool in `status` among the last 16, or 0.
    function _poolIn(IMicroPool.Status status, uint256 seed) internal view returns (uint256) {
        uint256 count = pools.poolCount();
        uint256 scan = count < 16 ? count : 16;
        for (uint256 i = 0; i < scan; i++) {
            uint256 poolId = count - (seed + i) % scan;
            if (pools.getPool(poolId).status == status) return poolId;
        }
        return 0;
    }

    function _received(address who, uint256 before) internal {
        ghostEthOut += who.balance - before;
    }

    function _staker(uint256 seed) internal view returns (address) {
        return stakers[seed % stakers.length];
    }

    function open(uint256 providerSeed, uint256 extra) public returns (uint256 poolId) {
        address provider = providers[providerSeed % providers.length];
        uint256 amount = pools.registry().kOf(provider) + bound(extra, 0, 8 ether);
        vm.deal(provider, provider.balance + amount);
        vm.prank(provider);
        try pools.openPool{value: amount}(uint40(block.timestamp + 10 days)) returns (uint256 id) {
            ghostEthIn += amount;
            poolId = id;
        } catch {}
        // Two pools in three fill and activate at once, so every run reaches many activations.
        if (poolId != 0 && extra % 3 != 0) _fillAndActivate(poolId, extra >> 2);
    }

    /// Fill `poolId` with one staker's ETH and activate it.
    function _fillAndActivate(uint256 poolId, uint256 stakerSeed) internal {
        if (pools.getPool(poolId).status != IMicroPool.Status.Pending) return;
        _closeLoss(); // stakes wait while aETH carries an uncovered loss
        uint256 remaining = 32 ether - pools.getPool(poolId).totalStaked;
        if (remaining > 0) {
            address s = _staker(stakerSeed);
            vm.prank(s);
            pools.stake{value: remaining}(poolId);
            ghostEthIn += remaining;
            ghostPrincipal += remaining;
        }
        _activate(poolId);
    }

    function stake(uint256 poolSeed, uint256 stakerSeed, uint256 amount) public {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (block.timestamp >= p.endTime) return;
        uint256 remaining = 32 ether - p.totalStaked;
        if (remaining == 0) return;
        // Half of the stakes fill the pool, so runs reach activation and settlement.
        amount = amount % 2 == 0
            ? remaining
            : bound(amount, remaining < 0.1 ether ? remaining : 0.1 ether, remaining);
        address s = _staker(stakerSeed);
        (, uint256 loss,,) = pools.redemptionBooks();
        if (loss > 0) {
            // No stake while aETH carries an uncovered loss: new aETH would share it.
            vm.expectRevert(abi.encodeWithSelector(IMicroPool.PoolUncoveredLossOpen.selector, loss));
            vm.prank(s);
            pools.stake{value: amount}(poolId);
            return;
        }
        vm.prank(s);
        pools.stake{value: amount}(poolId);
        ghostEthIn += amount;
        ghostPrincipal += amount;
        if (amount == remaining) _activate(poolId);
    }

    /// Someone makes up the uncovered loss: the insurance pool as far as it holds ETH, the rest sent.
    function coverLoss() public {
        (, uint256 loss,,) = pools.redemptionBooks();
        if (loss == 0) return;
        _closeLoss();
    }

    function _closeLoss() internal {
        (, uint256 loss,,) = pools.redemptionBooks();
        if (loss == 0) return;
        address closer = stakers[3];
        vm.deal(closer, closer.balance + loss);
        uint256 before = closer.balance;
        vm.prank(closer);
        pools.coverLoss{value: loss}();
        ghostEthIn += before - closer.balance;
        covers++;
    }

    function topUp(uint256 poolSeed, uint256 amount) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        uint256 remaining = 32 ether - p.totalStaked;
        if (remaining == 0) return;
        amount = bound(amount, 1, remaining);
        vm.deal(p.provider, p.provider.balance + amount);
        vm.prank(p.provider);
        pools.addProviderStake{value: amount}(poolId);
        ghostEthIn += amount;
    }

    function unstake(uint256 poolSeed, uint256 stakerSeed, uint256 amount) external {
        uint256 poolId = _pool(poolSeed);
        address s = _staker(stakerSeed);
        uint256 principal = pools.getStake(poolId, s).principal;
        if (principal == 0) return;
        amount = bound(amount, 1, principal);
        uint256 before = s.balance;
        vm.prank(s);
        try pools.unstake(poolId, uint96(amount)) {
            ghostPrincipal -= amount;
            _received(s, before);
        } catch {}
    }

    /// Governance moves the stakers of a stopped pool (pending or cancelled, with stakers) into a fresh one.
    function migrate(uint256 fromSeed, uint256 providerSeed, bool cancelFirst) external {
        uint256 from = _poolIn(IMicroPool.Status.Pending, fromSeed);
        if (from == 0) from = _poolIn(IMicroPool.Status.Cancelled, fromSeed);
        if (from == 0 || pools.getPool(from).totalStaked == pools.getPool(from).providerStake) {
            // No stopped pool with stakers: make one, half full.
            from = open(providerSeed + 1, 3);
            if (from == 0) return;
            address s = _staker(fromSeed);
            uint256 amount = (32 ether - pools.getPool(from).totalStaked) / 2;
            vm.prank(s);
            pools.stake{value: amount}(from);
            ghostEthIn += amount;
            ghostPrincipal += amount;
        }
        IMicroPool.Pool memory p = pools.getPool(from);
        if (cancelFirst && p.status == IMicroPool.Status.Pending) {
            vm.prank(p.provider);
            pools.cancel(from);
        }
        uint256 to = open(providerSeed, 3); // 3: not filled
        if (to == 0) return;
        vm.prank(governance);
        try pools.migrate(from, to) {
            migrations++;
        } catch {}
    }

    function activate(uint256 poolSeed) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, poolSeed);
        if (poolId != 0 && pools.getPool(poolId).totalStaked == 32 ether) _activate(poolId);
    }

    function _activate(uint256 poolId) internal {
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (
            p.status != IMicroPool.Status.Pending || p.totalStaked != 32 ether || block.timestamp >= p.endTime
        ) {
            return;
        }
        vm.roll(block.number + 1);
        bytes memory pubkey = DepositData.pubkey(poolId);
        bytes memory signature = DepositData.signature(poolId);
        bytes32 credentials = pools.withdrawalCredentials(poolId);
        bytes32 root = DepositData.root(pubkey, credentials, signature, 32 ether);
        IDepositGuard.Attestation memory attestation =
            attest(guard, poolId, pubkey, credentials, root, firstGuardians(2));
        vm.prank(p.provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
        activations++;
    }

    /// Fill and activate the most recent pending pool, or a new one when it has ended.
    function fillAndActivate(uint256 providerSeed, uint256 stakerSeed) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, 0);
        if (poolId != 0 && block.timestamp >= pools.getPool(poolId).endTime) {
            vm.prank(stakers[0]);
            pools.cancel(poolId); // anyone cancels an ended pending pool
            poolId = 0;
        }
        if (poolId == 0) poolId = open(providerSeed, 1);
        if (poolId != 0) _fillAndActivate(poolId, stakerSeed);
    }

    function requestExit(uint256 poolSeed, bool byProvider) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Active, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        address caller = byProvider ? p.provider : stakers[0];
        uint256 due = byProvider ? p.endTime : p.endTime + pools.EXIT_GRACE();
        if (block.timestamp < due) vm.warp(due);
        uint256 fee = pools.exitFee();
        vm.deal(caller, caller.balance + fee);
        uint256 before = caller.balance;
        vm.prank(caller);
        pools.requestExit{value: fee}(poolId, DepositData.pubkey(poolId));
        ghostEthIn += before - caller.balance;
        exits++;
    }

    /// The validator's exit (or less, after a failure) arrives in the vault and someone settles it.
    function settle(uint256 poolSeed, uint256 returned, bool failure) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Active, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        returned = bound(returned, 0, 40 ether);
        address vault = pools.vaultOf(poolId);
        vm.deal(vault, vault.balance + returned);
        ghostReturned += returned;
        if (failure) {
            vm.startPrank(governance);
            pools.reportFailure(poolId, 0);
            pools.settle(poolId);
            vm.stopPrank();
        } else {
            if (vault.balance < pools.EXIT_THRESHOLD()) return; // skims wait for the exit
            if (block.timestamp < p.endTime) vm.warp(p.endTime);
            if (vault.balance < pools.VALIDATOR_ETH()) {
                // A loss: anyone settles it once a real exit had time to arrive after the request.
                if (p.exitRequestedAt == 0) {
                    uint256 fee = pools.exitFee();
                    vm.deal(p.provider, p.provider.balance + fee);
                    uint256 before = p.provider.balance;
                    vm.prank(p.provider);
                    pools.requestExit{value: fee}(poolId, DepositData.pubkey(poolId));
                    ghostEthIn += before - p.provider.balance;
                    p.exitRequestedAt = uint40(block.timestamp);
                }
                uint256 due = p.exitRequestedAt + pools.LOSS_SETTLEMENT_DELAY();
                if (block.timestamp < due) vm.warp(due);
            }
            vm.prank(stakers[1]);
            pools.settle(poolId);
        }
        settlements++;
        // The provider runs its next validator: a new pool, filled and activated.
        uint256 next = open(poolSeed, 1);
        if (next != 0) _fillAndActivate(next, returned);
    }

    /// ETH arriving in a settled pool's vault (a late skim) is swept by anyone.
    function sweepLate(uint256 poolSeed, uint256 amount) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Completed, poolSeed);
        if (poolId == 0) return;
        amount = bound(amount, 1, 2 ether);
        address vault = pools.vaultOf(poolId);
        vm.deal(vault, vault.balance + amount);
        ghostReturned += amount;
        vm.prank(stakers[2]);
        pools.settle(poolId);
    }

    function claim(uint256 poolSeed, uint256 stakerSeed) external {
        uint256 poolId = _pool(poolSeed);
        address s = _staker(stakerSeed);
        uint256 before = s.balance;
        vm.prank(s);
        try pools.claim(poolId) {
            _received(s, before);
        } catch {}
    }

    function transferAeth(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _staker(fromSeed);
        address to = _staker(toSeed + 1);
        amount = bound(amount, 0, aeth.balanceOf(from));
        vm.prank(from);
        require(aeth.transfer(to, amount));
    }

    function redeem(uint256 stakerSeed, uint256 amount) external {
        address s = _staker(stakerSeed);
        uint256 balance = aeth.balanceOf(s);
        if (balance == 0) return;
        amount = bound(amount, 1, balance);
        uint256 before = s.balance;
        vm.prank(s);
        (, uint256 ticketId) = pools.redeem(amount);
        if (ticketId == 0) ghostPrincipal -= amount; // queued aETH stays in the supply, in escrow
        _received(s, before);
        redemptions++;
    }

    function claimRedemption(uint256 ticketSeed) external {
        uint256 count = pools.ticketCount();
        if (count == 0) return;
        uint256 ticketId = 1 + ticketSeed % count;
        address owner = pools.getTicket(ticketId).owner;
        if (owner == address(0)) return;
        uint256 before = owner.balance;
        vm.prank(stakers[3]); // anyone pays a ticket to its owner
        uint256 amount = pools.getTicket(ticketId).amount;
        try pools.claimRedemption(ticketId) {
            ghostPrincipal -= amount;
            _received(owner, before);
        } catch {}
    }

    function claimProvider(uint256 poolSeed) external {
        uint256 poolId = _pool(poolSeed);
        if (poolId == 0) return;
        address provider = pools.getPool(poolId).provider;
        uint256 before = provider.balance;
        vm.prank(provider);
        try pools.claimProvider(poolId) {
            _received(provider, before);
        } catch {}
    }

    function cancel(uint256 poolSeed, bool afterEnd) external {
        uint256 poolId = _pool(poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (p.status != IMicroPool.Status.Pending) return;
        if (afterEnd) vm.warp(p.endTime);
        vm.prank(p.provider);
        pools.cancel(poolId);
    }

    function withdrawRefund(uint256 providerSeed) external {
        address provider = providers[providerSeed % providers.length];
        uint256 before = provider.balance;
        vm.prank(provider);
        try pools.withdrawRefund() {
            _received(provider, before);
        } catch {}
    }

    function fundInsurance(uint256 amount) external {
        amount = bound(amount, 0, 20 ether);
        vm.deal(address(this), amount);
        insurance.deposit{value: amount}();
        ghostInsuranceFunding += amount;
    }

    function warp(uint256 by) external {
        vm.warp(block.timestamp + bound(by, 0, 2 days));
    }
}
