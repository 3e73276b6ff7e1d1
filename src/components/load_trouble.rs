//! What a page shows in place of its data when the load needs a token or failed.

use crate::components::{error_panel::ErrorPanel, token_prompt::TokenPrompt};
use crate::model::ApiError;
use crate::state::loader::Stage;
use crate::storage::token::TokenScope;
use leptos::prelude::*;

/// The token prompt when the endpoint needs a token, the error explained when the load failed,
/// with the prompt again after a refused token (401); nothing while loading or once ready, which
/// each page shows its own way.
pub fn load_trouble(
    stage: Stage,
    scope: Option<TokenScope>,
    on_saved: Callback<()>,
) -> Option<AnyView> {
    match stage {
        Stage::Loading | Stage::Ready => None,
        Stage::NeedsToken => {
            scope.map(|scope| view! { <TokenPrompt scope on_saved refused=false/> }.into_any())
        }
        Stage::Failed(error) => {
            let refused = matches!(error, ApiError::Http { status: 401, .. });
            Some(
                view! {
                    <ErrorPanel error/>
                    {scope.filter(|_| refused).map(|scope| view! {
                        <TokenPrompt scope on_saved refused=true/>
                    })}
                }
                .into_any(),
            )
        }
    }
}
