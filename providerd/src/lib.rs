//! The stkr provider daemon (`stkr provider run`): watches the provider's pools and, when one is full, makes its validator key with the guardians and activates it, journaling every step so a crash neither repeats nor loses one.

pub mod commands;
pub mod config;
pub mod daemon;
pub mod metrics;
pub mod money;
pub mod projects;
pub mod supervise;
pub mod template;
pub mod validators;
