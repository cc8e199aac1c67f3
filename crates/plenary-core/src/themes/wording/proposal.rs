//! A proposal made in a frame that asks for it, named as what someone
//! should do: "We recommend that Customs work with industry" is named
//! "Customs should work with industry", "Il conviendrait que l'OMD
//! poursuive ses travaux" "L'OMD devrait poursuivre ses travaux". Without
//! its frame the subjunctive the frame calls for reads wrong ("Customs
//! work with industry", "L'OMD poursuive …"); "should" and "devrait" say
//! what the frame asked. A clause whose subject and verb are not told
//! apart for sure keeps its frame: a wrong verb reads worse than a frame.

use std::borrow::Cow;

use super::cut::{is_a_preposition, lower_words, lowered};
use super::english::{ENGLISH_DETERMINERS, MODALS, is_a_plural_subject, looks_like_a_verb};
use super::french::{is_plural_verb, opens_a_french_noun_phrase, reads_as_a_french_verb};
use super::opening::{
    THAT, a_frame_that_asks, a_judgement_of_possibility, is_a_gerund, is_a_joining, offset_in,
    opens_with_a_reporter_or_it, past_a_joining,
};
use crate::session::Language;
use crate::themes::text;

/// The most words of a proposal's subject, brackets aside: "the VWG FC
/// papers", "le mandat du Groupe virtuel de travail sur l'avenir de la
/// douane".
const SUBJECT_WORDS: usize = 12;

/// `answer` as what someone should do, when a frame that asks for it
/// opens it ([`a_frame_that_asks`]) and its clause's subject and verb are
/// told apart; else `answer` as it is.
pub(super) fn as_a_proposal(answer: &str) -> Cow<'_, str> {
    if let Some(duty) = as_a_duty_invited(answer) {
        return Cow::Owned(duty);
    }
    if let Some(headed) = a_topics_proposal(answer) {
        return Cow::Owned(headed);
    }
    // Every name is read on each cut of the slider, and few ask so.
    let asks = answer.contains(" that ")
        || answer.contains(" qu")
        || answer.starts_with(['Q', 'q', 'T', 't']);
    // A shouted answer is lowered whole later, not half by a duty.
    let shouted = !answer.chars().any(char::is_lowercase);
    if !asks || shouted || !opens_with_a_reporter_or_it(answer) {
        return Cow::Borrowed(answer);
    }
    let words: Vec<&str> = answer.split_whitespace().take(8).collect();
    let lower = lower_words(&words);
    // "It may be possible that these technologies work together" is named
    // "These technologies may work together": what is possible is not
    // said as a fact.
    if let Some(joining) = a_judgement_of_possibility(&lower) {
        let clause = past_a_joining(&answer[offset_in(answer, words[joining])..], &THAT);
        return clause
            .and_then(|clause| as_english_duty(clause, false, "may"))
            .map_or(Cow::Borrowed(answer), Cow::Owned);
    }
    // "Que l'OMD élabore un guide pratique", "That the WCO develop …": a
    // list of recommendations asks without a frame.
    let joining = if opens_a_bare_proposal(&words, &lower) {
        0
    } else {
        let Some(joining) = a_frame_that_asks(&lower) else {
            return Cow::Borrowed(answer);
        };
        joining
    };
    let Some(clause) = past_a_joining(&answer[offset_in(answer, words[joining])..], &THAT) else {
        return Cow::Borrowed(answer);
    };
    // "Members suggested that drones are too costly", "That AI is risky"
    // say what is, not what should be: there, only a subjunctive proposes.
    let subjunctive_only = joining == 0 || lower[joining - 1].starts_with("suggest");
    let proposed = if lower[joining] == "that" {
        as_english_duty(clause, subjunctive_only, "should")
    } else {
        as_french_duty(clause)
    };
    proposed.map_or(Cow::Borrowed(answer), Cow::Owned)
}

/// Prepositions a French verb's complement opens with, after the verb:
/// "travaille avec", "s'appuie sur", "contribue à".
const VERBS_PREPOSITIONS: [&str; 8] = ["avec", "sur", "à", "au", "aux", "auprès", "pour", "dans"];

/// French adverbs in "-e", which follow a verb ("que l'OMD travaille
/// vite sur un cadre") and are none.
const ADVERBS_IN_E: [&str; 4] = ["vite", "ensemble", "même", "encore"];

/// Endings of French adjectives in "-e", which a regular verb in the
/// subjunctive does not end as: "régionale", "électronique", "douanière",
/// "fondée", "mobile".
const ADJECTIVE_ENDINGS: [&str; 12] = [
    "ale", "elle", "ique", "aire", "ible", "able", "ive", "ière", "ienne", "aise", "ée", "ile",
];

/// The most words of a topic heading a proposal: "Impression 3D : que le
/// Comité technique examine …".
const TOPIC_WORDS: usize = 3;

/// `answer` with the proposal after its topic's colon as what someone
/// should do, the topic kept: "Impression 3D : que le Comité technique
/// examine le classement" is "Impression 3D : le Comité technique devrait
/// examiner le classement". `None` when no topic heads a proposal.
fn a_topics_proposal(answer: &str) -> Option<String> {
    let colon = answer.find(':')?;
    let topic = &answer[..colon];
    let words = topic.split_whitespace().count();
    if !(1..=TOPIC_WORDS).contains(&words) || topic.contains([',', ';', '.', '(']) {
        return None;
    }
    let rest = answer[colon + 1..].trim_start();
    let first = lowered(rest.split_whitespace().next()?);
    if !(first == "that" || is_a_joining(&first, &THAT)) {
        return None;
    }
    match as_a_proposal(rest) {
        Cow::Owned(proposed) => Some(format!(
            "{}{proposed}",
            &answer[..answer.len() - rest.len()]
        )),
        Cow::Borrowed(_) => None,
    }
}

/// Past participles a committee's text invites or encourages someone to
/// act by, in lower case, after "is", "are", "est" or "sont": "Members
/// are encouraged to …", "le Secrétariat est invité à …".
const INVITED: [&str; 17] = [
    "invited",
    "encouraged",
    "requested",
    "urged",
    "called",
    "invité",
    "invités",
    "invitée",
    "invitées",
    "encouragé",
    "encouragés",
    "encouragée",
    "encouragées",
    "appelé",
    "appelés",
    "appelée",
    "appelées",
];

/// `answer` as what someone should do, when it invites or encourages them
/// to as a committee's text does: "The Secretariat is invited to prepare
/// a study" is named "The Secretariat should prepare a study", "Les
/// Membres sont encouragés à partager …" "Les Membres devraient partager
/// …". "Called" asks with "upon" ("Members are called upon to …"). `None`
/// when it opens otherwise, or its subject is long or marked off ("Drones,
/// as we were encouraged to …").
fn as_a_duty_invited(answer: &str) -> Option<String> {
    // Every name is read on each cut of the slider, and few invite.
    let invites = ["invit", "encourag", "request", "urged", "called", "appelé"]
        .iter()
        .any(|stem| answer.contains(stem));
    if !invites {
        return None;
    }
    let words: Vec<&str> = answer.split_whitespace().take(SUBJECT_WORDS + 4).collect();
    let lower = lower_words(&words);
    let being = (1..lower.len().saturating_sub(2))
        .find(|&at| matches!(lower[at].as_str(), "is" | "are" | "est" | "sont"))?;
    if words[..being]
        .iter()
        .any(|word| word.ends_with([',', ';', ':', '.']))
    {
        return None;
    }
    let mut at = being + 1;
    // "Members are also encouraged to …", "sont vivement encouragés à …".
    if matches!(
        lower[at].as_str(),
        "also" | "further" | "strongly" | "aussi" | "également" | "vivement"
    ) {
        at += 1;
    }
    if !INVITED.contains(&lower.get(at)?.as_str()) {
        return None;
    }
    at += 1;
    if lower[at - 1] == "called" {
        (lower.get(at)? == "upon").then_some(())?;
        at += 1;
    }
    let french = matches!(lower[being].as_str(), "est" | "sont");
    let to = lower.get(at)?;
    if to != if french { "à" } else { "to" } {
        return None;
    }
    // "… are invited to the quarterly consultations", "sont invités à la
    // réunion": a place, not a thing to do.
    let verb = lower.get(at + 1)?;
    let a_verb = if french {
        reads_as_a_french_verb(verb)
    } else {
        !ENGLISH_DETERMINERS.contains(&verb.as_str()) && looks_like_a_verb(words[at + 1])
    };
    if !a_verb {
        return None;
    }
    let rest = &answer[offset_in(answer, words[at + 1])..];
    let duty = match lower[being].as_str() {
        "est" => "devrait",
        "sont" => "devraient",
        _ => "should",
    };
    let subject = answer[..offset_in(answer, words[being])].trim_end();
    Some(format!("{subject} {duty} {rest}"))
}

/// Whether an answer whose first `words` are `lower` in lower case opens
/// with "que", "qu'" or "that" and the subject of what it asks: "Que
/// l'OMD élabore …", "That the WCO develop …", not "That is why …".
fn opens_a_bare_proposal(words: &[&str], lower: &[String]) -> bool {
    let Some(first) = lower.first() else {
        return false;
    };
    if first == "that" {
        lower
            .get(1)
            .is_some_and(|next| ENGLISH_DETERMINERS.contains(&next.as_str()))
            || words
                .get(1)
                .is_some_and(|next| next.starts_with(char::is_uppercase))
    } else {
        is_a_joining(first, &THAT)
    }
}

/// The words of `clause` a subject and its verb are looked for in, each
/// with its place among all the clause's words, leaving out those in
/// brackets (a subject's aside: "donors (ADB, World Bank) fund"), up to
/// the first mark that ends a phrase (",", ";", ":"): a subject is said
/// before it.
fn subject_and_verb_words(clause: &str) -> Vec<(usize, &str)> {
    let mut depth = 0usize;
    let mut kept = Vec::new();
    for (at, word) in clause.split_whitespace().enumerate() {
        let inside = depth > 0 || word.starts_with('(');
        depth += word.matches('(').count();
        depth = depth.saturating_sub(word.matches(')').count());
        if inside {
            continue;
        }
        kept.push((at, word));
        if kept.len() > SUBJECT_WORDS || word.ends_with([',', ';', ':']) {
            break;
        }
    }
    kept
}

/// Words that open a clause inside a subject or after the verb, in lower
/// case: a verb after them is the clause's ("members who have not yet
/// done so ratify …", "les administrations qui utilisent déjà l'IA
/// partagent …", "… committees so solutions are co-designed").
const CLAUSE_OPENERS: [&str; 17] = [
    "who", "which", "that", "whose", "so", "because", "but", "if", "when", "while", "since",
    "unless", "qui", "que", "dont", "où", "mais",
];

/// The most words an English proposal's subject is looked for in: "a
/// clear legal framework for drones", "national customs authorities".
const ENGLISH_SUBJECT_WORDS: usize = 7;

/// Words after an English verb that open its complement, besides a
/// determiner, in lower case: "work with industry", "serve as the basis".
const ENGLISH_COMPLEMENT_OPENERS: [&str; 22] = [
    "with", "to", "as", "on", "in", "for", "at", "from", "by", "into", "across", "between",
    "through", "all", "any", "each", "every", "more", "new", "up", "out", "together",
];

/// Words that count a noun, after which a word is the noun's and no verb,
/// in lower case: "each technology", "any data".
const QUANTIFIERS: [&str; 7] = ["each", "every", "any", "some", "all", "no", "many"];

/// `clause`, what follows "that", as what its subject should do (or, by
/// another `modal`, may do: "these technologies may work together"): "Customs
/// work with industry" gives "Customs should work with industry", "the
/// WCO develops guidelines" "the WCO should develop guidelines", "policy
/// leaders do not try" "policy leaders should not try", "data be shared"
/// "data should be shared"; a clause with a modal as it is ("the WCO
/// should develop …"). None when no verb is told for sure: a word before
/// a later "be" or modal is the subject's ("a clear legal framework for
/// drones be established" has its verb in "be"), and a clause opened
/// ([`CLAUSE_OPENERS`]) before the verb, or a subject of more than
/// [`ENGLISH_SUBJECT_WORDS`] words, leaves it untold. With
/// `subjunctive_only` (after "suggest", or a bare "That"), a verb that
/// may say what is gives no duty: "is", "are", "has", a form in "-s"
/// ("requires"), a base form after a plural in lower case
/// ("administrations lack", not "Members share").
fn as_english_duty(clause: &str, subjunctive_only: bool, modal: &str) -> Option<String> {
    let mut words = subject_and_verb_words(clause);
    words.truncate(ENGLISH_SUBJECT_WORDS + 1);
    let all: Vec<&str> = clause.split_whitespace().collect();
    let lower_at = |at: usize| all.get(at).map_or(String::new(), |word| lowered(word));
    let is_a_modal = |word: &str| MODALS.contains(&word);
    for (index, pair) in words.windows(2).enumerate() {
        let [(_, previous), (at, typed)] = pair else {
            continue;
        };
        let word: &str = typed;
        let named = previous.starts_with(char::is_uppercase);
        let previous = lowered(previous);
        if CLAUSE_OPENERS.contains(&previous.as_str()) {
            return None;
        }
        // A name or a word with a mark is the subject's ("the WCO Data
        // Model serve").
        if !word.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        if is_a_modal(word) {
            return Some(clause.to_owned());
        }
        // "each technology", "any data" are nouns after a quantifier.
        let after_a_noun = !ENGLISH_DETERMINERS.contains(&previous.as_str())
            && !QUANTIFIERS.contains(&previous.as_str())
            && !is_a_preposition(&previous)
            && previous != "of";
        if !after_a_noun {
            continue;
        }
        let next = lower_at(at + 1);
        let (base, past) = match word {
            "is" | "are" | "has" | "have" | "does" if subjunctive_only => return None,
            "be" | "is" | "are" => ("be", at + 1),
            "not" => ("not", at + 1),
            "do" | "does" if next == "not" => ("not", at + 2),
            "has" | "have" => ("have", at + 1),
            _ => {
                // The verb is later: "a clear legal framework for drones
                // be established", "the RKC review be completed".
                let later_verb = words[index + 2..].iter().any(|(_, later)| {
                    matches!(lowered(later).as_str(), "be" | "is" | "are") || is_a_modal(later)
                });
                if later_verb {
                    continue;
                }
                let Some((base, told)) = an_english_verb(word, &previous, named, &next) else {
                    continue;
                };
                if !told {
                    continue;
                }
                // "Members share" names WCO Members, who are asked.
                let may_say_what_is = base != word || is_a_plural_subject(&previous) && !named;
                if subjunctive_only && may_say_what_is {
                    return None;
                }
                (base, at + 1)
            }
        };
        return Some(said_as_a_duty(
            clause,
            &all,
            *at,
            &format!("{modal} {base}"),
            past,
        ));
    }
    None
}

/// What the impersonal "on" of `clause` should do, by its verb's
/// infinitive: "l'on tienne compte du coût" is "tenir compte du coût",
/// "on forme les agents" "former les agents". `None` when the verb after
/// "on" is neither a known subjunctive nor a regular one in the singular.
fn what_one_should_do(clause: &str) -> Option<String> {
    let mut words = clause.split_whitespace();
    words.next()?;
    let verb = words.next()?;
    let lower = lowered(verb);
    let (infinitive, plural) =
        known_subjunctive(&lower).or_else(|| a_regular_infinitive(&lower))?;
    if plural {
        return None;
    }
    let rest = clause[offset_in(clause, verb) + verb.len()..].trim_start();
    (!rest.is_empty()).then(|| format!("{infinitive} {rest}"))
}

/// The infinitive of `verb` (in lower case) when it is one of
/// [`FRENCH_SUBJUNCTIVES`], and whether it is plural.
fn known_subjunctive(verb: &str) -> Option<(String, bool)> {
    FRENCH_SUBJUNCTIVES
        .iter()
        .find(|(form, ..)| *form == verb)
        .map(|(_, infinitive, plural)| ((*infinitive).to_owned(), *plural))
}

/// `clause`, whose words are `all`, with `duty` in the place of its words
/// from `verb_at` up to `rest_at`: the subject as typed before it, what
/// follows as typed after it.
fn said_as_a_duty(
    clause: &str,
    all: &[&str],
    verb_at: usize,
    duty: &str,
    rest_at: usize,
) -> String {
    let subject = clause[..offset_in(clause, all[verb_at])].trim_end();
    let rest = all
        .get(rest_at)
        .map_or("", |&word| &clause[offset_in(clause, word)..]);
    format!("{subject} {duty} {rest}").trim_end().to_owned()
}

/// The base of `word` when it reads as an English verb after `previous`
/// (`named` when it was typed capitalised) and before `next` (all in
/// lower case), with whether that is told for sure: a form in "-s"
/// before its complement or an object ("develops guidelines"), a base
/// form before its complement or after a plural or a name ("leaders
/// update", "Members share"). None when it is no verb.
fn an_english_verb<'w>(
    word: &'w str,
    previous: &str,
    named: bool,
    next: &str,
) -> Option<(&'w str, bool)> {
    let singular = singular_indicative_base(word);
    let base = singular.unwrap_or(word);
    if !looks_like_a_verb(base) || base.ends_with("ed") || base.ends_with("ing") {
        return None;
    }
    let opens_a_complement =
        ENGLISH_DETERMINERS.contains(&next) || ENGLISH_COMPLEMENT_OPENERS.contains(&next);
    // An object that is no stop word follows a verb too ("develops
    // guidelines"), not another verb: "papers be", "leaders update" are a
    // subject and its verb.
    let an_object = !next.is_empty()
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !text::is_stop_word(next, Language::English)
        && !looks_like_a_verb(next);
    // "continues studying each technology": a verb in "-s" before a
    // gerund is told as one before its object.
    let before_a_gerund = is_a_gerund(next);
    let told = if singular.is_some() {
        opens_a_complement || an_object || before_a_gerund
    } else {
        opens_a_complement || is_a_plural_subject(previous) || named
    };
    Some((base, told))
}

/// The base of an English verb in the third person singular: "develops"
/// → "develop", "establishes" → "establish", "does" → "do". None when
/// `word` has no such ending, or one that may be the base's own
/// ("focuses", "uses", "studies", "customs", "analysis").
fn singular_indicative_base(word: &str) -> Option<&str> {
    if !is_a_plural_subject(word)
        || word.len() < 4
        || word.ends_with("ies")
        || word.ends_with("ses")
    {
        return None;
    }
    if word == "does" || word == "goes" {
        return Some(&word[..2]);
    }
    ["ches", "shes", "xes", "zes"]
        .iter()
        .find(|ending| word.ends_with(**ending))
        .map(|_| &word[..word.len() - 2])
        .or_else(|| word.strip_suffix('s'))
}

/// French verbs whose subjunctive a frame asks for, by form, with their
/// infinitive and whether the form is plural, in lower case: forms no
/// noun shares, whose infinitive no rule gives.
const FRENCH_SUBJUNCTIVES: [(&str, &str, bool); 44] = [
    ("aille", "aller", false),
    ("aillent", "aller", true),
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
    ("obtiennent", "obtenir", true),
    ("soutienne", "soutenir", false),
    ("soutiennent", "soutenir", true),
    ("maintienne", "maintenir", false),
    ("maintiennent", "maintenir", true),
    ("conduise", "conduire", false),
    ("conduisent", "conduire", true),
    ("réduise", "réduire", false),
    ("réduisent", "réduire", true),
    ("reçoive", "recevoir", false),
    ("reçoivent", "recevoir", true),
    ("serve", "servir", false),
    ("servent", "servir", true),
    ("comprenne", "comprendre", false),
    ("comprennent", "comprendre", true),
    ("intervienne", "intervenir", false),
    ("interviennent", "intervenir", true),
    ("connaisse", "connaître", false),
    ("connaissent", "connaître", true),
    ("suive", "suivre", false),
    ("suivent", "suivre", true),
];

/// The strict determiners a French verb's object opens with, in lower
/// case: a singular form in "-e" before one is a verb ("l'OMD élabore des
/// lignes directrices"), before "de" or "en" it may be a noun ("la mise
/// en œuvre").
const OBJECT_DETERMINERS: [&str; 13] = [
    "le", "la", "les", "des", "un", "une", "ses", "leurs", "leur", "son", "sa", "ces", "nos",
];

/// Forms of "être" and "avoir" in lower case: after a word in "-e" they
/// are the clause's verb ("la formation continue des agents soit une
/// priorité"), and the word is no verb.
const BEING_OR_HAVING: [&str; 6] = ["soit", "soient", "est", "sont", "ait", "aient"];

/// `clause`, what follows "que" or "qu'", as what its subject should do:
/// "l'OMD élabore des lignes directrices" gives "l'OMD devrait élaborer
/// des lignes directrices", "les administrations puissent ménager …"
/// "les administrations devraient pouvoir ménager …", "les États se
/// dotent de …" "les États devraient se doter de …". None when its
/// subject opens with no determiner or name, a pronoun ("en", "y") or a
/// negation comes before the verb, or no verb is told for sure: the verb
/// agrees with the subject's determiner, follows a noun, and is a form
/// of [`FRENCH_SUBJUNCTIVES`], a plural in "-ent", or a singular in "-e"
/// before its object with no "soit" or "est" after it.
fn as_french_duty(clause: &str) -> Option<String> {
    let words = subject_and_verb_words(clause);
    let (_, first) = words.first()?;
    let first_lower = lowered(first);
    // "que l'on tienne compte du coût": what "on" should do is named by
    // its infinitive, as "Il faut tenir compte du coût" is; "L'on devrait"
    // reads wrong.
    if first_lower == "l'on" || first_lower == "on" {
        return what_one_should_do(clause);
    }
    let a_subject = opens_a_french_noun_phrase(&first_lower)
        || matches!(first_lower.as_str(), "chaque" | "toute" | "tout")
        || first.starts_with(char::is_uppercase);
    if !a_subject {
        return None;
    }
    let plural_subject = matches!(
        first_lower.as_str(),
        "les" | "des" | "ces" | "leurs" | "nos" | "certains" | "certaines" | "tous" | "toutes"
    ) || first.starts_with(char::is_uppercase) && first_lower.ends_with('s');
    let all: Vec<&str> = clause.split_whitespace().collect();
    let later_being = |from: usize| {
        words
            .iter()
            .any(|(at, word)| *at > from && BEING_OR_HAVING.contains(&lowered(word).as_str()))
    };
    for pair in words.windows(2) {
        let [(_, previous), (at, typed)] = pair else {
            continue;
        };
        let word = lowered(typed);
        let previous = lowered(previous);
        let a_pronoun_or_negation =
            matches!(word.as_str(), "ne" | "en" | "y") || word.starts_with("n'");
        if a_pronoun_or_negation || CLAUSE_OPENERS.contains(&previous.as_str()) {
            return None;
        }
        // "que l'OMD mène une étude approfondie sur …": a determiner after
        // a word that is no preposition, conjunction or determiner opens
        // the object of a verb not told, and no word after it is the verb.
        // "des" may open a noun's complement ("la formation continue des
        // agents soit …").
        let after_a_verb_untold = OBJECT_DETERMINERS.contains(&word.as_str())
            && word != "des"
            && !is_a_preposition(&previous)
            && !OBJECT_DETERMINERS.contains(&previous.as_str())
            && !matches!(
                previous.as_str(),
                "de" | "du" | "et" | "ou" | "tout" | "toute" | "tous" | "toutes"
            );
        if after_a_verb_untold {
            return None;
        }
        // "se dotent", "s'engagent": the pronoun goes with the verb.
        let (pronoun, verb, verb_at) = if word == "se" {
            ("se ", lowered(all.get(at + 1)?), at + 1)
        } else if let Some(bare) = word.strip_prefix("s'") {
            ("s'", bare.to_owned(), *at)
        } else {
            ("", word.clone(), *at)
        };
        // "d'enregistrement", "l'avenir": an elided article opens a noun.
        if verb.contains('\'') || !verb.chars().all(char::is_alphabetic) {
            continue;
        }
        let after_a_noun = (previous.contains('\'') || !opens_a_french_noun_phrase(&previous))
            && !is_a_preposition(&previous)
            && !matches!(previous.as_str(), "de" | "du" | "des");
        if !after_a_noun {
            continue;
        }
        let (infinitive, plural) = if let Some(known) = known_subjunctive(&verb) {
            known
        } else {
            let Some((infinitive, plural)) = a_regular_infinitive(&verb) else {
                continue;
            };
            let next = all
                .get(verb_at + 1)
                .map_or(String::new(), |word| lowered(word));
            let before_its_object =
                OBJECT_DETERMINERS.contains(&next.as_str()) || next.starts_with("l'");
            // "que l'OMD travaille avec le secteur privé": a verb's
            // preposition, after a word no adjective ends as
            // ("coopération régionale avec" is a noun's).
            let before_its_preposition = VERBS_PREPOSITIONS.contains(&next.as_str())
                && !ADJECTIVE_ENDINGS
                    .iter()
                    .any(|ending| verb.ends_with(ending))
                && !ADVERBS_IN_E.contains(&verb.as_str());
            let told = if plural {
                is_plural_verb(&verb)
            } else {
                (before_its_object || before_its_preposition) && !later_being(verb_at)
            };
            if !told {
                continue;
            }
            (infinitive, plural)
        };
        if !agrees(plural, plural_subject, &all[..verb_at]) {
            return None;
        }
        let verb = format!("{pronoun}{infinitive}");
        return Some(said_with_its_duty(
            clause,
            &all,
            *at,
            verb_at + 1,
            &verb,
            plural,
        ));
    }
    None
}

/// Whether a verb (`plural` or not) agrees with the subject of `words`
/// before it: with the subject's determiner or name (`plural_subject`),
/// or, in the plural, with two subjects ("que l'OMD et les partenaires
/// accompagnent …", not "continue et fasse"; "que le partage des données
/// et des informations renforce …" has one subject).
fn agrees(plural: bool, plural_subject: bool, words: &[&str]) -> bool {
    let two_subjects = || {
        words
            .windows(2)
            .any(|pair| lowered(pair[0]) == "et" && opens_a_french_noun_phrase(&lowered(pair[1])))
    };
    plural == plural_subject || plural && two_subjects()
}

/// `clause`, whose words are `all`, with its verb at `at` said as what
/// its subject should do (`infinitive`, `plural` or not), what follows
/// from `rest_at` as typed; a verb before an "et" that opens `at` is said
/// by the same duty: "que le groupe continue et fasse de la prospective"
/// says "le groupe devrait continuer et faire de la prospective".
fn said_with_its_duty(
    clause: &str,
    all: &[&str],
    at: usize,
    rest_at: usize,
    infinitive: &str,
    plural: bool,
) -> String {
    let modal = if plural { "devraient" } else { "devrait" };
    let before_and = (at >= 2 && lowered(all[at - 1]) == "et")
        .then(|| a_regular_infinitive(&lowered(all[at - 2])))
        .flatten()
        .filter(|&(_, its_plural)| its_plural == plural);
    if let Some((first, _)) = before_and {
        let duty = format!("{modal} {first} et {infinitive}");
        return said_as_a_duty(clause, all, at - 2, &duty, rest_at);
    }
    said_as_a_duty(clause, all, at, &format!("{modal} {infinitive}"), rest_at)
}

/// Stems whose verb changes in the subjunctive, so that no ending gives
/// its infinitive: "appelle", "jette", "paie", "recueille", "craignent",
/// "rendent", "répondent", "craigne", "atteigne", "rejoigne".
/// "Travaille", "installe" and "surveille" are regular; so are
/// "accompagne", "désigne" and "gagne", "emploie" and "s'appuie", whose
/// "i" is the infinitive's "y", and the verbs of [`GRAVE_STEMS`]
/// (`a_regular_infinitive`).
const CHANGING_STEMS: [&str; 13] = [
    "ell", "ueill", "tt", "oi", "ai", "ui", "aign", "eign", "oign", "nd", "oiv", "enn", "iss",
];

/// Stems of first-group verbs whose last "é" or "e" is written "è" before
/// a silent ending, in lower case, with the vowel of their infinitive:
/// "mène" (mener), "gère" (gérer), "intègrent" (intégrer). Whole stems,
/// as an adjective may end alike ("étrangère", "complète").
const GRAVE_STEMS: [(&str, char); 32] = [
    ("mèn", 'e'),
    ("amèn", 'e'),
    ("ramèn", 'e'),
    ("lèv", 'e'),
    ("élèv", 'e'),
    ("enlèv", 'e'),
    ("relèv", 'e'),
    ("prélèv", 'e'),
    ("soulèv", 'e'),
    ("achèt", 'e'),
    ("achèv", 'e'),
    ("gèr", 'é'),
    ("intègr", 'é'),
    ("accélèr", 'é'),
    ("considèr", 'é'),
    ("protèg", 'é'),
    ("règl", 'é'),
    ("possèd", 'é'),
    ("procèd", 'é'),
    ("accèd", 'é'),
    ("cèd", 'é'),
    ("libèr", 'é'),
    ("génèr", 'é'),
    ("préfèr", 'é'),
    ("répèt", 'é'),
    ("suggèr", 'é'),
    ("opèr", 'é'),
    ("coopèr", 'é'),
    ("récupèr", 'é'),
    ("interprèt", 'é'),
    ("révèl", 'é'),
    ("réitèr", 'é'),
];

/// The infinitive of a French verb of the first group in the subjunctive
/// of the third person, and whether it is plural: "élabore" gives
/// "élaborer", "partagent" "partager", "mène" "mener". None for a stem
/// that changes ([`CHANGING_STEMS`], or one with "è" not of
/// [`GRAVE_STEMS`]) or a form that ends otherwise.
fn a_regular_infinitive(verb: &str) -> Option<(String, bool)> {
    let (stem, plural) = match verb.strip_suffix("ent") {
        Some(stem) => (stem, true),
        None => (verb.strip_suffix('e')?, false),
    };
    if let Some(&(_, vowel)) = GRAVE_STEMS.iter().find(|(whole, _)| *whole == stem) {
        let grave = stem.find('è')?;
        return Some((
            format!(
                "{}{vowel}{}er",
                &stem[..grave],
                &stem[grave + 'è'.len_utf8()..]
            ),
            plural,
        ));
    }
    // "s'appuie", "emploie", "nettoie": a "y" of the infinitive is an "i"
    // before a silent ending ("appuyer"). "Voie" and "croie" are of "voir"
    // and "croire", "envoie" of "envoyer".
    let of_voir_or_croire =
        stem.ends_with("voi") && !stem.ends_with("nvoi") || stem.ends_with("croi");
    let a_y = ["ui", "oi"].iter().any(|end| stem.ends_with(end))
        && stem.chars().count() >= 4
        && !of_voir_or_croire;
    if a_y {
        return Some((format!("{}yer", &stem[..stem.len() - 1]), plural));
    }
    let changes = stem.contains('è')
        || CHANGING_STEMS.iter().any(|end| stem.ends_with(end))
        || stem.chars().count() < 3;
    (!changes).then(|| (format!("{stem}er"), plural))
}
