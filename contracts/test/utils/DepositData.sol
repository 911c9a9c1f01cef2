// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// SSZ hash tree root of a phase0 DepositData, for building valid deposits in tests. The deposit contract's
/// own computation is pinned separately by a vector computed outside Solidity (DepositContract.t.sol).
library DepositData {
    function root(bytes memory key, bytes32 credentials, bytes memory sig, uint256 amountWei)
        internal
        pure
        returns (bytes32)
    {
        uint64 gweiAmount = uint64(amountWei / 1 gwei);
        bytes memory amount = new bytes(8);
        for (uint256 i = 0; i < 8; i++) {
            amount[i] = bytes1(uint8(gweiAmount >> (8 * i)));
        }
        bytes memory sigHead = new bytes(64);
        bytes memory sigTail = new bytes(32);
        for (uint256 i = 0; i < 64; i++) {
            sigHead[i] = sig[i];
        }
        for (uint256 i = 0; i < 32; i++) {
            sigTail[i] = sig[64 + i];
        }
        bytes32 pubkeyRoot = sha256(abi.encodePacked(key, bytes16(0)));
        bytes32 signatureRoot =
            sha256(abi.encodePacked(sha256(sigHead), sha256(abi.encodePacked(sigTail, bytes32(0)))));
        return sha256(
            abi.encodePacked(
                sha256(abi.encodePacked(pubkeyRoot, credentials)),
                sha256(abi.encodePacked(amount, bytes24(0), signatureRoot))
            )
        );
    }

    function pubkey(uint256 seed) internal pure returns (bytes memory out) {
        out = new bytes(48);
        for (uint256 i = 0; i < 48; i++) {
            out[i] = bytes1(uint8(uint256(keccak256(abi.encode(seed, i)))));
        }
    }

    function signature(uint256 seed) internal pure returns (bytes memory out) {
        out = new bytes(96);
        for (uint256 i = 0; i < 96; i++) {
            out[i] = bytes1(uint8(uint256(keccak256(abi.encode(seed, "sig", i)))));
        }
    }
}
