//! The app's state and how it changes: jobs as loaded, when to load again, and the User Timing
//! measures of each load.

pub mod loaded;
pub mod refresh;
pub mod timing;
