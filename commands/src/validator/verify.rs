//! `stkr validator verify`: check a deposit data file before it is used.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use eyre::Result;
use serde::Serialize;
use stkr_core::network::{DEPOSIT_CHAINS, Network};
use stkr_core::{
    Error,
    output::{Render, Style},
};
use stkr_validator::{deposit, deposit::Expectations};

use crate::{Context, validator::files::read_text};

/// What `verify` found in one file.
#[derive(Debug, Serialize)]
pub(super) struct FileReport {
    pub(super) file: PathBuf,
    pub(super) deposits: usize,
    pub(super) valid: bool,
    pub(super) problems: Vec<String>,
}

/// What `verify` found in every file: valid only when each one is.
#[derive(Debug, Serialize)]
pub(super) struct VerifyReport {
    pub(super) valid: bool,
    /// Deposits across the files.
    pub(super) deposits: usize,
    pub(super) files: Vec<FileReport>,
}

impl Render for VerifyReport {
    fn render(&self, style: &Style) -> String {
        // A file with problems has them on stderr, one a line; stdout says which files check out.
        self.files
            .iter()
            .filter(|f| f.valid)
            .map(|f| {
                style.good(&format!(
                    "{}: {} deposit(s), every field, root and BLS signature checks out",
                    f.file.display(),
                    f.deposits
                ))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Check one file: its deposits and problems, or why it could not be checked at all.
fn check(file: &Path, expect: &Expectations) -> Result<FileReport, Error> {
    let name = file.display().to_string();
    let text = read_text(file, "deposit data file")?;
    let (deposits, problems) =
        deposit::check_file(&text, *expect).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    Ok(FileReport { file: file.to_path_buf(), deposits, valid: problems.is_empty(), problems })
}

pub(super) fn verify(
    ctx: &Context,
    files: &[PathBuf],
    chain: Option<Network>,
    withdrawal_address: Option<Address>,
) -> Result<()> {
    let expect = Expectations {
        known: &DEPOSIT_CHAINS,
        chain: chain.map(Network::deposit_chain),
        withdrawal_address: withdrawal_address.map(|a| a.0.0),
    };
    let mut reports = Vec::with_capacity(files.len());
    for file in files {
        match check(file, &expect) {
            Ok(report) => reports.push(report),
            // One file alone: its error is the answer. Among several, it is that file's problem and the
            // others are still checked.
            Err(e) if files.len() == 1 => return Err(e.into()),
            Err(e) => {
                let problem = e.to_string();
                let problem = problem.strip_prefix(&format!("{}: ", file.display())).unwrap_or(&problem).to_string();
                reports.push(FileReport { file: file.clone(), deposits: 0, valid: false, problems: vec![problem] });
            }
        }
    }
    let report = VerifyReport {
        valid: reports.iter().all(|r| r.valid),
        deposits: reports.iter().map(|r| r.deposits).sum(),
        files: reports,
    };
    if ctx.out.json() || report.files.iter().any(|f| f.valid) {
        ctx.out.result(&report)?;
    }
    if report.valid {
        return Ok(());
    }
    if !ctx.out.json() {
        let mut stderr = std::io::stderr().lock();
        for file in report.files.iter().filter(|f| !f.valid) {
            for problem in &file.problems {
                let _ = writeln!(stderr, "{}: {problem}", file.file.display());
            }
        }
    }
    let bad: Vec<&FileReport> = report.files.iter().filter(|f| !f.valid).collect();
    Err(Error::InvalidInput(match bad.as_slice() {
        [one] => {
            let n = one.problems.len();
            format!(
                "{} has {n} problem{} (listed above); do not deposit it",
                one.file.display(),
                if n == 1 { "" } else { "s" }
            )
        }
        several => format!(
            "{} of {} files have problems (listed above): do not deposit {}",
            several.len(),
            report.files.len(),
            several.iter().map(|f| f.file.display().to_string()).collect::<Vec<_>>().join(", ")
        ),
    })
    .into())
}
