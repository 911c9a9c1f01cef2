//! Frame render time of every tab with 500 pools at 160×48 on `TestBackend` (`make bench`); exits 1 when a
//! tab misses the target of one frame well inside a 60 Hz refresh.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::{Duration, Instant};

use ratatui::{Terminal, backend::TestBackend};
use stkr_tui::{
    app::{StakingList, Tab},
    fixture, ui,
};

const POOLS: usize = 500;
const FRAMES: usize = 200;
const TARGET: Duration = Duration::from_millis(8);

fn main() {
    let mut app = fixture::app(POOLS);
    let mut terminal = match Terminal::new(TestBackend::new(160, 48)) {
        Ok(terminal) => terminal,
        Err(e) => {
            eprintln!("no test terminal: {e}");
            std::process::exit(2);
        }
    };
    println!("{:<34} {:>6} {:>8} {:>8} {:>10}", "frame (160x48)", "pools", "p50 ms", "max ms", "target ms");
    let mut missed = Vec::new();
    for tab in Tab::ALL {
        app.tab = tab;
        app.staking_list = StakingList::Pools;
        // Select a pool far down the list, so the table scrolls as it would.
        app.selected.pool = POOLS - 10;
        let mut samples = Vec::with_capacity(FRAMES);
        for _ in 0..FRAMES {
            let start = Instant::now();
            if let Err(e) = terminal.draw(|frame| ui::draw(frame, &app)) {
                eprintln!("drawing failed: {e}");
                std::process::exit(2);
            }
            samples.push(start.elapsed());
        }
        samples.sort();
        let p50 = samples[FRAMES / 2];
        let max = samples[FRAMES - 1];
        let ok = p50 <= TARGET;
        println!(
            "{:<34} {:>6} {:>8.3} {:>8.3} {:>10.0}  {}",
            format!("draw the {} tab", tab.title()),
            POOLS,
            p50.as_secs_f64() * 1e3,
            max.as_secs_f64() * 1e3,
            TARGET.as_secs_f64() * 1e3,
            if ok { "ok" } else { "MISSED" }
        );
        if !ok {
            missed.push(tab.title());
        }
    }
    if !missed.is_empty() {
        eprintln!("frame time target missed on: {}", missed.join(", "));
        std::process::exit(1);
    }
}
