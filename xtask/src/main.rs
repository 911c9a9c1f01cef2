//! Regenerates the files stkr checks in: contract artifacts under `core/artifacts/`, shell completions
//! and man pages. `cargo xtask all` writes them; `cargo xtask check` fails when the checked-in copies are stale.

use std::{
    fs,
    path::{Path, PathBuf},
};

use clap::{CommandFactory, Parser, ValueEnum};
use clap_complete::Shell;
use eyre::{Context, Result, bail};

/// The contracts whose ABI and bytecode the binary embeds, as (source file, contract name).
const CONTRACTS: &[(&str, &str)] = &[
    ("AnkrToken.sol", "AnkrToken"),
    ("AETH.sol", "AETH"),
    ("Parameters.sol", "Parameters"),
    ("Multicall3.sol", "Multicall3"),
];

#[derive(Parser)]
#[command(about = "Regenerate or check the generated files of stkr")]
struct Xtask {
    #[arg(value_enum)]
    task: Task,
}

#[derive(Clone, Copy, ValueEnum)]
enum Task {
    /// Copy ABI + bytecode from contracts/out (run `forge build` first) into core/artifacts.
    Artifacts,
    /// Write completions/ and man/ from the clap tree.
    Docs,
    /// Both of the above.
    All,
    /// Regenerate into a scratch directory and fail if anything differs from the checked-in copy.
    Check,
}

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or_else(|| eyre::eyre!("xtask has no parent directory"))?
        .to_path_buf();
    match Xtask::parse().task {
        Task::Artifacts => write_artifacts(&root, &root.join("core/artifacts")),
        Task::Docs => write_docs(&root.join("completions"), &root.join("man")),
        Task::All => {
            write_artifacts(&root, &root.join("core/artifacts"))?;
            write_docs(&root.join("completions"), &root.join("man"))
        }
        Task::Check => check(&root),
    }
}

/// Keeps only what the binary needs from a forge artifact, in a stable layout so diffs stay small.
fn write_artifacts(root: &Path, dest: &Path) -> Result<()> {
    fs::create_dir_all(dest)?;
    for (file, name) in CONTRACTS {
        let src = root.join("contracts/out").join(file).join(format!("{name}.json"));
        let text = fs::read_to_string(&src)
            .wrap_err_with(|| format!("reading {}; run `forge build` in contracts/ first", src.display()))?;
        let artifact: serde_json::Value = serde_json::from_str(&text)?;
        let trimmed = serde_json::json!({
            "abi": artifact["abi"],
            "bytecode": { "object": artifact["bytecode"]["object"] },
            "deployedBytecode": { "object": artifact["deployedBytecode"]["object"] },
        });
        let mut out = serde_json::to_string_pretty(&trimmed)?;
        out.push('\n');
        fs::write(dest.join(format!("{name}.json")), out)?;
    }
    Ok(())
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
    let (artifacts, completions, man) = (scratch.join("artifacts"), scratch.join("completions"), scratch.join("man"));
    write_artifacts(root, &artifacts)?;
    write_docs(&completions, &man)?;
    let mut stale = Vec::new();
    for (fresh, committed) in
        [(artifacts, root.join("core/artifacts")), (completions, root.join("completions")), (man, root.join("man"))]
    {
        stale.extend(differences(&fresh, &committed)?);
    }
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
    let mut stale = Vec::new();
    let names = |dir: &Path| -> Result<Vec<String>> {
        let mut names = Vec::new();
        if dir.exists() {
            for entry in fs::read_dir(dir)? {
                names.push(entry?.file_name().to_string_lossy().into_owned());
            }
        }
        names.sort();
        Ok(names)
    };
    let (fresh_names, committed_names) = (names(fresh)?, names(committed)?);
    for name in fresh_names.iter().chain(committed_names.iter()) {
        let (a, b) = (fresh.join(name), committed.join(name));
        if fs::read(&a).ok() != fs::read(&b).ok() && !stale.contains(&b) {
            stale.push(b);
        }
    }
    Ok(stale)
}
