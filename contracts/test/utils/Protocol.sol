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
import {DepositData} from "./DepositData.sol";

/// The whole staking core deployed and wired as `stkr deploy` does, with helpers for its actors.
abstract contract Protocol is Test {
    address internal governance = makeAddr("governance");
    Parameters internal params;
    AnkrToken internal ankr;
    AETH internal aeth;
    DepositContract internal depositContract;
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
        aeth = new AETH(governance);
        depositContract = new DepositContract();
        registry = new ProviderRegistry(params, ankr);
        insurance = new InsurancePool(params, ankr);
        rewardPool = new RewardPool(params, ankr);
        pools = new MicroPool(params, registry, aeth, ankr, depositContract, insurance, address(rewardPool));
        nodes = new NodeRegistry(params, registry, ankr, address(rewardPool));
        market = new Marketplace(params, registry, ankr, address(rewardPool), address(insurance));
        stakerRewards = new StakerRewards(address(rewardPool), ankr);
        vm.startPrank(governance);
        registry.setProtocolContract(address(nodes), true);
        registry.setProtocolContract(address(market), true);
        aeth.setPool(address(pools));
        registry.setProtocolContract(address(pools), true);
        insurance.wire(address(pools), address(rewardPool));
        vm.stopPrank();
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

    function activate(uint256 poolId) internal {
        bytes memory pubkey = DepositData.pubkey(poolId);
        bytes memory signature = DepositData.signature(poolId);
        bytes32 root = DepositData.root(pubkey, pools.withdrawalCredentials(), signature, 32 ether);
        vm.prank(pools.getPool(poolId).provider);
        pools.activate(poolId, pubkey, signature, root);
    }

    /// The validator's ETH coming back to the pool contract from the beacon chain (no call, like a
    /// withdrawal), then governance reporting it after the end time.
    function returnAndComplete(uint256 poolId, uint256 returned) internal {
        vm.deal(address(pools), address(pools).balance + returned);
        vm.warp(pools.getPool(poolId).endTime);
        vm.prank(governance);
        pools.complete(poolId, returned);
    }

    function claim(uint256 poolId, address who) internal returns (uint256 payout) {
        uint256 before = who.balance;
        vm.prank(who);
        payout = pools.claim(poolId);
        assertEq(who.balance - before, payout, "claim paid what it said");
    }
}
