// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {IDepositContract} from "./interfaces/IDepositContract.sol";
import {AETH} from "./token/AETH.sol";
import {InsurancePool} from "./InsurancePool.sol";
import {IMicroPool} from "./interfaces/IMicroPool.sol";

/// @title MicroPool
/// @notice Micro-pools of §3.2 and §3.4.7: many stakers fill one 32 ETH validator run by a provider.
///
/// A pool's life:
/// 1. Open: a qualified provider calls `openPool` with its k ETH collateral (k from its trust level) and
///    an end time; the pool's fixed price FP is the governance `NodeFixedPrice` of that moment.
/// 2. Fill: anyone `stake`s ETH and receives aETH 1:1, paying stake/32 x FP in ANKR. The provider may
///    add ETH with `addProviderStake`. A stake that would take the pool past 32 ETH is refused, so no
///    ETH is ever stranded. Before activation stakers may `unstake` (aETH burned, ETH and ANKR fee back).
/// 3. Activate: at exactly 32 ETH the provider calls `activate` with its validator pubkey, signature
///    and deposit data root; the pool deposits 32 ETH to the beacon deposit contract with 0x01
///    withdrawal credentials pointing at this contract, so the ETH can only ever come back here. The ANKR
///    fees are paid: `ServiceFeeRewardBps` (10 %) to the reward pool, the rest to the provider. From
///    here on nobody withdraws until completion.
/// 4. Settle: after the end time governance reports with `complete` how much ETH came back (or earlier,
///    with `reportFailure`, when the provider failed). Of the rewards above 32 ETH, 10 % go to the
///    insurance pool and 10 % to the reward pool; the rest, with the 32 ETH, belongs to stakers and
///    provider pro rata to their ETH. A loss is borne by the provider's k ETH first; beyond that the
///    insurance pool makes the stakers whole as far as it can, and stakers share any remaining
///    shortfall pro rata.
/// 5. Claim: each staker calls `claim` (aETH burned, principal plus share paid) in O(1) gas whatever the
///    number of stakers; the provider calls `claimProvider`.
/// A pending pool whose provider stops may be `cancel`led (by the provider, or by anyone after its end
/// time) and governance may `migrate` its stakers into another pending pool.
///
/// @dev Why pools by id in one contract rather than a factory: aETH has a single minter; a stake costs no
///      cross-contract mint permission check or clone deployment; insurance, reward pool and accounting
///      live in one place. The price is that ETH returning from the beacon chain arrives in one balance
///      without a call, so settlement attributes it by report; the report can never exceed the ETH that
///      no pool or claimant owns (`unattributedEth`), so one pool's report cannot spend another's money.
contract MicroPool is IMicroPool, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc IMicroPool
    uint256 public constant VALIDATOR_ETH = 32 ether;
    uint256 private constant BPS = 10_000;
    uint256 private constant ONE = 1e18;
    uint256 private constant MAX_MIGRATION_HOPS = 8;

    IParameters public immutable params;
    IProviderRegistry public immutable registry;
    AETH public immutable aeth;
    IERC20 public immutable ankr;
    IDepositContract public immutable depositContract;
    InsurancePool public immutable insurancePool;
    address public immutable rewardPool;

    /// @inheritdoc IMicroPool
    uint256 public poolCount;
    mapping(uint256 poolId => Pool pool) private _pools;
    mapping(uint256 poolId => mapping(address staker => Stake stake)) private _stakes;
    mapping(uint256 poolId => uint256 target) private _migratedTo;
    mapping(uint256 poolId => bytes pubkey) private _pubkeys;
    mapping(address provider => uint256 amount) private _refunds;
    /// @dev ETH this contract holds on someone's behalf: pending pools, refunds, unclaimed payouts.
    uint256 private _owedEth;

    modifier onlyGovernance() {
        if (msg.sender != params.governance()) revert PoolNotGovernance(msg.sender);
        _;
    }

    /// @param params_ Parameters (and governance).
    /// @param registry_ The provider registry; this contract must be one of its protocol contracts.
    /// @param aeth_ aETH; this contract must be its pool.
    /// @param ankr_ The ANKR token.
    /// @param depositContract_ The beacon deposit contract.
    /// @param insurancePool_ The insurance pool.
    /// @param rewardPool_ The reward pool.
    constructor(
        IParameters params_,
        IProviderRegistry registry_,
        AETH aeth_,
        IERC20 ankr_,
        IDepositContract depositContract_,
        InsurancePool insurancePool_,
        address rewardPool_
    ) {
        params = params_;
        registry = registry_;
        aeth = aeth_;
        ankr = ankr_;
        depositContract = depositContract_;
        insurancePool = insurancePool_;
        rewardPool = rewardPool_;
    }

    /// @inheritdoc IMicroPool
    receive() external payable {}

    // ---------------------------------------------------------------- provider

    /// @inheritdoc IMicroPool
    function openPool(uint40 endTime) external payable nonReentrant returns (uint256 poolId) {
        if (!registry.isQualified(msg.sender)) revert PoolProviderNotQualified(msg.sender);
        uint256 k = registry.kOf(msg.sender);
        if (msg.value < k || msg.value > VALIDATOR_ETH) revert PoolBadProviderStake(msg.value, k);
        uint256 latest = block.timestamp + params.get(IParameters.Key.MaxPoolDuration);
        if (endTime <= block.timestamp || endTime > latest) revert PoolBadEndTime(endTime, latest);
        uint256 fixedPrice = params.get(IParameters.Key.NodeFixedPrice);
        uint256 minStake = params.get(IParameters.Key.MinPoolStake);

        poolId = ++poolCount;
        Pool storage p = _pools[poolId];
        p.provider = msg.sender;
        p.endTime = endTime;
        p.minStakeGwei = SafeCast.toUint40(Math.ceilDiv(minStake, 1 gwei)); // MinPoolStake <= 32 ETH = 3.2e10 gwei
        p.status = Status.Pending;
        uint72 providerStake = SafeCast.toUint72(msg.value); // <= 32 ETH
        p.totalStaked = providerStake;
        p.fixedPrice = SafeCast.toUint88(fixedPrice); // NodeFixedPrice <= 1e26 < 2**88
        p.providerStake = providerStake;
        _owedEth += msg.value;
        registry.commit(msg.sender);
        emit PoolOpened(poolId, msg.sender, msg.value, k, endTime, fixedPrice);
    }

    /// @inheritdoc IMicroPool
    function addProviderStake(uint256 poolId) external payable nonReentrant {
        Pool storage p = _pending(poolId);
        if (msg.sender != p.provider) revert PoolNotProvider(poolId, msg.sender);
        if (msg.value == 0) revert PoolZeroAmount();
        uint256 total = uint256(p.totalStaked) + msg.value;
        if (total > VALIDATOR_ETH) revert PoolOverfilled(msg.value, VALIDATOR_ETH - p.totalStaked);
        p.totalStaked = SafeCast.toUint72(total);
        p.providerStake += SafeCast.toUint72(msg.value);
        _owedEth += msg.value;
        emit ProviderStakeAdded(poolId, msg.value, total);
    }

    /// @inheritdoc IMicroPool
    function activate(
        uint256 poolId,
        bytes calldata pubkey,
        bytes calldata signature,
        bytes32 depositDataRoot
    ) external nonReentrant {
        Pool storage p = _pending(poolId);
        if (msg.sender != p.provider) revert PoolNotProvider(poolId, msg.sender);
        if (p.totalStaked != VALIDATOR_ETH) revert PoolNotFull(poolId, p.totalStaked);
        if (block.timestamp >= p.endTime) revert PoolEnded(poolId, p.endTime);
        uint256 fees = p.feesCollected;
        uint256 toRewardPool = fees * params.get(IParameters.Key.ServiceFeeRewardBps) / BPS;
        uint256 toProvider = fees - toRewardPool;
        p.status = Status.Active;
        p.activatedAt = uint40(block.timestamp);
        p.feesCollected = 0;
        _pubkeys[poolId] = pubkey;
        _owedEth -= VALIDATOR_ETH;
        bytes32 credentials = withdrawalCredentials();
        emit PoolActivated(poolId, pubkey, credentials, toRewardPool, toProvider);
        depositContract.deposit{value: VALIDATOR_ETH}(
            pubkey, abi.encodePacked(credentials), signature, depositDataRoot
        );
        if (toRewardPool > 0) ankr.safeTransfer(rewardPool, toRewardPool);
        if (toProvider > 0) ankr.safeTransfer(p.provider, toProvider);
    }

    /// @inheritdoc IMicroPool
    function cancel(uint256 poolId) external nonReentrant {
        Pool storage p = _pending(poolId);
        if (msg.sender != p.provider && block.timestamp < p.endTime) revert PoolNotEnded(poolId, p.endTime);
        p.status = Status.Cancelled;
        uint256 refund = _releaseProviderStake(p);
        emit PoolCancelled(poolId, msg.sender, refund);
    }

    /// @inheritdoc IMicroPool
    function withdrawRefund() external nonReentrant {
        uint256 amount = _refunds[msg.sender];
        if (amount == 0) revert PoolNothingToClaim(0, msg.sender);
        _refunds[msg.sender] = 0;
        _owedEth -= amount;
        emit RefundWithdrawn(msg.sender, amount);
        _sendEth(msg.sender, amount);
    }

    /// @inheritdoc IMicroPool
    function claimProvider(uint256 poolId) external nonReentrant returns (uint256 payout) {
        Pool storage p = _pools[poolId];
        if (msg.sender != p.provider) revert PoolNotProvider(poolId, msg.sender);
        if (p.status != Status.Completed) revert PoolWrongStatus(poolId, p.status);
        payout = p.providerPayout;
        if (payout == 0) revert PoolNothingToClaim(poolId, msg.sender);
        p.providerPayout = 0;
        _owedEth -= payout;
        emit ProviderClaimed(poolId, msg.sender, payout);
        _sendEth(msg.sender, payout);
    }

    // ---------------------------------------------------------------- stakers

    /// @inheritdoc IMicroPool
    function stake(uint256 poolId) external payable nonReentrant {
        Pool storage p = _pools[poolId];
        if (p.status != Status.Pending) revert PoolWrongStatus(poolId, p.status);
        if (block.timestamp >= p.endTime) revert PoolEnded(poolId, p.endTime);
        if (msg.sender == p.provider) revert PoolProviderCannotStake(poolId);
        uint256 amount = msg.value;
        uint256 remaining = VALIDATOR_ETH - p.totalStaked;
        if (amount > remaining) revert PoolOverfilled(amount, remaining);
        uint256 minimum = uint256(p.minStakeGwei) * 1 gwei;
        if (amount == 0 || (amount < minimum && amount != remaining)) {
            revert PoolStakeTooSmall(amount, minimum);
        }
        // The fee rounds up so the protocol never collects less than stake/32 x FP (no overflow: at most
        // 32e18 * 2**88).
        uint256 fee = (amount * p.fixedPrice + VALIDATOR_ETH - 1) / VALIDATOR_ETH;

        // Each checked once: the amount is at most 32 ETH (checked above), the fee at most FP < 2**88.
        uint72 staked = SafeCast.toUint72(amount);
        uint96 paid = SafeCast.toUint96(fee);
        p.totalStaked += staked;
        p.feesCollected += paid;
        Stake storage s = _stakes[poolId][msg.sender];
        s.principal += staked;
        s.feePaid += paid;
        _owedEth += amount;
        emit Staked(poolId, msg.sender, amount, fee, p.totalStaked);
        if (fee > 0) ankr.safeTransferFrom(msg.sender, address(this), fee);
        aeth.mint(msg.sender, amount);
    }

    /// @inheritdoc IMicroPool
    function unstake(uint256 poolId, uint96 amount) external nonReentrant {
        Stake storage s = _stakes[poolId][msg.sender];
        if (amount == 0 || amount > s.principal) revert PoolNoStake(poolId, msg.sender, s.principal);
        uint256 target = _resolve(poolId);
        Pool storage p = _pools[target];
        if (p.status != Status.Pending && p.status != Status.Cancelled) {
            revert PoolWrongStatus(target, p.status);
        }
        uint96 feeRefund = SafeCast.toUint96(uint256(s.feePaid) * amount / s.principal); // <= feePaid
        s.principal -= amount;
        s.feePaid -= feeRefund;
        p.totalStaked -= SafeCast.toUint72(amount); // amount <= principal <= 32 ETH
        p.feesCollected -= feeRefund;
        _owedEth -= amount;
        emit Unstaked(poolId, msg.sender, amount, feeRefund, p.totalStaked);
        aeth.burn(msg.sender, amount);
        if (feeRefund > 0) ankr.safeTransfer(msg.sender, feeRefund);
        _sendEth(msg.sender, amount);
    }

    /// @inheritdoc IMicroPool
    function claim(uint256 poolId) external nonReentrant returns (uint256 payout) {
        uint256 principal = _stakes[poolId][msg.sender].principal;
        if (principal == 0) revert PoolNothingToClaim(poolId, msg.sender);
        uint256 target = _resolve(poolId);
        Pool storage p = _pools[target];
        if (p.status != Status.Completed) revert PoolWrongStatus(target, p.status);
        payout = principal * p.stakerPayoutPerEth / ONE;
        delete _stakes[poolId][msg.sender];
        _owedEth -= payout;
        emit Claimed(poolId, msg.sender, principal, payout);
        aeth.burn(msg.sender, principal);
        _sendEth(msg.sender, payout);
    }

    // ---------------------------------------------------------------- governance

    /// @inheritdoc IMicroPool
    function complete(uint256 poolId, uint256 returned) external onlyGovernance nonReentrant {
        Pool storage p = _active(poolId);
        if (block.timestamp < p.endTime) revert PoolNotEnded(poolId, p.endTime);
        _settle(poolId, p, returned, false);
    }

    /// @inheritdoc IMicroPool
    function reportFailure(uint256 poolId, uint256 returned, uint256 ankrSlash)
        external
        onlyGovernance
        nonReentrant
    {
        Pool storage p = _active(poolId);
        p.failed = true;
        _settle(poolId, p, returned, true);
        registry.recordFailure(p.provider);
        if (ankrSlash > 0) registry.slashCollateral(p.provider, ankrSlash, address(insurancePool));
    }

    /// @inheritdoc IMicroPool
    function migrate(uint256 from, uint256 to) external onlyGovernance nonReentrant {
        Pool storage source = _pools[from];
        Pool storage target = _pools[to];
        if (from == to || (source.status != Status.Pending && source.status != Status.Cancelled)) {
            revert PoolBadMigration(from, to);
        }
        if (target.status != Status.Pending || block.timestamp >= target.endTime) {
            revert PoolBadMigration(from, to);
        }
        uint256 stakers = uint256(source.totalStaked) - source.providerStake;
        uint256 total = uint256(target.totalStaked) + stakers;
        if (total > VALIDATOR_ETH) revert PoolOverfilled(stakers, VALIDATOR_ETH - target.totalStaked);
        uint256 fees = source.feesCollected;
        if (source.status == Status.Pending) _releaseProviderStake(source);
        source.status = Status.Migrated;
        source.totalStaked = 0;
        source.feesCollected = 0;
        target.totalStaked = SafeCast.toUint72(total); // <= 32 ETH
        target.feesCollected += SafeCast.toUint96(fees); // fees of at most two pools, each < 2**88
        _migratedTo[from] = to;
        emit PoolMigrated(from, to, stakers, fees);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IMicroPool
    function getPool(uint256 poolId) external view returns (Pool memory) {
        return _pools[poolId];
    }

    /// @inheritdoc IMicroPool
    function getStake(uint256 poolId, address staker) external view returns (Stake memory) {
        return _stakes[poolId][staker];
    }

    /// @inheritdoc IMicroPool
    function validatorPubkey(uint256 poolId) external view returns (bytes memory) {
        return _pubkeys[poolId];
    }

    /// @inheritdoc IMicroPool
    function resolvedPool(uint256 poolId) external view returns (uint256) {
        return _resolve(poolId);
    }

    /// @inheritdoc IMicroPool
    function refundOf(address provider) external view returns (uint256) {
        return _refunds[provider];
    }

    /// @inheritdoc IMicroPool
    function claimable(uint256 poolId, address staker) external view returns (uint256) {
        Pool storage p = _pools[_resolve(poolId)];
        if (p.status != Status.Completed) return 0;
        return uint256(_stakes[poolId][staker].principal) * p.stakerPayoutPerEth / ONE;
    }

    /// @inheritdoc IMicroPool
    function owedEth() external view returns (uint256) {
        return _owedEth;
    }

    /// @inheritdoc IMicroPool
    function unattributedEth() public view returns (uint256) {
        return address(this).balance - _owedEth;
    }

    /// @inheritdoc IMicroPool
    function withdrawalCredentials() public view returns (bytes32) {
        return bytes32(uint256(uint160(address(this))) | (uint256(1) << 248));
    }

    // ---------------------------------------------------------------- internals

    function _pending(uint256 poolId) private view returns (Pool storage p) {
        p = _pools[poolId];
        if (p.status == Status.None) revert PoolUnknown(poolId);
        if (p.status != Status.Pending) revert PoolWrongStatus(poolId, p.status);
    }

    function _active(uint256 poolId) private view returns (Pool storage p) {
        p = _pools[poolId];
        if (p.status == Status.None) revert PoolUnknown(poolId);
        if (p.status != Status.Active) revert PoolWrongStatus(poolId, p.status);
    }

    function _resolve(uint256 poolId) private view returns (uint256 target) {
        target = poolId;
        for (uint256 hop = 0; _pools[target].status == Status.Migrated; ++hop) {
            if (hop == MAX_MIGRATION_HOPS) revert PoolMigrationChainTooLong(poolId);
            target = _migratedTo[target];
        }
    }

    function _releaseProviderStake(Pool storage p) private returns (uint256 refund) {
        uint72 providerStake = p.providerStake;
        refund = providerStake;
        p.providerStake = 0;
        p.totalStaked -= providerStake;
        _refunds[p.provider] += refund;
        registry.release(p.provider);
    }

    /// @dev The outcome of a settlement, kept in memory to stay within the stack.
    struct Settlement {
        uint256 toInsurance;
        uint256 toRewardPool;
        uint256 compensation;
        uint256 perEth;
        uint256 providerPayout;
        uint256 stakerTotal;
    }

    /// @dev Splits `returned` into cuts and payouts. Payouts round down; the rounding dust goes to the
    ///      insurance pool, so exactly `returned` (plus any compensation) is accounted for.
    function _settle(uint256 poolId, Pool storage p, uint256 returned, bool failed) private {
        uint256 unattributed = unattributedEth();
        if (returned > unattributed) revert PoolReturnExceedsUnattributed(returned, unattributed);
        uint256 k = p.providerStake;
        uint256 stakerPrincipal = VALIDATOR_ETH - k;
        Settlement memory s;

        // Effects first; the only external call before them is to the protocol's own insurance pool.
        p.status = Status.Completed;
        if (returned >= VALIDATOR_ETH) {
            uint256 rewards = returned - VALIDATOR_ETH;
            s.toInsurance = rewards * params.get(IParameters.Key.ProfitInsuranceBps) / BPS;
            s.toRewardPool = rewards * params.get(IParameters.Key.ProfitRewardBps) / BPS;
            uint256 distributable = returned - s.toInsurance - s.toRewardPool;
            s.perEth = distributable * ONE / VALIDATOR_ETH;
            s.stakerTotal = stakerPrincipal * s.perEth / ONE;
            s.providerPayout = k * s.perEth / ONE;
            s.toInsurance += distributable - s.stakerTotal - s.providerPayout;
        } else if (returned >= stakerPrincipal) {
            // The loss fits inside the provider's k ETH: stakers are whole.
            s.perEth = ONE;
            s.stakerTotal = stakerPrincipal;
            s.providerPayout = returned - stakerPrincipal;
        } else {
            // The provider's k ETH is gone; the insurance pool covers the rest as far as it can.
            s.compensation = insurancePool.compensate(poolId, stakerPrincipal - returned);
            uint256 available = returned + s.compensation;
            s.perEth = available * ONE / stakerPrincipal;
            s.stakerTotal = stakerPrincipal * s.perEth / ONE;
            s.toInsurance = available - s.stakerTotal;
        }
        p.stakerPayoutPerEth = SafeCast.toUint128(s.perEth); // returned is bounded by this contract's balance
        p.providerPayout = SafeCast.toUint128(s.providerPayout);
        _owedEth += s.stakerTotal + s.providerPayout;
        emit PoolSettled(
            poolId,
            returned,
            s.toInsurance,
            s.toRewardPool,
            s.compensation,
            s.perEth,
            s.providerPayout,
            failed
        );

        registry.release(p.provider);
        registry.recordService(p.provider, uint64(block.timestamp - p.activatedAt));
        if (s.toInsurance > 0) insurancePool.deposit{value: s.toInsurance}();
        if (s.toRewardPool > 0) _sendEth(rewardPool, s.toRewardPool);
    }

    function _sendEth(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert PoolTransferFailed(to, amount);
    }
}
