//! Plenary's limits, through the real command line: the time and the peak
//! memory of `validate`, `merge` and `report` (every format) on sessions far
//! larger or odder than a meeting makes. Targets (issue #17): every command
//! under 1 GB and about linear in the size; the PDF of 20,000 ordinary
//! answers under 500 MB.
//!
//! Each command runs in its own process under GNU time (`/usr/bin/time`,
//! Debian's `time` package), which reports its peak memory.
//!
//! Run: `cargo bench --bench limits`, or `cargo bench --bench limits --
//! groups` for the cases whose name holds "groups"; with
//! `PLENARY_LIMITS_DIR=FOLDER` the files stay there.

use std::path::{Path, PathBuf};
use std::process::Command;

use plenary_core::capture::group_file;
use plenary_core::session::{ReplicaId, Session};
use plenary_core::store;
use plenary_testkit::big;

/// A session to try, and the commands to run on its file.
struct Case {
    name: &'static str,
    session: fn() -> Session,
    /// Also merge the session with one group file per group.
    merge: bool,
    formats: &'static [&'static str],
}

const ALL_FORMATS: &[&str] = &["md", "html", "csv", "docx", "pdf"];

const CASES: &[Case] = &[
    Case {
        name: "5,000 ordinary answers",
        session: || big::ordinary(5_000),
        merge: true,
        formats: ALL_FORMATS,
    },
    Case {
        name: "20,000 ordinary answers",
        session: || big::ordinary(20_000),
        merge: true,
        formats: ALL_FORMATS,
    },
    Case {
        name: "20,000 answers, half in 500 themes",
        session: || big::themed(big::ordinary(20_000)),
        merge: false,
        formats: &["pdf"],
    },
    Case {
        name: "10,000 answers of 2,000 characters",
        session: || big::long_answers(10_000, 2_000),
        merge: false,
        formats: ALL_FORMATS,
    },
    Case {
        name: "one answer of 40 MB",
        session: || big::long_answers(1, 40_000_000),
        merge: false,
        formats: ALL_FORMATS,
    },
    Case {
        name: "20,000 groups",
        session: || big::many_groups(20_000),
        merge: true,
        formats: ALL_FORMATS,
    },
    // As many groups, each with an answer, as a file holds.
    Case {
        name: "70,000 groups",
        session: || big::many_groups(70_000),
        merge: true,
        formats: ALL_FORMATS,
    },
    Case {
        name: "one answer in 60,000 versions",
        session: || big::many_versions(60_000),
        merge: true,
        formats: ALL_FORMATS,
    },
];

/// Runs `plenary ARGS` under GNU time; prints its time and peak memory.
fn measure(label: &str, args: &[&std::ffi::OsStr]) {
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("limits: %e s %M KB")
        .arg(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .output()
        .expect("GNU time runs (apt-get install time)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let figures = stderr
        .lines()
        .find_map(|line| line.strip_prefix("limits: "))
        .unwrap_or("no figures");
    let mut parts = figures.split_whitespace();
    let seconds: f64 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::NAN);
    let kib: f64 = parts
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::NAN);
    let status = if output.status.success() {
        "ok"
    } else {
        "FAILED"
    };
    println!(
        "  {label:<16} {seconds:>7.2} s {:>8.0} MB  {status}",
        kib / 1024.0
    );
    if !output.status.success() {
        for line in stderr
            .lines()
            .filter(|l| !l.starts_with("limits: "))
            .take(3)
        {
            println!("      {line}");
        }
    }
}

/// Writes the group files of every group that answered, as each group's
/// laptop would have saved them.
fn group_files(session: &Session, dir: &Path) -> Vec<PathBuf> {
    let laptop = ReplicaId::new();
    let mut answered: Vec<_> = session.answers.iter().map(|a| a.group).collect();
    answered.sort();
    answered.dedup();
    answered
        .iter()
        .take(20)
        .enumerate()
        .map(|(n, group)| {
            let file = group_file(session, *group, laptop).expect("the group is in the session");
            let path = dir.join(format!("group-{n}.ron"));
            store::save(&path, &file).expect("the group file saves");
            path
        })
        .collect()
}

fn main() {
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect();
    let temp = tempfile::tempdir().expect("temp dir");
    // To keep the files for a closer look: PLENARY_LIMITS_DIR=folder.
    let kept = std::env::var_os("PLENARY_LIMITS_DIR").map(PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    for case in CASES {
        if !wanted.is_empty() && !wanted.iter().any(|w| case.name.contains(w.as_str())) {
            continue;
        }
        let session = (case.session)();
        let file = dir.join(format!("{}.ron", store::file_stem(case.name)));
        store::save(&file, &session).expect("the session saves");
        let size = std::fs::metadata(&file).map_or(0, |m| m.len());
        println!(
            "{} (a file of {:.1} MB):",
            case.name,
            f64::from(u32::try_from(size / 1024).unwrap_or(u32::MAX)) / 1024.0
        );
        measure("validate", &["validate".as_ref(), file.as_os_str()]);
        if case.merge {
            let mut args: Vec<PathBuf> = vec![file.clone()];
            args.extend(group_files(&session, dir));
            let out = dir.join("merged.ron");
            let mut command: Vec<&std::ffi::OsStr> =
                vec!["merge".as_ref(), "--out".as_ref(), out.as_os_str()];
            command.extend(args.iter().map(|p| p.as_os_str()));
            measure(&format!("merge {} files", args.len()), &command);
        }
        for format in case.formats {
            let out = dir.join(format!("report.{format}"));
            measure(
                &format!("report {format}"),
                &[
                    "report".as_ref(),
                    file.as_os_str(),
                    "--out".as_ref(),
                    out.as_os_str(),
                ],
            );
        }
    }
}
