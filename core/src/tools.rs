//! Where the external programs stkr runs are found: anvil and the pinned Lodestar, from an environment
//! variable, the PATH, or the stkr checkout's pinned toolchain.

use std::path::{Path, PathBuf};

use crate::Error;

/// Where anvil is: STKR_ANVIL, PATH, or the checkout's contracts/node_modules.
pub fn anvil() -> Result<PathBuf, Error> {
    if let Some(path) = std::env::var_os("STKR_ANVIL") {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(Error::Other(format!("STKR_ANVIL points at {}, which is not a file", path.display())))
        };
    }
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join("anvil");
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for root in [checkout.as_path(), Path::new(".")] {
        // Prefer the platform binary over npm's node shim, so the recorded pid is anvil itself.
        let packages = root.join("contracts/node_modules/@foundry-rs");
        if let Ok(entries) = std::fs::read_dir(&packages) {
            for entry in entries.flatten() {
                let candidate = entry.path().join("bin/anvil");
                if entry.file_name().to_string_lossy().starts_with("anvil-") && candidate.is_file() {
                    return Ok(candidate);
                }
            }
        }
        let shim = root.join("contracts/node_modules/.bin/anvil");
        if shim.is_file() {
            return Ok(shim);
        }
    }
    Err(Error::AnvilNotFound)
}

/// Lodestar: STKR_LODESTAR, or the checkout's tools/beacon (`make beacon-toolchain` installs it).
pub fn lodestar() -> Result<PathBuf, Error> {
    if let Some(path) = std::env::var_os("STKR_LODESTAR") {
        return Ok(PathBuf::from(path));
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for root in [checkout.as_path(), Path::new(".")] {
        let candidate = root.join("tools/beacon/node_modules/.bin/lodestar");
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    Err(Error::InvalidInput(
        "the pinned Lodestar is not installed: run `make beacon-toolchain` in the stkr checkout, or set STKR_LODESTAR"
            .into(),
    ))
}
