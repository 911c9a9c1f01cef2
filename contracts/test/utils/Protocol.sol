// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Parameters} from "../../src/Parameters.sol";
import {IParameters} from "../../src/interfaces/IParameters.sol";
import {IProviderRegistry} from "../../src/interfaces/IProviderRegistry.sol";
import {ProviderRegistry} from "../../src/ProviderRegistry.sol";
import {MicroPool} from "../../src/MicroPool.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {Marketplace} from "../../src/Marketplace.sol";
import {StakerRewards} from "../../src/StakerRewards.sol";
import {InsurancePool} from "../../src/InsurancePool.sol";
import {RewardPool} from "../../src/RewardPool.sol";
import {AETH} from "../../src/token/AETH.sol";
import {AnkrToken} from "../../src/token/AnkrToken.sol";
import {DepositContract} from "../../src/devnet/DepositContract.sol";
import {DepositGuard} from "../../src/DepositGuard.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";
import {IMicroPool} from "../../src/interfaces/IMicroPool.sol";
import {DepositData} from "./DepositData.sol";
import {Guardians} from "./Guardians.sol";
import {Eip7002} from "./Eip7002.sol";

/// The whole staking core deployed and wired as `stkr deploy` does, with helpers for its actors.
abstract contract Protocol is Test, Guardians {
    address internal governance = makeAddr("governance");
    Parameters internal params;
    AnkrToken internal ankr;
    AETH internal aeth;
    DepositContract internal depositContract;
    DepositGuard internal guard;
    ProviderRegistry internal registry;
    InsurancePool internal insurance;
    RewardPool internal rewardPool;
    MicroPool internal pools;
    NodeRegistry internal nodes;
    Marketplace internal market;
    StakerRewards internal stakerRewards;

    uint256 internal constant PMIN = 100_000 ether;
    uint256 internal constant FP = 32_000 ether;

    function deployProtocol() internal {
        params = new Parameters(governance);
        ankr = new AnkrToken(address(this));
        depositContract = new DepositContract();
        guard = new DepositGuard(params, depositContract);
        registry = new ProviderRegistry(params, ankr);
        insurance = new InsurancePool(params, ankr);
        rewardPool = new RewardPool(params, ankr);
        pools = new MicroPool(params, registry, ankr, depositContract, guard, insurance, address(rewardPool));
        aeth = pools.aeth();
        nodes = new NodeRegistry(params, registry, ankr, address(rewardPool));
        market = new Marketplace(params, registry, ankr, address(rewardPool), address(insurance));
        stakerRewards = new StakerRewards(address(rewardPool), ankr);
        vm.startPrank(governance);
        registry.setProtocolContract(address(nodes), true);
        registry.setProtocolContract(address(market), true);
        registry.setProtocolContract(address(pools), true);
        insurance.wire(address(pools), address(rewardPool));
        vm.stopPrank();
        seatGuardians(guard, governance, 3, 2);
        Eip7002.place(vm);
    }

    function capacity() internal pure returns (IProviderRegistry.Capacity memory) {
        return IProviderRegistry.Capacity({cpuCores: 8, ramGb: 32, storageGb: 2_000, bandwidthMbps: 1_000});
    }

    /// A registered, collateralised and qualified provider.
    function qualifiedProvider(string memory name, IParameters.TrustLevel trust)
        internal
        returns (address provider)
    {
        provider = makeAddr(name);
        ankr.mint(provider, PMIN);
        vm.deal(provider, 100 ether);
        vm.startPrank(provider);
        registry.register(name, 20_000 ether, capacity(), 4);
        ankr.approve(address(registry), type(uint256).max);
        registry.depositCollateral(uint128(PMIN));
        vm.stopPrank();
        vm.prank(governance);
        registry.qualify(provider, trust);
    }

    /// A staker with ETH and ANKR who approved the pool contract.
    function staker(string memory name) internal returns (address who) {
        who = makeAddr(name);
        vm.deal(who, 1_000 ether);
        ankr.mint(who, 1_000_000 ether);
        vm.prank(who);
        ankr.approve(address(pools), type(uint256).max);
    }

    function openPool(address provider, uint256 providerEth) internal returns (uint256 poolId) {
        vm.prank(provider);
        poolId = pools.openPool{value: providerEth}(uint40(block.timestamp + 30 days));
    }

    function stakeIn(uint256 poolId, address who, uint256 amount) internal {
        vm.prank(who);
        pools.stake{value: amount}(poolId);
    }

    /// The deposit data of pool `poolId`'s validator (a real BLS signature for its vault's credentials).
    function depositOf(uint256 poolId)
        internal
        view
        returns (bytes memory pubkey, bytes memory signature, bytes32 root)
    {
        pubkey = DepositData.pubkey(poolId);
        signature = DepositData.signature(poolId);
        root = DepositData.root(pubkey, pools.withdrawalCredentials(poolId), signature, 32 ether);
    }

    /// Two of the three guardians' attestation of pool `poolId`'s deposit at the current root.
    function attestationFor(uint256 poolId) internal view returns (IDepositGuard.Attestation memory) {
        (bytes memory pubkey,, bytes32 root) = depositOf(poolId);
        return attest(guard, poolId, pubkey, pools.withdrawalCredentials(poolId), root, firstGuardians(2));
    }

    function activate(uint256 poolId) internal {
        vm.roll(block.number + 1); // the guardians attest the previous block
        (bytes memory pubkey, bytes memory signature, bytes32 root) = depositOf(poolId);
        IDepositGuard.Attestation memory attestation = attestationFor(poolId);
        vm.prank(pools.getPool(poolId).provider);
        pools.activate(poolId, pubkey, signature, root, attestation);
    }

    /// The validator's ETH arriving in the pool's vault from the beacon chain (no call, like a
    /// withdrawal), then someone who is not governance settling it after the end time. Less than the
    /// 32 ETH principal is a loss, settled by anyone only `LOSS_SETTLEMENT_DELAY` after the exit request.
    function returnAndSettle(uint256 poolId, uint256 returned) internal {
        address vault = pools.vaultOf(poolId);
        uint256 end = pools.getPool(poolId).endTime;
        if (block.timestamp < end) vm.warp(end);
        if (vault.balance + returned < pools.VALIDATOR_ETH()) requestExitAsProvider(poolId);
        vm.deal(vault, vault.balance + returned);
        vm.prank(makeAddr("anyone"));
        pools.settle(poolId);
    }

    /// The provider requests its validator's exit (from the end time) and the loss-settlement delay passes.
    function requestExitAsProvider(uint256 poolId) internal {
        IMicroPool.Pool memory pool = pools.getPool(poolId);
        if (block.timestamp < pool.endTime) vm.warp(pool.endTime);
        if (pool.exitRequestedAt == 0) {
            vm.deal(pool.provider, pool.provider.balance + 1 ether);
            vm.prank(pool.provider);
            pools.requestExit{value: 1 ether}(poolId, DepositData.pubkey(poolId));
        }
        vm.warp(block.timestamp + pools.LOSS_SETTLEMENT_DELAY());
    }

    /// The rewards of `who`'s stake in `poolId`.
    function claim(uint256 poolId, address who) internal returns (uint256 payout) {
        uint256 before = who.balance;
        vm.prank(who);
        payout = pools.claim(poolId);
        assertEq(who.balance - before, payout, "claim paid what it said");
    }

    /// `who` redeems all its aETH and is paid now.
    function redeemAll(address who) internal returns (uint256 eth) {
        uint256 before = who.balance;
        uint256 amount = aeth.balanceOf(who);
        vm.prank(who);
        uint256 ticket;
        (eth, ticket) = pools.redeem(amount);
        assertEq(ticket, 0, "paid now, not queued");
        assertEq(who.balance - before, eth, "redeem paid what it said");
    }

    /// Principal and rewards of `who` in `poolId`: its rewards, then its aETH redeemed.
    function claimAndRedeem(uint256 poolId, address who) internal returns (uint256) {
        return claim(poolId, who) + redeemAll(who);
    }
}
