//! Every way a load can fail, explained in words with a next step, in English and Chinese. The
//! token is never part of it.

use crate::i18n::Lang;
use crate::model::ApiError;
use crate::model::{ApiErrorBody, BodyError};

/// What the error panel says: a sentence, what to do, and the facts support staff ask for.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub title: String,
    pub next_step: String,
    /// `(label, value)` pairs: HTTP status, error code, message, request id, URL.
    pub facts: Vec<(&'static str, String)>,
    /// The start of a body that was not JSON, shown as text.
    pub body_start: Option<String>,
}

/// A sentence in both UI languages.
type Words = (&'static str, &'static str);

fn pick(lang: Lang, (en, zh): Words) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Zh => zh.to_string(),
    }
}

/// The sentence and action for a known `(HTTP status, error_code)` pair from the API reference.
/// The pair matters: `ModelArts.0210` means three different things under 400, 401 and 403.
fn known_code(status: u16, code: &str) -> Option<(Words, Words)> {
    Some(match (status, code) {
        (401, "ModelArts.0201") => (
            (
                "No access token was sent with the request.",
                "请求中没有访问令牌。",
            ),
            (
                "Sign in again, and check that the proxy forwards X-Auth-Token.",
                "请重新登录，并检查代理是否转发 X-Auth-Token。",
            ),
        ),
        (401, "ModelArts.0202") => (
            ("The access token has expired.", "访问令牌已过期。"),
            (
                "Get a new token; IAM tokens last 24 hours.",
                "请获取新令牌；IAM 令牌有效期为 24 小时。",
            ),
        ),
        (401, "ModelArts.0203") => (
            ("The access token could not be read.", "无法读取访问令牌。"),
            (
                "Paste or issue the token again; it may have been cut off.",
                "请重新粘贴或签发令牌，它可能被截断了。",
            ),
        ),
        (401, "ModelArts.0204") => (
            (
                "The access token could not be parsed.",
                "无法解析访问令牌。",
            ),
            (
                "Issue a fresh project-scoped token.",
                "请签发新的项目级令牌。",
            ),
        ),
        (400, "ModelArts.0204") | (401, "ModelArts.0212") => (
            (
                "The access token is not scoped to a project.",
                "访问令牌没有项目范围。",
            ),
            (
                "Request a token with scope.project for this region's project.",
                "请为该区域的项目申请带 scope.project 的令牌。",
            ),
        ),
        (401, "ModelArts.4127") => (
            ("Token authentication has expired.", "令牌认证已过期。"),
            ("Get a new token.", "请获取新令牌。"),
        ),
        (401, "ModelArts.6201") => (
            ("The cloud account is frozen.", "云账号已被冻结。"),
            (
                "The account owner must check the balance; the viewer cannot fix this.",
                "需要账号所有者检查余额，查看器无法处理。",
            ),
        ),
        (401, "ModelArts.0210") => (
            (
                "The request lacks the apiId header the service expects.",
                "请求缺少服务需要的 apiId 请求头。",
            ),
            (
                "Check that the proxy forwards requests to ModelArts unchanged.",
                "请检查代理是否原样转发请求到 ModelArts。",
            ),
        ),
        (400, "ModelArts.0210") => (
            ("The project ID is not valid.", "项目 ID 无效。"),
            (
                "Check the project ID in the link.",
                "请检查链接中的项目 ID。",
            ),
        ),
        (403, "ModelArts.0108") => (
            (
                "You are not allowed to perform this operation.",
                "您无权执行此操作。",
            ),
            (
                "Ask an administrator for the ModelArts and OBS permissions the message names.",
                "请向管理员申请信息中提到的 ModelArts 和 OBS 权限。",
            ),
        ),
        (401 | 403, "ModelArts.0112") => (
            (
                "A policy blocks this action in this workspace.",
                "此工作空间的策略禁止该操作。",
            ),
            (
                "Ask for access to the workspace or a suitable role.",
                "请申请该工作空间的访问权限或合适的角色。",
            ),
        ),
        (403, "ModelArts.0203") => (
            ("The access token was refused.", "访问令牌被拒绝。"),
            (
                "Issue a token for this account and project again.",
                "请为此账号和项目重新签发令牌。",
            ),
        ),
        (403, "ModelArts.0210") => (
            (
                "The project in the URL does not match the token.",
                "URL 中的项目与令牌不匹配。",
            ),
            (
                "Use a token issued for the same project and region as the link.",
                "请使用与链接相同项目和区域签发的令牌。",
            ),
        ),
        (403, "ModelArts.2785") => (
            (
                "ModelArts has not been authorized for this account.",
                "此账号尚未授权 ModelArts。",
            ),
            (
                "An administrator must grant ModelArts authorization in the console settings.",
                "需要管理员在控制台设置中授予 ModelArts 授权。",
            ),
        ),
        (403, "ModelArts.4116") => (
            ("The account is in arrears.", "账号已欠费。"),
            (
                "Top up or settle the account balance.",
                "请充值或结清账号余额。",
            ),
        ),
        (403, "ModelArts.4118") => (
            ("The account has been suspended.", "账号已被停用。"),
            (
                "Check the account balance with its owner.",
                "请与账号所有者确认余额。",
            ),
        ),
        (404, "ModelArts.2786") => (
            (
                "The project ID in the request differs from the one in the token.",
                "请求中的项目 ID 与令牌中的不一致。",
            ),
            (
                "Fix the project ID, or get a token for that project.",
                "请修正项目 ID，或获取该项目的令牌。",
            ),
        ),
        (404, "ModelArts.2836") => (
            ("The API path does not exist.", "API 路径不存在。"),
            (
                "Check the region's endpoint, the /v2 prefix and the proxy's path rewriting.",
                "请检查区域接口地址、/v2 前缀和代理的路径改写。",
            ),
        ),
        (400, "ModelArts.2775") => (
            (
                "No training job with this ID exists here.",
                "此处不存在该 ID 的训练作业。",
            ),
            (
                "Check the job ID, the project and the region; the job may have been deleted.",
                "请检查作业 ID、项目和区域；作业可能已被删除。",
            ),
        ),
        (429, "ModelArts.2799") => (
            ("Too many requests right now.", "当前请求过多。"),
            ("The viewer slows its polling.", "查看器会降低轮询频率。"),
        ),
        (400, "ModelArts.2818") => (
            (
                "The log file has not been generated yet.",
                "日志文件尚未生成。",
            ),
            ("Try again later.", "请稍后再试。"),
        ),
        (400, "ModelArts.2819") => (
            ("The log file has been cleared.", "日志文件已被清理。"),
            (
                "Logs survive only when an OBS log path was set at creation.",
                "只有创建时设置了 OBS 日志路径，日志才会保留。",
            ),
        ),
        (400, "ModelArts.50004000") => (
            (
                "The service called the request malformed.",
                "服务认为请求格式错误。",
            ),
            ("Check the link's IDs.", "请检查链接中的 ID。"),
        ),
        (500, "ModelArts.0010") => (
            ("ModelArts had an internal error.", "ModelArts 内部错误。"),
            (
                "Retry later; report the time and the request ID.",
                "请稍后重试，并报告时间和请求 ID。",
            ),
        ),
        _ => return None,
    })
}

/// The sentence and action for a status when the body names no known code.
fn by_status(status: u16, retry_after: Option<u32>, lang: Lang) -> (String, String) {
    let zh = lang == Lang::Zh;
    let text = |words: Words| pick(lang, words);
    match status {
        401 => (
            text(("The credentials were refused (HTTP 401).", "凭据被拒绝（HTTP 401）。")),
            text((
                "Enter a new token; behind a proxy that adds credentials, the proxy's credentials were refused.",
                "请输入新令牌；如果由代理添加凭据，则是代理的凭据被拒绝。",
            )),
        ),
        403 => (
            text(("Access to this job is forbidden (HTTP 403).", "禁止访问此作业（HTTP 403）。")),
            text(("Ask an administrator for permission on this project.", "请向管理员申请此项目的权限。")),
        ),
        404 => (
            text(("Nothing was found at this address (HTTP 404).", "此地址没有内容（HTTP 404）。")),
            text(("Check the endpoint, the project ID and that the proxy forwards /v2/.", "请检查接口地址、项目 ID，以及代理是否转发 /v2/。")),
        ),
        429 => (
            text(("Too many requests (HTTP 429).", "请求过多（HTTP 429）。")),
            match (retry_after, zh) {
                (Some(seconds), false) => format!("The server asks to wait {seconds} s before trying again."),
                (Some(seconds), true) => format!("服务器要求等待 {seconds} 秒后再试。"),
                (None, _) => text(("Wait a moment before trying again.", "请稍等片刻再试。")),
            },
        ),
        500..=599 if zh => (format!("服务器或代理出错（HTTP {status}）。"), "请一分钟后重试；如果持续出现，请报告时间和请求 ID。".to_string()),
        500..=599 => (
            format!("The server or the proxy failed (HTTP {status})."),
            "Try again in a minute; if it persists, report the time and the request ID.".to_string(),
        ),
        _ if zh => (format!("请求失败，HTTP {status}。"), "请检查链接和接口。".to_string()),
        _ => (format!("The request failed with HTTP {status}."), "Check the link and the endpoint.".to_string()),
    }
}

fn fact_label(label: Words, lang: Lang) -> &'static str {
    match lang {
        Lang::En => label.0,
        Lang::Zh => label.1,
    }
}

fn body_facts(body: &ApiErrorBody, lang: Lang, facts: &mut Vec<(&'static str, String)>) {
    let fields = [
        (("Error code", "错误码"), body.error_code()),
        (("Message", "信息"), body.error_msg()),
        (("Solution", "解决办法"), body.error_solution()),
        (("Request ID", "请求 ID"), body.request_id()),
    ];
    for (label, field) in fields {
        if let Some(value) = field.filter(|value| !value.is_empty()) {
            facts.push((fact_label(label, lang), value.clone()));
        }
    }
}

/// Explains a failed load in the UI's language.
pub fn explain(error: &ApiError, lang: Lang) -> Explanation {
    let text = |words: Words| pick(lang, words);
    let zh = lang == Lang::Zh;
    let mut facts = Vec::new();
    let mut body_start = None;
    let not_modelarts = (
        "Check that the endpoint is a ModelArts API or a proxy to one.",
        "请确认该接口是 ModelArts API 或其代理。",
    );
    let (title, next_step) = match error {
        ApiError::Network { .. } => (
            text(("The browser could not reach the endpoint.", "浏览器无法访问该接口。")),
            text((
                "Check the network. ModelArts does not send CORS headers, so a browser can only reach it through a proxy on the viewer's own origin: configure one in config.json.",
                "请检查网络。ModelArts 不返回 CORS 响应头，浏览器只能通过与查看器同源的代理访问它：请在 config.json 中配置代理。",
            )),
        ),
        ApiError::Timeout { seconds, .. } => (
            if zh { format!("接口在 {seconds} 秒内没有响应。") } else { format!("The endpoint did not answer within {seconds} s.") },
            text((
                "Try again; if it keeps happening, check the proxy or raise timeout_seconds in config.json.",
                "请重试；如果持续出现，请检查代理或在 config.json 中调大 timeout_seconds。",
            )),
        ),
        ApiError::UnknownEndpoint { name } => (
            if zh {
                format!("链接指定的接口“{name}”不在此查看器的配置中。")
            } else {
                format!("The link names an endpoint called \"{name}\", which this viewer's configuration does not have.")
            },
            text((
                "Pick one of the configured endpoints. A link can only choose an endpoint by name, never add one.",
                "请选择已配置的接口。链接只能按名称选择接口，不能添加接口。",
            )),
        ),
        ApiError::Http { status, body, retry_after, .. } => {
            facts.push((fact_label(("HTTP status", "HTTP 状态"), lang), status.to_string()));
            let known = body.as_ref().and_then(|body| {
                if body.is_gateway_auth_failure() {
                    return Some((
                        ("The API gateway rejected the credentials.", "API 网关拒绝了凭据。"),
                        (
                            "Enter a new token (or fix the proxy's credentials); after repeated AK/SK failures, wait 5 minutes.",
                            "请输入新令牌（或修正代理的凭据）；AK/SK 多次失败后需等待 5 分钟。",
                        ),
                    ));
                }
                known_code(*status, body.error_code()?)
            });
            if let Some(body) = body {
                body_facts(body, lang, &mut facts);
            }
            match known {
                Some((title, next_step)) if *status == 429 => {
                    (text(title), by_status(429, *retry_after, lang).1 + " " + &text(next_step))
                }
                Some((title, next_step)) => (text(title), text(next_step)),
                None => by_status(*status, *retry_after, lang),
            }
        }
        ApiError::Body { error, .. } => match error {
            BodyError::NotJson { start } => {
                body_start = Some(start.clone());
                (
                    text((
                        "The endpoint answered with something that is not JSON, such as a sign-in page.",
                        "接口返回的不是 JSON，例如一个登录页面。",
                    )),
                    text((
                        "A proxy may be asking you to sign in: open the endpoint in a tab, or check the proxy.",
                        "可能是代理要求登录：请在新标签页中打开该接口，或检查代理。",
                    )),
                )
            }
            BodyError::NotAnObject { found } => (
                if zh {
                    format!("接口返回的 JSON 是 {found}，不是作业。")
                } else {
                    format!("The endpoint answered with JSON that is {found}, not a job.")
                },
                text(not_modelarts),
            ),
            BodyError::NotAJob { error } => {
                if let Some(body) = error {
                    body_facts(body, lang, &mut facts);
                }
                (
                    text(("The endpoint answered with JSON that is not a training job.", "接口返回的 JSON 不是训练作业。")),
                    text(not_modelarts),
                )
            }
        },
    };
    if !error.url().is_empty() {
        facts.push((
            fact_label(("Request URL", "请求 URL"), lang),
            error.url().to_string(),
        ));
    }
    Explanation {
        title,
        next_step,
        facts,
        body_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_error_text;

    fn http(status: u16, body: &str) -> ApiError {
        ApiError::Http {
            url: "https://h/v2/p/training-jobs/j".into(),
            status,
            body: parse_error_text(body).map(Box::new),
            retry_after: None,
        }
    }

    #[test]
    fn the_same_code_means_different_things_under_different_statuses() {
        let body = r#"{"error_code":"ModelArts.0210","error_msg":"x"}"#;
        assert!(explain(&http(400, body), Lang::En)
            .title
            .contains("project ID is not valid"));
        assert!(explain(&http(401, body), Lang::En).title.contains("apiId"));
        assert!(explain(&http(403, body), Lang::En)
            .title
            .contains("does not match the token"));
    }

    #[test]
    fn job_not_found_is_a_400_and_says_so() {
        let explanation = explain(
            &http(
                400,
                r#"{"error_code":"ModelArts.2775","error_msg":"TrainingJobNotFound"}"#,
            ),
            Lang::En,
        );
        assert_eq!(
            explanation.title,
            "No training job with this ID exists here."
        );
        assert!(explanation
            .facts
            .contains(&("Error code", "ModelArts.2775".into())));
        assert!(explanation.facts.contains(&("HTTP status", "400".into())));
        assert!(explanation
            .facts
            .contains(&("Request URL", "https://h/v2/p/training-jobs/j".into())));
    }

    #[test]
    fn gateway_auth_failures_show_the_request_id() {
        let body = include_str!("../../tests/fixtures/apig_0301.json");
        let explanation = explain(&http(401, body), Lang::En);
        assert!(explanation.title.contains("gateway rejected"));
        assert!(explanation
            .facts
            .iter()
            .any(|(label, _)| *label == "Request ID"));
    }

    #[test]
    fn retry_after_is_honoured_in_words() {
        let error = ApiError::Http {
            url: "u".into(),
            status: 429,
            body: None,
            retry_after: Some(30),
        };
        assert!(explain(&error, Lang::En).next_step.contains("30 s"));
    }

    #[test]
    fn every_status_family_has_its_own_sentence() {
        let titles: Vec<String> = [401, 403, 404, 429, 500, 502, 418]
            .into_iter()
            .map(|status| explain(&http(status, ""), Lang::En).title)
            .collect();
        let mut unique = titles.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), titles.len(), "{titles:?}");
        assert!(titles[5].contains("502"), "{titles:?}");
    }

    #[test]
    fn explanations_follow_the_ui_language() {
        let body = r#"{"error_code":"ModelArts.2775","error_msg":"x"}"#;
        let explanation = explain(&http(400, body), Lang::Zh);
        assert_eq!(explanation.title, "此处不存在该 ID 的训练作业。");
        assert!(explanation
            .facts
            .contains(&("错误码", "ModelArts.2775".into())));
    }

    #[test]
    fn network_failures_mention_cors_and_a_proxy() {
        let next_step = explain(&ApiError::Network { url: "u".into() }, Lang::En).next_step;
        assert!(next_step.contains("CORS") && next_step.contains("proxy"));
    }
}
