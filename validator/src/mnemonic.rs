//! BIP-39 mnemonics: a fresh 24-word English mnemonic, parsing one a person typed, and its seed.

use bip39::Mnemonic;
use zeroize::Zeroizing;

use crate::Error;

/// A fresh 24-word mnemonic from 256 bits of the operating system's randomness.
pub fn generate() -> Result<Mnemonic, Error> {
    use rand::RngCore;
    let mut entropy = Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(entropy.as_mut_slice());
    Mnemonic::from_entropy(entropy.as_slice()).map_err(|e| Error::Mnemonic(e.to_string()))
}

/// A mnemonic as a person wrote it: any case, any whitespace between words.
pub fn parse(text: &str) -> Result<Mnemonic, Error> {
    let words = Zeroizing::new(text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" "));
    if words.is_empty() {
        return Err(Error::Mnemonic("it is empty".into()));
    }
    Mnemonic::parse_normalized(&words).map_err(|e| Error::Mnemonic(e.to_string()))
}

/// The BIP-39 seed (no passphrase, as the deposit CLI uses it).
pub fn seed(mnemonic: &Mnemonic) -> Zeroizing<[u8; 64]> {
    Zeroizing::new(mnemonic.to_seed_normalized(""))
}

/// The words, for showing once.
pub fn words(mnemonic: &Mnemonic) -> Zeroizing<Vec<String>> {
    Zeroizing::new(mnemonic.words().map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_a_person_types_and_refuses_a_bad_checksum() {
        let typed = "  Test test TEST test test test\ttest test test test test junk\n";
        let mnemonic = parse(typed).expect("valid");
        assert_eq!(mnemonic.word_count(), 12);
        let err = parse("test test test test test test test test test test test test").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("the mnemonic is not valid")));
        assert!(parse("   ").is_err());
    }

    #[test]
    fn generated_mnemonics_have_24_words_and_differ() {
        let a = generate().expect("mnemonic");
        let b = generate().expect("mnemonic");
        assert_eq!(words(&a).len(), 24);
        assert_ne!(*words(&a), *words(&b));
        assert_eq!(parse(&words(&a).join(" ")).expect("round trip").to_entropy(), a.to_entropy());
    }
}
