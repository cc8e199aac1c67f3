//! Theme suggestions by meaning as well as words: answers whose meanings
//! (as the app's sentence encoder reads them; here made up) are alike join
//! though no word of theirs matches, and only when every answer's meaning
//! is known.

use plenary_core::session::Session;
use plenary_core::themes::meaning::Meanings;
use plenary_core::themes::{Analysis, DEFAULT_SIMILARITY, to_suggest};

/// Answers to one question with no word, stem, concept or kind in
/// common: the first two mean the same, the third something else.
fn unlike_in_words() -> (Session, Meanings) {
    let texts = [
        "The weather was bad all week",
        "-",
        "Il pleuvait sans cesse",
        "-",
        "Lunch came late",
    ];
    let session = plenary_testkit::big::with_answers(texts.len(), |n| texts[n].to_owned());
    let mut meanings = Meanings::default();
    for (text, meaning) in [
        (texts[0], [0.6, 0.8]),
        (texts[2], [0.6, 0.8]),
        (texts[4], [0.8, -0.6]),
    ] {
        meanings.insert(text, meaning.to_vec());
    }
    (session, meanings)
}

#[test]
fn answers_alike_in_meaning_join_though_no_word_of_theirs_matches() {
    let (session, meanings) = unlike_in_words();
    let question = session.questions[0].id;
    assert_eq!(to_suggest(&session, question).len(), 3);
    let by_words = Analysis::of_question(&session, question, &Meanings::default());
    assert!(!by_words.by_meaning());
    assert!(by_words.suggest(DEFAULT_SIMILARITY).0.is_empty());

    let by_meaning = Analysis::of_question(&session, question, &meanings);
    assert!(by_meaning.by_meaning());
    let (suggestions, alone) = by_meaning.suggest(DEFAULT_SIMILARITY);
    let [theme] = &suggestions[..] else {
        panic!("{suggestions:?}");
    };
    assert_eq!(theme.answers.len(), 2);
    assert!(
        theme.shared.is_empty(),
        "no word explains it: {:?}",
        theme.shared
    );
    assert_eq!(alone.len(), 1);
}

#[test]
fn an_answer_not_yet_read_leaves_every_answer_to_its_words() {
    let (session, mut meanings) = unlike_in_words();
    let question = session.questions[0].id;
    let mut some = Meanings::default();
    for answer in to_suggest(&session, question).into_iter().take(2) {
        some.insert(
            &answer.text,
            meanings.get(&answer.text).expect("read").to_vec(),
        );
    }
    meanings = some;
    let analysis = Analysis::of_question(&session, question, &meanings);
    assert!(!analysis.by_meaning());
    assert!(analysis.suggest(DEFAULT_SIMILARITY).0.is_empty());
}

/// Answers with no word that says something ("👍", "🚀", "???") make no
/// theme of their own by meaning, though the encoder reads them all as
/// nearly the same thing (here, the same vector); answers that say
/// something still join by meaning.
#[test]
fn answers_that_say_nothing_in_words_do_not_join_by_meaning() {
    let texts = [
        "👍",
        "🚀🚀",
        "???",
        "😡",
        "The weather was bad all week",
        "Il pleuvait sans cesse",
    ];
    let mut session = plenary_testkit::big::with_answers(texts.len(), |n| texts[n].to_owned());
    let (kind, question) = (session.answers[0].kind, session.questions[0].id);
    for answer in &mut session.answers {
        answer.kind = kind;
        answer.question = question;
    }
    let mut meanings = Meanings::default();
    for text in &texts[..4] {
        meanings.insert(text, vec![1.0, 0.0]);
    }
    for text in &texts[4..] {
        meanings.insert(text, vec![0.0, 1.0]);
    }
    let analysis = Analysis::of_question(&session, question, &meanings);
    assert!(analysis.by_meaning());
    let (suggestions, alone) = analysis.suggest(DEFAULT_SIMILARITY);
    let [theme] = &suggestions[..] else {
        panic!("only the weather joins: {suggestions:?}");
    };
    let weather: Vec<_> = session
        .answers
        .iter()
        .filter(|answer| texts[4..].contains(&answer.text.as_str()))
        .map(|answer| answer.id)
        .collect();
    assert_eq!(theme.answers.len(), 2);
    assert!(
        theme.answers.iter().all(|id| weather.contains(id)),
        "{theme:?}"
    );
    assert_eq!(alone.len(), 4);
}
