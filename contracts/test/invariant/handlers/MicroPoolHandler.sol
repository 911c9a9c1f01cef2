// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {MicroPool} from "../../../src/MicroPool.sol";
import {AnkrToken} from "../../../src/token/AnkrToken.sol";
import {InsurancePool} from "../../../src/InsurancePool.sol";
import {DepositData} from "../../utils/DepositData.sol";
import {IMicroPool} from "../../../src/interfaces/IMicroPool.sol";

/// Many stakers and two providers driving pools through every step, with ghost totals of the ETH that
/// entered and left the system.
contract MicroPoolHandler is Test {
    MicroPool internal immutable pools;
    AnkrToken internal immutable ankr;
    InsurancePool internal immutable insurance;
    address internal immutable governance;
    address[] public providers;
    address[] public stakers;

    uint256 public ghostPrincipal; // staker principal not yet claimed or unstaked = aETH supply
    uint256 public ghostEthIn; // ETH actors sent in
    uint256 public ghostEthOut; // ETH actors received
    uint256 public ghostReturned; // validator ETH that came back
    uint256 public ghostInsuranceFunding;
    uint256 public activations; // how deep the runs reach
    uint256 public settlements;
    uint256 public claims;

    constructor(
        MicroPool pools_,
        AnkrToken ankr_,
        InsurancePool insurance_,
        address governance_,
        address[] memory providers_,
        address[] memory stakers_
    ) {
        pools = pools_;
        ankr = ankr_;
        insurance = insurance_;
        governance = governance_;
        providers = providers_;
        stakers = stakers_;
    }

    function _pool(uint256 seed) internal view returns (uint256) {
        uint256 count = pools.poolCount();
        return count == 0 ? 0 : 1 + seed % count;
    }

    /// The most recent pool in `status` among the last 16, or 0.
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

    function open(uint256 providerSeed, uint256 extra) external {
        address provider = providers[providerSeed % providers.length];
        uint256 amount = 8 ether + bound(extra, 0, 8 ether);
        vm.deal(provider, provider.balance + amount);
        vm.prank(provider);
        try pools.openPool{value: amount}(uint40(block.timestamp + 10 days)) {
            ghostEthIn += amount;
        } catch {}
    }

    function stake(uint256 poolSeed, uint256 stakerSeed, uint256 amount) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (p.status != IMicroPool.Status.Pending || block.timestamp >= p.endTime) return;
        uint256 remaining = 32 ether - p.totalStaked;
        if (remaining == 0) return;
        // A third of the stakes fill the pool, so runs reach activation and settlement.
        amount = amount % 3 == 0
            ? remaining
            : bound(amount, remaining < 0.1 ether ? remaining : 0.1 ether, remaining);
        address s = stakers[stakerSeed % stakers.length];
        vm.prank(s);
        pools.stake{value: amount}(poolId);
        ghostEthIn += amount;
        ghostPrincipal += amount;
    }

    function unstake(uint256 poolSeed, uint256 stakerSeed, uint256 amount) external {
        uint256 poolId = _pool(poolSeed);
        address s = stakers[stakerSeed % stakers.length];
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

    function activate(uint256 poolSeed) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Pending, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (
            p.status != IMicroPool.Status.Pending || p.totalStaked != 32 ether || block.timestamp >= p.endTime
        ) {
            return;
        }
        bytes memory pubkey = DepositData.pubkey(poolId);
        bytes memory signature = DepositData.signature(poolId);
        bytes32 root = DepositData.root(pubkey, pools.withdrawalCredentials(), signature, 32 ether);
        vm.prank(p.provider);
        pools.activate(poolId, pubkey, signature, root);
        activations++;
    }

    function settle(uint256 poolSeed, uint256 returned, bool failure) external {
        uint256 poolId = _poolIn(IMicroPool.Status.Active, poolSeed);
        if (poolId == 0) return;
        IMicroPool.Pool memory p = pools.getPool(poolId);
        if (p.status != IMicroPool.Status.Active) return;
        returned = bound(returned, 0, 40 ether);
        vm.deal(address(pools), address(pools).balance + returned);
        ghostReturned += returned;
        if (block.timestamp < p.endTime) vm.warp(p.endTime);
        vm.prank(governance);
        if (failure) pools.reportFailure(poolId, returned, 0);
        else pools.complete(poolId, returned);
        settlements++;
    }

    function claim(uint256 poolSeed, uint256 stakerSeed) external {
        uint256 poolId = _pool(poolSeed);
        address s = stakers[stakerSeed % stakers.length];
        uint256 principal = pools.getStake(poolId, s).principal;
        if (principal == 0) return;
        uint256 before = s.balance;
        vm.prank(s);
        try pools.claim(poolId) {
            ghostPrincipal -= principal;
            _received(s, before);
            claims++;
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
        vm.warp(block.timestamp + bound(by, 0, 5 days));
    }
}
