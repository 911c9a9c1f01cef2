//! The on-disk journal in a daemon's state dir: named JSON documents written atomically (temporary file,
//! fsync, rename), append-only JSON-lines logs, the lock that keeps a second daemon off the dir, and the
//! chain the state belongs to.

use std::{
    fs::File,
    io::Write,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::DaemonError;

/// A state dir: `NAME.json` documents (an outbox entry, a status), `NAME.jsonl` logs, and `lock`.
#[derive(Debug, Clone)]
pub struct Journal {
    dir: PathBuf,
}

impl Journal {
    /// The state dir at `dir`, created (0700) when missing.
    pub fn open(dir: &Path) -> Result<Self, DaemonError> {
        std::fs::create_dir_all(dir).map_err(|e| DaemonError::io(dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        Ok(Self { dir: dir.to_path_buf() })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of the file `name` in the dir.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The lock file that keeps a second daemon off this state.
    pub fn lock_path(&self) -> PathBuf {
        self.path("lock")
    }

    /// Take the state dir's lock, held until the returned [`StateLock`] is dropped; fails with
    /// [`DaemonError::Locked`] while another process holds it.
    pub fn lock(&self) -> Result<StateLock, DaemonError> {
        let path = self.lock_path();
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| DaemonError::io(&path, e))?;
        if file.try_lock().is_err() {
            return Err(DaemonError::Locked(self.dir.display().to_string()));
        }
        Ok(StateLock { _file: file })
    }

    /// Whether a daemon holds the state dir's lock now: taken and let go at once when free. A process that
    /// ended, cleanly or not, holds nothing (the OS drops its lock).
    pub fn is_held(&self) -> bool {
        matches!(self.lock(), Err(DaemonError::Locked(_)))
    }

    /// The JSON document `name`, or None when there is none; a file that does not parse is an error that
    /// names it, never silently dropped.
    pub fn read<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, DaemonError> {
        read_json(&self.path(name))
    }

    /// Write the JSON document `name` (pretty), replacing what was there, durably.
    pub fn write<T: Serialize>(&self, name: &str, value: &T) -> Result<(), DaemonError> {
        let bytes = serde_json::to_vec_pretty(value).map_err(json)?;
        write_atomic(&self.path(name), &bytes, None)
    }

    /// Remove the document `name`; removing one that is not there is fine.
    pub fn remove(&self, name: &str) -> Result<(), DaemonError> {
        let path = self.path(name);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(DaemonError::io(&path, e)),
        }
    }

    /// Append `value` as one JSON line to the log `name`, durably.
    pub fn append<T: Serialize>(&self, name: &str, value: &T) -> Result<(), DaemonError> {
        let path = self.path(name);
        let mut line = serde_json::to_vec(value).map_err(json)?;
        line.push(b'\n');
        let mut file =
            std::fs::OpenOptions::new().create(true).append(true).open(&path).map_err(|e| DaemonError::io(&path, e))?;
        file.write_all(&line).and_then(|()| file.sync_data()).map_err(|e| DaemonError::io(&path, e))
    }

    /// Every entry of the log `name`, oldest first (lines that do not parse are skipped).
    pub fn entries<T: DeserializeOwned>(&self, name: &str) -> Vec<T> {
        std::fs::read_to_string(self.path(name))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect()
    }
}

/// The document that records the chain a state dir belongs to.
const CHAIN: &str = "chain.json";
/// Where the state of chains that are gone is kept.
const PREVIOUS: &str = "previous";

/// A chain, told apart from every other by its id and its genesis block's hash (a devnet reset keeps its
/// id but not its genesis).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainIdentity {
    /// The chain id.
    pub chain_id: u64,
    /// The genesis block's hash, 0x-hex.
    pub genesis_hash: String,
}

impl std::fmt::Display for ChainIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "chain {} (genesis {})", self.chain_id, self.genesis_hash)
    }
}

/// What [`Journal::belong_to`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Belonging {
    /// The state already belonged to this chain.
    Same,
    /// The state recorded no chain (new, or written before chains were recorded); it now records this one.
    Recorded,
    /// The state belonged to another chain: it was moved to `moved_to`, and the dir starts afresh.
    Afresh {
        /// The chain the old state belonged to.
        previous: ChainIdentity,
        /// Where the old state now is.
        moved_to: PathBuf,
    },
}

impl Journal {
    /// Make the state dir belong to `chain`. State of another chain is of no use on this one (its periods,
    /// nonces and transactions mean nothing here), so it is moved aside, to `previous/`, and the dir starts
    /// afresh; the lock stays where it is, held.
    pub fn belong_to(&self, chain: &ChainIdentity) -> Result<Belonging, DaemonError> {
        let recorded: Option<ChainIdentity> = self.read(CHAIN)?;
        let belonging = match recorded {
            Some(previous) if &previous == chain => return Ok(Belonging::Same),
            Some(previous) => {
                let moved_to = self.move_aside(&previous)?;
                Belonging::Afresh { previous, moved_to }
            }
            None => Belonging::Recorded,
        };
        self.write(CHAIN, chain)?;
        Ok(belonging)
    }

    /// Move every file but the lock and earlier chains' state into `previous/<chain>-<genesis>`.
    fn move_aside(&self, previous: &ChainIdentity) -> Result<PathBuf, DaemonError> {
        let genesis: String = previous.genesis_hash.trim_start_matches("0x").chars().take(12).collect();
        let base = self.path(PREVIOUS).join(format!("chain-{}-{genesis}", previous.chain_id));
        // The same chain may come and go more than once (a devnet state file brought back): never overwrite.
        let mut target = base.clone();
        let mut n = 1;
        while target.exists() {
            n += 1;
            target = base.with_file_name(format!("chain-{}-{genesis}-{n}", previous.chain_id));
        }
        std::fs::create_dir_all(&target).map_err(|e| DaemonError::io(&target, e))?;
        let entries = std::fs::read_dir(&self.dir).map_err(|e| DaemonError::io(&self.dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| DaemonError::io(&self.dir, e))?;
            let name = entry.file_name();
            if name == "lock" || name == PREVIOUS {
                continue;
            }
            let to = target.join(&name);
            std::fs::rename(entry.path(), &to).map_err(|e| DaemonError::io(&entry.path(), e))?;
        }
        Ok(target)
    }
}

/// The state dir's lock; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct StateLock {
    _file: File,
}

fn json(error: serde_json::Error) -> DaemonError {
    DaemonError::State(format!("cannot encode the state: {error}"))
}

/// The JSON file at `path`, or None when it does not exist.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, DaemonError> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            DaemonError::State(format!("{} is damaged ({e}); move it aside to start afresh", path.display()))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(DaemonError::io(path, e)),
    }
}

/// Write `bytes` to `path` so that a crash leaves either the old or the new contents, never a mix; with
/// `mode`, the file gets those permissions before it is in place.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> Result<(), DaemonError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temporary = path.with_extension("tmp");
    let mut file = File::create(&temporary).map_err(|e| DaemonError::io(&temporary, e))?;
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(mode)).map_err(|e| DaemonError::io(&temporary, e))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| DaemonError::io(&temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| DaemonError::io(path, e))?;
    if let Ok(directory) = File::open(dir) {
        let _ = directory.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_survive_a_reopen_and_damage_is_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let journal = Journal::open(&dir.path().join("state")).expect("open");
        assert_eq!(journal.read::<Vec<u64>>("outbox.json").expect("read"), None);
        journal.write("outbox.json", &vec![1u64, 2]).expect("write");
        let reopened = Journal::open(&dir.path().join("state")).expect("reopen");
        assert_eq!(reopened.read::<Vec<u64>>("outbox.json").expect("read"), Some(vec![1, 2]));
        assert!(!dir.path().join("state/outbox.tmp").exists());
        reopened.remove("outbox.json").expect("remove");
        reopened.remove("outbox.json").expect("removing twice is fine");
        std::fs::write(reopened.path("outbox.json"), "[1,").expect("write");
        let error = reopened.read::<Vec<u64>>("outbox.json").expect_err("damaged").to_string();
        assert!(error.contains("outbox.json is damaged"), "{error}");
    }

    #[test]
    fn logs_append_one_line_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let journal = Journal::open(dir.path()).expect("open");
        journal.append("log.jsonl", &3u64).expect("append");
        journal.append("log.jsonl", &4u64).expect("append");
        std::fs::OpenOptions::new()
            .append(true)
            .open(journal.path("log.jsonl"))
            .and_then(|mut f| f.write_all(b"garbage\n"))
            .expect("garbage");
        assert_eq!(journal.entries::<u64>("log.jsonl"), [3, 4]);
    }

    #[test]
    fn state_of_another_chain_is_moved_aside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let journal = Journal::open(dir.path()).expect("open");
        let _lock = journal.lock().expect("lock");
        let first = ChainIdentity { chain_id: 31337, genesis_hash: "0xaaaa".into() };
        assert_eq!(journal.belong_to(&first).expect("record"), Belonging::Recorded);
        journal.append("reports.jsonl", &7u64).expect("append");
        assert_eq!(journal.belong_to(&first).expect("same"), Belonging::Same);
        assert_eq!(journal.entries::<u64>("reports.jsonl"), [7]);

        let second = ChainIdentity { chain_id: 31337, genesis_hash: "0xbbbb".into() };
        let Belonging::Afresh { previous, moved_to } = journal.belong_to(&second).expect("afresh") else {
            panic!("a new genesis starts afresh");
        };
        assert_eq!(previous, first);
        assert!(journal.entries::<u64>("reports.jsonl").is_empty());
        assert_eq!(Journal::open(&moved_to).expect("old").entries::<u64>("reports.jsonl"), [7]);
        assert!(journal.lock_path().exists(), "the lock stays, held");
        assert_eq!(journal.read::<ChainIdentity>(CHAIN).expect("read"), Some(second.clone()));

        // Back to the first chain and away again: nothing is overwritten.
        journal.belong_to(&first).expect("back");
        let Belonging::Afresh { moved_to: again, .. } = journal.belong_to(&second).expect("away") else {
            panic!("afresh");
        };
        assert_ne!(again, moved_to);
        assert!(moved_to.join("reports.jsonl").exists());
    }

    #[test]
    fn one_daemon_per_state_dir() {
        let dir = tempfile::tempdir().expect("tempdir");
        let journal = Journal::open(dir.path()).expect("open");
        let lock = journal.lock().expect("first");
        assert!(matches!(journal.lock(), Err(DaemonError::Locked(_))));
        assert!(journal.is_held());
        drop(lock);
        journal.lock().expect("free again");
    }
}
