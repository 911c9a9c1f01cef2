// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Vm} from "forge-std/Vm.sol";

/// The EIP-7002 withdrawal-request predeploy, placed at its address with the EIP's published runtime code
/// (the same bytes alloy-eips ships as `WITHDRAWAL_REQUEST_PREDEPLOY_CODE`), and its queue as storage.
library Eip7002 {
    address internal constant ADDRESS = 0x00000961Ef480Eb55e80D19ad83579A64c007002;
    uint256 internal constant QUEUE_HEAD_SLOT = 2;
    uint256 internal constant QUEUE_TAIL_SLOT = 3;
    uint256 internal constant QUEUE_OFFSET = 4;
    uint256 internal constant COUNT_SLOT = 1;

    bytes internal constant CODE =
        hex"3373fffffffffffffffffffffffffffffffffffffffe1460cb5760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff146101f457600182026001905f5b5f82111560685781019083028483029004916001019190604d565b909390049250505036603814608857366101f457346101f4575f5260205ff35b34106101f457600154600101600155600354806003026004013381556001015f35815560010160203590553360601b5f5260385f601437604c5fa0600101600355005b6003546002548082038060101160df575060105b5f5b8181146101835782810160030260040181604c02815460601b8152601401816001015481526020019060020154807fffffffffffffffffffffffffffffffff00000000000000000000000000000000168252906010019060401c908160381c81600701538160301c81600601538160281c81600501538160201c81600401538160181c81600301538160101c81600201538160081c81600101535360010160e1565b910180921461019557906002556101a0565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff14156101cd57505f5b6001546002828201116101e25750505f6101e8565b01600290035b5f555f600155604c025ff35b5f5ffd";

    function place(Vm vm) internal {
        vm.etch(ADDRESS, CODE);
    }

    /// How many requests were queued in this block.
    function countThisBlock(Vm vm) internal view returns (uint256) {
        return uint256(vm.load(ADDRESS, bytes32(COUNT_SLOT)));
    }

    /// The queued request at `index`: its source address, pubkey (48 bytes) and amount in gwei.
    function request(Vm vm, uint256 index)
        internal
        view
        returns (address source, bytes memory pubkey, uint64 amount)
    {
        uint256 slot = QUEUE_OFFSET + index * 3;
        source = address(uint160(uint256(vm.load(ADDRESS, bytes32(slot)))));
        bytes32 first = vm.load(ADDRESS, bytes32(slot + 1));
        bytes32 second = vm.load(ADDRESS, bytes32(slot + 2));
        pubkey = bytes.concat(first, bytes16(second));
        amount = uint64(bytes8(second << 128));
    }

    /// How many requests wait in the queue.
    function queued(Vm vm) internal view returns (uint256) {
        return uint256(vm.load(ADDRESS, bytes32(QUEUE_TAIL_SLOT)))
            - uint256(vm.load(ADDRESS, bytes32(QUEUE_HEAD_SLOT)));
    }
}
