//! The plenary report in every format: nothing dropped, hostile text safe,
//! anonymous really anonymous, golden files for the text formats.

use std::io::Read as _;

use plenary_core::capture::{EditStamp, new_answer, parse_entry};
use plenary_core::session::{AnswerId, AnswerKind, Language, ReplicaId, Session, Theme, ThemeId};
use plenary_docs::report::{self, Format, Options};

const HOSTILE: [&str; 6] = [
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1)) & co",
    "# not a heading | not a cell | *not bold*",
    "=HYPERLINK(\"http://evil\")",
    "-1+1 @risk",
];

/// A session with answers in every question, group and kind, in English and
/// French, hostile text included, and named groups.
fn session() -> Session {
    let mut session = Session::template();
    let names = [
        "Atlantic team",
        "Équipe Sahel",
        "Pacific caucus",
        "Nordic table",
        "Andes circle",
    ];
    for (group, name) in session.groups.iter_mut().zip(names) {
        group.name = name.to_owned();
        group.rapporteur = format!("Rapporteur of {name}");
    }
    session.date = Some(jiff::civil::date(2017, 10, 12).into());
    session.panel.speakers[0].name = "Ms Example".into();
    session.panel.speakers[0].administration = "Customs of Somewhere".into();
    session.panel.speakers[0].notes = "AI triage of parcels\n\nLessons: start small".into();
    let kinds = AnswerKind::ALL;
    let texts = [
        "Risk engines score every declaration before arrival",
        "Les portiques biométriques réduisent l'attente des voyageurs",
        "Drones patrol the green border at night",
        "Dépendance envers quelques fournisseurs",
        "Fund pilots before large procurements",
        "Shared ledger of certificates of origin",
    ];
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    let mut n = 0;
    for group in 0..session.groups.len() {
        for question in 0..session.questions.len() {
            for (k, kind) in kinds.iter().enumerate() {
                let text = if (group + question + k) % 7 == 0 {
                    HOSTILE[n % HOSTILE.len()].to_owned()
                } else {
                    format!("{} ({})", texts[(group + k) % texts.len()], n)
                };
                n += 1;
                let entry = parse_entry(&format!("{text} #ai"), &session.topics);
                let mut answer = new_answer(
                    entry,
                    session.groups[group].id,
                    session.questions[question].id,
                    *kind,
                    edit,
                );
                answer.id = plenary_core::session::AnswerId(uuid::Uuid::from_u128(n as u128));
                session.answers.push(answer);
            }
        }
    }
    add_themes(&mut session);
    session
}

/// Themes with hostile names: two tied on dots in question 1, and one of
/// recommendations in question 2.
fn add_themes(session: &mut Session) {
    let of = |session: &Session, question: usize, kind: AnswerKind| -> Vec<AnswerId> {
        session
            .answers
            .iter()
            .filter(|a| a.question == session.questions[question].id && a.kind == kind)
            .map(|a| a.id)
            .collect()
    };
    let themes = [
        (
            0,
            AnswerKind::Benefit,
            THEMES[0],
            &[("Atlantic team", 2), ("Équipe Sahel", 1)][..],
        ),
        (
            0,
            AnswerKind::UseToday,
            THEMES[1],
            &[("Pacific caucus", 3)][..],
        ),
        (1, AnswerKind::Recommendation, THEMES[2], &[][..]),
    ];
    for (question, kind, name, votes) in themes {
        // The theme of recommendations is said by its statement; the
        // others have none, as themes made by hand.
        let statement = if kind == AnswerKind::Recommendation {
            STATEMENT
        } else {
            ""
        };
        let theme = Theme {
            id: ThemeId::new(),
            question: session.questions[question].id,
            name: name.into(),
            statement: statement.into(),
            answers: of(session, question, kind),
            suggested: false,
            votes: votes
                .iter()
                .map(|(voter, dots)| {
                    let group = session.groups.iter().find(|g| g.name == *voter);
                    let group = group.expect("a group of the session").id;
                    (group.voter_key(), *dots)
                })
                .collect(),
            ..Theme::default()
        };
        session.themes.push(theme);
    }
    plenary_testkit::sessions::with_positions(session);
}

const THEMES: [&str; 3] = [
    "Risk engines <b>& co</b>",
    "Shorter queues | *faster*",
    "=Fund pilots first",
];

/// The statement of the theme of recommendations.
const STATEMENT: &str = "Fund small pilots first, then scale what works.";

fn options() -> Options {
    Options {
        annex: true,
        anonymous: false,
        language: Language::English,
        details: true,
    }
}

/// The text a person reads in `report` rendered in `format`: DOCX and PDF
/// with their text extracted.
fn rendered_text(report: &report::Report, format: Format) -> String {
    let bytes = report::render(report, format).expect("renders");
    match format {
        Format::Docx => docx_text(&bytes),
        Format::Pdf => pdf_extract::extract_text_from_mem(&bytes).expect("pdf text"),
        _ => String::from_utf8(bytes).expect("utf-8"),
    }
}

/// The DOCX's body as Word stores it: `word/document.xml`.
fn docx_xml(bytes: &[u8]) -> String {
    docx_part(bytes, "word/document.xml")
}

/// A part of the DOCX as Word stores it.
fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("the part {name}"))
        .read_to_string(&mut xml)
        .expect("UTF-8");
    xml
}

/// "10." keeps a gap before its text wherever the DOCX is opened: the report's
/// numbers hang wider than its bullets (a third of an inch, not a quarter).
#[test]
fn the_docx_numbers_hang_wide_enough_for_two_digits() {
    let bytes =
        report::render(&report::build(&session(), options()), Format::Docx).expect("renders");
    let numbering = docx_part(&bytes, "word/numbering.xml");
    let levels: Vec<&str> = numbering.split("<w:lvl ").collect();
    let first_level = |marker: &str| {
        levels
            .iter()
            .find(|level| level.contains(marker) && level.contains(r#"w:left="720""#))
            .unwrap_or_else(|| panic!("a first level marked {marker}: {numbering}"))
    };
    let number = first_level(r#"w:lvlText w:val="%1.""#);
    let bullet = first_level(r#"w:lvlText w:val="•""#);
    assert!(number.contains(r#"w:hanging="480""#), "{number}");
    assert!(bullet.contains(r#"w:hanging="360""#), "{bullet}");
}

fn docx_text(bytes: &[u8]) -> String {
    let xml = docx_xml(bytes);
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn html_unescaped(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn every_answer_appears_in_every_format() {
    let session = session();
    let report = report::build(&session, options());
    let markdown =
        String::from_utf8(report::render(&report, Format::Markdown).expect("md")).expect("utf8");
    let html =
        String::from_utf8(report::render(&report, Format::Html).expect("html")).expect("utf8");
    let csv = String::from_utf8(report::render(&report, Format::Csv).expect("csv")).expect("utf8");
    let docx = docx_text(&report::render(&report, Format::Docx).expect("docx"));
    let pdf_bytes = report::render(&report, Format::Pdf).expect("pdf");
    let pdf = normal(&pdf_extract::extract_text_from_mem(&pdf_bytes).expect("pdf text"));
    let html = html_unescaped(&html);
    let mut reader =
        csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let csv_texts: Vec<String> = reader
        .records()
        .map(|r| r.expect("a record")[5].to_owned())
        .collect();
    assert_eq!(csv_texts.len(), session.live_answers().count());
    for answer in session.live_answers() {
        let text = &answer.text;
        assert!(
            markdown.contains(&report::escape_markdown(text)),
            "markdown lacks {text:?}"
        );
        assert!(html.contains(text.as_str()), "html lacks {text:?}");
        assert!(docx.contains(text.as_str()), "docx lacks {text:?}");
        assert!(pdf.contains(&normal(text)), "pdf lacks {text:?}");
        let in_csv = csv_texts
            .iter()
            .any(|cell| cell == text || cell.strip_prefix('\'') == Some(text));
        assert!(in_csv, "csv lacks {text:?}");
    }
    for heading in [
        "Background",
        "Themes across groups",
        "Answers in no theme",
        "Recommendations to policy leaders",
        "Annex: each group's answers",
    ] {
        assert!(docx.contains(heading) && pdf.contains(heading), "{heading}");
    }
    for name in THEMES {
        assert!(html.contains(name), "html lacks the theme {name:?}");
        assert!(docx.contains(name), "docx lacks the theme {name:?}");
        assert!(pdf.contains(name), "pdf lacks the theme {name:?}");
        assert!(
            markdown.contains(&report::escape_markdown(name)),
            "markdown lacks the theme {name:?}"
        );
    }
}

#[test]
fn themes_are_ranked_by_dots_with_ties_and_recommended_themes_lead_the_recommendations() {
    let report = report::build(&session(), options());
    let ranks: Vec<(&str, &str)> = report.questions[0]
        .themes
        .iter()
        .map(|t| (t.rank.as_str(), t.name.as_str()))
        .collect();
    assert_eq!(ranks, [("1 (tie)", THEMES[0]), ("1 (tie)", THEMES[1])]);
    assert_eq!(
        report.questions[0].themes[0].raised,
        "Raised by Atlantic team, Équipe Sahel, Pacific caucus, Nordic table, Andes circle · 3 dots"
    );
    // The closing section reads as recommendations: the recommended
    // theme's statement, the groups' own words under it.
    let [recommended] = &report.recommended[..] else {
        panic!("one recommended theme: {:?}", report.recommended);
    };
    assert_eq!(recommended.number, 1);
    assert_eq!(recommended.statement, STATEMENT);
    // Question 2 was not voted on: its theme names no dots.
    assert_eq!(
        recommended.raised,
        "Raised by Atlantic team, Équipe Sahel, Pacific caucus, Nordic table, Andes circle"
    );
    assert_eq!(recommended.wordings.len(), 5, "each group's own wording");
    assert!(
        recommended
            .wordings
            .iter()
            .all(|row| row.kind == "Recommendation" && row.question == 2)
    );
    let listed = |question: usize| {
        report
            .recommendations
            .iter()
            .filter(|row| row.kind == "Recommendation" && row.question == question)
            .count()
    };
    assert_eq!(
        listed(2),
        0,
        "answers of the recommended theme are not listed again"
    );
    assert_eq!(listed(1), 5, "one recommendation per group in no theme");
    assert!(
        report.questions[1]
            .answers
            .iter()
            .all(|a| a.kind != "Recommendation")
    );

    let anonymous = report::build(
        &session(),
        Options {
            anonymous: true,
            ..options()
        },
    );
    assert_eq!(
        anonymous.questions[0].themes[0].raised,
        "Raised by 5 groups · 3 dots"
    );
    assert_eq!(anonymous.recommended[0].raised, "Raised by 5 groups");
    assert!(
        anonymous.recommended[0]
            .wordings
            .iter()
            .all(|row| row.group.is_empty())
    );
}

/// Read aloud, the section goes: the recommended theme's statement, its
/// wordings under it, then the other recommendations numbered on, in every
/// printed format.
#[test]
fn the_recommendations_read_as_statements_with_the_groups_words_under_them() {
    let report = report::build(&session(), options());
    let wording = report.recommended[0].wordings[0].text.clone();
    let loose = report.recommendations[0].text.clone();
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        let section = recommendations_section(&text);
        let at = |needle: &str| {
            section
                .find(&normal(needle))
                .unwrap_or_else(|| panic!("{format:?} lacks {needle:?}: {section}"))
        };
        assert!(at(STATEMENT) < at(&wording), "{format:?}");
        assert!(at(&wording) < at("Other recommendations"), "{format:?}");
        assert!(at("Other recommendations") < at(&loose), "{format:?}");
    }
    let markdown = rendered_text(&report, Format::Markdown);
    assert!(
        markdown.contains(&format!("1. **{STATEMENT}**")),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n2. "),
        "the other recommendations number on"
    );
}

/// The test session's theme of recommendations, by index, and its first
/// answer, whose text a suggested statement would be.
fn theme_of_recommendations(session: &Session) -> (usize, AnswerId) {
    let at = session
        .themes
        .iter()
        .position(|t| t.name == THEMES[2])
        .expect("the theme of recommendations");
    (at, session.themes[at].answers[0])
}

/// Fails unless each of `texts` is read once in the recommendations
/// section of every printed format.
fn assert_read_once(report: &report::Report, texts: &[&str]) {
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(report, format));
        let section = recommendations_section(&text);
        for said in texts {
            assert_eq!(
                section.matches(&normal(said)).count(),
                1,
                "{format:?}: {said} in {section}"
            );
        }
    }
}

/// A statement taken from a recommendation as typed (as a suggestion's
/// is) is not read a second time as that group's wording under it.
#[test]
fn a_recommendation_the_statement_says_is_read_once() {
    let mut session = session();
    let (at, first) = theme_of_recommendations(&session);
    let typed = session
        .answer(first)
        .expect("its first answer")
        .text
        .clone();
    session.themes[at].statement = format!("{typed}.");
    let report = report::build(&session, options());
    let recommended = &report.recommended[0];
    assert_eq!(recommended.statement, format!("{typed}."));
    assert!(
        recommended.wordings.iter().all(|row| row.text != typed),
        "{:?}",
        recommended.wordings
    );
    assert_eq!(
        recommended.wordings.len(),
        session.themes[at].answers.len() - 1
    );
    assert_read_once(&report, &[&typed]);
}

/// The answer a statement was taken from, when it says more than its first
/// sentence, is read from its second: the statement is read once, and
/// what the group added after it too.
#[test]
fn a_recommendation_that_opens_with_the_statement_is_read_beyond_it() {
    let mut session = session();
    let (at, first) = theme_of_recommendations(&session);
    let answer = session.answer(first).expect("its first answer");
    let (typed, group) = (answer.text.clone(), answer.group);
    let added = "Share what the pilots teach with the other administrations";
    let at_answer = session
        .answers
        .iter()
        .position(|a| a.id == first)
        .expect("the answer");
    session.answers[at_answer].text = format!("{typed}. {added}");
    session.themes[at].statement = format!("{typed}.");
    let report = report::build(&session, options());
    let recommended = &report.recommended[0];
    let group_name = &session.group(group).expect("its group").name;
    assert!(
        recommended
            .wordings
            .iter()
            .any(|row| row.text == added && &row.group == group_name),
        "{:?}",
        recommended.wordings
    );
    assert_eq!(recommended.wordings.len(), session.themes[at].answers.len());
    assert_read_once(&report, &[&typed, added]);
}

/// A group's wording headed by a label ("Recommandation : …") is read
/// under its theme without the label, as a sentence, and the items it
/// lists on lines of their own without their marks: the section says
/// they are recommendations.
#[test]
fn a_recommendation_is_read_without_the_label_heading_it() {
    let mut session = session();
    let (_, first) = theme_of_recommendations(&session);
    let at_answer = session
        .answers
        .iter()
        .position(|a| a.id == first)
        .expect("the answer");
    session.answers[at_answer].text =
        "Recommandation : former les agents aux nouveaux outils\n- recruter des analystes"
            .to_owned();
    let report = report::build(&session, options());
    let texts: Vec<&str> = report.recommended[0]
        .wordings
        .iter()
        .map(|row| row.text.as_str())
        .collect();
    assert!(
        texts.contains(&"Former les agents aux nouveaux outils; recruter des analystes"),
        "{texts:?}"
    );
}

/// A recommendation in no theme is read as those under a theme are: without
/// the mark of a list item or a label heading it, with a capital, in every
/// printed format (the tenth labelled set's "- cooperation with business"
/// and "Recommandation : encadrer …"); the items of a list typed on lines
/// of their own are read one after the other, none with its mark.
#[test]
fn a_recommendation_in_no_theme_is_read_without_its_mark_or_label() {
    let mut session = session();
    let loose: Vec<AnswerId> = report::build(&session, options())
        .recommendations
        .iter()
        .filter_map(|row| {
            session
                .answers
                .iter()
                .find(|answer| answer.text == row.text)
                .map(|answer| answer.id)
        })
        .collect();
    assert!(
        loose.len() >= 2,
        "two recommendations in no theme: {loose:?}"
    );
    let typed = [
        "- cooperation with business on data sharing\n- one window shared by all agencies",
        "Recommandation : encadrer la conservation des données",
    ];
    for (id, text) in loose.iter().zip(typed) {
        let answer = session
            .answers
            .iter_mut()
            .find(|answer| answer.id == *id)
            .expect("the answer");
        answer.text = text.to_owned();
    }
    let report = report::build(&session, options());
    let texts: Vec<&str> = report
        .recommendations
        .iter()
        .map(|row| row.text.as_str())
        .collect();
    let read = [
        "Cooperation with business on data sharing; one window shared by all agencies",
        "Encadrer la conservation des données",
    ];
    for said in read {
        assert!(texts.contains(&said), "{texts:?}");
    }
    assert_read_once(&report, &read);
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        let section = recommendations_section(&text);
        assert!(
            !section.contains("Recommandation :"),
            "{format:?}: {section}"
        );
    }
}

/// A recommendation that, read aloud, only points to another ("1. Same
/// as above", "Recommandation : idem groupe 2") is not read in the
/// recommendations section, in no theme or under one: alone, it points
/// nowhere. Its group is still named beside the theme, the annex lists
/// it in its group's answers, and the CSV keeps it (the thirtieth
/// labelled set's "Same as above"). One of stop words says something
/// ("Do more").
#[test]
fn a_recommendation_that_only_points_elsewhere_is_not_read_alone() {
    let mut session = session();
    let before = report::build(&session, options());
    let once = |typed: &&String| session.answers.iter().filter(|a| a.text == **typed).count() == 1;
    let mut loose = before
        .recommendations
        .iter()
        .map(|row| &row.typed)
        .filter(once);
    let (loose, said) = (
        loose
            .next()
            .expect("a recommendation in no theme typed once"),
        loose.next().expect("a second one"),
    );
    let (at, first) = theme_of_recommendations(&session);
    let themed = session.themes[at]
        .answers
        .iter()
        .copied()
        .find(|id| *id != first)
        .expect("a second answer in the theme");
    for answer in &mut session.answers {
        if answer.text == *loose {
            answer.text = "1. Same as above".to_owned();
        } else if answer.text == *said {
            answer.text = "Do more".to_owned();
        } else if answer.id == themed {
            answer.text = "Recommandation : idem groupe 2".to_owned();
        }
    }
    let report = report::build(&session, options());
    assert_eq!(
        report.recommendations.len(),
        before.recommendations.len() - 1
    );
    let recommended = &report.recommended[0];
    assert_eq!(
        recommended.wordings.len(),
        before.recommended[0].wordings.len() - 1
    );
    assert_eq!(recommended.raised, before.recommended[0].raised);
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        let section = recommendations_section(&text);
        for pointing in ["Same as above", "idem groupe 2"] {
            assert!(
                !section.to_lowercase().contains(&pointing.to_lowercase()),
                "{format:?}: {section}"
            );
            assert!(text.contains(pointing), "{format:?}: the annex lists it");
        }
        assert!(section.contains("Do more"), "{format:?}: {section}");
    }
    let csv = rendered_text(&report, Format::Csv);
    assert!(csv.contains("Same as above") && csv.contains("idem groupe 2"));
}

/// An answer typed as a list item ("- Drones …") prints without its mark
/// in every printed format and in the annex: the report's list has its
/// own. The CSV keeps it as typed.
#[test]
fn an_answer_typed_as_a_list_item_prints_without_its_mark() {
    let mut session = session();
    let typed = "Drones patrol the coast at night";
    session.answers[0].text = format!("- {typed}");
    let report = report::build(&session, options());
    let csv = rendered_text(&report, Format::Csv);
    assert!(csv.contains(&format!("- {typed}")), "{csv}");
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        assert!(text.contains(typed), "{format:?}: {text}");
        let doubled = if format == Format::Markdown {
            format!("- - {typed}")
        } else {
            format!("- {typed}")
        };
        assert!(!text.contains(&doubled), "{format:?}: {text}");
    }
}

/// An answer whose accents a program decoded wrongly on the way prints
/// as its group typed it, in every printed format; the CSV keeps it as
/// the file holds it.
#[test]
fn an_answer_decoded_wrongly_on_the_way_prints_with_its_accents() {
    let mut session = session();
    let misread = "Risque de piratage des donnÃ©es des scellÃ©s Ã©lectroniques\u{200B}";
    session.answers[0].text = misread.to_owned();
    let report = report::build(&session, options());
    let csv = rendered_text(&report, Format::Csv);
    assert!(csv.contains("donnÃ©es"), "{csv}");
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        assert!(
            text.contains("Risque de piratage des données des scellés électroniques"),
            "{format:?}: {text}"
        );
        assert!(!text.contains('Ã'), "{format:?}: {text}");
    }
}

/// An answer a group typed as a list on lines prints one bullet before its
/// first item, the list's own, not its own mark beside it ("• • Formation");
/// the later items keep theirs.
#[test]
fn an_answer_typed_as_a_list_prints_one_bullet_before_its_first_item() {
    let mut session = session();
    session.answers[0].text =
        "• Formation moins chère et répétable\n• pas besoin d'un vrai camion".to_owned();
    let report = report::build(&session, options());
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&html_unescaped(&rendered_text(&report, format)));
        let first = text
            .find("Formation moins chère et répétable")
            .unwrap_or_else(|| panic!("{format:?} lacks the first item: {text}"));
        let before: String = text[..first].chars().rev().take(6).collect();
        // The PDF's text holds the list's own bullet; the others draw it.
        let the_lists_own = usize::from(format == Format::Pdf);
        assert_eq!(
            before.matches('•').count(),
            the_lists_own,
            "{format:?}: {text}"
        );
        assert!(
            text.contains("• pas besoin d'un vrai camion"),
            "{format:?}: {text}"
        );
    }
}

/// A theme with a statement leads with it under its heading, in every
/// printed format; a theme without one shows its name only.
#[test]
fn a_theme_leads_with_its_statement() {
    let session = first_theme_said(
        "Smarter risk engines",
        "Risk engines let officers check less and find more.",
    );
    let report = report::build(&session, options());
    assert_eq!(
        report.questions[0].themes[0].statement,
        theme_statement(&session)
    );
    assert_eq!(report.questions[0].themes[1].statement, "");
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        let heading = text
            .find("Smarter risk engines")
            .unwrap_or_else(|| panic!("{format:?} lacks the heading: {text}"));
        let statement = text
            .find("Risk engines let officers check less and find more.")
            .unwrap_or_else(|| panic!("{format:?} lacks the statement"));
        assert!(heading < statement, "{format:?}");
    }
}

/// A statement that only says the name again, as a short answer names and
/// states a theme alike, is printed once, as the heading.
#[test]
fn a_statement_that_is_its_name_is_printed_once() {
    let session = first_theme_said(
        "Staff fear being replaced by machines",
        "Staff fear being replaced by machines.",
    );
    let report = report::build(&session, options());
    assert_eq!(report.questions[0].themes[0].statement, "");
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        assert_eq!(
            text.matches("Staff fear being replaced by machines")
                .count(),
            1,
            "{format:?}: {text}"
        );
    }
}

/// The answer a theme's statement was taken from is not listed again under
/// it in a printed format, and one that opens with the statement is listed
/// with what it adds; the CSV keeps both as typed.
#[test]
fn a_theme_lists_the_answer_its_statement_says_once() {
    const SAID: &str = "Risk engines pick the boxes worth opening";
    const ADDED: &str = "Officers open a third fewer containers";
    let mut session = first_theme_said("Smarter risk engines", &format!("{SAID}."));
    let theme = session
        .themes
        .iter()
        .find(|t| t.name == "Smarter risk engines");
    let [first, second] = {
        let answers = &theme.expect("the theme").answers;
        [answers[0], answers[1]]
    };
    for answer in &mut session.answers {
        if answer.id == first {
            answer.text = SAID.into();
        } else if answer.id == second {
            answer.text = format!("{SAID}. {ADDED}");
        }
    }
    let report = report::build(
        &session,
        Options {
            annex: false,
            ..options()
        },
    );
    let theme = report.questions[0]
        .themes
        .iter()
        .find(|t| t.name == "Smarter risk engines")
        .expect("the theme's row");
    assert_eq!(theme.stated_by.len(), 1, "{:?}", theme.stated_by);
    assert!(
        theme.answers.iter().any(|row| row.text == ADDED),
        "{:?}",
        theme.answers
    );
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        assert_eq!(text.matches(SAID).count(), 1, "{format:?}: {text}");
        assert_eq!(text.matches(ADDED).count(), 1, "{format:?}: {text}");
    }
    let csv = rendered_text(&report, Format::Csv);
    // Each of the two answers, whole, on its row.
    assert_eq!(csv.matches(SAID).count(), 2, "{csv}");
    assert!(csv.contains(&format!("{SAID}. {ADDED}")), "{csv}");
}

/// A theme of one answer, stated by it, prints its heading and its
/// statement and no list: not an empty one, nor "No answers.".
#[test]
fn a_theme_its_statement_says_whole_prints_no_list() {
    const SAID: &str = "Risk engines pick the boxes worth opening";
    let mut session = first_theme_said("Smarter risk engines", &format!("{SAID}."));
    let theme = session
        .themes
        .iter_mut()
        .find(|t| t.name == "Smarter risk engines")
        .expect("the theme");
    theme.answers.truncate(1);
    let only = theme.answers[0];
    for answer in &mut session.answers {
        if answer.id == only {
            answer.text = SAID.into();
        }
    }
    let options = Options {
        annex: false,
        ..options()
    };
    let report = report::build(&session, options);
    let unstated = {
        let mut session = session.clone();
        for theme in &mut session.themes {
            theme.statement.clear();
        }
        report::build(&session, options)
    };
    let no_answers = &report.labels.no_answers;
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = normal(&rendered_text(&report, format));
        assert_eq!(text.matches(SAID).count(), 1, "{format:?}: {text}");
        let before = normal(&rendered_text(&unstated, format));
        assert_eq!(
            text.matches(no_answers.as_str()).count(),
            before.matches(no_answers.as_str()).count(),
            "{format:?}: {text}"
        );
    }
    let html =
        String::from_utf8(report::render(&report, Format::Html).expect("html")).expect("utf-8");
    assert!(
        !normal(&html).contains("<ul> </ul>") && !html.contains("<ul>\n</ul>"),
        "{html}"
    );
}

/// The recommendations section of a report's text: from its heading to
/// the annex, or to the end.
fn recommendations_section(text: &str) -> &str {
    let section = &text[text
        .find("Recommendations to policy leaders")
        .expect("the heading")..];
    &section[..section.find("Annex: each group").unwrap_or(section.len())]
}

/// The test session with its first theme renamed and stated.
fn first_theme_said(name: &str, statement: &str) -> Session {
    let mut session = session();
    let theme = session
        .themes
        .iter_mut()
        .find(|t| t.name == THEMES[0])
        .expect("theme");
    theme.name = name.into();
    theme.statement = statement.into();
    session
}

fn theme_statement(session: &Session) -> String {
    session
        .themes
        .iter()
        .find(|t| t.name == "Smarter risk engines")
        .expect("theme")
        .statement
        .clone()
}

/// A panel whose speakers have no names prints no Speaker column, in any
/// format; a month-dated meeting prints its month.
#[test]
fn empty_panel_columns_are_left_out_and_a_month_is_a_date() {
    let mut session = session();
    for speaker in &mut session.panel.speakers {
        speaker.name.clear();
    }
    session.panel.speakers[0].notes = "Notes on parcels".into();
    session.date = Some("2017-03".parse().expect("a month"));
    let report = report::build(&session, options());
    assert!(!report.panel_columns.speaker);
    assert!(report.panel_columns.administration && report.panel_columns.topic);
    assert!(report.place_and_date.ends_with(", March 2017."));
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = rendered_text(&report, format);
        let panel = &text[text.find("Panel").expect("the panel")..];
        let panel = &panel[..panel.find("Question 1").expect("question 1")];
        assert!(!panel.contains("Speaker"), "{format:?}: {panel}");
        assert!(panel.contains("Administration"), "{format:?}: {panel}");
        // Where the PDF breaks a line is up to its layout.
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("March 2017"), "{format:?}");
    }
    let french = report::build(
        &session,
        Options {
            language: Language::French,
            ..options()
        },
    );
    assert!(french.place_and_date.ends_with(", mars 2017."));
}

#[test]
fn hostile_text_is_inert() {
    let report = report::build(&session(), options());
    let html =
        String::from_utf8(report::render(&report, Format::Html).expect("html")).expect("utf8");
    assert!(
        !html.contains("<script>alert"),
        "a typed script tag stays text"
    );
    assert!(!html.contains("<img"), "a typed tag stays text");
    assert!(html.contains("&lt;script&gt;"));
    let markdown =
        String::from_utf8(report::render(&report, Format::Markdown).expect("md")).expect("utf8");
    assert!(!markdown.contains("[click](javascript"), "no live link");
    assert!(
        !markdown
            .lines()
            .any(|line| line.starts_with("# not a heading"))
    );
    let csv = String::from_utf8(report::render(&report, Format::Csv).expect("csv")).expect("utf8");
    for line in csv.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '@']), "formula cell {cell:?}");
        }
    }
    assert!(csv.contains("'=HYPERLINK"));
}

/// The Markdown, read by a `CommonMark` reader (with GitHub's tables): every
/// typed text shows as typed, with no link, image, emphasis, code, heading or
/// HTML made of it.
#[test]
fn markdown_shows_typed_markup_as_typed() {
    use pulldown_cmark::{Event, Options as Extensions, Parser, Tag};
    let mut session = session();
    // From a file edited elsewhere: leading spaces would make code in a list.
    session.answers[1].text = "      indented like code".into();
    let report = report::build(&session, options());
    let markdown =
        String::from_utf8(report::render(&report, Format::Markdown).expect("md")).expect("utf8");
    let mut seen = String::new();
    // The template makes the meeting and speakers' names bold; nothing
    // typed becomes bold.
    let mut strong = false;
    for event in Parser::new_ext(&markdown, Extensions::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Strong) => strong = true,
            Event::End(pulldown_cmark::TagEnd::Strong) => strong = false,
            Event::Text(text) if strong => {
                assert!(
                    session.panel.speakers.iter().any(|s| *text == s.name)
                        || *text == session.meeting
                        || session.themes.iter().any(|t| *text == t.statement),
                    "typed text became bold: {text}"
                );
            }
            Event::Text(text) => seen.push_str(&text),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => seen.push('\n'),
            Event::Html(html) | Event::InlineHtml(html) => {
                assert_eq!(&*html, "<br>", "only line breaks are HTML");
            }
            Event::Code(code) => panic!("typed text became code: {code}"),
            Event::Start(
                tag @ (Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Emphasis
                | Tag::CodeBlock(_)
                | Tag::BlockQuote(_)),
            ) => panic!("typed text became markup: {tag:?}"),
            _ => {}
        }
    }
    for answer in session.live_answers() {
        let text = answer.text.trim_start();
        assert!(seen.contains(text), "the reader lacks {text:?}");
    }
    assert!(
        seen.contains("Clayton M. Christensen"),
        "prose is not escaped"
    );
}

/// An answer typed on two lines (an edit, or a file from elsewhere) keeps
/// both in the PDF, and Typst markup on its second line stays text. (The
/// break itself shows in `pdftotext -layout`; pdf-extract joins the lines.)
#[test]
fn an_answer_on_two_lines_keeps_both_in_the_pdf() {
    let mut session = session();
    session.answers[0].text = "First line of the answer\n#set text(size: 40pt) second line".into();
    let report = report::build(&session, options());
    let pdf = report::render(&report, Format::Pdf).expect("pdf");
    let text = normal(&pdf_extract::extract_text_from_mem(&pdf).expect("pdf text"));
    assert_eq!(
        text.matches("First line of the answer #set text(size: 40pt) second line")
            .count(),
        2,
        "once under its theme and once in the annex"
    );
}

/// A long report (over 400 answers) is laid out differently, for speed:
/// each question, the recommendations and each group's annex start a page,
/// and its text goes without kerning. It still holds every answer.
#[test]
fn a_long_report_keeps_every_answer_and_starts_each_part_on_a_page() {
    let mut session = session();
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    for n in 0..420 {
        let text = if n % 2 == 0 {
            format!("Pre-arrival data from carriers, shared with partner administrations ({n})")
        } else {
            format!("Les douanes partagent les données préalables avec leurs partenaires ({n})")
        };
        let entry = parse_entry(&text, &session.topics);
        session.answers.push(new_answer(
            entry,
            session.groups[n % session.groups.len()].id,
            session.questions[n % session.questions.len()].id,
            AnswerKind::ALL[n % AnswerKind::ALL.len()],
            edit,
        ));
    }
    let report = report::build(&session, options());
    let pdf = report::render(&report, Format::Pdf).expect("pdf");
    let pages: Vec<String> = pdf_extract::extract_text_from_mem_by_pages(&pdf)
        .expect("pdf text")
        .iter()
        .map(|page| normal(page))
        .collect();
    let text = pages.join(" ");
    for answer in session.live_answers() {
        assert!(
            text.matches(&normal(&answer.text)).count() >= 2,
            "the pdf lacks {:?} in its body or its annex",
            answer.text
        );
    }
    let starts_a_page = |heading: &str| pages.iter().any(|page| page.starts_with(heading));
    assert!(starts_a_page("Question 2."), "question 2 starts a page");
    assert!(starts_a_page("Recommendations to policy leaders"));
    let (first, others) = session.groups.split_first().expect("groups");
    assert!(
        starts_a_page(&format!("Annex: each group's answers {}", first.name)),
        "the annex starts a page with its first group, not on a page of its own"
    );
    for group in others {
        assert!(
            starts_a_page(&group.name),
            "{}'s annex starts a page",
            group.name
        );
    }
}

#[test]
fn anonymous_reports_name_no_group_in_any_format() {
    let session = session();
    let options = Options {
        anonymous: true,
        ..options()
    };
    let report = report::build(&session, options);
    for format in Format::ALL {
        let text = rendered_text(&report, format);
        for group in &session.groups {
            assert!(
                !text.contains(&group.name),
                "{format:?} names {}",
                group.name
            );
            assert!(
                !text.contains(&group.rapporteur),
                "{format:?} names {}",
                group.rapporteur
            );
        }
    }
}

#[test]
fn french_headings_and_dates() {
    let options = Options {
        language: Language::French,
        details: true,
        ..options()
    };
    let report = report::build(&session(), options);
    let markdown =
        String::from_utf8(report::render(&report, Format::Markdown).expect("md")).expect("utf8");
    assert!(markdown.contains("## Contexte"));
    assert!(markdown.contains("Recommandations aux décideurs"));
    assert!(markdown.contains("12 octobre 2017"));
    assert!(markdown.contains("Avantage"));
    // French sets a no-break space before a colon or a semicolon.
    assert!(
        markdown.contains("(Avantage\u{a0}; Artificial intelligence"),
        "{markdown}"
    );
    assert!(
        markdown.contains("WCO headquarters, Brussels, 12 octobre 2017."),
        "{markdown}"
    );
    // The annex heading is a block of its own, after the numbered list.
    assert!(markdown.contains("\n\n## Annexe\u{a0}: réponses"));
}

#[test]
fn golden_markdown_html_and_csv() {
    let mut session = Session::template();
    session.answers = self::session().answers.into_iter().take(14).collect();
    let report = report::build(
        &session,
        Options {
            annex: false,
            ..options()
        },
    );
    for (format, name) in [
        (Format::Markdown, "report.md"),
        (Format::Html, "report.html"),
        (Format::Csv, "report.csv"),
    ] {
        let text =
            String::from_utf8(report::render(&report, format).expect("renders")).expect("utf8");
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn file_names_from_titles_are_safe() {
    assert_eq!(
        report::file_name("../../etc/passwd: PTC", Format::Pdf),
        "etc-passwd-ptc-report.pdf"
    );
    assert_eq!(report::file_name("", Format::Csv), "session-report.csv");
}

/// A session with no background yet: its report has no empty section for it.
#[test]
fn a_report_leaves_out_a_background_nobody_wrote() {
    let report = report::build(&Session::blank(), options());
    let text = |format| String::from_utf8(report::render(&report, format).expect("renders"));
    let markdown = text(Format::Markdown).expect("utf8");
    let html = text(Format::Html).expect("utf8");
    assert!(!markdown.contains("Background"), "{markdown}");
    assert!(!html.contains("Background"), "{html}");
    assert!(markdown.contains("## Panel") && html.contains("<h2>Panel</h2>"));
    let docx = docx_text(&report::render(&report, Format::Docx).expect("docx"));
    assert!(
        !docx.contains("Background") && docx.contains("Panel"),
        "{docx}"
    );
    let pdf =
        pdf_extract::extract_text_from_mem(&report::render(&report, Format::Pdf).expect("pdf"))
            .expect("pdf text");
    assert!(
        !pdf.contains("Background") && pdf.contains("Panel"),
        "{pdf}"
    );
}

/// An answer edited differently on two laptops, and one deleted on one
/// while edited on the other: until the facilitator chooses, every format
/// shows the answer with a mark naming the other version, and the deletion
/// does not hide the edit.
#[test]
fn a_conflict_shows_in_every_format_until_resolved() {
    use plenary_core::capture::revised;
    use plenary_core::merge::join;
    let mut session = Session::template();
    let (group, question) = (session.groups[0].id, session.questions[0].id);
    let (laptop, facilitator) = (ReplicaId::new(), ReplicaId::new());
    let at = |secs: i64| EditStamp {
        replica: laptop,
        at: jiff::Timestamp::UNIX_EPOCH + jiff::SignedDuration::from_secs(secs),
    };
    let typed = |text: &str| {
        let entry = parse_entry(text, &session.topics);
        new_answer(entry, group, question, AnswerKind::Risk, at(0))
    };
    let base = typed("Drones over the green border");
    let theirs = revised(&base, at(60), |a| a.text = "Drones at night".into());
    let ours = revised(
        &base,
        EditStamp {
            replica: facilitator,
            ..at(120)
        },
        |a| a.text = "Drones by day".into(),
    );
    let other = typed("E-gates at airports");
    let deleted = revised(&other, at(60), |a| a.deleted = true);
    let edited = revised(
        &other,
        EditStamp {
            replica: facilitator,
            ..at(90)
        },
        |a| a.text = "E-gates at every airport".into(),
    );
    session.answers = vec![join(&ours, &theirs), join(&deleted, &edited)];
    plenary_testkit::sessions::with_positions(&mut session);
    let built = report::build(&session, options());
    for format in [Format::Markdown, Format::Html, Format::Csv] {
        let text =
            String::from_utf8(report::render(&built, format).expect("renders")).expect("utf8");
        let text = html_unescaped(&text);
        assert!(text.contains("Drones by day"), "{format:?}");
        assert!(
            text.contains("Kept in several versions"),
            "{format:?}: {text}"
        );
        assert!(
            text.contains("also “Drones at night” (1970-01-01 00:01 UTC)"),
            "{format:?}"
        );
        assert!(
            text.contains("E-gates at every airport"),
            "{format:?}: the edit shows"
        );
        assert!(
            text.contains("deleted on another laptop (1970-01-01 00:01 UTC)"),
            "{format:?}"
        );
    }
    let docx = docx_text(&report::render(&built, Format::Docx).expect("docx"));
    assert!(docx.contains("Kept in several versions"), "{docx}");
    let pdf =
        pdf_extract::extract_text_from_mem(&report::render(&built, Format::Pdf).expect("pdf"))
            .expect("pdf text");
    assert!(normal(&pdf).contains("Kept in several versions"), "{pdf}");

    // Resolved, the mark goes.
    let mut resolved = session.clone();
    for answer in &mut resolved.answers {
        answer.conflicts.clear();
    }
    let markdown =
        report::render(&report::build(&resolved, options()), Format::Markdown).expect("renders");
    assert!(!String::from_utf8_lossy(&markdown).contains("Kept in several versions"));
}

/// An answer that reverses the text after it (U+202E, typed or pasted) or
/// is in a right-to-left script keeps its direction to itself: the group
/// named after it reads as it should in every format.
#[test]
fn an_answer_cannot_reorder_the_text_around_it() {
    let mut session = Session::template();
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    session.groups[0].name = "Atlantic team".into();
    for text in [
        "Fees paid \u{202E}online at the border",
        "الجمارك تستخدم الذكاء الاصطناعي",
    ] {
        let entry = parse_entry(text, &session.topics);
        let (group, question) = (session.groups[0].id, session.questions[0].id);
        session.answers.push(new_answer(
            entry,
            group,
            question,
            AnswerKind::Benefit,
            edit,
        ));
    }
    let report = report::build(&session, options());
    let markdown =
        String::from_utf8(report::render(&report, Format::Markdown).expect("md")).expect("utf-8");
    let html =
        String::from_utf8(report::render(&report, Format::Html).expect("html")).expect("utf-8");
    let docx = docx_text(&report::render(&report, Format::Docx).expect("docx"));
    for (format, text) in [("md", &markdown), ("docx", &docx)] {
        assert!(
            text.contains("\u{2068}Fees paid \u{202E}online at the border\u{2069}"),
            "{format} isolates the override"
        );
        assert!(text.contains("\u{2068}الجمارك"), "{format} isolates Arabic");
    }
    assert!(
        html.contains("<bdi class=\"answer-text\">\u{2068}Fees paid \u{202E}online at the border\u{2069}</bdi>"),
        "html sets the answer in <bdi>"
    );
    // In the PDF, the attribution after the override is laid out left to
    // right: a leaked override would draw it "maet citnaltA".
    let pdf = normal(
        &pdf_extract::extract_text_from_mem(&report::render(&report, Format::Pdf).expect("pdf"))
            .expect("pdf text"),
    );
    assert!(pdf.contains("— Atlantic team (Benefit"), "{pdf}");
    assert!(!pdf.contains("maet citnaltA"), "{pdf}");
}

/// An answer to a question the session no longer has, or of a group it
/// does not list, is in every format: apart, under "Other answers", or as
/// of an unknown group.
#[test]
fn no_answer_is_dropped_for_naming_what_the_session_lacks() {
    let mut session = Session::template();
    let edit = EditStamp {
        replica: ReplicaId::new(),
        at: jiff::Timestamp::UNIX_EPOCH,
    };
    let elsewhere = [
        (
            "Answer to a removed question",
            session.groups[1].id,
            plenary_core::session::QuestionId::new(),
        ),
        (
            "Answer of a group never set up here",
            plenary_core::session::GroupId::new(),
            session.questions[0].id,
        ),
    ];
    for (text, group, question) in elsewhere {
        let entry = parse_entry(text, &session.topics);
        session
            .answers
            .push(new_answer(entry, group, question, AnswerKind::Risk, edit));
    }
    session.canonicalize();
    let report = report::build(&session, options());
    assert_eq!(report.other_answers.len(), 1);
    assert_eq!(
        report.annex.last().map(|group| group.name.as_str()),
        Some("Unknown group")
    );
    for format in Format::ALL {
        let text = rendered_text(&report, format);
        let text = normal(&text);
        for (answer, _, _) in elsewhere {
            assert!(text.contains(answer), "{format:?} lacks {answer:?}");
        }
        if !matches!(format, Format::Csv) {
            assert!(
                text.contains("Other answers"),
                "{format:?} names the section"
            );
        }
    }
}

/// A committee document reads without each answer's kind and topics: they
/// follow an answer only when asked for, and the CSV always has them.
#[test]
fn kinds_and_topics_follow_answers_only_when_asked_for() {
    let session = session();
    let plain = Options {
        details: false,
        ..options()
    };
    let report = report::build(&session, plain);
    for format in Format::ALL {
        let text = rendered_text(&report, format);
        let text = normal(&text);
        let shown = text.contains("(Use today; Artificial intelligence and machine learning)");
        assert!(!shown, "{format:?} shows no details");
        if format == Format::Csv {
            assert!(text.contains("Use today") && text.contains("Artificial intelligence"));
        }
    }
}

/// An answer kept in thousands of versions (a forged file) does not bury
/// the report: a few versions are named, and how many more there are.
#[test]
fn a_conflict_note_names_a_few_versions_and_counts_the_rest() {
    let mut session = plenary_testkit::big::many_versions(12);
    session.canonicalize();
    let report = report::build(&session, options());
    let note = &report.questions[0].answers[0].conflict;
    assert!(note.contains("and 6 other versions"), "{note}");
    assert_eq!(note.matches("also “").count(), 5, "{note}");
}

/// The first page is headed as a committee document: the meeting, then
/// where and when ("Brussels, March 2017."), then the title; no "Date:"
/// or "Venue:" labels, and nothing empty when the session says neither.
#[test]
fn the_first_page_is_headed_as_a_committee_document() {
    let mut session = session();
    session.meeting = "Permanent Technical Committee, 215th/216th Sessions".into();
    session.venue = "Brussels".into();
    session.date = Some("2017-03".parse().expect("a month"));
    let report = report::build(&session, options());
    assert_eq!(report.place_and_date, "Brussels, March 2017.");
    for format in [Format::Markdown, Format::Html, Format::Docx, Format::Pdf] {
        let text = rendered_text(&report, format);
        let meeting = text
            .find("Permanent Technical Committee")
            .expect("the meeting");
        let placed = text[meeting..]
            .find("Brussels, March 2017.")
            .map(|at| meeting + at);
        let title = placed.and_then(|placed| text[placed..].find(&session.title));
        assert!(title.is_some(), "{format:?}: {text}");
        assert!(
            !text.contains("Date:") && !text.contains("Venue:"),
            "{format:?}"
        );
    }

    let french = report::build(
        &session,
        Options {
            language: Language::French,
            ..options()
        },
    );
    assert_eq!(french.place_and_date, "Brussels, mars 2017.");

    // A venue's own full stop is not kept before the date, nor doubled
    // at the end; an abbreviation keeps its own.
    let march = Some("2017-03".parse().expect("a month"));
    for (venue, date, placed) in [
        (
            "Palais d'Egmont, Bruxelles.",
            march,
            "Palais d'Egmont, Bruxelles, March 2017.",
        ),
        ("Brussels .", march, "Brussels, March 2017."),
        ("Washington D.C.", march, "Washington D.C., March 2017."),
        ("Washington D.C.", None, "Washington D.C."),
        (
            "Palais d'Egmont, Bruxelles.",
            None,
            "Palais d'Egmont, Bruxelles.",
        ),
        ("...", march, "March 2017."),
    ] {
        session.venue = venue.into();
        session.date = date;
        assert_eq!(report::build(&session, options()).place_and_date, placed);
    }
    session.date = None;
    session.venue.clear();
    let bare = report::build(&session, options());
    assert_eq!(bare.place_and_date, "");
    let markdown = rendered_text(&bare, Format::Markdown);
    assert!(!markdown.contains("****"), "no empty bold: {markdown}");

    // A meeting typed with a trailing space is still bold in Markdown.
    session.meeting = "Permanent Technical Committee ".into();
    let markdown = rendered_text(&report::build(&session, options()), Format::Markdown);
    assert!(
        markdown.starts_with("**Permanent Technical Committee**"),
        "{markdown}"
    );
}
