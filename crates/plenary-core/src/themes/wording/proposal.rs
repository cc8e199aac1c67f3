//! A proposal made in a frame that asks for it, named as what someone
//! should do: "We recommend that Customs work with industry" is named
//! "Customs should work with industry", "Il conviendrait que l'OMD
//! poursuive ses travaux" "L'OMD devrait poursuivre ses travaux". Without
//! its frame the subjunctive the frame calls for reads wrong ("Customs
//! work with industry", "L'OMD poursuive …"); "should" and "devrait" say
//! what the frame asked. A clause whose subject and verb are not told
//! apart for sure keeps its frame.

use std::borrow::Cow;

use super::super::text;
use super::cut::{lower_words, lowered};
use super::english::{ENGLISH_DETERMINERS, looks_like_a_verb};
use super::french::opens_a_french_noun_phrase;
use super::opening::{THAT, a_frame_that_asks, offset_in, past_a_joining};
use crate::session::Language;

/// The most words of a proposal's subject, brackets aside: "the VWG FC
/// papers", "le mandat du Groupe virtuel de travail sur l'avenir de la
/// douane".
const SUBJECT_WORDS: usize = 12;

/// `answer` as what someone should do, when a frame that asks for it
/// opens it ([`a_frame_that_asks`]) and its clause's subject and verb are
/// told apart; else `answer` as it is.
pub(super) fn as_a_proposal(answer: &str) -> Cow<'_, str> {
    // Every name is read on each cut of the slider, and few ask so.
    if !answer.contains(" that ") && !answer.contains(" qu") {
        return Cow::Borrowed(answer);
    }
    let words: Vec<&str> = answer.split_whitespace().take(8).collect();
    let lower = lower_words(&words);
    let Some(joining) = a_frame_that_asks(&lower) else {
        return Cow::Borrowed(answer);
    };
    let Some(clause) = past_a_joining(&answer[offset_in(answer, words[joining])..], &THAT) else {
        return Cow::Borrowed(answer);
    };
    let french = lower[joining].starts_with("qu");
    let proposed = if french {
        as_french_duty(clause)
    } else {
        as_english_duty(clause)
    };
    proposed.map_or(Cow::Borrowed(answer), Cow::Owned)
}

/// The words of `clause` up to its subject's last, with the index of each
/// word outside brackets (a bracket's words are the subject's aside:
/// "donors (ADB, World Bank) fund").
fn unbracketed(clause: &str) -> Vec<(usize, &str)> {
    let mut depth = 0usize;
    let mut kept = Vec::new();
    for (at, word) in clause
        .split_whitespace()
        .take(SUBJECT_WORDS + 8)
        .enumerate()
    {
        let inside = depth > 0 || word.starts_with('(');
        depth += word.matches('(').count();
        depth = depth.saturating_sub(word.matches(')').count());
        if !inside {
            kept.push((at, word));
        }
    }
    kept
}

/// Words after an English verb that open its complement, in lower case:
/// "work with industry", "share their experiences", "serve as the basis".
const ENGLISH_COMPLEMENT_OPENERS: [&str; 24] = [
    "with", "to", "as", "on", "in", "for", "at", "from", "by", "into", "across", "between",
    "through", "not", "all", "any", "each", "every", "more", "new", "up", "out", "together",
    "only",
];

/// Prepositions a subject's noun may follow, in lower case: a noun after
/// them is no verb ("leaders of customs").
const ENGLISH_PREPOSITIONS: [&str; 6] = ["of", "for", "in", "on", "with", "from"];

/// `clause`, what follows "that", as what its subject should do: "Customs
/// work with industry" gives "Customs should work with industry", "the
/// WCO develops guidelines" "the WCO should develop guidelines", "policy
/// leaders do not try" "policy leaders should not try", "data be shared"
/// "data should be shared"; a clause with a modal as it is ("the WCO
/// should develop …"). None when no verb is told for sure.
fn as_english_duty(clause: &str) -> Option<String> {
    let words = unbracketed(clause);
    let all: Vec<&str> = clause.split_whitespace().collect();
    let lower = |at: usize| all.get(at).map_or(String::new(), |word| lowered(word));
    for pair in words.windows(2).take(SUBJECT_WORDS) {
        let [(_, previous), (at, typed)] = pair else {
            continue;
        };
        if !typed.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let word = typed.to_owned();
        let previous_lower = lowered(previous);
        let next = lower(at + 1);
        // "the WCO should develop …" says what it should do already.
        if matches!(
            word,
            "should" | "must" | "shall" | "will" | "would" | "could" | "can" | "may"
        ) {
            return Some(clause.to_owned());
        }
        let after_a_noun = !ENGLISH_DETERMINERS.contains(&previous_lower.as_str())
            && !ENGLISH_PREPOSITIONS.contains(&previous_lower.as_str());
        if !after_a_noun {
            continue;
        }
        let (base, past) = match word {
            "be" | "is" | "are" => ("be", at + 1),
            "do" | "does" if next == "not" => ("not", at + 2),
            "has" | "have" => ("have", at + 1),
            _ => {
                // "the WCO develops guidelines"; a plural noun takes no
                // complement ("the VWG FC papers be put").
                let singular = singular_indicative_base(word);
                let base = singular.unwrap_or(word);
                let plural_subject = previous.ends_with('s') && !previous.ends_with("ss");
                let named_subject =
                    previous.starts_with(char::is_uppercase) || previous.ends_with(')');
                let opens_a_complement = ENGLISH_DETERMINERS.contains(&next.as_str())
                    || ENGLISH_COMPLEMENT_OPENERS.contains(&next.as_str());
                // An object that is no stop word follows a verb too
                // ("develops guidelines"), not another verb: "papers be",
                // "leaders update" are a subject and its verb.
                let an_object = next.chars().all(|c| c.is_ascii_lowercase())
                    && !next.is_empty()
                    && next != "be"
                    && !text::is_stop_word(&next, Language::English)
                    && !looks_like_a_verb(&next);
                let told = if singular.is_some() {
                    opens_a_complement || an_object
                } else {
                    opens_a_complement || plural_subject || named_subject
                };
                let verb = looks_like_a_verb(base)
                    && !base.ends_with("ed")
                    && !base.ends_with("ing")
                    && told;
                if !verb {
                    continue;
                }
                (base, at + 1)
            }
        };
        let subject = clause[..offset_in(clause, all[*at])].trim_end();
        let rest = all
            .get(past)
            .map_or("", |&word| &clause[offset_in(clause, word)..]);
        return Some(
            format!("{subject} should {base} {rest}")
                .trim_end()
                .to_owned(),
        );
    }
    None
}

/// The base of an English verb in the third person singular: "develops"
/// → "develop", "establishes" → "establish", "studies" → "study". None
/// when `word` has no such ending.
fn singular_indicative_base(word: &str) -> Option<&str> {
    if word.ends_with("ss") || word.ends_with("us") || word.len() < 4 {
        return None;
    }
    // "studies" is left as typed: its "y" is not in the word.
    if word.ends_with("ies") {
        return None;
    }
    ["ches", "shes", "sses", "xes", "zes"]
        .iter()
        .find(|ending| word.ends_with(**ending))
        .map(|_| &word[..word.len() - 2])
        .or_else(|| word.strip_suffix('s'))
}

/// French verbs whose subjunctive a frame asks for, by form, with their
/// infinitive and whether the form is plural, in lower case: those that
/// end as no other verb does.
const FRENCH_SUBJUNCTIVES: [(&str, &str, bool); 34] = [
    ("soit", "être", false),
    ("soient", "être", true),
    ("ait", "avoir", false),
    ("aient", "avoir", true),
    ("puisse", "pouvoir", false),
    ("puissent", "pouvoir", true),
    ("fasse", "faire", false),
    ("fassent", "faire", true),
    ("poursuive", "poursuivre", false),
    ("poursuivent", "poursuivre", true),
    ("prenne", "prendre", false),
    ("prennent", "prendre", true),
    ("mette", "mettre", false),
    ("mettent", "mettre", true),
    ("permette", "permettre", false),
    ("permettent", "permettre", true),
    ("devienne", "devenir", false),
    ("deviennent", "devenir", true),
    ("tienne", "tenir", false),
    ("tiennent", "tenir", true),
    ("obtienne", "obtenir", false),
    ("soutienne", "soutenir", false),
    ("maintienne", "maintenir", false),
    ("conduise", "conduire", false),
    ("produise", "produire", false),
    ("réduise", "réduire", false),
    ("rende", "rendre", false),
    ("rendent", "rendre", true),
    ("réponde", "répondre", false),
    ("défende", "défendre", false),
    ("suive", "suivre", false),
    ("suivent", "suivre", true),
    ("offre", "offrir", false),
    ("ouvre", "ouvrir", false),
];

/// Words after a French verb that open its complement, beside a noun
/// phrase's determiner, in lower case: "élabore des lignes directrices",
/// "veille à", "s'engage dans".
const FRENCH_COMPLEMENT_OPENERS: [&str; 14] = [
    "à",
    "au",
    "aux",
    "en",
    "par",
    "sur",
    "dans",
    "avec",
    "pour",
    "davantage",
    "pleinement",
    "notamment",
    "également",
    "rapidement",
];

/// Words a French noun follows, which a verb does not: a determiner or a
/// preposition ("la douane", "du Groupe", "de travail").
const BEFORE_A_NOUN: [&str; 10] = [
    "de", "du", "des", "à", "au", "aux", "sur", "pour", "par", "entre",
];

/// `clause`, what follows "que" or "qu'", as what its subject should do:
/// "l'OMD élabore des lignes directrices" gives "l'OMD devrait élaborer
/// des lignes directrices", "les administrations puissent ménager …"
/// "les administrations devraient pouvoir ménager …", "les États se
/// dotent de …" "les États devraient se doter de …". None when its
/// subject opens with no determiner or name, a negation comes before the
/// verb, or no verb is told for sure.
fn as_french_duty(clause: &str) -> Option<String> {
    let words = unbracketed(clause);
    let (_, first) = words.first()?;
    let first_lower = lowered(first);
    let a_subject = opens_a_french_noun_phrase(&first_lower)
        || matches!(
            first_lower.as_str(),
            "chaque" | "toute" | "tout" | "tous" | "toutes" | "certains" | "certaines"
        )
        || first.starts_with(char::is_uppercase);
    if !a_subject {
        return None;
    }
    let plural_subject = matches!(
        first_lower.as_str(),
        "les" | "des" | "ces" | "leurs" | "nos" | "certains" | "certaines" | "tous" | "toutes"
    ) || first.starts_with(char::is_uppercase) && first_lower.ends_with('s');
    let all: Vec<&str> = clause.split_whitespace().collect();
    for pair in words.windows(2).take(SUBJECT_WORDS) {
        let [(_, previous), (at, typed)] = pair else {
            continue;
        };
        let word = lowered(typed);
        let previous = lowered(previous);
        if word == "ne" || word.starts_with("n'") || word.starts_with("n’") {
            return None;
        }
        if !word
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
        {
            continue;
        }
        // "se dotent", "s'engagent": the pronoun goes with the verb.
        let (pronoun, verb, verb_at) = if word == "se" {
            let next = all.get(at + 1)?;
            ("se ", lowered(next), at + 1)
        } else if let Some(bare) = word.strip_prefix("s'").or_else(|| word.strip_prefix("s’")) {
            ("s'", bare.to_owned(), *at)
        } else {
            ("", word.clone(), *at)
        };
        let Some((infinitive, plural)) = french_infinitive(&verb) else {
            continue;
        };
        // The verb agrees with the subject's determiner or name.
        if plural != plural_subject {
            continue;
        }
        let known = FRENCH_SUBJUNCTIVES.iter().any(|(form, ..)| *form == verb);
        let next = all
            .get(verb_at + 1)
            .map_or(String::new(), |word| lowered(word));
        // "la douane", "du Groupe": a noun; "l'OMD élabore": a verb.
        let elided = previous.contains(['\'', '’']);
        let after_a_noun = (elided || !opens_a_french_noun_phrase(&previous))
            && !BEFORE_A_NOUN.contains(&previous.as_str());
        let opens_a_complement = opens_a_french_noun_phrase(&next)
            || next.starts_with("d'")
            || next.starts_with("l'")
            || FRENCH_COMPLEMENT_OPENERS.contains(&next.as_str());
        // A plural in "-ent" is a verb after a noun ("les décisions …
        // demeurent soumises"); a singular in "-e" may be a noun or an
        // adjective, and is a verb before its complement only.
        if !(known || after_a_noun && (plural || opens_a_complement)) {
            continue;
        }
        let subject = clause[..offset_in(clause, all[*at])].trim_end();
        let duty = if plural { "devraient" } else { "devrait" };
        let rest = all
            .get(verb_at + 1)
            .map_or("", |&word| &clause[offset_in(clause, word)..]);
        return Some(
            format!("{subject} {duty} {pronoun}{infinitive} {rest}")
                .trim_end()
                .to_owned(),
        );
    }
    None
}

/// The infinitive of a French verb in the subjunctive of the third
/// person, and whether it is plural: from [`FRENCH_SUBJUNCTIVES`], else
/// "-isse(nt)" gives "-ir" ("établisse"), "-e" and "-ent" give "-er"
/// ("élabore", "partagent"). None for a form whose stem changes ("mène",
/// "appelle", "emploie") or that ends otherwise.
fn french_infinitive(verb: &str) -> Option<(String, bool)> {
    if let Some((_, infinitive, plural)) =
        FRENCH_SUBJUNCTIVES.iter().find(|(form, ..)| *form == verb)
    {
        return Some(((*infinitive).to_owned(), *plural));
    }
    let (stem, plural) = match verb.strip_suffix("ent") {
        Some(stem) => (stem, true),
        None => (verb.strip_suffix('e')?, false),
    };
    let changes = stem.contains('è')
        || ["ll", "tt", "oi", "ai", "ui"]
            .iter()
            .any(|end| stem.ends_with(end))
        || stem.chars().count() < 3;
    if changes {
        return None;
    }
    let infinitive = match stem.strip_suffix("iss") {
        Some(root) if !root.ends_with(['a', 'o', 'u']) => format!("{root}ir"),
        _ => format!("{stem}er"),
    };
    Some((infinitive, plural))
}
