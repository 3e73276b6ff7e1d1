//! Where each task of a job ran: its address, its host's and how often it was scheduled.

use crate::model::{Scalar, TrainingJob};

/// One task's addresses, as the API sent them; absent fields are empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaskAddress {
    pub task: String,
    pub ip: String,
    pub host_ip: String,
    pub schedule_count: String,
}

/// Every task's addresses from `status.task_ips`, in the API's order.
pub fn task_addresses(job: &TrainingJob) -> Vec<TaskAddress> {
    let text = |field: Option<&String>| field.cloned().unwrap_or_default();
    job.status()
        .and_then(|status| status.task_ips())
        .map(|ips| {
            ips.iter()
                .map(|ip| TaskAddress {
                    task: text(ip.task()),
                    ip: text(ip.ip()),
                    host_ip: text(ip.host_ip()),
                    schedule_count: ip.schedule_count().map(Scalar::as_text).unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The task names of `status.tasks`, for a job that reports no task statuses.
pub fn task_names(job: &TrainingJob) -> Vec<String> {
    job.status()
        .and_then(|status| status.tasks())
        .map(|tasks| tasks.iter().cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_job;

    #[test]
    fn addresses_keep_the_api_order_and_leave_absent_fields_empty() {
        let parsed = parse_job(
            r#"{"status": {"tasks": ["worker-0", "worker-1"], "task_ips": [
                {"task": "worker-0", "ip": "10.0.0.2", "host_ip": "192.168.0.2", "schedule_count": 2},
                {"task": "worker-1", "ip": "10.0.0.3"}]}}"#,
        )
        .expect("a job object");
        assert_eq!(
            task_addresses(&parsed.job),
            [
                TaskAddress {
                    task: "worker-0".into(),
                    ip: "10.0.0.2".into(),
                    host_ip: "192.168.0.2".into(),
                    schedule_count: "2".into(),
                },
                TaskAddress {
                    task: "worker-1".into(),
                    ip: "10.0.0.3".into(),
                    host_ip: String::new(),
                    schedule_count: String::new(),
                },
            ]
        );
        assert_eq!(task_names(&parsed.job), ["worker-0", "worker-1"]);
        let empty = parse_job("{}").expect("a job object");
        assert!(task_addresses(&empty.job).is_empty() && task_names(&empty.job).is_empty());
    }
}
