//! The ceremony run in one process: three guardians and a provider exchanging the signed messages.

use alloy::primitives::{B256, U256};
use stkr_validator::{
    SecretKey,
    dkg::{self as math, ProviderCommitment},
    threshold,
};

use super::*;

fn key(seed: u8) -> PrivateKeySigner {
    PrivateKeySigner::from_bytes(&B256::repeat_byte(seed)).expect("key")
}

struct Party {
    signer: PrivateKeySigner,
    key: CeremonyKey,
}

fn setup() -> (PrivateKeySigner, Vec<Party>, Ceremony, Signed) {
    let provider = key(0x51);
    let guardians: Vec<Party> = (1..=3).map(|i| Party { signer: key(i), key: CeremonyKey::generate() }).collect();
    let ceremony = Ceremony {
        chain_id: 31337,
        deposit_guard: Address::repeat_byte(0xdd),
        id: B256::from(U256::from(7)),
        provider: provider.address(),
        pool_id: 3,
        withdrawal_credentials: B256::repeat_byte(0x01),
        guardians: guardians.iter().map(|g| g.signer.address()).collect(),
        threshold: 2,
        expires: 2_000_000_000,
    };
    let signed = Signed::sign(&Message::Ceremony(ceremony.clone()), &provider).expect("sign");
    (provider, guardians, ceremony, signed)
}

fn joined(guardians: &[Party], ceremony: &Ceremony) -> Vec<Signed> {
    guardians
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let message =
                Message::Joined { ceremony: ceremony.hash(), index: i as u32 + 1, encryption_key: g.key.public_hex() };
            Signed::sign(&message, &g.signer).expect("sign")
        })
        .collect()
}

/// The whole ceremony; `corrupt` may rewrite a dealer's dealing before it is sealed and signed.
fn run(corrupt: impl Fn(&mut math::Dealing)) -> (Transcript, Vec<Vec<DealtShare>>, SecretKey, Vec<Party>) {
    let (provider, guardians, ceremony, opening) = setup();
    assert_eq!(open_ceremony(&opening).expect("open"), ceremony);
    let joined = joined(&guardians, &ceremony);
    let keys = ceremony_keys(&ceremony, &joined).expect("keys");
    let mut dealings = Vec::new();
    let mut dealt = Vec::new();
    for (i, g) in guardians.iter().enumerate() {
        let (mut dealing, _) = deal(&ceremony, i as u32 + 1, &g.key, &keys).expect("deal");
        corrupt(&mut dealing);
        let shares = dealing
            .shares
            .iter()
            .map(|s| g.key.seal(&keys[s.recipient as usize - 1], ceremony.hash(), s).expect("seal"))
            .collect();
        let message = Message::Dealt { ceremony: ceremony.hash(), commitments: dealing.commitments.clone(), shares };
        dealt.push(Signed::sign(&message, &g.signer).expect("sign"));
        dealings.push(dealing);
    }
    let mut received = Vec::new();
    let mut checked = Vec::new();
    for (i, g) in guardians.iter().enumerate() {
        let index = i as u32 + 1;
        let (shares, complaints) = check(&ceremony, index, &g.key, &keys, &dealt).expect("check");
        received.push(shares);
        let message = Message::Checked { ceremony: ceremony.hash(), index, complaints };
        checked.push(Signed::sign(&message, &g.signer).expect("sign"));
    }
    let filed = complaints(&ceremony, &checked).expect("complaints");
    let revealed: Vec<Signed> = guardians
        .iter()
        .zip(&dealings)
        .filter(|(_, d)| filed.iter().any(|c| c.dealer == d.commitments.dealer))
        .map(|(g, d)| Signed::sign(&reveal(&ceremony, d, &filed), &g.signer).expect("sign"))
        .collect();
    let provider_half = SecretKey::from_bytes(&[0x2a; 32]).expect("secret");
    let mut transcript = Transcript {
        ceremony: opening,
        joined,
        dealt,
        checked,
        revealed,
        provider: ProviderCommitment::of(&provider_half).expect("commitment"),
        provider_signature: String::new(),
    };
    transcript.sign(&provider).expect("sign");
    (transcript, received, provider_half, guardians)
}

#[test]
fn the_relayed_ceremony_makes_a_key_that_needs_the_provider_and_two_guardians() {
    let (transcript, received, provider_half, _) = run(|_| {});
    let (_, qualification, group) = transcript.outcome().expect("outcome");
    assert!(qualification.disqualified.is_empty());
    let shares: Vec<threshold::Share> = (1..=3)
        .map(|j| {
            let mut mine = received[j as usize - 1].clone();
            mine.extend(revealed(&transcript.opened_ceremony().expect("c"), &transcript.revealed).expect("revealed"));
            qualification.finish(j, &mine).expect("finish")
        })
        .collect();
    let message = b"an attestation's signing root....";
    let provider_part = math::sign_provider(&provider_half, message).expect("sign");
    for pair in [[0usize, 1], [0, 2], [1, 2]] {
        let partials: Vec<_> =
            pair.iter().map(|&j| threshold::sign_partial(&shares[j], message).expect("partial")).collect();
        let signature = math::combine(&group, &provider_part, &partials, message).expect("combine");
        assert!(stkr_validator::deposit::verify_signature(&group.pubkey_bytes().expect("pk"), message, &signature));
    }
    // One guardian is not enough.
    let one = vec![threshold::sign_partial(&shares[0], message).expect("partial")];
    assert!(math::combine(&group, &provider_part, &one, message).is_err());
}

#[test]
fn a_dealer_sealing_a_bad_share_is_named_and_left_out() {
    let (transcript, _, _, _) = run(|dealing| {
        if dealing.commitments.dealer == 2 {
            dealing.shares[0].secret = SecretKey::from_bytes(&[0x11; 32]).expect("secret");
        }
    });
    let (_, qualification, group) = transcript.outcome().expect("outcome");
    assert_eq!(qualification.disqualified.len(), 1, "{qualification:?}");
    assert_eq!(qualification.disqualified[0].dealer, 2);
    assert!(qualification.disqualified[0].reason.contains("guardian 1"), "{:?}", qualification.disqualified);
    assert_eq!(group.dealers, vec![1, 3]);
}

#[test]
fn forged_replayed_and_equivocating_messages_are_refused() {
    let (_, guardians, ceremony, opening) = setup();
    // A ceremony signed by someone else than the provider it names.
    let forged = Signed::sign(&Message::Ceremony(ceremony.clone()), &key(0x77)).expect("sign");
    let error = open_ceremony(&forged).expect_err("forged").to_string();
    assert!(error.contains("forged ceremony"), "{error}");
    assert!(open_ceremony(&opening).is_ok());
    // Guardian 2's join signed by guardian 3.
    let message =
        Message::Joined { ceremony: ceremony.hash(), index: 2, encryption_key: guardians[1].key.public_hex() };
    let error = Signed::sign(&message, &guardians[2].signer)
        .expect("sign")
        .open_from_guardian(&ceremony)
        .expect_err("forged")
        .to_string();
    assert!(error.contains("forged message"), "{error}");
    // A join from another ceremony replayed into this one.
    let mut other = ceremony.clone();
    other.id = B256::repeat_byte(9);
    let message = Message::Joined { ceremony: other.hash(), index: 1, encryption_key: guardians[0].key.public_hex() };
    let error = Signed::sign(&message, &guardians[0].signer)
        .expect("sign")
        .open_from_guardian(&ceremony)
        .expect_err("replayed")
        .to_string();
    assert!(error.contains("replayed message"), "{error}");
    // A payload changed after signing recovers another address.
    let mut tampered = joined(&guardians, &ceremony).remove(0);
    tampered.payload = tampered.payload.replace("\"index\":1", "\"index\":2");
    assert!(tampered.open_from_guardian(&ceremony).is_err());
    // Two different joins from guardian 1.
    let mut twice = joined(&guardians, &ceremony);
    let again =
        Message::Joined { ceremony: ceremony.hash(), index: 1, encryption_key: CeremonyKey::generate().public_hex() };
    twice.push(Signed::sign(&again, &guardians[0].signer).expect("sign"));
    let error = ceremony_keys(&ceremony, &twice).expect_err("equivocation").to_string();
    assert!(error.contains("equivocates"), "{error}");
    // A guardian missing.
    let error = ceremony_keys(&ceremony, &joined(&guardians, &ceremony)[..2]).expect_err("missing").to_string();
    assert!(error.starts_with("guardian 3 ("), "{error}");
}

#[test]
fn a_sealed_share_opens_only_for_its_recipient() {
    let (_, guardians, ceremony, _) = setup();
    let share = DealtShare { dealer: 1, recipient: 2, secret: SecretKey::from_bytes(&[0x33; 32]).expect("secret") };
    let sealed = guardians[0].key.seal(&guardians[1].key.public_hex(), ceremony.hash(), &share).expect("seal");
    let opened = guardians[1]
        .key
        .open(&guardians[0].key.public_hex(), ceremony.hash(), 1, 2, &sealed)
        .expect("the recipient opens it");
    assert_eq!(opened.secret.to_bytes().as_slice(), share.secret.to_bytes().as_slice());
    assert!(guardians[2].key.open(&guardians[0].key.public_hex(), ceremony.hash(), 1, 2, &sealed).is_none());
    // Sealed for one (dealer, recipient) pair, it does not open as another's.
    assert!(guardians[1].key.open(&guardians[0].key.public_hex(), ceremony.hash(), 1, 3, &sealed).is_none());
}

#[test]
fn only_the_provider_relays_rounds_and_a_half_committee_quorum_is_refused() {
    let (provider, guardians, ceremony, _) = setup();
    let messages = joined(&guardians, &ceremony);
    let request = RoundRequest::signed("deal", ceremony.hash(), messages.clone(), &provider).expect("sign");
    request.check("deal", ceremony.provider).expect("the provider's own");
    // Sent for another round, or by a guardian racing the provider, it is refused.
    assert!(request.check("reveal", ceremony.provider).is_err());
    let raced = RoundRequest::signed("reveal", ceremony.hash(), vec![], &guardians[0].signer).expect("sign");
    let error = raced.check("reveal", ceremony.provider).expect_err("not the provider").to_string();
    assert!(error.contains("only it may relay"), "{error}");
    // The transcript too: changed after signing, it no longer checks.
    let (mut transcript, _, _, _) = run(|_| {});
    transcript.check(ceremony.provider).expect("signed");
    transcript.revealed.clear();
    transcript.dealt.pop();
    assert!(transcript.check(ceremony.provider).is_err());
    // 2 of 3 leaves every two quorums a shared guardian; 2 of 4 does not.
    ceremony.check_threshold().expect("2 of 3");
    let mut wide = ceremony.clone();
    wide.guardians.push(Address::repeat_byte(0x44));
    let error = wide.check_threshold().expect_err("2 of 4").to_string();
    assert!(error.contains("2T > N"), "{error}");
}
