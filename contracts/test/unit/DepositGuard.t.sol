// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Parameters} from "../../src/Parameters.sol";
import {DepositGuard} from "../../src/DepositGuard.sol";
import {IDepositGuard} from "../../src/interfaces/IDepositGuard.sol";
import {DepositContract} from "../../src/devnet/DepositContract.sol";
import {DepositData} from "../utils/DepositData.sol";
import {Guardians} from "../utils/Guardians.sol";

contract DepositGuardTest is Guardians {
    address internal governance = makeAddr("governance");
    address internal attacker = makeAddr("attacker");
    Parameters internal params;
    DepositContract internal deposits;
    DepositGuard internal guard;

    uint256 internal constant POOL = 7;
    bytes internal pubkey = DepositData.pubkey(1);
    bytes internal signature = DepositData.signature(1);
    // The pool's vault as a 0x01 credential.
    bytes32 internal credentials =
        bytes32(abi.encodePacked(bytes12(0x010000000000000000000000), address(0x7a)));
    bytes32 internal depositDataRoot;

    function setUp() public {
        params = new Parameters(governance);
        deposits = new DepositContract();
        guard = new DepositGuard(params, deposits);
        seatGuardians(guard, governance, 3, 2);
        depositDataRoot = DepositData.root(pubkey, credentials, signature, 32 ether);
        vm.roll(1_000);
    }

    function attestBy(uint256[] memory keys) internal view returns (IDepositGuard.Attestation memory) {
        return attest(guard, POOL, pubkey, credentials, depositDataRoot, keys);
    }

    function check(IDepositGuard.Attestation memory attestation) internal view {
        guard.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
    }

    function test_TwoOfThree_IsAccepted() public view {
        check(attestBy(firstGuardians(2)));
        check(attestBy(firstGuardians(3)));
    }

    function test_OneOfThree_IsRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(1));
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 1, 2));
        this.checkExternal(attestation);
    }

    function test_DuplicateSigner_IsRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        attestation.signatures[1] = attestation.signatures[0];
        address signer = vm.addr(sortedByAddress(firstGuardians(2))[0]);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardUnsortedSignatures.selector, signer));
        this.checkExternal(attestation);
    }

    function test_UnsortedSigners_AreRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        (attestation.signatures[0], attestation.signatures[1]) =
        (attestation.signatures[1], attestation.signatures[0]);
        address lower = vm.addr(sortedByAddress(firstGuardians(2))[0]);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardUnsortedSignatures.selector, lower));
        this.checkExternal(attestation);
    }

    function test_NonGuardianSigner_DoesNotCount() public {
        uint256[] memory keys = new uint256[](2);
        keys[0] = guardianKeys[0];
        keys[1] = guardianKey(99);
        IDepositGuard.Attestation memory attestation = attestBy(keys);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 1, 2));
        this.checkExternal(attestation);
    }

    /// A signature over another deposit recovers to some unrelated address, which is no guardian.
    function test_SignatureForAnotherPubkey_DoesNotCount() public {
        vm.prank(governance);
        guard.setQuorum(1);
        IDepositGuard.Attestation memory attestation =
            attest(guard, POOL, DepositData.pubkey(2), credentials, depositDataRoot, firstGuardians(1));
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 0, 1));
        this.checkExternal(attestation);
    }

    /// The attack of issue 14: after the guardians attest, the provider deposits 1 ETH for the same pubkey
    /// with its own 0x01 credentials, hoping the beacon chain keeps those. The root moved; the pool's
    /// deposit is refused and its 32 ETH stay where they are.
    function test_FrontRunDeposit_VoidsTheAttestation() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(3));
        bytes32 attested = deposits.get_deposit_root();

        bytes32 attackerCredentials = bytes32(abi.encodePacked(bytes12(0x010000000000000000000000), attacker));
        bytes memory attackerSignature = DepositData.signature(666);
        vm.deal(attacker, 1 ether);
        vm.prank(attacker);
        deposits.deposit{value: 1 ether}(
            pubkey,
            abi.encodePacked(attackerCredentials),
            attackerSignature,
            DepositData.root(pubkey, attackerCredentials, attackerSignature, 1 ether)
        );
        bytes32 current = deposits.get_deposit_root();
        assertTrue(current != attested);
        assertEq(address(deposits).balance, 1 ether);

        vm.expectRevert(
            abi.encodeWithSelector(IDepositGuard.GuardStaleDepositRoot.selector, attested, current)
        );
        this.checkExternal(attestation);
    }

    function test_StaleRoot_IsReportedBeforeABadBlock() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        attestation.blockHash = bytes32(uint256(1));
        attestation.depositRoot = bytes32(uint256(2));
        vm.expectRevert(
            abi.encodeWithSelector(
                IDepositGuard.GuardStaleDepositRoot.selector, bytes32(uint256(2)), deposits.get_deposit_root()
            )
        );
        this.checkExternal(attestation);
    }

    function test_OldBlock_IsRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        vm.roll(attestation.blockNumber + guard.MAX_ATTESTATION_AGE());
        this.checkExternal(attestation);
        vm.roll(block.number + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDepositGuard.GuardBadBlock.selector, attestation.blockNumber, attestation.blockHash
            )
        );
        this.checkExternal(attestation);
    }

    function test_CurrentOrFutureBlock_IsRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        for (uint256 ahead = 1; ahead <= 2; ahead++) {
            attestation.blockNumber = block.number - 1 + ahead;
            attestation.blockHash = keccak256("some hash");
            attestation.signatures =
                sign(guard, POOL, pubkey, credentials, depositDataRoot, attestation, firstGuardians(2));
            vm.expectRevert(
                abi.encodeWithSelector(
                    IDepositGuard.GuardBadBlock.selector, attestation.blockNumber, attestation.blockHash
                )
            );
            this.checkExternal(attestation);
        }
    }

    function test_WrongBlockHash_IsRefused() public {
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        attestation.blockHash = keccak256("another fork");
        attestation.signatures =
            sign(guard, POOL, pubkey, credentials, depositDataRoot, attestation, firstGuardians(2));
        vm.expectRevert(
            abi.encodeWithSelector(
                IDepositGuard.GuardBadBlock.selector, attestation.blockNumber, attestation.blockHash
            )
        );
        this.checkExternal(attestation);
    }

    function test_NoCommittee_AcceptsNothing() public {
        DepositGuard empty = new DepositGuard(params, deposits);
        IDepositGuard.Attestation memory attestation =
            attest(empty, POOL, pubkey, credentials, depositDataRoot, new uint256[](0));
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadQuorum.selector, 0, 0));
        empty.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
    }

    function test_Admin_IsGovernanceOnly() public {
        vm.startPrank(attacker);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotGovernance.selector, attacker));
        guard.addGuardian(attacker, "http://evil");
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotGovernance.selector, attacker));
        guard.removeGuardian(vm.addr(guardianKeys[0]));
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotGovernance.selector, attacker));
        guard.setQuorum(1);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotGuardian.selector, attacker));
        guard.setUrl("http://evil");
        vm.stopPrank();
    }

    function test_AddGuardian_RefusesZeroAndDuplicatesAndBadUrls() public {
        address first = vm.addr(guardianKeys[0]);
        vm.startPrank(governance);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadGuardian.selector, address(0)));
        guard.addGuardian(address(0), "http://x");
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadGuardian.selector, first));
        guard.addGuardian(first, "http://x");
        vm.expectRevert(abi.encodeWithSelector(DepositGuard.GuardBadUrl.selector, 0));
        guard.addGuardian(attacker, "");
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadGuardian.selector, attacker));
        guard.removeGuardian(attacker);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadQuorum.selector, 4, 3));
        guard.setQuorum(4);
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardBadQuorum.selector, 0, 3));
        guard.setQuorum(0);
        vm.stopPrank();
    }

    function test_Admin_EmitsAndUpdatesTheCommittee() public {
        address newcomer = makeAddr("newcomer");
        vm.startPrank(governance);
        vm.expectEmit(address(guard));
        emit IDepositGuard.GuardianAdded(newcomer, "https://g.example");
        guard.addGuardian(newcomer, "https://g.example");
        vm.expectEmit(address(guard));
        emit IDepositGuard.QuorumChanged(4);
        guard.setQuorum(4);
        vm.stopPrank();
        assertEq(guard.guardians().length, 4);
        assertTrue(guard.isGuardian(newcomer));
        assertEq(guard.urlOf(newcomer), "https://g.example");

        vm.expectEmit(address(guard));
        emit IDepositGuard.GuardianUrlChanged(newcomer, "https://moved.example");
        vm.prank(newcomer);
        guard.setUrl("https://moved.example");
        assertEq(guard.urlOf(newcomer), "https://moved.example");
    }

    function test_RemoveGuardian_SwapsAndPopsAndShrinksTheQuorum() public {
        address first = vm.addr(guardianKeys[0]);
        address last = vm.addr(guardianKeys[2]);
        vm.startPrank(governance);
        guard.setQuorum(3);
        vm.expectEmit(address(guard));
        emit IDepositGuard.GuardianRemoved(first);
        vm.expectEmit(address(guard));
        emit IDepositGuard.QuorumChanged(2);
        guard.removeGuardian(first);
        vm.stopPrank();
        address[] memory left = guard.guardians();
        assertEq(left.length, 2);
        assertEq(left[0], last);
        assertFalse(guard.isGuardian(first));
        assertEq(guard.urlOf(first), "");
        assertEq(guard.quorum(), 2);

        // The removed guardian's signature no longer counts.
        IDepositGuard.Attestation memory attestation = attestBy(firstGuardians(2));
        vm.expectRevert(abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 1, 2));
        this.checkExternal(attestation);
    }

    function test_Digest_IsTheEip712OfTheAttestation() public view {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("stkr DepositGuard"),
                keccak256("1"),
                block.chainid,
                address(guard)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                guard.ATTESTATION_TYPEHASH(),
                POOL,
                keccak256(pubkey),
                credentials,
                depositDataRoot,
                bytes32(uint256(1)),
                uint256(2),
                bytes32(uint256(3))
            )
        );
        assertEq(
            guard.attestationDigest(
                POOL, pubkey, credentials, depositDataRoot, bytes32(uint256(1)), 2, bytes32(uint256(3))
            ),
            keccak256(abi.encodePacked("\x19\x01", domain, structHash))
        );
    }

    /// Any subset of five guardians and two outsiders, signing in signer order, passes exactly when at
    /// least the quorum of guardians is among them.
    function testFuzz_SignerSets_PassExactlyAtQuorum(uint8 members, uint8 quorum) public {
        DepositGuard committee = new DepositGuard(params, deposits);
        vm.startPrank(governance);
        for (uint256 i = 0; i < 5; i++) {
            committee.addGuardian(vm.addr(guardianKey(10 + i)), "http://g");
        }
        quorum = uint8(bound(quorum, 1, 5));
        committee.setQuorum(quorum);
        vm.stopPrank();

        uint256 count;
        uint256 guardiansIn;
        uint256[] memory chosen = new uint256[](7);
        for (uint256 i = 0; i < 7; i++) {
            if (members & (1 << i) == 0) continue;
            // Keys 10..14 are guardians; 15 and 16 are not.
            chosen[count++] = guardianKey(10 + i);
            if (i < 5) guardiansIn++;
        }
        assembly {
            mstore(chosen, count)
        }
        IDepositGuard.Attestation memory attestation =
            attest(committee, POOL, pubkey, credentials, depositDataRoot, chosen);
        if (guardiansIn >= quorum) {
            committee.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IDepositGuard.GuardNotEnoughAttestations.selector, guardiansIn, uint256(quorum)
                )
            );
            committee.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
        }
    }

    /// Through any sequence of appointments and removals, exactly the current guardians' signatures count:
    /// `checkDeposit` reads the committee from a roster rewritten on every change.
    function testFuzz_Roster_FollowsTheCommittee(uint8[12] calldata steps) public {
        DepositGuard committee = new DepositGuard(params, deposits);
        vm.startPrank(governance);
        for (uint256 i = 0; i < steps.length; i++) {
            address candidate = vm.addr(guardianKey(20 + steps[i] % 6));
            if (committee.isGuardian(candidate)) committee.removeGuardian(candidate);
            else committee.addGuardian(candidate, "http://g");
        }
        uint256 seated = committee.guardians().length;
        if (seated == 0) return;
        committee.setQuorum(1);
        vm.stopPrank();
        for (uint256 k = 0; k < 6; k++) {
            uint256[] memory one = new uint256[](1);
            one[0] = guardianKey(20 + k);
            IDepositGuard.Attestation memory attestation =
                attest(committee, POOL, pubkey, credentials, depositDataRoot, one);
            if (!committee.isGuardian(vm.addr(one[0]))) {
                vm.expectRevert(
                    abi.encodeWithSelector(IDepositGuard.GuardNotEnoughAttestations.selector, 0, 1)
                );
            }
            committee.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
        }
        // And all of them together, in signer order, make a quorum of the whole committee.
        vm.prank(governance);
        committee.setQuorum(seated);
        uint256[] memory all = new uint256[](6);
        for (uint256 k = 0; k < 6; k++) {
            all[k] = guardianKey(20 + k);
        }
        committee.checkDeposit(
            POOL,
            pubkey,
            credentials,
            depositDataRoot,
            attest(committee, POOL, pubkey, credentials, depositDataRoot, all)
        );
    }

    function checkExternal(IDepositGuard.Attestation calldata attestation) external view {
        guard.checkDeposit(POOL, pubkey, credentials, depositDataRoot, attestation);
    }
}
