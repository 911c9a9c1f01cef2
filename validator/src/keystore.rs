//! EIP-2335 keystores: a secret encrypted under an NFKD-normalised password with scrypt or PBKDF2, AES-128-CTR and a SHA-256 checksum.

use aes::Aes128;
use ctr::cipher::{KeyIvInit, StreamCipher};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::{Error, from_hex, to_hex};

/// The key derivation function of a keystore and its cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kdf {
    /// scrypt with cost n (a power of two), r and p.
    Scrypt {
        /// CPU/memory cost.
        n: u32,
        /// Block size.
        r: u32,
        /// Parallelism.
        p: u32,
    },
    /// PBKDF2-HMAC-SHA256 with c rounds.
    Pbkdf2 {
        /// Rounds.
        c: u32,
    },
}

impl Kdf {
    /// scrypt at the strength EIP-2335 and the deposit CLI use (n = 2^18, r = 8, p = 1).
    pub const SCRYPT: Kdf = Kdf::Scrypt { n: 262_144, r: 8, p: 1 };
    /// PBKDF2 at the strength EIP-2335 uses (c = 2^18).
    pub const PBKDF2: Kdf = Kdf::Pbkdf2 { c: 262_144 };
}

/// The password as EIP-2335 wants it hashed: NFKD-normalised, C0, C1 and Delete control codes removed,
/// UTF-8 encoded. Space stays.
pub fn normalize_password(password: &str) -> Zeroizing<String> {
    Zeroizing::new(password.nfkd().filter(|c| !matches!(u32::from(*c), 0x00..=0x1f | 0x7f..=0x9f)).collect())
}

/// One module (kdf, checksum or cipher) of a keystore.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Module {
    /// The function's name.
    pub function: String,
    /// Its parameters.
    pub params: Map<String, Value>,
    /// Its message.
    pub message: String,
}

/// The crypto part of a keystore.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Crypto {
    /// How the password becomes the decryption key.
    pub kdf: Module,
    /// How the password is verified.
    pub checksum: Module,
    /// How the secret is encrypted.
    pub cipher: Module,
}

/// An EIP-2335 keystore file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Keystore {
    /// The encrypted secret.
    pub crypto: Crypto,
    /// A description for people.
    #[serde(default)]
    pub description: String,
    /// The public key, hex without 0x.
    #[serde(default)]
    pub pubkey: String,
    /// The EIP-2334 path of the key, or "".
    pub path: String,
    /// A random UUID.
    pub uuid: String,
    /// Always 4.
    pub version: u32,
}

/// The random values a keystore needs; fixed in tests to reproduce published vectors.
pub struct Randomness {
    /// The KDF salt.
    pub salt: [u8; 32],
    /// The AES-CTR IV.
    pub iv: [u8; 16],
    /// The UUID's 16 bytes.
    pub uuid: [u8; 16],
}

impl Randomness {
    /// Fresh values from the operating system's generator.
    pub fn fresh() -> Self {
        use rand::RngCore;
        let mut rng = rand::rngs::OsRng;
        let mut this = Self { salt: [0; 32], iv: [0; 16], uuid: [0; 16] };
        rng.fill_bytes(&mut this.salt);
        rng.fill_bytes(&mut this.iv);
        rng.fill_bytes(&mut this.uuid);
        this
    }
}

/// An RFC 4122 version 4 UUID from 16 random bytes.
fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = to_hex(&bytes);
    format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
}

fn derive_key(kdf: &Module, password: &str) -> Result<Zeroizing<[u8; 32]>, Error> {
    let password = normalize_password(password);
    let number = |name: &str| -> Result<u32, Error> {
        kdf.params
            .get(name)
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| Error::Keystore(format!("the {} parameters need a number '{name}'", kdf.function)))
    };
    let salt = kdf
        .params
        .get("salt")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::Keystore("the kdf parameters need a 'salt'".into()))?;
    let salt = hex::decode(salt.trim_start_matches("0x"))
        .map_err(|_| Error::Keystore("the kdf salt is not valid hex".into()))?;
    if number("dklen")? != 32 {
        return Err(Error::Keystore("only a dklen of 32 is supported".into()));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    match kdf.function.as_str() {
        "scrypt" => {
            let n = number("n")?;
            if !n.is_power_of_two() || n < 2 {
                return Err(Error::Keystore(format!("scrypt n must be a power of two, not {n}")));
            }
            let params = scrypt::Params::new(n.trailing_zeros() as u8, number("r")?, number("p")?)
                .map_err(|e| Error::Keystore(format!("scrypt parameters: {e}")))?;
            scrypt::scrypt(password.as_bytes(), &salt, &params, key.as_mut_slice())
                .map_err(|e| Error::Keystore(format!("scrypt: {e}")))?;
        }
        "pbkdf2" => {
            let prf = kdf.params.get("prf").and_then(Value::as_str).unwrap_or("hmac-sha256");
            if prf != "hmac-sha256" {
                return Err(Error::Keystore(format!("the PBKDF2 prf '{prf}' is not supported (only hmac-sha256)")));
            }
            pbkdf2::pbkdf2::<hmac::Hmac<Sha256>>(password.as_bytes(), &salt, number("c")?, key.as_mut_slice());
        }
        other => return Err(Error::Keystore(format!("the kdf '{other}' is not supported (scrypt or pbkdf2)"))),
    }
    Ok(key)
}

fn checksum(key: &[u8; 32], cipher_message: &[u8]) -> [u8; 32] {
    Sha256::new().chain_update(&key[16..]).chain_update(cipher_message).finalize().into()
}

fn aes_ctr(key: &[u8; 32], iv: &[u8; 16], data: &mut [u8]) {
    let mut cipher = ctr::Ctr128BE::<Aes128>::new(key[..16].into(), iv.into());
    cipher.apply_keystream(data);
}

impl Keystore {
    /// Encrypt `secret` under `password`, with fresh randomness.
    pub fn encrypt(
        secret: &[u8],
        password: &str,
        kdf: Kdf,
        pubkey: &[u8],
        path: &str,
        description: &str,
    ) -> Result<Self, Error> {
        Self::encrypt_with(secret, password, kdf, pubkey, path, description, &Randomness::fresh())
    }

    /// Encrypt `secret` under `password` with the given salt, IV and UUID.
    pub fn encrypt_with(
        secret: &[u8],
        password: &str,
        kdf: Kdf,
        pubkey: &[u8],
        path: &str,
        description: &str,
        random: &Randomness,
    ) -> Result<Self, Error> {
        let salt = to_hex(&random.salt);
        let kdf = match kdf {
            Kdf::Scrypt { n, r, p } => Module {
                function: "scrypt".into(),
                params: into_map(json!({ "dklen": 32, "n": n, "r": r, "p": p, "salt": salt })),
                message: String::new(),
            },
            Kdf::Pbkdf2 { c } => Module {
                function: "pbkdf2".into(),
                params: into_map(json!({ "dklen": 32, "c": c, "prf": "hmac-sha256", "salt": salt })),
                message: String::new(),
            },
        };
        let key = derive_key(&kdf, password)?;
        let mut encrypted = secret.to_vec();
        aes_ctr(&key, &random.iv, &mut encrypted);
        let checksum = checksum(&key, &encrypted);
        Ok(Self {
            crypto: Crypto {
                kdf,
                checksum: Module { function: "sha256".into(), params: Map::new(), message: to_hex(&checksum) },
                cipher: Module {
                    function: "aes-128-ctr".into(),
                    params: into_map(json!({ "iv": to_hex(&random.iv) })),
                    message: to_hex(&encrypted),
                },
            },
            description: description.into(),
            pubkey: to_hex(pubkey),
            path: path.into(),
            uuid: uuid_v4(random.uuid),
            version: 4,
        })
    }

    /// Parse a keystore file's text.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let keystore: Self = serde_json::from_str(text).map_err(|e| Error::Keystore(e.to_string()))?;
        if keystore.version != 4 {
            return Err(Error::Keystore(format!("version {} (EIP-2335 keystores are version 4)", keystore.version)));
        }
        Ok(keystore)
    }

    /// The keystore as pretty JSON.
    pub fn to_json(&self) -> Result<String, Error> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Keystore(e.to_string()))
    }

    /// The public key it declares.
    pub fn pubkey(&self) -> Result<[u8; 48], Error> {
        from_hex::<48>(&self.pubkey, "the keystore's pubkey")
    }

    /// Decrypt the secret, checking the password first.
    pub fn decrypt(&self, password: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
        let Crypto { kdf, checksum: check, cipher } = &self.crypto;
        if check.function != "sha256" {
            return Err(Error::Keystore(format!("the checksum '{}' is not supported (sha256)", check.function)));
        }
        if cipher.function != "aes-128-ctr" {
            return Err(Error::Keystore(format!("the cipher '{}' is not supported (aes-128-ctr)", cipher.function)));
        }
        let iv = cipher.params.get("iv").and_then(Value::as_str).unwrap_or_default();
        let iv = from_hex::<16>(iv, "the cipher iv").map_err(|e| Error::Keystore(e.to_string()))?;
        let encrypted = hex::decode(cipher.message.trim_start_matches("0x"))
            .map_err(|_| Error::Keystore("the cipher message is not valid hex".into()))?;
        let expected = from_hex::<32>(&check.message, "the checksum").map_err(|e| Error::Keystore(e.to_string()))?;
        let key = derive_key(kdf, password)?;
        if checksum(&key, &encrypted) != expected {
            return Err(Error::WrongPassword);
        }
        let mut secret = Zeroizing::new(encrypted);
        aes_ctr(&key, &iv, &mut secret);
        Ok(secret)
    }
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SecretKey;

    const PASSWORD: &str = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑";
    const SECRET: &str = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
    const PUBKEY: &str =
        "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07";

    /// The scrypt test vector of EIP-2335, as published.
    const SCRYPT_VECTOR: &str = r#"{
        "crypto": {
            "kdf": {
                "function": "scrypt",
                "params": {"dklen": 32, "n": 262144, "p": 1, "r": 8,
                           "salt": "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"},
                "message": ""
            },
            "checksum": {"function": "sha256", "params": {},
                         "message": "d2217fe5f3e9a1e34581ef8a78f7c9928e436d36dacc5e846690a5581e8ea484"},
            "cipher": {"function": "aes-128-ctr", "params": {"iv": "264daa3f303d7259501c93d997d84fe6"},
                       "message": "06ae90d55fe0a6e9c5c3bc5b170827b2e5cce3929ed3f116c2811e6366dfe20f"}
        },
        "description": "This is a test keystore that uses scrypt to secure the secret.",
        "pubkey": "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07",
        "path": "m/12381/60/3141592653/589793238",
        "uuid": "1d85ae20-35c5-4611-98e8-aa14a633906f",
        "version": 4
    }"#;

    /// The PBKDF2 test vector of EIP-2335, as published.
    const PBKDF2_VECTOR: &str = r#"{
        "crypto": {
            "kdf": {
                "function": "pbkdf2",
                "params": {"dklen": 32, "c": 262144, "prf": "hmac-sha256",
                           "salt": "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"},
                "message": ""
            },
            "checksum": {"function": "sha256", "params": {},
                         "message": "8a9f5d9912ed7e75ea794bc5a89bca5f193721d30868ade6f73043c6ea6febf1"},
            "cipher": {"function": "aes-128-ctr", "params": {"iv": "264daa3f303d7259501c93d997d84fe6"},
                       "message": "cee03fde2af33149775b7223e7845e4fb2c8ae1792e5f99fe9ecf474cc8c16ad"}
        },
        "description": "This is a test keystore that uses PBKDF2 to secure the secret.",
        "pubkey": "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07",
        "path": "m/12381/60/0/0",
        "uuid": "64625def-3331-4eea-ab6f-782f3ed16a83",
        "version": 4
    }"#;

    fn vector_randomness() -> Randomness {
        Randomness {
            salt: from_hex("d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3", "salt").expect("salt"),
            iv: from_hex("264daa3f303d7259501c93d997d84fe6", "iv").expect("iv"),
            uuid: [0; 16],
        }
    }

    fn check_vector(text: &str, kdf: Kdf) {
        let keystore = Keystore::from_json(text).expect("parses");
        let secret = keystore.decrypt(PASSWORD).expect("the published password opens it");
        assert_eq!(hex::encode(secret.as_slice()), SECRET);
        let key = SecretKey::from_bytes(&secret).expect("a valid key");
        assert_eq!(hex::encode(key.public_key().expect("pubkey")), PUBKEY);
        assert!(matches!(keystore.decrypt("testpassword"), Err(Error::WrongPassword)), "the emoji is part of it");
        // Encrypting again with the vector's salt and IV reproduces its checksum and ciphertext.
        let again = Keystore::encrypt_with(
            &secret,
            PASSWORD,
            kdf,
            &keystore.pubkey().expect("pk"),
            "",
            "",
            &vector_randomness(),
        )
        .expect("encrypts");
        assert_eq!(again.crypto.checksum.message, keystore.crypto.checksum.message);
        assert_eq!(again.crypto.cipher.message, keystore.crypto.cipher.message);
        assert_eq!(again.crypto.kdf.params, keystore.crypto.kdf.params);
    }

    #[test]
    fn eip_2335_scrypt_vector() {
        check_vector(SCRYPT_VECTOR, Kdf::SCRYPT);
    }

    #[test]
    fn eip_2335_pbkdf2_vector() {
        check_vector(PBKDF2_VECTOR, Kdf::PBKDF2);
    }

    #[test]
    fn password_is_nfkd_normalised_and_stripped_of_control_codes() {
        // The EIP's own example: mathematical fraktur letters decompose to ASCII, the key emoji stays.
        assert_eq!(hex::encode(normalize_password(PASSWORD).as_bytes()), "7465737470617373776f7264f09f9491");
        // C0 (tab, newline, NUL), Delete and C1 codes go; space stays.
        assert_eq!(*normalize_password("a b\tc\n\u{0}d\u{7f}e\u{80}f\u{9f}g"), "a bcdefg");
        // NFKD: the ligature ﬁ becomes "fi", é (precomposed) becomes e + combining acute.
        assert_eq!(*normalize_password("ﬁ"), "fi");
        assert_eq!(*normalize_password("\u{e9}"), "e\u{301}");
        // So both spellings of a password open the same keystore.
        let keystore = Keystore::encrypt(&[7u8; 32], "caf\u{e9}", Kdf::Pbkdf2 { c: 2 }, &[], "", "").expect("encrypts");
        assert_eq!(keystore.decrypt("cafe\u{301}\n").expect("opens").as_slice(), &[7u8; 32]);
    }

    #[test]
    fn uuids_are_version_4() {
        let uuid = uuid_v4([0xff; 16]);
        assert_eq!(uuid, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    }

    #[test]
    fn unsupported_keystores_are_named() {
        let text = SCRYPT_VECTOR.replace("\"scrypt\"", "\"argon2\"");
        let err = Keystore::from_json(&text).and_then(|k| k.decrypt(PASSWORD)).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("not a usable EIP-2335 keystore: the kdf 'argon2' is not supported (scrypt or pbkdf2)")
        );
    }
}
