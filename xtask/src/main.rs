//! Regenerates the files stkr derives from its clap tree: shell completions and man pages.
//! `cargo xtask docs` writes them; `cargo xtask check` fails when the checked-in copies are stale;
//! `cargo xtask test` runs every test of the workspace (see `tests.rs`).
//! (Contract artifacts come from `contracts/export-artifacts.js`, which needs no Rust build.)

use std::{
    fs,
    path::{Path, PathBuf},
};

mod tests;

use clap::{CommandFactory, Parser, ValueEnum};
use clap_complete::Shell;
use eyre::{Result, bail};

#[derive(Parser)]
#[command(about = "Regenerate or check the generated files of stkr")]
struct Xtask {
    #[arg(value_enum)]
    task: Task,
    /// For `test`: arguments after `--` go to every test binary (a name filter, `--nocapture`).
    #[arg(last = true)]
    test_args: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Task {
    /// Write completions/ and man/ from the clap tree.
    Docs,
    /// Regenerate into a scratch directory and fail if anything differs from the checked-in copy.
    Check,
    /// Build every test binary, then run the beacon-chain tests beside all the others.
    Test,
}

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or_else(|| eyre::eyre!("xtask has no parent directory"))?
        .to_path_buf();
    let xtask = Xtask::parse();
    match xtask.task {
        Task::Docs => write_docs(&root.join("completions"), &root.join("man")),
        Task::Check => check(&root),
        Task::Test => {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            tests::run(&root, &cargo, &xtask.test_args)
        }
    }
}

fn write_docs(completions: &Path, man: &Path) -> Result<()> {
    fs::create_dir_all(completions)?;
    fs::create_dir_all(man)?;
    // The man pages carry the plain version, not the commit, so they change only when the CLI does.
    let command = stkr::Cli::command().version(env!("CARGO_PKG_VERSION"));
    for shell in Shell::value_variants() {
        let mut cmd = command.clone();
        clap_complete::generate_to(*shell, &mut cmd, "stkr", completions)?;
    }
    clap_mangen::generate_to(command, man)?;
    Ok(())
}

fn check(root: &Path) -> Result<()> {
    let scratch = std::env::temp_dir().join(format!("stkr-xtask-check-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    let (completions, man) = (scratch.join("completions"), scratch.join("man"));
    write_docs(&completions, &man)?;
    let mut stale = differences(&completions, &root.join("completions"))?;
    stale.extend(differences(&man, &root.join("man"))?);
    let _ = fs::remove_dir_all(&scratch);
    if !stale.is_empty() {
        bail!(
            "generated files are stale: {}; run `make generate` and commit the result",
            stale.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    Ok(())
}

/// Files that differ between the freshly generated `fresh` directory and the checked-in `committed` one.
fn differences(fresh: &Path, committed: &Path) -> Result<Vec<PathBuf>> {
    let names = |dir: &Path| -> Result<Vec<String>> {
        let mut names = Vec::new();
        if dir.exists() {
            for entry in fs::read_dir(dir)? {
                names.push(entry?.file_name().to_string_lossy().into_owned());
            }
        }
        Ok(names)
    };
    let mut stale = Vec::new();
    for name in names(fresh)?.into_iter().chain(names(committed)?) {
        let (a, b) = (fresh.join(&name), committed.join(&name));
        if fs::read(&a).ok() != fs::read(&b).ok() && !stale.contains(&b) {
            stale.push(b);
        }
    }
    stale.sort();
    Ok(stale)
}
