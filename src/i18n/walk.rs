//! Walks every entry of both tables. The `Strings` pattern below names every field, so a new field
//! does not compile until it is walked here too.

use super::{FinderStrings, Strings, EN, FINDER_EN, FINDER_ZH, ZH};
use crate::config::{Adjusted, ConfigError, ConfigWarning};
use crate::insight::compare::ChangeKind;
use crate::insight::errors::Problem;
use crate::insight::events::Severity;
use crate::insight::facts::Piece;
use crate::insight::hardware::AcceleratorFamily;
use crate::insight::job_list::SortKey;
use crate::insight::metrics::MetricKind;
use crate::insight::phase::{Phase, ANNOTATION_KEYS};
use crate::insight::signatures::{Collective, Device, Signature};
use crate::insight::stages::StageKind;
use crate::insight::status::RecoveryParts;
use crate::insight::triage::{ExitCause, ExitHeadline};
use crate::insight::vocabulary::{ApiEnum, FaultScenario, RecoverAction, RecoverResult};
use crate::model::BodyError;
use crate::route::Section;

/// Sample text arguments carry no Latin letters, so any in a Chinese entry come from the entry.
const NAME: &str = "①";

/// Counts every count entry is called with: English says "1 value" but "0 values" and "2 values".
const COUNTS: [usize; 3] = [0, 1, 2];

/// A sentence as it reads: our words, the API's values and our words for them.
fn pieces_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Ours(text) | Piece::Api(text) => text.as_str(),
            Piece::Named { words, .. } => words,
        })
        .collect()
}

/// Every documented value of one enum field in words, as `(entry(value), words)`.
fn enum_entries<E: ApiEnum>(entry: &str, words: fn(E) -> &'static str) -> Vec<(String, String)> {
    E::ALL
        .iter()
        .map(|&known| {
            (
                format!("{entry}({})", known.api_value()),
                words(known).to_string(),
            )
        })
        .collect()
}

/// Every entry, called with sample arguments, as `(entry name, text)`.
fn entries(s: &Strings) -> Vec<(String, String)> {
    let Strings {
        app_title,
        job_title,
        skip_to_content,
        section_title,
        sections_nav,
        copy,
        copied,
        copy_link,
        reveal,
        hide,
        yes,
        no,
        theme_toggle,
        language_toggle,
        time_mode,
        time_relative,
        time_local,
        time_utc,
        loading_job,
        unnamed_job,
        id,
        kind,
        created,
        started,
        not_started,
        duration,
        user,
        workspace,
        description,
        experiment,
        ai_project,
        retention_time,
        annotations,
        decode_warnings,
        timeline_label,
        segment_waiting,
        segment_running,
        segment_ongoing,
        segment_restarting,
        attempts,
        attempt,
        attempt_number,
        ended,
        accelerators_up,
        start_type,
        end_reason,
        failed_attempt,
        detached_records,
        per_task_algorithm,
        recovery,
        recovery_count,
        event_count,
        events_unread,
        start_type_words,
        job_kind_words,
        train_type_words,
        runtime_type_words,
        recover_action_words,
        fault_scenario_words,
        recover_result_words,
        recovery_line,
        downgraded_from,
        ended_on_task,
        now,
        node_count,
        no_timeline,
        clamped_note,
        task,
        exit_code,
        meaning,
        message,
        first_failure,
        no_task_statuses,
        all_tasks_ok,
        message_shows,
        log_shows,
        log_line_shows,
        log_shows_nothing,
        task_names,
        task_ips,
        ip,
        host_ip,
        schedule_count,
        heterogeneous_tasks,
        role,
        code_source,
        algorithm,
        subscription,
        code_dir,
        boot_file,
        image,
        command,
        engine,
        local_code_dir,
        working_dir,
        environment,
        no_environment,
        summary,
        log_type_words,
        engine_id,
        image_repo_id,
        run_user,
        v1_compatible,
        install_sys_packages,
        engine_usage,
        support_groups,
        tags,
        parameters_customization,
        fine_tuning,
        fine_tuning_model_id,
        fine_tuning_type,
        model_type,
        output_path,
        training_progress,
        checkpoint_id,
        checkpoint_config,
        fine_tuning_env,
        autosearch_config,
        autosearch_framework,
        name,
        value,
        r#type,
        required,
        editable,
        allowed,
        no_parameters,
        flagged_parameters,
        auto_search,
        reward_metrics,
        search_params,
        search_algorithms,
        skip_search_params,
        param_type_words,
        reward_mode_words,
        inputs,
        outputs,
        no_inputs,
        no_outputs,
        local_dir,
        remote,
        dataset,
        access_method,
        access_method_words,
        upload,
        upload_mode_words,
        constraints,
        flavor,
        pool,
        policy,
        resource_policy_words,
        pool_group_id,
        max_nodes,
        support_engines,
        attributes,
        per_node,
        totals,
        cpu,
        accelerators,
        memory,
        disk,
        billing,
        main_container,
        main_container_requested,
        hosted_log,
        output_model,
        asset_model,
        custom_metrics,
        schedule_policy,
        volumes,
        log_export,
        endpoints,
        no_resources,
        no_algorithm,
        raw_json_link,
        left_out_fields,
        nothing_left_out,
        not_in_reference,
        refresh,
        updated,
        forget_token,
        clear_recent_jobs,
        recent_jobs_cleared,
        token_title,
        token_title_refused,
        token_explainer,
        token_label,
        token_remember,
        token_submit,
        project_id,
        job_id,
        endpoint,
        open_saved,
        saved_note,
        json_file,
        paste_json,
        show,
        base_url,
        remove,
        local_banner,
        no_local_title,
        no_local_body,
        go_home,
        continue_there,
        open_through,
        not_found_title,
        not_found_body,
        show_all,
        show_more,
        show_less,
        theme,
        cores,
        unit_not_stated,
        aside,
        sensitive,
        read_only,
        priority,
        preemptible,
        not_preemptible,
        affinity,
        job_level,
        group_size,
        group_level,
        affinity_type_words,
        topology_level_words,
        problem,
        timed_out,
        timed_out_next,
        unknown_endpoint,
        unknown_endpoint_next,
        not_an_object,
        not_modelarts_next,
        retry_after,
        server_failed,
        server_failed_next,
        request_failed,
        request_failed_next,
        http_status,
        error_code,
        solution,
        request_id,
        request_url,
        response_began_with,
        phase_name,
        phase_meaning,
        phase_unknown,
        annotation_meaning,
        exit_meaning,
        exit_headline,
        task_exit_headline,
        failure_signature,
        unnamed_task,
        hardware_headline,
        accelerators_of,
        accelerator_count,
        unit_day,
        unit_hour,
        unit_minute,
        unit_second,
        just_now,
        time_ago,
        date_time,
        time_from_now,
        type_warning,
        required_but_empty,
        not_of_type,
        outside_range,
        range_needs_number,
        not_one_of,
        discrete_points,
        key_pairs,
        token_word,
        dataset_version,
        dataset_service,
        colon,
        compare_with,
        training_type,
        uuid,
        updated_at,
        pool_name,
        pool_node,
        turbo_range,
        flavor_attributes,
        runtime_type,
        auto_stop,
        log_export_settings,
        format_version,
        log_rotation,
        notifications,
        asset_id,
        required_nodes,
        preferred_nodes,
        weight,
        proportion,
        metric_command,
        metric_http,
        stop_after,
        job_toolbar,
        config_warning,
        config_adjusted,
        not_a_job_file,
        file_unreadable,
        pasted_json,
    } = s;

    let mut all: Vec<(String, String)> = Vec::new();
    let mut push = |entry: &str, text: String| all.push((entry.to_string(), text));

    for (entry, text) in [
        ("app_title", app_title),
        ("skip_to_content", skip_to_content),
        ("sections_nav", sections_nav),
        ("copy", copy),
        ("copied", copied),
        ("copy_link", copy_link),
        ("reveal", reveal),
        ("hide", hide),
        ("yes", yes),
        ("no", no),
        ("theme_toggle", theme_toggle),
        ("language_toggle", language_toggle),
        ("time_mode", time_mode),
        ("time_relative", time_relative),
        ("time_local", time_local),
        ("time_utc", time_utc),
        ("loading_job", loading_job),
        ("unnamed_job", unnamed_job),
        ("id", id),
        ("kind", kind),
        ("created", created),
        ("started", started),
        ("not_started", not_started),
        ("duration", duration),
        ("user", user),
        ("workspace", workspace),
        ("description", description),
        ("experiment", experiment),
        ("annotations", annotations),
        ("decode_warnings", decode_warnings),
        ("timeline_label", timeline_label),
        ("segment_waiting", segment_waiting),
        ("segment_running", segment_running),
        ("segment_ongoing", segment_ongoing),
        ("segment_restarting", segment_restarting),
        ("attempts", attempts),
        ("attempt", attempt),
        ("ended", ended),
        ("accelerators_up", accelerators_up),
        ("start_type", start_type),
        ("end_reason", end_reason),
        ("failed_attempt", failed_attempt),
        ("detached_records", detached_records),
        ("per_task_algorithm", per_task_algorithm),
        ("recovery", recovery),
        ("events_unread", events_unread),
        ("now", now),
        ("node_count", node_count),
        ("no_timeline", no_timeline),
        ("clamped_note", clamped_note),
        ("task", task),
        ("exit_code", exit_code),
        ("meaning", meaning),
        ("message", message),
        ("first_failure", first_failure),
        ("no_task_statuses", no_task_statuses),
        ("all_tasks_ok", all_tasks_ok),
        ("message_shows", message_shows),
        ("log_shows_nothing", log_shows_nothing),
        ("task_names", task_names),
        ("task_ips", task_ips),
        ("ip", ip),
        ("host_ip", host_ip),
        ("schedule_count", schedule_count),
        ("heterogeneous_tasks", heterogeneous_tasks),
        ("role", role),
        ("code_source", code_source),
        ("algorithm", algorithm),
        ("subscription", subscription),
        ("code_dir", code_dir),
        ("boot_file", boot_file),
        ("image", image),
        ("command", command),
        ("engine", engine),
        ("local_code_dir", local_code_dir),
        ("working_dir", working_dir),
        ("environment", environment),
        ("no_environment", no_environment),
        ("summary", summary),
        ("autosearch_config", autosearch_config),
        ("autosearch_framework", autosearch_framework),
        ("name", name),
        ("value", value),
        ("type", r#type),
        ("required", required),
        ("editable", editable),
        ("allowed", allowed),
        ("no_parameters", no_parameters),
        ("auto_search", auto_search),
        ("reward_metrics", reward_metrics),
        ("search_params", search_params),
        ("search_algorithms", search_algorithms),
        ("inputs", inputs),
        ("outputs", outputs),
        ("no_inputs", no_inputs),
        ("no_outputs", no_outputs),
        ("local_dir", local_dir),
        ("remote", remote),
        ("dataset", dataset),
        ("access_method", access_method),
        ("upload", upload),
        ("constraints", constraints),
        ("flavor", flavor),
        ("pool", pool),
        ("policy", policy),
        ("per_node", per_node),
        ("totals", totals),
        ("cpu", cpu),
        ("accelerators", accelerators),
        ("memory", memory),
        ("disk", disk),
        ("billing", billing),
        ("main_container", main_container),
        ("schedule_policy", schedule_policy),
        ("volumes", volumes),
        ("log_export", log_export),
        ("endpoints", endpoints),
        ("no_resources", no_resources),
        ("no_algorithm", no_algorithm),
        ("raw_json_link", raw_json_link),
        ("left_out_fields", left_out_fields),
        ("nothing_left_out", nothing_left_out),
        ("not_in_reference", not_in_reference),
        ("refresh", refresh),
        ("updated", updated),
        ("forget_token", forget_token),
        ("clear_recent_jobs", clear_recent_jobs),
        ("recent_jobs_cleared", recent_jobs_cleared),
        ("token_title", token_title),
        ("token_title_refused", token_title_refused),
        ("token_explainer", token_explainer),
        ("token_label", token_label),
        ("token_remember", token_remember),
        ("token_submit", token_submit),
        ("project_id", project_id),
        ("job_id", job_id),
        ("endpoint", endpoint),
        ("open_saved", open_saved),
        ("saved_note", saved_note),
        ("json_file", json_file),
        ("paste_json", paste_json),
        ("show", show),
        ("base_url", base_url),
        ("remove", remove),
        ("no_local_title", no_local_title),
        ("no_local_body", no_local_body),
        ("go_home", go_home),
        ("continue_there", continue_there),
        ("open_through", open_through),
        ("not_found_title", not_found_title),
        ("not_found_body", not_found_body),
        ("show_all", show_all),
        ("show_more", show_more),
        ("show_less", show_less),
        ("theme", theme),
        ("cores", cores),
        ("unit_not_stated", unit_not_stated),
        ("sensitive", sensitive),
        ("read_only", read_only),
        ("priority", priority),
        ("preemptible", preemptible),
        ("not_preemptible", not_preemptible),
        ("affinity", affinity),
        ("job_level", job_level),
        ("group_size", group_size),
        ("group_level", group_level),
        ("timed_out_next", timed_out_next),
        ("unknown_endpoint_next", unknown_endpoint_next),
        ("not_modelarts_next", not_modelarts_next),
        ("server_failed_next", server_failed_next),
        ("request_failed_next", request_failed_next),
        ("http_status", http_status),
        ("error_code", error_code),
        ("solution", solution),
        ("request_id", request_id),
        ("request_url", request_url),
        ("response_began_with", response_began_with),
        ("phase_unknown", phase_unknown),
        ("unit_day", unit_day),
        ("unit_hour", unit_hour),
        ("unit_minute", unit_minute),
        ("unit_second", unit_second),
        ("just_now", just_now),
        ("required_but_empty", required_but_empty),
        ("range_needs_number", range_needs_number),
        ("token_word", token_word),
        ("dataset_version", dataset_version),
        ("dataset_service", dataset_service),
        ("colon", colon),
        ("compare_with", compare_with),
        ("training_type", training_type),
        ("uuid", uuid),
        ("updated_at", updated_at),
        ("tags", tags),
        ("pool_name", pool_name),
        ("pool_node", pool_node),
        ("turbo_range", turbo_range),
        ("flavor_attributes", flavor_attributes),
        ("max_nodes", max_nodes),
        ("runtime_type", runtime_type),
        ("auto_stop", auto_stop),
        ("log_export_settings", log_export_settings),
        ("format_version", format_version),
        ("log_rotation", log_rotation),
        ("notifications", notifications),
        ("asset_id", asset_id),
        ("required_nodes", required_nodes),
        ("preferred_nodes", preferred_nodes),
        ("proportion", proportion),
        ("metric_command", metric_command),
        ("metric_http", metric_http),
        ("job_toolbar", job_toolbar),
        ("pasted_json", pasted_json),
        ("engine_id", engine_id),
        ("image_repo_id", image_repo_id),
        ("run_user", run_user),
        ("v1_compatible", v1_compatible),
        ("install_sys_packages", install_sys_packages),
        ("engine_usage", engine_usage),
        ("support_groups", support_groups),
        ("parameters_customization", parameters_customization),
        ("fine_tuning", fine_tuning),
        ("fine_tuning_model_id", fine_tuning_model_id),
        ("fine_tuning_type", fine_tuning_type),
        ("model_type", model_type),
        ("output_path", output_path),
        ("training_progress", training_progress),
        ("checkpoint_id", checkpoint_id),
        ("checkpoint_config", checkpoint_config),
        ("fine_tuning_env", fine_tuning_env),
        ("skip_search_params", skip_search_params),
        ("pool_group_id", pool_group_id),
        ("support_engines", support_engines),
        ("attributes", attributes),
        ("main_container_requested", main_container_requested),
        ("hosted_log", hosted_log),
        ("output_model", output_model),
        ("asset_model", asset_model),
        ("custom_metrics", custom_metrics),
        ("ai_project", ai_project),
        ("retention_time", retention_time),
    ] {
        push(entry, text.to_string());
    }

    for section in Section::ALL {
        push(
            &format!("section_title({section:?})"),
            section_title(section).to_string(),
        );
    }
    for cause in Problem::ALL {
        let advice = problem(cause);
        push(
            &format!("problem({cause:?}).title"),
            advice.title.to_string(),
        );
        push(
            &format!("problem({cause:?}).next_step"),
            advice.next_step.to_string(),
        );
    }
    let enums = [
        enum_entries("start_type_words", *start_type_words),
        enum_entries("job_kind_words", *job_kind_words),
        enum_entries("train_type_words", *train_type_words),
        enum_entries("runtime_type_words", *runtime_type_words),
        enum_entries("recover_action_words", *recover_action_words),
        enum_entries("fault_scenario_words", *fault_scenario_words),
        enum_entries("recover_result_words", *recover_result_words),
        enum_entries("log_type_words", *log_type_words),
        enum_entries("param_type_words", *param_type_words),
        enum_entries("reward_mode_words", *reward_mode_words),
        enum_entries("access_method_words", *access_method_words),
        enum_entries("upload_mode_words", *upload_mode_words),
        enum_entries("resource_policy_words", *resource_policy_words),
        enum_entries("affinity_type_words", *affinity_type_words),
        enum_entries("topology_level_words", *topology_level_words),
    ];
    for (entry, text) in enums.into_iter().flatten() {
        push(&entry, text);
    }
    // Every part present, then each left out in turn: the sentence must read without it.
    let sent = || Some(Piece::Api(NAME.into()));
    let named = |words: &'static str| {
        Some(Piece::Named {
            words,
            api: NAME.into(),
        })
    };
    let whole = RecoveryParts {
        fault: named(fault_scenario_words(FaultScenario::JobFailed)),
        task: sent(),
        reason: sent(),
        action: named(recover_action_words(RecoverAction::PodReschedule)),
        result: named(recover_result_words(RecoverResult::Failed)),
    };
    let without = [
        ("whole", whole.clone()),
        (
            "no fault",
            RecoveryParts {
                fault: None,
                ..whole.clone()
            },
        ),
        (
            "no task",
            RecoveryParts {
                task: None,
                ..whole.clone()
            },
        ),
        (
            "no reason",
            RecoveryParts {
                reason: None,
                ..whole.clone()
            },
        ),
        (
            "no action",
            RecoveryParts {
                action: None,
                ..whole.clone()
            },
        ),
        (
            "no result",
            RecoveryParts {
                result: None,
                ..whole.clone()
            },
        ),
    ];
    for (case, parts) in without {
        push(
            &format!("recovery_line({case})"),
            pieces_text(&recovery_line(parts)),
        );
    }
    let action = |action| named(recover_action_words(action)).expect("a piece");
    push(
        "downgraded_from",
        pieces_text(&downgraded_from(
            action(RecoverAction::PodReschedule),
            action(RecoverAction::NpuProcRestart),
        )),
    );
    push(
        "ended_on_task",
        pieces_text(&ended_on_task(
            Piece::Api(NAME.into()),
            Piece::Api(NAME.into()),
        )),
    );
    push("timed_out", timed_out(20));
    push("unknown_endpoint", unknown_endpoint(NAME));
    push("not_an_object", not_an_object("an array"));
    push("retry_after", retry_after(30));
    push("server_failed", server_failed(502));
    push("request_failed", request_failed(418));
    for phase in Phase::ALL {
        push(
            &format!("phase_name({phase:?})"),
            phase_name(phase).to_string(),
        );
        push(
            &format!("phase_meaning({phase:?})"),
            phase_meaning(Some(phase)).to_string(),
        );
    }
    push("phase_meaning(None)", phase_meaning(None).to_string());
    for key in ANNOTATION_KEYS {
        let text = annotation_meaning(key).unwrap_or_default();
        push(&format!("annotation_meaning({key})"), text.to_string());
    }
    for code in [0, 1, 2, 126, 127, 130, 134, 137, 139, 143, 159, 255, -9, 42] {
        push(
            &format!("exit_meaning({code})"),
            exit_meaning(ExitCause::of(code)),
        );
    }
    push("log_line_shows", log_line_shows(1234));
    push("log_shows", log_shows(NAME, 1234));
    push("job_title", job_title(NAME, NAME));
    push("local_banner", local_banner(NAME));
    for number in COUNTS {
        push(&format!("attempt_number({number})"), attempt_number(number));
    }
    for total in COUNTS {
        for task_kind in [None, Some("worker")] {
            let headline = ExitHeadline {
                failed: total,
                total,
                task_kind,
                code: 137,
                meaning: NAME,
            };
            push(
                &format!("exit_headline({total}, {task_kind:?})"),
                exit_headline(&headline),
            );
        }
        push(&format!("unnamed_task({total})"), unnamed_task(total));
        push(&format!("recovery_count({total})"), recovery_count(total));
        for severity in [Severity::Error, Severity::Warning] {
            push(
                &format!("event_count({severity:?}, {total})"),
                event_count(severity, total),
            );
        }
        push(
            &format!("flagged_parameters({total})"),
            flagged_parameters(total),
        );
        let count = total as f64;
        for accelerator in [
            None,
            Some(AcceleratorFamily::Gpu),
            Some(AcceleratorFamily::Npu),
        ] {
            push(
                &format!("hardware_headline({total}, {accelerator:?})"),
                hardware_headline(total as u64, count, count * count, accelerator),
            );
        }
        for family in [AcceleratorFamily::Gpu, AcceleratorFamily::Npu] {
            push(
                &format!("accelerators_of({family:?}, {total})"),
                accelerators_of(family, count),
            );
        }
        push(
            &format!("accelerator_count({total})"),
            accelerator_count(count),
        );
        push(
            &format!("discrete_points({total})"),
            discrete_points(&total.to_string()),
        );
    }
    for named in [false, true] {
        push(
            &format!("task_exit_headline({named})"),
            task_exit_headline(named, 127, NAME),
        );
    }
    let text = || NAME.to_string();
    for signature in [
        Signature::DeviceOutOfMemory(Device::Cuda),
        Signature::DeviceOutOfMemory(Device::Npu),
        Signature::HostOutOfMemory,
        Signature::NoSpaceLeft,
        Signature::CollectiveTimeout(Collective::Nccl),
        Signature::CollectiveTimeout(Collective::Hccl),
        Signature::CollectiveError(Collective::Nccl),
        Signature::CollectiveError(Collective::Hccl),
        Signature::SegmentationFault,
        Signature::ModuleNotFound { module: text() },
        Signature::MissingFile { path: text() },
        Signature::ObsAccessDenied,
        Signature::Killed,
        Signature::PythonException {
            kind: text(),
            message: text(),
        },
    ] {
        push(
            &format!("failure_signature({signature:?})"),
            failure_signature(&signature).to_string(),
        );
    }
    push("aside", aside(NAME));
    push("time_ago", time_ago(NAME));
    push("date_time", date_time(2026, 4, 14, "07:58:21"));
    push("time_from_now", time_from_now(NAME));
    push("type_warning", type_warning("$", "a string", "a number"));
    push("not_of_type", not_of_type("①"));
    push("outside_range", outside_range("1", "100"));
    push("not_one_of", not_one_of(NAME));
    push("key_pairs", key_pairs(NAME));
    push("weight", weight("50"));
    for amount in [1.0, 2.0] {
        push(
            &format!("stop_after({amount}, HOURS)"),
            stop_after(amount, "HOURS"),
        );
        push(
            &format!("stop_after({amount}, MINUTES)"),
            stop_after(amount, "MINUTES"),
        );
    }
    let config_errors = [
        ConfigError::NotJson { line: 1, column: 2 },
        ConfigError::NotAnObject,
        ConfigError::EndpointsNotAnArray,
        ConfigError::EndpointNotAnObject,
        ConfigError::EndpointWithoutName,
        ConfigError::NotAString {
            endpoint: Some(NAME.into()),
            key: "base_url",
        },
        ConfigError::NotAString {
            endpoint: None,
            key: "default_endpoint",
        },
        ConfigError::UnknownAuth {
            endpoint: NAME.into(),
        },
        ConfigError::NotSeconds {
            key: "timeout_seconds",
        },
        ConfigError::NoEndpoints,
        ConfigError::DisallowedBaseUrl {
            endpoint: NAME.into(),
        },
    ];
    let warnings = [ConfigWarning::Unreachable, ConfigWarning::Status(404)]
        .into_iter()
        .chain(config_errors.into_iter().map(ConfigWarning::Invalid));
    let adjusted = Adjusted {
        key: "timeout_seconds",
        given: 0,
        used: 1,
    };
    push("config_adjusted", config_adjusted(&adjusted));
    for warning in warnings {
        push(
            &format!("config_warning({warning:?})"),
            config_warning(&warning),
        );
    }
    for reason in [
        BodyError::NotJson {
            start: String::new(),
        },
        BodyError::NotAnObject { found: "an array" },
        BodyError::NotAJob { error: None },
        BodyError::CutOff,
        BodyError::TooDeep,
    ] {
        push(
            &format!("not_a_job_file({reason:?})"),
            not_a_job_file(NAME, &reason),
        );
    }
    push("file_unreadable", file_unreadable(NAME));
    all
}

/// Every entry of the finder page's table, called with sample arguments, as `(entry name, text)`.
fn finder_entries(f: &FinderStrings) -> Vec<(String, String)> {
    let FinderStrings {
        job_lists,
        job_list_title,
        project,
        loading_jobs,
        no_jobs,
        compare,
        compare_chosen,
        compare_with_recent,
        compare_with_pasted,
        compare_go,
        phase,
        hardware,
        nodes,
        pages,
        previous_page,
        next_page,
        any_phase,
        name_contains,
        sort_by,
        apply_filters,
        jobs_matched,
        page_number,
        sort_order,
        compare_title,
        nothing_differs,
        field,
        fold_same,
        fields_same,
        change_kind_words,
        policies,
        timing,
        outcome,
        queue_time,
        priority_label,
        preemption,
        cpu_cores_of,
        back_to_job,
        loading_events,
        no_events,
        event_time,
        event_level,
        event_source,
        event_message,
        all_levels,
        level_words,
        events_containing,
        events_shown,
        events_show,
        loading_log,
        log_empty,
        no_log_tasks,
        log_search,
        log_matches,
        previous_match,
        next_match,
        download_log,
        wrap_lines,
        log_cut,
        found_on_line,
        log_lines,
        stages,
        loading_stages,
        stage_words,
        attempt_of,
        log_follows,
        full_log,
        loading_full_log,
        open_full_log,
        full_log_expires,
        full_log_again,
        no_full_log_link,
        loading_metrics,
        no_metrics,
        metric_words,
        peak_and_last,
        series_without_data,
        list_separator,
        minutes_approximate,
        memory_before_kill,
        no_usage_tasks,
        all_tasks,
        first_tasks,
        copy_json,
        download_with_secrets,
        confirm_download_secrets,
        raw_masked_note,
        raw_lines_cut,
        download,
        open_title,
        paste_label,
        open,
        recent_jobs,
        demo_jobs,
        loading,
        no_demo_jobs,
        endpoints_added,
        endpoints_note,
        needs_token,
        add,
        same_origin,
        added_in_browser,
    } = f;
    let mut all: Vec<(String, String)> = [
        ("job_lists", job_lists),
        ("open_title", open_title),
        ("paste_label", paste_label),
        ("open", open),
        ("recent_jobs", recent_jobs),
        ("demo_jobs", demo_jobs),
        ("loading", loading),
        ("no_demo_jobs", no_demo_jobs),
        ("endpoints_added", endpoints_added),
        ("endpoints_note", endpoints_note),
        ("needs_token", needs_token),
        ("add", add),
        ("same_origin", same_origin),
        ("added_in_browser", added_in_browser),
        ("copy_json", copy_json),
        ("download_with_secrets", download_with_secrets),
        ("confirm_download_secrets", confirm_download_secrets),
        ("raw_masked_note", raw_masked_note),
        ("download", download),
        ("job_list_title", job_list_title),
        ("project", project),
        ("loading_jobs", loading_jobs),
        ("no_jobs", no_jobs),
        ("compare", compare),
        ("compare_chosen", compare_chosen),
        ("compare_with_recent", compare_with_recent),
        ("compare_with_pasted", compare_with_pasted),
        ("compare_go", compare_go),
        ("phase", phase),
        ("hardware", hardware),
        ("nodes", nodes),
        ("pages", pages),
        ("previous_page", previous_page),
        ("next_page", next_page),
        ("any_phase", any_phase),
        ("name_contains", name_contains),
        ("sort_by", sort_by),
        ("apply_filters", apply_filters),
        ("compare_title", compare_title),
        ("nothing_differs", nothing_differs),
        ("field", field),
        ("fold_same", fold_same),
        ("policies", policies),
        ("timing", timing),
        ("outcome", outcome),
        ("queue_time", queue_time),
        ("priority_label", priority_label),
        ("preemption", preemption),
        ("back_to_job", back_to_job),
        ("loading_events", loading_events),
        ("no_events", no_events),
        ("event_time", event_time),
        ("event_level", event_level),
        ("event_source", event_source),
        ("event_message", event_message),
        ("all_levels", all_levels),
        ("events_containing", events_containing),
        ("events_show", events_show),
        ("loading_log", loading_log),
        ("log_empty", log_empty),
        ("no_log_tasks", no_log_tasks),
        ("log_search", log_search),
        ("previous_match", previous_match),
        ("next_match", next_match),
        ("download_log", download_log),
        ("wrap_lines", wrap_lines),
        ("log_lines", log_lines),
        ("stages", stages),
        ("loading_stages", loading_stages),
        ("full_log", full_log),
        ("loading_full_log", loading_full_log),
        ("full_log_expires", full_log_expires),
        ("full_log_again", full_log_again),
        ("no_full_log_link", no_full_log_link),
        ("loading_metrics", loading_metrics),
        ("no_metrics", no_metrics),
        ("list_separator", list_separator),
        ("no_usage_tasks", no_usage_tasks),
        ("all_tasks", all_tasks),
    ]
    .into_iter()
    .map(|(entry, text)| (entry.to_string(), text.to_string()))
    .collect();
    let mut push = |entry: &str, text: String| all.push((entry.to_string(), text));
    push("raw_lines_cut", raw_lines_cut(2000));
    for total in COUNTS {
        push(
            &format!("cpu_cores_of({total})"),
            cpu_cores_of(total as f64),
        );
        push(&format!("fields_same({total})"), fields_same(total));
        push(&format!("jobs_matched({total})"), jobs_matched(total));
        push(
            &format!("events_shown({total})"),
            events_shown(total, total + 1),
        );
        push(&format!("log_matches({total})"), log_matches(total));
        push(
            &format!("minutes_approximate({total})"),
            minutes_approximate(total),
        );
        push(&format!("first_tasks({total})"), first_tasks(total));
        push(
            &format!("open_full_log(1, {total})"),
            open_full_log(1, total),
        );
    }
    push("peak_and_last", peak_and_last("16.8", "9", true));
    push("peak_and_last(plain)", peak_and_last("16.8", "9", false));
    push("memory_before_kill", memory_before_kill(NAME, "99.8"));
    push("series_without_data", series_without_data(NAME));
    for kind in MetricKind::ALL {
        push(
            &format!("metric_words({kind:?})"),
            metric_words(kind).to_string(),
        );
    }
    push("log_cut", log_cut("1.5 MB", "5.2 MB"));
    push("found_on_line", found_on_line(88));
    push("log_follows", log_follows(10));
    push("attempt_of", attempt_of(2, 3));
    for kind in StageKind::ALL {
        push(
            &format!("stage_words({kind:?})"),
            stage_words(kind).to_string(),
        );
    }
    for severity in [
        Severity::Error,
        Severity::Warning,
        Severity::Info,
        Severity::Other,
    ] {
        push(
            &format!("level_words({severity:?})"),
            level_words(severity).to_string(),
        );
    }
    push("page_number", page_number(3));
    for key in SortKey::ALL {
        for descending in [true, false] {
            push(
                &format!("sort_order({key:?}, {descending})"),
                sort_order(key, descending).to_string(),
            );
        }
    }
    for kind in ChangeKind::ALL {
        push(
            &format!("change_kind_words({kind:?})"),
            change_kind_words(kind).to_string(),
        );
    }
    all
}

/// Both tables of one language.
fn every_entry(strings: &Strings, finder: &FinderStrings) -> Vec<(String, String)> {
    let mut all = entries(strings);
    all.extend(finder_entries(finder));
    all
}

/// Latin-script words a Chinese entry may contain: the technical words the UI keeps in English.
const TECHNICAL_WORDS: &[&str] = &[
    "ID",
    "MapReduce",
    "UUID",
    "IP",
    "CPU",
    "GPU",
    "NPU",
    "UTC",
    "JSON",
    "URL",
    "HTTP",
    "IAM",
    "OBS",
    "API",
    "SSH",
    "ModelArts",
    "X-Auth-Token",
    "Retry-After",
    "localStorage",
    "KB",
    "MB",
    "GB",
    "GiB",
    "Ascend",
    "Pod",
    "TensorBoard",
    "MindStudio",
    "Insight",
    "NCCL",
    "Python",
    "HCCL",
    "scope.project",
];

/// Latin-script words that are code, not prose: config keys and values, JSON keys, the file name
/// extension, header and signal names, the API path, product names, and `AK/SK` credentials.
const CODE_WORDS: &[&str] = &[
    "config.json",
    "json",
    "timeout_seconds",
    "endpoints",
    "name",
    "auth",
    "none",
    "token",
    "base_url",
    "default_endpoint",
    "http",
    "s",
    "kind",
    "metadata",
    "status",
    "algorithm",
    "spec",
    "tasks",
    "apiId",
    "CORS",
    "v2",
    "PATH",
    "SIGKILL",
    "SIGSEGV",
    "SIGTERM",
    "SIGABRT",
    "SIGINT",
    "AK",
    "SK",
    "JupyterLab",
];

/// The language switch names the language it switches to, in that language.
const LANGUAGE_NAMES: &[&str] = &["English"];

/// Runs of ASCII letters, digits and `_ . -` that contain a letter, without edge punctuation.
fn latin_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
        .map(|word| word.trim_matches(|c| matches!(c, '.' | '-' | '_')))
        .filter(|word| word.chars().any(|c| c.is_ascii_alphabetic()))
        .collect()
}

#[test]
fn every_entry_is_walked_and_filled_in_both_languages() {
    let (english, chinese) = (every_entry(&EN, &FINDER_EN), every_entry(&ZH, &FINDER_ZH));
    assert_eq!(english.len(), chinese.len());
    for ((entry, en), (_, zh)) in english.iter().zip(&chinese) {
        assert!(!en.trim().is_empty(), "English {entry} is empty");
        assert!(!zh.trim().is_empty(), "Chinese {entry} is empty");
    }
}

#[test]
fn chinese_entries_differ_from_english_unless_they_are_technical() {
    // Only technical words ("ID", "1 GPU") read the same in both languages.
    let same_in_both = |text: &str| {
        latin_words(text)
            .iter()
            .all(|word| TECHNICAL_WORDS.contains(word))
    };
    for ((entry, en), (_, zh)) in every_entry(&EN, &FINDER_EN)
        .iter()
        .zip(&every_entry(&ZH, &FINDER_ZH))
    {
        assert!(
            en != zh || same_in_both(en),
            "{entry} is not translated: {zh}"
        );
    }
}

#[test]
fn chinese_entries_have_no_english_words() {
    for (entry, zh) in every_entry(&ZH, &FINDER_ZH) {
        for word in latin_words(&zh) {
            assert!(
                TECHNICAL_WORDS.contains(&word)
                    || CODE_WORDS.contains(&word)
                    || LANGUAGE_NAMES.contains(&word),
                "Chinese {entry} has the English word {word:?}: {zh}"
            );
        }
    }
}

#[test]
fn english_counts_agree_with_their_number() {
    let english: std::collections::HashMap<String, String> =
        every_entry(&EN, &FINDER_EN).into_iter().collect();
    let cases = [
        ("flagged_parameters(0)", "0 values break their constraint"),
        ("flagged_parameters(1)", "1 value breaks its constraint"),
        ("flagged_parameters(2)", "2 values break their constraint"),
        (
            "exit_headline(1, Some(\"worker\"))",
            "1 of 1 worker exited with 137: ①",
        ),
        (
            "exit_headline(2, Some(\"worker\"))",
            "2 of 2 workers exited with 137: ①",
        ),
        ("exit_headline(1, None)", "1 of 1 task exited with 137: ①"),
        ("exit_headline(0, None)", "0 of 0 tasks exited with 137: ①"),
        (
            "hardware_headline(1, None)",
            "1 node × 1 CPU core = 1 CPU core",
        ),
        (
            "hardware_headline(2, Some(Gpu))",
            "2 nodes × 2 GPUs = 4 GPUs",
        ),
        ("accelerators_of(Npu, 1)", "NPU"),
        ("accelerators_of(Npu, 2)", "NPUs"),
        ("accelerator_count(1)", "1 accelerator"),
        ("accelerator_count(0)", "0 accelerators"),
        ("cpu_cores_of(1)", "CPU core"),
        ("cpu_cores_of(2)", "CPU cores"),
        ("fields_same(1)", "1 field the same"),
        ("fields_same(2)", "2 fields the same"),
        ("discrete_points(1)", "1 point"),
        ("discrete_points(2)", "2 points"),
        ("recovery_count(1)", "1 recovery"),
        ("recovery_count(2)", "2 recoveries"),
        ("event_count(Error, 1)", "1 error event"),
        ("event_count(Warning, 2)", "2 warning events"),
    ];
    for (entry, expected) in cases {
        assert_eq!(english[entry], expected, "{entry}");
    }
}
