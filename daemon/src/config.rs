//! Configuration files: TOML read into any `Deserialize` type, and written back private (0600) and atomically.

use std::path::Path;

use serde::{Serialize, de::DeserializeOwned};

use crate::DaemonError;

/// Read the TOML file at `path` as a `T`; `what` names it in errors ("a sidecar configuration").
pub fn load<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T, DaemonError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| DaemonError::Config(format!("cannot read {}: {e}", path.display())))?;
    parse(&text, path, what)
}

/// Parse `text`, read from `path`, as a `T`.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, what: &str) -> Result<T, DaemonError> {
    toml::from_str(text).map_err(|e| {
        let reason = e.message();
        DaemonError::Config(format!("{} is not a valid {what}: {reason}", path.display()))
    })
}

/// `value` as pretty TOML.
pub fn to_toml<T: Serialize>(value: &T) -> Result<String, DaemonError> {
    toml::to_string_pretty(value).map_err(|e| DaemonError::Config(format!("cannot write the configuration: {e}")))
}

/// Write `value` to `path` as TOML, readable only by its owner, creating the parent directory.
pub fn save<T: Serialize>(path: &Path, value: &T) -> Result<(), DaemonError> {
    let text = to_toml(value)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| DaemonError::io(dir, e))?;
    }
    crate::journal::write_atomic(path, text.as_bytes(), Some(0o600))
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        name: String,
        port: u16,
    }

    #[test]
    fn a_saved_file_loads_back_and_bad_files_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("conf/d.toml");
        let sample = Sample { name: "x".into(), port: 9 };
        save(&path, &sample).expect("save");
        assert_eq!(load::<Sample>(&path, "test configuration").expect("load"), sample);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "name = \"x\"\nport = 9\nextra = 1\n").expect("write");
        let error = load::<Sample>(&path, "test configuration").expect_err("unknown key").to_string();
        assert!(error.contains("is not a valid test configuration"), "{error}");
        let missing = load::<Sample>(&dir.path().join("none.toml"), "x").expect_err("missing").to_string();
        assert!(missing.starts_with("cannot read"), "{missing}");
    }
}
