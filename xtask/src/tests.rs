//! `cargo xtask test`: every test of the workspace, with the tests that wait on a beacon chain's epochs
//! run beside the rest rather than after it.
//!
//! `cargo test` runs one test binary after another and holds the build directory's lock while they run,
//! so two `cargo test`s cannot overlap. Most of a beacon-chain test's minutes are spent waiting for slots,
//! so this builds every test binary once, then runs each binary named in [`SLOW_LANE`] in a lane of its own
//! beside the main lane (all others), each binary from its package's directory as cargo does. Each
//! binary's output is printed whole when it ends, and every binary runs even after one fails.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

use eyre::{Result, WrapErr, bail};

/// Test binaries (by target name) that mostly wait on a Lodestar chain's slots and epochs.
const SLOW_LANE: &[&str] = &["providerd", "signer"];

/// One test binary cargo built.
struct TestBinary {
    /// Its target name and kind, as cargo prints them (`providerd`, `stkr_core (lib)`).
    label: String,
    executable: PathBuf,
    /// The package's directory: cargo runs a test binary there.
    package_dir: PathBuf,
}

/// What one binary's run printed, and whether it passed.
struct Outcome {
    label: String,
    output: String,
    passed: bool,
}

pub(crate) fn run(root: &Path, cargo: &str, test_args: &[String]) -> Result<()> {
    let binaries = build(root, cargo)?;
    let (slow, main): (Vec<_>, Vec<_>) =
        binaries.into_iter().partition(|b| SLOW_LANE.iter().any(|name| b.label == *name));
    // Each slow binary gets a lane of its own: they wait on slots far more than they compute.
    let outcomes = std::thread::scope(|scope| {
        let slow_lanes: Vec<_> =
            slow.iter().map(|binary| scope.spawn(move || run_lane(std::slice::from_ref(binary), test_args))).collect();
        let mut outcomes = run_lane(&main, test_args);
        for lane in slow_lanes {
            outcomes.extend(lane.join().map_err(|_| eyre::eyre!("a slow test lane panicked"))?);
        }
        Ok::<_, eyre::Report>(outcomes)
    })?;
    let mut failed: Vec<String> = outcomes.iter().filter(|o| !o.passed).map(|o| o.label.clone()).collect();
    // The documentation tests, which have no binary of their own.
    let doc = Command::new(cargo)
        .current_dir(root)
        .args(["test", "--workspace", "--locked", "--doc"])
        .status()
        .wrap_err("running cargo test --doc")?;
    if !doc.success() {
        failed.push("doc tests".into());
    }
    if !failed.is_empty() {
        bail!("test binaries failed: {}", failed.join(", "));
    }
    Ok(())
}

/// Build every test binary of the workspace (`cargo test --no-run`) and list them in cargo's order.
fn build(root: &Path, cargo: &str) -> Result<Vec<TestBinary>> {
    let mut child = Command::new(cargo)
        .current_dir(root)
        .args(["test", "--workspace", "--locked", "--no-run", "--message-format=json-render-diagnostics"])
        .stdout(Stdio::piped())
        .spawn()
        .wrap_err("running cargo test --no-run")?;
    let stdout = child.stdout.take().ok_or_else(|| eyre::eyre!("cargo's output is not piped"))?;
    let mut binaries = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.wrap_err("reading cargo's output")?;
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if message["reason"] != "compiler-artifact" || message["profile"]["test"] != true {
            continue;
        }
        let (Some(executable), Some(name), Some(manifest)) =
            (message["executable"].as_str(), message["target"]["name"].as_str(), message["manifest_path"].as_str())
        else {
            continue;
        };
        let kind = message["target"]["kind"][0].as_str().unwrap_or("test");
        let label = if kind == "test" { name.to_string() } else { format!("{name} ({kind})") };
        let package_dir = Path::new(manifest).parent().map(Path::to_path_buf).unwrap_or_else(|| root.to_path_buf());
        binaries.push(TestBinary { label, executable: executable.into(), package_dir });
    }
    if !child.wait().wrap_err("waiting for cargo")?.success() {
        bail!("the tests did not build");
    }
    Ok(binaries)
}

/// Run `binaries` one after another, printing each one's output whole as it ends.
fn run_lane(binaries: &[TestBinary], test_args: &[String]) -> Vec<Outcome> {
    binaries
        .iter()
        .map(|binary| {
            let outcome = match Command::new(&binary.executable)
                .current_dir(&binary.package_dir)
                .args(test_args)
                .stdin(Stdio::null())
                .output()
            {
                Ok(output) => Outcome {
                    label: binary.label.clone(),
                    output: format!(
                        "{}{}",
                        String::from_utf8_lossy(&output.stdout),
                        String::from_utf8_lossy(&output.stderr)
                    ),
                    passed: output.status.success(),
                },
                Err(e) => Outcome {
                    label: binary.label.clone(),
                    output: format!("cannot run {}: {e}\n", binary.executable.display()),
                    passed: false,
                },
            };
            // One write per binary, so the two lanes' outputs never interleave; a closed stdout loses only
            // the printing, not the run.
            let text = format!("     Running {} ({})\n{}", binary.label, binary.executable.display(), outcome.output);
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
            outcome
        })
        .collect()
}
