//! `plenary report`: every format from the command line, the options, and a
//! broken session named in the error.

use assert_cmd::Command;
use plenary_core::store;
use plenary_docs::report::Format;

/// The example groups' answers merged, the first group with a name an
/// anonymous report must not show.
fn session() -> plenary_core::session::Session {
    let mut session = plenary_testkit::fixtures::fixture_groups_merged();
    session.groups[0].name = "Atlantic team".into();
    session
}

#[test]
fn the_command_line_exports_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("session.ron");
    store::save(&file, &session()).expect("saves");
    for format in Format::ALL {
        let out = dir.path().join(format!("report.{}", format.extension()));
        Command::cargo_bin("plenary")
            .expect("binary")
            .args([
                "report".as_ref(),
                file.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ])
            .assert()
            .code(0);
        assert!(
            std::fs::metadata(&out).expect("written").len() > 500,
            "{format:?}"
        );
    }
    let out = dir.path().join("anon.txt");
    Command::cargo_bin("plenary")
        .expect("binary")
        .args([
            "report".as_ref(),
            file.as_os_str(),
            "--format".as_ref(),
            "md".as_ref(),
            "--anonymous".as_ref(),
            "--no-annex".as_ref(),
            "--language".as_ref(),
            "fr".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("Contexte") && !text.contains("Atlantic team"));

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(").expect("writes");
    let output = Command::cargo_bin("plenary")
        .expect("binary")
        .args([
            "report".as_ref(),
            broken.as_os_str(),
            "--out".as_ref(),
            dir.path().join("x.pdf").as_os_str(),
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with(&format!("{}:", broken.display())));
}

/// Two secretaries merge the same files in two orders, with the session
/// file first or last: the same merged file, byte for byte, and the same
/// report in Markdown, HTML and CSV.
#[test]
fn merges_in_two_orders_give_the_same_file_and_the_same_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = plenary_testkit::data_dir().join("ptc-groups");
    let session = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/ptc-2017-disruptive-technologies.ron");
    let mut files: Vec<std::path::PathBuf> = (1..=5)
        .map(|n| data.join(format!("group-{n}.ron")))
        .collect();
    files.insert(0, session);
    let mut outputs = Vec::new();
    for (name, order) in [
        ("one", files.clone()),
        ("two", files.iter().rev().cloned().collect()),
    ] {
        let merged = dir.path().join(format!("{name}.ron"));
        Command::cargo_bin("plenary")
            .expect("binary")
            .arg("merge")
            .arg("--out")
            .arg(&merged)
            .args(&order)
            .assert()
            .code(0);
        let mut written = vec![std::fs::read(&merged).expect("merged")];
        for format in ["md", "html", "csv"] {
            let out = dir.path().join(format!("{name}.{format}"));
            Command::cargo_bin("plenary")
                .expect("binary")
                .arg("report")
                .arg(&merged)
                .arg("--out")
                .arg(&out)
                .assert()
                .code(0);
            written.push(std::fs::read(&out).expect("report"));
        }
        outputs.push(written);
    }
    assert_eq!(outputs[0], outputs[1]);
}
