//! `stkr dashboard`: the options of the terminal dashboard, handed to `stkr-tui`.

use std::time::Duration;

use alloy::primitives::Address;
use clap::Args;
use eyre::Result;
use stkr_commands::{Context, output::TerminalPrompt};

/// The live dashboard.
#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Follow this address, read-only, instead of --account.
    #[arg(long, value_name = "ADDRESS", value_parser = stkr_core::input::parse_address)]
    address: Option<Address>,
    /// How often to ask the endpoint for a new block.
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_interval)]
    interval: Duration,
    /// Read once as the dashboard refreshes, print what was read (counts only) and exit; no screen.
    #[arg(long, hide = true)]
    once: bool,
}

fn parse_interval(text: &str) -> Result<Duration, String> {
    let millis = match text.strip_suffix("ms") {
        Some(ms) => ms.parse::<u64>().ok(),
        None => text.strip_suffix('s').unwrap_or(text).parse::<u64>().ok().map(|s| s * 1_000),
    };
    match millis {
        Some(ms) if ms >= 100 => Ok(Duration::from_millis(ms)),
        _ => Err(format!("'{text}' is not an interval of at least 100ms, such as 1s, 5s or 500ms")),
    }
}

impl DashboardArgs {
    /// Whether it draws on the terminal (logs must then go to a file).
    pub fn takes_the_screen(&self) -> bool {
        !self.once
    }

    /// Run the dashboard, or one refresh with `--once`.
    pub async fn run(self, ctx: &Context) -> Result<()> {
        let Self { address, interval, once } = self;
        let options = stkr_tui::Options { address, interval };
        if once {
            let summary = stkr_tui::refresh_once(ctx, &options).await?;
            ctx.out.result(&summary)?;
            return Ok(());
        }
        if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            eyre::bail!("the dashboard needs a terminal; for scripts use `stkr status` or `stkr --json ...`");
        }
        // The CLI's prompt asks for the passphrase, before the dashboard takes the screen.
        stkr_tui::run(ctx, options, &TerminalPrompt).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_read_as_people_write_them() {
        assert_eq!(parse_interval("1s"), Ok(Duration::from_secs(1)));
        assert_eq!(parse_interval("5"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_interval("250ms"), Ok(Duration::from_millis(250)));
        assert!(parse_interval("10ms").is_err());
        assert!(parse_interval("soon").is_err());
    }
}
