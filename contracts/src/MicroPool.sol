// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IParameters} from "./interfaces/IParameters.sol";
import {IProviderRegistry} from "./interfaces/IProviderRegistry.sol";
import {IDepositContract} from "./interfaces/IDepositContract.sol";
import {IDepositGuard} from "./interfaces/IDepositGuard.sol";
import {AETH} from "./token/AETH.sol";
import {InsurancePool} from "./InsurancePool.sol";
import {PoolVault} from "./PoolVault.sol";
import {IMicroPool} from "./interfaces/IMicroPool.sol";

/// @title MicroPool
/// @notice Micro-pools of §3.2 and §3.4.7: many stakers fill one 32 ETH validator run by a provider, and
///         no single party (provider, guardian or governance) can take, lock or misreport their ETH.
///
/// A pool's life:
/// 1. Open: a qualified provider calls `openPool` with its k ETH collateral (k from its trust level) and
///    an end time; the pool's fixed price FP is the governance `NodeFixedPrice` of that moment.
/// 2. Fill: anyone `stake`s ETH and receives aETH 1:1, paying stake/32 x FP in ANKR. The provider may
///    add ETH with `addProviderStake`. A stake that would take the pool past 32 ETH is refused. Before
///    activation stakers may `unstake` (aETH burned, ETH and ANKR fee back).
/// 3. Activate: at exactly 32 ETH the provider (still qualified, with its collateral) deposits the
///    validator with the guardians' attestation of the deposit contract's current root (`IDepositGuard`),
///    so a deposit front-run for the same pubkey voids it; the withdrawal credentials are the pool's own
///    vault (`PoolVault`, an EIP-1167 clone), so what comes back belongs to this pool alone. The ANKR fees
///    are paid: `ServiceFeeRewardBps` (10 %) to the reward pool, the rest to the provider.
/// 4. Exit: the provider exits after the end time; if it does not, anyone may force the exit through
///    EIP-7002 after `EXIT_GRACE` (`requestExit`), anyone earlier once governance reported a failure.
/// 5. Settle: anyone `settle`s once the end time has passed and the vault holds the exit: principal goes to
///    the redemption reserve, of the rewards 10 % go to the insurance pool and 10 % to the reward pool,
///    the rest to stakers and provider pro rata to their ETH. A loss falls on the provider's k ETH first,
///    then on the insurance pool; what both cannot cover lowers every aETH's redemption rate alike.
/// 6. Redeem and claim: whoever holds aETH `redeem`s it for principal (queued while the reserve is short);
///    each staker `claim`s its rewards in O(1) gas, the provider `claimProvider`.
/// A pending pool whose provider stops may be `cancel`led (by the provider, or by anyone after its end
/// time) and governance may `migrate` its stakers into another pending pool.
///
/// @dev Conservation: this contract's ETH = pending and cancelled pools' ETH + refunds + unpaid rewards and
///      provider payouts + the redemption reserve + the funded, unpaid queue. aETH supply = principal not
///      yet redeemed = ETH in pending pools + principal at the beacon chain + reserve + uncovered loss.
contract MicroPool is IMicroPool, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc IMicroPool
    uint256 public constant VALIDATOR_ETH = 32 ether;
    /// @inheritdoc IMicroPool
    uint256 public constant EXIT_THRESHOLD = 8 ether;
    /// @inheritdoc IMicroPool
    uint256 public constant EXIT_GRACE = 7 days;
    /// @notice How long after the latest exit request a vault holding less than the principal may be
    ///         settled by anyone: longer than a slashed validator's withdrawal delay (8,192 epochs, about
    ///         36 days), a long exit queue and the withdrawal sweep, so a real exit has arrived by then.
    uint256 public constant LOSS_SETTLEMENT_DELAY = 90 days;
    uint256 private constant BPS = 10_000;
    address private constant WITHDRAWAL_REQUESTS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;
    uint256 private constant ONE = 1e18;
    /// @dev Rewards below this go to the insurance pool whole: splitting them would be all rounding.
    uint256 private constant MIN_SPLIT = 1 gwei;

    /// @inheritdoc IMicroPool
    IParameters public immutable params;
    /// @inheritdoc IMicroPool
    IProviderRegistry public immutable registry;
    /// @inheritdoc IMicroPool
    AETH public immutable aeth;
    /// @inheritdoc IMicroPool
    IERC20 public immutable ankr;
    /// @inheritdoc IMicroPool
    IDepositContract public immutable depositContract;
    /// @inheritdoc IMicroPool
    IDepositGuard public immutable depositGuard;
    /// @inheritdoc IMicroPool
    InsurancePool public immutable insurancePool;
    /// @inheritdoc IMicroPool
    address public immutable rewardPool;
    /// @inheritdoc IMicroPool
    address public immutable vaultImplementation;

    /// @inheritdoc IMicroPool
    uint256 public poolCount;
    /// @inheritdoc IMicroPool
    uint256 public ticketCount;
    mapping(uint256 poolId => PoolRecord pool) private _pools;
    mapping(uint256 poolId => mapping(address staker => Stake stake)) private _stakes;
    mapping(uint256 poolId => uint256 target) private _migratedTo;
    mapping(address provider => uint256 amount) private _refunds;
    mapping(uint256 ticketId => Ticket ticket) private _tickets;

    /// @dev The redemption books, two to a slot: a redemption reads and writes one slot of each.
    uint128 private _reserve;
    uint128 private _uncoveredLoss;
    uint128 private _queuedAeth;
    uint128 private _paidAeth;

    /// @dev A pool as stored: `Pool`, except that a pool holds its ANKR fees only until it activates, so
    ///      from then on the activation time takes their place in slot 1 (`getPool` shows both as before).
    ///      `activate` then reads and writes two slots, not three.
    struct PoolRecord {
        // slot 0
        address provider;
        uint40 endTime;
        uint40 minStakeGwei;
        Status status;
        bool failed;
        // slot 1
        uint72 totalStaked;
        uint96 feesOrActivatedAt; // Pending, Cancelled, Migrated: the fees; Active, Completed: activatedAt
        uint88 fixedPrice;
        // slot 2
        uint72 providerStake;
        uint40 settledAt;
        uint88 returned;
        uint56 pubkeyTag; // the validator's pubkey hash (top 56 bits): exit requests name the right one
        // slot 3
        uint128 rewardPerEth;
        uint128 providerPayout;
        // slot 4
        uint72 compensation;
        uint72 uncoveredLoss;
        uint72 providerShortfall;
        uint40 exitRequestedAt;
    }

    modifier onlyGovernance() {
        if (msg.sender != params.governance()) revert PoolNotGovernance(msg.sender);
        _;
    }

    /// @param params_ Parameters (and governance).
    /// @param registry_ The provider registry; this contract must be one of its protocol contracts.
    /// @param ankr_ The ANKR token.
    /// @param depositContract_ The beacon deposit contract.
    /// @param depositGuard_ The guardian committee.
    /// @param insurancePool_ The insurance pool.
    /// @param rewardPool_ The reward pool.
    constructor(
        IParameters params_,
        IProviderRegistry registry_,
        IERC20 ankr_,
        IDepositContract depositContract_,
        IDepositGuard depositGuard_,
        InsurancePool insurancePool_,
        address rewardPool_
    ) {
        params = params_;
        registry = registry_;
        aeth = new AETH();
        ankr = ankr_;
        depositContract = depositContract_;
        depositGuard = depositGuard_;
        insurancePool = insurancePool_;
        rewardPool = rewardPool_;
        vaultImplementation = address(new PoolVault());
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
        PoolRecord storage p = _pools[poolId];
        p.provider = msg.sender;
        p.endTime = endTime;
        p.minStakeGwei = SafeCast.toUint40(Math.ceilDiv(minStake, 1 gwei)); // MinPoolStake <= 32 ETH = 3.2e10 gwei
        p.status = Status.Pending;
        uint72 providerStake = SafeCast.toUint72(msg.value); // <= 32 ETH
        p.totalStaked = providerStake;
        p.fixedPrice = SafeCast.toUint88(fixedPrice); // NodeFixedPrice <= 1e26 < 2**88
        p.providerStake = providerStake;
        registry.commit(msg.sender);
        emit PoolOpened(poolId, msg.sender, msg.value, k, endTime, fixedPrice);
    }

    /// @inheritdoc IMicroPool
    function addProviderStake(uint256 poolId) external payable nonReentrant {
        PoolRecord storage p = _pending(poolId);
        if (msg.sender != p.provider) revert PoolNotProvider(poolId, msg.sender);
        if (msg.value == 0) revert PoolZeroAmount();
        uint256 total = uint256(p.totalStaked) + msg.value;
        if (total > VALIDATOR_ETH) revert PoolOverfilled(msg.value, VALIDATOR_ETH - p.totalStaked);
        p.totalStaked = SafeCast.toUint72(total);
        p.providerStake += SafeCast.toUint72(msg.value);
        emit ProviderStakeAdded(poolId, msg.value, total);
    }

    /// @inheritdoc IMicroPool
    function activate(
        uint256 poolId,
        bytes calldata pubkey,
        bytes calldata signature,
        bytes32 depositDataRoot,
        IDepositGuard.Attestation calldata attestation
    ) external nonReentrant {
        PoolRecord storage p = _pending(poolId);
        address provider = p.provider;
        if (msg.sender != provider) revert PoolNotProvider(poolId, msg.sender);
        if (p.totalStaked != VALIDATOR_ETH) revert PoolNotFull(poolId, p.totalStaked);
        if (block.timestamp >= p.endTime) revert PoolEnded(poolId, p.endTime);
        if (!registry.isQualified(provider)) revert PoolProviderNotEligible(poolId, provider);
        bytes32 credentials = withdrawalCredentials(poolId);
        // depositGuard.checkDeposit(poolId, pubkey, credentials, depositDataRoot, attestation), the attestation
        // passed on within this call's calldata.
        attestation;
        _checkDeposit(credentials);
        uint256 fees = p.feesOrActivatedAt;
        uint256 toRewardPool = fees * params.get(IParameters.Key.ServiceFeeRewardBps) / BPS;
        uint256 toProvider = fees - toRewardPool;
        p.status = Status.Active;
        p.feesOrActivatedAt = uint40(block.timestamp); // the fees are paid out below
        p.pubkeyTag = _pubkeyTag(pubkey);
        emit PoolActivated(poolId, pubkey, credentials, toRewardPool, toProvider);
        depositContract.deposit{value: VALIDATOR_ETH}(
            pubkey, abi.encodePacked(credentials), signature, depositDataRoot
        );
        if (toRewardPool > 0) ankr.safeTransfer(rewardPool, toRewardPool);
        if (toProvider > 0) ankr.safeTransfer(provider, toProvider);
    }

    /// @inheritdoc IMicroPool
    function cancel(uint256 poolId) external nonReentrant {
        PoolRecord storage p = _pending(poolId);
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
        emit RefundWithdrawn(msg.sender, amount);
        _sendEth(msg.sender, amount);
    }

    /// @inheritdoc IMicroPool
    function claimProvider(uint256 poolId) external nonReentrant returns (uint256 payout) {
        PoolRecord storage p = _pools[poolId];
        if (msg.sender != p.provider) revert PoolNotProvider(poolId, msg.sender);
        if (p.status != Status.Completed) revert PoolWrongStatus(poolId, p.status);
        payout = p.providerPayout;
        if (payout == 0) revert PoolNothingToClaim(poolId, msg.sender);
        p.providerPayout = 0;
        emit ProviderClaimed(poolId, msg.sender, payout);
        _sendEth(msg.sender, payout);
    }

    // ---------------------------------------------------------------- stakers

    /// @inheritdoc IMicroPool
    /// @dev No reentrancy guard: its only calls go to ANKR and aETH, the protocol's own tokens, after every
    ///      effect.
    function stake(uint256 poolId) external payable {
        PoolRecord storage p = _pools[poolId];
        if (p.status != Status.Pending) revert PoolWrongStatus(poolId, p.status);
        if (block.timestamp >= p.endTime) revert PoolEnded(poolId, p.endTime);
        if (msg.sender == p.provider) revert PoolProviderCannotStake(poolId);
        uint256 amount = msg.value;
        // New aETH would share a loss its ETH never risked (see `coverLoss`).
        if (_uncoveredLoss != 0) revert PoolUncoveredLossOpen(_uncoveredLoss);
        uint256 remaining = VALIDATOR_ETH - p.totalStaked;
        if (amount > remaining) revert PoolOverfilled(amount, remaining);
        uint256 minimum = uint256(p.minStakeGwei) * 1 gwei;
        if (amount == 0 || (amount < minimum && amount != remaining)) {
            revert PoolStakeTooSmall(amount, minimum);
        }
        // The fee rounds up so the protocol never collects less than stake/32 x FP (no overflow: at most
        // 32e18 * 2**88).
        uint256 fee = (amount * p.fixedPrice + VALIDATOR_ETH - 1) / VALIDATOR_ETH;

        // Both fit: the amount is at most 32 ETH (checked above), the fee at most FP < 2**88.
        uint72 staked = uint72(amount);
        uint88 paid = uint88(fee);
        p.totalStaked += staked;
        p.feesOrActivatedAt += paid;
        Stake storage s = _stakes[poolId][msg.sender];
        s.principal += staked;
        s.feePaid += paid;
        emit Staked(poolId, msg.sender, amount, fee, p.totalStaked);
        if (fee > 0) ankr.safeTransferFrom(msg.sender, address(this), fee);
        aeth.mint(msg.sender, amount);
    }

    /// @inheritdoc IMicroPool
    function unstake(uint256 poolId, uint96 amount) external nonReentrant {
        Stake storage s = _stakes[poolId][msg.sender];
        if (amount == 0 || amount > s.principal) revert PoolNoStake(poolId, msg.sender, s.principal);
        uint256 target = _follow(poolId);
        PoolRecord storage p = _pools[target];
        if (p.status != Status.Pending && p.status != Status.Cancelled) {
            revert PoolWrongStatus(target, p.status);
        }
        uint88 feeRefund = SafeCast.toUint88(uint256(s.feePaid) * amount / s.principal); // <= feePaid
        uint72 taken = uint72(amount); // <= principal <= 32 ETH
        s.principal -= taken;
        s.feePaid -= feeRefund;
        p.totalStaked -= taken;
        p.feesOrActivatedAt -= feeRefund;
        // An open uncovered loss is borne by all aETH alike, so leaving early does not escape it.
        uint256 eth = _chargeLoss(amount);
        if (eth < amount) _fund(amount - eth);
        emit Unstaked(poolId, msg.sender, amount, feeRefund, p.totalStaked);
        aeth.burn(msg.sender, amount);
        if (feeRefund > 0) ankr.safeTransfer(msg.sender, feeRefund);
        _sendEth(msg.sender, eth);
    }

    /// @inheritdoc IMicroPool
    function claim(uint256 poolId) external nonReentrant returns (uint256 payout) {
        Stake storage s = _stakes[poolId][msg.sender];
        uint256 principal = s.principal;
        if (principal == 0) revert PoolNothingToClaim(poolId, msg.sender);
        uint256 target = _follow(poolId);
        PoolRecord storage p = _pools[target];
        if (p.status != Status.Completed) revert PoolWrongStatus(target, p.status);
        uint256 perEth = p.rewardPerEth;
        payout = _rewardsOf(principal, perEth, s.rewardPerEthPaid);
        if (payout == 0) revert PoolNothingToClaim(poolId, msg.sender);
        s.rewardPerEthPaid = SafeCast.toUint96(perEth);
        emit Claimed(poolId, msg.sender, principal, payout);
        _sendEth(msg.sender, payout);
    }

    // ---------------------------------------------------------------- aETH holders

    /// @inheritdoc IMicroPool
    function redeem(uint256 amount) external nonReentrant returns (uint256 eth, uint256 ticketId) {
        if (amount == 0) revert PoolZeroAmount();
        uint256 waiting = uint256(_queuedAeth) - _paidAeth;
        if (_reserveInAeth() >= waiting + amount) {
            eth = _chargeLoss(amount);
            _reserve -= uint128(eth); // covered: the reserve is worth at least `amount` aETH
            emit Redeemed(msg.sender, amount, eth, 0);
            aeth.burn(msg.sender, amount);
            _sendEth(msg.sender, eth);
            return (eth, 0);
        }
        // The aETH waits in escrow, still part of the supply, so it bears any loss like every aETH.
        ticketId = ++ticketCount;
        uint256 end = uint256(_queuedAeth) + amount;
        _queuedAeth = SafeCast.toUint128(end);
        _tickets[ticketId] = Ticket({owner: msg.sender, amount: SafeCast.toUint96(amount), end: uint128(end)});
        eth = previewRedeem(amount);
        emit Redeemed(msg.sender, amount, eth, ticketId);
        aeth.burn(msg.sender, amount);
        aeth.mint(address(this), amount);
    }

    /// @inheritdoc IMicroPool
    function claimRedemption(uint256 ticketId) external nonReentrant returns (uint256 eth) {
        Ticket memory t = _tickets[ticketId];
        // Paid in queue order: the reserve must cover this ticket and every earlier one still waiting.
        if (t.owner == address(0) || _reserveInAeth() + _paidAeth < t.end) {
            revert PoolTicketNotPayable(ticketId);
        }
        delete _tickets[ticketId];
        eth = _chargeLoss(t.amount);
        _reserve -= uint128(eth);
        _paidAeth += t.amount;
        emit RedemptionClaimed(ticketId, t.owner, eth);
        aeth.burn(address(this), t.amount);
        _sendEth(t.owner, eth);
    }

    // ---------------------------------------------------------------- exit and settlement

    /// @inheritdoc IMicroPool
    function requestExit(uint256 poolId, bytes calldata pubkey) external payable nonReentrant {
        PoolRecord storage p = _pools[poolId];
        // Only the pool's own validator: a request for another key would start the clock for nothing.
        if (p.pubkeyTag != _pubkeyTag(pubkey)) revert PoolWrongPubkey(poolId);
        if (p.status == Status.Active) {
            uint256 dueAt = msg.sender == p.provider ? p.endTime : uint256(p.endTime) + EXIT_GRACE;
            // Governance's failure report is the decision; anyone may then pay the fee and carry it out
            // (a governance proposal carries no ETH for the fee).
            if (block.timestamp < dueAt && !p.failed) revert PoolExitNotDue(poolId, dueAt);
            // Every request restarts the loss-settlement clock: one the beacon chain ignored (a validator
            // too young to exit) cannot start it early, and a repeated one only delays a loss settlement
            // (which governance can settle at once after a failure report).
            p.exitRequestedAt = uint40(block.timestamp);
        } else if (p.status != Status.Completed) {
            // A settled pool's validator has no business running: anyone may exit it.
            _active(poolId);
        }
        uint256 fee =
            PoolVault(payable(_deployVault(poolId))).requestExit{value: msg.value}(pubkey, msg.sender);
        emit PoolExitRequested(poolId, msg.sender, fee);
    }

    /// @inheritdoc IMicroPool
    function settle(uint256 poolId) external nonReentrant {
        PoolRecord storage p = _pools[poolId];
        address vault = vaultOf(poolId);
        uint256 balance = vault.balance;
        if (p.status == Status.Completed) {
            if (balance == 0) revert PoolNotSettleable(poolId, 0);
            _sweepVault(poolId);
            p.returned = SafeCast.toUint88(uint256(p.returned) + balance);
            _afterSettlement(poolId, p, balance, _waterfall(p, balance));
            return;
        }
        if (p.status != Status.Active) revert PoolWrongStatus(poolId, p.status);
        if (!(p.failed && msg.sender == params.governance())) {
            if ((block.timestamp < p.endTime && !p.failed) || balance < EXIT_THRESHOLD) {
                revert PoolNotSettleable(poolId, balance);
            }
            // Less than the principal books a loss: only once a real exit has had time to arrive, so ETH
            // sent to the vault cannot pass for it.
            if (balance < VALIDATOR_ETH) {
                uint256 requestedAt = p.exitRequestedAt;
                uint256 lossDueAt = requestedAt == 0 ? 0 : requestedAt + LOSS_SETTLEMENT_DELAY;
                if (lossDueAt == 0 || block.timestamp < lossDueAt) {
                    revert PoolLossSettlementNotDue(poolId, balance, lossDueAt);
                }
            }
        }
        if (balance > 0) _sweepVault(poolId);
        Split memory split = _firstSettlement(poolId, p, balance);
        p.status = Status.Completed;
        p.settledAt = uint40(block.timestamp);
        registry.release(p.provider);
        registry.recordService(p.provider, uint64(block.timestamp - p.feesOrActivatedAt));
        _afterSettlement(poolId, p, balance, split);
    }

    /// @inheritdoc IMicroPool
    function coverLoss() external payable nonReentrant returns (uint256 covered) {
        uint256 loss = _uncoveredLoss;
        if (loss == 0) revert PoolZeroAmount();
        uint256 fromInsurance = insurancePool.compensate(0, loss);
        uint256 fromCaller = msg.value < loss - fromInsurance ? msg.value : loss - fromInsurance;
        covered = fromInsurance + fromCaller;
        if (covered == 0) revert PoolZeroAmount();
        _uncoveredLoss = uint128(loss - covered);
        _fund(covered);
        emit LossCovered(msg.sender, covered, fromInsurance);
        if (msg.value > fromCaller) _sendEth(msg.sender, msg.value - fromCaller);
    }

    // ---------------------------------------------------------------- governance

    /// @inheritdoc IMicroPool
    function reportFailure(uint256 poolId, uint256 ankrSlash) external onlyGovernance nonReentrant {
        PoolRecord storage p = _active(poolId);
        if (p.failed) revert PoolWrongStatus(poolId, p.status);
        p.failed = true;
        emit PoolFailureReported(poolId, ankrSlash);
        registry.recordFailure(p.provider);
        if (ankrSlash > 0) registry.slashCollateral(p.provider, ankrSlash, address(insurancePool));
    }

    /// @inheritdoc IMicroPool
    function migrate(uint256 from, uint256 to) external onlyGovernance nonReentrant {
        PoolRecord storage source = _pools[from];
        PoolRecord storage target = _pools[to];
        if (from == to || (source.status != Status.Pending && source.status != Status.Cancelled)) {
            revert PoolBadMigration(from, to);
        }
        if (target.status != Status.Pending || block.timestamp >= target.endTime) {
            revert PoolBadMigration(from, to);
        }
        uint256 stakers = uint256(source.totalStaked) - source.providerStake;
        uint256 total = uint256(target.totalStaked) + stakers;
        if (total > VALIDATOR_ETH) revert PoolOverfilled(stakers, VALIDATOR_ETH - target.totalStaked);
        uint256 fees = source.feesOrActivatedAt;
        if (source.status == Status.Pending) _releaseProviderStake(source);
        source.status = Status.Migrated;
        source.totalStaked = 0;
        source.feesOrActivatedAt = 0;
        target.totalStaked = SafeCast.toUint72(total); // <= 32 ETH
        target.feesOrActivatedAt += SafeCast.toUint96(fees); // fees of at most two pools, each < 2**88
        _migratedTo[from] = to;
        emit PoolMigrated(from, to, stakers, fees);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IMicroPool
    function getPool(uint256 poolId) external view returns (Pool memory) {
        PoolRecord storage p = _pools[poolId];
        Pool memory pool;
        pool.provider = p.provider;
        pool.endTime = p.endTime;
        pool.minStakeGwei = p.minStakeGwei;
        pool.status = p.status;
        pool.failed = p.failed;
        pool.totalStaked = p.totalStaked;
        if (p.status == Status.Active || p.status == Status.Completed) {
            pool.activatedAt = uint40(p.feesOrActivatedAt);
        } else {
            pool.feesCollected = p.feesOrActivatedAt;
        }
        pool.fixedPrice = p.fixedPrice;
        pool.providerStake = p.providerStake;
        pool.settledAt = p.settledAt;
        pool.returned = p.returned;
        pool.rewardPerEth = p.rewardPerEth;
        pool.providerPayout = p.providerPayout;
        pool.compensation = p.compensation;
        pool.uncoveredLoss = p.uncoveredLoss;
        pool.providerShortfall = p.providerShortfall;
        pool.exitRequestedAt = p.exitRequestedAt;
        return pool;
    }

    /// @inheritdoc IMicroPool
    function getStake(uint256 poolId, address staker) external view returns (Stake memory) {
        return _stakes[poolId][staker];
    }

    /// @inheritdoc IMicroPool
    function getTicket(uint256 ticketId) external view returns (Ticket memory) {
        return _tickets[ticketId];
    }

    /// @inheritdoc IMicroPool
    function resolvedPool(uint256 poolId) public view returns (uint256 target) {
        target = poolId;
        while (_pools[target].status == Status.Migrated) {
            target = _migratedTo[target];
        }
    }

    /// @inheritdoc IMicroPool
    function refundOf(address provider) external view returns (uint256) {
        return _refunds[provider];
    }

    /// @inheritdoc IMicroPool
    function claimable(uint256 poolId, address staker) external view returns (uint256) {
        PoolRecord storage p = _pools[resolvedPool(poolId)];
        if (p.status != Status.Completed) return 0;
        Stake storage s = _stakes[poolId][staker];
        return _rewardsOf(s.principal, p.rewardPerEth, s.rewardPerEthPaid);
    }

    /// @inheritdoc IMicroPool
    function previewRedeem(uint256 amount) public view returns (uint256) {
        uint256 supply = aeth.totalSupply();
        if (_uncoveredLoss == 0 || supply == 0) return amount;
        return amount - Math.mulDiv(amount, _uncoveredLoss, supply, Math.Rounding.Ceil);
    }

    /// @inheritdoc IMicroPool
    function redemptionBooks()
        external
        view
        returns (uint256 reserve, uint256 uncoveredLoss, uint256 queued, uint256 paid)
    {
        return (_reserve, _uncoveredLoss, _queuedAeth, _paidAeth);
    }

    /// @inheritdoc IMicroPool
    function vaultOf(uint256 poolId) public view returns (address) {
        return Clones.predictDeterministicAddress(vaultImplementation, bytes32(poolId));
    }

    /// @inheritdoc IMicroPool
    function withdrawalCredentials(uint256 poolId) public view returns (bytes32) {
        return bytes32(uint256(uint160(vaultOf(poolId))) | (uint256(1) << 248));
    }

    /// @inheritdoc IMicroPool
    function exitFee() external view returns (uint256 fee) {
        (bool ok, bytes memory answer) = WITHDRAWAL_REQUESTS.staticcall("");
        if (!ok || answer.length != 32) revert PoolVaultExitUnavailable();
        fee = abi.decode(answer, (uint256));
    }

    // ---------------------------------------------------------------- internals

    function _pending(uint256 poolId) private view returns (PoolRecord storage p) {
        p = _pools[poolId];
        if (p.status == Status.None) revert PoolUnknown(poolId);
        if (p.status != Status.Pending) revert PoolWrongStatus(poolId, p.status);
    }

    /// @dev The top 56 bits of the pubkey's hash: finding another key with the same tag takes ~2**56
    ///      hashes, for nothing but an exit request the beacon chain ignores.
    function _pubkeyTag(bytes calldata pubkey) private pure returns (uint56) {
        return uint56(uint256(keccak256(pubkey)) >> 200);
    }

    function _active(uint256 poolId) private view returns (PoolRecord storage p) {
        p = _pools[poolId];
        if (p.status == Status.None) revert PoolUnknown(poolId);
        if (p.status != Status.Active) revert PoolWrongStatus(poolId, p.status);
    }

    /// @dev The pool `poolId`'s stakers live in now, remembered as a single hop: however long a chain of
    ///      migrations grows, each stake walks it once (a hop costs two storage reads), so nobody is locked.
    function _follow(uint256 poolId) private returns (uint256 target) {
        target = resolvedPool(poolId);
        if (target != poolId && _migratedTo[poolId] != target) _migratedTo[poolId] = target;
    }

    /// @dev `depositGuard.checkDeposit(poolId, pubkey, credentials, depositDataRoot, attestation)` for the
    ///      running `activate`, whose calldata it forwards as it came rather than encoding it again: both
    ///      functions take `poolId`, a pubkey offset, one word, `depositDataRoot` and an attestation offset,
    ///      so only the selector and the third word (`activate`'s signature offset) change. The offsets
    ///      still point at the same pubkey and attestation, which the guard decodes and checks itself.
    function _checkDeposit(bytes32 credentials) private view {
        address guard = address(depositGuard);
        bytes4 selector = IDepositGuard.checkDeposit.selector;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, selector)
            calldatacopy(add(m, 4), 4, sub(calldatasize(), 4))
            mstore(add(m, 0x44), credentials)
            // As a high-level call: a guard without code reverts, the guard's revert is passed on.
            if iszero(extcodesize(guard)) { revert(0, 0) }
            if iszero(staticcall(gas(), guard, m, calldatasize(), 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
        }
    }

    function _releaseProviderStake(PoolRecord storage p) private returns (uint256 refund) {
        uint72 providerStake = p.providerStake;
        refund = providerStake;
        p.providerStake = 0;
        p.totalStaked -= providerStake;
        _refunds[p.provider] += refund;
        registry.release(p.provider);
    }

    /// @dev The pool's vault, deployed on first use (beacon withdrawals reach its address before that).
    function _deployVault(uint256 poolId) private returns (address vault) {
        vault = vaultOf(poolId);
        if (vault.code.length == 0) Clones.cloneDeterministic(vaultImplementation, bytes32(poolId));
    }

    function _sweepVault(uint256 poolId) private {
        PoolVault(payable(_deployVault(poolId))).sweep();
    }

    /// @dev The ETH `amount` aETH redeems for, charging its share of the uncovered loss (rounded up, so
    ///      the last aETH carries what rounding left).
    function _chargeLoss(uint256 amount) private returns (uint256 eth) {
        uint256 loss = _uncoveredLoss;
        if (loss == 0) return amount;
        uint256 charge = Math.mulDiv(amount, loss, aeth.totalSupply(), Math.Rounding.Ceil);
        if (charge > loss) charge = loss;
        _uncoveredLoss = uint128(loss - charge);
        return amount - charge;
    }

    /// @dev Principal that came back, ready for redemption (queued tickets first).
    function _fund(uint256 amount) private {
        _reserve = SafeCast.toUint128(uint256(_reserve) + amount);
    }

    /// @dev How much aETH the reserve redeems at the current rate.
    function _reserveInAeth() private view returns (uint256) {
        uint256 loss = _uncoveredLoss;
        if (loss == 0) return _reserve;
        uint256 supply = aeth.totalSupply();
        // Backing = supply - loss >= 0 always; at 0 every aETH redeems for nothing, so any amount is covered.
        if (supply == loss) return type(uint128).max;
        return Math.mulDiv(_reserve, supply, supply - loss);
    }

    /// @dev Where a settlement's ETH went, kept in memory to stay within the stack.
    struct Split {
        uint256 toInsurance;
        uint256 toRewardPool;
        uint256 compensation;
    }

    /// @dev The first settlement of `returned`: the stakers' principal first (to the redemption reserve),
    ///      made up by the insurance pool if the validator lost more than the provider's k; the rest goes
    ///      down the waterfall (the provider's k, then rewards).
    function _firstSettlement(uint256 poolId, PoolRecord storage p, uint256 returned)
        private
        returns (Split memory s)
    {
        uint256 k = p.providerStake;
        uint256 stakerPrincipal = VALIDATOR_ETH - k;
        p.returned = SafeCast.toUint88(returned);
        if (returned >= stakerPrincipal) {
            _fund(stakerPrincipal);
            uint256 toProvider = Math.min(returned - stakerPrincipal, k);
            p.providerPayout = uint128(toProvider);
            if (toProvider < k) p.providerShortfall = uint72(k - toProvider);
            uint256 rewards = returned - stakerPrincipal - toProvider;
            if (rewards > 0) _shareRewards(p, rewards, s);
            return s;
        }
        p.providerShortfall = uint72(k);
        _fund(returned);
        s.compensation = insurancePool.compensate(poolId, stakerPrincipal - returned);
        _fund(s.compensation);
        uint256 loss = stakerPrincipal - returned - s.compensation;
        p.compensation = uint72(s.compensation); // <= 32 ETH
        p.uncoveredLoss = uint72(loss);
        _uncoveredLoss = SafeCast.toUint128(uint256(_uncoveredLoss) + loss);
    }

    /// @dev ETH beyond the stakers' principal, or arriving after the settlement, in order: what the
    ///      pool's loss left uncovered (back to the aETH it was charged to, or to the insurance pool where
    ///      redemptions already bore it), the insurance pool's compensation, the provider's k, then rewards.
    function _waterfall(PoolRecord storage p, uint256 amount) private returns (Split memory s) {
        uint256 part = Math.min(amount, p.uncoveredLoss);
        if (part > 0) {
            p.uncoveredLoss -= uint72(part);
            uint256 stillOpen = Math.min(part, _uncoveredLoss);
            _uncoveredLoss -= uint128(stillOpen);
            _fund(stillOpen);
            s.toInsurance += part - stillOpen;
            amount -= part;
        }
        part = Math.min(amount, p.compensation);
        if (part > 0) {
            p.compensation -= uint72(part);
            s.toInsurance += part;
            amount -= part;
        }
        part = Math.min(amount, p.providerShortfall);
        if (part > 0) {
            p.providerShortfall -= uint72(part);
            p.providerPayout += uint128(part);
            amount -= part;
        }
        if (amount > 0) _shareRewards(p, amount, s);
    }

    /// @dev Rewards: 10 % insurance, 10 % reward pool, the rest per ETH of the pool's 32 to stakers and
    ///      provider. Shares are cumulative floors, so however many sweeps follow, claims never exceed what
    ///      was set aside; the at most 2 wei the floors of a later sweep can overshoot come out of the
    ///      insurance cut, or, without one, out of one step less per ETH.
    function _shareRewards(PoolRecord storage p, uint256 rewards, Split memory s) private {
        if (rewards < MIN_SPLIT) {
            s.toInsurance += rewards;
            return;
        }
        uint256 toInsurance = rewards * params.get(IParameters.Key.ProfitInsuranceBps) / BPS;
        uint256 toRewardPool = rewards * params.get(IParameters.Key.ProfitRewardBps) / BPS;
        uint256 distributable = rewards - toInsurance - toRewardPool;
        uint256 k = p.providerStake;
        uint256 stakerPrincipal = VALIDATOR_ETH - k;
        uint256 before = p.rewardPerEth;
        uint256 perEth = before + distributable * ONE / VALIDATOR_ETH;
        uint256 toStakers = stakerPrincipal * perEth / ONE - stakerPrincipal * before / ONE;
        uint256 toProvider = k * perEth / ONE - k * before / ONE;
        if (toStakers + toProvider > distributable + toInsurance) {
            // The cumulative floors can overshoot by a wei or two, which the insurance cut absorbs; with
            // no cut (`ProfitInsuranceBps` 0) one step less per ETH frees at least 16 wei (>= 16 ETH staked).
            perEth -= 1;
            toStakers = stakerPrincipal * perEth / ONE - stakerPrincipal * before / ONE;
            toProvider = k * perEth / ONE - k * before / ONE;
        }
        p.rewardPerEth = SafeCast.toUint128(perEth);
        p.providerPayout += SafeCast.toUint128(toProvider);
        s.toInsurance += toInsurance + distributable - toStakers - toProvider;
        s.toRewardPool += toRewardPool;
    }

    function _afterSettlement(uint256 poolId, PoolRecord storage p, uint256 returned, Split memory s)
        private
    {
        emit PoolSettled(
            poolId,
            msg.sender,
            returned,
            s.toInsurance,
            s.toRewardPool,
            s.compensation,
            p.rewardPerEth,
            p.providerPayout,
            p.failed
        );
        if (s.toInsurance > 0) insurancePool.deposit{value: s.toInsurance}();
        if (s.toRewardPool > 0) _sendEth(rewardPool, s.toRewardPool);
    }

    function _rewardsOf(uint256 principal, uint256 perEth, uint256 paidPerEth)
        private
        pure
        returns (uint256)
    {
        return principal * perEth / ONE - principal * paidPerEth / ONE;
    }

    function _sendEth(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert PoolTransferFailed(to, amount);
    }
}
