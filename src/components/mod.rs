//! One component per file; each reads model and insight values and computes nothing itself.

pub mod error_panel;
pub mod overview_card;
pub mod phase_badge;
