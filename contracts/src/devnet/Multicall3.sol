// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @title Multicall3
/// @notice Batches read calls so a dashboard refresh costs one round trip. Speaks the Multicall3 ABI that
///         clients (alloy among them) expect; stkr places it on devnets, where the canonical deployment
///         at 0xcA11bde05977b3631167028862bE2a173976CA11 does not exist.
contract Multicall3 {
    /// @notice A call in an `aggregate` batch.
    struct Call {
        address target;
        bytes callData;
    }

    /// @notice A call in an `aggregate3` batch, which may be allowed to fail.
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    /// @notice A call with ETH attached in an `aggregate3Value` batch.
    struct Call3Value {
        address target;
        bool allowFailure;
        uint256 value;
        bytes callData;
    }

    /// @notice The outcome of one call.
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice A call that was not allowed to fail reverted.
    error Multicall3CallFailed(uint256 index);
    /// @notice The ETH sent does not equal the sum of the values of the calls.
    error Multicall3ValueMismatch(uint256 sent, uint256 required);

    /// @notice Run every call; revert if any fails.
    /// @param calls The calls.
    /// @return blockNumber The current block.
    /// @return returnData The return data of each call.
    function aggregate(Call[] calldata calls)
        external
        payable
        returns (uint256 blockNumber, bytes[] memory returnData)
    {
        blockNumber = block.number;
        returnData = new bytes[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool success, bytes memory data) = calls[i].target.call(calls[i].callData);
            if (!success) revert Multicall3CallFailed(i);
            returnData[i] = data;
        }
    }

    /// @notice Run every call; revert on failure only when `requireSuccess`.
    /// @param requireSuccess Whether a failed call reverts the batch.
    /// @param calls The calls.
    /// @return returnData The outcome of each call.
    function tryAggregate(bool requireSuccess, Call[] calldata calls)
        external
        payable
        returns (Result[] memory returnData)
    {
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool success, bytes memory data) = calls[i].target.call(calls[i].callData);
            if (requireSuccess && !success) revert Multicall3CallFailed(i);
            returnData[i] = Result(success, data);
        }
    }

    /// @notice Run every call; revert if a call that may not fail fails.
    /// @param calls The calls.
    /// @return returnData The outcome of each call.
    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool success, bytes memory data) = calls[i].target.call(calls[i].callData);
            if (!success && !calls[i].allowFailure) revert Multicall3CallFailed(i);
            returnData[i] = Result(success, data);
        }
    }

    /// @notice Like `aggregate3`, with ETH attached to each call; the ETH sent must equal their sum.
    /// @param calls The calls.
    /// @return returnData The outcome of each call.
    function aggregate3Value(Call3Value[] calldata calls)
        external
        payable
        returns (Result[] memory returnData)
    {
        uint256 required;
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            required += calls[i].value;
            (bool success, bytes memory data) = calls[i].target.call{value: calls[i].value}(calls[i].callData);
            if (!success && !calls[i].allowFailure) revert Multicall3CallFailed(i);
            returnData[i] = Result(success, data);
        }
        if (msg.value != required) revert Multicall3ValueMismatch(msg.value, required);
    }

    /// @notice The current block number.
    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    /// @notice The current block timestamp.
    function getCurrentBlockTimestamp() external view returns (uint256) {
        return block.timestamp;
    }

    /// @notice The chain id.
    function getChainId() external view returns (uint256) {
        return block.chainid;
    }

    /// @notice The current base fee.
    function getBasefee() external view returns (uint256) {
        return block.basefee;
    }

    /// @notice The ETH balance of `account`.
    /// @param account The account.
    function getEthBalance(address account) external view returns (uint256) {
        return account.balance;
    }
}
