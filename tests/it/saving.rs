//! Saving safely, as a user meets it: the real `ciclo` binary in a fresh folder for each
//! test. Links, permissions, races, long names, leftovers of a killed save, old slides and
//! an output that is the input.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, SystemTime};

fn ciclo(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(args)
        .current_dir(dir)
        .env("CICLO_LANG", "en")
        .output()
        .unwrap_or_else(|e| panic!("cannot run ciclo: {e}"))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        stderr(out)
    );
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A valid cycle with `n` moments.
fn cycle_with(n: usize) -> String {
    let moments: Vec<String> = (1..=n).map(|i| format!("(name: \"Step {i}\")")).collect();
    format!(
        "(format: 1, title: \"Steps\", moments: [{}])\n",
        moments.join(", ")
    )
}

fn is_hotel(path: &Path) {
    let doc = ciclo::file::load_file(path)
        .unwrap_or_else(|e| panic!("{}", e.message(ciclo::lang::Lang::En)));
    assert!(doc.moments.len() > 3, "the hotel template was written");
}

// ---------------------------------------------------------------------------------------
// 4. the temporary file

#[cfg(unix)]
#[test]
fn a_planted_link_at_the_old_temporary_name_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("victim.txt"), "precious").unwrap();
    // `exec` keeps the shell's pid, so $$ is the pid ciclo runs with.
    let script = format!(
        "ln -s victim.txt .X.ron.$$.tmp; exec '{}' new -o X.ron --template hotel",
        env!("CARGO_BIN_EXE_ciclo")
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_exit(&out, 0);
    assert_eq!(
        fs::read_to_string(dir.path().join("victim.txt")).unwrap(),
        "precious",
        "the file the link points to is untouched"
    );
    let meta = fs::symlink_metadata(dir.path().join("X.ron")).unwrap();
    assert!(meta.file_type().is_file(), "X.ron is a regular file");
    is_hotel(&dir.path().join("X.ron"));
}

// ---------------------------------------------------------------------------------------
// 5. permissions and owner

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("X.ron"), cycle_with(3)).unwrap();
    fs::set_permissions(dir.path().join("X.ron"), fs::Permissions::from_mode(0o600)).unwrap();
    fs::write(dir.path().join("X.svg"), "old picture").unwrap();
    fs::set_permissions(dir.path().join("X.svg"), fs::Permissions::from_mode(0o640)).unwrap();

    assert_exit(&ciclo(dir.path(), &["export", "X.ron", "-o", "X.svg"]), 0);
    assert_exit(
        &ciclo(
            dir.path(),
            &["new", "-o", "X.ron", "--template", "hotel", "--force"],
        ),
        0,
    );
    let mode = |name: &str| {
        fs::metadata(dir.path().join(name))
            .unwrap()
            .permissions()
            .mode()
    };
    assert_eq!(mode("X.ron") & 0o7777, 0o600, "the cycle stays private");
    assert_eq!(mode("X.svg") & 0o7777, 0o640, "the picture keeps its mode");
    is_hotel(&dir.path().join("X.ron"));
}

#[cfg(unix)]
#[test]
fn a_new_file_gets_the_usual_mode_not_a_private_one() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    // What any program's new file gets here, with this umask.
    fs::File::create(dir.path().join("probe")).unwrap();
    let mode = |name: &str| {
        fs::metadata(dir.path().join(name))
            .unwrap()
            .permissions()
            .mode()
    };
    assert_exit(&ciclo(dir.path(), &["new", "-o", "X.ron"]), 0);
    assert_eq!(mode("X.ron") & 0o777, mode("probe") & 0o777);
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_owner_and_group_where_allowed() {
    use std::os::unix::fs::MetadataExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("X.ron");
    fs::write(&path, cycle_with(2)).unwrap();
    // Only root may give a file away; anyone else keeps their own owner, which is checked.
    let me = fs::metadata(&path).unwrap();
    let (uid, gid) = if me.uid() == 0 {
        std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
        (4242, 4343)
    } else {
        (me.uid(), me.gid())
    };
    assert_exit(
        &ciclo(
            dir.path(),
            &["new", "-o", "X.ron", "--template", "hotel", "--force"],
        ),
        0,
    );
    let after = fs::metadata(&path).unwrap();
    assert_eq!((after.uid(), after.gid()), (uid, gid));
    is_hotel(&path);
}

// ---------------------------------------------------------------------------------------
// 6. links

#[cfg(unix)]
#[test]
fn saving_through_a_chain_of_links_writes_the_final_file_and_keeps_the_links() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    fs::write(dir.path().join("real/cycle.ron"), cycle_with(2)).unwrap();
    symlink("real/cycle.ron", dir.path().join("middle.ron")).unwrap();
    symlink("middle.ron", dir.path().join("X.ron")).unwrap();

    let out = ciclo(
        dir.path(),
        &["new", "-o", "X.ron", "--template", "hotel", "--force"],
    );
    assert_exit(&out, 0);
    for link in ["X.ron", "middle.ron"] {
        let meta = fs::symlink_metadata(dir.path().join(link)).unwrap();
        assert!(meta.file_type().is_symlink(), "{link} is still a link");
    }
    is_hotel(&dir.path().join("real/cycle.ron"));
    assert_eq!(files_in(&dir.path().join("real")), ["cycle.ron"]);
    assert_eq!(files_in(dir.path()), ["X.ron", "middle.ron", "real"]);
}

#[cfg(unix)]
#[test]
fn new_refuses_a_dangling_link_without_force_and_follows_it_with_force() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("elsewhere.ron", dir.path().join("X.ron")).unwrap();

    let out = ciclo(dir.path(), &["new", "-o", "X.ron", "--template", "hotel"]);
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(
        err.contains("X.ron") && err.contains("elsewhere.ron") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(files_in(dir.path()), ["X.ron"], "nothing written");
    assert!(
        fs::symlink_metadata(dir.path().join("X.ron"))
            .unwrap()
            .file_type()
            .is_symlink()
    );

    let out = ciclo(
        dir.path(),
        &["new", "-o", "X.ron", "--template", "hotel", "--force"],
    );
    assert_exit(&out, 0);
    assert!(
        fs::symlink_metadata(dir.path().join("X.ron"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    is_hotel(&dir.path().join("elsewhere.ron"));
}

// ---------------------------------------------------------------------------------------
// 7. concurrent `new`

#[test]
fn of_eight_concurrent_news_exactly_one_succeeds() {
    for round in 0..4 {
        let dir = tempfile::tempdir().unwrap();
        let children: Vec<_> = (0..8)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_ciclo"))
                    .args(["new", "-o", "Y.ron", "--template", "hotel"])
                    .env("CICLO_LANG", "en")
                    .current_dir(dir.path())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let outs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(
            winners, 1,
            "round {round}: {winners} processes said they created Y.ron"
        );
        for out in outs.iter().filter(|o| !o.status.success()) {
            assert_exit(out, 1);
            let err = stderr(out);
            assert!(
                err.contains("already exists") && err.contains("--force"),
                "{err}"
            );
        }
        assert_eq!(files_in(dir.path()), ["Y.ron"], "no temporary file left");
        is_hotel(&dir.path().join("Y.ron"));
    }
}

// ---------------------------------------------------------------------------------------
// 8. long names

#[test]
fn a_file_name_of_255_bytes_can_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    for len in [245, 250, 255] {
        let name = format!("{}.ron", "a".repeat(len - 4));
        assert_eq!(name.len(), len);
        let out = ciclo(dir.path(), &["new", "-o", &name, "--template", "hotel"]);
        assert_exit(&out, 0);
        is_hotel(&dir.path().join(&name));
        let out = ciclo(dir.path(), &["new", "-o", &name, "--force"]);
        assert_exit(&out, 0);
    }
    assert_eq!(files_in(dir.path()).len(), 3, "{:?}", files_in(dir.path()));
}

// ---------------------------------------------------------------------------------------
// 9. leftovers of a killed save

fn age(path: &Path, by: Duration) {
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - by).unwrap();
}

#[test]
fn saving_removes_its_own_temporary_files_older_than_an_hour() {
    let dir = tempfile::tempdir().unwrap();
    let two_hours = Duration::from_secs(2 * 3600);
    for name in [
        ".ciclo-old1.tmp",
        ".ciclo-old2.tmp",
        ".ciclo-fresh.tmp",
        ".notes.tmp",
    ] {
        fs::write(dir.path().join(name), "half a file").unwrap();
    }
    age(&dir.path().join(".ciclo-old1.tmp"), two_hours);
    age(&dir.path().join(".ciclo-old2.tmp"), two_hours);
    age(&dir.path().join(".notes.tmp"), two_hours);

    let out = ciclo(dir.path(), &["new", "-o", "X.ron"]);
    assert_exit(&out, 0);
    assert_eq!(
        files_in(dir.path()),
        [".ciclo-fresh.tmp", ".notes.tmp", "X.ron"],
        "only Ciclo's own stale files went; one that may belong to a running save stays"
    );
}

// ---------------------------------------------------------------------------------------
// 10. slides

#[test]
fn new_slides_replace_the_whole_previous_deck() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("long.ron"), cycle_with(12)).unwrap();
    fs::write(dir.path().join("short.ron"), cycle_with(5)).unwrap();
    fs::create_dir(dir.path().join("deck")).unwrap();
    // The user's own files, and a Spanish deck's slide, in the same folder.
    for name in [
        "notes.png",
        "01-intro.png",
        "13-moment-12.txt",
        "09-momento-08.png",
    ] {
        fs::write(dir.path().join("deck").join(name), "keep?").unwrap();
    }
    let size = ["--width", "160", "--height", "90"];
    let slides = |file: &str| {
        let mut args = vec!["slides", file, "-o", "deck"];
        args.extend(size);
        ciclo(dir.path(), &args)
    };
    assert_exit(&slides("long.ron"), 0);
    let files = files_in(&dir.path().join("deck"));
    assert_eq!(files.len(), 13 + 3, "{files:?}");
    assert!(
        !files.contains(&"09-momento-08.png".to_owned()),
        "the Spanish deck went"
    );
    fs::write(
        dir.path().join("deck/14-момент-13.png"),
        "an older Russian slide",
    )
    .unwrap();

    assert_exit(&slides("short.ron"), 0);
    let mut expected = vec![
        "01-cycle.png",
        "01-intro.png",
        "02-moment-01.png",
        "03-moment-02.png",
        "04-moment-03.png",
        "05-moment-04.png",
        "06-moment-05.png",
        "13-moment-12.txt",
        "notes.png",
    ];
    expected.sort();
    assert_eq!(files_in(&dir.path().join("deck")), expected);
}

// ---------------------------------------------------------------------------------------
// 11. the output is the input

#[test]
fn export_refuses_to_write_over_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let text = cycle_with(3);
    fs::write(dir.path().join("in.png"), &text).unwrap();
    for output in ["in.png", "./in.png", "../{}/in.png"] {
        let name = dir
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let output = output.replace("{}", &name);
        let out = ciclo(dir.path(), &["export", "in.png", "-o", &output]);
        assert_exit(&out, 2);
        let err = stderr(&out);
        assert!(err.contains("in.png") && err.contains("input"), "{err}");
        assert_eq!(fs::read_to_string(dir.path().join("in.png")).unwrap(), text);
    }
    assert_eq!(files_in(dir.path()), ["in.png"]);
}

#[test]
fn report_and_slides_refuse_to_write_over_their_input() {
    let dir = tempfile::tempdir().unwrap();
    let text = cycle_with(3);
    // A Markdown report writes NAME.png beside NAME.md.
    fs::write(dir.path().join("x.png"), &text).unwrap();
    let out = ciclo(dir.path(), &["report", "x.png", "-o", "x.md"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("x.png"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(dir.path().join("x.png")).unwrap(), text);

    fs::create_dir(dir.path().join("deck")).unwrap();
    fs::write(dir.path().join("deck/01-cycle.png"), &text).unwrap();
    let out = ciclo(dir.path(), &["slides", "deck/01-cycle.png", "-o", "deck"]);
    assert_exit(&out, 2);
    assert_eq!(
        fs::read_to_string(dir.path().join("deck/01-cycle.png")).unwrap(),
        text
    );
    assert_eq!(files_in(&dir.path().join("deck")), ["01-cycle.png"]);
    assert_eq!(files_in(dir.path()), ["deck", "x.png"]);
}

#[cfg(unix)]
#[test]
fn slides_refuse_a_deck_folder_whose_slide_links_to_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let text = cycle_with(3);
    fs::write(dir.path().join("cycle.ron"), &text).unwrap();
    fs::create_dir(dir.path().join("deck")).unwrap();
    std::os::unix::fs::symlink("../cycle.ron", dir.path().join("deck/03-moment-02.png")).unwrap();
    let out = ciclo(dir.path(), &["slides", "cycle.ron", "-o", "deck"]);
    assert_exit(&out, 2);
    assert!(stderr(&out).contains("input"), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(dir.path().join("cycle.ron")).unwrap(),
        text
    );
    assert_eq!(files_in(&dir.path().join("deck")), ["03-moment-02.png"]);
}

// ---------------------------------------------------------------------------------------
// a missing folder

#[test]
fn a_missing_output_folder_is_named_once_as_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("x.ron"), cycle_with(3)).unwrap();
    let out = ciclo(dir.path(), &["export", "x.ron", "-o", "nofolder/x.png"]);
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("the folder nofolder does not exist"), "{err}");
    assert_eq!(err.matches("nofolder/x.png").count(), 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(files_in(dir.path()), ["x.ron"]);
}
