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

/// What `verify` found.
#[derive(Debug, Serialize)]
pub(super) struct VerifyReport {
    pub(super) file: PathBuf,
    pub(super) deposits: usize,
    pub(super) valid: bool,
    pub(super) problems: Vec<String>,
}

impl Render for VerifyReport {
    fn render(&self, style: &Style) -> String {
        style.good(&format!(
            "{}: {} deposit(s), every field, root and BLS signature checks out",
            self.file.display(),
            self.deposits
        ))
    }
}

pub(super) fn verify(
    ctx: &Context,
    file: &Path,
    chain: Option<Network>,
    withdrawal_address: Option<Address>,
) -> Result<()> {
    let name = file.display().to_string();
    let text = read_text(file, "deposit data file")?;
    let expect = Expectations {
        known: &DEPOSIT_CHAINS,
        chain: chain.map(Network::deposit_chain),
        withdrawal_address: withdrawal_address.map(|a| a.0.0),
    };
    let (deposits, problems) =
        deposit::check_file(&text, expect).map_err(|e| Error::InvalidInput(format!("{name}: {e}")))?;
    let report = VerifyReport { file: file.to_path_buf(), deposits, valid: problems.is_empty(), problems };
    if report.valid {
        ctx.out.result(&report)?;
        return Ok(());
    }
    if ctx.out.json() {
        ctx.out.result(&report)?;
    } else {
        let mut stderr = std::io::stderr().lock();
        for problem in &report.problems {
            let _ = writeln!(stderr, "{name}: {problem}");
        }
    }
    let n = report.problems.len();
    Err(Error::InvalidInput(format!(
        "{name} has {n} problem{} (listed above); do not deposit it",
        if n == 1 { "" } else { "s" }
    ))
    .into())
}
