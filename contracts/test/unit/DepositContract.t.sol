// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {DepositContract} from "../../src/devnet/DepositContract.sol";
import {IDepositContract} from "../../src/interfaces/IDepositContract.sol";

contract DepositContractTest is Test {
    DepositContract internal deposits;

    // A DepositData whose SSZ hash tree root was computed outside Solidity (Python hashlib, generic SSZ
    // merkleization): pubkey 0x01..0x30, 0x01 credentials for 0x5615…b72f, 32 ETH, signature bytes i*7.
    bytes32 internal constant VECTOR_ROOT =
        0x179ec98d14260fad5e40b3e7aeccc62a70fec17d9c2364e524aa369102412a42;
    // The deposit root of the empty tree, as on mainnet before the first deposit.
    bytes32 internal constant EMPTY_ROOT = 0xd70a234731285c6804c2a4f56711ddb8c82c99740f207854891028af34e27e5e;

    function setUp() public {
        deposits = new DepositContract();
        vm.deal(address(this), 1_000 ether);
    }

    function vectorPubkey() internal pure returns (bytes memory out) {
        out = new bytes(48);
        for (uint256 i = 0; i < 48; i++) {
            out[i] = bytes1(uint8(i + 1));
        }
    }

    function vectorSignature() internal pure returns (bytes memory out) {
        out = new bytes(96);
        for (uint256 i = 0; i < 96; i++) {
            out[i] = bytes1(uint8((i * 7) % 256));
        }
    }

    function vectorCredentials() internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x01), bytes11(0), address(0x5615dEB798BB3E4dFa0139dFa1b3D433Cc23b72f));
    }

    function test_EmptyTree_HasTheKnownRoot() public view {
        assertEq(deposits.get_deposit_root(), EMPTY_ROOT);
        assertEq(deposits.get_deposit_count(), hex"0000000000000000");
    }

    function test_Deposit_AcceptsTheIndependentVector() public {
        vm.expectEmit(address(deposits));
        emit IDepositContract.DepositEvent(
            vectorPubkey(),
            vectorCredentials(),
            hex"0040597307000000",
            vectorSignature(),
            hex"0000000000000000"
        );
        deposits.deposit{value: 32 ether}(vectorPubkey(), vectorCredentials(), vectorSignature(), VECTOR_ROOT);
        assertEq(deposits.get_deposit_count(), hex"0100000000000000");
        assertTrue(deposits.get_deposit_root() != EMPTY_ROOT);
        assertEq(address(deposits).balance, 32 ether);
    }

    function test_RevertWhen_RootDoesNotMatch() public {
        bytes32 wrong = bytes32(uint256(VECTOR_ROOT) ^ 1);
        vm.expectRevert(
            abi.encodeWithSelector(DepositContract.DepositRootMismatch.selector, VECTOR_ROOT, wrong)
        );
        deposits.deposit{value: 32 ether}(vectorPubkey(), vectorCredentials(), vectorSignature(), wrong);
    }

    function test_RevertWhen_AmountOutOfRules() public {
        vm.expectRevert(abi.encodeWithSelector(DepositContract.DepositTooSmall.selector, 0.5 ether));
        deposits.deposit{value: 0.5 ether}(
            vectorPubkey(), vectorCredentials(), vectorSignature(), VECTOR_ROOT
        );
        vm.expectRevert(abi.encodeWithSelector(DepositContract.DepositNotWholeGwei.selector, 1 ether + 1));
        deposits.deposit{value: 1 ether + 1}(
            vectorPubkey(), vectorCredentials(), vectorSignature(), VECTOR_ROOT
        );
    }

    function test_RevertWhen_LengthsAreWrong() public {
        vm.expectRevert(abi.encodeWithSelector(DepositContract.DepositWrongLength.selector, "pubkey", 47, 48));
        deposits.deposit{value: 32 ether}(new bytes(47), vectorCredentials(), vectorSignature(), VECTOR_ROOT);
        vm.expectRevert(
            abi.encodeWithSelector(DepositContract.DepositWrongLength.selector, "signature", 95, 96)
        );
        deposits.deposit{value: 32 ether}(vectorPubkey(), vectorCredentials(), new bytes(95), VECTOR_ROOT);
    }

    function test_SupportsInterface() public view {
        assertTrue(deposits.supportsInterface(type(IDepositContract).interfaceId));
        assertTrue(deposits.supportsInterface(0x01ffc9a7));
        assertFalse(deposits.supportsInterface(0xffffffff));
    }
}
