// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SignedMath} from "@openzeppelin/contracts/utils/math/SignedMath.sol";
import {IRewardStream} from "./interfaces/IRewardStream.sol";
import {IRewardSink} from "./interfaces/IRewardSink.sol";

/// @title RewardStream
/// @notice Streamed reward-per-share accounting of ETH and ANKR for one category of participants (§3.4.6),
///         as Synthetix's `StakingRewards`: each cut the reward pool notifies flows to the shares at a
///         constant rate over the next reward period, so a share earns only for the seconds it is held (a
///         stake held for one transaction around `distribute` earns nothing), and each position claims in
///         O(1) gas whatever their number. The inheriting contract names positions (an account, or a
///         stake on one node) and calls `_updateShares` whenever one's shares change.
/// @dev Shares count in units of 1 gwei of ANKR, so a position's shares and both its debts fit one slot;
///      the total, the clock and both rates share another, so a claim reads three slots and writes one.
///      Rates are whole millions of wei per second; what does not divide (under 1e6 wei per second of the
///      period) stays in the contract as dust. While the category holds fewer than `MIN_SHARES`
///      (1,000 ANKR), and so also when it has none at all, the stream's time is carried over instead of
///      paid, which also bounds one second's per-share increase to rate x 1e12 and keeps the cumulative
///      values far below 2**128 for any rate the token supplies allow. Every division rounds down, so the
///      claims never exceed what was notified and the dust stays in the contract.
abstract contract RewardStream is IRewardStream {
    using SafeERC20 for IERC20;

    uint256 private constant PRECISION = 1e18;
    /// @dev Wei of shares per stored unit.
    uint256 private constant SHARE_UNIT = 1e9;
    /// @dev Wei per stored unit of a rate (a uint64 rate reaches 1.8e7 ETH or ANKR per second).
    uint256 private constant RATE_UNIT = 1e6;
    /// @inheritdoc IRewardStream
    uint256 public constant MIN_SHARES = 1_000e18;
    uint256 private constant MIN_UNITS = MIN_SHARES / SHARE_UNIT;
    /// @dev Wei per stored unit of a debt: 96 bits of them hold 3.9e16 ETH or ANKR, more than any stake
    ///      could ever have earned since the start.
    int256 private constant DEBT_UNIT = 1e6;

    /// @dev A debt is what the position's shares had earned when it last claimed, moved by what changes of
    ///      its shares changed its earnings by, and raised by what it forfeited: earnings minus debt is
    ///      what it can claim. Debts count in millionths of an ETH or ANKR (`DEBT_UNIT` wei), rounded up
    ///      against the position (and a change of shares adds a wei for the rounding of the two earnings it
    ///      compares), so claims never exceed what streamed in; a position gives up at most 1e6 + 1 wei a
    ///      change of shares (up to about 2e6 on an early sidecar withdrawal: its forfeit and its change).
    ///      Signed, so no second slot holds unclaimed amounts.
    struct Position {
        uint64 units;
        int96 ethDebt;
        int96 ankrDebt;
    }

    /// @dev Cumulative rewards per unit up to `Stream.updatedAt`, scaled by `PRECISION`.
    struct PerShare {
        uint128 eth;
        uint128 ankr;
    }

    /// @dev Everything that moves the per-share values with time, in one slot.
    struct Stream {
        uint64 totalUnits;
        uint32 updatedAt;
        uint32 finishAt;
        uint64 ethRate;
        uint64 ankrRate;
    }

    /// @dev ETH and ANKR for the next period.
    struct Carried {
        uint128 eth;
        uint128 ankr;
    }

    address public immutable rewardPool;
    IERC20 private immutable _rewardAnkr;

    PerShare private _perShare;
    Stream private _stream;
    Carried private _carried;
    mapping(bytes32 position => Position position_) private _positions;

    constructor(address rewardPool_, IERC20 ankr_) {
        rewardPool = rewardPool_;
        _rewardAnkr = ankr_;
    }

    /// @inheritdoc IRewardSink
    function rewardShares() external view returns (uint256) {
        uint256 units = _stream.totalUnits;
        return units >= MIN_UNITS ? units * SHARE_UNIT : 0;
    }

    /// @inheritdoc IRewardStream
    function totalRewardShares() public view returns (uint256) {
        return uint256(_stream.totalUnits) * SHARE_UNIT;
    }

    /// @inheritdoc IRewardStream
    function ethPerShare() external view returns (uint256) {
        return _perShareNow(_stream).eth;
    }

    /// @inheritdoc IRewardStream
    function ankrPerShare() external view returns (uint256) {
        return _perShareNow(_stream).ankr;
    }

    /// @inheritdoc IRewardStream
    function rewardRate()
        external
        view
        returns (uint256 ethPerSecond, uint256 ankrPerSecond, uint256 finishAt)
    {
        Stream memory s = _stream;
        if (block.timestamp >= s.finishAt) return (0, 0, s.finishAt);
        return (uint256(s.ethRate) * RATE_UNIT, uint256(s.ankrRate) * RATE_UNIT, s.finishAt);
    }

    /// @inheritdoc IRewardStream
    function carriedOver() external view returns (uint256 eth, uint256 ankr) {
        Stream memory s = _stream;
        Carried memory c = _carried;
        eth = c.eth;
        ankr = c.ankr;
        if (s.totalUnits < MIN_UNITS) {
            uint256 elapsed = _elapsed(s);
            eth += elapsed * s.ethRate * RATE_UNIT;
            ankr += elapsed * s.ankrRate * RATE_UNIT;
        }
    }

    /// @inheritdoc IRewardSink
    function notifyReward(uint256 ankrAmount, uint256 duration) external payable {
        if (msg.sender != rewardPool) revert RewardsNotRewardPool(msg.sender);
        if (duration == 0) revert RewardsNoShares();
        Stream memory s = _accrue();
        uint256 eth = msg.value;
        uint256 ankr = ankrAmount;
        Carried memory c = _carried;
        if (c.eth > 0 || c.ankr > 0) {
            eth += c.eth;
            ankr += c.ankr;
            delete _carried;
        }
        if (block.timestamp < s.finishAt) {
            // What the previous cut had not streamed yet joins this one.
            uint256 remaining = s.finishAt - block.timestamp;
            eth += remaining * s.ethRate * RATE_UNIT;
            ankr += remaining * s.ankrRate * RATE_UNIT;
        }
        // What does not divide into whole rate units (under duration x 1e6 wei) stays as dust.
        uint256 ethRate = eth / (duration * RATE_UNIT);
        uint256 ankrRate = ankr / (duration * RATE_UNIT);
        s.ethRate = SafeCast.toUint64(ethRate);
        s.ankrRate = SafeCast.toUint64(ankrRate);
        s.finishAt = SafeCast.toUint32(block.timestamp + duration);
        _stream = s;
        emit RewardNotified(
            msg.value,
            ankrAmount,
            uint256(s.totalUnits) * SHARE_UNIT,
            ethRate * RATE_UNIT,
            ankrRate * RATE_UNIT,
            s.finishAt
        );
    }

    // ---------------------------------------------------------------- for the inheriting contract

    /// @dev ETH and ANKR `position` can claim now.
    function _pending(bytes32 position) internal view returns (uint256 eth, uint256 ankr) {
        return _pendingAt(position, _perShareNow(_stream));
    }

    /// @dev ETH and ANKR `position` has earned up to the per-share values `perShare` (now, or where a
    ///      retired position's earnings stopped).
    function _pendingAt(bytes32 position, PerShare memory perShare)
        internal
        view
        returns (uint256 eth, uint256 ankr)
    {
        Position memory p = _positions[position];
        eth = _owed(_earned(p.units, perShare.eth), p.ethDebt);
        ankr = _owed(_earned(p.units, perShare.ankr), p.ankrDebt);
    }

    /// @dev The shares `position` holds, in wei of ANKR (whole gwei).
    function _sharesOf(bytes32 position) internal view returns (uint256) {
        return uint256(_positions[position].units) * SHARE_UNIT;
    }

    /// @dev Pay `position`'s rewards to `account`. Reads the per-share values without writing them: they
    ///      follow from the stream, so a claim writes only the position.
    function _claim(bytes32 position, address account) internal returns (uint256 eth, uint256 ankr) {
        return _claimAt(position, account, _perShareNow(_stream));
    }

    /// @dev Pay `position`'s rewards up to `perShare` to `account`.
    function _claimAt(bytes32 position, address account, PerShare memory perShare)
        internal
        returns (uint256 eth, uint256 ankr)
    {
        Position memory p = _positions[position];
        uint256 ethEarned = _earned(p.units, perShare.eth);
        uint256 ankrEarned = _earned(p.units, perShare.ankr);
        eth = _owed(ethEarned, p.ethDebt);
        ankr = _owed(ankrEarned, p.ankrDebt);
        _positions[position] = Position(p.units, _debtFor(ethEarned), _debtFor(ankrEarned));
        emit RewardClaimed(account, eth, ankr);
        // ANKR returns true or reverts, so a plain call suffices where SafeERC20 would add a check.
        if (ankr > 0 && !_rewardAnkr.transfer(account, ankr)) revert RewardsTransferFailed(account, ankr);
        if (eth > 0) {
            (bool ok,) = account.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(account, eth);
        }
    }

    /// @dev Set `position`'s shares (rounded down to whole gwei). The stream is brought up to now first, so
    ///      the old shares earned until this second and the new ones earn from it; the debt moves by
    ///      exactly what the change changes the position's earnings by. Returns the position's units before and after.
    function _updateShares(bytes32 position, uint256 shares)
        internal
        returns (uint256 before, uint256 after_)
    {
        Stream memory s = _accrue();
        Position memory p = _positions[position];
        uint64 units = SafeCast.toUint64(shares / SHARE_UNIT);
        s.totalUnits = s.totalUnits - p.units + units;
        _stream = s;
        _setUnits(position, p, units, _perShare);
        return (p.units, units);
    }

    /// @dev Take `units` out of the stream at this second (a group of positions stops earning, such as
    ///      the stakes on a node that finished) and return the per-share values their earnings stop at. The
    ///      positions keep their units; read and change them with `perShare` from then on.
    function _retireUnits(uint256 units) internal returns (PerShare memory perShare) {
        Stream memory s = _accrue();
        s.totalUnits -= SafeCast.toUint64(units);
        _stream = s;
        perShare = _perShare;
    }

    /// @dev Set a retired position's shares: what it earned up to `perShare` stays claimable; the stream's
    ///      total, which no longer counts it, is left alone.
    function _updateRetiredShares(bytes32 position, uint256 shares, PerShare memory perShare) internal {
        _setUnits(position, _positions[position], SafeCast.toUint64(shares / SHARE_UNIT), perShare);
    }

    /// @dev Write `position` with `units`, its debts moved by what the change changes its earnings by.
    function _setUnits(bytes32 position, Position memory p, uint64 units, PerShare memory perShare) private {
        _positions[position] = Position(
            units,
            _raise(p.ethDebt, _debtMove(p.units, units, perShare.eth)),
            _raise(p.ankrDebt, _debtMove(p.units, units, perShare.ankr))
        );
    }

    /// @dev Send `numerator / denominator` of `position`'s unclaimed rewards back to the reward pool
    ///      (rewards forfeited by leaving early); `account` is named in the event.
    function _forfeitRewards(bytes32 position, address account, uint256 numerator, uint256 denominator)
        internal
    {
        (uint256 pendingEth, uint256 pendingAnkr) = _pending(position);
        uint256 eth = pendingEth * numerator / denominator;
        uint256 ankr = pendingAnkr * numerator / denominator;
        if (eth == 0 && ankr == 0) return;
        Position storage p = _positions[position];
        p.ethDebt = _raise(p.ethDebt, SafeCast.toInt256(eth));
        p.ankrDebt = _raise(p.ankrDebt, SafeCast.toInt256(ankr));
        emit RewardForfeited(account, eth, ankr);
        if (ankr > 0) _rewardAnkr.safeTransfer(rewardPool, ankr);
        if (eth > 0) {
            (bool ok,) = rewardPool.call{value: eth}("");
            if (!ok) revert RewardsTransferFailed(rewardPool, eth);
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev Bring the stored per-share values up to now (or carry the time over while the category is too
    ///      small to pay), and return the stream with its clock at now, for the caller to change and write.
    function _accrue() private returns (Stream memory s) {
        s = _stream;
        uint256 elapsed = _elapsed(s);
        if (elapsed > 0) {
            if (s.totalUnits >= MIN_UNITS) {
                _perShare = _perShareNow(s);
            } else {
                Carried memory c = _carried;
                _carried = Carried(
                    SafeCast.toUint128(c.eth + elapsed * s.ethRate * RATE_UNIT),
                    SafeCast.toUint128(c.ankr + elapsed * s.ankrRate * RATE_UNIT)
                );
            }
        }
        s.updatedAt = SafeCast.toUint32(block.timestamp);
    }

    /// @dev Seconds of the stream since it was last brought up to date.
    function _elapsed(Stream memory s) private view returns (uint256) {
        uint256 until = block.timestamp < s.finishAt ? block.timestamp : s.finishAt;
        return until > s.updatedAt ? until - s.updatedAt : 0;
    }

    /// @dev The per-share values at this second.
    function _perShareNow(Stream memory s) private view returns (PerShare memory perShare) {
        perShare = _perShare;
        if (s.totalUnits < MIN_UNITS) return perShare;
        uint256 elapsed = _elapsed(s);
        if (elapsed == 0) return perShare;
        uint256 scale = elapsed * RATE_UNIT * PRECISION;
        perShare.eth = SafeCast.toUint128(perShare.eth + uint256(s.ethRate) * scale / s.totalUnits);
        perShare.ankr = SafeCast.toUint128(perShare.ankr + uint256(s.ankrRate) * scale / s.totalUnits);
    }

    /// @dev What `units` have earned at `perShare`, rounded down.
    function _earned(uint256 units, uint256 perShare) private pure returns (uint256) {
        return units * perShare / PRECISION;
    }

    /// @dev How much a change from `before` to `after_` units changes what they have earned at `perShare`.
    ///      Each earning rounds down on its own, so their difference can fall a wei short of the true
    ///      change: a wei more is added whenever the shares change at a non-zero per-share value.
    function _debtMove(uint256 before, uint256 after_, uint256 perShare) private pure returns (int256 move) {
        move = SafeCast.toInt256(_earned(after_, perShare)) - SafeCast.toInt256(_earned(before, perShare));
        if (before != after_ && perShare != 0) move += 1;
    }

    /// @dev `debt` raised by `move` wei, in debt units rounded up (against the position).
    function _raise(int96 debt, int256 move) private pure returns (int96) {
        // Division truncates toward zero: up for a negative move, and a positive one is rounded up here.
        int256 units = move > 0 ? (move + DEBT_UNIT - 1) / DEBT_UNIT : move / DEBT_UNIT;
        return SafeCast.toInt96(debt + units);
    }

    /// @dev What `earned` wei leave above a debt of `debt` units, or zero.
    function _owed(uint256 earned, int96 debt) private pure returns (uint256) {
        // forge-lint: disable-next-line(unsafe-typecast)
        int256 owed = int256(earned) - int256(debt) * DEBT_UNIT; // earned < 2**192: units x a uint128
        return owed > 0 ? uint256(owed) : 0;
    }

    /// @dev The debt of a position that has just claimed `earned` wei: that many debt units, rounded up.
    function _debtFor(uint256 earned) private pure returns (int96) {
        return SafeCast.toInt96(SafeCast.toInt256((earned + uint256(DEBT_UNIT) - 1) / uint256(DEBT_UNIT)));
    }

    /// @dev Earnings only grow and debts only move with them, so a negative difference cannot occur;
    ///      zero keeps a view from reverting were it ever off by rounding.
    function _toUint(int256 value) private pure returns (uint256) {
        return value > 0 ? SignedMath.abs(value) : 0; // abs: no cast, and no revert to add
    }
}
