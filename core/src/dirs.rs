//! Where stkr keeps its files: one data directory holding keystores, deployments and devnet state.

use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// The stkr data directory (platform default, or `--data-dir` / `STKR_DATA_DIR`).
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// The directory given, or the platform's data directory for stkr (`~/.local/share/stkr` on Linux).
    pub fn resolve(explicit: Option<PathBuf>) -> Result<Self> {
        let root = match explicit {
            Some(root) => root,
            None => {
                directories::ProjectDirs::from("", "", "stkr").map(|dirs| dirs.data_dir().to_path_buf()).ok_or_else(
                    || Error::Other("cannot find a home directory for the stkr data dir; pass --data-dir DIR".into()),
                )?
            }
        };
        Ok(Self { root })
    }

    /// The root of the data directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Encrypted account keystores, one file per account name.
    pub fn keystores(&self) -> PathBuf {
        self.root.join("keystores")
    }

    /// Deployment files, one per chain id.
    pub fn deployments(&self) -> PathBuf {
        self.root.join("deployments")
    }

    /// State and logs of the local devnet.
    pub fn devnet(&self) -> PathBuf {
        self.root.join("devnet")
    }

    /// Create `dir` (and parents) readable by the owner only.
    pub fn ensure_private(dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).map_err(Error::io(format!("creating {}", dir.display())))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .map_err(Error::io(format!("restricting {}", dir.display())))?;
        }
        Ok(())
    }
}

/// Write `contents` to `path` atomically (temp file + rename), readable by the owner only.
pub fn write_private(path: &Path, contents: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    DataDir::ensure_private(dir)?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).map_err(Error::io(format!("writing {}", tmp.display())))?;
    file.write_all(contents).map_err(Error::io(format!("writing {}", tmp.display())))?;
    file.sync_all().map_err(Error::io(format!("syncing {}", tmp.display())))?;
    std::fs::rename(&tmp, path).map_err(Error::io(format!("replacing {}", path.display())))?;
    Ok(())
}
