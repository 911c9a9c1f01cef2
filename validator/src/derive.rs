//! EIP-2333 key derivation (HKDF_mod_r and the Lamport tree) and EIP-2334 paths such as m/12381/3600/i/0/0.

use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::{Error, scalar::Scalar};

/// The secret key of interop validator `index`, as the consensus specs' interop section defines it for
/// dev chains (Lodestar's `dev` mode starts these validators): sha256 of the index as 32 little-endian
/// bytes, read as a little-endian integer, mod r. Public knowledge: devnet only.
pub fn interop_secret_key(index: u64) -> Result<SecretKey, Error> {
    let mut preimage = [0u8; 32];
    preimage[..8].copy_from_slice(&index.to_le_bytes());
    let digest: [u8; 32] = Sha256::digest(preimage).into();
    let mut wide = [0u8; 48];
    for (i, byte) in digest.iter().enumerate() {
        wide[47 - i] = *byte;
    }
    SecretKey::from_scalar(Scalar::from_be_bytes_wide(wide))
}

/// A BLS12-381 secret key: a non-zero scalar, wiped on drop, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(Scalar);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

impl SecretKey {
    /// A key from a scalar, which must not be zero.
    pub fn from_scalar(scalar: Scalar) -> Result<Self, Error> {
        if scalar.is_zero() {
            return Err(Error::Invalid("a secret key cannot be zero".into()));
        }
        Ok(Self(scalar))
    }

    /// A key from its 32 big-endian bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
        let array: [u8; 32] =
            bytes.try_into().map_err(|_| Error::Invalid(format!("a secret key is 32 bytes, not {}", bytes.len())))?;
        let scalar = Scalar::from_be_bytes(array)
            .ok_or_else(|| Error::Invalid("the secret key is not below the BLS12-381 group order".into()))?;
        Self::from_scalar(scalar)
    }

    /// The 32 big-endian bytes (zeroised when dropped).
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_be_bytes())
    }

    /// The scalar.
    pub fn scalar(&self) -> &Scalar {
        &self.0
    }

    fn blst(&self) -> Result<blst::min_pk::SecretKey, Error> {
        blst::min_pk::SecretKey::from_bytes(self.to_bytes().as_slice())
            .map_err(|e| Error::Invalid(format!("blst refused the secret key: {e:?}")))
    }

    /// The compressed 48-byte G1 public key.
    pub fn public_key(&self) -> Result<[u8; 48], Error> {
        Ok(self.blst()?.sk_to_pk().to_bytes())
    }

    /// A proof-of-possession ciphersuite signature (the one Ethereum uses) of `message`.
    pub fn sign(&self, message: &[u8]) -> Result<[u8; 96], Error> {
        Ok(self.blst()?.sign(message, crate::deposit::SIGNATURE_DST, &[]).to_bytes())
    }
}

fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// HKDF_mod_r of EIP-2333 (the KeyGen of the IETF BLS draft v4): hash `ikm` into a non-zero scalar.
fn hkdf_mod_r(ikm: &[u8], key_info: &[u8]) -> Scalar {
    const L: u8 = 48;
    let mut salt = sha256(b"BLS-SIG-KEYGEN-SALT-");
    let mut input = Zeroizing::new(Vec::with_capacity(ikm.len() + 1));
    input.extend_from_slice(ikm);
    input.push(0);
    let mut info = key_info.to_vec();
    info.extend_from_slice(&[0, L]);
    loop {
        let hkdf = Hkdf::<Sha256>::new(Some(&salt), &input);
        let mut okm = Zeroizing::new([0u8; L as usize]);
        // 48 bytes is far below HKDF-SHA256's limit of 255 * 32, so expansion cannot fail.
        if hkdf.expand(&info, okm.as_mut_slice()).is_ok() {
            let sk = Scalar::from_be_bytes_wide(*okm);
            if !sk.is_zero() {
                return sk;
            }
        }
        // Zero happens with probability about 2^-255; the EIP re-hashes the salt and tries again.
        salt = sha256(&salt);
    }
}

/// IKM_to_lamport_SK: 255 chunks of 32 bytes from HKDF-SHA256.
fn ikm_to_lamport_sk(ikm: &[u8], salt: &[u8]) -> Zeroizing<Vec<u8>> {
    let hkdf = Hkdf::<Sha256>::new(Some(salt), ikm);
    let mut okm = Zeroizing::new(vec![0u8; 32 * 255]);
    // 255 * 32 is exactly HKDF-SHA256's maximum output, which expand accepts.
    let _ = hkdf.expand(&[], okm.as_mut_slice());
    okm
}

/// parent_SK_to_lamport_PK: the compressed Lamport public key of a parent key and child index.
fn parent_sk_to_lamport_pk(parent: &SecretKey, index: u32) -> [u8; 32] {
    let salt = index.to_be_bytes();
    let ikm = parent.to_bytes();
    let mut not_ikm = Zeroizing::new(*ikm);
    not_ikm.iter_mut().for_each(|b| *b = !*b);
    let lamport_0 = ikm_to_lamport_sk(ikm.as_slice(), &salt);
    let lamport_1 = ikm_to_lamport_sk(not_ikm.as_slice(), &salt);
    let mut hasher = Sha256::new();
    for chunk in lamport_0.chunks(32).chain(lamport_1.chunks(32)) {
        hasher.update(sha256(chunk));
    }
    hasher.finalize().into()
}

/// derive_master_SK: the root of the key tree from a seed of at least 32 bytes.
pub fn derive_master_sk(seed: &[u8]) -> Result<SecretKey, Error> {
    if seed.len() < 32 {
        return Err(Error::Invalid(format!("an EIP-2333 seed is at least 32 bytes, not {}", seed.len())));
    }
    SecretKey::from_scalar(hkdf_mod_r(seed, &[]))
}

/// derive_child_SK: the child `index` of `parent`.
pub fn derive_child_sk(parent: &SecretKey, index: u32) -> SecretKey {
    let mut compressed = parent_sk_to_lamport_pk(parent, index);
    let child = hkdf_mod_r(&compressed, &[]);
    compressed.zeroize();
    // hkdf_mod_r never returns zero.
    SecretKey(child)
}

/// The EIP-2334 signing key path of validator `index`: m/12381/3600/index/0/0.
pub fn signing_key_path(index: u32) -> String {
    format!("m/12381/3600/{index}/0/0")
}

/// The indices of an EIP-2334 path such as `m/12381/3600/0/0/0`.
pub fn parse_path(path: &str) -> Result<Vec<u32>, Error> {
    let mut parts = path.trim().split('/');
    if parts.next() != Some("m") {
        return Err(Error::Invalid(format!("the key path '{path}' must start with m/, as m/12381/3600/0/0/0")));
    }
    parts
        .map(|part| {
            part.parse::<u32>()
                .map_err(|_| Error::Invalid(format!("'{part}' in the key path '{path}' is not a number below 2^32")))
        })
        .collect()
}

/// The key at `path` in the tree rooted at `seed`.
pub fn derive_path(seed: &[u8], path: &str) -> Result<SecretKey, Error> {
    let indices = parse_path(path)?;
    let mut key = derive_master_sk(seed)?;
    for index in indices {
        key = derive_child_sk(&key, index);
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The interop keys of validators 0 and 1, computed independently (Python's hashlib and big integers)
    /// from the consensus specs' definition.
    #[test]
    fn interop_keys_follow_the_specs_definition() {
        let expected = [
            (0, "25295f0d1d592a90b333e26e85149708208e9f8e8bc18f6c77bd62f8ad7a6866"),
            (1, "51d0b65185db6989ab0b560d6deed19c7ead0e24b9b6372cbecb1f26bdfad000"),
        ];
        for (index, hex) in expected {
            let key = interop_secret_key(index).expect("key");
            assert_eq!(alloy_hex(&*key.to_bytes()), hex, "validator {index}");
        }
    }

    fn alloy_hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A decimal integer below r as 32 big-endian bytes (the EIP writes keys in decimal).
    fn decimal(text: &str) -> [u8; 32] {
        let mut bytes = [0u8; 32];
        for digit in text.bytes() {
            let mut carry = u32::from(digit - b'0');
            for byte in bytes.iter_mut().rev() {
                let value = u32::from(*byte) * 10 + carry;
                *byte = (value & 0xff) as u8;
                carry = value >> 8;
            }
            assert_eq!(carry, 0, "{text} overflows 32 bytes");
        }
        bytes
    }

    fn check(seed: &str, master: &str, index: u32, child: &str) {
        let seed = hex::decode(seed).expect("hex seed");
        let master_sk = derive_master_sk(&seed).expect("master");
        assert_eq!(*master_sk.to_bytes(), decimal(master), "master of {}", hex::encode(&seed));
        assert_eq!(*derive_child_sk(&master_sk, index).to_bytes(), decimal(child), "child {index}");
    }

    /// The four test cases of EIP-2333, copied from the EIP.
    #[test]
    fn eip_2333_test_vectors() {
        check(
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
            "6083874454709270928345386274498605044986640685124978867557563392430687146096",
            0,
            "20397789859736650942317412262472558107875392172444076792671091975210932703118",
        );
        check(
            "3141592653589793238462643383279502884197169399375105820974944592",
            "29757020647961307431480504535336562678282505419141012933316116377660817309383",
            3141592653,
            "25457201688850691947727629385191704516744796114925897962676248250929345014287",
        );
        check(
            "0099FF991111002299DD7744EE3355BBDD8844115566CC55663355668888CC00",
            "27580842291869792442942448775674722299803720648445448686099262467207037398656",
            4294967295,
            "29358610794459428860402234341874281240803786294062035874021252734817515685787",
        );
        check(
            "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3",
            "19022158461524446591288038168518313374041767046816487870552872741050760015818",
            42,
            "31372231650479070279774297061823572166496564838472787488249775572789064611981",
        );
    }

    /// Test case 0 extends to the whole stack: its seed is the BIP-39 seed of this mnemonic with the
    /// passphrase "TREZOR".
    #[test]
    fn eip_2333_case_0_from_its_mnemonic() {
        let mnemonic = bip39::Mnemonic::parse_normalized(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        )
        .expect("valid mnemonic");
        let seed = mnemonic.to_seed_normalized("TREZOR");
        assert_eq!(
            hex::encode(seed),
            "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"
        );
    }

    #[test]
    fn paths_parse_and_refuse_garbage() {
        assert_eq!(parse_path(&signing_key_path(7)).ok(), Some(vec![12381, 3600, 7, 0, 0]));
        assert!(parse_path("12381/3600").is_err());
        assert!(parse_path("m/12381/x").is_err());
        assert!(parse_path("m/4294967296").is_err());
    }
}
