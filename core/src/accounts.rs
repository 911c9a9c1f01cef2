//! Ethereum accounts in encrypted Web3 Secret Storage v3 keystores (the format of geth and
//! `cast wallet`), with the passphrase from a password file, the OS keyring (opt-in) or a prompt.
//! No private key or passphrase is ever written in plain text or printed.

use std::{
    fmt,
    path::{Path, PathBuf},
};

use alloy::{
    primitives::{Address, B256},
    signers::local::PrivateKeySigner,
};
use serde::Serialize;

use crate::{
    Error, Result,
    dirs::{DataDir, write_private},
};

/// The service name under which passphrases are kept in the OS keyring.
pub const KEYRING_SERVICE: &str = "stkr";

/// A passphrase that never shows itself in logs or debug output and is wiped from memory when dropped.
pub struct Passphrase(zeroize::Zeroizing<String>);

impl Passphrase {
    /// Wrap a passphrase, refusing an empty one.
    pub fn new(secret: String) -> Result<Self> {
        if secret.is_empty() { Err(Error::EmptyPassphrase) } else { Ok(Self(zeroize::Zeroizing::new(secret))) }
    }

    /// The secret, for the key derivation only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(***)")
    }
}

/// What the data dir knows about an account without decrypting it.
#[derive(Debug, Clone, Serialize)]
pub struct AccountInfo {
    /// The account's name.
    pub name: String,
    /// Its address.
    pub address: Address,
    /// The keystore file.
    pub keystore: PathBuf,
}

/// The accounts in a data dir.
#[derive(Debug, Clone)]
pub struct AccountStore {
    dir: PathBuf,
}

impl AccountStore {
    /// The store in `data`'s keystore directory.
    pub fn new(data: &DataDir) -> Self {
        Self { dir: data.keystores() }
    }

    /// The keystore directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, name: &str) -> Result<PathBuf> {
        validate_name(name)?;
        Ok(self.dir.join(name))
    }

    /// Every account, sorted by name.
    pub fn list(&self) -> Result<Vec<AccountInfo>> {
        let mut accounts = Vec::new();
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(accounts),
            Err(e) => return Err(Error::io(format!("reading {}", self.dir.display()))(e)),
        };
        for entry in entries {
            let entry = entry.map_err(Error::io(format!("reading {}", self.dir.display())))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if validate_name(&name).is_ok()
                && let Ok(info) = self.get(&name)
            {
                accounts.push(info);
            }
        }
        accounts.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(accounts)
    }

    /// The account called `name`.
    pub fn get(&self, name: &str) -> Result<AccountInfo> {
        let path = self.path(name)?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::AccountNotFound(name.into())),
            Err(e) => return Err(Error::io(format!("reading {}", path.display()))(e)),
        };
        let address = keystore_address(&text)
            .ok_or_else(|| Error::Keystore { path: path.clone(), reason: "it records no address".into() })?;
        Ok(AccountInfo { name: name.to_string(), address, keystore: path })
    }

    /// Create an account with a fresh random key.
    pub fn create(&self, name: &str, passphrase: &Passphrase) -> Result<AccountInfo> {
        let signer = PrivateKeySigner::random();
        self.store(name, signer.to_bytes(), passphrase)
    }

    /// Store an existing private key under `name`.
    pub fn import_key(&self, name: &str, key: B256, passphrase: &Passphrase) -> Result<AccountInfo> {
        PrivateKeySigner::from_bytes(&key).map_err(|_| Error::InvalidPrivateKey)?;
        self.store(name, key, passphrase)
    }

    /// Copy a keystore made elsewhere (geth, `cast wallet`) after checking that `passphrase` opens it.
    pub fn import_keystore(&self, name: &str, source: &Path, passphrase: &Passphrase) -> Result<AccountInfo> {
        let path = self.path(name)?;
        if path.exists() {
            return Err(Error::AccountExists(name.into()));
        }
        let signer = decrypt(source, passphrase, name)?;
        let text = std::fs::read_to_string(source).map_err(Error::io(format!("reading {}", source.display())))?;
        let mut json: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Error::Keystore { path: source.to_path_buf(), reason: e.to_string() })?;
        json["address"] = serde_json::Value::String(alloy::hex::encode(signer.address()));
        write_private(&path, json.to_string().as_bytes())?;
        self.get(name)
    }

    fn store(&self, name: &str, key: B256, passphrase: &Passphrase) -> Result<AccountInfo> {
        let path = self.path(name)?;
        if path.exists() {
            return Err(Error::AccountExists(name.into()));
        }
        DataDir::ensure_private(&self.dir)?;
        // Encrypt into a private scratch directory first so a crash never leaves a half-written keystore.
        let scratch = self.dir.join(format!(".new-{name}-{}", std::process::id()));
        DataDir::ensure_private(&scratch)?;
        let result = (|| {
            let (signer, _) = PrivateKeySigner::encrypt_keystore(
                &scratch,
                &mut rand::thread_rng(),
                key,
                passphrase.expose(),
                Some(name),
            )
            .map_err(|e| Error::Keystore { path: path.clone(), reason: e.to_string() })?;
            let written = scratch.join(name);
            let text =
                std::fs::read_to_string(&written).map_err(Error::io(format!("reading {}", written.display())))?;
            let mut json: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| Error::Keystore { path: written.clone(), reason: e.to_string() })?;
            // geth records the address so tools can list accounts without the passphrase; so do we.
            json["address"] = serde_json::Value::String(alloy::hex::encode(signer.address()));
            write_private(&path, json.to_string().as_bytes())
        })();
        let _ = std::fs::remove_dir_all(&scratch);
        result?;
        self.get(name)
    }

    /// Decrypt the account's key.
    pub fn unlock(&self, name: &str, passphrase: &Passphrase) -> Result<PrivateKeySigner> {
        let info = self.get(name)?;
        decrypt(&info.keystore, passphrase, name)
    }

    /// Delete the account's keystore (and its keyring entry, if any).
    pub fn remove(&self, name: &str) -> Result<AccountInfo> {
        let info = self.get(name)?;
        std::fs::remove_file(&info.keystore).map_err(Error::io(format!("removing {}", info.keystore.display())))?;
        let _ = keyring_delete(name);
        Ok(info)
    }
}

/// Unlock the keystore file at `path` outside any account store: a daemon's key, which its service
/// reads from a path of its own.
pub fn unlock_keystore(path: &Path, passphrase: &Passphrase) -> Result<PrivateKeySigner> {
    decrypt(path, passphrase, &path.display().to_string())
}

fn decrypt(path: &Path, passphrase: &Passphrase, name: &str) -> Result<PrivateKeySigner> {
    PrivateKeySigner::decrypt_keystore(path, passphrase.expose()).map_err(|e| {
        let text = e.to_string();
        if text.contains("Mac Mismatch") || text.contains("mac mismatch") || text.contains("MacMismatch") {
            Error::WrongPassphrase(name.into())
        } else {
            Error::Keystore { path: path.to_path_buf(), reason: text }
        }
    })
}

fn keystore_address(text: &str) -> Option<Address> {
    let json: serde_json::Value = serde_json::from_str(text).ok()?;
    json.get("address")?.as_str()?.parse().ok()
}

/// Account names become file names: keep them plain.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok { Ok(()) } else { Err(Error::InvalidAccountName(name.into())) }
}

/// The fewest characters of a validator keystore's password: the deposit CLI's rule, as keystores travel and
/// meet brute force offline.
pub const MIN_VALIDATOR_PASSWORD_CHARS: usize = 8;

/// Whether `secret` may be a new passphrase of at least `min_chars` characters (none may be empty).
pub fn check_new_passphrase(secret: &str, min_chars: usize) -> Result<()> {
    let chars = secret.chars().count();
    if chars == 0 {
        return Err(Error::EmptyPassphrase);
    }
    if chars < min_chars {
        return Err(Error::InvalidInput(format!("a keystore password needs at least {min_chars} characters")));
    }
    Ok(())
}

/// Read a passphrase from the first line of `path`.
pub fn read_password_file(path: &Path) -> Result<Passphrase> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::PasswordFile { path: path.to_path_buf(), reason: e.to_string() })?;
    let line = text.lines().next().unwrap_or_default().to_string();
    drop(text);
    Passphrase::new(line)
        .map_err(|_| Error::PasswordFile { path: path.to_path_buf(), reason: "its first line is empty".into() })
}

/// Asks a person for an account's passphrase, the last resort of [`passphrase_for`]: the CLI asks on the
/// terminal without echo, before the dashboard takes the screen too.
pub trait PassphrasePrompt: Send + Sync {
    /// The passphrase of account `name`, or `None` when no one is there to ask.
    fn passphrase(&self, name: &str) -> Result<Option<Passphrase>>;
}

/// No one to ask: only the password file and the OS keyring count.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoPrompt;

impl PassphrasePrompt for NoPrompt {
    fn passphrase(&self, _name: &str) -> Result<Option<Passphrase>> {
        Ok(None)
    }
}

/// Where a passphrase for an existing account comes from, in order: the password file, the OS
/// keyring (when an entry exists), the prompt.
pub fn passphrase_for(name: &str, password_file: Option<&Path>, prompt: &dyn PassphrasePrompt) -> Result<Passphrase> {
    if let Some(path) = password_file {
        return read_password_file(path);
    }
    let unreachable = match keyring_get(name) {
        Ok(Some(secret)) => return Passphrase::new(secret),
        Ok(None) => None,
        Err(reason) => {
            tracing::debug!("OS keyring not used: {reason}");
            Some(reason)
        }
    };
    // Say what the keyring did: an account made with --keyring on a machine whose keyring is now out of
    // reach must not be told to store it with --keyring.
    prompt.passphrase(name)?.ok_or_else(|| match unreachable {
        Some(reason) => Error::NoPassphraseKeyringUnreachable {
            name: name.into(),
            reason: reason.lines().next().unwrap_or_default().trim_end_matches('.').to_string(),
        },
        None => Error::NoPassphrase(name.into()),
    })
}

/// The one way to unlock account `name` of `store`: its passphrase from [`passphrase_for`], then its key.
/// The passphrase is returned too (it also encrypts sealed bids).
pub fn unlock(
    store: &AccountStore,
    name: &str,
    password_file: Option<&Path>,
    prompt: &dyn PassphrasePrompt,
) -> Result<(PrivateKeySigner, Passphrase)> {
    store.get(name)?;
    let passphrase = passphrase_for(name, password_file, prompt)?;
    let signer = store.unlock(name, &passphrase)?;
    Ok((signer, passphrase))
}

/// The keyring runs its own executor, so it is called from a plain thread, never inside the async runtime.
fn off_runtime<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    std::thread::spawn(f).join().map_err(|_| Error::Other("the OS keyring client crashed".into()))
}

/// The passphrase kept in the OS keyring for `name`; `Ok(None)` when there is none, `Err` with the reason
/// when no keyring can be reached.
pub fn keyring_get(name: &str) -> Result<Option<String>, String> {
    let name = name.to_string();
    off_runtime(move || {
        let entry = keyring::Entry::new(KEYRING_SERVICE, &name).map_err(|e| e.to_string())?;
        match entry.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    })
    .map_err(|e| e.to_string())?
}

/// Keep `passphrase` for `name` in the OS keyring.
pub fn keyring_set(name: &str, passphrase: &Passphrase) -> Result<(), String> {
    let (name, secret) = (name.to_string(), passphrase.expose().to_string());
    off_runtime(move || {
        let entry = keyring::Entry::new(KEYRING_SERVICE, &name).map_err(|e| e.to_string())?;
        entry.set_password(&secret).map_err(|e| e.to_string())
    })
    .map_err(|e| e.to_string())?
}

/// Forget the passphrase kept for `name`; `Ok(false)` when there was none.
pub fn keyring_delete(name: &str) -> Result<bool, String> {
    let name = name.to_string();
    off_runtime(move || {
        let entry = keyring::Entry::new(KEYRING_SERVICE, &name).map_err(|e| e.to_string())?;
        match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(e.to_string()),
        }
    })
    .map_err(|e| e.to_string())?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, AccountStore) {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::resolve(Some(dir.path().to_path_buf())).expect("data dir");
        (dir, AccountStore::new(&data))
    }

    fn pass(s: &str) -> Passphrase {
        Passphrase::new(s.into()).expect("non-empty")
    }

    #[test]
    fn a_new_passphrase_is_neither_empty_nor_too_short() {
        assert!(matches!(check_new_passphrase("", 0), Err(Error::EmptyPassphrase)));
        let short = check_new_passphrase("seven77", MIN_VALIDATOR_PASSWORD_CHARS).expect_err("short");
        assert_eq!(short.to_string(), "a keystore password needs at least 8 characters");
        check_new_passphrase("eight888", MIN_VALIDATOR_PASSWORD_CHARS).expect("long enough");
        check_new_passphrase("x", 1).expect("any non-empty account passphrase");
    }

    #[test]
    fn create_unlock_and_list() {
        let (_dir, store) = store();
        let alice = store.create("alice", &pass("correct horse")).expect("create");
        let signer = store.unlock("alice", &pass("correct horse")).expect("unlock");
        assert_eq!(signer.address(), alice.address);
        assert_eq!(store.list().expect("list").iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["alice"]);
    }

    #[test]
    fn wrong_passphrase_is_named() {
        let (_dir, store) = store();
        store.create("bob", &pass("right")).expect("create");
        let err = store.unlock("bob", &pass("wrong")).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("wrong passphrase for account 'bob'"));
    }

    #[test]
    fn import_keeps_the_address_and_refuses_duplicates() {
        let (_dir, store) = store();
        let key: B256 = crate::network::dev_accounts::DEPLOYER_KEY.parse().expect("key");
        let info = store.import_key("dev", key, &pass("pw")).expect("import");
        assert_eq!(info.address, crate::network::dev_accounts::ADDRESSES[0]);
        assert!(matches!(store.import_key("dev", key, &pass("pw")), Err(Error::AccountExists(_))));
    }

    #[test]
    fn names_that_would_escape_the_directory_are_refused() {
        for bad in ["", "../x", "a/b", ".hidden", "name with space", &"x".repeat(65)] {
            assert!(matches!(validate_name(bad), Err(Error::InvalidAccountName(_))), "{bad}");
        }
        validate_name("provider-1.main_2").expect("plain names are fine");
    }

    #[test]
    fn remove_deletes_the_keystore() {
        let (_dir, store) = store();
        let info = store.create("carol", &pass("pw")).expect("create");
        store.remove("carol").expect("remove");
        assert!(!info.keystore.exists());
        assert!(matches!(store.get("carol"), Err(Error::AccountNotFound(_))));
    }

    #[test]
    fn password_file_uses_the_first_line_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("pw");
        std::fs::write(&path, "secret\nignored\n").expect("write");
        assert_eq!(read_password_file(&path).expect("read").expose(), "secret");
        std::fs::write(&path, "\n").expect("write");
        assert!(matches!(read_password_file(&path), Err(Error::PasswordFile { .. })));
    }
}
