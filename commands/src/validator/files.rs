//! Files, passwords and keystores: written owner-only and never over an existing file.

use std::{io::Write, path::Path};

use eyre::Result;
use serde::Serialize;
use stkr_core::{Error, accounts};
use stkr_validator::{SecretKey, keystore::Keystore};

use super::input;
use crate::Context;

pub(super) fn read_text(path: &Path, what: &str) -> Result<String, Error> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::InvalidInput(format!("cannot read the {what} {}: {e}", path.display())))
}

pub(super) fn create_private_dir(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(Error::io(format!("creating {}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(Error::io(format!("restricting {}", dir.display())))?;
    }
    Ok(())
}

/// Write a new file (never over an existing one), readable by its owner only.
pub(super) fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            Error::InvalidInput(format!("{} already exists; move it away or choose another --out", path.display()))
        }
        _ => Error::Io { context: format!("creating {}", path.display()), source: e },
    })?;
    file.write_all(text.as_bytes()).map_err(Error::io(format!("writing {}", path.display())))?;
    file.write_all(b"\n").map_err(Error::io(format!("writing {}", path.display())))
}

pub(super) fn to_json<T: Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(|e| Error::Other(format!("encoding JSON: {e}")))
}

/// A keystore password: from `file`, or asked (twice when `new`) at the terminal.
pub(super) fn keystore_password(
    ctx: &Context,
    file: Option<&Path>,
    what: &str,
    new: bool,
) -> Result<accounts::Passphrase, Error> {
    if let Some(path) = file {
        return accounts::read_password_file(path);
    }
    if !ctx.out.interactive() {
        return Err(Error::InvalidInput(format!(
            "no terminal to ask the password of {what}: pass --keystore-password-file FILE"
        )));
    }
    let prompt = format!("Password for {what}: ");
    if new {
        return crate::output::prompt_new_passphrase(&ctx.out, &prompt, accounts::MIN_VALIDATOR_PASSWORD_CHARS);
    }
    crate::output::prompt_passphrase(&prompt)
}

pub(super) fn open_keystore(
    ctx: &Context,
    path: &Path,
    password_file: Option<&Path>,
) -> Result<(Keystore, SecretKey), Error> {
    let name = path.display().to_string();
    let keystore =
        Keystore::from_json(&read_text(path, "keystore")?).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    let password = keystore_password(ctx, password_file, &name, false)?;
    let secret = keystore.decrypt(password.expose()).map_err(|e| match e {
        stkr_validator::Error::WrongPassword => {
            Error::InvalidInput(format!("the password does not open {name}; check the password (file)"))
        }
        other => Error::InvalidInput(format!("{name}: {other}")),
    })?;
    let key = SecretKey::from_bytes(&secret).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    if keystore.pubkey().ok() != Some(key.public_key().map_err(input)?) {
        return Err(Error::InvalidInput(format!(
            "{name} declares a pubkey that is not its key's; the file was edited"
        )));
    }
    Ok((keystore, key))
}

pub(super) fn unix_time() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}
