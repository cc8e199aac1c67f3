//! Where an answer's opening phrase starts and ends, before any cut: past
//! a list item's mark ("- ", "1."), an opening adverb or link ("Honestly,
//! …", "Par ailleurs, …"), the frames a report is typed in (a group that
//! notes, an impersonal "Il convient de …", a topic framed "S'agissant
//! de …,"), a heading ("Risk: …", "Use today: …", or a long scene with no
//! clause of its own before a colon) or a short phrase setting the scene
//! ("In our administration, …"), up to its first mark, with a list the
//! comma opens, and before an arrow.

use super::cut::{
    is_a_preposition, is_an_english_conjunction, is_hanging, lower_words, lowered, opens_clause,
};
use super::english::{ENGLISH_DETERMINERS, MODALS, is_an_english_participle, looks_like_a_verb};
use super::french::{opens_a_french_noun_phrase, reads_as_a_french_verb};
use super::{HEDGES, NAME_FEWEST_WORDS, TOPIC_WORDS, fits, opening_name};
use crate::session::Language;
use crate::themes::glossary::GLOSSARY;
use crate::themes::text::{self, fold};
use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Bullets a list item opens with, typed before the first word with or
/// without a space ("• Drones", "•Drones").
const BULLETS: [char; 5] = ['•', '▪', '◦', '‣', '·'];

/// Whether `token`, the first of an answer, only marks a list item: a
/// dash or star ("- ", "* "), an arrow ([`ARROWS`]: "=> balises GPS", "→
/// faster release"), an e-mail's quote mark ("> commencer petit"; before a
/// number it is "more than", [`without_a_bullet`]), or a number or letter
/// closed by a full stop or bracket ("1.", "12)", "b)"). A "+" is a word
/// ("+ de contrôles").
fn is_a_bullet(token: &str) -> bool {
    matches!(token, "-" | "–" | "—" | "*" | ">" | ">>")
        || ARROWS.contains(&token)
        || is_a_number(token)
        || is_a_bracketed_mark(token)
}

/// Whether `token` numbers a list item between brackets, as a committee's
/// text does: "(a)", "(12)", "(iv)".
fn is_a_bracketed_mark(token: &str) -> bool {
    let Some(mark) = token
        .strip_prefix('(')
        .and_then(|token| token.strip_suffix(')'))
    else {
        return false;
    };
    let numbered = (1..=2).contains(&mark.len()) && mark.chars().all(|c| c.is_ascii_digit());
    let lettered = mark.len() == 1 && mark.chars().all(|c| c.is_ascii_lowercase());
    numbered || lettered || ROMAN_NUMERALS.contains(&mark)
}

/// Roman numerals a committee's text numbers list items by, from two on,
/// in lower case ("(i)" is a letter too).
const ROMAN_NUMERALS: [&str; 9] = ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/// Whether `token` numbers a list item: a number or a small letter
/// closed by a bracket or a full stop ("1.", "12)", "b)"), and "a." only
/// of the letters closed by a full stop, as "p. ex." and "c. 30 %" are
/// no items.
fn is_a_number(token: &str) -> bool {
    list_mark(token).is_some_and(|(at, letter, close)| !letter || close == ')' || at == 1)
}

/// Where a list item's mark stands in its list, and how it is typed: "2)"
/// is second, as "b)" is, and both close with a bracket. None when
/// `token` marks no item.
fn list_mark(token: &str) -> Option<(u32, bool, char)> {
    let close = token.chars().last().filter(|&c| matches!(c, '.' | ')'))?;
    let mark = &token[..token.len() - 1];
    let numbered = (1..=2).contains(&mark.len()) && mark.chars().all(|c| c.is_ascii_digit());
    let mut letters = mark.chars();
    match (letters.next(), letters.next()) {
        _ if numbered => mark.parse().ok().map(|at| (at, false, close)),
        (Some(letter), None) if letter.is_ascii_lowercase() => {
            Some((u32::from(letter) - u32::from('a') + 1, true, close))
        }
        _ => None,
    }
}

/// `text` without the marks that number its items in a line, read as a
/// list: "1) needs assessment first; 2) business case; 3) avoid …" is
/// "needs assessment first; business case; avoid …", "Blockchain: a)
/// certificates of origin b) fewer verification requests" is
/// "Blockchain: certificates of origin; fewer verification requests". An
/// item follows a semicolon (spaced before it in French, as `french`
/// tells when asked), unless a mark ends the one before ("Ask WCO to 1)
/// map who uses what, 2) issue guidelines" keeps its comma). Only marks
/// that count on from the first item, typed alike, are marks: "Art. 2)
/// applies" stays as typed, as does a list of one item, and numbers that
/// each follow the same word ("priority 1. … priority 2.", "phase 1) …
/// phase 2)").
pub(super) fn unnumbered(text: &str, french: impl Fn() -> bool) -> Cow<'_, str> {
    let mut marks: Vec<&str> = Vec::new();
    let mut next = None;
    for token in text.split_whitespace() {
        match (list_mark(token), next) {
            (Some((1, letter, close)), None) => {
                marks.push(token);
                next = Some((2, letter, close));
            }
            (Some(mark), Some(expected)) if mark == expected => {
                marks.push(token);
                next = Some((mark.0 + 1, mark.1, mark.2));
            }
            _ => {}
        }
    }
    let word_before = |mark: &str| {
        let before = text[..offset_in(text, mark)].trim_end();
        before
            .rsplit(char::is_whitespace)
            .next()
            .filter(|word| word.ends_with(char::is_alphanumeric))
            .map(str::to_lowercase)
    };
    if marks.len() < 2 {
        return Cow::Borrowed(text);
    }
    let numbering = word_before(marks[0]).is_some_and(|first| {
        marks[1..]
            .iter()
            .all(|mark| word_before(mark).as_ref() == Some(&first))
    });
    if numbering {
        return Cow::Borrowed(text);
    }
    let mut read = String::with_capacity(text.len());
    let mut from = 0;
    for (nth, mark) in marks.into_iter().enumerate() {
        let at = offset_in(text, mark);
        read.push_str(text[from..at].trim_end());
        let ended = read.ends_with([';', ',', ':', '.', '!', '?']);
        if nth > 0 && !read.is_empty() && !ended {
            read.push_str(if french() { " ;" } else { ";" });
        }
        if !read.is_empty() {
            read.push(' ');
        }
        from = at + mark.len();
        from += text[from..].len() - text[from..].trim_start().len();
    }
    read.push_str(&text[from..]);
    Cow::Owned(read)
}

/// `answer` without the mark a rapporteur opened it with as a list item
/// ("- ML models scoring consignments", "• Drones", "2) Former les
/// agents"), which is no part of its name or its statement; a bullet typed
/// against the first word ("•Drones") too. An answer that is only a mark
/// stays as it is.
pub(super) fn without_a_bullet(answer: &str) -> &str {
    let answer = answer.trim_start();
    let unbulleted = answer.trim_start_matches(BULLETS);
    if unbulleted.len() < answer.len() {
        return if unbulleted.trim().is_empty() {
            answer
        } else {
            unbulleted.trim_start()
        };
    }
    // "> 50 % des conteneurs sont scannés" says more than half.
    let more_than = |first: &str, rest: &str| {
        first.starts_with('>') && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
    };
    match answer.split_once(char::is_whitespace) {
        Some((first, rest))
            if (is_a_bullet(first) || is_a_lettered_item(first, rest))
                && !rest.trim().is_empty()
                && !more_than(first, rest) =>
        {
            rest.trim_start()
        }
        _ => answer,
    }
}

/// Whether `first`, an answer's first token, is a later letter of a list
/// closed by a full stop before `rest` that opens with a capital: "b.
/// PRIVACY by design", "c. HS: classify drones" (an item of a list whose
/// other items are other answers), not "p. ex." or "c. 30 %".
fn is_a_lettered_item(first: &str, rest: &str) -> bool {
    list_mark(first).is_some_and(|(_, letter, close)| letter && close == '.')
        && rest.trim_start().starts_with(char::is_uppercase)
}

/// `statement` without the marks it opens with before a dash: "$$$ - cost
/// is the big issue", "!!! – urgent" say how much, and a statement read
/// aloud says what. A name keeps them, and is named by the theme's
/// concepts ("$$$ - AI scanners, drones, biometric gates all expensive"
/// is about costs, which its first words do not say).
pub(super) fn without_marks_before_a_dash(statement: &str) -> &str {
    if let Some((first, rest)) = statement.split_once(char::is_whitespace)
        && !first.contains(char::is_alphanumeric)
        && let Some((dash, after)) = rest.trim_start().split_once(char::is_whitespace)
        && matches!(dash, "-" | "–" | "—" | ":")
        && !after.trim().is_empty()
    {
        return after.trim_start();
    }
    statement
}

/// Whether `answer` opens with a list item's number ("1.", "2)").
fn opens_with_a_number(answer: &str) -> bool {
    answer.split_whitespace().next().is_some_and(is_a_number)
}

/// `answer` as a list prints it, beside its own mark: without the mark it
/// was typed with when it is one item ("- e-seals with GPS"), as typed when
/// it lists several ("1. Train staff 2. Buy scanners", "- drones" and "-
/// scanners" on two lines), whose marks tell the items apart.
pub fn as_one_item(answer: &str) -> &str {
    let marked = |line: &str| without_a_bullet(line).len() < line.trim_start().len();
    if !marked(answer) {
        return answer;
    }
    let unmarked = without_a_bullet(answer);
    let another_line = unmarked.lines().skip(1).any(marked);
    let numbered = opens_with_a_number(answer);
    let another_number = numbered && unmarked.split_whitespace().any(is_a_number);
    if another_line || another_number {
        answer
    } else {
        unmarked
    }
}

/// `answer` as a list that draws a bullet before each item prints it (the
/// report's lists): without the first mark of items typed on lines ("•
/// drones" and "• scanners"), which would stand beside the list's own
/// bullet, the later items keeping theirs, which tell them apart; an
/// answer that opens with a number as [`as_one_item`] prints it (one item
/// without its number, several with theirs).
pub fn beside_a_bullet(answer: &str) -> &str {
    if opens_with_a_number(answer) {
        as_one_item(answer)
    } else {
        without_a_bullet(answer)
    }
}

/// Adverbs a speaker opens with to say how they say it, not what
/// ("Honestly, …", "Franchement …", "Unfortunately, …"), or in what
/// order ("D'abord l'électricité …"), in English and in French, in lower
/// case.
const DISCOURSE_OPENERS: [&str; 20] = [
    "honestly",
    "frankly",
    "basically",
    "actually",
    "obviously",
    "anyway",
    "unfortunately",
    "fortunately",
    "sadly",
    "ironically",
    "interestingly",
    "admittedly",
    "honnêtement",
    "franchement",
    "bref",
    "évidemment",
    "malheureusement",
    "heureusement",
    "certes",
    "d'abord",
];

/// Text-speak a speaker opens with to say how they say it, in lower case:
/// "imo privacy is the big one", "tbh nobody uses it".
const TEXT_SPEAK: [&str; 4] = ["imo", "imho", "tbh", "btw"];

/// `text` from its first letter or digit on.
pub(super) fn after_its_marks(text: &str) -> &str {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The two words that tie an answer to the one said before it, in lower
/// case: "Mais aussi les drones utilisés par les contrebandiers", "But also
/// the drones the smugglers fly".
const CONNECTORS: [(&str, &str); 4] = [
    ("mais", "aussi"),
    ("et", "aussi"),
    ("but", "also"),
    ("and", "also"),
];

/// `answer` without an adverb that only says how it is said, or the words
/// that tie it to what was said before ([`CONNECTORS`]), and the marks
/// after them: "Honestly most of these techs are not used yet" is named
/// from "most of these techs", "Bref : il faut former" from "il faut
/// former", "Mais aussi les drones …" from "les drones …".
pub(super) fn without_a_discourse_opener(answer: &str) -> &str {
    let answer = answer.trim_start();
    let Some((first, rest)) = answer.split_once(char::is_whitespace) else {
        return answer;
    };
    let word = lowered(first.trim_end_matches(|c: char| !c.is_alphanumeric()));
    if let Some((second, past)) = rest.trim_start().split_once(char::is_whitespace)
        && CONNECTORS.contains(&(
            word.as_str(),
            lowered(second.trim_end_matches([',', ':'])).as_str(),
        ))
        && !after_its_marks(past).is_empty()
    {
        return after_its_marks(past);
    }
    if let Some(rest) = after_a_link(answer) {
        return rest;
    }
    let rest = after_its_marks(rest);
    // Text-speak's "imo" as typed, in lower case or capitalised: "IMO" is
    // the International Maritime Organization.
    let text_speak = TEXT_SPEAK.contains(&word.as_str()) && !first.starts_with("IM");
    if !rest.is_empty() && (text::is_one_of(&word, DISCOURSE_OPENERS) || text_speak) {
        rest
    } else {
        answer
    }
}

/// Words that link an answer to the one said before it, or say whose
/// view or with what courtesy it is said, with a comma after them, in
/// lower case: "Par ailleurs, la dématérialisation …", "Moreover, …",
/// "However, …", "Cependant, …",
/// "With respect, we think …", "À notre avis, …". Without the comma they
/// may be words of the point ("De plus en plus de colis", "Finally
/// cleared goods …"). Words that number a point ("Firstly, …",
/// "Premièrement, …") are such links: a theme's answers are in no order.
const LINKS: [&str; 51] = [
    "firstly",
    "secondly",
    "thirdly",
    "first",
    "second",
    "first of all",
    "premièrement",
    "deuxièmement",
    "tout d'abord",
    "en premier lieu",
    "with respect",
    "respectfully",
    "in our view",
    "in our opinion",
    "in my opinion",
    "à notre avis",
    "selon nous",
    "par ailleurs",
    "en outre",
    "en sus",
    "de surcroît",
    "au demeurant",
    "what is more",
    "de plus",
    "d'autre part",
    "enfin",
    "en effet",
    "furthermore",
    "moreover",
    "in addition",
    "additionally",
    "besides",
    "finally",
    "lastly",
    "also",
    "however",
    "nevertheless",
    "nonetheless",
    "on the other hand",
    "in fact",
    "indeed",
    "similarly",
    "likewise",
    "cependant",
    "toutefois",
    "néanmoins",
    "pourtant",
    "en revanche",
    "par contre",
    "d'ailleurs",
    "de même",
];

/// What `answer` says after one of [`LINKS`] and its comma, when that
/// is two words or more.
fn after_a_link(answer: &str) -> Option<&str> {
    let words: Vec<&str> = answer.split_whitespace().take(4).collect();
    let lower = lower_words(&words);
    let comma = (0..lower.len()).find(|&at| lower[at].ends_with(','))?;
    let link = lower[..=comma].join(" ");
    if !LINKS.contains(&link.trim_end_matches(',')) {
        return None;
    }
    let rest = after_its_marks(&answer[offset_in(answer, words[comma]) + words[comma].len()..]);
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// The fewest letters of an adverb that opens an answer before a comma,
/// read by its ending ([`after_an_adverb`]): "Sadly", "Hopefully".
const ADVERB_LETTERS: usize = 5;

/// Words in "-ly" that are no adverbs, in lower case: "Supply, it is the
/// main issue" names its topic.
const NOT_ADVERBS_IN_LY: [&str; 8] = [
    "supply", "family", "italy", "assembly", "anomaly", "monopoly", "reply", "rally",
];

/// What `answer` says after the English adverb it opens with and its
/// comma, when that is two words or more: "Regrettably, smugglers use
/// drones …". An adverb is read by its ending, "-ly" (not
/// [`NOT_ADVERBS_IN_LY`]), the phrase it ends saying nothing alone;
/// French's in "-ment" are as often nouns ("Financement, …"), and those
/// that open an answer are [`DISCOURSE_OPENERS`].
pub(super) fn after_an_adverb(answer: &str) -> Option<&str> {
    let (first, rest) = answer.trim_start().split_once(' ')?;
    let adverb = first.strip_suffix(',')?.to_lowercase();
    let letters = adverb.chars().count();
    let ends_as_one = adverb.ends_with("ly") && !NOT_ADVERBS_IN_LY.contains(&adverb.as_str());
    let rest = after_its_marks(rest);
    (letters >= ADVERB_LETTERS
        && adverb.chars().all(char::is_alphabetic)
        && ends_as_one
        && rest.split_whitespace().count() >= 2)
        .then_some(rest)
}

/// Who a group reports by, in lower case: "The group notes that …",
/// "Nous pensons que …", a writer's "I think …"; members, delegates and
/// participants are [`TELLERS`].
const REPORTERS: [&str; 10] = [
    "the group",
    "our group",
    "the groups",
    "we",
    "i",
    "je",
    "le groupe",
    "notre groupe",
    "les groupes",
    "nous",
];

/// Verbs a group reports what it said by, in English and in French, in
/// lower case, in the present, in the past ("Our group considered that",
/// minutes' "The group heard that", "Il a été indiqué que") or after
/// "has", "have", "would", "a", "ont" or "avons" ("has noted", "a
/// constaté").
const REPORTING: [&str; 92] = [
    "cautioned",
    "warned",
    "stated",
    "indicated",
    "explained",
    "report",
    "reports",
    "imagine",
    "imagined",
    "expect",
    "hope",
    "understand",
    "notes",
    "noted",
    "note",
    "stresses",
    "stressed",
    "underlines",
    "underlined",
    "feels",
    "feel",
    "felt",
    "believes",
    "believe",
    "believed",
    "agrees",
    "agreed",
    "agree",
    "thinks",
    "think",
    "thought",
    "considers",
    "consider",
    "considered",
    "observes",
    "observed",
    "highlights",
    "highlighted",
    "emphasises",
    "emphasised",
    "emphasizes",
    "emphasized",
    "concludes",
    "concluded",
    "recognises",
    "recognised",
    "recognizes",
    "recognized",
    "rappelle",
    "rappellent",
    "reconnaît",
    "reconnaissent",
    "souligne",
    "soulignent",
    "constate",
    "constaté",
    "constatent",
    "estime",
    "estiment",
    "estimons",
    "pense",
    "pensent",
    "pensons",
    "considère",
    "considérons",
    "observe",
    "relève",
    "souligné",
    "noté",
    "estimé",
    "relevé",
    "observé",
    "considéré",
    "pensé",
    "constatons",
    "notons",
    "soulignons",
    "observons",
    "heard",
    "confirmed",
    "reported",
    "recalled",
    "acknowledged",
    "envisaged",
    "indiqué",
    "rappelé",
    "signalé",
    "précisé",
    "confirmé",
    "reconnu",
    "convenu",
    "envisagé",
];

/// Verbs a group recommends by, which an infinitive follows ("to", "de"):
/// "We would recommend to start …", "Nous recommandons de procéder …".
const RECOMMENDING: [&str; 22] = [
    "recommend",
    "recommends",
    "recommended",
    "suggest",
    "suggests",
    "suggested",
    "recommande",
    "recommandons",
    "recommandent",
    "recommandé",
    "suggère",
    "suggèrent",
    "suggérons",
    "suggéré",
    "propose",
    "proposent",
    "proposons",
    "proposé",
    "préconise",
    "préconisons",
    "préconisent",
    "préconisé",
];

/// The articles of a thing a group recommends, in lower case: "Nous
/// préconisons un rapprochement avec …" is named "Rapprochement avec …",
/// "Le groupe recommande l'élaboration de règles claires" "Élaboration de
/// règles claires", "We recommend a phased roll-out" "Phased roll-out".
const A_THING: [&str; 10] = [
    "un", "une", "des", "le", "la", "les", "l'", "a", "an", "the",
];

/// Verbs a group says what it noted or stressed by, with the thing after
/// them, in lower case: "We have noted a reduction of the delays", "Nous
/// avons constaté une baisse des fraudes", "The group stressed the
/// importance of political will", "Le groupe souligne l'apport du
/// datamining".
const NOTING: [&str; 28] = [
    "note",
    "notes",
    "noted",
    "noticed",
    "observed",
    "observe",
    "saw",
    "stress",
    "stresses",
    "stressed",
    "highlight",
    "highlights",
    "highlighted",
    "underline",
    "underlines",
    "underlined",
    "emphasised",
    "emphasized",
    "constaté",
    "constatons",
    "observé",
    "observons",
    "relevé",
    "souligne",
    "soulignons",
    "souligné",
    "relève",
    "relevons",
];

/// What `after` says past the article it opens with, its `joining` word
/// in lower case: "un rapprochement …", "a reduction …"; not past a
/// definite article before a name, which says whom ("the WCO develops
/// …").
fn a_thing_after<'a>(after: &'a str, joining: &str) -> Option<&'a str> {
    past_a_joining(after, &A_THING)
        .filter(|rest| !is_definite(joining) || rest.starts_with(char::is_lowercase))
}

/// Whether `typed` (in lower case `lower`), after a verb of recommending,
/// opens a thing without its article: a word in lower case that is no
/// stop word, no pronoun and no verb's "that", "to" or "de" ("We
/// recommend enhanced cooperation …"; not "We recommend the WCO …", "We
/// recommend that …", "We recommend Customs to …", "We recommend
/// everything be digitised").
fn is_a_bare_thing(typed: &str, lower: &str) -> bool {
    typed.starts_with(char::is_lowercase)
        && !text::is_stop_word(lower, Language::English)
        && !text::is_stop_word(lower, Language::French)
        && !PRONOUNS.contains(&lower)
        && !is_a_joining(lower, &THAT)
        // "The group recommended according to …": how, not what.
        && !is_a_preposition(lower)
        && !lower.ends_with("ing")
        // "We recommend everything be digitised": whom it is recommended
        // of, said by a pronoun.
        && !matches!(
            lower,
            "everything" | "everyone" | "everybody" | "something" | "nothing" | "all" | "each"
        )
}

/// Whether a lower-case word is a definite article (of [`A_THING`]): what
/// it opens is whom a group recommends to act when it is a name ("We
/// recommend the WCO develops …").
fn is_definite(word: &str) -> bool {
    matches!(word, "the" | "le" | "la" | "les") || word.starts_with("l'")
}

/// Who reports what one administration did or said, in lower case:
/// members, delegates and participants ("Several members stressed that
/// …"), not the group itself ([`REPORTERS`]).
const TELLERS: [&str; 27] = [
    "participants",
    "the participants",
    "one member",
    "a member",
    "several members",
    "some members",
    "many members",
    "members",
    "one delegate",
    "several delegates",
    "some delegates",
    "delegates",
    "the delegates",
    "les délégués",
    "certains délégués",
    "des délégués",
    "les participants",
    "un membre",
    "plusieurs membres",
    "certains membres",
    "des membres",
    "les membres",
    "un participant",
    "plusieurs participants",
    "certains participants",
    "un délégué",
    "plusieurs délégués",
];

/// Verbs a member reports a case by, which what was told follows without
/// "that" (after [`TELLERS`] only): "One member described using virtual
/// reality headsets …", "Un membre a présenté le projet …"; with "that",
/// any reporter ("We mentioned that …").
const TELLING: [&str; 12] = [
    "described",
    "mentioned",
    "presented",
    "cited",
    "décrit",
    "présenté",
    "cité",
    "évoqué",
    "mentionné",
    "décrivent",
    "présentent",
    "évoquent",
];

/// Where the words after the one or two `lower` words from `start` that
/// are one of `who` begin ("the group", "we", "notre administration"),
/// when a word follows them; the longer first.
fn said_by(lower: &[String], start: usize, who: &[&str]) -> Option<usize> {
    (1..=2)
        .rev()
        .map(|count| start + count)
        .find(|&end| lower.len() > end && who.contains(&lower[start..end].join(" ").as_str()))
}

/// Frames a group states a need in before the verb of what it needs
/// done, in lower case.
const NEED_FRAMES: [&str; 6] = [
    "il faut",
    "il faudrait",
    "nous devons",
    "we need to",
    "we must",
    "we should",
];

/// `answer` without a frame of need before a verb: "Il faut adapter le
/// code des douanes" is named from "adapter le code des douanes", "We
/// should be careful that …" from "be careful that …", as a recommendation
/// is headed. A need of a thing stays ("Il faut un cadre juridique", "We
/// need our own analysts"), and so does a negation ("We should not …").
/// What a need to say ("Il faut préciser que …", "We should note that
/// …"), an impersonal frame ([`after_an_impersonal_frame`]) or a frame of
/// note ([`after_a_note_frame`]) opens is named from what follows them.
pub(super) fn without_a_need_frame(answer: &str) -> &str {
    let trimmed = answer.trim_start();
    if let Some(rest) = after_an_impersonal_frame(trimmed) {
        return rest;
    }
    // "Il ne faut pas oublier qu'il faut former les agents": what is to
    // be noted may itself be framed.
    if let Some(rest) = after_a_note_frame(trimmed) {
        return without_a_need_frame(rest);
    }
    let lower = trimmed.to_lowercase();
    let Some(frame) = NEED_FRAMES
        .iter()
        .find(|frame| lower.starts_with(*frame) && lower[frame.len()..].starts_with(' '))
    else {
        return answer;
    };
    let rest = trimmed[frame.len()..].trim_start();
    // "Il faudrait à l'avenir procéder à …": the time said inside the
    // frame goes with it.
    let rest = super::time_opener_end(rest).map_or(rest, |end| {
        rest[end..].trim_start_matches(|c: char| c == ',' || c.is_whitespace())
    });
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let Some(verb) = words.first().map(|word| word.to_lowercase()) else {
        return answer;
    };
    let french = frame.starts_with("il ") || frame.starts_with("nous");
    // "Il faut préciser que …", "We should note that …": what is said.
    let said = text::is_one_of(&verb, SAYING)
        .then(|| past_a_joining(rest[words[0].len()..].trim_start(), &THAT))
        .flatten()
        .filter(|said| said.split_whitespace().count() >= 2);
    if let Some(said) = said {
        said
    } else if is_the_needed_verb(&verb, words[0], french, false) && words.len() >= 2 {
        rest
    } else {
        answer
    }
}

/// Frames that bid the reader note what follows their "that" or "que",
/// in lower case: "It should be noted that …", "Il est à noter que …",
/// "Il ne faut pas oublier que …"; a need's "Il faut dire que …" is read
/// with the need's ([`without_a_need_frame`]).
const NOTE_FRAMES: [&str; 13] = [
    "il ne faut pas oublier",
    "n'oublions pas",
    "we must not forget",
    "we should not forget",
    "we should bear in mind",
    "it should be noted",
    "it must be noted",
    "it is to be noted",
    "it is worth noting",
    "it is worth mentioning",
    "it should be stressed",
    "il est à noter",
    "il est à souligner",
];

/// What `answer` says after a frame of [`NOTE_FRAMES`] and its "that",
/// "que" or "qu'", when that is two words or more: "It should be noted
/// that drones are used by the gendarmerie" is named from "drones are
/// used …", "Au final il ne faut pas oublier que ces technologies …" from
/// "ces technologies …".
fn after_a_note_frame(answer: &str) -> Option<&str> {
    /// Words that sum up before a frame, in lower case: "Au final il ne
    /// faut pas oublier que …".
    const SUMMING: [&str; 5] = ["au final", "finalement", "enfin", "in the end", "finally"];
    let words: Vec<&str> = answer.split_whitespace().take(9).collect();
    // Every name is read on each cut of the slider, and few open so.
    let first = lowered(words.first()?);
    let first = first.trim_end_matches(',');
    if !opens_one_of(first, &NOTE_FRAMES) && !opens_one_of(first, &SUMMING) {
        return None;
    }
    let lower = lower_words(&words);
    let summing = (1..=3)
        .find(|&count| {
            let opening = lower[..count.min(lower.len())].join(" ");
            SUMMING.contains(&opening.trim_end_matches(','))
        })
        .unwrap_or(0);
    let frame = frame_words(&lower, summing, &NOTE_FRAMES, 5)?;
    let that = &words[summing + frame..];
    let rest = past_a_joining(&answer[offset_in(answer, that[0])..], &THAT)?;
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// Whether a frame of `frames` may open with `first`, a word in lower
/// case, typed with or without accents: most answers open with none, and
/// every name is read on each cut of the slider.
fn opens_one_of(first: &str, frames: &[&str]) -> bool {
    text::is_one_of(
        first,
        frames.iter().filter_map(|frame| frame.split(' ').next()),
    )
}

/// How many words of `lower` (in lower case) from `from` make one of
/// `frames`, typed with or without accents ("Eu egard a …", "A propos des
/// drones, …"): the fewest, up to `most`, with a word after them.
fn frame_words(lower: &[String], from: usize, frames: &[&str], most: usize) -> Option<usize> {
    if !opens_one_of(lower.get(from)?, frames) {
        return None;
    }
    (1..=most).find(|&count| {
        lower.len() > from + count
            && text::is_one_of(&lower[from..from + count].join(" "), frames.iter().copied())
    })
}

/// Frames an answer names its topic in, before a comma and what it says
/// of it, in lower case: "S'agissant de la conduite du changement, …",
/// "Regarding data, …", and English said in French words ("In what
/// concerns the drones, …").
const TOPIC_FRAMES: [&str; 15] = [
    "s'agissant",
    "en ce qui concerne",
    "concernant",
    "pour ce qui est",
    "quant",
    "au sujet",
    "à propos",
    "regarding",
    "as regards",
    "with regard to",
    "with respect to",
    "as for",
    "concerning",
    "in what concerns",
    "in what regards",
];

/// Frames an answer gives its reason or its setting in, before a comma
/// and what it says follows from it, in lower case: "Eu égard à
/// l'immensité du territoire, les drones …", "Given the size of the
/// territory, …", "In the framework of the AEO programme, the private
/// sector …", and English said in French words, "At the level of the
/// benefits, …" (the French "Au niveau de …" sets a place,
/// [`without_a_place_scene`]). The reason is why the group says it; what
/// it says names the theme.
const REASON_FRAMES: [&str; 11] = [
    "dans le cadre",
    "in the framework of",
    "at the level of",
    "eu égard",
    "compte tenu",
    "étant donné",
    "vu",
    "au vu",
    "given",
    "in view of",
    "in light of",
];

/// The most words of a reason before its comma: "Given the size of the
/// territory, …".
const REASON_WORDS: usize = 10;

/// `answer` without the frame it names its topic in ([`TOPIC_FRAMES`]):
/// named by the topic ("S'agissant de la conduite du changement, le
/// groupe insiste sur …" is named "la conduite du changement"), unless
/// the topic is a label or one word that means something, or what follows
/// its comma is framed as a report or a need, which then names it from
/// what it says ("S'agissant des risques, le groupe souligne que la
/// collecte massive …" from "la collecte massive …"). After a frame of a
/// reason ([`REASON_FRAMES`]) what follows the comma names it always.
pub(super) fn without_a_topic_frame(answer: &str) -> &str {
    let answer = answer.trim_start();
    // The longest frame, its joining word, and a topic's words.
    let words: Vec<&str> = answer.split_whitespace().take(REASON_WORDS + 6).collect();
    // The opening words a frame is sought in, then the topic's.
    let opening = lower_words(&words[..words.len().min(5)]);
    let reason = frame_words(&opening, 0, &REASON_FRAMES, 4);
    let Some(frame) = reason.or_else(|| frame_words(&opening, 0, &TOPIC_FRAMES, 4)) else {
        return answer;
    };
    let lower = lower_words(&words);
    // "de la conduite", "des risques", "d'un cadre", "au transit".
    let topic_start = match lower[frame].as_str() {
        "de" | "du" | "des" | "à" | "a" | "au" | "aux" => frame + 1,
        _ => frame,
    };
    let topic_words = if reason.is_some() {
        REASON_WORDS
    } else {
        TOPIC_WORDS + 1
    };
    let topic_end = lower.len().min(topic_start + topic_words);
    let Some(comma) = (topic_start..topic_end).find(|&at| lower[at].ends_with(',')) else {
        return answer;
    };
    let first = words[topic_start];
    let mut start = offset_in(answer, first);
    if lower[topic_start].starts_with("d'") && topic_start == frame {
        start += after_the_elision(first);
    }
    let end = offset_in(answer, words[comma]) + words[comma].len() - 1;
    let topic = answer[start..end].trim();
    let rest = answer[end + 1..].trim_start();
    if rest.split_whitespace().count() < 2 || topic.is_empty() {
        return answer;
    }
    if reason.is_some() && !is_a_whole_reason(answer, &lower[topic_start..comma], end, rest) {
        return answer;
    }
    let framed = without_a_report_frame(rest).len() != rest.len()
        || without_a_need_frame(rest).len() != rest.len();
    // "Regarding the data, …", "S'agissant de la formation, …": one word
    // names no theme.
    let meaningful = topic
        .split_whitespace()
        .map(lowered)
        .filter(|word| {
            !text::is_stop_word(word, Language::English)
                && !text::is_stop_word(word, Language::French)
        })
        .count();
    if reason.is_some() || framed || is_a_label(topic) || meaningful < 2 {
        rest
    } else {
        topic
    }
}

/// Words that open what only goes on with what was said before it, in
/// lower case: a relative or a conjunction ("…, which delays
/// clearance"), or a pronoun that points back ("…, cela permettrait …",
/// "…, this is essential").
const POINTING_BACK: [&str; 13] = [
    "which", "and", "but", "qui", "et", "mais", "this", "they", "these", "cela", "ça", "ce", "ils",
];

/// Whether the reason of `lower` (its words in lower case, up to its
/// comma, whose byte is `comma` in `answer`) is a whole one, which `rest`
/// goes on from: no subject of its own ("Dans le cadre du guichet unique
/// nous avons interconnecté les banques, …" says its point before the
/// comma), no list that the comma goes on with ("Given the cost, the size
/// and the training needs, …"), and no rest that points back to it.
fn is_a_whole_reason(answer: &str, lower: &[String], comma: usize, rest: &str) -> bool {
    let opens_rest = rest
        .split_whitespace()
        .next()
        .map(lowered)
        .unwrap_or_default();
    !lower.iter().any(|word| PRONOUNS.contains(&word.as_str()))
        && list_end(answer, comma).is_none()
        && !POINTING_BACK.contains(&opens_rest.trim_end_matches(','))
        && !opens_rest.starts_with("c'")
}

/// Whether `verb` (in lower case; `typed` as typed) after a frame of need
/// is the verb of what is needed: in French an infinitive ("adapter",
/// "s'interroger"), in English no negation, article or "also" ("We should
/// not …"), and after "to" a word that reads as a verb ("It is important
/// to customs officers that …" names no verb).
fn is_the_needed_verb(verb: &str, typed: &str, french: bool, after_to: bool) -> bool {
    if french {
        let bare = verb.strip_prefix("s'").unwrap_or(verb);
        ["er", "ir", "re", "oir"]
            .iter()
            .any(|end| bare.ends_with(end))
            && !text::is_stop_word(bare, Language::French)
    } else {
        !matches!(verb, "not" | "also" | "all" | "a" | "an" | "the")
            && (!after_to || looks_like_a_verb(typed))
    }
}

/// Frames that say whose task a thing is, before "à" or "to" and who,
/// in lower case: "Il appartient aux décideurs politiques d'adapter …",
/// "It is up to the WCO to develop …".
const WHOSE_TASK: [&str; 5] = [
    "il appartient",
    "il revient",
    "il incombe",
    "it is up",
    "it is for",
];

/// Who a task falls to, in lower case: "à", "au", "aux", or "to" after
/// "It is up".
const FALLS_TO: [&str; 4] = ["à", "au", "aux", "to"];

/// The words whom a task falls to opens with in English, in lower case:
/// "It is up to the WCO", "It is for each administration".
const WHOM_IN_ENGLISH: [&str; 9] = [
    "the", "each", "every", "all", "our", "their", "national", "member", "members",
];

/// The most words of whom a task falls to ("aux décideurs politiques",
/// "to the national administrations").
const WHOSE_WORDS: usize = 4;

/// Where the "de", "d'" or "to" before the verb is in `lower`, the
/// opening words of an answer in lower case, when a frame of
/// [`WHOSE_TASK`] and whom it falls to open it: 5 in "il appartient aux
/// décideurs politiques d'adapter". The task is the point; who it falls
/// to is said in the answer.
fn past_whom_it_falls_to(lower: &[String]) -> Option<usize> {
    let frame = (2..=3).find(|&count| {
        lower.len() > count && WHOSE_TASK.contains(&lower[..count].join(" ").as_str())
    })?;
    // "It is for the WCO to …" names whom after "for" itself.
    let whom = if lower[frame - 1] == "for" {
        frame
    } else {
        FALLS_TO
            .contains(&lower[frame].as_str())
            .then_some(frame + 1)?
    };
    past_whom(lower, whom)
}

/// Where the "de", "d'" or "to" before the verb is in `lower`, past whom
/// a task falls to from `whom` on (a frame's "aux décideurs politiques",
/// "the WCO"), when whom names someone and a verb may follow.
fn past_whom(lower: &[String], whom: usize) -> Option<usize> {
    // Whom names someone: after "à", "au" or "aux" any word but a number
    // ("aux décideurs"), after "to" or "for" a determiner ("the WCO",
    // "each administration", "members"), not a degree or a number ("It is
    // for now too costly to …", "It is up to 40% faster to …").
    let someone = lower.get(whom).is_some_and(|first| {
        let after_to = matches!(lower[whom - 1].as_str(), "to" | "for");
        let named = first.chars().next().is_some_and(char::is_alphabetic);
        named && (!after_to || WHOM_IN_ENGLISH.contains(&first.as_str()))
    });
    if !someone {
        return None;
    }
    (whom + 1..=whom + WHOSE_WORDS).find(|&at| {
        lower
            .get(at)
            .is_some_and(|word| word == "de" || word == "to" || word.starts_with("d'"))
            && lower.len() > at + 1
    })
}

/// Frames a formal report says what is needed or worth saying in, before
/// "de", "d'" or "to" and a verb, in lower case: "Il convient de procéder
/// …", "Il sied de relever que …", a Spanish speaker's "Is necessary to invest …"; beside a judgement
/// of worth ([`a_judgement_of_worth`]: "It is important to train …").
const IMPERSONAL_FRAMES: [&str; 6] = [
    "il convient",
    "il conviendrait",
    "il sied",
    "il importe",
    "is necessary",
    "there is a need",
];

/// How "il" and "it" are judged in a frame of worth, in lower case, by
/// language: "Il serait utile de …", "It would be useful to …".
const JUDGED: [(&str, &[&str]); 2] = [
    (
        "il",
        &["est", "serait", "sera", "semble", "paraît", "parait"],
    ),
    (
        "it",
        &[
            "is", "would be", "will be", "could be", "might be", "may be", "seems", "appears",
        ],
    ),
];

/// Words that grade a judgement of worth before its adjective, in lower
/// case: "Il serait donc utile de …", "It is highly advisable to …".
const GRADING: [&str; 13] = [
    "très",
    "donc",
    "aussi",
    "également",
    "particulièrement",
    "vraiment",
    "very",
    "also",
    "therefore",
    "highly",
    "really",
    "particularly",
    "equally",
];

/// Adjectives that judge a thing worth doing, in lower case, in French
/// and in English.
const WORTH: [&str; 44] = [
    "utile",
    "opportun",
    "souhaitable",
    "judicieux",
    "bon",
    "pertinent",
    "recommandé",
    "conseillé",
    "préférable",
    "nécessaire",
    "important",
    "essentiel",
    "indispensable",
    "urgent",
    "primordial",
    "crucial",
    "impératif",
    "fondamental",
    "intéressant",
    "sage",
    "prudent",
    "useful",
    "advisable",
    "desirable",
    "good",
    "wise",
    "preferable",
    "recommended",
    "essential",
    "necessary",
    "vital",
    "helpful",
    "beneficial",
    "appropriate",
    "worthwhile",
    "imperative",
    "critical",
    "sensible",
    "key",
    "needed",
    "interesting",
    "advised",
    "better",
    "best",
];

/// Participles that say a thing is planned, in lower case: "Il est
/// envisagé de recourir à …", "It is planned to connect …". What is
/// planned names the answer, as what is judged worth doing does.
const PLANNED: [&str; 6] = [
    "envisagé",
    "prévu",
    "planned",
    "envisaged",
    "foreseen",
    "intended",
];

/// How many words of `lower`, the opening words of an answer in lower
/// case, judge what follows worth doing: 3 in "il serait utile de
/// partager …", 4 in "it would be useful to share …" and "il est donc
/// nécessaire de former …". None when no such judgement opens it.
fn a_judgement_of_worth(lower: &[String]) -> Option<usize> {
    a_judgement(lower, &WORTH).filter(|&at| lower.len() > at + 1)
}

/// Adjectives that judge what follows their "that" or "que" likely,
/// expected or plain, in lower case: "It is likely that drones …", "It is
/// expected that in future AI will …", "Il est clair que …". What follows is the point, as the group asserts it; what is only
/// possible is named with "may" ([`a_judgement_of_possibility`]), and
/// "It is true that …" concedes what a "but" answers, and stays.
const LIKELIHOOD: [&str; 12] = [
    "likely",
    "probable",
    "clear",
    "evident",
    "obvious",
    "certain",
    "clair",
    "évident",
    "expected",
    "foreseen",
    "anticipated",
    "prévu",
];

/// How many words of `lower`, the opening words of an answer in lower
/// case, judge how likely what follows is, before its "that" or "que": 3
/// in "it is likely that drones …", 4 in "it may be clear that …".
fn a_judgement_of_likelihood(lower: &[String]) -> Option<usize> {
    a_judgement(lower, &LIKELIHOOD)
        .filter(|&at| lower.get(at).is_some_and(|word| is_a_joining(word, &THAT)))
}

/// Where the "that" is in `lower`, the opening words of an answer in
/// lower case, after a judgement that what follows is possible: "it may
/// be possible that these technologies work together".
pub(super) fn a_judgement_of_possibility(lower: &[String]) -> Option<usize> {
    a_judgement(lower, &["possible"]).filter(|&at| lower.get(at).is_some_and(|word| word == "that"))
}

/// Where what is judged begins in `lower`, the opening words of an answer
/// in lower case, when "il" or "it", a copula of [`JUDGED`], perhaps a
/// grade, and one of `adjectives` open it.
fn a_judgement(lower: &[String], adjectives: &[&str]) -> Option<usize> {
    let (_, copulas) = JUDGED
        .iter()
        .find(|(subject, _)| lower.first().is_some_and(|first| first == subject))?;
    let copula = (1..=2).find(|&count| {
        lower.len() > count + 1 && copulas.contains(&lower[1..=count].join(" ").as_str())
    })?;
    let mut at = copula + 1;
    if lower
        .get(at)
        .is_some_and(|word| GRADING.contains(&word.as_str()))
    {
        at += 1;
    }
    let judged = lower
        .get(at)
        .is_some_and(|word| adjectives.contains(&word.as_str()));
    (judged && lower.len() > at + 1).then_some(at + 1)
}

/// Verbs in the infinitive a report says a point by, after an impersonal
/// frame ("Il convient de souligner que …", "It is important to note that
/// …", "It is necessary to say that …"), in lower case: what follows
/// them, or their "que" or "that", is the point.
const SAYING: [&str; 16] = [
    "dire",
    "say",
    "souligner",
    "noter",
    "relever",
    "rappeler",
    "mentionner",
    "signaler",
    "préciser",
    "indiquer",
    "note",
    "stress",
    "highlight",
    "underline",
    "mention",
    "recall",
];

/// What `answer` says after an impersonal frame ([`IMPERSONAL_FRAMES`])
/// and its "de" or "to", from the verb on ("Il convient de procéder par
/// projets pilotes" is named from "procéder par projets pilotes"), or
/// past a verb of saying and its "que" or "that" ("Il convient de
/// souligner que les sas …" from "les sas …"); after a frame that says
/// whose task it is, too ([`WHOSE_TASK`]: "Il appartient aux décideurs
/// politiques d'adapter le cadre juridique" from "adapter le cadre
/// juridique"), and after a judgement of worth and whom it is worth for
/// ("It would be desirable for the WCO to develop guidelines" from
/// "develop guidelines"); when that is two words or more. None when no such frame
/// opens it, or no verb follows the frame ("Il est important de ne pas
/// …" stays whole).
fn after_an_impersonal_frame(answer: &str) -> Option<&str> {
    after_a_frame_of_worth(answer).or_else(|| {
        // "Perhaps it would be wise to begin with small trial projects".
        let (first, rest) = answer.split_once(char::is_whitespace)?;
        let hedge = lowered(first.trim_end_matches(','));
        text::is_one_of(&hedge, HEDGES)
            .then(|| after_a_frame_of_worth(rest.trim_start()))
            .flatten()
    })
}

/// What `answer` says after a frame that invites a committee or members
/// to act ([`INVITATIONS`]), one of [`IMPERSONAL_FRAMES`], a judgement of
/// worth or whose task it is, as [`after_an_impersonal_frame`] tells.
fn after_a_frame_of_worth(answer: &str) -> Option<&str> {
    let words: Vec<&str> = answer.split_whitespace().take(12).collect();
    let lower = lower_words(&words);
    let frame = (2..=4)
        .find(|&count| {
            let opening = lower[..count.min(lower.len())].join(" ");
            lower.len() > count + 1
                && (IMPERSONAL_FRAMES.contains(&opening.as_str())
                    || INVITATIONS.contains(&opening.as_str()))
        })
        .or_else(|| a_judgement_of_worth(&lower))
        .or_else(|| a_judgement(&lower, &PLANNED).filter(|&at| lower.len() > at + 1))
        .or_else(|| past_whom_it_falls_to(&lower))?;
    // "It would be desirable for the WCO to develop …": whom it is worth
    // for is said in the answer, as whose task it is.
    let frame = if lower[frame] == "for" {
        past_whom(&lower, frame + 1)?
    } else {
        frame
    };
    // "de procéder", "d'adapter", "to invest", "à examiner".
    let (verb, start) = match lower[frame].as_str() {
        "de" | "to" | "à" => (
            lower[frame + 1].clone(),
            offset_in(answer, words[frame + 1]),
        ),
        joining if joining.starts_with("d'") => (
            joining["d'".len()..].to_owned(),
            offset_in(answer, words[frame]) + after_the_elision(words[frame]),
        ),
        _ => return None,
    };
    let after_to = lower[frame] == "to";
    if !is_the_needed_verb(&verb, words[frame + 1], !after_to, after_to) {
        return None;
    }
    let rest = answer[start..].trim_start();
    let rest = if text::is_one_of(&verb, SAYING) {
        let past = rest
            .split_once(char::is_whitespace)
            .map_or("", |(_, past)| past.trim_start());
        past_a_joining(past, &THAT).unwrap_or(past)
    } else {
        the_first_task(past_a_note_taken(rest).unwrap_or(rest))
    };
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// What a committee is invited to act on, in lower case, before "to" or
/// "à" and the verb: "The Committee is invited to reinforce cooperation
/// …", "Le Comité est invité à examiner …".
const INVITATIONS: [&str; 8] = [
    "the committee is invited",
    "the committee is requested",
    "members are invited",
    "members are encouraged",
    "le comité est invité",
    "les membres sont invités",
    "les membres sont encouragés",
    "le comité est prié",
];

/// What `rest` says past the words a note is taken by and their "of" or
/// "de" ("take note of the revenue implications …" gives "the revenue
/// implications …", "prendre note des progrès" gives "des progrès"), when
/// it opens with them.
fn past_a_note_taken(rest: &str) -> Option<&str> {
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let lower = lower_words(&words);
    let taken =
        lower.len() == 3 && matches!(lower[0].as_str(), "take" | "prendre") && lower[1] == "note";
    if !taken {
        return None;
    }
    let past = &rest[offset_in(rest, words[2])..];
    match lower[2].as_str() {
        // "des travaux" and "du rapport" are named "Travaux …" and
        // "Rapport …".
        "of" | "de" | "des" | "du" => Some(past[words[2].len()..].trim_start()),
        elided if elided.starts_with("d'") => Some(&past[after_the_elision(words[2])..]),
        _ => None,
    }
}

/// The most words a task a frame sets is read for a second one in.
const LONGEST_TASK: usize = 24;

/// `rest`, what follows a frame, up to a second task the frame sets ("…
/// additive manufacturing and to examine …", "… les agents et de recruter
/// …"): the first names the theme. A "de" that joins no verb stays
/// ("des données fiables et de qualité").
fn the_first_task(rest: &str) -> &str {
    let words: Vec<&str> = rest.split_whitespace().take(LONGEST_TASK).collect();
    let lower = lower_words(&words);
    // An English verb is read as typed: a capital says a name.
    let second = (0..lower.len().saturating_sub(2)).find(|&at| {
        let joined = lower[at] == "and" && lower[at + 1] == "to";
        let joined_fr = lower[at] == "et" && matches!(lower[at + 1].as_str(), "de" | "à");
        joined && looks_like_a_verb(words[at + 2])
            || joined_fr && reads_as_a_french_verb(&lower[at + 2])
    });
    second.map_or(rest, |at| rest[..offset_in(rest, words[at])].trim_end())
}

/// `answer` without the frame a rapporteur reports it in, when what
/// follows says it: "Le groupe souligne que la biométrie accélère le
/// passage" is named from "la biométrie accélère le passage", "The group
/// notes that machine-learning targeting already improves seizure rates"
/// from "machine-learning targeting …". The frame is a reporter (a group,
/// "we", members or delegates), a verb of reporting (after "has", "a" or
/// "would" too) and "that", "que" or "qu'"; or a verb of recommending and
/// "to", "de" or "d'" ("Nous recommandons de procéder …", not "We
/// recommend that the papers be put …"), or an article and the thing
/// recommended ("Nous préconisons un rapprochement …"); or a
/// verb a member tells a case by ("One member described using virtual
/// reality headsets …"); or a view held ("The group is of the view that
/// …", "Nous sommes d'avis que …"). A group may be named by a word of its
/// own ("The undersigned group", [`a_named_group`]).
pub(super) fn without_a_report_frame(answer: &str) -> &str {
    let answer = answer.trim_start();
    let words: Vec<&str> = answer.split_whitespace().take(9).collect();
    // Every name is read on each cut of the slider: the reporter first.
    let opening = lower_words(&words[..words.len().min(3)]);
    let (said, by_members) = match said_by(&opening, 0, &REPORTERS) {
        Some(said) => (said, false),
        None => match said_by(&opening, 0, &TELLERS) {
            Some(said) => (said, true),
            None if a_named_group(&opening) && words.len() > 3 => (3, false),
            None => return answer,
        },
    };
    let lower = lower_words(&words);
    let mut at = past_the_reporters_helpers(&lower, past_whose_bracket(&words, said));
    // "The group is of the view that …", "Nous sommes d'avis que …": a
    // view held is reported as a verb reports.
    let held = holding_a_view(&lower, at);
    if let Some(last) = held {
        at = last;
    }
    let Some(verb) = lower.get(at) else {
        return answer;
    };
    let reporting =
        held.is_some() || text::is_one_of(verb, REPORTING) || MADE_TO_SAY.contains(&verb.as_str());
    // "Delegates noted with concern that …", "Le groupe a noté avec
    // intérêt que …": how it was noted says the kind of answer.
    let how_noted = |at: usize| {
        lower
            .get(at)
            .is_some_and(|word| word == "with" || word == "avec")
            && lower
                .get(at + 1)
                .is_some_and(|word| HOW_IT_WAS_NOTED.contains(&word.as_str()))
    };
    if reporting && how_noted(at + 1) {
        at += 2;
    }
    // "Nous pensons humblement que …", "We believe strongly that …": how
    // it is said, after the verb as French places it.
    if reporting && lower.get(at + 1).is_some_and(|word| says_how(word)) {
        at += 1;
    }
    // "Plusieurs membres ont souligné la nécessité d'adapter …", "Members
    // stressed the need to train …": what is needed.
    if reporting && let Some(rest) = past_the_need(&words, &lower, at + 1) {
        return said_after(answer, &answer[offset_in(answer, rest)..]);
    }
    let Some(next) = words.get(at + 1) else {
        return answer;
    };
    let start = offset_in(answer, next);
    let joining = lower[at + 1].as_str();
    // What is said after "that", "que" or "qu'".
    let said_that = past_a_joining(&answer[start..], &THAT);
    let recommending = text::is_one_of(verb, RECOMMENDING);
    let telling = text::is_one_of(verb, TELLING);
    // "One member described using …": what a member tells follows the
    // verb. "We described the problem to the vendor" is the group's own
    // doing, and says what it did.
    if telling && said_that.is_none() && by_members {
        return said_after(answer, &answer[start..]);
    }
    if recommending {
        // "We recommend that the papers be put …": the subjunctive needs
        // its frame (a name says it with "should", in `proposal`), and
        // only an infinitive reads alone ("We recommend to the WCO to …"
        // names no verb).
        let infinitive = |at: usize| {
            lower
                .get(at)
                .is_some_and(|word| looks_like_a_verb(word) || reads_as_a_french_verb(word))
        };
        let to_a_verb = !matches!(joining, "to" | "de") || infinitive(at + 2);
        return match past_a_joining(&answer[start..], &["to", "de", "d'"]) {
            Some(rest) if to_a_verb => said_after(answer, rest),
            Some(_) => answer,
            // "Nous préconisons un rapprochement avec …": the thing; "We
            // recommend the WCO develops …" names whom, who should.
            None => match a_thing_after(&answer[start..], joining) {
                Some(rest) => said_after(answer, rest),
                // "Delegates suggested strengthening cooperation with
                // academia": what is recommended is done; "We recommend
                // enhanced cooperation …": a thing without its article.
                None if is_a_gerund(joining) || is_a_bare_thing(next, joining) => {
                    said_after(answer, &answer[start..])
                }
                None => answer,
            },
        };
    }
    // "At the level of the benefits, we have noted a reduction of the
    // delays": what was noted.
    if text::is_one_of(verb, NOTING)
        && let Some(rest) = a_thing_after(&answer[start..], joining)
    {
        return said_after(answer, rest);
    }
    match said_that {
        Some(rest) if telling || reporting => said_after(answer, rest),
        // "We think one benefit could be …", "We believe Customs should
        // …": a thought needs no "that" in English.
        None if text::is_one_of(verb, THINKING) && a_thought_follows(&words, &lower, at + 1) => {
            said_after(answer, &answer[start..])
        }
        _ => answer,
    }
}

/// Where the verb of a reporter's frame stands in `lower` words, past
/// the words from `at` that say how or when it was said: "The group also
/// noted that …", "Le groupe a également souligné que …", "We humbly
/// report that …", minutes' "Plusieurs délégués ont fait observer que".
fn past_the_reporters_helpers(lower: &[String], mut at: usize) -> usize {
    let also = |word: &String| {
        matches!(word.as_str(), "also" | "aussi" | "également")
            || text::is_one_of(word, HOW_IT_IS_SAID)
    };
    if lower.get(at).is_some_and(also) {
        at += 1;
    }
    if lower.get(at).is_some_and(|word| {
        matches!(
            word.as_str(),
            "has" | "have" | "a" | "ont" | "avons" | "would"
        )
    }) {
        at += 1;
    }
    if lower.get(at).is_some_and(also) {
        at += 1;
    }
    if lower.get(at).is_some_and(|word| word == "fait")
        && lower
            .get(at + 1)
            .is_some_and(|word| MADE_TO_SAY.contains(&word.as_str()))
    {
        at += 1;
    }
    at
}

/// Whether the first three of `lower` words name a group by a word of
/// its own: "The undersigned group", "Our second group", "This working
/// group".
fn a_named_group(lower: &[String]) -> bool {
    matches!(lower, [the, _, group, ..]
        if matches!(the.as_str(), "the" | "our" | "this") && group == "group")
}

/// Where a view a reporter holds ends, when `lower` words say one from
/// `at`: "is of the view", "are of the opinion", "est d'avis", "sommes
/// d'avis".
fn holding_a_view(lower: &[String], at: usize) -> Option<usize> {
    let words: Vec<&str> = lower.iter().skip(at).take(4).map(String::as_str).collect();
    match words[..] {
        [
            "is" | "are" | "was" | "were",
            "of",
            "the",
            "view" | "opinion",
            ..,
        ] => Some(at + 3),
        ["est" | "sommes" | "sont" | "était" | "étions", "d'avis", ..] => Some(at + 1),
        _ => None,
    }
}

/// The most words of a bracket after a reporter saying whose it is: "One
/// delegate (United Kingdom) noted …".
const BRACKETED_WORDS: usize = 3;

/// Where `words` go on from `at`, past a bracket there that says whose a
/// reporter is: "One delegate (Brazil) | noted that …".
fn past_whose_bracket(words: &[&str], at: usize) -> usize {
    if !words.get(at).is_some_and(|word| word.starts_with('(')) {
        return at;
    }
    (at..words.len().min(at + BRACKETED_WORDS))
        .find(|&word| words[word].ends_with(')'))
        .map_or(at, |closed| closed + 1)
}

/// Whether a lower-case word says how a thing is said ([`HOW_IT_IS_SAID`]),
/// as an adverb after a verb of reporting: "Nous pensons humblement".
fn says_how(word: &str) -> bool {
    word != "all" && text::is_one_of(word, HOW_IT_IS_SAID)
}

/// Adverbs a reporter says how it says a thing by, in lower case: "We
/// humbly report that …", "We strongly believe that …".
const HOW_IT_IS_SAID: [&str; 11] = [
    "humbly",
    "respectfully",
    "strongly",
    "really",
    "firmly",
    "sincerely",
    "generally",
    "all",
    "humblement",
    "fortement",
    "vivement",
];

/// English verbs of thinking, whose clause may follow without "that", in
/// lower case: "We think one benefit could be the shortening of release
/// time".
const THINKING: [&str; 14] = [
    "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
    "imagine", "expect", "expects", "hope", "hopes",
];

/// The auxiliaries and modals a clause of what is thought has among its
/// first words, besides [`MODALS`], in lower case: "the cost is too high",
/// "Customs has no budget".
const AUXILIARIES: [&str; 8] = ["is", "are", "was", "were", "has", "have", "does", "do"];

/// Stop words a subject of what is thought may open with, in lower case:
/// "We think it might be wise …", "We feel the cost is too high".
const SUBJECT_OPENERS: [&str; 14] = [
    "it", "we", "they", "there", "this", "these", "the", "one", "our", "their", "most", "many",
    "some", "all",
];

/// The most words of the subject of what is thought, before its
/// auxiliary or modal: "policy leaders | may need", "one benefit | could
/// be".
const THOUGHT_SUBJECT_WORDS: usize = 4;

/// Whether `words` (`lower` in lower case) from `start` are a clause of
/// what is thought: a subject of a few words, with no mark between them,
/// then an auxiliary or a modal ("We think it might be wise …", "We
/// believe Customs should keep …"), not a word that opens no clause ("We
/// feel unsafe at remote posts", "We hope never to return to paper",
/// "We think differently: AI cannot …", "Members expect the WCO to
/// lead").
fn a_thought_follows(words: &[&str], lower: &[String], start: usize) -> bool {
    let opens = lower.get(start).is_some_and(|first| {
        !text::is_stop_word(first, Language::English) || SUBJECT_OPENERS.contains(&first.as_str())
    });
    opens
        && (start + 1..=start + THOUGHT_SUBJECT_WORDS)
            .take_while(|&at| at < lower.len())
            .take_while(|&at| !words[at - 1].ends_with(|c: char| !c.is_alphanumeric()))
            .any(|at| {
                MODALS.contains(&lower[at].as_str()) || AUXILIARIES.contains(&lower[at].as_str())
            })
}

/// The words after "fait" that make a verb of reporting in minutes, in
/// lower case: "ont fait observer que", "a fait remarquer que", "ont
/// fait valoir que".
const MADE_TO_SAY: [&str; 3] = ["observer", "remarquer", "valoir"];

/// How minutes say a point was noted, after "with" or "avec", in lower
/// case: "noted with concern that …", "a noté avec intérêt que …".
const HOW_IT_WAS_NOTED: [&str; 8] = [
    "concern",
    "interest",
    "satisfaction",
    "appreciation",
    "regret",
    "préoccupation",
    "inquiétude",
    "intérêt",
];

/// Where what is needed is said after "the need" or "la nécessité" from
/// `at` in `words` (`lower` in lower case): the verb after "to", "de" or
/// "d'" ("the need to train officers" gives "train officers", "la
/// nécessité d'adapter le cadre" "adapter le cadre"); else the need
/// itself ("the need for a legal basis" gives "need for a legal basis",
/// "la nécessité du partage" "nécessité du partage").
fn past_the_need<'a>(words: &[&'a str], lower: &[String], at: usize) -> Option<&'a str> {
    let need = match (
        lower.get(at)?.as_str(),
        lower.get(at + 1).map(String::as_str),
    ) {
        ("the", Some("need")) | ("la", Some("nécessité")) => at + 1,
        _ => return None,
    };
    let joining = lower.get(need + 1)?;
    let verb: Option<&'a str> = match joining.as_str() {
        "to" => words
            .get(need + 2)
            .copied()
            .filter(|verb| looks_like_a_verb(&lowered(verb))),
        "de" => words
            .get(need + 2)
            .copied()
            .filter(|verb| reads_as_a_french_verb(&lowered(verb))),
        elided if elided.starts_with("d'") => {
            let word: &'a str = words[need + 1];
            Some(&word[after_the_elision(word)..])
                .filter(|verb| reads_as_a_french_verb(&lowered(verb)))
        }
        _ => None,
    };
    verb.or_else(|| words.get(need).copied())
        .filter(|_| words.len() > need + 2)
}

/// Whether `lower`, a word in lower case, reads as an English verb's
/// "-ing" form after a verb of recommending ("suggested strengthening
/// …"), not a noun or a preposition so spelt ("everything", "according").
pub(super) fn is_a_gerund(lower: &str) -> bool {
    const NOT_GERUNDS: [&str; 10] = [
        "everything",
        "anything",
        "something",
        "nothing",
        "according",
        "regarding",
        "including",
        "concerning",
        "following",
        "during",
    ];
    lower.len() > 5
        && lower.ends_with("ing")
        && looks_like_a_verb(lower)
        && !NOT_GERUNDS.contains(&lower)
}

/// Words a reporter is, before how it feels about what follows, in lower
/// case: "We are concerned that …", "Nous sommes convaincus que …".
const BEING: [&str; 7] = [
    "are",
    "am",
    "were",
    "remain",
    "sommes",
    "restons",
    "demeurons",
];

/// Words that grade a feeling, in lower case: "a little concerned",
/// "slightly worried", "très préoccupés".
const GRADES_OF_FEELING: [&str; 13] = [
    "a", "little", "slightly", "somewhat", "quite", "very", "deeply", "also", "un", "peu", "très",
    "assez", "aussi",
];

/// How a reporter feels about what follows its "that" or "que", in lower
/// case: the feeling says the kind of answer (a risk, a proposal), what
/// follows the point.
const FEELINGS: [&str; 14] = [
    "concerned",
    "worried",
    "afraid",
    "convinced",
    "aware",
    "confident",
    "préoccupés",
    "inquiets",
    "convaincus",
    "conscients",
    "persuadés",
    "préoccupé",
    "inquiet",
    "convaincu",
];

/// Words a reporter draws attention by, in lower case, before "attention"
/// or "l'attention" and "to" or "sur": "Several delegates drew attention
/// to …", "Nous souhaitons attirer l'attention sur …".
const DRAWING: [&str; 7] = [
    "draw", "draws", "drew", "attire", "attirent", "attirer", "attiré",
];

/// Words before a verb of [`DRAWING`] or of a warning that only say how
/// it is said, in lower case: "We wish to draw …", "Nous souhaitons
/// attirer …", "has drawn", "a attiré", "ont mis en garde".
const BEFORE_DRAWING: [&str; 13] = [
    "has",
    "have",
    "ont",
    "wish",
    "to",
    "would",
    "like",
    "souhaitons",
    "souhaite",
    "voudrions",
    "tenons",
    "à",
    "a",
];

/// `answer` without the stance a reporter takes to its point, for a name:
/// a feeling ("We are a little concerned that small unmanned aircraft
/// might be used …" is named from "small unmanned aircraft …"), attention
/// drawn ("Several delegates drew attention to the lack of transparency
/// …" from "the lack of transparency …", "Nous souhaitons attirer
/// l'attention sur les atteintes …" from "les atteintes …"), a warning
/// ("Les participants ont mis en garde contre une confiance excessive …"
/// from "une confiance excessive …"), or a report in the passive ("It was
/// noted that embedded RFID tags …", "Il a été souligné que …", "Il a été
/// fait état d'essais …", "It was agreed to develop …"). The statement keeps it: the group's sentence says
/// what the stance is. Unchanged when what follows is under two words or
/// opens with a condition.
pub(super) fn without_a_stance(answer: &str) -> &str {
    let answer = answer.trim_start();
    // Every name is read on each cut of the slider, and few open with a
    // reporter or "it".
    if !opens_with_a_reporter_or_it(answer) {
        return answer;
    }
    let words: Vec<&str> = answer.split_whitespace().take(10).collect();
    let lower = lower_words(&words);
    let word = |at: usize| lower.get(at).map_or("", String::as_str);
    // A condition stays with its stance: "We are worried that if each
    // country adopts a different system, they …" names no "they".
    let past_the_joining = |at: usize, joinings: &[&str]| {
        words
            .get(at)
            .and_then(|&from| past_a_joining(&answer[offset_in(answer, from)..], joinings))
            .filter(|rest| !opens_a_condition(rest))
            .map_or(answer, |rest| said_after(answer, rest))
    };
    // What is to be done after "to" or "de": "to develop", not "to the
    // group".
    let a_verb = |at: usize| {
        let verb = word(at);
        let a_stop_word = text::is_stop_word(verb, Language::English)
            || text::is_stop_word(verb, Language::French);
        !a_stop_word && (looks_like_a_verb(verb) || reads_as_a_french_verb(verb))
    };
    // "It is likely that drones will be used …", "Il est clair que …".
    if let Some(at) = a_judgement_of_likelihood(&lower) {
        return past_the_joining(at, &THAT);
    }
    // "It was noted that …", "Il a été souligné que …".
    if let Some(at) = after_a_passive(&lower) {
        return match (word(at), word(at + 1)) {
            // "Il a été fait état d'essais …", "Il a été fait observer que".
            ("fait", "état") => past_the_joining(at + 2, &["de", "d'", "du", "des"]),
            ("fait", made) if MADE_TO_SAY.contains(&made) => past_the_joining(at + 2, &THAT),
            // "It was agreed to develop …", "Il a été convenu de créer …",
            // "Il a été recommandé d'élaborer …".
            (verb, "to" | "de") if DECIDED_OR_ASKED.contains(&verb) && a_verb(at + 2) => {
                past_the_joining(at + 1, &["to", "de"])
            }
            (verb, elided)
                if DECIDED_OR_ASKED.contains(&verb)
                    && elided.starts_with("d'")
                    && reads_as_a_french_verb(&elided[2..]) =>
            {
                past_the_joining(at + 1, &["d'"])
            }
            // "It was noted with concern that …".
            (verb, "with") if text::is_one_of(verb, REPORTING) => {
                if HOW_IT_WAS_NOTED.contains(&word(at + 2)) {
                    past_the_joining(at + 3, &THAT)
                } else {
                    answer
                }
            }
            (verb, _) if text::is_one_of(verb, REPORTING) || text::is_one_of(verb, TELLING) => {
                past_the_joining(at + 1, &THAT)
            }
            _ => answer,
        };
    }
    let Some(mut at) = said_by(&lower, 0, &REPORTERS).or_else(|| said_by(&lower, 0, &TELLERS))
    else {
        return answer;
    };
    if text::is_one_of(word(at), BEING) {
        at += 1;
        while text::is_one_of(word(at), GRADES_OF_FEELING) {
            at += 1;
        }
        return if text::is_one_of(word(at), FEELINGS) {
            past_the_joining(at + 1, &THAT)
        } else {
            answer
        };
    }
    while text::is_one_of(word(at), BEFORE_DRAWING) {
        at += 1;
    }
    // A warning: "Delegates warned against over-reliance on …", "Les
    // participants ont mis en garde contre une confiance excessive …".
    let warned = match (word(at), word(at + 1), word(at + 2)) {
        ("warned" | "cautioned", "against", _) => Some(at + 1),
        ("mis" | "met" | "mettent", "en", "garde") => Some(at + 3),
        _ => None,
    };
    if let Some(against) = warned {
        return past_the_joining(against, &["against", "contre"]);
    }
    let drawn = text::is_one_of(word(at), DRAWING) || word(at) == "drawn";
    if drawn && matches!(word(at + 1), "attention" | "l'attention") {
        past_the_joining(at + 2, &["to", "sur"])
    } else {
        answer
    }
}

/// Whether `answer` opens with a reporter ([`REPORTERS`], [`TELLERS`]),
/// "it" or "il", "que" or "that", or a verb of [`ASKING`] or a word of
/// [`HOW_IT_ASKS`], as every frame of a stance or a proposal does: read in
/// its first three words.
pub(super) fn opens_with_a_reporter_or_it(answer: &str) -> bool {
    let words: Vec<&str> = answer.split_whitespace().take(3).collect();
    let lower = lower_words(&words);
    lower.first().is_some_and(|first| {
        matches!(first.as_str(), "it" | "il" | "que" | "that")
            || first.starts_with("qu'")
            || ASKING.contains(&first.as_str())
            || HOW_IT_ASKS.contains(&first.as_str())
    }) || said_by(&lower, 0, &REPORTERS).is_some()
        || said_by(&lower, 0, &TELLERS).is_some()
}

/// Verbs a reporter asks by for what its "that" or "que" says, in lower
/// case: "We recommend that Customs work …", "Le groupe souhaite que
/// l'OMD …", "Nous insistons pour que …".
const ASKING: [&str; 28] = [
    "recommend",
    "recommends",
    "suggest",
    "suggests",
    "propose",
    "proposes",
    "urge",
    "urges",
    "request",
    "requests",
    "recommande",
    "recommandons",
    "recommandent",
    "souhaite",
    "souhaitons",
    "souhaitent",
    "souhaiterait",
    "souhaiterions",
    "proposons",
    "proposent",
    "suggère",
    "suggérons",
    "demande",
    "demandons",
    "préconise",
    "préconisons",
    "insiste",
    "insistons",
];

/// The verbs of [`ASKING`] in the past, as minutes report what was
/// asked, in lower case: "Several members suggested that …", "It was
/// recommended that …", "Le groupe a recommandé que …", "Il a été
/// proposé que …".
const ASKED: [&str; 12] = [
    "recommended",
    "suggested",
    "proposed",
    "urged",
    "requested",
    "recommandé",
    "suggéré",
    "proposé",
    "demandé",
    "souhaité",
    "préconisé",
    "insisté",
];

/// Words between a reporter and a verb of [`ASKING`] that only say how it
/// asks, in lower case: "We would like to humbly suggest that …", "Nous
/// recommandons vivement que …", "Le groupe a également souhaité que …".
const HOW_IT_ASKS: [&str; 13] = [
    "would",
    "also",
    "humbly",
    "strongly",
    "respectfully",
    "like",
    "to",
    "wish",
    "therefore",
    "aussi",
    "donc",
    "vivement",
    "également",
];

/// What minutes say was agreed or asked in the passive before what is to
/// be done, in lower case: "It was agreed to develop …", "Il a été
/// convenu de créer …", "It was recommended to start …", "Il a été
/// recommandé d'élaborer …".
const DECIDED_OR_ASKED: [&str; 9] = [
    "agreed",
    "recommended",
    "suggested",
    "proposed",
    "convenu",
    "recommandé",
    "suggéré",
    "proposé",
    "décidé",
];

/// The auxiliaries a reporter's verb of [`ASKED`] follows, in lower case:
/// "Several members have suggested that …", "Le groupe a recommandé que
/// …".
const ASKED_AFTER: [&str; 5] = ["has", "have", "a", "ont", "avons"];

/// Where the participle of a passive opening `lower` (an answer's words in
/// lower case) stands: after "it was", "it is", "it has been", "il est"
/// or "il a été" ("It was noted that …", "Il a été recommandé que …").
fn after_a_passive(lower: &[String]) -> Option<usize> {
    let word = |at: usize| lower.get(at).map_or("", String::as_str);
    match (word(0), word(1), word(2)) {
        ("it", "was" | "is", _) | ("il", "est", _) => Some(2),
        ("it", "has", "been") | ("il", "a", "été") => Some(3),
        _ => None,
    }
}

/// Where the "that", "que" or "qu'" is in `lower`, the opening words of
/// an answer in lower case, after a frame that asks for what it says: a
/// reporter's verb of [`ASKING`] ("we recommend that", "recommend that"
/// after an invitation, "le groupe insiste pour que"), or of [`ASKED`]
/// after a reporter or a member ("several members suggested that", "le
/// groupe a recommandé que") or in the passive ("it was recommended
/// that"), an impersonal frame ("il conviendrait que", "il faut que") or
/// a judgement of worth ("il serait souhaitable que", "it is important
/// that").
pub(super) fn a_frame_that_asks(lower: &[String]) -> Option<usize> {
    let joins = |at: usize| lower.get(at).is_some_and(|word| is_a_joining(word, &THAT));
    let asked_in_the_passive = after_a_passive(lower).filter(|&at| {
        lower
            .get(at)
            .is_some_and(|verb| ASKED.contains(&verb.as_str()))
    });
    if let Some(at) = asked_in_the_passive {
        return joins(at + 1).then_some(at + 1);
    }
    let impersonal = (2..=3)
        .find(|&count| {
            let opening = lower[..count.min(lower.len())].join(" ");
            lower.len() > count
                && (IMPERSONAL_FRAMES.contains(&opening.as_str())
                    || matches!(opening.as_str(), "il faut" | "il faudrait"))
        })
        .or_else(|| a_judgement_of_worth(lower));
    if let Some(frame) = impersonal {
        // "It is interesting that …", "Il est bon que …" judge what is,
        // and ask nothing.
        let judges_what_is =
            ["interesting", "intéressant", "good", "bon"].contains(&lower[frame - 1].as_str());
        return (joins(frame) && !judges_what_is).then_some(frame);
    }
    let reporter = said_by(lower, 0, &REPORTERS).or_else(|| said_by(lower, 0, &TELLERS));
    let mut at = reporter.unwrap_or(0);
    let how_or_when = |word: &String| {
        HOW_IT_ASKS.contains(&word.as_str())
            || reporter.is_some() && ASKED_AFTER.contains(&word.as_str())
    };
    while lower.get(at).is_some_and(how_or_when) {
        at += 1;
    }
    let verb = lower.get(at)?;
    // With no reporter, only a bare verb asks ("recommend that …" after an
    // invitation); "Requests that come in by email …" is a noun's clause.
    let bare = ["recommend", "suggest", "propose", "urge", "request"].contains(&verb.as_str());
    let asks = ASKING.contains(&verb.as_str()) || ASKED.contains(&verb.as_str());
    if !asks || reporter.is_none() && !bare {
        return None;
    }
    at += 1;
    if verb.starts_with("insist") {
        if lower.get(at).is_some_and(|word| word == "pour") {
            at += 1;
        } else {
            return None;
        }
    }
    joins(at).then_some(at)
}

/// The words that join a verb of saying to what is said, in lower case:
/// "that", "que", and "qu'" elided ("qu'il faut").
pub(super) const THAT: [&str; 3] = ["that", "que", "qu'"];

/// What follows the joining word `from` opens with, when that word is one
/// of `joinings` in lower case, trimmed: "que la biométrie …" gives "la
/// biométrie …". A joining ending in an apostrophe is elided, and what
/// follows it is in the same word: "qu'il faut …" gives "il faut …",
/// "d’évaluer …" gives "évaluer …". None when `from` opens with another
/// word.
pub(super) fn past_a_joining<'a>(from: &'a str, joinings: &[&str]) -> Option<&'a str> {
    let word = from.split_whitespace().next()?;
    let lower = lowered(word);
    if !is_a_joining(&lower, joinings) {
        return None;
    }
    let start = offset_in(from, word);
    let past = if joinings.contains(&lower.as_str()) {
        start + word.len()
    } else {
        start + after_the_elision(word)
    };
    Some(from[past..].trim_start())
}

/// Whether `lower`, a word in lower case, is one of `joinings`, or opens
/// with one that ends in an apostrophe ("qu'il" with "qu'").
pub(super) fn is_a_joining(lower: &str, joinings: &[&str]) -> bool {
    joinings.contains(&lower)
        || joinings
            .iter()
            .any(|joining| joining.ends_with('\'') && lower.starts_with(joining))
}

/// Where what follows the elided article or conjunction of `word` begins
/// in it: "qu'il" → "il", "d’évaluer" → "évaluer".
fn after_the_elision(word: &str) -> usize {
    let apostrophe = word.find(['\'', '’']).unwrap_or(0);
    apostrophe + word[apostrophe..].chars().next().map_or(1, char::len_utf8)
}

/// Verbs that say what a label is ("The main benefit is …"), in lower
/// case.
const LABELLING: [&str; 20] = [
    "is",
    "be",
    "être",
    "serait",
    "seraient",
    "are",
    "was",
    "remains",
    "est",
    "sont",
    "était",
    "reste",
    "lies",
    "lie",
    "consists",
    "consist",
    "réside",
    "résident",
    "consiste",
    "consistent",
];

/// The verbs of [`LABELLING`] that say what a label is with a preposition,
/// and it: "The main benefit lies in …", "Le principal bénéfice réside
/// dans …".
const LABELLING_PREPOSITIONS: [(&str, &str); 12] = [
    ("lies", "in"),
    ("lie", "in"),
    ("consists", "in"),
    ("consists", "of"),
    ("consist", "in"),
    ("consist", "of"),
    ("réside", "dans"),
    ("résident", "dans"),
    ("consiste", "à"),
    ("consiste", "en"),
    ("consistent", "à"),
    ("consistent", "en"),
];

/// Words that say how often or by whom a label was said, between it and
/// its verb ("Le bénéfice le plus cité est …", "The main risk we see
/// is …"), or how sure it is ("One benefit could be …"), in lower case.
const SAID_OFTEN: [&str; 31] = [
    "could",
    "would",
    "might",
    "may",
    "will",
    "pourrait",
    "pourraient",
    "peut",
    "peuvent",
    "le",
    "la",
    "plus",
    "souvent",
    "cité",
    "citée",
    "évoqué",
    "évoquée",
    "mentionné",
    "mentionnée",
    "relevé",
    "identifié",
    "most",
    "often",
    "cited",
    "mentioned",
    "raised",
    "identified",
    "discussed",
    "we",
    "see",
    "saw",
];

/// Words after a label's verb that say how big or sure it is, rather than
/// what it is ("The main risk is very high", "Le principal risque est
/// faible"), in lower case.
const SIZES_AND_DEGREES: [&str; 28] = [
    "very",
    "not",
    "too",
    "quite",
    "high",
    "low",
    "huge",
    "big",
    "clear",
    "obvious",
    "limited",
    "unclear",
    "real",
    "significant",
    "still",
    "très",
    "pas",
    "trop",
    "élevé",
    "faible",
    "important",
    "grand",
    "énorme",
    "réel",
    "clair",
    "limité",
    "ne",
    "encore",
];

/// The words that join a label's verb to what the label is, in lower
/// case: "The main risk is that …", "Le principal bénéfice est de …",
/// "… est d'accélérer".
const WHAT_A_LABEL_IS: [&str; 6] = ["that", "to", "de", "que", "d'", "qu'"];

/// Whether `words`, in lower case, after a bare label and its verb, say a
/// thing or a clause: a determiner or "that" opens them ("Problem is the
/// cost", "Risk is that …"), or a modal is among their first three
/// ("Benefit is officers can be shifted"); not a quality ("Future is
/// bright", "Use is restricted to airports").
fn a_clause_follows(words: &[String]) -> bool {
    words.first().is_some_and(|first| {
        ENGLISH_DETERMINERS.contains(&first.as_str())
            || opens_a_french_noun_phrase(first)
            || is_a_joining(first, &WHAT_A_LABEL_IS)
    }) || words
        .iter()
        .take(3)
        .any(|word| MODALS.contains(&word.as_str()))
}

/// `answer` without a label and the verb that says what it is, when
/// what follows says it: "The main benefit is faster clearance for
/// compliant traders" is named from "faster clearance …", "Le bénéfice
/// le plus cité est de libérer du temps" from "libérer du temps", "Le
/// principal risque évoqué est celui de la protection des données" from
/// "la protection des données", as "Main benefit: …" is from what follows
/// its colon ([`is_a_label`]). The label is ranked ("main", "principal")
/// or said often ("le plus cité") or bare, as a note's heading ("Benefit
/// is officers can be shifted …" is named from "officers can be shifted
/// …"), and what follows its verb is no size or degree ("The main risk is
/// very high" and "Risk is high" stay).
pub(super) fn without_a_label_and_its_verb(answer: &str) -> &str {
    let answer = answer.trim_start();
    let words: Vec<&str> = answer.split_whitespace().take(8).collect();
    let lower = lower_words(&words);
    let Some(verb) =
        (1..lower.len().saturating_sub(1)).find(|&at| LABELLING.contains(&lower[at].as_str()))
    else {
        return answer;
    };
    let mut label_end = verb;
    while label_end > 1 && SAID_OFTEN.contains(&lower[label_end - 1].as_str()) {
        label_end -= 1;
    }
    // "The main benefit", "Le bénéfice le plus cité": a label ranked or
    // said often heads what follows, as a bare label typed as a note's
    // heading does ("Benefit is officers can be shifted …"); "The risk
    // is very high" says the risk's size, and "Le risque est faible" so.
    let ranked_by_a_word = lower[..label_end]
        .iter()
        .any(|word| RANKS.contains(&word.as_str()));
    // "One benefit could be the shortening …": a label's "be" after a
    // modal, when a rank heads the label and a thing or a clause follows;
    // "Risks could be reduced …" and "The main benefit will be visible …"
    // say what is of their subject.
    // French "Un avantage pourrait être …", "Un autre risque serait …"
    // so.
    let only_possibly = matches!(lower[verb].as_str(), "be" | "être" | "serait" | "seraient");
    if only_possibly && !(ranked_by_a_word && a_clause_follows(&lower[verb + 1..])) {
        return answer;
    }
    let ranked =
        label_end < verb || verb == 1 && a_clause_follows(&lower[verb + 1..]) || ranked_by_a_word;
    let said_of_it = lower
        .get(verb + 1)
        .is_some_and(|word| SIZES_AND_DEGREES.contains(&word.as_str()));
    if !ranked || said_of_it || !is_a_label(&lower[..label_end].join(" ")) {
        return answer;
    }
    // "est celui de la protection …": what the label is, after its
    // pronoun.
    let mut next = verb + 1;
    if lower
        .get(next)
        .is_some_and(|word| matches!(word.as_str(), "celui" | "celle" | "ceux" | "celles"))
    {
        next += 1;
    }
    let Some(&word) = words.get(next) else {
        return answer;
    };
    let start = offset_in(answer, word);
    let joining = lower[next].as_str();
    // "lies in", "réside dans", "consiste à" or "en".
    let its_preposition = LABELLING_PREPOSITIONS.contains(&(lower[verb].as_str(), joining));
    let from = &answer[start..];
    let rest = if its_preposition {
        from[word.len()..].trim_start()
    } else {
        past_a_joining(from, &WHAT_A_LABEL_IS).unwrap_or(from)
    };
    said_after(answer, rest)
}

/// `rest`, what `answer` says after a frame or a group's use, when it is
/// two words or more; else `answer`, whose frame is then part of what it
/// says ("We use drones").
fn said_after<'a>(answer: &'a str, rest: &'a str) -> &'a str {
    if rest.split_whitespace().count() < 2 {
        answer
    } else {
        rest
    }
}

/// `answer` without a scene that only says the answer is the group's
/// own: "Chez nous (Sénégal) module de ciblage …" is named from "module de
/// ciblage", "For us, the main benefit is speed" from "the main benefit".
/// "Chez", "for" or "pour" and "nous", "moi", "us" or "me" make it, after
/// "chez" always, after the others when a mark or a bracket ends it
/// ("Pour nous assurer que …" says what it does). Whose else the answer
/// is says something ("For them (smugglers), drones are …"), and "US"
/// is a country.
pub(super) fn without_whose_scene(answer: &str) -> &str {
    let answer = answer.trim_start();
    if let Some(rest) = after_the_groups_own(answer) {
        return rest;
    }
    let mut words = answer.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return answer;
    };
    let first = lowered(first);
    let typed = second.trim_end_matches(|c: char| !c.is_alphanumeric());
    let marked = second.len() > typed.len();
    let pronoun = typed.to_lowercase();
    let after = offset_in(answer, second) + second.len();
    let mut rest = answer[after..].trim_start();
    let bracketed = rest.starts_with('(');
    if bracketed && let Some(close) = closing_bracket(rest) {
        rest = &rest[close + 1..];
    }
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let whose = matches!(first.as_str(), "chez" | "for" | "pour")
        && OURS.contains(&pronoun.as_str())
        && !typed.chars().all(char::is_uppercase)
        && (first == "chez" || marked || bracketed);
    if whose && !rest.is_empty() {
        rest
    } else {
        answer
    }
}

/// What `answer` says after the group it says it is said for: "Pour le
/// groupe 6 le principal bénéfice est …", "For our group, the main risk is
/// …", "Pour notre groupe : former d'abord". None when it opens otherwise,
/// or says fewer than two words after.
pub(super) fn after_the_groups_own(answer: &str) -> Option<&str> {
    let words: Vec<&str> = answer.split_whitespace().take(4).collect();
    let lower = lower_words(&words);
    let lower: Vec<&str> = lower
        .iter()
        .map(|word| word.trim_end_matches([',', ':']))
        .collect();
    let named = |mark: &str| mark.chars().count() <= 2 && mark.chars().all(char::is_alphanumeric);
    let last = match lower.as_slice() {
        ["pour" | "for", "le" | "the", "groupe" | "group", mark, ..] if named(mark) => 3,
        ["pour" | "for", "notre" | "our", "groupe" | "group", ..] => 2,
        ["pour" | "for", "groupe" | "group", mark, ..] if named(mark) => 2,
        _ => return None,
    };
    let after = offset_in(answer, words[last]) + words[last].len();
    let rest = answer[after..].trim_start_matches(|c: char| !c.is_alphanumeric());
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// Who a group says it uses something by, in lower case: "We use …",
/// "Notre administration utilise …".
const USERS: [&str; 7] = [
    "we",
    "our administration",
    "our customs",
    "my administration",
    "nous",
    "notre administration",
    "notre douane",
];

/// Verbs a group says it has or uses something by, in lower case.
const USING: [&str; 9] = [
    "use",
    "uses",
    "have",
    "has",
    "employ",
    "utilise",
    "utilisons",
    "avons",
    "employons",
];

/// Whether `word` (in lower case) says when or how far a group uses
/// something, which its use leaves out of the name with it: "already",
/// "déjà", "also", "aussi".
fn is_a_use_adverb(word: &str) -> bool {
    text::is_one_of(word, USE_ADVERBS)
}

/// Adverbs a group's use goes with, in lower case ("deja" typed without
/// its accent is one too).
const USE_ADVERBS: [&str; 7] = [
    "already",
    "also",
    "déjà",
    "aussi",
    "now",
    "currently",
    "actuellement",
];

/// The most words of a scene before a group's use ("At the airports we
/// have …", "For the transit of goods to the interior we use …").
const USE_SCENE_WORDS: usize = 7;

/// Prepositions that open a scene before a group's use, in lower case:
/// a place ([`AT_A_PLACE`]), or what the use is for ("For the transit of
/// goods we use …", "Pour le transit, nous utilisons …").
const FOR_A_USE: [&str; 2] = ["for", "pour"];

/// `answer` without the group's own use that opens it, when what it uses
/// follows: "We use fingerprint readers to control officers' access" is
/// named from "fingerprint readers …", "At the airports we have the
/// e-gates with fingerprint" from "the e-gates …", "For the transit of
/// goods to the interior we use electronic seals" from "electronic seals
/// …", "Notre administration
/// utilise des drones pour la surveillance maritime" from "des drones
/// …". Who uses it is said by who raised it; the theme is what is used.
pub(super) fn without_a_groups_use(answer: &str) -> &str {
    let answer = answer.trim_start();
    let words: Vec<&str> = answer
        .split_whitespace()
        .take(USE_SCENE_WORDS + 5)
        .collect();
    let lower = lower_words(&words);
    // A short scene with no mark first ("At the airports"), or none.
    let first = lower.first().map_or("", String::as_str);
    let scene = AT_A_PLACE.contains(&first) || FOR_A_USE.contains(&first);
    let starts = if scene {
        1..=USE_SCENE_WORDS + 1
    } else {
        0..=0
    };
    let used = starts.into_iter().find_map(|start| {
        // "For the pilot that we have launched …": a clause, no scene.
        let scene = &lower[..start.min(words.len())];
        if words[..start.min(words.len())]
            .iter()
            .any(|word| word.ends_with([',', ':', ';']))
            || scene
                .iter()
                .any(|word| CLAUSE_WORDS.contains(&word.as_str()))
        {
            return None;
        }
        let mut at = said_by(&lower, start, &USERS)?;
        let adverb = |at: usize| lower.get(at).is_some_and(|word| is_a_use_adverb(word));
        // "We already use …", "Nous utilisons déjà …".
        if adverb(at) {
            at += 1;
        }
        // "We are using …", "We are already using …".
        let progressive = lower
            .get(at)
            .is_some_and(|word| matches!(word.as_str(), "are" | "is"));
        if progressive {
            at += 1;
            if adverb(at) {
                at += 1;
            }
        }
        let uses = |word: &String| {
            if progressive {
                matches!(word.as_str(), "using" | "employing")
            } else {
                USING.contains(&word.as_str())
            }
        };
        if !lower.get(at).is_some_and(uses) {
            return None;
        }
        let what = if adverb(at + 1) { at + 2 } else { at + 1 };
        // "We have launched e-gates": a perfect says what was done.
        let perfect = matches!(lower[at].as_str(), "have" | "has")
            && lower
                .get(what)
                .is_some_and(|word| is_an_english_participle(word));
        (!perfect).then_some(what)
    });
    let Some(rest) = used.and_then(|at| words.get(at)) else {
        return answer;
    };
    said_after(answer, &answer[offset_in(answer, rest)..])
}

/// The passive of a use, in lower case: a verb and its "be" or "être",
/// before "used" or "utilisé".
const USED_AS: [&[&str]; 16] = [
    &["is"],
    &["are"],
    &["is", "being"],
    &["are", "being"],
    &["can", "be"],
    &["could", "be"],
    &["may", "be"],
    &["might", "be"],
    &["will", "be"],
    &["est"],
    &["sont"],
    &["peut", "être"],
    &["peuvent", "être"],
    &["pourrait", "être"],
    &["pourraient", "être"],
    &["sera"],
];

/// What is used, in lower case: "used", and "utilisé" or "employé" in
/// each gender and number.
const USED: [&str; 9] = [
    "used",
    "utilisé",
    "utilisée",
    "utilisés",
    "utilisées",
    "employé",
    "employée",
    "employés",
    "employées",
];

/// The prepositions a use is for, in lower case: "used for", "utilisé
/// pour".
const USED_FOR: [&str; 10] = [
    "for", "to", "in", "as", "at", "pour", "dans", "comme", "à", "en",
];

/// The most words of what is used, before its passive.
const USED_SUBJECT_WORDS: usize = 6;

/// `answer` as a headline says a use: "Blockchain can be used for
/// exchange of customs information" is named "Blockchain for exchange of
/// customs information", "La chaîne de blocs pourrait être utilisée pour
/// l'échange" "La chaîne de blocs pour l'échange": what may serve, and
/// what it serves; "Robot is used for inspection of containers" is named
/// "Robot used for inspection of containers", a use that is. A pronoun or
/// a question before it ("It is used for …", "Which tool is used for
/// …"), a mark, a verb or a conjunction inside what is used, and a use
/// by someone ("used by smugglers") stay as typed.
pub(super) fn as_a_headline(answer: &str) -> Cow<'_, str> {
    // Every name is read on each cut of the slider, and few hold a use.
    if !answer.contains(" used ") && !answer.contains(" utilis") && !answer.contains(" employ") {
        return Cow::Borrowed(answer);
    }
    let words: Vec<&str> = answer
        .split_whitespace()
        .take(USED_SUBJECT_WORDS + 4)
        .collect();
    let lower = lower_words(&words);
    let opens_a_question = lower
        .first()
        .is_some_and(|first| QUESTION_WORDS.contains(&first.as_str()) || is_a_pronoun(first));
    if opens_a_question {
        return Cow::Borrowed(answer);
    }
    for subject in 1..=USED_SUBJECT_WORDS.min(lower.len()) {
        // What is used is a noun phrase: no mark, verb or conjunction
        // ("Legal basis needed before DLT records can be used as
        // evidence", "Our group couldn't say what is used").
        let last = lower[subject - 1].as_str();
        if words[subject - 1].ends_with([',', ':', ';', '.', ')'])
            || is_a_verb_in_a_subject(last)
            || is_an_english_conjunction(last)
            || QUESTION_WORDS.contains(&last)
        {
            break;
        }
        // "can be used for": the passive, "used" and its preposition.
        let used_for = USED_AS.iter().find_map(|passive| {
            let used = subject + passive.len();
            let reads = |at: usize, words: &[&str]| {
                lower
                    .get(at)
                    .is_some_and(|word| words.contains(&word.as_str()))
            };
            let passive_reads = lower
                .get(subject..used)
                .is_some_and(|words| words.iter().map(String::as_str).eq(passive.iter().copied()));
            // "can be used for" says what it may serve, "is used for" that
            // it does: "Robot used for inspection".
            let may = passive
                .last()
                .is_some_and(|verb| matches!(*verb, "be" | "être"));
            // "Traders will be used to e-filing" are accustomed to it.
            let accustomed = lower.get(used + 1).is_some_and(|word| word == "to")
                && lower
                    .get(used + 2)
                    .is_some_and(|word| word.ends_with("ing"));
            (passive_reads && reads(used, &USED) && reads(used + 1, &USED_FOR) && !accustomed)
                .then_some(if may { used + 1 } else { used })
        });
        if let Some(kept) = used_for {
            let end = offset_in(answer, words[subject - 1]) + words[subject - 1].len();
            let rest = offset_in(answer, words[kept]);
            return Cow::Owned(format!("{} {}", &answer[..end], &answer[rest..]));
        }
    }
    Cow::Borrowed(answer)
}

/// Whether a lower-case word inside what is used makes it a clause: an
/// English past ("needed"), a modal ("couldn't", "can"), or a word of
/// [`CLAUSE_WORDS`] ("Officers fear AI can be used …", "Les drones qui
/// sont utilisés …").
fn is_a_verb_in_a_subject(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("n't")
        || MODALS.contains(&word)
        || CLAUSE_WORDS.contains(&word)
}

/// Words that make what stands before a use a clause, in lower case:
/// verbs of thinking and saying, the verb "be", and relatives.
const CLAUSE_WORDS: [&str; 32] = [
    "fear", "fears", "think", "thinks", "believe", "believes", "say", "says", "feel", "feels",
    "know", "knows", "worry", "hope", "hopes", "expect", "expects", "agree", "agrees", "see",
    "sees", "is", "are", "was", "were", "that", "which", "who", "qui", "que", "dont", "où",
];

/// Words a question opens with, in lower case.
pub(super) const QUESTION_WORDS: [&str; 12] = [
    "which", "what", "how", "who", "why", "where", "quel", "quelle", "quels", "quelles", "comment",
    "pourquoi",
];

/// Prepositions that open a place, in lower case: "In our administration",
/// "Au Maroc".
const AT_A_PLACE: [&str; 8] = ["in", "at", "dans", "au", "aux", "en", "à", "chez"];

/// What a group calls its own place, in lower case: "In our
/// administration", "Dans notre pays", "In our experience".
const OWN_PLACES: [&str; 20] = [
    "administration",
    "administrations",
    "country",
    "countries",
    "pays",
    "service",
    "services",
    "experience",
    "expérience",
    "region",
    "région",
    "organisation",
    "organization",
    "customs",
    "douane",
    "douanes",
    "office",
    "bureau",
    "view",
    "avis",
];

/// Words a group says its own by, in lower case.
const POSSESSIVES: [&str; 7] = ["our", "my", "notre", "nos", "mon", "ma", "mes"];

/// Whether `words` open with a group's own place: a preposition of place,
/// a possessive and a place of its own among the next two words ("in our
/// administration", "dans notre pays", "in our admin"; not "in our risk
/// engine").
pub(super) fn names_own_place(words: &[&str]) -> bool {
    let lower = lower_words(words);
    lower.len() >= 3
        && AT_A_PLACE.contains(&lower[0].as_str())
        && POSSESSIVES.contains(&lower[1].as_str())
        && lower[2..].iter().take(2).any(|word| {
            OWN_PLACES.contains(&word.trim_end_matches([',', '.'])) || word.starts_with("admin")
        })
}

/// Whether a lower-case word is a subject pronoun ([`PRONOUNS`]).
pub(super) fn is_a_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word)
}

/// `answer` without the place it opens with, when the place is a
/// country, a town ([`names_a_town`]: "In Tanger Med the scanners work
/// 24/7") or the group's own and a comma or the subject that follows
/// ends it: "In our administration, machine learning models now run …"
/// is named from "machine learning models …", "Au Maroc, le guichet
/// unique relie la douane …" from "le guichet unique …", "In Korea we
/// scrape marketplace prices" from "we scrape …", "In our country customs
/// service analyses …" from "customs service analyses …", and the case
/// of a country or a named body ([`after_a_named_case`]: "In the case of
/// Brazil, …"). Where the groups do it is said by who raised it; the
/// theme is what they do.
pub(super) fn without_a_place_scene(answer: &str) -> &str {
    let answer = answer.trim_start();
    if let Some(rest) = after_a_named_case(answer) {
        return rest;
    }
    let words: Vec<&str> = answer.split_whitespace().take(PLACE_WORDS + 2).collect();
    let lower = lower_words(&words);
    // "Per our experience in BOC, …", "From our experience, …": what a
    // group knows it knows from its own place.
    let by_experience = || {
        matches!(lower[0].as_str(), "per" | "from")
            && names_own_place(&["in", lower[1].as_str(), lower[2].as_str()])
    };
    if lower.len() < 3 || !AT_A_PLACE.contains(&lower[0].as_str()) && !by_experience() {
        return answer;
    }
    // "Au Burkina le module …", "In Kenya the single window …": a
    // country's name ends the place before an article.
    // "In Tanger Med the scanners …": so does a town's.
    let a_country_before = |at: usize| {
        let article = opens_a_french_noun_phrase(&lower[at])
            || ENGLISH_DETERMINERS.contains(&lower[at].as_str());
        article
            && (is_a_country(&without_its_article(&lower[1..at]).join(" "))
                || names_a_town(&words[1..at]))
    };
    // "In our country customs service analyses …", "Dans notre pays la
    // douane …": with no end below, the group's own place of three words
    // ends before what is no complement of it, nor another word of a
    // place ("In our customs administration"), nor a French adjective
    // ("Dans nos administrations douanières …").
    let after_own_place = || {
        let next = lower.get(3)?;
        // The place opens with one of AT_A_PLACE: "in" and "at" are its
        // English words.
        let french = !matches!(lower[0].as_str(), "in" | "at" | "per" | "from");
        let opens_what_follows = if french {
            opens_a_french_noun_phrase(next)
        } else {
            // "customs" may open the subject ("In our country customs
            // service …").
            !is_a_preposition(next)
                && (!OWN_PLACES.contains(&next.as_str()) || next == "customs")
                && !matches!(next.as_str(), "of" | "and" | "or")
        };
        (POSSESSIVES.contains(&lower[1].as_str())
            && OWN_PLACES.contains(&lower[2].as_str())
            && opens_what_follows)
            .then_some((3, 3))
    };
    // The place ends at a comma, or before "we", "nous" or "on".
    let Some((end, rest_at)) = (1..words.len().min(PLACE_WORDS + 1))
        .find_map(|at| {
            if words[at].ends_with(',') {
                Some((at + 1, at + 1))
            } else if a_country_before(at)
                || matches!(lower[at].as_str(), "we" | "nous")
                // "on" is French's "we", not English "In Kenya on the border".
                || lower[at] == "on"
                    && !lower
                        .get(at + 1)
                        .is_some_and(|next| ENGLISH_DETERMINERS.contains(&next.as_str()))
            {
                Some((at, at))
            } else {
                None
            }
        })
        .or_else(after_own_place)
    else {
        return answer;
    };
    let place: Vec<&str> = lower[1..end]
        .iter()
        .map(|word| word.trim_end_matches(','))
        .collect();
    // "Au niveau de l'ADII, le ciblage …", "Au niveau de notre
    // administration": the level of a place is the place, and an
    // administration at that level is named by its acronym.
    let (place, at_a_level) = match place.as_slice() {
        ["niveau", "de" | "du" | "des", rest @ ..] => (rest.to_vec(), true),
        ["niveau", elided, rest @ ..] if elided.starts_with("d'") => {
            let mut rest = rest.to_vec();
            rest.insert(0, &elided[2..]);
            (rest, true)
        }
        _ => (place, false),
    };
    let bare = without_its_article(&place).join(" ");
    // "In our administration", not "In most of our countries", which
    // says how many.
    // "Au niveau du corridor Dakar-Bamako, la DGD …": a level named by a
    // proper name is a place (an acronym names a body or a system, above).
    let a_named_place = || {
        words.get(3..end).unwrap_or_default().iter().any(|word| {
            word.starts_with(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase)
        })
    };
    // "In our administration", "Per our experience in BOC": the group's
    // own place, and where it is.
    let own_place_at = |at: usize| {
        OWN_PLACES.contains(&place[at])
            && place
                .get(at + 1)
                .is_none_or(|next| AT_A_PLACE.contains(next))
    };
    let own = place.first().is_some_and(|word| POSSESSIVES.contains(word))
        && (place.last().is_some_and(|word| OWN_PLACES.contains(word))
            || place.len() > 1 && own_place_at(1))
        || at_a_level && (ends_on_a_systems_name(&words[1..end]) || a_named_place());
    let Some(first_of_rest) = words.get(rest_at) else {
        return answer;
    };
    let rest = &answer[offset_in(answer, first_of_rest)..];
    let a_town = || !at_a_level && names_a_town(&words[1..end]);
    if (own || is_a_country(&bare) || a_town()) && rest.split_whitespace().count() >= 2 {
        rest
    } else {
        answer
    }
}

/// The most words of the opening of a case and the case an answer opens
/// with ("Dans le cas du Département Général des Douanes du Vietnam,").
const CASE_WORDS: usize = 10;

/// What `answer` says after the case of a country or of a body it names
/// that it opens with, up to a comma: "In the case of Brazil, the Harpia
/// system …" says "the Harpia system …", "Dans le cas du Département
/// Général des Douanes du Vietnam, le système VNACCS …" "le système …".
/// Whose case it is is said by who raised it. A case of a thing is the
/// answer's topic, and stays ("In the case of e-commerce, volumes …").
fn after_a_named_case(answer: &str) -> Option<&str> {
    // Every answer's name reads this, and few open with a case.
    let first = answer.split_whitespace().next()?;
    if !first.eq_ignore_ascii_case("in") && !first.eq_ignore_ascii_case("dans") {
        return None;
    }
    let words: Vec<&str> = answer.split_whitespace().take(CASE_WORDS + 1).collect();
    let lower = lower_words(&words);
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let opening = match lower[..] {
        ["in", "the", "case", "of", ..] | ["dans", "le", "cas", "de" | "du" | "des", ..] => 4,
        // "Dans le cas d'Haïti,": the elision holds the case's first word.
        ["dans", "le", "cas", elided, ..] if elided.starts_with("d'") => 3,
        _ => return None,
    };
    let end = (opening..words.len()).find(|&at| words[at].ends_with(','))?;
    let case: Vec<&str> = words[opening..=end]
        .iter()
        .map(|word| {
            let word = word.trim_end_matches(',');
            word.split_once(['\'', '’']).map_or(word, |(_, name)| name)
        })
        .collect();
    // A name, no acronym ("SMEs"), no word of the glossary's
    // ("Blockchain", "E-commerce").
    let a_name = |word: &&str| {
        let folded = fold(&lowered(word));
        text::capitalised(word)
            && !GLOSSARY.has_word(&folded, Language::English)
            && !GLOSSARY.has_word(&folded, Language::French)
    };
    let named = case.iter().any(a_name) || is_a_country(&lowered(&case.join(" ")));
    let rest = answer[offset_in(answer, words[end]) + words[end].len()..].trim_start();
    // "In the case of Kenya, Uganda and Tanzania, …": a list of names
    // goes on past the first comma.
    let listed = rest
        .split_whitespace()
        .next()
        .is_some_and(|next| text::capitalised(next) || next == "and" || next == "et");
    (named && !listed && rest.split_whitespace().count() >= 2).then_some(rest)
}

/// Regional bodies, in lower case, whose level is a topic, not a place:
/// "Au niveau de la CEDEAO, un système d'échange …" says where the system
/// would be.
const REGIONAL_BODIES: [&str; 12] = [
    "cedeao", "ecowas", "uemoa", "waemu", "cemac", "ceeac", "eac", "sadc", "comesa", "asean",
    "mercosur", "caricom",
];

/// Whether `scene` sets the level of a place or a service, "Au niveau de
/// la brigade mobile", "Au niveau des frontières terrestres", whose "au
/// niveau de" says no more than "à". A regional body's level is where a
/// thing would be ("Au niveau de la CEDEAO"), and says something itself.
pub(super) fn is_at_a_level(scene: &str) -> bool {
    let lower = scene.trim().to_lowercase();
    let a_body = lower
        .rsplit(|c: char| c.is_whitespace() || c == '\'')
        .next()
        .is_some_and(|last| REGIONAL_BODIES.contains(&last));
    lower.starts_with("au niveau d") && !a_body
}

/// Whether the last of the `typed` words of a place names a system or an
/// administration by an acronym the app does not know ([`names_a_system`])
/// and no regional body is, after an elided article or none: "l'ADII,",
/// "DGDDI".
fn ends_on_a_systems_name(typed: &[&str]) -> bool {
    typed.last().is_some_and(|last| {
        let last = last.trim_end_matches(',');
        let name = last.rsplit_once(['\'', '’']).map_or(last, |(_, name)| name);
        names_a_system(name) && !REGIONAL_BODIES.contains(&name.to_lowercase().as_str())
    })
}

/// Whether `answer` opens with one country's case: a country heading it
/// ("Belgique : datamining …", "Ukraine - automated …"), the country or town it opens with ("Au
/// Sénégal il a fallu modifier la loi", "In the Netherlands we feed …",
/// "A Tanger Med les scanners …", [`set_in_a_town`]), one
/// administration by its name ("China Customs uses robots", "Douane suisse : essai d'un outil …", "Port of Rotterdam -
/// customs flies a UAV …") or what one presented ([`reports_a_case`]).
pub(crate) fn opens_with_a_country(answer: &str) -> bool {
    let answer = without_a_bullet(answer);
    let words: Vec<&str> = answer.split_whitespace().take(PLACE_WORDS).collect();
    let heading = answer
        .split_once([':', '—', '–'])
        .map(|(heading, _)| heading.trim());
    if opens_with_an_administration(answer, &words, heading) || reports_a_case(answer) {
        return true;
    }
    let lower: Vec<String> = lower_words(&words)
        .into_iter()
        .map(|word| word.trim_end_matches([',', ':']).to_owned())
        .collect();
    // "Ukraine - automated risk management system works": a hyphen typed
    // for a dash heads a case as well.
    let dashed = answer.split_once(" - ").map(|(heading, _)| heading.trim());
    let headed = [heading, dashed]
        .into_iter()
        .flatten()
        .any(|heading| is_a_country(&lowered(heading)));
    // A country of up to three words after the preposition, and its
    // article: "Au Sénégal", "In the United Arab Emirates".
    let placed = lower
        .first()
        .is_some_and(|first| AT_A_PLACE.contains(&first.as_str()))
        && (2..=lower.len()).any(|to| {
            let bare = without_its_article(&lower[1..to]);
            bare.len() <= 3 && is_a_country(&bare.join(" "))
        });
    headed || placed || set_in_a_town(&words)
}

/// Words that open a clause after the town a case is set in, in lower
/// case, after an English preposition ("At Schiphol we use …") and after
/// a French one ("A Tanger Med les scanners produisent …").
const AFTER_A_TOWN: [[&str; 5]; 2] = [
    ["the", "we", "our", "they", "their"],
    ["les", "le", "la", "on", "nous"],
];

/// Words with a capital that name a time, not a place: "In January we
/// launched …", "At Christmas the parcels triple".
const TIMES_WITH_A_CAPITAL: [&str; 16] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "ramadan",
    "noël",
];

/// Whether `word`, in lower case, names a time though typed with a
/// capital ([`TIMES_WITH_A_CAPITAL`]): "January", "Ramadan".
pub(crate) fn is_a_time(word: &str) -> bool {
    TIMES_WITH_A_CAPITAL.contains(&word)
}

/// Whether `words`, as typed, name a town, a port or a region: one to
/// three words with a capital, no acronym, administration or time among
/// them ("Schiphol", "Tanger Med"; not "Customs", "AI", "January").
fn names_a_town(words: &[&str]) -> bool {
    (1..=3).contains(&words.len())
        && words.iter().all(|word| {
            let bare = lowered(word.trim_end_matches(','));
            word.starts_with(char::is_uppercase)
                && !is_an_acronym(word.trim_end_matches(','))
                && !ADMINISTRATION_WORDS.contains(&bare.as_str())
                && !TIMES_WITH_A_CAPITAL.contains(&bare.as_str())
        })
}

/// Whether `words`, an answer's first, open with the town or port its case
/// is set in: a preposition of place ("à", or "a" typed without its
/// accent), a town ([`names_a_town`]), then a clause in the preposition's
/// language ("A Tanger Med les scanners produisent …", "At Schiphol we
/// use …"). "In Customs the officers …", "In January we …", "A European
/// customs data space …" and "À l'aéroport" set no town.
fn set_in_a_town(words: &[&str]) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let opener = lowered(first);
    let language = match opener.as_str() {
        "in" | "at" => 0,
        "a" | "à" | "au" | "en" | "dans" | "chez" => 1,
        _ => return false,
    };
    // Past a comma the town is a scene, which the answer's phrase may go
    // on from: "In East Africa, the Regional Electronic Cargo Tracking
    // System links …".
    let named = rest
        .iter()
        .take_while(|word| names_a_town(&[word]) && !word.ends_with(','))
        .count();
    (1..=3).contains(&named)
        && rest
            .get(named)
            .is_some_and(|next| AFTER_A_TOWN[language].contains(&lowered(next).as_str()))
}

/// The words a heading names one administration or one port by before
/// its country or town ("Douane suisse", "Port of Rotterdam", "Port
/// d'Anvers"), in lower case.
const ADMINISTRATION_WORDS: [&str; 6] = [
    "customs",
    "douane",
    "douanes",
    "port",
    "airport",
    "aéroport",
];

/// Whether `answer`, whose first `words` and the `heading` before its
/// colon or dash [`opens_with_a_country`] read, opens with one
/// administration, or one port, by its name: "Netherlands Customs told us
/// …" (a country before "Customs"), or a heading (before a hyphen typed
/// for a dash too) of one of [`ADMINISTRATION_WORDS`] and a country
/// ("Douane suisse :") or a preposition and a name with a capital ("Port
/// of Rotterdam -", "Port d'Anvers :"). "Smart Customs", "EU Customs",
/// "Customs and AI:" and "Port Community System -" name none.
fn opens_with_an_administration(answer: &str, words: &[&str], heading: Option<&str>) -> bool {
    // "Customs" among the first four words, after a country of three.
    let named = (2..=words.len().min(4)).any(|count| is_a_countrys_customs(&words[..count]));
    let heading = heading
        .or_else(|| answer.split_once(" - ").map(|(heading, _)| heading.trim()))
        .filter(|heading| heading.split_whitespace().count() <= 4);
    named || heading.is_some_and(names_an_administration)
}

/// Whether `words` are a country and "Customs", a comma or colon after it
/// aside: "China Customs", "Netherlands Customs,".
fn is_a_countrys_customs(words: &[&str]) -> bool {
    matches!(words, [country @ .., last]
        if !country.is_empty()
            && last.trim_end_matches([',', ':']) == "Customs"
            && is_a_country(&lowered(&country.join(" "))))
}

/// Whether `heading`, as typed, heads one country's, administration's or
/// port's case: "Belgique", "China Customs", "Port d'Anvers".
fn heads_a_case(heading: &str) -> bool {
    is_a_country(&lowered(heading)) || names_an_administration(heading)
}

/// Whether `heading`, as typed, is the name of one system, programme or
/// agency that the meeting has no word for: one word in capitals of three
/// letters or more, no acronym the app knows ([`super::ACRONYMS`]) nor a
/// word of the glossary's terms ("ATS — rules and predictive models for
/// targeting", "ASFC : évaluation du risque …"). A theme's name learns
/// nothing from it, and what follows says what it does; "AI: …", "WCO:
/// …" and "NII — …" (non-intrusive inspection, a glossary term) head a
/// topic.
fn names_a_system(heading: &str) -> bool {
    let capitals = heading.chars().count() >= 3 && heading.chars().all(char::is_uppercase);
    let lower = fold(&heading.to_lowercase());
    capitals
        && !super::ACRONYMS.contains(&lower.as_str())
        && !GLOSSARY.has_word(&lower, Language::English)
        && !GLOSSARY.has_word(&lower, Language::French)
}

/// Whether `heading`, as typed, names one administration or one port: a
/// country and "Customs" ("China Customs"), or one of
/// [`ADMINISTRATION_WORDS`] and a country ("Douane suisse") or a
/// preposition and a name with a capital ("Port of Rotterdam / Hamburg",
/// "Port d'Anvers"), or "Aéroport" and a name ("Aéroport Tân Sơn Nhất").
fn names_an_administration(heading: &str) -> bool {
    let words: Vec<&str> = heading.split_whitespace().collect();
    if is_a_countrys_customs(&words) {
        return true;
    }
    let [first, rest @ ..] = words.as_slice() else {
        return false;
    };
    if !ADMINISTRATION_WORDS.contains(&lowered(first).as_str()) {
        return false;
    }
    let capitalised = |name: &str| name.starts_with(char::is_uppercase);
    match rest {
        [country] if is_a_country(&lowered(country)) => true,
        // "Aéroport Tân Sơn Nhất": French names an airport after the word.
        [name, ..] if lowered(first) == "aéroport" && capitalised(name) => true,
        [of, name, ..] if ["of", "de", "du"].contains(&lowered(of).as_str()) => capitalised(name),
        [elided, ..] => elided
            .split_once(['\'', '’'])
            .is_some_and(|(_, name)| capitalised(name)),
        [] => false,
    }
}

/// The verbs a group reports one administration's case by, as typed
/// after its name: "Netherlands Customs told us they are training …",
/// "Korea (KCS) presented …", "La douane chinoise a présenté ses robots
/// …", "Le collègue cite un cas …".
const CASE_REPORTING: [&str; 12] = [
    "told",
    "presented",
    "explained",
    "described",
    "reported",
    "showed",
    "présenté",
    "expliqué",
    "décrit",
    "montré",
    "cite",
    "raconte",
];

/// Who reports a case, in lower case, besides a country: "The delegate
/// from …", "Le collègue cite …".
const CASE_REPORTERS: [&str; 6] = [
    "delegate",
    "colleague",
    "délégué",
    "déléguée",
    "collègue",
    "collègues",
];

/// Whether `answer` opens reporting what one administration presented:
/// a verb of [`CASE_REPORTING`] among its first words, with a country in
/// the two words before it, an acronym in brackets aside ("Netherlands
/// Customs told", "Korea (KCS) presented"), "douane" and the adjective of
/// its country ("La douane chinoise a présenté"), or one of
/// [`CASE_REPORTERS`]. "Use of AI showed", "Our Director General
/// explained", "La douane a expliqué" and "Most of the technologies
/// presented" report none.
pub(crate) fn reports_a_case(answer: &str) -> bool {
    let words: Vec<String> = answer
        .split_whitespace()
        .take(PLACE_WORDS + 2)
        .filter(|word| !(word.starts_with('(') && word.ends_with(')')))
        .map(|word| lowered(word.trim_matches([',', ':'])))
        .collect();
    (1..words.len()).any(|at| {
        if !CASE_REPORTING.contains(&words[at].as_str()) {
            return false;
        }
        // "a présenté", "nous a présenté": the auxiliary and pronoun
        // belong to the verb.
        let mut subject_end = at;
        while subject_end > 0 && matches!(words[subject_end - 1].as_str(), "a" | "nous") {
            subject_end -= 1;
        }
        let subject = &words[subject_end.saturating_sub(2)..subject_end];
        let country =
            subject.iter().any(|word| is_a_country(word)) || is_a_country(&subject.join(" "));
        let french_adjective = matches!(subject, [douane, adjective]
            if douane.starts_with("douane") && !text::is_stop_word(adjective, Language::French));
        country
            || french_adjective
            || subject
                .iter()
                .any(|word| CASE_REPORTERS.contains(&word.as_str()))
    })
}

/// Whether `word` is typed as an acronym: two capitals or more and no
/// lower-case letter ("US", "KCS", "HMRC").
pub(super) fn is_an_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// `place`, the words after the preposition that opens it, in lower
/// case, without the article it may open with: "the netherlands".
fn without_its_article<S: AsRef<str>>(place: &[S]) -> &[S] {
    match place {
        [article, rest @ ..] if matches!(article.as_ref(), "the" | "le" | "la" | "les") => rest,
        _ => place,
    }
}

/// The most words of a place an answer opens with ("In most of our
/// countries").
const PLACE_WORDS: usize = 5;

/// Where `part`, a slice of `text` (one of its words), begins in it.
pub(crate) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The pronouns a group says itself by after a preposition, in English
/// and in French, in lower case.
const OURS: [&str; 4] = ["us", "me", "nous", "moi"];

/// The side of `answer` in `language` when its opening phrase says the
/// same in both languages either side of a slash, as a bilingual group
/// types it: "Renforcement des capacités / capacity building of staff on
/// AI" is named "Renforcement des capacités" in French and from "capacity
/// building of staff on AI" in English. `answer` whole when there is no
/// such slash, or both sides are in one language ("Pilots / proofs of
/// concept"), or neither is in `language`.
pub(super) fn the_side_in(answer: &str, language: Language) -> &str {
    let Some(slash) = answer.find(" / ").filter(|&at| at < phrase_end(answer)) else {
        return answer;
    };
    let (before, after) = (answer[..slash].trim(), answer[slash + 3..].trim_start());
    let told = |side: &str| GLOSSARY.language_of(&text::words(side));
    match (told(before), told(after)) {
        (Some(one), Some(other)) if one != other && one == language => before,
        (Some(one), Some(other)) if one != other && other == language => after,
        _ => answer,
    }
}

/// Arrows typed between words, leading from a thing to what it brings:
/// "GPS seals -> fewer escorts", "Pilot → evaluate → roll out".
pub(super) const ARROWS: [&str; 4] = ["->", "→", "=>", "⇒"];

/// Leaves of `words` what a name reads: those before their first arrow
/// when what comes between a topic of `start` words and the arrow says
/// enough, and the arrow is the only one or the words are too many for a
/// name of `most` words ("Suivi du transit par balises GPS | -> moins de
/// détournements de marchandises …" names the thing, not a cut piece of
/// what it brings; "E-seals GPS transit | -> less escort" is a note, and a
/// facilitator names the thing), else all. Steps that fit stay whole
/// ("Pilot -> evaluate -> roll out"); an arrow typed without spaces
/// ("seals->fewer") is part of a word.
pub(super) fn end_before_an_arrow(
    words: &mut Vec<&str>,
    start: usize,
    most: usize,
    meaningful: &dyn Fn(&[&str]) -> usize,
) {
    let arrow = (start..words.len()).find(|&at| ARROWS.contains(&words[at]));
    // The first arrow and those after it: a topic may hold more words
    // than are left, so they are counted from the arrow.
    let only_one = |at: usize| words[at..].iter().filter(|w| ARROWS.contains(w)).count() == 1;
    if let Some(at) = arrow.filter(|&at| {
        (only_one(at) || !fits(words, most)) && meaningful(&words[start..at]) >= NAME_FEWEST_WORDS
    }) {
        words.truncate(at);
    }
}

/// Leaves of `words`, after a topic of `start` words, the first item of a
/// list typed on one line, without its number: "WCO: 1) compendium of
/// Members practices 2) guidance …" names "WCO: compendium of
/// Members practices", and "Train staff 2) buy scanners" (its "1)" left out
/// with the answer's mark) "Train staff". Only a second item's number ("2)",
/// "b)") ends the first; a "2." ends the phrase before this is asked.
pub(super) fn first_item_of_a_list(words: &mut Vec<&str>, start: usize) {
    if words.get(start).is_some_and(|word| is_a_number(word)) && words.len() > start + 1 {
        words.remove(start);
    }
    let second = |word: &str| is_a_number(word) && word.starts_with(['2', 'b']) && word.len() == 2;
    if let Some(at) = (start + 1..words.len()).find(|&at| second(words[at])) {
        words.truncate(at);
    }
}

/// Whether `word` (in lower case) joins two items: "and", "or", "et", "ou".
pub(super) fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "or" | "et" | "ou")
}

/// The most words of a list's last item.
const LIST_ITEM_WORDS: usize = 4;

/// Forms of be and have, in English and in French, that make a phrase a
/// clause.
const BE_AND_HAVE: [&str; 16] = [
    "is", "are", "was", "were", "be", "has", "have", "had", "est", "sont", "était", "sera", "a",
    "ont", "avait", "seront",
];

/// Where the list that the comma at `comma` opens in `answer` ends: the
/// end of the phrase that holds its "and" ("bank, broker and Customs",
/// "banques et douanes", "carrier, insurer and authorities"), if the
/// comma lists.
pub(super) fn list_end(answer: &str, comma: usize) -> Option<usize> {
    /// The most items after the comma that a list is looked for in.
    const ITEMS: usize = 4;
    let mut at = comma;
    for _ in 0..ITEMS {
        if !answer[at..].starts_with(',') {
            return None;
        }
        let start = at + 1;
        at = start + phrase_end(&answer[start..]);
        let words: Vec<String> = answer[start..at]
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        // The last item is a few words and no clause: "rules and duties
        // must follow" goes on with the sentence.
        let last_item = |place: usize| {
            let item = &words[place + 1..];
            (1..=LIST_ITEM_WORDS).contains(&item.len())
                && !item
                    .iter()
                    .any(|word| is_hanging(word) || BE_AND_HAVE.contains(&word.as_str()))
        };
        let joins = |(place, word): (usize, &String)| {
            place > 0 && place < 3 && is_conjunction(word) && last_item(place)
        };
        if words.iter().enumerate().any(joins) {
            return Some(at);
        }
    }
    None
}

/// Labels a rapporteur heads an answer with, before a colon or a dash
/// ("Risk: …", "Recommandation : …", "Overall: …", a rapporteur's notes'
/// "Constat : …"; not "Observation", which may be the subject, "Observation
/// is a key skill …"), in English and in French, in lower case: they say what
/// kind of answer follows, or that it sums up, not what it says.
const HEADINGS: [&str; 116] = [
    "rec",
    "recs",
    "pros",
    "pro",
    "cons",
    "con",
    "advantages",
    "disadvantages",
    "downside",
    "upside",
    "inconvénient",
    "inconvénients",
    "reco",
    "recos",
    "point",
    "points",
    "point clé",
    "points clés",
    "risk",
    "risks",
    "benefit",
    "benefits",
    "recommendation",
    "recommendations",
    "challenge",
    "challenges",
    "issue",
    "issues",
    "problem",
    "concern",
    "concerns",
    "note",
    "idea",
    "example",
    "proposal",
    "suggestion",
    "opportunity",
    "opportunities",
    "today",
    "future",
    "risque",
    "risques",
    "avantage",
    "avantages",
    "bénéfice",
    "bénéfices",
    "recommandation",
    "recommandations",
    "défi",
    "défis",
    "enjeu",
    "enjeux",
    "problème",
    "préoccupation",
    "remarque",
    "remarques",
    "constat",
    "constats",
    "état des lieux",
    "finding",
    "findings",
    "remark",
    "remarks",
    "idée",
    "exemple",
    "proposition",
    "opportunité",
    "opportunités",
    "aujourd'hui",
    "avenir",
    "usage",
    "use",
    "for example",
    "par exemple",
    "in short",
    "en bref",
    "en résumé",
    "summary",
    "conclusion",
    "nb",
    "use today",
    "future use",
    "in future",
    "in the future",
    "tomorrow",
    "usage actuel",
    "usage futur",
    "à l'avenir",
    "dans l'avenir",
    "dans le futur",
    "à terme",
    "à plus long terme",
    "demain",
    "perspectives",
    "outlook",
    "next",
    "next steps",
    "other",
    "others",
    "autre",
    "autres",
    "divers",
    "overall",
    "in general",
    "globalement",
    "en général",
    "dans l'ensemble",
    "en gros",
    "question",
    "questions",
    "open question",
    "question for the panel",
    "question to the panel",
    "question ouverte",
    "question du groupe",
    "question au panel",
];

/// Whether `before` (the text up to a full stop) ends on an initialism
/// whose letters the full stop closes ("the U.S", "U.K").
fn ends_an_initialism(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    word.contains('.')
        && word
            .split('.')
            .all(|letter| letter.chars().count() == 1 && letter.chars().all(char::is_alphabetic))
}

/// Abbreviations that open an example or a gloss, which ends the phrase
/// before them: "VR for remote examination of goods | e.g. joint
/// inspection with the neighbour".
const EXAMPLE_OPENERS: [&str; 5] = ["e.g.", "i.e.", "eg.", "ex.", "cf."];

/// Where the opening phrase of `text` ends: at the first of
/// [`PHRASE_ENDS`] that ends something, or before an example
/// ([`EXAMPLE_OPENERS`]). A full stop inside a word or a number
/// ("wcoomd.org", "2.0"), after an abbreviation ("incl. own citizens") or
/// closing an initialism ("the U.S. and EU partners") ends nothing, nor
/// does a comma between digits ("40,000").
pub(super) fn phrase_end(text: &str) -> usize {
    let mut at = 0;
    let example = text.split_inclusive(char::is_whitespace).find_map(|word| {
        let start = at;
        at += word.len();
        EXAMPLE_OPENERS
            .contains(&word.trim_end().to_lowercase().as_str())
            .then_some(start)
    });
    marked_end(text).min(example.unwrap_or(text.len()))
}

/// Whether the mark of `length` bytes at `at` in `text` has a letter or
/// a digit right before it and right after it.
fn joins_two_words(text: &str, at: usize, length: usize) -> bool {
    text[..at].ends_with(char::is_alphanumeric)
        && text[at + length..].starts_with(char::is_alphanumeric)
}

/// Where the first of [`PHRASE_ENDS`] that ends something is in `text`,
/// as [`phrase_end`] says.
fn marked_end(text: &str) -> usize {
    let digit_either_side = |at: usize| {
        text[..at].ends_with(|c: char| c.is_ascii_digit())
            && text[at + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    text.match_indices(PHRASE_ENDS)
        .find(|&(at, mark)| match mark {
            "." => {
                !text[at + 1..].starts_with(char::is_alphanumeric)
                    && !super::ends_an_abbreviation(&text[..at], &text[at + 1..])
                    && !ends_an_initialism(&text[..at])
            }
            "," => !digit_either_side(at),
            // "Bénin–Niger–Nigeria", "2017–2020": an en dash typed
            // between two words with no space joins them; an em dash so
            // typed is English's break ("cheap—smugglers use them").
            "–" => !joins_two_words(text, at, mark.len()),
            _ => true,
        })
        .map_or(text.len(), |(at, _)| at)
}

/// `answer` read past a heading before a colon or a long dash that ends its
/// opening phrase at `clause_end`: the answer, where its name's phrase
/// ends, and how many words a topic and its mark lead that phrase with.
/// "Risque : livraison de colis par drone", "Challenge: staff must be
/// trained first": a label heads the answer, and what follows names it. A
/// topic is what the rest is about, and the name says both ("Blockchain:
/// too early for customs use"), unless the rest says too little to add
/// ("Data quality: garbage in, …"). A longer phrase that sets the scene,
/// and has no clause of its own in `language`, heads the answer as a label
/// does.
pub(super) fn read_heading<'a>(
    answer: &'a str,
    clause_end: usize,
    language: Language,
    meaningful: &dyn Fn(&[&str]) -> usize,
) -> (&'a str, usize, usize) {
    let Some(mark) = heading_mark(answer, clause_end) else {
        return (answer, clause_end, 0);
    };
    let typed = answer[..clause_end].trim();
    let heading = lowered(typed);
    let after_mark = clause_end + mark.len_utf8();
    // "Recommandations :" and a list on the lines under it; "Benefits:
    // Firstly, improve …" and the point's number.
    let rest = without_a_discourse_opener(without_a_bullet(&answer[after_mark..]));
    let rest_end = phrase_end(rest);
    let rest_says_enough = || {
        meaningful(&rest[..rest_end].split_whitespace().collect::<Vec<_>>()) >= NAME_FEWEST_WORDS
    };
    let words = heading.split_whitespace().count();
    // "Belgique : datamining + ML pour la sélection", "Port of Rotterdam
    // / Hamburg: sensors everywhere": one country's or port's case, and
    // the theme is what it did, not where.
    // "ATS — rules and predictive models …": one system's, named by
    // what it does.
    let a_system = || names_a_system(typed) && rest_says_enough();
    if is_a_label(&heading) || heads_a_case(typed) || a_system() {
        (rest, rest_end, 0)
    } else if words <= TOPIC_WORDS && heading.contains(char::is_alphabetic) && rest_says_enough() {
        let topic_words = answer[..after_mark].split_whitespace().count();
        (answer, answer.len() - rest.len() + rest_end, topic_words)
    } else if sets_the_scene(&heading)
        && !has_a_clause(&answer[..clause_end], language)
        && rest_says_enough()
    {
        // "Pour la plupart de nos pays : encore au stade de projet": a
        // scene too long to be a topic, and the mark says what follows is
        // the point.
        (rest, rest_end, 0)
    } else {
        (answer, clause_end, 0)
    }
}

/// Subject pronouns, in English and in French, in lower case.
const PRONOUNS: [&str; 15] = [
    "i", "we", "you", "they", "he", "she", "it", "je", "nous", "vous", "ils", "elles", "il",
    "elle", "on",
];

/// Whether a phrase setting the scene, as typed, has a clause of its own,
/// and so says something: a subject after the scene ("À l'avenir le
/// visage deviendra le passeport"), a pronoun ("In most of our countries
/// we lack funding"), a form of be or have, or a French verb.
fn has_a_clause(phrase: &str, language: Language) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower = lower_words(&words);
    subject_after_a_scene(&words, language).is_some()
        || lower.iter().skip(1).any(|word| {
            PRONOUNS.contains(&word.as_str())
                || BE_AND_HAVE.contains(&word.as_str())
                || (language == Language::French && reads_as_a_french_verb(word))
        })
}

/// The colon or long dash at `end` of `answer` that ends a heading, if
/// one does.
fn heading_mark(answer: &str, end: usize) -> Option<char> {
    answer[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '—' | '–'))
}

/// Whether `heading`, as typed, is a label of [`HEADINGS`], with or
/// without a word that ranks it ("Main benefit", "Risque majeur"), or
/// names a group.
pub(super) fn is_a_label(heading: &str) -> bool {
    let heading = lowered(heading.trim());
    // "Our proposal for the report": whom it is for says nothing more.
    let unaddressed = FOR_THE_RECORD
        .iter()
        .find_map(|whom| heading.strip_suffix(whom))
        .unwrap_or(&heading);
    let mut words: Vec<&str> = unaddressed.split_whitespace().collect();
    // "The main benefit", "Notre principal risque", "Risque majeur".
    if words.len() > 1 && RANKED.contains(&words[0]) {
        words.remove(0);
    }
    if words.len() > 1 && RANKS.contains(&words[0]) {
        words.remove(0);
    } else if words.len() > 1 && RANKS.contains(&words[words.len() - 1]) {
        words.pop();
    }
    HEADINGS.contains(&words.join(" ").as_str())
        || is_group_label(&heading)
        || is_a_sources_label(&heading)
}

/// What a label says it is written for, at its end, in lower case: "Our
/// proposal for the report", "Notre proposition pour la plénière".
const FOR_THE_RECORD: [&str; 6] = [
    " for the report",
    " for the plenary",
    " for the minutes",
    " pour le rapport",
    " pour la plénière",
    " pour le compte rendu",
];

/// Whether `heading` (in lower case) says where the text after it was
/// pasted from: "Extract from our 2016 annual report", "Extrait du
/// rapport national".
fn is_a_sources_label(heading: &str) -> bool {
    [
        "extract from ",
        "excerpt from ",
        "extrait de ",
        "extrait du ",
        "extrait d'",
        "extrait d’",
    ]
    .iter()
    .any(|opening| heading.starts_with(opening))
}

/// Countries and customs territories, in English and in French, folded
/// to lower case without accents ([`COUNTRIES_TXT`]).
static COUNTRIES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    COUNTRIES_TXT
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| line.split('|'))
        .map(|name| fold(&lowered(name.trim())))
        .filter(|name| !name.is_empty())
        .collect()
});

const COUNTRIES_TXT: &str = include_str!("../../../../../assets/countries.txt");

/// Whether `heading` (in lower case) is a country's name, as a rapporteur
/// heads the case of one administration: "Belgique", "Haiti", "Kenya".
pub(crate) fn is_a_country(heading: &str) -> bool {
    COUNTRIES.contains(&fold(heading.trim()))
}

/// Words before the rank of a label ("The main benefit", "Notre principal
/// risque", "Un autre avantage"), in English and in French, in lower case.
const RANKED: [&str; 9] = ["the", "our", "le", "la", "les", "notre", "nos", "un", "une"];

/// Words that rank a label ("Main benefit", "Key risk", "Risque majeur"),
/// in English and in French, in lower case.
const RANKS: [&str; 21] = [
    "one",
    "un",
    "une",
    "autre",
    "real",
    "greatest",
    "primary",
    "main",
    "key",
    "major",
    "biggest",
    "big",
    "first",
    "another",
    "principal",
    "principale",
    "principaux",
    "principales",
    "majeur",
    "majeure",
    "gros",
];

/// Where what a label heads begins in `answer` (after "Recommendation:",
/// or "Main benefit =", an equals sign typed for a colon), or 0 when no
/// label heads it.
pub(super) fn after_a_label(answer: &str) -> usize {
    if let Some(equals) = after_a_label_and_equals(answer) {
        return equals;
    }
    let end = phrase_end(answer);
    match heading_mark(answer, end) {
        Some(mark) if is_a_label(&answer[..end]) => end + mark.len_utf8(),
        _ => 0,
    }
}

/// `sentence` without the country, administration or port heading its
/// case and the mark after it ("Belgique : datamining …", "China Customs:
/// service robots …"): a statement says what the case is, and the answer
/// its group. As it is when what follows is less than two words.
pub(super) fn after_a_case_heading(sentence: &str) -> &str {
    let end = phrase_end(sentence);
    let Some(mark) = heading_mark(sentence, end) else {
        return sentence;
    };
    if !heads_a_case(sentence[..end].trim()) {
        return sentence;
    }
    let rest = sentence[end + mark.len_utf8()..].trim_start();
    if rest.split_whitespace().count() < 2 {
        sentence
    } else {
        rest
    }
}

/// Where what a label and an equals sign head begins in `answer`: "Main
/// benefit = faster release of goods", typed as a colon would be. None
/// when no such label heads it.
pub(super) fn after_a_label_and_equals(answer: &str) -> Option<usize> {
    let equals = answer[..phrase_end(answer)].find('=')?;
    // "Benefit => faster clearance", "<=", "==": an arrow or a comparison.
    let marks = |c: char| matches!(c, '=' | '>' | '<' | '!');
    let part_of_a_mark =
        answer[equals + 1..].starts_with(marks) || answer[..equals].ends_with(marks);
    (!part_of_a_mark && is_a_label(&answer[..equals])).then_some(equals + 1)
}

/// Where the bracket that opens `text` closes, brackets inside it
/// counted: "(e.g. ML (deep learning)) for targeting". None when it does
/// not close.
pub(super) fn closing_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether `heading` (in lower case) names a group: "group 3", "groupe B".
fn is_group_label(heading: &str) -> bool {
    let words: Vec<&str> = heading.split_whitespace().collect();
    matches!(words.as_slice(), ["group" | "groupe", mark] if mark.chars().count() <= 2)
}

/// What ends an answer's opening phrase.
const PHRASE_ENDS: [char; 10] = [',', ';', ':', '(', '.', '!', '?', '\n', '—', '–'];

/// Words that open a phrase setting the scene rather than saying what the
/// groups said ("In our administration, …", "Avec l'impression 3D, …",
/// "Today, …"), in English and in French, in lower case.
pub(super) const SCENE_SETTERS: [&str; 35] = [
    "in",
    "for",
    "with",
    "at",
    "by",
    "from",
    "after",
    "before",
    "during",
    "under",
    "within",
    "without",
    "thanks",
    "today",
    "currently",
    "now",
    "dans",
    "pour",
    "avec",
    "chez",
    "par",
    "grâce",
    "après",
    "avant",
    "pendant",
    "sous",
    "depuis",
    "sans",
    "selon",
    "en",
    "à",
    "au",
    "aux",
    "aujourd'hui",
    "actuellement",
];

/// Words that open a condition, in English and in French, in lower case.
const CONDITIONS: [&str; 9] = [
    "if", "when", "once", "unless", "si", "quand", "lorsque", "s'il", "s'ils",
];

/// Whether `answer` opens with a condition: "If people print at home, …",
/// "Si le système tombe en panne, …", "Lorsqu'un drone …".
pub(super) fn opens_a_condition(answer: &str) -> bool {
    answer.split_whitespace().next().is_some_and(|first| {
        let first = lowered(first);
        CONDITIONS.contains(&first.as_str()) || first.starts_with("lorsqu'")
    })
}

/// Whether `answer` opens with a phrase that sets the scene.
/// "On the border with Belarus, …", "Along the coast, …", "To facilitate
/// trade, …": English's "on" before a determiner (French's is "we"),
/// "along", "across" and a purpose's "to".
pub(super) fn sets_the_scene(answer: &str) -> bool {
    let mut words = answer.split_whitespace();
    let (first, second, third) = (words.next(), words.next(), words.next());
    first.is_some_and(|first| {
        let first = lowered(first);
        // Not French's "On a entendu …", nor "On the other hand, …".
        let on_a_place = || {
            first == "on"
                && second.is_some_and(|next| {
                    let next = lowered(next);
                    ENGLISH_DETERMINERS.contains(&next.as_str())
                        && !matches!(next.as_str(), "a" | "an")
                })
                && third.is_none_or(|next| lowered(next) != "other")
        };
        let a_purpose = || {
            first == "to"
                && super::english::a_purpose_before_its_clause(
                    answer.trim_start()[2..].trim_start(),
                )
        };
        SCENE_SETTERS.contains(&first.trim_end_matches(','))
            || first.starts_with("d'ici")
            || matches!(first.as_str(), "along" | "across")
            || on_a_place()
            || a_purpose()
    })
}

/// The name of the clause after the phrase setting the scene that `answer`
/// (of `words`) opens on, when a cut at `kept` words keeps only that
/// phrase: "Ces technologies restent au stade expérimental", from "Dans
/// beaucoup de pays de la région | ces technologies restent …".
pub(super) fn clause_after_the_scene(
    answer: &str,
    words: &[&str],
    kept: usize,
    language: Language,
) -> Option<String> {
    let subject = subject_after_a_scene(words, language)?;
    if !sets_the_scene(answer) || kept > subject + 1 {
        return None;
    }
    let offset = offset_in(answer, words[subject]);
    opening_name(&answer[offset..], language)
}

/// Where the subject of the clause after a phrase setting the scene opens,
/// when no comma marks it (a comma ends the scene where the writer put it,
/// and [`opening_name`] runs on past it): a determiner after a noun ("Dans
/// beaucoup de pays de la région | ces technologies restent …", "In many
/// countries | the systems …"). After a verb, a determiner opens its object
/// ("Pour sécuriser | les envois", "In ports using | the new scanners"),
/// and the scene ends before a clause opens in it ("In ports where officers
/// check | the containers …" has no subject to find).
fn subject_after_a_scene(words: &[&str], language: Language) -> Option<usize> {
    let lower = lower_words(words);
    let unmarked = words
        .iter()
        .position(|word| word.ends_with(','))
        .unwrap_or(words.len());
    (2..unmarked)
        .take_while(|&at| !opens_clause(words, at, language))
        .find(|&at| {
            let (before, word) = (&lower[at - 1], &lower[at]);
            let determiner = match language {
                Language::English => ENGLISH_DETERMINERS.contains(&word.as_str()),
                // After a noun, "des" and "du" are "de" and an article, which
                // open its complement: "la plupart | des bureaux".
                Language::French => {
                    opens_a_french_noun_phrase(word) && !matches!(word.as_str(), "des" | "du")
                }
            };
            let verb = match language {
                Language::English => before.ends_with("ing") || before.ends_with("ed"),
                Language::French => reads_as_a_french_verb(before),
            };
            determiner
                && !verb
                && !text::is_stop_word(before, language)
                && !is_hanging(before)
                && before.contains(char::is_alphabetic)
        })
}
