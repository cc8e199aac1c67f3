//! A suggested theme's words, taken from the answer that stands for it: its
//! first sentence as the theme's statement, and the sentence's opening
//! phrase (with what follows a short phrase that only sets the scene) as
//! the theme's name. The groups' own words, in the session's
//! language, read better than keywords ("Speed · Clearance").
//!
//! [`name`] reads the opening phrase (`opening`), keeps it whole when it
//! fits, and else cuts it where a name reads best: rules for either
//! language in `cut`, then those of the answer's language in `english` or
//! `french`.

mod creole;
mod cut;
mod dictated;
mod echo;
mod english;
mod french;
mod mail;
mod opening;
mod pasted;
mod posted;
mod proposal;
mod sides;
#[cfg(test)]
mod tests;

pub(crate) use creole::mixes_in_creole;
pub(crate) use cut::{awaits_a_noun, is_an_english_conjunction, is_hanging};
pub(crate) use english::has_a_learners_slip;
pub use opening::{as_one_item, beside_a_bullet};
pub(crate) use opening::{
    is_a_country, is_a_time, offset_in, opens_with_a_country, reports_a_case,
};
pub use pasted::as_printed;
pub(crate) use pasted::as_written_with_formula;

use std::borrow::Cow;

use super::glossary::GLOSSARY;
use super::text;
use crate::session::{AnswerKind, Language, says_again};
use cut::{
    PREDICATE_MODALS, before_a_verbless_purpose, drops_a_negation, ends_a_thought,
    is_a_phrase_preposition, lowered, opens_clause, where_to_cut, without_hanging_end,
};
use english::with_its_object;
use opening::{
    ARROWS, after_a_case_heading, after_a_label, after_a_label_and_equals, after_the_groups_own,
    clause_after_the_scene, closing_bracket, end_before_an_arrow, first_item_of_a_list, is_a_label,
    is_at_a_level, list_end, opens_a_condition, opens_with_a_reporter_or_it, phrase_end,
    read_heading, sets_the_scene, the_side_in, unnumbered, without_a_bullet,
    without_a_discourse_opener, without_a_groups_use, without_a_label_and_its_verb,
    without_a_need_frame, without_a_place_scene, without_a_report_frame, without_a_stance,
    without_a_topic_frame, without_marks_before_a_dash, without_whose_scene,
};

/// The most words a name cut from a longer phrase keeps where it is cut:
/// a name is read in a card and on a slide. Taking in the second half of
/// a pair or a complement it cut, it may keep up to [`WHOLE_PHRASE_WORDS`]
/// (`cut::with_its_second_half`).
const NAME_WORDS: usize = 8;

/// The longest name cut from a longer phrase or listing concepts, in
/// characters: a name is read in a card, a grid cell and on a slide. A
/// cut name that takes in the second half or the verb's object it cut
/// may run to [`LONGEST_WHOLE_NAME`], as a whole thought does.
pub(crate) const LONGEST_NAME: usize = 64;

/// The longest suggested name, in characters: an answer's opening phrase
/// kept whole. A whole thought a few characters over [`LONGEST_NAME`]
/// ("Crainte des agents de voir leur poste supprimé par l'automatisation")
/// reads better than the same thought cut ("… de voir leur poste"); a
/// phrase any longer is cut within [`LONGEST_NAME`], or within this when
/// the cut takes in a second half that ends a thought.
pub(crate) const LONGEST_WHOLE_NAME: usize = 72;

/// The most words of a phrase kept whole when it fits in [`LONGEST_WHOLE_NAME`]:
/// a whole thought reads better than a cut one ("Trade will move from
/// physical goods to design files", not "… from physical goods"; "RFID
/// tags on containers moving in and out of the free zone", not "…
/// moving"). Twelve words, where a cut name keeps [`NAME_WORDS`]: a cut
/// of more words ends in more places that leave a thought half said.
const WHOLE_PHRASE_WORDS: usize = 12;

/// How many words a long phrase keeps at least before it is cut.
const NAME_SOME_WORDS: usize = 4;

/// How many words a long phrase keeps at least when it is cut where a
/// relative clause opens, which ends a noun whole: "Des conteneurs
/// intelligents | qui transmettent automatiquement …". Before "that" or
/// "que", three words are often a verb waiting for its object ("Governments
/// should ensure | that …"), so other clauses keep [`NAME_SOME_WORDS`].
const RELATIVE_CUT_WORDS: usize = 3;

/// Words that open a relative clause, in English and in French.
const RELATIVES: [&str; 7] = ["which", "who", "whose", "where", "qui", "dont", "où"];

/// The most words of a topic heading an answer before a colon or a dash
/// ("3D printing: the product crosses the border as a file"); a longer
/// phrase before a colon says something itself.
const TOPIC_WORDS: usize = 3;

/// The fewest meaningful words a phrase needs to name a theme: a lone word ("Change",
/// "Paper") says nothing of what the groups said.
const NAME_FEWEST_WORDS: usize = 2;

/// The first sentence of `answer`, capitalised and ending in a full stop:
/// "E-gates at main airports. Passengers clear in seconds" gives "E-gates at
/// main airports."; without the mark of a list item ("- ", "1.") or a
/// label heading it ("Recommendation: legal basis first" says "Legal
/// basis first."), or a country, administration or port heading its case
/// ("China Customs: service robots …" says "Service robots …"): the kind
/// of answer and its group are said apart, and a statement is read aloud
/// as it is. HTML tags and a formula pasted around the words
/// go ([`pasted`]). Items numbered in a line are read as a list ("1)
/// needs assessment; 2) business case" says "Needs assessment; business
/// case."), and a sentence typed in capitals as a sentence ("FACIAL
/// RECOGNITION E-GATES AT THE AIRPORT" says "Facial recognition e-gates
/// at the airport."). An opening adverb or link to the answer before
/// goes too ("Honestly …", "Par ailleurs, …", "But also …").
pub fn statement(answer: &str) -> String {
    statement_and_heading(answer).0
}

/// An answer's [`statement`], and whether a word alone heads it ("Speed.
/// Systems work 24/7, they don't sleep."): the heading is said with the
/// sentence after it, which states a theme less than an answer whose
/// first sentence says it.
pub fn statement_and_heading(answer: &str) -> (String, bool) {
    let (sentence, _, headed) = first_sentence(answer);
    // "Par ailleurs, …", "But also …": a statement read aloud stands alone.
    let sentence = without_links(after_a_case_heading(without_a_discourse_opener(
        without_marks_before_a_dash(&sentence),
    )));
    let sentence = without_a_contact(&sentence);
    let sentence = without_courtesy(&sentence);
    let sentence = english::without_a_bullets_to(&sentence);
    let sentence = english::with_its_article(&sentence);
    let sentence = sentence.trim_end_matches([' ', ',', ';', ':', '-', '—']);
    let written = written_out(sentence, || text::told_language(&text::words(sentence)));
    let mut sentence = capitalise(&unshouted(written.into_owned()));
    if !sentence.ends_with(['.', '!', '?', '…']) && !sentence.is_empty() {
        sentence.push('.');
    }
    (sentence, headed)
}

/// The first sentence of `answer` as it states a theme (without HTML
/// tags or a formula pasted around the words, a list item's mark or a
/// label heading it, its items numbered in a line read as a list), and
/// whether it is all the answer says. A first sentence of one word
/// ("Cost.") is said with the next, and heads it.
fn first_sentence(answer: &str) -> (String, bool, bool) {
    let written = pasted::as_written(answer);
    let listed = unnumbered(&written, || is_french(&written));
    let answer = stated(&listed).trim();
    let mut end = sentence_end(answer).unwrap_or(answer.len());
    // "Cost. Small admin, small budget, big ocean": a word alone heads
    // what the next sentence says of it.
    let headed = answer[..end].split_whitespace().count() == 1 && end < answer.len();
    if headed {
        end += sentence_end(&answer[end..]).unwrap_or(answer.len() - end);
    }
    (
        answer[..end].to_owned(),
        answer[end..].trim().is_empty(),
        headed,
    )
}

/// Whether `text` tells it is French.
fn is_french(text: &str) -> bool {
    text::told_language(&text::words(text)) == Some(Language::French)
}

/// `text` without an e-mail address a group left for contact, and the
/// aside that holds it, which a statement read aloud leaves out: in
/// brackets ("… between members (focal point: unit@wcoomd.org)") or
/// after a dash or a comma at the end ("… among members - contact for our
/// pilot: unit@customs.org"). An address within the words stays ("write to
/// unit@wcoomd.org for the guide").
fn without_a_contact(text: &str) -> Cow<'_, str> {
    let is_an_address = |word: &str| {
        word.split_once('@').is_some_and(|(user, domain)| {
            user.ends_with(char::is_alphanumeric)
                && domain.trim_end_matches(['.', ')']).contains('.')
        })
    };
    let Some(address) = text.split_whitespace().find(|word| is_an_address(word)) else {
        return Cow::Borrowed(text);
    };
    let at = offset_in(text, address);
    // "(focal point: unit@wcoomd.org)." closes its bracket before the stop.
    let end = at + address.trim_end_matches(['.', '!', ',', ';']).len();
    let bracketed = text[..at]
        .rfind('(')
        .filter(|&open| !text[open..at].contains(')') && text[..end].ends_with(')'));
    let at_the_end = text[end..].trim_end_matches(['.', '!']).trim().is_empty();
    // The last mark before the address opens its aside, when the aside is
    // a few words: "- contact for our pilot: …", not the list before it.
    let after_a_mark = || {
        [" - ", " – ", " — ", ", ", "; "]
            .iter()
            .filter_map(|mark| text[..at].rfind(mark))
            .max()
            .filter(|&start| text[start..at].split_whitespace().count() <= CONTACT_WORDS)
    };
    let aside = bracketed.or_else(|| at_the_end.then(after_a_mark).flatten());
    match aside {
        Some(start) => Cow::Owned(format!("{}{}", text[..start].trim_end(), &text[end..])),
        None => Cow::Borrowed(text),
    }
}

/// The most words, its mark with them, of an aside that leaves an e-mail
/// address at the end of a statement: "- contact for our pilot:".
const CONTACT_WORDS: usize = 5;

/// Words that point to a link and say nothing once it is gone: "cf.",
/// "e.g.", "see", "voir".
const POINTERS: [&str; 6] = ["cf", "e.g", "i.e", "see", "voir", "ex"];

/// `text` without the web addresses a secretary leaves out when reading it
/// aloud: one at its end, in brackets or after a pointer ("cf.", "e.g.");
/// with them, the brackets that held only a link ("(e.g. http://…)") and
/// the pointer left at its end ("Partager les expériences – cf.
/// https://…" is "Partager les expériences"). An address inside the
/// sentence is a word of it: "Guidance on www.wcoomd.org for members".
fn without_links(text: &str) -> Cow<'_, str> {
    // Most answers hold no address, and are read as they are.
    if let Cow::Borrowed(_) = text::without_web_addresses(text) {
        return Cow::Borrowed(text);
    }
    let pointer = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        POINTERS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
    };
    let words: Vec<&str> = text.split(' ').collect();
    let last_word = words
        .iter()
        .rposition(|word| word.contains(char::is_alphanumeric));
    let mut dropped = false;
    let kept: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(at, &word)| {
            let bare = text::without_web_addresses(word);
            let aside =
                Some(at) == last_word || word.starts_with('(') || at > 0 && pointer(words[at - 1]);
            if bare != word && aside {
                dropped = true;
                bare.into_owned()
            } else {
                word.to_owned()
            }
        })
        .collect();
    if !dropped {
        return Cow::Borrowed(text);
    }
    let kept = kept.join(" ");
    // Brackets that now hold nothing, or only a pointer.
    let mut read = String::with_capacity(kept.len());
    let mut rest: &str = &kept;
    while let Some(open) = rest.find('(') {
        let Some(close) = closing_bracket(&rest[open..]) else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        read.push_str(&rest[..open]);
        let after = &rest[open + close + 1..];
        if !inside.split_whitespace().all(pointer) {
            read.push_str(&rest[open..=open + close]);
        } else if read.ends_with(' ') && after.starts_with([' ', ',', '.', ';']) {
            read.pop();
        }
        rest = after;
    }
    read.push_str(rest);
    // A pointer and marks left at the end.
    let mut end = read.trim_end().len();
    while let Some(last) = read[..end].split_whitespace().next_back() {
        if !pointer(last) && last.contains(char::is_alphanumeric) {
            break;
        }
        end = read[..end - last.len()].trim_end().len();
    }
    read.truncate(end);
    Cow::Owned(read)
}

/// `text` with the shorthand a secretary writes out: "w/" is "with" and
/// "w/o" or "w/out" "without" ("avec", "sans" in French), an "&" or a "+"
/// between words is "and" ("et") in a text whose `language` is known (a
/// French "+" before a word compared is "plus": "+ rapide"), and
/// a spoken "pis" in French is "et", a word cut short is whole
/// ([`WRITTEN_OUT`]: "Change management", "No-stop
/// border for passengers"): "Pilot with chamber of commerce", "High cost
/// and legacy IT". "R&D", "+33", "4.0+" and "e-docs" are no shorthand
/// between words. The language is read only for a text that may hold
/// shorthand.
fn written_out(text: &str, language: impl FnOnce() -> Option<Language>) -> Cow<'_, str> {
    // Most answers hold no such shorthand, and are read as they are.
    let cut_short = |word: &str| {
        WRITTEN_OUT
            .iter()
            .any(|(short, ..)| word.eq_ignore_ascii_case(short))
            || french_haste(word).is_some()
    };
    if !text.contains("w/")
        && !text.contains("W/")
        && !text.contains(['&', '+'])
        && !text.contains(" pis ")
        && !text.split(|c: char| !c.is_alphabetic()).any(cut_short)
    {
        return Cow::Borrowed(text);
    }
    let language = language();
    let (with, without) = match language {
        Some(Language::French) => ("avec", "sans"),
        _ => ("with", "without"),
    };
    let words: Vec<&str> = text.split(' ').collect();
    let last = words.len().saturating_sub(1);
    let written: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(at, &word)| match word {
            "w/" | "W/" => with.to_owned(),
            "w/o" | "w/out" | "W/o" | "W/out" => without.to_owned(),
            // "dédouanement + rapide": before a word compared, a French
            // "+" is "plus".
            "+" if at > 0
                && at < last
                && language == Some(Language::French)
                && is_compared(words[at + 1]) =>
            {
                "plus".to_owned()
            }
            // "des projets petits pis mesurables": spoken Quebec French's
            // "and", not "tant pis" nor "de mal en pis".
            "pis"
                if at > 0
                    && at < last
                    && language == Some(Language::French)
                    && !matches!(
                        lowered(words[at - 1].trim_start_matches(['(', '«', '"'])).as_str(),
                        "tant" | "en" | "au" | "qui"
                    ) =>
            {
                "et".to_owned()
            }
            "&" | "+" if at > 0 && at < last => match language {
                Some(language) => and_word(language).to_owned(),
                None => word.to_owned(),
            },
            // "w/chamber": the shorthand typed against its word.
            _ => match word
                .strip_prefix("w/")
                .filter(|rest| rest.starts_with(char::is_alphabetic) && !rest.contains('/'))
            {
                Some(rest) => format!("{with} {rest}"),
                None => match whole_word(word, language) {
                    // "pax data" is "passenger data": a noun before
                    // another is in the singular.
                    Some(whole)
                        if word.eq_ignore_ascii_case("pax")
                            && language != Some(Language::French)
                            && words.get(at + 1).is_some_and(|next| {
                                PASSENGERS_AS.contains(&next.trim_end_matches([',', '.', ';', ':']))
                            }) =>
                    {
                        whole.trim_end_matches('s').to_owned()
                    }
                    // "classif. of digital files": the full stop only
                    // marked the word cut short.
                    Some(mut whole) if at < last && runs_on(words[at + 1]) => {
                        if whole.ends_with('.') {
                            whole.pop();
                        }
                        whole
                    }
                    Some(whole) => whole,
                    None => word.to_owned(),
                },
            },
        })
        .collect();
    Cow::Owned(written.join(" "))
}

/// Words French shorthand compares with a "+" before them, "plus" ("+
/// rapide", "+ de contrôles"), in lower case, without their plural's
/// "s": a "+" before another word joins two things ("GPS + scellés").
const COMPARED: [&str; 16] = [
    "de",
    "rapide",
    "vite",
    "efficace",
    "facile",
    "simple",
    "sûr",
    "fiable",
    "fluide",
    "court",
    "cher",
    "précis",
    "performant",
    "important",
    "élevé",
    "transparent",
];

/// Whether `word`, as typed, is one a French "+" compares ([`COMPARED`],
/// its feminine or plural too, or an elided "d'").
fn is_compared(word: &str) -> bool {
    let word = text::lowered(word.trim_end_matches([',', '.', ';', ':']));
    let stem = word.trim_end_matches('s').trim_end_matches('e');
    // "de" only as typed: "+ des drones" joins two things.
    word.starts_with("d'")
        || COMPARED.iter().any(|compared| {
            *compared == word || compared.len() > 2 && compared.trim_end_matches('e') == stem
        })
}

/// Whether a sentence runs on at `word`, the next after a full stop: it
/// opens with a small letter.
fn runs_on(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Words noted cut short that a secretary leaves as typed, in lower case:
/// "auto" may be a car, "info" the French "informatique", and "approx."
/// ends a sentence as often as it stands for a word.
const LEFT_CUT_SHORT: [&str; 3] = ["auto", "info", "approx"];

/// Whether `word`, in lower case, is a word noted cut short: one a
/// secretary writes out ([`WRITTEN_OUT`], [`FRENCH_HASTE`]) or leaves as typed
/// ([`LEFT_CUT_SHORT`]). A statement or a name holding one is noted in
/// shorthand.
pub(super) fn is_noted_cut_short(word: &str) -> bool {
    LEFT_CUT_SHORT.contains(&word)
        || WRITTEN_OUT.iter().any(|(short, ..)| *short == word)
        || FRENCH_HASTE.iter().any(|(short, _)| *short == word)
}

/// Words noted cut short, in lower case, and the whole words a secretary
/// writes for them in English and in French.
const WRITTEN_OUT: [(&str, &str, &str); 25] = [
    ("mgmt", "management", "gestion"),
    ("mgt", "management", "gestion"),
    ("govt", "government", "gouvernement"),
    ("govts", "governments", "gouvernements"),
    ("admin", "administration", "administration"),
    ("admins", "administrations", "administrations"),
    ("intl", "international", "international"),
    ("fwk", "framework", "cadre"),
    ("pax", "passengers", "passagers"),
    ("imgs", "images", "images"),
    ("xray", "X-ray", "rayons X"),
    ("dept", "department", "service"),
    ("docs", "documents", "documents"),
    ("recog", "recognition", "reconnaissance"),
    ("descr", "description", "description"),
    ("insp", "inspection", "inspection"),
    ("sys", "system", "système"),
    ("pwd", "password", "mot de passe"),
    ("pwds", "passwords", "mots de passe"),
    ("reqs", "requirements", "exigences"),
    ("classif", "classification", "classement"),
    ("certif", "certificate", "certificat"),
    ("dvpt", "development", "développement"),
    ("pls", "please", "svp"),
    ("plz", "please", "svp"),
];

/// Nouns "pax" stands before as a noun of their own, in English: "pax
/// data" is "passenger data", not "passengers data".
const PASSENGERS_AS: [&str; 12] = [
    "data",
    "records",
    "flows",
    "processing",
    "screening",
    "information",
    "info",
    "lists",
    "numbers",
    "volumes",
    "traffic",
    "facilitation",
];

/// Words French typed in haste cuts short, in lower case, and the whole
/// French words ("RPA pr tâches répétitives", "qques pilotes", "tps
/// d'attente", "Pb: coût maintenance", "Qd le système tombe en panne",
/// a phone's "A lavenir drones …" without its apostrophe):
/// written out unless the text around them is English, in lower case or
/// capitalised, but for "Pr", a professor ("le Pr Ndiaye"); in capitals
/// they are English ("PR").
const FRENCH_HASTE: [(&str, &str); 13] = [
    ("qd", "quand"),
    ("lavenir", "l'avenir"),
    ("pcq", "parce que"),
    ("svt", "souvent"),
    ("pr", "pour"),
    ("pb", "problème"),
    ("mches", "marchandises"),
    ("ds", "dans"),
    ("bcp", "beaucoup"),
    ("tjs", "toujours"),
    ("qques", "quelques"),
    ("qqs", "quelques"),
    ("tps", "temps"),
];

/// The whole French word for `word` typed in haste ([`FRENCH_HASTE`]),
/// in lower case or capitalised ("Pb" is "problème"), but for a
/// professor ("Pr").
fn french_haste(word: &str) -> Option<&'static str> {
    FRENCH_HASTE
        .iter()
        .find(|(short, _)| word == *short || (*short != "pr" && is_capitalised_as(word, short)))
        .map(|(_, whole)| *whole)
}

/// Whether `word` is the ASCII lower-case `short` with its first letter
/// in capitals ("Pb" for "pb"), read without building the capitalised
/// word: every word of every answer is looked up.
fn is_capitalised_as(word: &str, short: &str) -> bool {
    let (mut typed, mut lower) = (word.chars(), short.chars());
    typed
        .next()
        .zip(lower.next())
        .is_some_and(|(first, letter)| first.is_uppercase() && first.to_lowercase().eq([letter]))
        && typed.eq(lower)
}

/// `word`, as typed between spaces, written out in `language` (English
/// when the text does not tell) when it is a word of [`WRITTEN_OUT`] in
/// lower case or capitalised, or in French when it is one of
/// [`FRENCH_HASTE`] in a text not in English, with the marks around it
/// ("mgmt!!" is "management!!", "Pax:" "Passengers:"); None when it is
/// none ("e-docs", "MGMT" in a heading typed in capitals).
fn whole_word(word: &str, language: Option<Language>) -> Option<String> {
    let marks = |c: char| !c.is_alphabetic();
    let start = word.len() - word.trim_start_matches(marks).len();
    let core = word.trim_matches(marks);
    let end = start + core.len();
    let mut letters = core.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase);
    if !letters.all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let hasty = french_haste(core).filter(|_| language != Some(Language::English));
    if let Some(french) = hasty {
        let french = if capitalised {
            capitalise(french)
        } else {
            french.to_owned()
        };
        return Some(format!("{}{french}{}", &word[..start], &word[end..]));
    }
    let (_, english, french) = WRITTEN_OUT
        .iter()
        .find(|(short, ..)| core.eq_ignore_ascii_case(short))?;
    let whole = match language.unwrap_or(Language::English) {
        Language::English => *english,
        Language::French => *french,
    };
    let whole = if capitalised {
        capitalise(whole)
    } else {
        whole.to_owned()
    };
    Some(format!("{}{whole}{}", &word[..start], &word[end..]))
}

/// Whether `statement` says more than `name`, the theme's name above it:
/// at least [`MORE_THAN_A_NAME_WORDS`] words that carry meaning in
/// `language` that `name` does not say, outside brackets. A word says
/// what another does when their first [`SAME_WORD_LETTERS`] letters,
/// without accents, are the same ("drone" and "drones", "formation" and
/// "former"): the rule runs for every theme at every move of the slider,
/// and a stemmer would cost it a frame. "Donor support." says no more than
/// "Donor support", nor "Smugglers use drones across the border (and into
/// prisons)." than "Smugglers use drones across the border"; "E-gates at
/// airports, shared with immigration." says more than "E-gates at
/// airports".
pub(super) fn says_more_than(statement: &str, name: &str, language: Language) -> bool {
    let keys = |text: &str| -> Vec<String> {
        text::words(text)
            .into_iter()
            .filter(|word| text::is_content_word(word, language))
            .map(|word| text::fold(&word).chars().take(SAME_WORD_LETTERS).collect())
            .collect()
    };
    let named = keys(name);
    let mut more = keys(&without_brackets(&text::without_web_addresses(statement)));
    more.retain(|key| !named.contains(key));
    more.sort_unstable();
    more.dedup();
    more.len() >= MORE_THAN_A_NAME_WORDS
}

/// Whether `statement` opens with the words `name` opens with, whatever
/// their case and accents: its first [`OPENING_WORDS`] that carry meaning
/// in `language` (or all of a shorter name's) are the first of
/// `statement`'s. "Automated border control gates with facial recognition
/// at the main airports." under "Automated border control gates with
/// facial recognition" reads the title twice, as a slide or a report's
/// heading and the paragraph under it; "Le dédouanement à l'arrivée prend
/// trop de temps." goes on from "Le dédouanement à distance".
pub(super) fn opens_with(statement: &str, name: &str, language: Language) -> bool {
    let meaning = |text: &str| -> Vec<String> {
        text::words(text)
            .into_iter()
            .filter(|word| text::is_content_word(word, language))
            .take(OPENING_WORDS)
            .map(|word| text::fold(&word))
            .collect()
    };
    let named = meaning(name);
    !named.is_empty() && meaning(statement).starts_with(&named)
}

/// How many first words of a name a statement that opens with them
/// repeats ([`opens_with`]).
const OPENING_WORDS: usize = 3;

/// How many first letters of two words make them one word to
/// [`says_more_than`].
pub(super) const SAME_WORD_LETTERS: usize = 5;

/// How many words that carry meaning a statement says beyond its theme's
/// name for it to say more than the name ([`says_more_than`]): one is an
/// aside ("E-gates at airports, mainly." under "E-gates at airports").
const MORE_THAN_A_NAME_WORDS: usize = 2;

/// `text` without what it says in round brackets.
fn without_brackets(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

/// What of `answer` a statement is made from: without a list item's mark,
/// the frame a rapporteur reports it in ("The group notes that …") and a
/// label heading it with its mark ("Risk: …", "Recommandation : …"),
/// unless nothing follows them.
fn stated(answer: &str) -> &str {
    let answer = without_a_report_frame(without_a_bullet(answer));
    // "Pour le groupe 6 le principal bénéfice est …": the group is said.
    let answer = after_the_groups_own(answer).unwrap_or(answer);
    // "Recommandations :" and a list on the lines under it.
    let rest = without_a_bullet(&answer[after_a_label(answer)..]);
    if rest.is_empty() { answer } else { rest }
}

/// `answer` as read aloud under a heading that says its kind (a list of
/// recommendations): without a list item's mark or a label heading it,
/// beginning with a capital ("- cooperation with business" is
/// "Cooperation with business", "Recommandation : encadrer …" is
/// "Encadrer …"). Items typed on lines of their own are read one after
/// the other, each without its mark: "- train staff" and "- recruit data
/// scientists" on two lines are "Train staff; recruit data scientists". A
/// line with no mark runs on from the one before, as a sentence wrapped
/// by a line break does.
pub fn aloud(answer: &str) -> String {
    let mut read = String::new();
    let written = pasted::as_written(answer);
    let listed = unnumbered(&written, || is_french(&written));
    for line in stated(&listed).lines() {
        let item = without_a_bullet(line).trim();
        if item.is_empty() {
            continue;
        }
        if !read.is_empty() {
            let marked = item.len() < line.trim().len();
            let ended = read.ends_with(['.', '!', '?', ';', ':', '…']);
            read.push_str(if marked && !ended { "; " } else { " " });
        }
        read.push_str(item);
    }
    capitalise(&read)
}

/// What `text` says after its opening sentences, when they say `said`
/// again (whatever their case, spacing and final punctuation): "Co-create
/// solutions" in "Work with start-ups. Co-create solutions" after "Work
/// with start-ups."; empty when the whole text says it (without a list
/// item's mark or a label heading it). `None` when no sentence of it ends
/// where `said` does ("Pilot blockchain with two partners" after the name
/// "Pilot blockchain"; "… with the U.S. and EU" after "… with the
/// U.S.").
pub fn after_saying<'t>(text: &'t str, said: &str) -> Option<&'t str> {
    // "<b>Recommendation:</b> …" says it when its words do: the statement
    // was made from them, without the tags.
    let written = pasted::as_written(text);
    if matches!(written, std::borrow::Cow::Owned(_)) && says_again(stated(&written), said) {
        return Some("");
    }
    // A statement made of the whole answer says it, its words written out
    // and its numbered items read as a list: "Needs assessment first;
    // business case." of "1) needs assessment first; 2) business case".
    if let (_, true, _) = first_sentence(text)
        && says_again(&statement(text), said)
    {
        return Some("");
    }
    // The statement was made from this part of an answer.
    let text = stated(text);
    if says_again(text, said) {
        return Some("");
    }
    let mut end = 0;
    loop {
        let rest = &text[end..];
        let spaces = rest.len() - rest.trim_start().len();
        let sentence = sentence_end(&rest[spaces..])?;
        end += spaces + sentence;
        if says_again(&text[..end], said) {
            return Some(text[end..].trim());
        }
    }
}

/// Where the first sentence of `text` ends (after its full stop, or at a
/// line break), if it ends before the text does. A full stop inside a word
/// ("3.5", "www.wco.org"), before a small letter ("etc. and"), after a
/// lone letter opening the text ("c. 30 %") or after an abbreviation that
/// a sentence never ends on ("e.g. 2025", "p. ex. la Chine", "M. Dupont",
/// "Art. 5", "No. 3") ends nothing.
fn sentence_end(text: &str) -> Option<usize> {
    for (at, c) in text.char_indices() {
        if c == '\n' {
            return Some(at);
        }
        if matches!(c, '.' | '!' | '?') {
            let end = at + c.len_utf8();
            let rest = &text[end..];
            let next_letter = rest.trim_start().chars().next();
            let spaced = rest.is_empty() || rest.starts_with(char::is_whitespace);
            let abbreviated = c == '.' && ends_an_abbreviation(&text[..at], rest);
            // "c. 30 % des conteneurs": a lone letter is no sentence.
            let a_letter = text[..at].chars().count() == 1;
            if spaced && !abbreviated && !a_letter && !next_letter.is_some_and(char::is_lowercase) {
                return Some(end);
            }
        }
    }
    None
}

/// Abbreviations, without their last full stop and in lower case, that a
/// sentence goes on after: "e.g. 2025", "cf. Annex", "p. ex. la Chine",
/// "incl. own citizens", "env. 30 %",
/// "M. Dupont", "Mr. Smith", "Art. 5". A capital letter alone ends a
/// sentence ("plan B. Systems go down"), unless it is the French "M.".
const ABBREVIATIONS: [&str; 17] = [
    "e.g", "i.e", "cf", "vs", "viz", "approx", "ex", "m", "mr", "mrs", "dr", "mme", "art", "incl",
    "excl", "esp", "env",
];

/// Whether `before` (the text up to a full stop) ends on an abbreviation,
/// given the `rest` after the full stop: "No." goes on before a number
/// ("No. 3") and ends a sentence before anything else ("No. Not yet").
fn ends_an_abbreviation(before: &str, rest: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let numbered = || rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    ABBREVIATIONS.contains(&word.as_str()) || (word == "no" && numbered())
}

/// A short name from an answer in `language`: its opening phrase (up to the
/// first comma, colon, dash or bracket, or past a comma that ends a short
/// phrase setting the scene or a condition; after a heading label
/// ("Risk:"), a country ("Belgique :") or one administration or port
/// ("China Customs:") and its colon, a rapporteur's
/// frame ("The group notes that") and a country's or the group's own place
/// ("In our administration,"); with what follows a topic's colon), whole when it fits in
/// `WHOLE_PHRASE_WORDS` and `LONGEST_WHOLE_NAME` (or, when its comma opens a
/// list, when it fits with the list; else within `NAME_WORDS`), else cut
/// where its first clause ends or before a joining word, capitalised,
/// without HTML tags or a formula pasted around the words. `None` when
/// the phrase is a lone word.
pub fn name(answer: &str, language: Language) -> Option<String> {
    let pasted = pasted::as_written(answer);
    let linked = without_links(&pasted);
    let written = written_out(&linked, || Some(language));
    // "Il faut aussi adapter …": without the "aussi", the frame goes too.
    let untied = without_a_tying_also(&written);
    let untied = without_courtesy(&untied);
    let untied = without_asides_of_hedging(&untied);
    // "- To organise exchange of experience": a bullet's infinitive.
    let bare = english::without_a_bullets_to(past_the_present(without_a_discourse_opener(
        without_a_bullet(&untied),
    )));
    let answer = the_side_in(
        // "In our country, we believe that AI needs a legal basis": the
        // place, then the frame.
        without_a_need_frame(without_a_groups_use(without_a_label_and_its_verb(
            without_a_stance(without_a_report_frame(without_a_place_scene(
                without_whose_scene(without_a_topic_frame(past_a_time_before_a_frame(&bare))),
            ))),
        ))),
        language,
    );
    // "Main benefit = faster release of goods" reads as "Main benefit:
    // faster …", and the label names nothing.
    let answer = after_a_label_and_equals(answer).map_or(answer, |at| answer[at..].trim_start());
    // "We recommend that Customs work with industry" is named "Customs
    // should work with industry".
    let proposed = proposal::as_a_proposal(answer);
    // "Blockchain can be used for exchange …" is named "Blockchain for
    // exchange …".
    let headline = opening::as_a_headline(&proposed);
    let answer = headline.as_ref();
    // "3D printing -> control shifts …" reads as "3D printing: …", unless
    // what follows says too little to name ("Blockchain -> traceability"
    // stays as typed).
    topic_before_an_arrow(answer)
        .and_then(|headed| opening_name(&headed, language))
        .or_else(|| as_typed(answer, language))
        .map(unshouted)
        .map(|name| match english::with_its_article(&name) {
            Cow::Owned(mended) => mended,
            Cow::Borrowed(_) => name,
        })
}

/// How far into an answer a time and the frame after it are looked for,
/// in bytes: "In the longer term, the group believes that".
const TIME_AND_FRAME_BYTES: usize = 60;

/// `answer` without the time it opens with when a frame follows ("À
/// l'avenir il faudrait que le module de ciblage s'appuie sur l'IA",
/// "In future, we believe that …"): the frame is read, and the time is
/// said by the answer's kind.
fn past_a_time_before_a_frame(answer: &str) -> &str {
    // Every name is read on each cut of the slider, and few open with a
    // time before a frame: only an answer whose frame's "it", "il", "we",
    // "nous" or "that" is among its first words is read for its time.
    let mut end = answer.len().min(TIME_AND_FRAME_BYTES);
    while !answer.is_char_boundary(end) {
        end -= 1;
    }
    let head = &answer[..end];
    let framed = [
        " il ",
        " it ",
        " we ",
        " nous ",
        " that ",
        " que ",
        " le groupe",
    ]
    .iter()
    .any(|frame| head.contains(frame));
    if !framed {
        return answer;
    }
    let Some(end) = time_opener_end(answer) else {
        return answer;
    };
    let rest = answer[end..].trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    if opens_with_a_reporter_or_it(rest) {
        rest
    } else {
        answer
    }
}

/// Phrases of the present an answer may open with, in lower case: the
/// answer's kind says when, and the name what.
const PRESENT_OPENERS: [&str; 16] = [
    "at present",
    "at the moment",
    "to date",
    "so far",
    "à ce jour",
    "jusqu'à présent",
    "currently",
    "presently",
    "nowadays",
    "today",
    "actuellement",
    "à présent",
    "aujourd'hui",
    "de nos jours",
    "en ce moment",
    "présentement",
];

/// Whether `phrase`, in lower case, is one of `listed`, or is one typed in
/// haste without its accent: "A l'avenir" is "À l'avenir", "A présent"
/// "À présent".
fn is_listed_as_typed(phrase: &str, listed: &[&str]) -> bool {
    let accented = || phrase.strip_prefix("a ").map(|rest| format!("à {rest}"));
    listed.contains(&phrase) || accented().is_some_and(|phrase| listed.contains(&phrase.as_str()))
}

/// Whether `next`, the word in lower case after a phrase of time, opens
/// what the time is about ("In two years | of operation", "At the moment
/// | of arrival"), which makes the phrase no opener.
fn opens_what_it_is_about(next: &str) -> bool {
    matches!(next, "of" | "de" | "du" | "des") || next.starts_with("d'")
}

/// The fewest words that must follow a phrase of the present for the
/// name to leave it out: a subject, its verb and what it says.
const PAST_THE_PRESENT_WORDS: usize = 3;

/// `answer` without the present it opens with ([`PRESENT_OPENERS`]), with
/// or without a comma after it: "At present ASYCUDA World is operational
/// …" is named "ASYCUDA World is operational …", "Actuellement, les
/// scanners sont utilisés …" "Les scanners sont utilisés …". Not when
/// too little follows ("Today: nothing").
fn past_the_present(answer: &str) -> &str {
    // Most answers open otherwise: nothing is copied for them, and only a
    // first word that opens such a phrase has the first words lowered.
    let opens = |word: &str| {
        let word = word.trim_end_matches(',');
        PRESENT_OPENERS.iter().any(|opener| {
            let head = opener.split(' ').next().unwrap_or(opener);
            // "Jusqu’à" is typed with a typographic apostrophe too, "À"
            // in haste as "A".
            let typed = word.chars().map(|c| if c == '’' { '\'' } else { c });
            word.chars().count() == head.chars().count()
                && typed.zip(head.chars()).all(|(typed, listed)| {
                    typed.to_lowercase().eq(listed.to_lowercase())
                        || listed == 'à' && typed.eq_ignore_ascii_case(&'a')
                })
        })
    };
    if !answer.split_whitespace().next().is_some_and(opens) {
        return answer;
    }
    let words: Vec<&str> = answer.split_whitespace().take(4).collect();
    let Some(length) = (1..=3.min(words.len())).find(|&length| {
        let phrase = lowered(&words[..length].join(" "));
        is_listed_as_typed(phrase.trim_end_matches(','), &PRESENT_OPENERS)
    }) else {
        return answer;
    };
    let last = words[length - 1];
    // "At the moment of arrival, …" counts a moment the phrase is about.
    let of_it = words
        .get(length)
        .is_some_and(|next| opens_what_it_is_about(&lowered(next)));
    let rest = opening::after_its_marks(&answer[offset_in(answer, last) + last.len()..]);
    if of_it || rest.split_whitespace().count() < PAST_THE_PRESENT_WORDS {
        answer
    } else {
        rest
    }
}

/// `answer` without an "also" that ties it to what another answer said,
/// as a name made from it stands alone: "Les drones servent aussi aux
/// contrebandiers" is named "Les drones servent aux contrebandiers",
/// "Drones are also a threat" "Drones are a threat", "Il faut aussi
/// adapter la loi" "Adapter la loi", and a pronoun that doubles the
/// subject goes with it ("Les trafiquants utilisent eux aussi des
/// drones", "Le Sénégal lui aussi a testé …"). A comparison's "aussi"
/// ("aussi rapide que"), one after "mais" or "but" ("not only … but
/// also"), a French one that opens the answer, one with a mark, and one
/// whose pronoun opens the answer as its subject ("Elles aussi utilisent
/// des drones") stay; so does an answer that would keep fewer than three
/// words. An English "Also" that opens the answer goes ("Also smugglers
/// are using drones"), but not with a mark ("Also, …" is a link).
fn without_a_tying_also(answer: &str) -> Cow<'_, str> {
    // Every name is read on each cut of the slider, and few say "also".
    let also = |word: &str| word.eq_ignore_ascii_case("also") || word.eq_ignore_ascii_case("aussi");
    if !answer.split(' ').any(also) {
        return Cow::Borrowed(answer);
    }
    let words: Vec<&str> = answer.split(' ').collect();
    let lower: Vec<String> = words.iter().map(|word| word.to_lowercase()).collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        let after = |said: &[&str]| at > 0 && said.contains(&lower[at - 1].as_str());
        let compares = lower[at + 1..]
            .iter()
            .take(4)
            .any(|next| next == "que" || next.starts_with("qu'") || next.starts_with("qu’"));
        // "eux aussi" after a subject or a verb doubles the subject, and
        // goes with it; a pronoun that opens the answer is the subject.
        let pronoun = after(&["eux", "elles", "lui", "elle"]);
        let doubles = pronoun && at > 1;
        let subject = pronoun && at == 1;
        // "Also smugglers are using drones": an English "also" that
        // opens the answer ties it to the one before; the French "Aussi"
        // that opens one is "so".
        let opens = at == 0 && word.eq_ignore_ascii_case("also");
        let ties =
            opens || at > 0 && also(word) && !after(&["mais", "but"]) && !compares && !subject;
        if !ties {
            kept.push(word);
        } else if doubles {
            kept.pop();
        }
    }
    // "Also cross-border e-commerce": an opening "Also" leaves two words.
    let fewest = if also(words[0]) && kept.first() != words.first() {
        2
    } else {
        3
    };
    if kept.len() == words.len() || kept.len() < fewest {
        Cow::Borrowed(answer)
    } else {
        Cow::Owned(kept.join(" "))
    }
}

/// `answer` without the courtesy a request is typed with, which neither a
/// name nor a statement read to the committee asks: "WCO may kindly
/// prepare guidelines" is named "WCO may prepare guidelines", "Please
/// share best practices" "Share best practices", "WCO please to organise
/// workshop" "WCO to organise workshop". "please" inside a sentence is
/// otherwise the verb and stays ("rules written to please the vendors").
fn without_courtesy(answer: &str) -> Cow<'_, str> {
    // Every name is read on each cut of the slider, and few are courteous:
    // nothing is copied for the others.
    let said = |word: &str, courtesy: &str| {
        word.trim_end_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case(courtesy)
    };
    if !answer
        .split(' ')
        .any(|word| said(word, "kindly") || said(word, "please"))
    {
        return Cow::Borrowed(answer);
    }
    // "please" asks where it opens the answer or a sentence ("Please,
    // share …"), after a body named in capitals ("WCO please organise
    // …") or before "to" ("WCO please to organise …"); elsewhere it may be
    // the verb ("can please the traders").
    let words: Vec<&str> = answer.split(' ').collect();
    let asks = |at: usize| {
        at == 0
            || words[at - 1].ends_with(['.', '!', '?', ':', ';'])
            || opening::is_an_acronym(words[at - 1])
            || words.get(at + 1).is_some_and(|next| *next == "to")
    };
    let kept: Vec<&str> = (0..words.len())
        .filter(|&at| !(said(words[at], "kindly") || said(words[at], "please") && asks(at)))
        .map(|at| words[at])
        .collect();
    if kept.len() == words.len() || kept.len() < 2 {
        Cow::Borrowed(answer)
    } else {
        Cow::Owned(kept.join(" "))
    }
}

/// Asides a writer hedges a sentence with between commas, in lower case:
/// "les données en temps réel pourraient, le cas échéant, remplacer …",
/// "Satellite images are used, we believe, to follow suspicious vessels".
const HEDGING_ASIDES: [&str; 24] = [
    "perhaps",
    "peut-être",
    "we believe",
    "we think",
    "we feel",
    "in our view",
    "in our opinion",
    "it seems",
    "of course",
    "where appropriate",
    "where possible",
    "if possible",
    "if necessary",
    "in principle",
    "nous semble-t-il",
    "semble-t-il",
    "le cas échéant",
    "à notre sens",
    "à notre avis",
    "selon nous",
    "bien sûr",
    "en principe",
    "si possible",
    "au besoin",
];

/// `answer` without the asides it hedges a sentence with between commas
/// ([`HEDGING_ASIDES`]), or before the mark that ends the sentence: a name
/// says the point, which the aside cuts in two ("Les données en temps réel
/// | pourraient remplacer certains contrôles physiques"). The statement
/// keeps them, as typed.
fn without_asides_of_hedging(answer: &str) -> Cow<'_, str> {
    if !answer.contains(", ") {
        return Cow::Borrowed(answer);
    }
    let mut kept = Cow::Borrowed(answer);
    // Every name is read on each cut of the slider: an aside is looked
    // for with its commas only where its words are.
    for aside in HEDGING_ASIDES
        .iter()
        .filter(|aside| answer.contains(*aside))
    {
        let marked = format!(", {aside}");
        let mut from = 0;
        while let Some(found) = kept[from..].find(&marked) {
            let at = from + found;
            let end = at + marked.len();
            let after = &kept[end..];
            // ", we believe, to follow …" and "…, le cas échéant." are
            // asides; ", we believe that …" is the group's own thought,
            // and the search goes on past it.
            let rest = if let Some(rest) = after.strip_prefix(',') {
                rest
            } else if after.is_empty() || after.starts_with(['.', ';', '!', '?']) {
                after
            } else {
                from = end;
                continue;
            };
            kept = Cow::Owned(format!("{}{rest}", &kept[..at]));
            from = at;
        }
    }
    kept
}

/// Acronyms of Customs and technology a name in capitals keeps in
/// capitals, in lower case ("UN" and "IT" are left out: in capitals they
/// are as often "un" and "it").
const ACRONYMS: [&str; 29] = [
    "wco", "omd", "ai", "ia", "iot", "vat", "tva", "hs", "sh", "aeo", "oea", "api", "pnr", "ucr",
    "gps", "rfid", "ocr", "eu", "ue", "onu", "dg", "ppp", "vr", "ar", "ict", "pcs", "interpol",
    "europol", "frontex",
];

/// Words of two letters typed in capitals for emphasis, in lower case:
/// "acquisition ET maintenance", "before OR after" ("NO" and "NE" are as
/// often Norway and Niger).
const SHORT_EMPHASIS: [&str; 3] = ["et", "ou", "or"];

/// Stop words that typed in capitals among lower-case words are acronyms:
/// information technology, the World Health Organization. (A French "UN"
/// in capitals is as often emphasis: "UN seul guichet".)
const STOP_WORDS_IN_CAPITALS: [&str; 2] = ["it", "who"];

/// `name` in sentence case when it was typed in capitals: "NEED LEGAL
/// BASIS BEFORE ANY BLOCKCHAIN PROJECT" is "Need legal basis before any
/// blockchain project", as a heading reads. An acronym ([`ACRONYMS`],
/// or a word with a digit, "3D") stays in capitals. A
/// name with a lower-case letter, or of fewer than three words, is as
/// typed.
fn unshouted(name: String) -> String {
    let shouted = name.split_whitespace().count() >= 3
        && name.chars().any(char::is_uppercase)
        && !name.chars().any(char::is_lowercase);
    if !shouted {
        return name;
    }
    let words: Vec<String> = name
        .split(' ')
        .map(|word| {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            let lower = word.to_lowercase();
            let acronym = word.contains(|c: char| c.is_ascii_digit())
                || ACRONYMS.contains(&letters.to_lowercase().as_str());
            if acronym { word.to_owned() } else { lower }
        })
        .collect();
    capitalise(&words.join(" "))
}

/// `text` with each word typed in capitals for emphasis among lower-case
/// words in lower case, as a secretary files it: "Smugglers use drones
/// across the river - VERY hard to stop", "signature électronique PAS
/// reconnue", "Coûts d'acquisition ET de maintenance". A word is emphasis
/// when it has three letters or more (or is one of [`SHORT_EMPHASIS`]),
/// no digit and nothing but letters ("L'OMD", "SH/HS", "E-COMMERCE" stay),
/// is no acronym ([`ACRONYMS`], [`STOP_WORDS_IN_CAPITALS`], a word the
/// glossary's names spell in capitals: "CITES", "CCTV"), stands beside no
/// proper name, a dash between them or not ("SAFE Framework", "SES -
/// Smart Entry Service") and
/// `emphasis` says so of it in lower
/// case (a caller knows which words the meeting types in lower case). A
/// text with no lower-case letter, or no word in capitals, is as typed
/// (a name typed all in capitals was [`unshouted`] already).
pub(super) fn calmed(text: &str, emphasis: impl Fn(&str) -> bool) -> Cow<'_, str> {
    let capitals = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let long_enough = word.chars().count() >= 3
            || word.len() == 2 && SHORT_EMPHASIS.contains(&word.to_lowercase().as_str());
        long_enough && word.chars().all(|c| c.is_alphabetic() && !c.is_lowercase())
    };
    if !text.contains(char::is_lowercase) || !text.split(' ').any(capitals) {
        return Cow::Borrowed(text);
    }
    let words: Vec<&str> = text.split(' ').collect();
    // A word capitalised inside the text is a proper name's, and a word in
    // capitals beside it, a dash between them or not, is of that name
    // ("SES - Smart Entry Service"); after a colon or a "!", a capital
    // opens a sentence ("PRIORITÉ ! Les agents …").
    let proper = |at: usize| {
        at > 0
            && words.get(at).is_some_and(|word| {
                word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().skip(1).any(char::is_lowercase)
            })
    };
    let a_dash =
        |word: &str| !word.is_empty() && word.chars().all(|c| matches!(c, '-' | '–' | '—'));
    let a_word = |at: &usize| !a_dash(words[*at]);
    let next = |at: usize| (at + 1..words.len()).find(a_word);
    let before = |at: usize| (0..at).rev().find(a_word);
    let calmed: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(at, &word)| {
            let lower = word
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let calm = capitals(word)
                && !ACRONYMS.contains(&lower.as_str())
                && !STOP_WORDS_IN_CAPITALS.contains(&lower.as_str())
                && !GLOSSARY_ACRONYMS.contains(&lower)
                && !next(at).is_some_and(proper)
                && !before(at).is_some_and(proper)
                && emphasis(&lower);
            match (calm, at) {
                (false, _) => word.to_owned(),
                (true, 0) => capitalise(&word.to_lowercase()),
                (true, _) => word.to_lowercase(),
            }
        })
        .collect();
    Cow::Owned(calmed.join(" "))
}

/// The words the glossary's concept names spell in capitals, in lower
/// case: "cites" of "Wildlife and CITES", "cctv", "rfid".
static GLOSSARY_ACRONYMS: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        GLOSSARY
            .concepts
            .iter()
            .flat_map(|concept| [concept.en.as_str(), concept.fr.as_str()])
            .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
            .filter(|word| word.chars().count() >= 2 && !word.contains(char::is_lowercase))
            .map(str::to_lowercase)
            .collect()
    });

/// [`name`] of `answer` as it was typed: its opening phrase, or else the
/// phrase after an opening adverb, or after a hyphen typed for a dash.
fn as_typed(answer: &str, language: Language) -> Option<String> {
    opening_name(answer, language)
        // "Regrettably, | smugglers use drones …": an adverb before a
        // comma names nothing, and what follows it does.
        .or_else(|| opening::after_an_adverb(answer).and_then(|rest| opening_name(rest, language)))
        .or_else(|| {
            // "Risk - 3D printed weapons …", "PPP - co-develop solutions …": a
            // hyphen typed for a dash, after words that say too little alone,
            // heads the answer as a dash does, after a label too
            // ("Recommendation: interoperability - build on …").
            let answer = answer[after_a_label(answer)..].trim_start();
            let hyphen = answer.find(" - ").filter(|&at| at < phrase_end(answer))?;
            let dashed = format!("{} —{}", &answer[..hyphen], &answer[hyphen + 2..]);
            opening_name(&dashed, language)
        })
}

/// `answer` with a colon for the arrow after a topic it opens with (up
/// to three words found in a glossary term): "3D printing -> control shifts
/// from the good to the design file" reads as "3D printing: control
/// shifts …", a topic and what is said of it, not a name of the topic
/// alone; a label before the topic goes ("Risk: 3D printing -> …"). None
/// when it opens otherwise, or the arrows lead through steps ("Pilot ->
/// evaluate -> roll out").
fn topic_before_an_arrow(answer: &str) -> Option<String> {
    // "Constat : impression 3D → difficulté …": the label says what kind
    // of answer it is, and the topic follows it.
    let answer = answer
        .split_once([':', '–', '—'])
        .filter(|(label, _)| is_a_label(label))
        .map_or(answer, |(_, rest)| rest.trim_start());
    let (at, arrow) = ARROWS
        .iter()
        .filter_map(|arrow| answer.find(&format!(" {arrow} ")).map(|at| (at, arrow)))
        .min()?;
    let (topic, rest) = (
        answer[..at].trim(),
        answer[at + arrow.len() + 2..].trim_start(),
    );
    let short = topic.split_whitespace().count() <= TOPIC_WORDS && at < phrase_end(answer);
    // "Pilot -> evaluate -> roll out" is a sequence, not a topic; an arrow
    // in a later phrase is not of it.
    let a_sequence = || {
        let phrase = &rest[..phrase_end(rest)];
        ARROWS
            .iter()
            .any(|arrow| phrase.contains(&format!(" {arrow} ")))
    };
    // Looked up last: a term is sought through the whole glossary.
    let a_term = || GLOSSARY.named(topic).is_some() || GLOSSARY.has_phrase(&topic.to_lowercase());
    (short && !a_sequence() && a_term()).then(|| format!("{topic}: {rest}"))
}

/// [`name`], reading a dash as a dash and a hyphen as part of the phrase.
fn opening_name(answer: &str, language: Language) -> Option<String> {
    // A stop word, a letter, a digit or a mark ("—", "&") means nothing
    // alone.
    // "IT" in capitals among lower-case words is an acronym: "legacy IT"
    // is no "legacy it". A word typed in capitals for emphasis
    // ("BEFORE") is still the word.
    let shouted = !answer.contains(char::is_lowercase);
    let joining = |word: &str| {
        let lower = word.to_lowercase();
        let acronym = !shouted
            && STOP_WORDS_IN_CAPITALS.contains(&lower.as_str())
            && !word.contains(char::is_lowercase);
        !acronym && text::is_stop_word(&lower, language)
            || lower.len() == 1
            || !lower.contains(char::is_alphanumeric)
    };
    // How many of `words` mean something.
    let meaningful = |words: &[&str]| words.iter().filter(|word| !joining(word)).count();
    let mut answer = answer.trim();
    let mut clause_end = phrase_end(answer);
    let unbracketed;
    if let Some(without) = without_a_short_aside(answer, clause_end, &meaningful) {
        unbracketed = without;
        answer = unbracketed.as_str();
        clause_end = phrase_end(answer);
    }
    let headed = answer;
    let (mut answer, mut clause_end, topic_words) =
        read_heading(answer, clause_end, language, &meaningful);
    // After a label, too: "Future: containers report themselves
    // (position, door openings) straight to the risk engine".
    let unbracketed_rest;
    if topic_words == 0
        && answer.len() < headed.len()
        && let Some(without) = without_a_short_aside(answer, clause_end, &meaningful)
    {
        unbracketed_rest = without;
        answer = unbracketed_rest.as_str();
        clause_end = phrase_end(answer);
    }
    (answer, clause_end) = past_a_condition_or_scene(answer, clause_end, &meaningful);
    // "… between bank, broker and Customs": the comma lists, so the phrase
    // before it is kept whole only with the whole list; else it is cut as
    // any phrase of more than eight words ("Testing blockchain for settling
    // duties and taxes"), and a shorter one still ends on the list's first
    // item.
    let (whole_words, name_words) = (WHOLE_PHRASE_WORDS + topic_words, NAME_WORDS + topic_words);
    let mut most_words = whole_words;
    if let Some(list_end) = list_end(answer, clause_end) {
        let listed: Vec<&str> = answer[..list_end].split_whitespace().collect();
        if fits(&listed, whole_words) {
            clause_end = list_end;
        } else {
            most_words = name_words;
        }
    }
    // A hyphen between spaces ends the phrase as a dash does, after the
    // topic: "Drones - risks: smugglers drop parcels" has its topic whole.
    let phrase = answer[..clause_end].trim();
    let topic_end = phrase
        .split_whitespace()
        .take(topic_words)
        .last()
        .map_or(0, |word| offset_in(phrase, word) + word.len());
    let clause = phrase[topic_end..]
        .find(" - ")
        .map_or(phrase, |at| &phrase[..topic_end + at]);
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    first_item_of_a_list(&mut words, topic_words);
    end_before_an_arrow(&mut words, topic_words, most_words, &meaningful);
    // A name does not end on a joining word ("… so we") or a word that
    // leaves it hanging ("… could", "… avant"); a digit counts what comes
    // before it, and stays ("from day 1").
    let digit = |word: &str| word.len() == 1 && word.chars().all(|c| c.is_ascii_digit());
    let hanging = |word: &str| joining(word) && !digit(word) || is_hanging(word);
    let mut kept = words.len();
    if !fits_whole(&words, most_words) {
        kept = where_to_cut(&words, topic_words, name_words, language, &joining);
        kept = not_inside_a_term(&words, kept, most_words);
        if topic_words == 0
            && let Some(name) = clause_after_the_scene(answer, &words, kept, language)
        {
            return Some(name);
        }
    }
    let mut kept = ended(
        &words,
        kept,
        !fits_whole(&words, most_words),
        language,
        &hanging,
    );
    // A verb's object ends a thought, as a second half does.
    let object_fits = |end: usize| fits_whole(&words[..end], whole_words);
    kept = match language {
        Language::English => with_its_object(&words, kept, &object_fits),
        Language::French => french::with_the_relatives_object(&words, kept, &object_fits),
    };
    // A topic of one word names nothing alone: the phrase goes on.
    let topic_alone = topic_words > 0
        && kept > topic_words
        && meaningful(&words[..topic_words]) >= NAME_FEWEST_WORDS
        && says_nothing_past_its_topic(&words, topic_words, most_words, language);
    if topic_alone {
        kept = topic_words;
    } else if let Some(name) = whole_without_its_topic(answer, topic_words, &words, kept, language)
    {
        return Some(name);
    }
    let goes_on = kept < words.len() || answer[clause_end..].contains(char::is_alphanumeric);
    if goes_on {
        kept = before_a_verbless_purpose(&words, topic_words, kept, &meaningful);
    }
    if meaningful(&words[..kept]) < NAME_FEWEST_WORDS || drops_a_negation(&words, kept) {
        return None;
    }
    let name = with_quotes_closed(&words, kept);
    let name = capitalise(name.trim_end_matches([',', ';', ':', '—', '–']).trim_end());
    let whole = clause.len() == phrase.len() && kept == clause.split_whitespace().count();
    Some(asked(name, whole, answer, clause_end))
}

/// Whether `words`, cut to a name of at most `most_words` where it must be,
/// say nothing past their topic of `topic_words` words, which then names
/// alone. A condition cut from what it is the condition of says nothing
/// ("Biais des algorithmes : si les données sont biaisées, | le ciblage
/// discrimine …"); nor does what the topic would be, with no subject of
/// its own, cut short ("AI for profiling/targeting – would be great but we
/// dont | have …", "Blockchain : serait utile mais …"), as before a
/// hyphen. What it should, must or could do is a proposal, and stays
/// ("Single window: should be mandatory for every agency").
fn says_nothing_past_its_topic(
    words: &[&str],
    topic_words: usize,
    most_words: usize,
    language: Language,
) -> bool {
    let next = words[topic_words];
    opens_a_condition(next) && opens_clause(words, topic_words, language)
        || WOULD.contains(&lowered(next).as_str()) && !fits_whole(words, most_words)
}

/// "Would" in English and in French, in lower case: what follows says what
/// something would be, a judgement rather than a point.
const WOULD: [&str; 3] = ["would", "serait", "seraient"];

/// Whether the long phrase that sets the scene `answer` opens with, ending
/// at `clause_end` before a comma, runs on into the name: an English one
/// of [`NAME_WORDS`] at most with no verb ([`is_a_verbless_english_scene`])
/// that sets a place ("On the border with Belarus", "In the national
/// customs administration of Ghana": a proper name says it), which a name
/// that must be cut leaves out, or that fits whole with what follows ("In
/// the case of e-commerce, the volumes are exploding"). The case of a thing
/// cut short stays alone ("In the case of X-ray scanners").
fn a_long_scene_runs_on(answer: &str, clause_end: usize) -> bool {
    let scene = &answer[..clause_end];
    if scene_words(scene) > NAME_WORDS || !is_a_verbless_english_scene(scene) {
        return false;
    }
    let rest = clause_end + 1;
    let end = rest + phrase_end(&answer[rest..]);
    let run_on: Vec<&str> = answer[..end].split_whitespace().collect();
    scene.split_whitespace().skip(1).any(text::capitalised) || fits(&run_on, WHOLE_PHRASE_WORDS)
}

/// Verbs and auxiliaries that say an English phrase says something
/// itself, in lower case: "In ten years goods will be cleared …".
const SAYING_VERBS: [&str; 14] = [
    "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "has",
    "have", "had",
];

/// Whether `scene`, a phrase that sets the scene, is English and says no
/// verb of [`SAYING_VERBS`] ("On the border with Belarus", "For the free
/// trade agreements in Latin America"): a French scene's verb is not
/// told so ("D'ici 2030 dédouanement entièrement automatisé").
fn is_a_verbless_english_scene(scene: &str) -> bool {
    let words = text::words(scene);
    text::told_language(&words) == Some(Language::English)
        && !words
            .iter()
            .any(|word| SAYING_VERBS.contains(&word.as_str()))
}

/// How many words a phrase setting the scene says its scene in: "Au
/// niveau des frontières terrestres" in three, as "Aux frontières
/// terrestres" would ([`is_at_a_level`]).
fn scene_words(scene: &str) -> usize {
    let words = scene.split_whitespace().count();
    if is_at_a_level(scene) {
        words - 2
    } else {
        words
    }
}

/// `answer`, of which the opening phrase ends at `clause_end`, read past a
/// condition or a short scene it opens with, and where its phrase then
/// ends: the condition and what it is the condition of, when both fit,
/// else what follows; a scene and what follows it, or what follows alone
/// when the scene is a label and the two do not fit.
fn past_a_condition_or_scene<'a>(
    mut answer: &'a str,
    mut clause_end: usize,
    meaningful: &dyn Fn(&[&str]) -> usize,
) -> (&'a str, usize) {
    // "If people print at home, what do we tax?": a condition says nothing
    // without what it is the condition of. The name says both when they
    // fit, else what follows ("If systems don't talk across the border, |
    // the e-seal tracking just stops at the border post").
    if answer[clause_end..].starts_with(',')
        && opens_a_condition(answer)
        && answer[..clause_end].split_whitespace().count() <= NAME_WORDS
    {
        let rest = clause_end + 1;
        let end = rest + phrase_end(&answer[rest..]);
        let whole: Vec<&str> = answer[..end].split_whitespace().collect();
        if fits(&whole, WHOLE_PHRASE_WORDS) {
            // "… what do we tax?" keeps its question mark.
            clause_end = if answer[end..].starts_with('?') {
                end + 1
            } else {
                end
            };
        } else if meaningful(&answer[rest..end].split_whitespace().collect::<Vec<_>>())
            >= NAME_FEWEST_WORDS
        {
            answer = answer[rest..].trim_start();
            clause_end = phrase_end(answer);
        }
    } else if answer[clause_end..].starts_with(',')
        // "In the ports, drones patrol the coast": a short phrase that sets
        // the scene names nothing alone, so the name runs on; so does a
        // longer one with no verb ("On the border with Belarus, smugglers
        // …"). A long one with a verb says something itself ("In ten years
        // goods will be cleared before arrival, …").
        && sets_the_scene(answer)
        && (scene_words(&answer[..clause_end]) <= NAME_SOME_WORDS
            || a_long_scene_runs_on(answer, clause_end))
    {
        let rest = clause_end + 1;
        let end = rest + phrase_end(&answer[rest..]);
        let run_on: Vec<&str> = answer[..end].split_whitespace().collect();
        // "À terme, une blockchain partagée par tous les acteurs de la
        // chaîne": a scene that is a label ("À terme", "Today", "Par
        // exemple") is left out of a name that must be cut, so the
        // name's few words say what follows it.
        // "Au niveau de la brigade mobile" says where, as a label would.
        // So is a long scene ("On the border with Belarus").
        let scene = &answer[..clause_end];
        let long = scene_words(scene) > NAME_SOME_WORDS;
        if (is_a_label(scene) || is_at_a_level(scene) || long) && !fits(&run_on, WHOLE_PHRASE_WORDS)
        {
            answer = answer[rest..].trim_start();
            clause_end = phrase_end(answer);
        } else {
            clause_end = end;
        }
    } else if let Some(opener) = time_opener_end(answer) {
        // "In future | a traveller's biometric identity could replace the
        // passport": the time, typed with no comma after it, is left out
        // of a name that must be cut, so the name's few words say what
        // will be, not the time and the subject of a verb cut off.
        let phrase: Vec<&str> = answer[..clause_end].split_whitespace().collect();
        let rest = answer[opener..].trim_start();
        let says: Vec<&str> = rest[..phrase_end(rest)].split_whitespace().collect();
        if !fits(&phrase, WHOLE_PHRASE_WORDS) && meaningful(&says) >= NAME_FEWEST_WORDS {
            answer = rest;
            clause_end = phrase_end(answer);
        }
    }
    (answer, clause_end)
}

/// Phrases of time an answer on the future opens with, in lower case:
/// "In future …", "À terme …".
const TIME_OPENERS: [&str; 16] = [
    "in future",
    "in the future",
    "in the longer term",
    "dans l'avenir",
    "dans le futur",
    "à plus long terme",
    "in the long run",
    "in the long term",
    "in the medium term",
    "in the near future",
    "à terme",
    "à l'avenir",
    "à long terme",
    "à moyen terme",
    "demain",
    "tomorrow",
];

/// Number words a span of time is counted in, in lower case: "in ten
/// years", "d'ici cinq ans".
const TIME_NUMBERS: [&str; 26] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "fifteen",
    "twenty",
    "few",
    "several",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "quinze",
    "vingt",
    "quelques",
    "plusieurs",
];

/// Where a phrase of time that opens `answer` ends (past a comma after
/// it, and past a hedge before it, [`HEDGES`]): one of [`TIME_OPENERS`],
/// or a span of years ("In 5-10 years",
/// "within ten years", "Dans dix ans", "D'ici 2030", "By 2030"). None
/// when `answer` opens with none.
fn time_opener_end(answer: &str) -> Option<usize> {
    let words: Vec<&str> = answer.split_whitespace().take(6).collect();
    let lower: Vec<String> = words.iter().map(|word| lowered(word)).collect();
    // "Maybe in future …": the hedge goes with the time.
    let hedged = lower
        .first()
        .is_some_and(|word| HEDGES.contains(&word.trim_end_matches(',')));
    let from = usize::from(hedged);
    let bare = |at: usize| {
        lower
            .get(from + at)
            .map(|word| word.trim_end_matches(',').to_owned())
    };
    let counted = |word: &str| {
        word.chars().all(|c| c.is_ascii_digit() || c == '-')
            && word.starts_with(|c: char| c.is_ascii_digit())
            || TIME_NUMBERS.contains(&word)
    };
    let length = (1..=4).find(|&length| {
        let phrase: Vec<String> = (0..length).filter_map(bare).collect();
        is_listed_as_typed(&phrase.join(" "), &TIME_OPENERS)
    });
    let length = length.or_else(|| {
        let (first, second, third) = (bare(0)?, bare(1)?, bare(2));
        let years = |word: &Option<String>| {
            word.as_deref()
                .is_some_and(|word| matches!(word, "years" | "ans" | "années"))
        };
        match first.as_str() {
            "in" | "within" | "dans" | "d'ici" if counted(&second) && years(&third) => Some(3),
            "by" | "d'ici" if second.len() == 4 && counted(&second) => Some(2),
            _ => None,
        }
    })?;
    // "In two years of operation the single window …" counts a time the
    // phrase is about.
    let goes_on = bare(length).is_some_and(|next| !opens_what_it_is_about(&next));
    let last = words.get(from + length - 1)?;
    goes_on.then(|| offset_in(answer, last) + last.len())
}

/// Words that hedge what an answer opens with, in lower case: the time of
/// one on the future ("Maybe in future …", "Peut-être à terme …"), a
/// judgement of worth ("Perhaps it would be wise to …").
const HEDGES: [&str; 3] = ["maybe", "perhaps", "peut-être"];

/// Quotation marks that open and close a phrase quoted in an answer.
const QUOTES: [(char, char); 2] = [('«', '»'), ('“', '”')];

/// The first `kept` of `words` as a name whose quotation marks are
/// closed: with the closing mark the cut left off ("Une frontière « sans
/// contact »"), else without the opening mark that nothing closes.
fn with_quotes_closed(words: &[&str], kept: usize) -> String {
    let unclosed = |words: &[&str], (open, close): (char, char)| {
        let count = |mark: char| {
            words
                .iter()
                .map(|word| word.matches(mark).count())
                .sum::<usize>()
        };
        count(open) > count(close)
    };
    let mut kept = kept;
    if QUOTES.iter().any(|&(open, close)| {
        unclosed(&words[..kept], (open, close))
            && words.get(kept).is_some_and(|next| next.starts_with(close))
    }) {
        kept += 1;
    }
    let mut name = words[..kept].join(" ");
    for (open, close) in QUOTES {
        if unclosed(&words[..kept], (open, close))
            && let Some(at) = name.rfind(open)
        {
            let mark_and_space = name[at..]
                .chars()
                .take(2)
                .filter(|&c| c == open || c == ' ');
            let len: usize = mark_and_space.map(char::len_utf8).sum();
            name.replace_range(at..at + len, "");
        }
    }
    name
}

/// The name of what `answer` says after its topic of `topic_words`, when
/// the name that keeps the topic, its `words` cut at `kept`, ends inside a
/// thought and the thought fits whole without the topic: "Les agents ont
/// peur d'être remplacés par des robots", not "Accompagner le changement :
/// les agents ont peur d'être". A cut that ends a thought keeps the topic,
/// which says what the theme is about ("Staff access control: fingerprint
/// readers on scanner rooms | and the evidence store"); a concept cut down
/// to alone ("Impression 3D") gives way to what was said of it, cut as any
/// name is.
fn whole_without_its_topic(
    answer: &str,
    topic_words: usize,
    words: &[&str],
    kept: usize,
    language: Language,
) -> Option<String> {
    if topic_words == 0 || kept >= words.len() {
        return None;
    }
    let said = answer
        .split_whitespace()
        .nth(topic_words)
        .map(|first| &answer[offset_in(answer, first)..])?;
    // "Impression 3D" alone names one of the glossary's concepts, not
    // what was said of it: what was said names it when its name ends a
    // thought or its phrase ("Les marchandises franchissent la frontière
    // | sous forme de fichiers"). A topic before a clause is named alone
    // ("Responsabilité juridique : | qui est responsable si …").
    if kept < topic_words {
        let topic = words[..kept].join(" ");
        if GLOSSARY.named(&topic).is_none() || opens_clause(words, topic_words, language) {
            return None;
        }
        let name = opening_name(said, language)?;
        let said_words: Vec<&str> = said.split_whitespace().collect();
        let count = name.split_whitespace().count();
        return said_words
            .get(count)
            .is_none_or(|next| {
                ends_a_thought(&said_words[..count], next)
                    || is_a_phrase_preposition(&lowered(next))
            })
            .then_some(name);
    }
    // "Impression 3D : le Comité technique | devrait examiner …": a cut
    // before the predicate leaves the topic and a subject; what was said,
    // cut as any name is, says what the subject should do.
    if PREDICATE_MODALS.contains(&lowered(words[kept]).as_str()) {
        let name = opening_name(said, language)?;
        let subject = kept - topic_words;
        return (name.split_whitespace().count() > subject + 1).then_some(name);
    }
    if ends_a_thought(&words[..kept], words[kept]) {
        return None;
    }
    let end = phrase_end(said);
    let thought: Vec<&str> = said[..end].split_whitespace().collect();
    // "… streams video and the specialist (CITES, chemicals) checks from
    // HQ": the thought goes on past its aside.
    let aside = said[end..].starts_with(['(', '[']);
    (!aside && fits(&thought, WHOLE_PHRASE_WORDS))
        .then(|| opening_name(said, language))
        .flatten()
}

/// `name`, when it is the `whole` phrase of `answer` up to `clause_end`,
/// with the question mark that ends it there: "Est-ce que le guichet
/// unique est une technologie disruptive ?" is a question, and says so;
/// and a question cut short, with the mark that ends its sentence
/// ([`opens_a_question`]). Spaced as typed, when it fits in
/// [`LONGEST_WHOLE_NAME`].
fn asked(mut name: String, whole: bool, answer: &str, clause_end: usize) -> String {
    let fits = name.chars().count() + 2 <= LONGEST_WHOLE_NAME;
    if name.ends_with('?') || !fits {
        return name;
    }
    if whole && answer[clause_end..].starts_with('?') {
        if answer[..clause_end].ends_with(char::is_whitespace) {
            name.push(' ');
        }
        name.push('?');
    } else if let Some(spaced) = question_mark_ending(answer, clause_end)
        && opens_a_question(&name)
    {
        // "Blockchain: what problem does it actually solve for customs |
        // that a normal database doesn't?": a question cut short is
        // still asked.
        name.push_str(if spaced { " ?" } else { "?" });
    }
    name
}

/// Whether `name`, past the topic heading it, opens with a word that asks
/// and no subject pronoun after it ("Biometrics at e-gates: how long do we
/// keep …", "Who owns …"; not "How we cut release time"). A word in
/// capitals is an acronym ("WHO guidelines").
fn opens_a_question(name: &str) -> bool {
    let asked = name.rsplit_once(": ").map_or(name, |(_, asked)| asked);
    let mut words = asked.split_whitespace();
    let asks = words.next().is_some_and(|word| {
        word.contains(char::is_lowercase)
            && opening::QUESTION_WORDS.contains(&lowered(word).as_str())
    });
    asks && !words
        .next()
        .is_some_and(|word| opening::is_a_pronoun(&lowered(word)))
}

/// Whether the sentence of `answer` that goes on past `clause_end` ends
/// with a question mark, and whether a space is typed before it; None
/// when it ends otherwise.
fn question_mark_ending(answer: &str, clause_end: usize) -> Option<bool> {
    let at = clause_end + answer[clause_end..].find(['.', '?', '!'])?;
    answer[at..]
        .starts_with('?')
        .then(|| answer[..at].ends_with(char::is_whitespace))
}

/// Where a name cut at `kept` of `words` ends when the cut falls inside a
/// glossary term: after the term, if the name still fits in `most_words`
/// ("Chaîne de blocs avec les plateformes de vente en ligne", not "… de
/// vente"); else where it was. Cutting before the term instead leaves as
/// many names hanging as it mends ("… à partir", "… raises").
fn not_inside_a_term(words: &[&str], kept: usize, most_words: usize) -> usize {
    GLOSSARY
        .term_across(words, kept)
        .map(|term| term.end)
        .filter(|&end| fits(&words[..end], most_words))
        .unwrap_or(kept)
}

/// `answer` without the aside in brackets that ends its opening phrase at
/// `clause_end`, when that phrase says too little alone ("ECTS
/// (electronic cargo tracking system) used for transit" is named as
/// "ECTS used for transit"), heads the answer ("Pour les petites
/// administrations (îles du Pacifique) : mutualiser …" reads as a scene
/// before its point), or says no more than a name must and runs on after
/// it ("containers report themselves (position, door openings) straight
/// to the risk engine"), or is a condition ("Si le système tombe en panne
/// (coupure EDG) tout s'arrête au bureau"). None when the phrase ends otherwise or says
/// enough ("Normes internationales communes (OMD) pour éviter …").
fn without_a_short_aside(
    answer: &str,
    clause_end: usize,
    meaningful: &dyn Fn(&[&str]) -> usize,
) -> Option<String> {
    if !answer[clause_end..].starts_with('(') {
        return None;
    }
    let close = closing_bracket(&answer[clause_end..])?;
    // As typed after the bracket: "Smart port (Hamburg example): sensors"
    // is "Smart port: sensors", a French colon keeps its space.
    let typed_after = &answer[clause_end + close + 1..];
    let after = typed_after.trim_start();
    let says = meaningful(&answer[..clause_end].split_whitespace().collect::<Vec<_>>());
    let heads = after.starts_with([':', '—']);
    // "Si le système tombe en panne (coupure EDG) tout s'arrête": a
    // condition says nothing without what follows it.
    let runs_on = after.starts_with(char::is_lowercase)
        && (says <= NAME_FEWEST_WORDS || opens_a_condition(answer));
    let before = answer[..clause_end].trim_end();
    (says < NAME_FEWEST_WORDS || heads || runs_on).then(|| {
        if heads && typed_after.starts_with(':') {
            format!("{before}{typed_after}")
        } else {
            format!("{before} {after}")
        }
    })
}

/// Where a name of the first `kept` of `words` ends: one `cut` from a
/// longer phrase before a second "and" ("Collect and publish members' experiences", not "… and
/// case | studies"; a phrase kept whole says both, "WCO to collect and
/// publish members' experiences and case studies"), and not on a word
/// that leaves it `hanging`
/// ([`without_hanging_end`]: the particle of its last verb and the "pas"
/// of a negation stay). A phrase kept whole may
/// still end on a word that hangs: the phrase stops at a comma, a bracket
/// or an abbreviation's full stop ("Risk management and | , where
/// possible, …", "with the U | .S.").
fn ended(
    words: &[&str],
    mut kept: usize,
    cut: bool,
    language: Language,
    hanging: &dyn Fn(&str) -> bool,
) -> usize {
    let and = and_word(language);
    if cut
        && let Some(second) = (0..kept)
            .filter(|&at| words[at].eq_ignore_ascii_case(and))
            .nth(1)
    {
        kept = second;
    }
    without_hanging_end(words, kept, 0, language, hanging)
}

/// Whether `words` fit in a name of at most `most` words and
/// [`LONGEST_NAME`] characters. A mark typed between words ("/", "&",
/// "->") is no word.
fn fits(words: &[&str], most: usize) -> bool {
    words_in(words) <= most && fits_in_characters(words)
}

/// Whether `words` fit in a name kept whole: at most `most` words and
/// [`LONGEST_WHOLE_NAME`] characters.
fn fits_whole(words: &[&str], most: usize) -> bool {
    words_in(words) <= most && within_characters(words, LONGEST_WHOLE_NAME)
}

/// Whether `words`, joined by spaces, fit in [`LONGEST_NAME`] characters.
fn fits_in_characters(words: &[&str]) -> bool {
    within_characters(words, LONGEST_NAME)
}

/// Whether `words`, joined by spaces, are at most `most` characters long.
fn within_characters(words: &[&str], most: usize) -> bool {
    words.iter().map(|w| w.chars().count() + 1).sum::<usize>() <= most + 1
}

/// How many of `words` are words, not marks typed between them ("/",
/// "&", "->").
fn words_in(words: &[&str]) -> usize {
    words
        .iter()
        .filter(|word| word.contains(char::is_alphanumeric))
        .count()
}

/// A heading of `concept` and the kinds of answer a theme holds, in
/// `language`: "Biometrics: risks", "Drones : usage futur et risques" (in
/// the order pickers list the kinds). A
/// kind the groups left unset ("Other") says nothing, and three kinds or
/// more say no more than the concept: None then, and with no kind.
pub fn with_kinds(concept: &str, kinds: &[AnswerKind], language: Language) -> Option<String> {
    let said: Vec<&str> = AnswerKind::ALL
        .into_iter()
        .filter(|kind| kinds.contains(kind))
        .filter_map(|kind| kind_in_a_heading(kind, language))
        .collect();
    let kinds = match said.as_slice() {
        [one] => (*one).to_owned(),
        [one, two] => format!("{one} {} {two}", and_word(language)),
        _ => return None,
    };
    Some(headed(concept, &kinds, language))
}

/// A heading, in `language`, for a theme whose answers are all typed in
/// the other language and name nothing the glossary knows, so that no
/// word of theirs can name it in the session's language: "Answers in
/// French: recommendations", "Réponses en anglais". The facilitator, who
/// reads them, renames it.
pub fn answers_in_the_other_language(kinds: &[AnswerKind], language: Language) -> String {
    let heading = match language {
        Language::English => "Answers in French",
        Language::French => "Réponses en anglais",
    };
    with_kinds(heading, kinds, language).unwrap_or_else(|| heading.to_owned())
}

/// `subject` under `heading`, in `language`, as a French colon is typed
/// after a space: "Impression 3D : droits et taxes", "Drones: drugs and
/// narcotics". `subject` is written as given.
pub(crate) fn headed(heading: &str, subject: &str, language: Language) -> String {
    let colon = match language {
        Language::English => ":",
        Language::French => " :",
    };
    format!("{}{colon} {subject}", capitalise(heading))
}

/// How a kind of answer reads after a concept in a theme's heading.
fn kind_in_a_heading(kind: AnswerKind, language: Language) -> Option<&'static str> {
    let (english, french) = match kind {
        AnswerKind::Benefit => ("benefits", "avantages"),
        AnswerKind::UseToday => ("use today", "usage actuel"),
        AnswerKind::FutureUse => ("future use", "usage futur"),
        AnswerKind::Risk => ("risks", "risques"),
        AnswerKind::Recommendation => ("recommendations", "recommandations"),
        AnswerKind::Other => return None,
    };
    Some(match language {
        Language::English => english,
        Language::French => french,
    })
}

/// The word that joins two items in `language`: "and", "et".
pub(crate) fn and_word(language: Language) -> &'static str {
    match language {
        Language::English => "and",
        Language::French => "et",
    }
}

/// `text` with its first letter in upper case, unless that letter's
/// capital is two letters ("ß") or its first word is
/// spelled with a capital inside ("ePassport", "eManifest", "iPhone"),
/// which is a name as it stands ("l'OMD" is "L'OMD": the elided article
/// is a word of its own).
pub fn capitalise(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let before_an_apostrophe = first_word.split(['\'', '’']).next().unwrap_or_default();
    if before_an_apostrophe.chars().skip(1).any(char::is_uppercase) {
        return text.to_owned();
    }
    let mut chars = text.chars();
    // A letter whose capital is two ("ß", "SS") stays as typed: a name
    // cut to fit must not grow.
    chars.next().map_or_else(String::new, |first| {
        let capital = first.to_uppercase();
        if capital.len() == 1 {
            capital.chain(chars).collect()
        } else {
            text.to_owned()
        }
    })
}
