//! EIP-3076 slashing protection: a per-validator record of signed blocks and attestations, checked and written before every signature, kept in a crash-safe file in the EIP-3076 interchange format.
//!
//! Strategy. Every record (signed here or imported) is kept, so the precise slashing conditions (double
//! proposal, double vote, surrounding and surrounded votes) are checked against all of them and exports lose
//! nothing. On top of that the "minimal" strategy of EIP-3076 is applied as a low watermark derived from the
//! records: a block must be at a slot above every recorded one, an attestation must have a target above every
//! recorded target and a source no lower than every recorded source; a repeat of an identical record (same
//! signing root) is the one exception. Deriving the watermark from the records, rather than storing it apart,
//! means the file is the whole state: exporting and importing it back changes nothing, and an import whose
//! history has gaps cannot leave an unknown window open to sign in (the "gap" pitfall of EIP-3076). The price is
//! that a late duty below the watermark (an attestation for an older target) is refused even when it would not
//! be slashable: a missed duty, never a slashing.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Error, from_hex, to_hex};

/// The interchange format version this module reads and writes (EIP-3076 fixes it at 5).
pub const INTERCHANGE_FORMAT_VERSION: &str = "5";

/// Why a block or attestation was refused: signing it could be slashable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Another block (or one whose signing root is not known) was signed at this slot.
    #[error(
        "a different block (or one without a recorded signing root) was already signed at slot {slot}: this would be a double proposal"
    )]
    DoubleProposal {
        /// The slot.
        slot: u64,
    },
    /// The slot is not above the highest block already signed or imported.
    #[error("slot {slot} is not above slot {highest}, the highest block already signed or imported")]
    BlockNotAboveWatermark {
        /// The slot asked for.
        slot: u64,
        /// The highest recorded slot.
        highest: u64,
    },
    /// The attestation's source epoch is after its target epoch: no honest attestation looks like that.
    #[error("the source epoch {source_epoch} is after the target epoch {target_epoch}")]
    SourceAfterTarget {
        /// The source epoch.
        source_epoch: u64,
        /// The target epoch.
        target_epoch: u64,
    },
    /// Another attestation (or one whose signing root is not known) was signed for this target epoch.
    #[error(
        "a different attestation (or one without a recorded signing root) was already signed for target epoch {target_epoch}: this would be a double vote"
    )]
    DoubleVote {
        /// The target epoch.
        target_epoch: u64,
    },
    /// The attestation would surround one already signed.
    #[error(
        "the vote {source_epoch}->{target_epoch} would surround the vote {prior_source}->{prior_target} already signed"
    )]
    Surrounding {
        /// The new source epoch.
        source_epoch: u64,
        /// The new target epoch.
        target_epoch: u64,
        /// The recorded source epoch.
        prior_source: u64,
        /// The recorded target epoch.
        prior_target: u64,
    },
    /// The attestation would be surrounded by one already signed.
    #[error(
        "the vote {source_epoch}->{target_epoch} would be surrounded by the vote {prior_source}->{prior_target} already signed"
    )]
    Surrounded {
        /// The new source epoch.
        source_epoch: u64,
        /// The new target epoch.
        target_epoch: u64,
        /// The recorded source epoch.
        prior_source: u64,
        /// The recorded target epoch.
        prior_target: u64,
    },
    /// The source epoch is below the highest recorded source.
    #[error("the source epoch {source_epoch} is below {highest}, the highest source already signed or imported")]
    SourceBelowWatermark {
        /// The source epoch asked for.
        source_epoch: u64,
        /// The highest recorded source epoch.
        highest: u64,
    },
    /// The target epoch is not above the highest recorded target.
    #[error("the target epoch {target_epoch} is not above {highest}, the highest target already signed or imported")]
    TargetNotAboveWatermark {
        /// The target epoch asked for.
        target_epoch: u64,
        /// The highest recorded target epoch.
        highest: u64,
    },
}

/// What a successful check did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "Ok means the record is on disk and the message may now be signed"]
pub enum Recorded {
    /// A new record was written: sign.
    New,
    /// The identical message (same signing root) was already recorded: signing it again is safe, nothing was written.
    Repeat,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    /// Validators not known before.
    pub new_validators: usize,
    /// Block records not present before.
    pub new_blocks: usize,
    /// Attestation records not present before.
    pub new_attestations: usize,
}

/// A signed block: its slot and, when known, its signing root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SignedBlock {
    /// The slot.
    pub slot: u64,
    /// compute_signing_root(block, domain); None when an import did not give it.
    pub signing_root: Option<[u8; 32]>,
}

/// A signed attestation: its source and target epochs and, when known, its signing root.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SignedAttestation {
    /// attestation.data.target.epoch (first so that records sort by target).
    pub target_epoch: u64,
    /// attestation.data.source.epoch.
    pub source_epoch: u64,
    /// compute_signing_root(attestation_data, domain); None when an import did not give it.
    pub signing_root: Option<[u8; 32]>,
}

/// One validator's signing history, both lists sorted and free of duplicates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Blocks signed, by slot.
    pub blocks: Vec<SignedBlock>,
    /// Attestations signed, by target epoch.
    pub attestations: Vec<SignedAttestation>,
}

impl History {
    /// Adds `block` unless present; true when it was new.
    fn add_block(&mut self, block: SignedBlock) -> bool {
        match self.blocks.binary_search(&block) {
            Ok(_) => false,
            Err(at) => {
                self.blocks.insert(at, block);
                true
            }
        }
    }

    /// Adds `attestation` unless present; true when it was new.
    fn add_attestation(&mut self, attestation: SignedAttestation) -> bool {
        match self.attestations.binary_search(&attestation) {
            Ok(_) => false,
            Err(at) => {
                self.attestations.insert(at, attestation);
                true
            }
        }
    }

    /// Whether a block at `slot` with `signing_root` may be signed, and if so whether it is a repeat.
    fn check_block(&self, slot: u64, signing_root: [u8; 32]) -> Result<Recorded, Refusal> {
        // Any record at this slot that is not this very block makes it a double proposal; a record without a
        // signing root counts as different (EIP-3076 condition 1). Only then can an identical record be a repeat.
        let same_slot = self.blocks.iter().filter(|b| b.slot == slot);
        let mut repeat = false;
        for prior in same_slot {
            if prior.signing_root != Some(signing_root) {
                return Err(Refusal::DoubleProposal { slot });
            }
            repeat = true;
        }
        if repeat {
            return Ok(Recorded::Repeat);
        }
        if let Some(highest) = self.blocks.iter().map(|b| b.slot).max()
            && slot <= highest
        {
            return Err(Refusal::BlockNotAboveWatermark { slot, highest });
        }
        Ok(Recorded::New)
    }

    /// Whether an attestation source -> target with `signing_root` may be signed, and if so whether it is a repeat.
    fn check_attestation(&self, source: u64, target: u64, signing_root: [u8; 32]) -> Result<Recorded, Refusal> {
        if source > target {
            return Err(Refusal::SourceAfterTarget { source_epoch: source, target_epoch: target });
        }
        // A repeat must match in source too: the same root with another source means the caller's numbers are
        // wrong, and a signer that cannot trust its inputs should not sign.
        let mut repeat = false;
        for prior in self.attestations.iter().filter(|a| a.target_epoch == target) {
            if prior.signing_root != Some(signing_root) || prior.source_epoch != source {
                return Err(Refusal::DoubleVote { target_epoch: target });
            }
            repeat = true;
        }
        if repeat {
            return Ok(Recorded::Repeat);
        }
        // is_slashable_attestation_data's surround rule, both ways, against every record.
        for prior in &self.attestations {
            let (prior_source, prior_target) = (prior.source_epoch, prior.target_epoch);
            if source < prior_source && target > prior_target {
                return Err(Refusal::Surrounding {
                    source_epoch: source,
                    target_epoch: target,
                    prior_source,
                    prior_target,
                });
            }
            if source > prior_source && target < prior_target {
                return Err(Refusal::Surrounded {
                    source_epoch: source,
                    target_epoch: target,
                    prior_source,
                    prior_target,
                });
            }
        }
        // The minimal watermark (EIP-3076 conditions 4 and 5, with the maxima as its advice for minimal
        // databases says): a source equal to the highest is fine, it is the usual case of one justified
        // checkpoint across several epochs, and cannot surround or be surrounded by anything recorded.
        if let Some(highest) = self.attestations.iter().map(|a| a.source_epoch).max()
            && source < highest
        {
            return Err(Refusal::SourceBelowWatermark { source_epoch: source, highest });
        }
        if let Some(highest) = self.attestations.iter().map(|a| a.target_epoch).max()
            && target <= highest
        {
            return Err(Refusal::TargetNotAboveWatermark { target_epoch: target, highest });
        }
        Ok(Recorded::New)
    }
}

/// The slashing-protection store of one chain: every validator's history, persisted to one JSON file.
#[derive(Debug)]
pub struct SlashingProtection {
    path: PathBuf,
    genesis_validators_root: [u8; 32],
    validators: Histories,
}

/// Every validator's history, by public key.
type Histories = BTreeMap<[u8; 48], History>;

impl SlashingProtection {
    /// Opens the store at `path` for the chain of `genesis_validators_root`, creating an empty one if there is
    /// no file. An existing file for another chain, or one that cannot be read, is an error: starting empty
    /// over it would forget what was signed.
    pub fn open(path: impl Into<PathBuf>, genesis_validators_root: [u8; 32]) -> Result<Self, Error> {
        let path = path.into();
        let text = match fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(Error::Invalid(format!(
                    "cannot read the slashing-protection file {}: {e}",
                    path.display()
                )));
            }
        };
        let mut store = Self { path, genesis_validators_root, validators: BTreeMap::new() };
        match text {
            Some(text) => {
                let (root, validators) = parse_interchange(&text).map_err(|e| {
                    Error::Invalid(format!("the slashing-protection file {} {e}", store.path.display()))
                })?;
                store.refuse_other_chain(root)?;
                store.validators = validators;
            }
            // Written now so that an unwritable place fails at start, not at the first duty.
            None => store.save()?,
        }
        Ok(store)
    }

    /// The file it lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The chain it belongs to.
    pub fn genesis_validators_root(&self) -> [u8; 32] {
        self.genesis_validators_root
    }

    /// The history of `pubkey`, if it has one.
    pub fn history(&self, pubkey: &[u8; 48]) -> Option<&History> {
        self.validators.get(pubkey)
    }

    /// Checks that `pubkey` may sign the block at `slot` with `signing_root` and, if so, records it on disk
    /// before returning: sign only on Ok. A refusal says why; a failed write is an error and records nothing.
    pub fn check_and_record_block(
        &mut self,
        pubkey: [u8; 48],
        slot: u64,
        signing_root: [u8; 32],
    ) -> Result<Recorded, Error> {
        let before = self.validators.get(&pubkey).cloned();
        let outcome = before
            .as_ref()
            .map_or(Ok(Recorded::New), |h| h.check_block(slot, signing_root))
            .map_err(|reason| refused(&pubkey, reason))?;
        if outcome == Recorded::Repeat {
            return Ok(outcome);
        }
        self.validators.entry(pubkey).or_default().add_block(SignedBlock { slot, signing_root: Some(signing_root) });
        self.save_or_restore(pubkey, before)?;
        Ok(outcome)
    }

    /// Checks that `pubkey` may sign the attestation `source` -> `target` with `signing_root` and, if so,
    /// records it on disk before returning: sign only on Ok. A refusal says why; a failed write is an error and
    /// records nothing.
    pub fn check_and_record_attestation(
        &mut self,
        pubkey: [u8; 48],
        source: u64,
        target: u64,
        signing_root: [u8; 32],
    ) -> Result<Recorded, Error> {
        let before = self.validators.get(&pubkey).cloned();
        // An unknown validator has an empty history, against which only source > target can be refused.
        let outcome = before
            .clone()
            .unwrap_or_default()
            .check_attestation(source, target, signing_root)
            .map_err(|reason| refused(&pubkey, reason))?;
        if outcome == Recorded::Repeat {
            return Ok(outcome);
        }
        let record = SignedAttestation { target_epoch: target, source_epoch: source, signing_root: Some(signing_root) };
        self.validators.entry(pubkey).or_default().add_attestation(record);
        self.save_or_restore(pubkey, before)?;
        Ok(outcome)
    }

    /// The whole store as an EIP-3076 interchange (version 5) for `genesis_validators_root`, which must be the
    /// store's: an export labelled with another chain would protect nothing where it is imported.
    pub fn export(&self, genesis_validators_root: [u8; 32]) -> Result<String, Error> {
        self.refuse_other_chain(genesis_validators_root)?;
        self.interchange_text()
    }

    /// Merges an EIP-3076 interchange (version 5, this store's chain) into the store and saves it. Everything
    /// is validated before anything is merged, so a bad file changes nothing. Records already present are
    /// skipped, which makes importing an export of this store a no-op.
    pub fn import(&mut self, text: &str) -> Result<Imported, Error> {
        let (root, incoming) = parse_interchange(text).map_err(|e| Error::Invalid(format!("the interchange {e}")))?;
        self.refuse_other_chain(root)?;
        let before = self.validators.clone();
        let mut imported = Imported::default();
        for (pubkey, history) in incoming {
            let mine = self.validators.entry(pubkey).or_insert_with(|| {
                imported.new_validators += 1;
                History::default()
            });
            for block in history.blocks {
                imported.new_blocks += usize::from(mine.add_block(block));
            }
            for attestation in history.attestations {
                imported.new_attestations += usize::from(mine.add_attestation(attestation));
            }
        }
        if imported != Imported::default()
            && let Err(e) = self.save()
        {
            self.validators = before;
            return Err(e);
        }
        Ok(imported)
    }

    fn refuse_other_chain(&self, root: [u8; 32]) -> Result<(), Error> {
        if root == self.genesis_validators_root {
            return Ok(());
        }
        Err(Error::Invalid(format!(
            "the genesis_validators_root 0x{} is not this store's 0x{}: slashing protection of different chains must not be mixed",
            to_hex(&root),
            to_hex(&self.genesis_validators_root)
        )))
    }

    fn interchange_text(&self) -> Result<String, Error> {
        let data = self
            .validators
            .iter()
            .map(|(pubkey, history)| InterchangeValidator {
                pubkey: format!("0x{}", to_hex(pubkey)),
                signed_blocks: history
                    .blocks
                    .iter()
                    .map(|b| InterchangeBlock { slot: b.slot.to_string(), signing_root: b.signing_root.map(root_hex) })
                    .collect(),
                signed_attestations: history
                    .attestations
                    .iter()
                    .map(|a| InterchangeAttestation {
                        source_epoch: a.source_epoch.to_string(),
                        target_epoch: a.target_epoch.to_string(),
                        signing_root: a.signing_root.map(root_hex),
                    })
                    .collect(),
            })
            .collect();
        let interchange = Interchange {
            metadata: Metadata {
                interchange_format_version: INTERCHANGE_FORMAT_VERSION.to_string(),
                genesis_validators_root: root_hex(self.genesis_validators_root),
            },
            data,
        };
        serde_json::to_string_pretty(&interchange)
            .map(|text| text + "\n")
            .map_err(|e| Error::Invalid(format!("cannot write the slashing-protection interchange: {e}")))
    }

    /// Saves; if that fails, puts `pubkey`'s history back as it was, so memory never claims more than the disk.
    fn save_or_restore(&mut self, pubkey: [u8; 48], before: Option<History>) -> Result<(), Error> {
        let saved = self.save();
        if saved.is_err() {
            match before {
                Some(history) => self.validators.insert(pubkey, history),
                None => self.validators.remove(&pubkey),
            };
        }
        saved
    }

    /// Writes the store atomically: a temporary file in the same directory (so the rename cannot cross file
    /// systems), fsynced, renamed over the store, then the directory fsynced so the rename itself survives a
    /// crash. A reader sees the old file or the new one, never half of one.
    fn save(&self) -> Result<(), Error> {
        let text = self.interchange_text()?;
        let fail = |what: &str, e: std::io::Error| {
            Error::Invalid(format!("cannot {what} the slashing-protection file {}: {e}", self.path.display()))
        };
        let name = self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.is_empty() {
            return Err(Error::Invalid(format!("the slashing-protection path {} names no file", self.path.display())));
        }
        let dir = match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let written = (|| {
            let mut file = fs::File::create(&temp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&temp);
            return Err(fail("write", e));
        }
        if let Err(e) = fs::rename(&temp, &self.path) {
            let _ = fs::remove_file(&temp);
            return Err(fail("replace", e));
        }
        // Directories can be opened and fsynced on Unix only; elsewhere the rename is as durable as it gets.
        #[cfg(unix)]
        fs::File::open(&dir).and_then(|d| d.sync_all()).map_err(|e| fail("sync the directory of", e))?;
        Ok(())
    }
}

fn refused(pubkey: &[u8; 48], reason: Refusal) -> Error {
    Error::Invalid(format!("refusing to sign for validator 0x{}: {reason}", to_hex(pubkey)))
}

fn root_hex(root: [u8; 32]) -> String {
    format!("0x{}", to_hex(&root))
}

/// EIP-3076 interchange, version 5. Unknown fields are ignored so that clients adding their own still import.
#[derive(Debug, Serialize, Deserialize)]
struct Interchange {
    metadata: Metadata,
    data: Vec<InterchangeValidator>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Metadata {
    interchange_format_version: String,
    genesis_validators_root: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct InterchangeValidator {
    pubkey: String,
    signed_blocks: Vec<InterchangeBlock>,
    signed_attestations: Vec<InterchangeAttestation>,
}

#[derive(Debug, Serialize, Deserialize)]
struct InterchangeBlock {
    slot: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signing_root: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct InterchangeAttestation {
    source_epoch: String,
    target_epoch: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signing_root: Option<String>,
}

/// The chain and histories of an interchange text, every field checked; errors read after "the interchange".
fn parse_interchange(text: &str) -> Result<([u8; 32], Histories), Error> {
    let interchange: Interchange =
        serde_json::from_str(text).map_err(|e| Error::Invalid(format!("is not EIP-3076 JSON: {e}")))?;
    let version = interchange.metadata.interchange_format_version.trim();
    if version != INTERCHANGE_FORMAT_VERSION {
        return Err(Error::Invalid(format!(
            "has interchange_format_version \"{version}\"; only version \"{INTERCHANGE_FORMAT_VERSION}\" (EIP-3076) is supported"
        )));
    }
    let bad = |e: Error| Error::Invalid(format!("is invalid: {e}"));
    let root = from_hex::<32>(&interchange.metadata.genesis_validators_root, "genesis_validators_root").map_err(bad)?;
    let mut validators = Histories::new();
    for entry in interchange.data {
        let pubkey = from_hex::<48>(&entry.pubkey, "a pubkey").map_err(bad)?;
        let history = validators.entry(pubkey).or_default();
        for block in entry.signed_blocks {
            let slot = decimal(&block.slot, "slot").map_err(bad)?;
            let signing_root = optional_root(block.signing_root.as_deref()).map_err(bad)?;
            history.add_block(SignedBlock { slot, signing_root });
        }
        for attestation in entry.signed_attestations {
            let source_epoch = decimal(&attestation.source_epoch, "source_epoch").map_err(bad)?;
            let target_epoch = decimal(&attestation.target_epoch, "target_epoch").map_err(bad)?;
            let signing_root = optional_root(attestation.signing_root.as_deref()).map_err(bad)?;
            history.add_attestation(SignedAttestation { target_epoch, source_epoch, signing_root });
        }
    }
    Ok((root, validators))
}

/// A u64 written as EIP-3076 writes numbers: a string of decimal digits (no sign, no spaces).
fn decimal(text: &str, what: &str) -> Result<u64, Error> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::Invalid(format!("the {what} \"{text}\" is not a decimal number")));
    }
    text.parse().map_err(|_| Error::Invalid(format!("the {what} \"{text}\" is too large")))
}

/// A signing root; all zeros counts as absent, the "null" root some clients write for an unknown one (EIP-3076
/// suggests it), so it can never vouch for a repeat signing.
fn optional_root(text: Option<&str>) -> Result<Option<[u8; 32]>, Error> {
    let Some(text) = text else { return Ok(None) };
    let root = from_hex::<32>(text, "a signing_root")?;
    Ok((root != [0; 32]).then_some(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The genesis_validators_root of EIP-3076's example interchange.
    const EIP_ROOT: &str = "0x04700007fabc8282644aed6d1c7c9e21d38a03a0c4ba193f3afe428824b3a673";
    const PUBKEY: [u8; 48] = [0xaa; 48];

    /// The "Example JSON Instance" of EIP-3076 (https://eips.ethereum.org/EIPS/eip-3076), as published.
    const EIP_EXAMPLE: &str = r#"{
  "metadata": {
    "interchange_format_version": "5",
    "genesis_validators_root": "0x04700007fabc8282644aed6d1c7c9e21d38a03a0c4ba193f3afe428824b3a673"
  },
  "data": [
    {
      "pubkey": "0xb845089a1457f811bfc000588fbb4e713669be8ce060ea6be3c6ece09afc3794106c91ca73acda5e5457122d58723bed",
      "signed_blocks": [
        {
          "slot": "81952",
          "signing_root": "0x4ff6f743a43f3b4f95350831aeaf0a122a1a392922c45d804280284a69eb850b"
        },
        {
          "slot": "81951"
        }
      ],
      "signed_attestations": [
        {
          "source_epoch": "2290",
          "target_epoch": "3007",
          "signing_root": "0x587d6a4f59a58fe24f406e0502413e77fe1babddee641fda30034ed37ecc884d"
        },
        {
          "source_epoch": "2290",
          "target_epoch": "3008"
        }
      ]
    }
  ]
}"#;

    /// A directory of its own under the system's temporary directory, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default();
            let dir = std::env::temp_dir().join(format!("stkr-slashing-{name}-{}-{nanos}", std::process::id()));
            fs::create_dir_all(&dir).expect("temp dir");
            Self(dir)
        }

        fn file(&self) -> PathBuf {
            self.0.join("slashing-protection.json")
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn eip_root() -> [u8; 32] {
        from_hex(EIP_ROOT, "root").expect("hex")
    }

    fn root(n: u8) -> [u8; 32] {
        [n; 32]
    }

    fn refusal(result: Result<Recorded, Error>) -> String {
        let message = result.expect_err("must be refused").to_string();
        assert!(!message.contains('\n'), "one line: {message}");
        message
    }

    fn open(dir: &TempDir) -> SlashingProtection {
        SlashingProtection::open(dir.file(), eip_root()).expect("opens")
    }

    #[test]
    fn a_double_vote_is_refused_and_an_identical_repeat_is_not() {
        let dir = TempDir::new("double-vote");
        let mut store = open(&dir);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 1, 2, root(1)).expect("first"), Recorded::New);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 1, 2, root(1)).expect("repeat"), Recorded::Repeat);
        let message = refusal(store.check_and_record_attestation(PUBKEY, 1, 2, root(2)));
        assert!(message.contains("double vote") && message.contains("target epoch 2"), "{message}");
        // The same root claimed with another source is not a repeat: the caller's numbers are wrong.
        assert!(refusal(store.check_and_record_attestation(PUBKEY, 0, 2, root(1))).contains("double vote"));
        assert!(refusal(store.check_and_record_attestation(PUBKEY, 3, 2, root(3))).contains("after the target"));
        // Another validator is not affected.
        assert_eq!(store.check_and_record_attestation([0xbb; 48], 1, 2, root(2)).expect("other key"), Recorded::New);
        assert_eq!(store.history(&PUBKEY).expect("history").attestations.len(), 1);
    }

    #[test]
    fn surrounding_and_surrounded_votes_are_refused() {
        let dir = TempDir::new("surround");
        let mut store = open(&dir);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 3, 4, root(1)).expect("first"), Recorded::New);
        let message = refusal(store.check_and_record_attestation(PUBKEY, 2, 5, root(2)));
        assert!(message.contains("would surround the vote 3->4"), "{message}");

        let wide = [0xcc; 48];
        assert_eq!(store.check_and_record_attestation(wide, 1, 10, root(1)).expect("wide vote"), Recorded::New);
        let message = refusal(store.check_and_record_attestation(wide, 2, 5, root(2)));
        assert!(message.contains("would be surrounded by the vote 1->10"), "{message}");

        // Neither: the next epoch with the same source, and then a newer source.
        assert_eq!(store.check_and_record_attestation(PUBKEY, 3, 5, root(3)).expect("next"), Recorded::New);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 5, 6, root(4)).expect("next"), Recorded::New);
        // Not slashable but below the watermark (the minimal strategy): an older target, an older source.
        assert!(refusal(store.check_and_record_attestation(PUBKEY, 5, 5, root(5))).contains("double vote"));
        let message = refusal(store.check_and_record_attestation(PUBKEY, 1, 3, root(6)));
        assert!(message.contains("source epoch 1 is below 5"), "{message}");
    }

    #[test]
    fn a_double_proposal_is_refused_and_an_identical_block_may_be_signed_again() {
        let dir = TempDir::new("blocks");
        let mut store = open(&dir);
        assert_eq!(store.check_and_record_block(PUBKEY, 10, root(1)).expect("first"), Recorded::New);
        assert_eq!(store.check_and_record_block(PUBKEY, 10, root(1)).expect("repeat"), Recorded::Repeat);
        let message = refusal(store.check_and_record_block(PUBKEY, 10, root(2)));
        assert!(message.contains("double proposal") && message.contains("slot 10"), "{message}");
        assert!(message.starts_with(&format!("refusing to sign for validator 0x{}", to_hex(&PUBKEY))), "{message}");
        let message = refusal(store.check_and_record_block(PUBKEY, 9, root(3)));
        assert!(message.contains("slot 9 is not above slot 10"), "{message}");
        assert_eq!(store.check_and_record_block(PUBKEY, 11, root(4)).expect("next"), Recorded::New);
        assert_eq!(store.history(&PUBKEY).expect("history").blocks.len(), 2);
    }

    #[test]
    fn a_restart_still_refuses_and_another_chain_is_refused() {
        let dir = TempDir::new("restart");
        {
            let mut store = open(&dir);
            assert_eq!(store.check_and_record_block(PUBKEY, 100, root(1)).expect("block"), Recorded::New);
            assert_eq!(store.check_and_record_attestation(PUBKEY, 2, 3, root(2)).expect("vote"), Recorded::New);
        }
        let mut store = open(&dir);
        assert!(refusal(store.check_and_record_block(PUBKEY, 100, root(9))).contains("double proposal"));
        assert!(refusal(store.check_and_record_attestation(PUBKEY, 2, 3, root(9))).contains("double vote"));
        assert_eq!(store.check_and_record_block(PUBKEY, 100, root(1)).expect("repeat"), Recorded::Repeat);
        // Only the store is left in the directory: the temporary file was renamed over it.
        let names: Vec<_> = fs::read_dir(&dir.0).expect("dir").filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("slashing-protection.json")]);

        let message = SlashingProtection::open(dir.file(), root(7)).expect_err("another chain").to_string();
        assert!(message.contains("must not be mixed") && !message.contains('\n'), "{message}");
        // A damaged file is an error, never an empty store.
        fs::write(dir.file(), "{ not json").expect("write");
        let message = SlashingProtection::open(dir.file(), eip_root()).expect_err("damaged").to_string();
        assert!(message.contains("slashing-protection.json is not EIP-3076 JSON"), "{message}");
    }

    #[test]
    fn a_failed_write_is_an_error_and_records_nothing() {
        let dir = TempDir::new("unwritable");
        let mut store = open(&dir);
        assert_eq!(store.check_and_record_block(PUBKEY, 1, root(1)).expect("block"), Recorded::New);
        // With its directory gone the store cannot be written, even by root: no Ok, so nothing gets signed.
        fs::remove_dir_all(&dir.0).expect("remove");
        let message = store.check_and_record_block(PUBKEY, 2, root(2)).expect_err("unwritable").to_string();
        assert!(message.starts_with("cannot write the slashing-protection file"), "{message}");
        assert!(store.check_and_record_attestation([0xdd; 48], 1, 2, root(3)).is_err());
        assert!(store.import(EIP_EXAMPLE).is_err());
        assert_eq!(store.history(&PUBKEY).expect("history").blocks.len(), 1);
        assert!(store.history(&[0xdd; 48]).is_none());
        assert_eq!(store.validators.len(), 1, "the failed import was undone");
    }

    #[test]
    fn export_then_import_round_trips_and_importing_again_changes_nothing() {
        let first = TempDir::new("export");
        let mut store = open(&first);
        assert_eq!(store.check_and_record_block(PUBKEY, 5, root(1)).expect("block"), Recorded::New);
        assert_eq!(store.check_and_record_block(PUBKEY, 6, root(2)).expect("block"), Recorded::New);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 0, 1, root(3)).expect("vote"), Recorded::New);
        assert_eq!(store.check_and_record_attestation(PUBKEY, 1, 2, root(4)).expect("vote"), Recorded::New);
        assert_eq!(store.check_and_record_attestation([0xbb; 48], 0, 2, root(5)).expect("vote"), Recorded::New);
        let exported = store.export(eip_root()).expect("export");
        assert!(exported.contains(r#""slot": "6""#) && exported.contains(r#""interchange_format_version": "5""#));
        assert!(store.export(root(7)).is_err(), "an export labelled with another chain");

        let second = TempDir::new("import");
        let mut other = open(&second);
        let imported = other.import(&exported).expect("import");
        assert_eq!(imported, Imported { new_validators: 2, new_blocks: 2, new_attestations: 3 });
        assert_eq!(other.export(eip_root()).expect("export"), exported);

        let on_disk = fs::read_to_string(first.file()).expect("file");
        assert_eq!(store.import(&exported).expect("again"), Imported::default());
        assert_eq!(store.export(eip_root()).expect("export"), exported);
        assert_eq!(fs::read_to_string(first.file()).expect("file"), on_disk);
        // And the imported store survives a restart.
        drop(other);
        assert_eq!(open(&second).export(eip_root()).expect("export"), exported);
    }

    #[test]
    fn the_eip_example_imports_and_its_watermark_holds() {
        let dir = TempDir::new("eip");
        let mut store = open(&dir);
        let imported = store.import(EIP_EXAMPLE).expect("the EIP's example imports");
        assert_eq!(imported, Imported { new_validators: 1, new_blocks: 2, new_attestations: 2 });
        let pubkey: [u8; 48] = from_hex(
            "0xb845089a1457f811bfc000588fbb4e713669be8ce060ea6be3c6ece09afc3794106c91ca73acda5e5457122d58723bed",
            "pubkey",
        )
        .expect("hex");
        let block_root: [u8; 32] =
            from_hex("0x4ff6f743a43f3b4f95350831aeaf0a122a1a392922c45d804280284a69eb850b", "root").expect("hex");
        let vote_root: [u8; 32] =
            from_hex("0x587d6a4f59a58fe24f406e0502413e77fe1babddee641fda30034ed37ecc884d", "root").expect("hex");

        // Blocks: the identical imported block may be signed again; nothing else at or below slot 81952.
        assert_eq!(store.check_and_record_block(pubkey, 81952, block_root).expect("repeat"), Recorded::Repeat);
        assert!(refusal(store.check_and_record_block(pubkey, 81952, root(1))).contains("double proposal"));
        // Slot 81951 was imported without a signing root, so no block there can be shown identical.
        assert!(refusal(store.check_and_record_block(pubkey, 81951, block_root)).contains("double proposal"));
        assert!(refusal(store.check_and_record_block(pubkey, 81900, root(1))).contains("not above slot 81952"));
        assert_eq!(store.check_and_record_block(pubkey, 81953, root(1)).expect("above"), Recorded::New);

        // Attestations: the identical imported one again is fine; the rest at or below the watermark is not.
        assert_eq!(
            store.check_and_record_attestation(pubkey, 2290, 3007, vote_root).expect("repeat"),
            Recorded::Repeat
        );
        assert!(refusal(store.check_and_record_attestation(pubkey, 2290, 3008, root(1))).contains("double vote"));
        let message = refusal(store.check_and_record_attestation(pubkey, 2290, 3006, root(1)));
        assert!(message.contains("target epoch 3006 is not above 3008"), "{message}");
        assert!(refusal(store.check_and_record_attestation(pubkey, 2289, 3009, root(1))).contains("surround"));
        assert_eq!(store.check_and_record_attestation(pubkey, 2290, 3009, root(1)).expect("above"), Recorded::New);

        // Importing the example again adds nothing.
        assert_eq!(store.import(EIP_EXAMPLE).expect("again"), Imported::default());
    }

    #[test]
    fn a_wrong_version_another_chain_or_a_bad_field_is_refused_and_changes_nothing() {
        let dir = TempDir::new("refuse");
        let mut store = open(&dir);
        let before = fs::read_to_string(dir.file()).expect("file");

        let version4 =
            EIP_EXAMPLE.replace(r#""interchange_format_version": "5""#, r#""interchange_format_version": "4""#);
        let message = store.import(&version4).expect_err("version 4").to_string();
        assert_eq!(
            message,
            r#"the interchange has interchange_format_version "4"; only version "5" (EIP-3076) is supported"#
        );

        let other_chain = EIP_EXAMPLE.replace(&EIP_ROOT[2..], &"11".repeat(32));
        let message = store.import(&other_chain).expect_err("another chain").to_string();
        assert!(!message.contains('\n'), "{message}");
        assert!(
            message.starts_with(&format!(
                "the genesis_validators_root 0x{} is not this store's {EIP_ROOT}",
                "11".repeat(32)
            )),
            "{message}"
        );

        let bad_number = EIP_EXAMPLE.replace(r#""slot": "81951""#, r#""slot": "8195x""#);
        let message = store.import(&bad_number).expect_err("bad slot").to_string();
        assert_eq!(message, r#"the interchange is invalid: the slot "8195x" is not a decimal number"#);

        let short_key = EIP_EXAMPLE.replace("58723bed\"", "\"");
        assert!(store.import(&short_key).expect_err("short pubkey").to_string().contains("must be 48 bytes"));

        assert!(store.history(&PUBKEY).is_none());
        assert_eq!(store.export(eip_root()).expect("export"), before);
        assert_eq!(fs::read_to_string(dir.file()).expect("file"), before);
    }
}
