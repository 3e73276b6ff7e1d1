//! Pure functions over the model: what the views show, computed and tested natively.

pub mod display;
pub mod errors;
pub mod phase;
