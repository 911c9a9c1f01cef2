// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IDepositContract} from "../interfaces/IDepositContract.sol";

/// @title DepositContract
/// @notice The beacon chain deposit contract for devnets, written from the consensus specs
///         (`specs/phase0/deposit-contract.md`): it checks the amount (at least 1 ETH, whole gwei, fits in
///         64 bits of gwei), recomputes the SSZ hash tree root of the DepositData and rejects a mismatch,
///         keeps the incremental Merkle tree of all deposits and emits `DepositEvent`. On public networks
///         stkr uses the official deployment instead.
contract DepositContract is IDepositContract {
    uint256 private constant TREE_DEPTH = 32;
    uint256 private constant MAX_DEPOSIT_COUNT = 2 ** TREE_DEPTH - 1;

    /// @notice A field has the wrong length.
    error DepositWrongLength(string field, uint256 length, uint256 expected);
    /// @notice The deposit is below 1 ETH.
    error DepositTooSmall(uint256 value);
    /// @notice The deposit is not a whole number of gwei.
    error DepositNotWholeGwei(uint256 value);
    /// @notice The deposit does not fit in 64 bits of gwei.
    error DepositTooLarge(uint256 value);
    /// @notice The recomputed root differs from the one given.
    error DepositRootMismatch(bytes32 computed, bytes32 given);
    /// @notice The tree is full.
    error DepositTreeFull();

    bytes32[TREE_DEPTH] private _branch;
    uint256 private _depositCount;
    bytes32[TREE_DEPTH] private _zeroHashes;

    constructor() {
        for (uint256 height = 0; height < TREE_DEPTH - 1; height++) {
            _zeroHashes[height + 1] = sha256(abi.encodePacked(_zeroHashes[height], _zeroHashes[height]));
        }
    }

    /// @inheritdoc IDepositContract
    function get_deposit_root() external view returns (bytes32) {
        bytes32 node;
        uint256 size = _depositCount;
        for (uint256 height = 0; height < TREE_DEPTH; height++) {
            if ((size & 1) == 1) {
                node = sha256(abi.encodePacked(_branch[height], node));
            } else {
                node = sha256(abi.encodePacked(node, _zeroHashes[height]));
            }
            size /= 2;
        }
        return sha256(abi.encodePacked(node, _toLittleEndian64(_depositCount), bytes24(0)));
    }

    /// @inheritdoc IDepositContract
    function get_deposit_count() external view returns (bytes memory) {
        return _toLittleEndian64(_depositCount);
    }

    /// @inheritdoc IDepositContract
    function deposit(
        bytes calldata pubkey,
        bytes calldata withdrawal_credentials,
        bytes calldata signature,
        bytes32 deposit_data_root
    ) external payable {
        if (pubkey.length != 48) {
            revert DepositWrongLength("pubkey", pubkey.length, 48);
        }
        if (withdrawal_credentials.length != 32) {
            revert DepositWrongLength("withdrawal_credentials", withdrawal_credentials.length, 32);
        }
        if (signature.length != 96) revert DepositWrongLength("signature", signature.length, 96);
        if (msg.value < 1 ether) revert DepositTooSmall(msg.value);
        if (msg.value % 1 gwei != 0) revert DepositNotWholeGwei(msg.value);
        uint256 depositAmount = msg.value / 1 gwei;
        if (depositAmount > type(uint64).max) revert DepositTooLarge(msg.value);

        bytes memory amount = _toLittleEndian64(depositAmount);
        emit DepositEvent(pubkey, withdrawal_credentials, amount, signature, _toLittleEndian64(_depositCount));

        // The SSZ hash tree root of DepositData { pubkey, withdrawal_credentials, amount, signature }.
        bytes32 pubkeyRoot = sha256(abi.encodePacked(pubkey, bytes16(0)));
        bytes32 signatureRoot = sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(signature[:64])), sha256(abi.encodePacked(signature[64:], bytes32(0)))
            )
        );
        bytes32 node = sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pubkeyRoot, withdrawal_credentials)),
                sha256(abi.encodePacked(amount, bytes24(0), signatureRoot))
            )
        );
        if (node != deposit_data_root) revert DepositRootMismatch(node, deposit_data_root);

        if (_depositCount >= MAX_DEPOSIT_COUNT) revert DepositTreeFull();
        _depositCount += 1;
        uint256 size = _depositCount;
        for (uint256 height = 0; height < TREE_DEPTH; height++) {
            if ((size & 1) == 1) {
                _branch[height] = node;
                return;
            }
            node = sha256(abi.encodePacked(_branch[height], node));
            size /= 2;
        }
        // The tree-full check above makes this unreachable.
        assert(false);
    }

    /// @notice ERC-165: the deposit contract and ERC-165 interfaces.
    /// @param interfaceId The interface identifier.
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IDepositContract).interfaceId || interfaceId == 0x01ffc9a7;
    }

    /// @dev Callers pass only values below 2**64: the deposit count (below 2**32) and checked amounts.
    function _toLittleEndian64(uint256 value) private pure returns (bytes memory ret) {
        ret = new bytes(8);
        bytes8 bytesValue = bytes8(bytes32(value << 192)); // the low 8 bytes, big-endian
        // Byte-reverse the big-endian bytes8.
        for (uint256 i = 0; i < 8; i++) {
            ret[i] = bytesValue[7 - i];
        }
    }
}
