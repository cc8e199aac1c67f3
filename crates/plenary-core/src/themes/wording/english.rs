//! Where an English name cut short ends best: not before an infinitive
//! or a participle whose object or complement the cut took.

use super::NAME_SOME_WORDS;
use super::cut::{is_hanging, keeping_terms, lower_words, with_an_object};
use std::borrow::Cow;

use crate::session::Language;
use crate::themes::text;

/// Words after which "to" opens no infinitive to cut off, as what follows
/// is the point: "would be to share data", "able to check", "need to".
const KEEPS_ITS_INFINITIVE: [&str; 19] = [
    "be", "is", "are", "was", "were", "been", "able", "unable", "need", "needs", "needed", "have",
    "has", "had", "want", "wants", "going", "ought", "how",
];

/// Words after which a word in "-ed" is a verb, not a participle waiting
/// for its complement: "have dropped", "were not accepted", "never worked",
/// "will be cleared".
const BEFORE_A_VERB: [&str; 14] = [
    "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "have", "has", "had",
    "not",
];

/// The prepositions a participle's complement opens: "shared | by every
/// link", "suspected | of hazardous chemicals", "offered | as a service".
const COMPLEMENT_OPENERS: [&str; 11] = [
    "by", "of", "with", "for", "in", "at", "from", "on", "into", "through", "as",
];

/// Where an English name cut at `kept` words ends best: before an
/// infinitive that the cut left without its object ("Automation of routine
/// tasks frees officers | to focus"), or without a participle whose
/// complement the cut took ("A single source of truth | shared by every
/// link"), or before a modal and its verb whose object or complement the
/// cut took ("Officers freed from routine checks | can focus"), or a verb
/// after its plural subject whose object the cut took ("Scanners at the
/// land borders | allow"). Each keeps [`NAME_SOME_WORDS`] words; "to" after
/// "from" joins two nouns ("from data entry to intelligence") and stays,
/// and after a word in "-ed" it opens what is the point ("may be used | to
/// pay", "linked | to ground sensors").
pub(super) fn without_dangling_end(words: &[&str], kept: usize) -> usize {
    let lower = lower_words(words);
    let infinitive = (NAME_SOME_WORDS..kept).find(|&at| {
        lower[at] == "to"
            && !lower[..at].iter().any(|word| word == "from")
            && !KEEPS_ITS_INFINITIVE.contains(&lower[at - 1].as_str())
            && !lower[at - 1].ends_with("ed")
            && words
                .get(at + 1)
                .is_some_and(|next| looks_like_a_verb(next))
    });
    if let Some(at) = infinitive {
        return at;
    }
    let [.., before, last] = &lower[..kept] else {
        return kept;
    };
    // "… with the private sector | and share | the costs": a second verb
    // whose object the cut took.
    let object_cut = lower
        .get(kept)
        .is_some_and(|next| ENGLISH_DETERMINERS.contains(&next.as_str()));
    if before == "and" && object_cut && kept - 2 >= NAME_SOME_WORDS {
        return kept - 2;
    }
    // "By 2025 a single biometric token | linking | the passenger": a
    // participle in "-ing" after a noun, whose object the cut took. After
    // a verb or an adverb it is the verb ("is now | piloting | the
    // platform").
    let a_verb = BEFORE_A_VERB.contains(&before.as_str())
        || before.ends_with("ly")
        || before.ends_with("n't")
        || before == "never";
    let after_a_noun =
        !a_verb && !text::is_stop_word(before, Language::English) && !is_hanging(before);
    let linking = last.len() > 5 && last.ends_with("ing") && after_a_noun;
    if linking && object_cut && kept > NAME_SOME_WORDS {
        return kept - 1;
    }
    // "Drive-through scanners at the land borders | allow | the
    // inspection of trucks": a verb after its plural subject, whose object
    // the cut took, says less than the subject alone.
    let plural_subject = after_a_noun && is_a_plural_subject(before);
    if plural_subject && object_cut && looks_like_a_verb(last) && kept > NAME_SOME_WORDS {
        return kept - 1;
    }
    let participle = is_an_english_participle(last);
    let complement_cut = lower
        .get(kept)
        .is_some_and(|next| COMPLEMENT_OPENERS.contains(&next.as_str()));
    // "Officers freed from routine checks | can focus | on the high-risk
    // stuff": a modal and its verb, whose object or complement the cut
    // took, say less than the subject alone.
    if MODALS.contains(&before.as_str())
        && (object_cut || complement_cut)
        && kept - 2 >= NAME_SOME_WORDS
    {
        return kept - 2;
    }
    if participle && !a_verb && complement_cut && kept > NAME_SOME_WORDS {
        keeping_terms(words, kept)
    } else {
        kept
    }
}

/// Adverbs that say how a verb acts, after its object ("understand the
/// technology | well enough"), in lower case; not every word in "-ly" is
/// one ("supply", "anomaly").
const SAYING_HOW: [&str; 8] = [
    "well",
    "enough",
    "properly",
    "quickly",
    "effectively",
    "efficiently",
    "better",
    "fully",
];

/// Where an English name cut at `kept` words after a verb ("Drones are used
/// to monitor | the long desert borders and …", "Policy leaders need to
/// understand | the technology …") ends with the verb's object, a noun
/// phrase of a determiner and at most [`OBJECT_WORDS`](super::cut::OBJECT_WORDS) words in all that
/// ends where a joining word or a mark does, when the name then `fits`.
/// The verb follows "to", a modal, "have" or a subject pronoun
/// ("Criminal organisations have more money and they buy | the
/// technology"). `kept` otherwise.
pub(super) fn with_its_object(words: &[&str], kept: usize, fits: &dyn Fn(usize) -> bool) -> usize {
    let lower = lower_words(words);
    let (Some(next), true) = (lower.get(kept), kept >= 2) else {
        return kept;
    };
    let (before, last) = (lower[kept - 2].as_str(), lower[kept - 1].as_str());
    let after_its_helper = before == "to"
        || MODALS.contains(&before)
        || ["has", "have", "had"].contains(&before)
        || SUBJECTS.contains(&before);
    let a_verb = after_its_helper
        && last.chars().all(char::is_alphabetic)
        && !text::is_stop_word(last, Language::English);
    if !a_verb || !ENGLISH_DETERMINERS.contains(&next.as_str()) {
        return kept;
    }
    // An adverb ends the noun phrase as a joining word does ("the
    // technology | well enough").
    let says_how = |word: &str| SAYING_HOW.contains(&word);
    let joining = |at: usize| {
        let word = lower[at].as_str();
        text::is_stop_word(word, Language::English) || is_hanging(word) || says_how(word)
    };
    with_an_object(words, kept, &joining, fits)
}

/// The English pronouns a verb follows as its subject, in lower case
/// ("it" may be an object, "IT" a department).
const SUBJECTS: [&str; 4] = ["we", "they", "you", "i"];

/// English modal verbs, in lower case.
pub(super) const MODALS: [&str; 11] = [
    "can", "could", "should", "must", "will", "would", "may", "might", "shall", "cannot", "can't",
];

/// The English words that open a noun phrase, in lower case.
pub(super) const ENGLISH_DETERMINERS: [&str; 12] = [
    "the", "a", "an", "their", "our", "its", "his", "her", "this", "these", "those", "your",
];

/// Whether an English word after "to", as typed, reads as a verb ("to
/// focus", "to keep") rather than a noun ("to users", "to anomalies", "to
/// the", "to Interpol"): a word that is no stop word, no plural, no number
/// and no name, and has no ending only nouns have.
pub(super) fn looks_like_a_verb(word: &str) -> bool {
    const NOUN_ENDINGS: [&str; 8] = [
        "tion", "sion", "ence", "ance", "ity", "ment", "ness", "ship",
    ];
    let plural = word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us");
    !word.chars().any(|c| c.is_uppercase() || c.is_numeric())
        && !text::is_stop_word(word, Language::English)
        && !plural
        && !NOUN_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// Whether `word` (in lower case) reads as an English plural noun, as the
/// subject of a verb: it ends in "s", but not as "business", "status",
/// "analysis", "logistics" or "customs" do.
pub(super) fn is_a_plural_subject(word: &str) -> bool {
    word.ends_with('s')
        && !["ss", "us", "is", "ics"]
            .iter()
            .any(|ending| word.ends_with(ending))
        && word != "customs"
}

/// Whether `last` (in lower case) reads as an English past participle:
/// "enrolled", "linked", "used", not "speed" or "need".
pub(super) fn is_an_english_participle(last: &str) -> bool {
    last.len() > 4 && last.ends_with("ed") && !last.ends_with("eed") || last == "used"
}

/// Modals a learner of English types "to" after ("must to invest",
/// "should to help"), in lower case. "Can", "will" and "may" are left out:
/// "all we can to reduce", "the political will to share", "May to
/// September".
const MODALS_BEFORE_TO: [&str; 6] = ["must", "should", "could", "would", "might", "cannot"];

/// Nouns English takes in the singular only, in the plural a learner types
/// them in: "the informations", "buy the equipments".
const PLURALS_OF_NONE: [&str; 8] = [
    "informations",
    "datas",
    "equipments",
    "softwares",
    "knowledges",
    "feedbacks",
    "trainings",
    "advices",
];

/// Short adjectives English compares with "-er", which a learner compares
/// with "more": "released more quick", "the gap will be more big".
const COMPARED_WITH_ER: [&str; 14] = [
    "quick", "big", "fast", "cheap", "easy", "small", "high", "low", "safe", "short", "long",
    "hard", "strong", "late",
];

/// Words after which "more" and a short adjective compare ("more quick
/// and", "more safe for the officers"), rather than count a noun ("more
/// small traders").
const AFTER_A_COMPARISON: [&str; 10] = [
    "and", "than", "for", "to", "if", "when", "because", "but", "or", "with",
];

/// Verbs a learner leaves in their plain form after "be" and a modal
/// ("The laws must be change", "can be verify"), where the participle
/// differs and the plain form is no adjective, in lower case.
const LEFT_UNCONJUGATED: [&str; 20] = [
    "change",
    "verify",
    "use",
    "implement",
    "develop",
    "adapt",
    "improve",
    "apply",
    "modify",
    "review",
    "update",
    "accept",
    "share",
    "check",
    "reduce",
    "increase",
    "collect",
    "process",
    "deploy",
    "evaluate",
];

/// Adjectives a learner says of "it" without it, opening a sentence: "Is
/// necessary more training for the officers", as Spanish and French say
/// "es necesario", "est nécessaire".
const SAID_OF_IT: [&str; 9] = [
    "necessary",
    "important",
    "needed",
    "essential",
    "possible",
    "difficult",
    "urgent",
    "crucial",
    "useful",
];

/// Whether English `text` has a slip of grammar a learner types and a
/// secretary mends before filing it: a modal before "to" ("must to
/// invest"), "for to" before a verb ("for to select"), a noun English takes
/// in the singular only in the plural ("informations", "equipments"),
/// "more" before a short adjective that compares ("more quick and"), "is
/// need to", "it is needed to" ("It is needed to discuss …"), a modal and
/// "be" before a verb left in its plain form ("must be change"), a sentence
/// that opens with "is" and what is said of the "it" left out ("Is
/// necessary more training"), or a verb in "-ing" before "since" ("is
/// working since 2015"), or a singular subject's verb without its "-s"
/// ("Officer use tablet", [`drops_a_third_persons_s`]), within a stretch
/// of words no mark breaks. A theme is named and stated by an answer
/// without one, when it has one.
pub(crate) fn has_a_learners_slip(text: &str) -> bool {
    text.split(['.', ',', ';', ':', '!', '?', '(', ')', '–', '—', '\n'])
        .any(stretch_has_a_slip)
        || text
            .split_inclusive(['.', '!', '?', '\n'])
            .any(opens_without_its_it)
}

/// Whether `sentence` opens with "is" and what is said of the "it" left
/// out ("Is necessary more training"), and asks nothing ("Is necessary
/// equipment available?" is a question).
fn opens_without_its_it(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    !sentence.trim_end().ends_with('?')
        && words
            .next()
            .is_some_and(|word| word.eq_ignore_ascii_case("is"))
        && words.next().is_some_and(|word| {
            let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            SAID_OF_IT
                .iter()
                .any(|said| word.eq_ignore_ascii_case(said))
        })
}

/// [`has_a_learners_slip`] within one stretch of words, compared whatever
/// their case without copying them.
fn stretch_has_a_slip(stretch: &str) -> bool {
    let words: Vec<&str> = stretch
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '-'))
        .filter(|word| !word.is_empty())
        .collect();
    let is = |at: usize, wanted: &str| {
        words
            .get(at)
            .is_some_and(|word| word.eq_ignore_ascii_case(wanted))
    };
    let one_of = |at: usize, list: &[&str]| list.iter().any(|wanted| is(at, wanted));
    (0..words.len()).any(|at| {
        one_of(at, &PLURALS_OF_NONE)
            || (one_of(at, &MODALS_BEFORE_TO) || is(at, "for")) && is(at + 1, "to")
            || one_of(at, &["is", "are"]) && is(at + 1, "need") && is(at + 2, "to")
            || is(at, "it") && is(at + 1, "is") && is(at + 2, "needed") && is(at + 3, "to")
            || one_of(at, &MODALS) && is(at + 1, "be") && one_of(at + 2, &LEFT_UNCONJUGATED)
            || is(at, "more")
                && one_of(at + 1, &COMPARED_WITH_ER)
                && (at + 2 >= words.len() || one_of(at + 2, &AFTER_A_COMPARISON))
            || one_of(at, &["is", "are", "am"])
                && is(at + 2, "since")
                && words
                    .get(at + 1)
                    .is_some_and(|verb| verb.len() > 5 && verb.ends_with("ing"))
    }) || drops_a_third_persons_s(&words)
}

/// Verbs a learner leaves without the "-s" a singular subject asks for
/// ("Officer use tablet", "Smuggler use technology"), in lower case; not
/// those as often nouns after a noun ("User need analysis", "Donor
/// support so that …", "Revenue increase", "Passport check").
const WITHOUT_THEIR_S: [&str; 12] = [
    "use", "connect", "give", "reduce", "make", "allow", "require", "improve", "provide", "detect",
    "send", "compare",
];

/// The endings of a noun that heads a subject, in lower case: "officer",
/// "smuggler", "operator", "administration", "engine", "software",
/// "system".
const SUBJECTS_ENDINGS: [&str; 11] = [
    "er", "or", "ist", "ion", "ment", "ity", "ine", "ance", "ence", "ware", "system",
];

/// Words in "-er" or "-or" that head no subject, in lower case: "Never
/// use personal phones", "Together use …".
const NO_SUBJECTS: [&str; 12] = [
    "never", "ever", "however", "rather", "further", "together", "whether", "either", "neither",
    "other", "after", "under",
];

/// Whether a stretch of `words` opens with a singular subject of one to
/// three words and no article (a noun in [`SUBJECTS_ENDINGS`] last, no
/// plural or stop word among them) and then a verb of [`WITHOUT_THEIR_S`]
/// without its "-s", before more: "Officer use tablet during physical
/// examination". Not the noun "use" ("Officer use of tablets", "Scanner
/// use has grown"), nor an imperative whose object is no such noun
/// ("Improve data use").
fn drops_a_third_persons_s(words: &[&str]) -> bool {
    (1..words.len().min(4)).any(|verb| {
        let lower = |at: usize| words[at].to_lowercase();
        let subject_word = |at: usize| {
            let word = lower(at);
            !word.ends_with('s')
                && !text::is_stop_word(&word, Language::English)
                && !NO_SUBJECTS.contains(&word.as_str())
                && word.chars().all(char::is_alphabetic)
        };
        // The verb first: few stretches hold one of these.
        WITHOUT_THEIR_S.contains(&lower(verb).as_str())
            && SUBJECTS_ENDINGS
                .iter()
                .any(|end| lower(verb - 1).ends_with(end))
            && (0..verb).all(subject_word)
            && words.get(verb + 1).is_some_and(|next| {
                let next = next.to_lowercase();
                next != "of"
                    && !MODALS.contains(&next.as_str())
                    && !BE_OR_HAVE.contains(&next.as_str())
            })
    })
}

/// Forms of "be" and "have" after which the word before is a noun:
/// "Scanner use has grown", "Officer use is low".
const BE_OR_HAVE: [&str; 7] = ["is", "are", "was", "were", "has", "have", "had"];

/// Words after "To" that open no infinitive a bullet is said by, in lower
/// case: "To be discussed", "To do:", "To date", "To member states".
const NO_BULLETS_VERB: [&str; 5] = ["be", "have", "do", "date", "member"];

/// Verbs of a phrase that, with "To", links what follows to what was said,
/// in lower case: "To sum up,", "To start with,", "To give an example,".
/// Before a comma within three words, they make no bullet.
const LINKING_VERBS: [&str; 9] = [
    "sum",
    "start",
    "begin",
    "give",
    "put",
    "conclude",
    "summarise",
    "summarize",
    "recap",
];

/// The most words of a purpose before the comma that ends it: "To
/// facilitate trade,".
const PURPOSE_WORDS: usize = 6;

/// Whether `after`, what follows an opening "To", is a purpose and the
/// clause it is the purpose of: a comma within [`PURPOSE_WORDS`] words,
/// then a subject opened by a determiner, a pronoun or "customs" ("To
/// facilitate trade, the single window must work", "To do this, it is
/// necessary …", "To facilitate trade, customs should adopt …").
pub(super) fn a_purpose_before_its_clause(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(PURPOSE_WORDS + 1).collect();
    words
        .iter()
        .position(|word| word.ends_with(','))
        .and_then(|comma| words.get(comma + 1))
        .is_some_and(|subject| {
            let subject = subject.to_lowercase();
            ENGLISH_DETERMINERS.contains(&subject.as_str())
                || super::opening::is_a_pronoun(&subject)
                || subject == "customs"
        })
}

/// `answer` without the "To" of the infinitive a bullet opens with, as a
/// list of what to do says it: "To organise exchange of experience" says
/// "Organise exchange of experience", "To change legislation, legal base
/// is behind" "Change legislation, …". The word after "To" is a verb
/// typed in lower case ([`looks_like_a_verb`]), with more after it and no
/// mark: not "To the WCO", "To WCO:", "To customs officers", "To be
/// discussed" ([`NO_BULLETS_VERB`]), "To sum up," ([`LINKING_VERBS`]),
/// nor a purpose before the clause it is the purpose of ("To facilitate
/// trade, the single window must work").
pub(super) fn without_a_bullets_to(answer: &str) -> Cow<'_, str> {
    let Some(after) = answer
        .strip_prefix("To")
        .or_else(|| answer.strip_prefix("to"))
        .filter(|after| after.starts_with(char::is_whitespace))
        .map(str::trim_start)
    else {
        return Cow::Borrowed(answer);
    };
    let words: Vec<&str> = after.split_whitespace().take(3).collect();
    let [verb, ..] = words[..] else {
        return Cow::Borrowed(answer);
    };
    // "To sum up, …", "To give an example, …".
    let linking = LINKING_VERBS.contains(&verb) && words.iter().any(|word| word.ends_with(','));
    if linking || a_purpose_before_its_clause(after) {
        return Cow::Borrowed(answer);
    }
    let a_verb = verb.chars().all(|c| c.is_ascii_lowercase())
        && looks_like_a_verb(verb)
        && !NO_BULLETS_VERB.contains(&verb)
        && words.len() > 1;
    if !a_verb {
        return Cow::Borrowed(answer);
    }
    Cow::Owned(super::capitalise(after))
}

/// Nouns a learner says a thing is without their article, in lower case:
/// "Privacy of passenger data is concern", "Cyber attacks are real
/// threat".
const ONES_WITHOUT_AN_ARTICLE: [&str; 11] = [
    "concern",
    "problem",
    "challenge",
    "issue",
    "threat",
    "priority",
    "barrier",
    "gap",
    "obstacle",
    "constraint",
    "bottleneck",
];

/// Adjectives a learner puts between "is" and one of
/// [`ONES_WITHOUT_AN_ARTICLE`], in lower case: "is big problem".
const BEFORE_ONE_WITHOUT_AN_ARTICLE: [&str; 9] = [
    "real",
    "big",
    "major",
    "serious",
    "huge",
    "key",
    "growing",
    "great",
    "important",
];

/// Words that may follow what a learner says a thing is, in lower case:
/// "is big problem | in the rural posts".
const AFTER_ONE_WITHOUT_AN_ARTICLE: [&str; 11] = [
    "for", "in", "to", "of", "at", "on", "with", "because", "but", "since", "as",
];

/// `text` with the article a learner left out between "is" or "are" and
/// what a thing is ([`ONES_WITHOUT_AN_ARTICLE`], after one of
/// [`BEFORE_ONE_WITHOUT_AN_ARTICLE`] or none, and ending there or before
/// one of [`AFTER_ONE_WITHOUT_AN_ARTICLE`]): "Privacy of passenger
/// data is a concern", "Cyber attacks are a real threat", "Legacy IT is
/// an important obstacle". A name and a statement read to the committee
/// say it as a secretary would write it.
pub(super) fn with_its_article(text: &str) -> Cow<'_, str> {
    // Every name is read on each cut of the slider, and few say so.
    if !text.contains(" is ") && !text.contains(" are ") {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    let bare = |at: usize| {
        words.get(at).map_or(String::new(), |word| {
            word.trim_end_matches([',', '.', ';', ':', '!', '?'])
                .to_owned()
        })
    };
    let mut mended: Vec<String> = Vec::with_capacity(words.len() + 1);
    for (at, word) in words.iter().enumerate() {
        mended.push((*word).to_owned());
        if !matches!(*word, "is" | "are") {
            continue;
        }
        let next = bare(at + 1);
        let one_at = if BEFORE_ONE_WITHOUT_AN_ARTICLE.contains(&next.as_str()) {
            at + 2
        } else {
            at + 1
        };
        // What the thing is ends there: "is risk appetite", "is priority
        // 1" name something else.
        let ends = words
            .get(one_at)
            .is_some_and(|one| bare(one_at).len() < one.len())
            || words
                .get(one_at + 1)
                .is_none_or(|after| AFTER_ONE_WITHOUT_AN_ARTICLE.contains(after));
        if ends && ONES_WITHOUT_AN_ARTICLE.contains(&bare(one_at).as_str()) {
            let vowel = next.starts_with(['a', 'e', 'i', 'o', 'u']);
            mended.push(if vowel { "an" } else { "a" }.to_owned());
        }
    }
    if mended.len() == words.len() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(mended.join(" "))
    }
}
