//! Where a French name cut short ends best: on its subject, and not
//! before an infinitive or a participle whose object or complement the
//! cut took. French verbs are told by their endings and agreement.

use super::NAME_SOME_WORDS;
use super::cut::{
    is_a_preposition, is_hanging, keeping_terms, lower_words, opens_clause, with_an_object,
};
use crate::session::Language;
use crate::themes::text;

/// Whether `words[at]` is a French determiner that opens the object of
/// the verb before it: "Les drones permettent de surveiller | des zones
/// côtières", "Peu d'administrations utilisent | ces technologies". A name
/// cut there loses what the verb acts on. After a participle or a noun the
/// determiner may open a phrase of time ("ont triplé | ces dernières
/// années"), which a name does without.
pub(super) fn opens_a_complement(words: &[&str], at: usize) -> bool {
    let (Some(before), Some(word)) = (at.checked_sub(1).and_then(|b| words.get(b)), words.get(at))
    else {
        return false;
    };
    let before = before.to_lowercase();
    opens_a_french_noun_phrase(&word.to_lowercase())
        && !text::is_stop_word(&before, Language::French)
        && reads_as_a_french_verb(&before)
}

/// Whether a lower-case French word reads as a verb: an infinitive in "-er"
/// or "-ir" ("surveiller", "réussir"; one in "-re" is more often a noun,
/// "frontière", "cadre") or a verb of a plural subject ("utilisent").
pub(super) fn reads_as_a_french_verb(word: &str) -> bool {
    word.ends_with("er") || word.ends_with("ir") || is_plural_verb(word)
}

/// Whether a lower-case French word is a determiner, elided or not ("des",
/// "ces", "l'échange"), which opens a noun phrase.
pub(super) fn opens_a_french_noun_phrase(word: &str) -> bool {
    FRENCH_DETERMINERS.contains(&word) || opens_an_elided_noun_phrase(word)
}

/// Whether a lower-case French word opens with an elided article
/// ("l'échange", "l’argent").
fn opens_an_elided_noun_phrase(word: &str) -> bool {
    word.starts_with("l'") || word.starts_with("l’")
}

/// Whether a lower-case French word reads as a verb of a plural subject
/// ("utilisent", "réclament"), not an adverb or a noun in "-ent"
/// ("rapidement", "développement").
pub(super) fn is_plural_verb(word: &str) -> bool {
    word.ends_with("ent")
        && !ADVERB_OR_NOUN_ENDINGS
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// The French words that open a noun phrase, in lower case.
const FRENCH_DETERMINERS: [&str; 18] = [
    "le", "la", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "nos", "notre",
];

/// Words after which a French word in "-é" is a verb, not a participle
/// waiting for its complement: "est sécurisé", "ont été testés", "pas
/// encore adopté".
const BEFORE_A_FRENCH_VERB: [&str; 16] = [
    "est", "sont", "été", "être", "était", "étaient", "sera", "seront", "soit", "soient", "a",
    "ont", "avait", "pas", "plus", "encore",
];

/// French verbs an infinitive follows: "doivent porter", "il faut former",
/// "pourront transmettre".
const FRENCH_BEFORE_AN_INFINITIVE: [&str; 18] = [
    "doit",
    "doivent",
    "devons",
    "devra",
    "devront",
    "devrait",
    "devraient",
    "faut",
    "faudrait",
    "peut",
    "peuvent",
    "pouvons",
    "pourra",
    "pourront",
    "pourrait",
    "pourraient",
    "veulent",
    "voulons",
];

/// The prepositions a French participle's complement opens: "rédigés | en
/// langue étrangère", "sécurisé | par empreintes". Others more often follow
/// an adjective that names a thing ("opérateurs économiques agréés | avec
/// nos partenaires").
const FRENCH_COMPLEMENT_OPENERS: [&str; 2] = ["par", "en"];

/// The words a French name opens on when its subject is plural: "Les
/// agents …", "Peu d'administrations …".
const PLURAL_OPENERS: [&str; 10] = [
    "les",
    "des",
    "ces",
    "ses",
    "nos",
    "vos",
    "leurs",
    "plusieurs",
    "peu",
    "beaucoup",
];

/// French words said with the "de" after them, in lower case: where a
/// thing comes from ("issues du commerce électronique"), what it lacks
/// ("faute de contrat"). "près de" and "loin de" are left out: the
/// quantity they open may be the point ("atteint près de 60 %").
const WITH_THEIR_DE: [&str; 5] = ["issu", "issus", "issue", "issues", "faute"];

/// The endings of French adverbs and nouns in "-ent" ("rapidement",
/// "développement", "vraiment"), which are no verb of a plural subject as
/// "réclament" and "forment" are.
pub(super) const ADVERB_OR_NOUN_ENDINGS: [&str; 6] =
    ["ement", "ément", "amment", "emment", "iment", "ument"];

/// Where a French name cut at `kept` words ends best: before an infinitive
/// the cut left without its object ("Carte biométrique des chauffeurs
/// routiers | pour sécuriser le transit", "Former les douaniers aux
/// nouveaux outils | et recruter des analystes"), before a verb and its
/// infinitive that lost it ("Ciblage : l'apprentissage automatique |
/// vient compléter les profils"), or without a participle
/// whose complement the cut took ("Traduction automatique des documents
/// commerciaux | rédigés en langue étrangère"), or "face" without its "à"
/// ("vulnérabilité des systèmes face | aux pirates"), or before a purpose
/// cut inside ("Adapter le code des douanes | pour permettre
/// l'utilisation …"). Each keeps [`NAME_SOME_WORDS`] words.
pub(super) fn without_french_dangling_end(words: &[&str], kept: usize) -> usize {
    let lower = lower_words(words);
    let [.., before, last] = &lower[..kept] else {
        return kept;
    };
    // "Adapter le code des douanes | pour permettre l'utilisation comme
    // preuve …": what a purpose permits is said after its verb's object,
    // so a name cut inside it ends before it.
    if kept < words.len()
        && let Some(pour) = (NAME_SOME_WORDS..kept.saturating_sub(1))
            .rev()
            .find(|&at| lower[at] == "pour" && lower[at + 1].starts_with("permett"))
    {
        return pour;
    }
    // "face à", "face aux": a preposition whose noun the cut took
    // ("vulnérabilité des systèmes face | aux pirates"); "faire face" is a
    // verb, whole without it ("doivent faire face | aux menaces").
    let facing = lower
        .get(kept)
        .is_some_and(|next| matches!(next.as_str(), "à" | "a" | "au" | "aux"));
    let a_verb = before.starts_with("fai")
        || before.starts_with("fer")
        || matches!(before.as_str(), "font" | "fasse" | "fassent");
    if last == "face" && facing && !a_verb && kept > NAME_SOME_WORDS {
        return kept - 1;
    }
    // The cut took what opens a noun phrase: "pour sécuriser | le transit",
    // "pour faire passer | de la drogue".
    let partitive = lower.get(kept).is_some_and(|next| next == "de")
        && lower
            .get(kept + 1)
            .is_some_and(|after| after == "la" || opens_an_elided_noun_phrase(after));
    // "pourront transmettre | directement à la douane la position": an
    // adverb before a preposition or the object ("doivent fonctionner
    // correctement même en cas de coupure" acts on nothing).
    let adverb_before_more = lower.get(kept).is_some_and(|next| {
        ADVERB_OR_NOUN_ENDINGS.iter().any(|end| next.ends_with(end))
            && lower.get(kept + 1).is_some_and(|after| {
                opens_a_french_noun_phrase(after) || ["à", "au", "aux"].contains(&after.as_str())
            })
    });
    let noun_phrase_cut = partitive
        || adverb_before_more
        || lower
            .get(kept)
            .is_some_and(|next| opens_a_french_noun_phrase(next));
    let infinitive = |word: &str| {
        ["er", "ir", "re"].iter().any(|end| word.ends_with(end))
            && !word.chars().any(char::is_numeric)
    };
    // After "et", only a second verb of a name that opens on one ("Former
    // … et recruter") or on a verb that takes one ("Les dirigeants doivent
    // porter … et créer"): "Chaîne de blocs et registre" joins two nouns.
    // An opening word in "-re" is more often a noun ("Procédure", "Cadre").
    let opens_on_a_verb = lower[0].ends_with("er") || lower[0].ends_with("ir");
    let has_a_verb = lower[..kept - 2].windows(2).any(|pair| {
        FRENCH_BEFORE_AN_INFINITIVE.contains(&pair[0].as_str()) && infinitive(&pair[1])
    });
    // "pour faire passer | du tabac", "pour se connecter | au système":
    // "faire" or a reflexive pronoun and its infinitive wait for the
    // object as one verb does, and a reflexive verb for its complement.
    let (before, opening, reflexive) = match &lower[..kept] {
        [.., pour, faire, _] if pour == "pour" && faire == "faire" => (pour, kept - 3, false),
        [.., pour, se, _] if pour == "pour" && matches!(se.as_str(), "se" | "s'") => {
            (pour, kept - 3, true)
        }
        _ => (before, kept - 2, false),
    };
    let noun_phrase_cut = noun_phrase_cut
        || reflexive
            && lower
                .get(kept)
                .is_some_and(|next| matches!(next.as_str(), "au" | "aux" | "à"));
    // "Ciblage : l'apprentissage automatique vient compléter | les
    // profils", "… peut détecter | les anomalies": a verb and the
    // infinitive it takes, whose object the cut took, say less than their
    // subject alone, as an English modal and its verb do ("Officers freed
    // from routine checks | can focus").
    let waits = match before.as_str() {
        "pour" => true,
        "et" | "ou" => opens_on_a_verb || has_a_verb,
        verb => {
            FRENCH_BEFORE_AN_INFINITIVE.contains(&verb)
                || ["vient", "viennent", "va", "vont"].contains(&verb)
        }
    };
    // The cut took the verb's object when it opened on a determiner;
    // "et évaluer | avant de généraliser" is whole.
    if noun_phrase_cut && waits && infinitive(last) && opening >= NAME_SOME_WORDS {
        return opening;
    }
    // "Exploitation des données massives issues | du commerce …", "en
    // panne faute | de contrat …": a word said with the "de" the cut took.
    let of_what = lower
        .get(kept)
        .is_some_and(|next| matches!(next.as_str(), "de" | "du" | "des") || next.starts_with("d'"));
    // "une faute | de procédure" is a noun and its complement.
    let a_noun = text::is_stop_word(before, Language::French) || is_a_preposition(before);
    if of_what && WITH_THEIR_DE.contains(&last.as_str()) && !a_noun && kept > NAME_SOME_WORDS {
        return kept - 1;
    }
    let participle = is_a_french_participle(before, last);
    let complement_cut = lower
        .get(kept)
        .is_some_and(|next| FRENCH_COMPLEMENT_OPENERS.contains(&next.as_str()));
    if participle && complement_cut && kept > NAME_SOME_WORDS {
        keeping_terms(words, kept)
    } else {
        kept
    }
}

/// Where a French name cut after the verb of a relative "qui" ("Avec
/// l'impression 3D c'est le fichier qui traverse | la frontière et non la
/// marchandise") ends with the verb's object: a determiner and at most
/// [`OBJECT_WORDS`](super::cut::OBJECT_WORDS) words in all, ending where a stop word or a mark
/// does, when the name then `fits`. `kept` otherwise.
pub(super) fn with_the_relatives_object(
    words: &[&str],
    kept: usize,
    fits: &dyn Fn(usize) -> bool,
) -> usize {
    // Every French name cut short reads this, and few cut after "qui":
    // the phrase is lowered only then.
    if kept < 2 || kept >= words.len() || !words[kept - 2].eq_ignore_ascii_case("qui") {
        return kept;
    }
    let lower = lower_words(words);
    if text::is_stop_word(&lower[kept - 1], Language::French)
        || !opens_a_french_noun_phrase(&lower[kept])
    {
        return kept;
    }
    let joining =
        |at: usize| text::is_stop_word(&lower[at], Language::French) || is_hanging(&lower[at]);
    with_an_object(words, kept, &joining, fits)
}

/// Where a French name cut at `kept` words ends on its subject, the noun
/// phrase it opens on from `words[start]`, when the cut left the subject's
/// verb without its object ("La collecte massive de données biométriques
/// pose | un problème …") or fell inside the subject ("Les données de
/// réservation | des compagnies aériennes permettent d'anticiper …"), which
/// the name then runs on to the end of. A verb that kept its object stays
/// ("Les agents utilisent des tablettes | pour …"), and the subject must
/// fit (`cut_fits`) with [`NAME_SOME_WORDS`] words.
///
/// The verb is told by agreement, after a plural word that means
/// something: a verb of a plural subject ("isolés réclament"), or, after a
/// singular subject, a singular word where an adjective would be plural
/// ("biométriques pose"), as typed no acronym ("données PNR"), participle
/// or preposition ("agents face aux"); and what it acts on follows, a noun
/// phrase or a preposition's ("un problème", "d'anticiper"). "un accès
/// permanent | aux bases" and "données client | avec" name no verb.
pub(super) fn on_its_subject(
    words: &[&str],
    start: usize,
    kept: usize,
    cut_fits: &dyn Fn(usize) -> bool,
) -> usize {
    let lower = lower_words(words);
    let Some(opener) = lower.get(start) else {
        return kept;
    };
    let plural = PLURAL_OPENERS.contains(&opener.as_str());
    if !plural && !opens_a_french_noun_phrase(opener) {
        return kept;
    }
    let means = |word: &str| !text::is_stop_word(word, Language::French) && !is_hanging(word);
    // A singular verb as typed: no acronym or number ("données PNR"), no
    // participle ("liée"), no preposition the stop words leave out ("face
    // aux", "grâce à").
    let singular_verb = |at: usize| {
        let word = lower[at].as_str();
        means(word)
            && !word.ends_with(['s', 'x'])
            && !words[at]
                .chars()
                .any(|c| c.is_uppercase() || c.is_numeric())
            && !["é", "ée"].iter().any(|end| word.ends_with(end))
            && !is_a_preposition(word)
    };
    let opens_an_object = |word: &str| {
        opens_a_french_noun_phrase(word)
            || ["de", "à", "au", "aux"].contains(&word)
            || word.starts_with("d'")
    };
    let reads_as_its_verb = |at: usize| {
        let (before, word) = (&lower[at - 1], &lower[at]);
        let agrees = if plural {
            is_plural_verb(word)
        } else {
            singular_verb(at)
        };
        before.ends_with(['s', 'x'])
            && means(before)
            && agrees
            && lower.get(at + 1).is_some_and(|next| opens_an_object(next))
    };
    // The subject is a noun phrase: no clause opens in it.
    let verb = (start + 1..words.len())
        .take_while(|&at| !opens_clause(words, at, Language::French))
        .find(|&at| reads_as_its_verb(at));
    match verb {
        Some(verb) if verb >= start + NAME_SOME_WORDS && kept <= verb + 1 && cut_fits(verb) => verb,
        _ => kept,
    }
}

/// Whether `last` (in lower case) reads as a French past participle after
/// `before`: a participle follows its noun, so "des données", "d'entrée",
/// "la société" and "les employés" are none, nor are nouns in "-té".
pub(super) fn is_a_french_participle(before: &str, last: &str) -> bool {
    ["é", "és", "ée", "ées"]
        .iter()
        .any(|end| last.ends_with(end))
        && !["té", "tés"].iter().any(|end| last.ends_with(end))
        && !last.contains(['\'', '’'])
        && !text::is_stop_word(before, Language::French)
        && !BEFORE_A_FRENCH_VERB.contains(&before)
        && !before.ends_with("ment")
}
