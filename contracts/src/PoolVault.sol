// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title PoolVault
/// @notice One pool's withdrawal vault: the `0x01` withdrawal address of the pool's validator, so every wei
///         the beacon chain pays out for that validator (reward skims and the exit) lands here and belongs
///         to that pool alone. Deployed per pool as an EIP-1167 clone by `MicroPool`, its only master.
/// @dev Beacon withdrawals credit the balance without running code, so the clone may be deployed only when
///      its pool first needs it (a settlement or an exit request); the address is fixed from activation.
contract PoolVault {
    /// @notice The EIP-7002 withdrawal-request predeploy (execution-layer triggerable exits).
    address public constant WITHDRAWAL_REQUESTS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;

    /// @notice The micro-pool contract, the only caller allowed (immutable in the implementation's code,
    ///         so every clone shares it).
    address public immutable microPool;

    /// @notice The caller is not the micro-pool contract.
    error VaultNotMicroPool(address caller);

    /// @notice Sending ETH to the micro-pool failed.
    error VaultTransferFailed(uint256 amount);

    /// @notice The withdrawal-request predeploy refused the request or is missing.
    error VaultExitRequestFailed();

    /// @notice The vault asked the execution layer to exit its validator, paying `fee`.
    event ExitRequested(bytes pubkey, uint256 fee);

    constructor() {
        microPool = msg.sender;
    }

    /// @notice Top-ups and refunds may arrive by call; beacon withdrawals arrive without one.
    receive() external payable {}

    /// @notice Send the whole balance to the micro-pool. Micro-pool only.
    /// @return amount The ETH sent.
    function sweep() external returns (uint256 amount) {
        if (msg.sender != microPool) revert VaultNotMicroPool(msg.sender);
        amount = address(this).balance;
        (bool ok,) = microPool.call{value: amount}("");
        if (!ok) revert VaultTransferFailed(amount);
    }

    /// @notice Request the full exit of validator `pubkey` through EIP-7002, paying the queue's current fee
    ///         from the ETH sent; the rest goes back to `refundTo`. Micro-pool only. The request is valid
    ///         on the beacon chain because this vault is the validator's withdrawal address.
    /// @param pubkey The validator's BLS pubkey (48 bytes).
    /// @param refundTo Who gets the ETH sent above the fee.
    /// @return fee The fee paid.
    function requestExit(bytes calldata pubkey, address refundTo) external payable returns (uint256 fee) {
        if (msg.sender != microPool) revert VaultNotMicroPool(msg.sender);
        (bool read, bytes memory answer) = WITHDRAWAL_REQUESTS.staticcall("");
        if (!read || answer.length != 32) revert VaultExitRequestFailed();
        fee = abi.decode(answer, (uint256));
        if (fee > msg.value) revert VaultExitRequestFailed();
        // 48-byte pubkey then an 8-byte amount of zero: a full exit.
        (bool queued,) = WITHDRAWAL_REQUESTS.call{value: fee}(abi.encodePacked(pubkey, uint64(0)));
        if (!queued) revert VaultExitRequestFailed();
        emit ExitRequested(pubkey, fee);
        uint256 change = msg.value - fee;
        if (change > 0) {
            (bool ok,) = refundTo.call{value: change}("");
            if (!ok) revert VaultTransferFailed(change);
        }
    }
}
