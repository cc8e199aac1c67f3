//! `plenary validate`: each problem printed as `FILE:LINE:COL: message`, the
//! exit code saying whether all files are valid.

use std::path::Path;

use assert_cmd::Command;
use plenary_core::session::Session;
use plenary_core::store;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("writes fixture");
    path
}

#[test]
fn validate_prints_each_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.ron");
    store::save(&good, &Session::template()).expect("saves");
    let template = store::to_ron(&Session::template());
    let truncated = write(
        dir.path(),
        "truncated.ron",
        &template.as_bytes()[..template.len() / 2],
    );
    let empty = write(dir.path(), "empty.ron", b"");
    let binary = write(
        dir.path(),
        "binary.ron",
        &[0x89, b'P', b'N', b'G', 0xff, 0xfe, 0],
    );
    let newer = write(
        dir.path(),
        "newer.ron",
        template.replacen("format: 4", "format: 5", 1).as_bytes(),
    );

    let output = Command::cargo_bin("plenary")
        .expect("binary built")
        .arg("validate")
        .args([&good, &truncated, &empty, &binary, &newer])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stdout.contains(&format!("{}: ok", good.display())),
        "{stdout}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    for (line, file) in lines.iter().zip([&truncated, &empty, &binary, &newer]) {
        let prefix = format!("{}:", file.display());
        assert!(line.starts_with(&prefix), "{line}");
        let mut position = line[prefix.len()..].splitn(3, ':');
        let row: usize = position
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a line number");
        let col: usize = position
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a column");
        assert!(row >= 1 && col >= 1, "{line}");
    }
    assert!(lines[1].contains("empty"), "{}", lines[1]);
    assert!(lines[2].contains("not UTF-8"), "{}", lines[2]);
    assert!(lines[3].contains("newer Plenary"), "{}", lines[3]);
}

#[test]
fn validate_exits_0_when_all_are_valid_and_2_on_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.ron");
    store::save(&good, &Session::template()).expect("saves");
    Command::cargo_bin("plenary")
        .expect("binary built")
        .args(["validate".as_ref(), good.as_os_str()])
        .assert()
        .code(0);
    Command::cargo_bin("plenary")
        .expect("binary built")
        .arg("validate")
        .assert()
        .code(2);
}
