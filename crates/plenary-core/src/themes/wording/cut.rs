//! Where a phrase too long for a name is cut ([`where_to_cut`]): where a
//! clause opens, else before a joining word; not on a word that leaves it
//! hanging ("could", "encore"), nor before a case an adverb narrows it to,
//! nor inside a noun's phrase; then by the rules of the answer's language
//! (`english`, `french`); and past the second half of a pair or the
//! complement the cut took, when it ends a thought and fits
//! ([`with_its_second_half`]).

use super::english::is_an_english_participle;
use super::english::without_dangling_end;
use super::french::is_a_french_participle;
use super::french::{
    on_its_subject, opens_a_complement, opens_a_french_noun_phrase, without_french_dangling_end,
};
use super::opening::{SCENE_SETTERS, is_a_pronoun, is_conjunction, names_own_place};
use super::{
    NAME_FEWEST_WORDS, NAME_SOME_WORDS, RELATIVE_CUT_WORDS, RELATIVES, WHOLE_PHRASE_WORDS, fits,
    fits_in_characters, fits_whole, words_in,
};
use crate::session::Language;
use crate::themes::glossary::GLOSSARY;
use crate::themes::text;

pub(super) use crate::themes::text::lowered;

/// [`lowered`] `words`.
pub(super) fn lower_words(words: &[&str]) -> Vec<String> {
    words.iter().map(|word| lowered(word)).collect()
}

/// Whether a lower-case word is a preposition, in English or in French:
/// one that opens a phrase or sets a scene, or another the stop words
/// leave out ("entre", "face", "malgré").
pub(super) fn is_a_preposition(word: &str) -> bool {
    PHRASE_PREPOSITIONS.contains(&word)
        || SCENE_SETTERS.contains(&word)
        || ["entre", "face", "malgré", "hors"].contains(&word)
}

/// `kept - 1`, unless the last word kept ends a glossary term with the word
/// before it: "opérateurs économiques agréés" (authorised economic
/// operators) stays whole, whatever follows.
pub(super) fn keeping_terms(words: &[&str], kept: usize) -> usize {
    let phrase = words[kept.saturating_sub(2)..kept].join(" ").to_lowercase();
    if GLOSSARY.has_phrase(&phrase) {
        kept
    } else {
        kept - 1
    }
}

/// Adverbs that narrow what comes before them to a case ("surtout pour les
/// pays en développement", "especially for small administrations"), in
/// English and in French, in lower case.
const NARROWING: [&str; 8] = [
    "surtout",
    "notamment",
    "principalement",
    "particulièrement",
    "especially",
    "particularly",
    "notably",
    "mainly",
];

/// Where a name cut at `kept` words, after a topic of `start` words, ends
/// before an adverb that narrows it to a case the cut leaves too short to
/// say ("Renforcement des capacités | surtout pour les pays en
/// développement …"): the name says the whole, if enough words before the
/// adverb mean something.
pub(super) fn before_a_narrowed_case(
    words: &[&str],
    start: usize,
    kept: usize,
    meaningful: &dyn Fn(&[&str]) -> usize,
) -> usize {
    (start + 1..kept)
        .find(|&at| narrows_to_a_case(words, at))
        .filter(|&at| meaningful(&words[start..at]) >= NAME_FEWEST_WORDS)
        .unwrap_or(kept)
}

/// Whether `words[at]` opens a case that narrows the phrase before it: an
/// adverb of [`NARROWING`] before a preposition ("surtout pour"). After a
/// verb, the adverb leads its object ("sera surtout un analyste", "mainly
/// talked about"), and no preposition follows.
fn narrows_to_a_case(words: &[&str], at: usize) -> bool {
    let lower = |at: usize| words.get(at).map(|word| word.to_lowercase());
    lower(at).is_some_and(|word| NARROWING.contains(&word.as_str()))
        && lower(at + 1).is_some_and(|next| PHRASE_PREPOSITIONS.contains(&next.as_str()))
}

/// Whether a lower-case word opens a noun's complement: "of", "de",
/// "des", "du", "d'…".
fn opens_a_nouns_complement(word: &str) -> bool {
    matches!(word, "of" | "de" | "des" | "du") || word.starts_with("d'")
}

/// Whether a lower-case word is a stop word in English or in French.
fn is_a_stop_word(word: &str) -> bool {
    text::is_stop_word(word, Language::English) || text::is_stop_word(word, Language::French)
}

/// Whether a lower-case word means something alone: no stop word in
/// either language, none that leaves a phrase hanging ([`is_hanging`]).
fn means_something(word: &str) -> bool {
    !is_hanging(word) && !is_a_stop_word(word)
}

/// Prepositions whose phrase ends a name badly when the cut took its noun's
/// complement ("pour l'échange | des certificats", "for the use | of AI",
/// "a guide for the fight | against smuggling"), in English and in French,
/// in lower case.
const PHRASE_PREPOSITIONS: [&str; 24] = [
    "for", "on", "to", "with", "in", "about", "from", "at", "into", "against", "towards", "toward",
    "pour", "sur", "sous", "à", "au", "aux", "avec", "dans", "en", "par", "contre", "vers",
];

/// Whether a lower-case word is one of [`PHRASE_PREPOSITIONS`]: what
/// follows it completes the phrase before ("franchissent la frontière |
/// sous forme de fichiers").
pub(super) fn is_a_phrase_preposition(word: &str) -> bool {
    PHRASE_PREPOSITIONS.contains(&word)
}

/// Nouns that make a locution with a preposition before them and "de" or
/// "of" after ("sous forme de", "in case of", "faute de"), in lower case.
const LOCUTION_NOUNS: [&str; 8] = [
    "forme", "form", "cas", "case", "terms", "termes", "matière", "raison",
];

/// Where a name cut at `kept` words ends best when the cut took the
/// complement ("of …", "de …", "des …", "du …", "d'…") of its last noun,
/// and that noun stands in a short phrase of its own, a preposition and an
/// article or a conjunction before it: before that phrase
/// ("Expérimentation de la chaîne de blocs", not "… pour l'échange";
/// "Lack of legal basis", not "… for the use"; "Gain de temps pour le
/// dédouanement", not "… et baisse"), keeping
/// [`NAME_SOME_WORDS`] words.
pub(super) fn without_a_headless_noun(words: &[&str], kept: usize) -> usize {
    let lower = |at: usize| lowered(words[at]);
    let complement_cut = words
        .get(kept)
        .is_some_and(|next| opens_a_nouns_complement(&lowered(next)));
    // "instead | of" is no noun and its complement.
    let noun = kept > 0 && means_something(&lower(kept - 1));
    if !complement_cut || !noun {
        return kept;
    }
    // The preposition and its article, one or two words before the cut
    // ("pour l'échange", "for the use"); with no article, the phrase is
    // one noun with it ("la valeur en douane").
    let article = |at: usize| is_an_article(&lower(at));
    // "et des piles | de conteneurs" is a second noun cut the same way, and
    // so is a French bare one ("et baisse | des coûts"); "sur des envois |
    // de faible valeur" is the phrase's point, and stays. An English bare
    // noun is most often a list's last ("faces and fingerprints | of").
    // "sous forme | de fichiers", "in case | of": a preposition and a
    // noun of a locution wait for the complement as one; "par biométrie |
    // de bout en bout" is whole.
    let locution = |at: usize| at + 2 == kept && LOCUTION_NOUNS.contains(&lower(at + 1).as_str());
    let opens_phrase = |at: usize| {
        let word = lower(at);
        PHRASE_PREPOSITIONS.contains(&word.as_str()) && (article(at + 1) || locution(at))
            || is_conjunction(&word)
                && (article(at + 1)
                    || matches!(lower(at + 1).as_str(), "des" | "du")
                    || matches!(word.as_str(), "et" | "ou") && at + 2 == kept)
    };
    (kept.saturating_sub(3)..kept - 1)
        .rev()
        .find(|&at| opens_phrase(at))
        .filter(|&at| at >= NAME_SOME_WORDS)
        .unwrap_or(kept)
}

/// Words that open a clause in English and in French: a name cut before
/// one keeps a whole thought. "to" and "pour" are left out, as they join a
/// noun as often as a clause ("from data entry to intelligence"); so are
/// "si" and "donc", adverbs as often ("si longs", "devront donc").
const CLAUSE_OPENERS_EN: [&str; 18] = [
    "so", "that", "which", "who", "whose", "because", "while", "when", "whenever", "where",
    "since", "unless", "until", "if", "whereas", "although", "though", "but",
];

/// "lors" ("lors des contrôles") opens a phrase of time, which a name ends
/// before as it does before a clause.
const CLAUSE_OPENERS_FR: [&str; 15] = [
    "afin", "qui", "que", "qu'", "car", "lorsque", "lorsqu'", "quand", "parce", "dont", "où",
    "puisque", "puisqu'", "lors", "mais",
];

/// Whether a lower-case word opens a clause in English ("since",
/// "unless"): a conjunction, never a reason for a theme.
pub(crate) fn is_an_english_conjunction(word: &str) -> bool {
    CLAUSE_OPENERS_EN.contains(&word)
}

/// The particles of English phrasal verbs ("roll out", "set up").
const PARTICLES: [&str; 6] = ["out", "up", "off", "down", "back", "away"];

/// Whether the first `kept` of `words` end on the particle of a verb, which
/// a name keeps: where the phrase ends ("Pilot -> evaluate -> roll out",
/// "should be set up") or a clause opens after it ("Hit rate on selected
/// consignments went up | since …"), or a phrase of its own ("must be laid
/// down | before connecting …"). Before anything else it may be a
/// preposition whose noun was cut ("Drones patrol off | the coast"), and
/// so it is before "until" ("accepted up | until 2020") and "that",
/// which may be a determiner ("off | that coast"), and before "to", "of"
/// and "from", with which it makes one ("up to 40%", "out of the port").
pub(super) fn ends_on_a_particle(words: &[&str], kept: usize, language: Language) -> bool {
    let a_clause = || {
        opens_clause(words, kept, language)
            && !matches!(lowered(words[kept]).as_str(), "until" | "that")
    };
    let a_phrase = || {
        let next = lowered(words[kept]);
        is_a_preposition(&next) && !matches!(next.as_str(), "to" | "of" | "from")
    };
    kept > 0
        && PARTICLES.contains(&lowered(words[kept - 1]).as_str())
        && (kept == words.len() || a_clause() || a_phrase())
}

/// The first `kept` of `words` without the words at their end that leave
/// the phrase `hanging`, or wait for a noun the cut took
/// ([`awaits_a_noun`]), down to `least` words. The particle of a verb
/// stays where [`ends_on_a_particle`] says, and so does the second word of
/// a French negation: "La machine ne négocie pas" says the opposite
/// without its "pas".
pub(super) fn without_hanging_end(
    words: &[&str],
    mut kept: usize,
    least: usize,
    language: Language,
    hanging: &dyn Fn(&str) -> bool,
) -> usize {
    let cut = |kept: usize| kept < words.len();
    while kept > least
        && (hanging(words[kept - 1])
            || cut(kept)
                && (awaits_a_noun(words[kept - 1])
                    || parts_from_what_follows(words, kept, language)))
        && !ends_on_a_particle(words, kept, language)
        && !ends_a_negation(words, kept)
        && !(language == Language::English && ends_on_an_object(words, kept))
        && !ends_a_term(words, kept)
        && !strands_its_preposition(words, kept)
    {
        kept -= 1;
    }
    kept
}

/// The most words of a verb's object a name cut before it runs on to, its
/// determiner counted ([`with_an_object`]).
pub(super) const OBJECT_WORDS: usize = 4;

/// Where a name cut at `kept` of `words`, before the determiner of a
/// verb's object, ends with that object: at most [`OBJECT_WORDS`] words,
/// ending where a `joining` word (by its place in `words`) or a mark
/// does, when the name then `fits`; `kept` otherwise. The languages'
/// modules tell where a verb's object follows
/// (`english::with_its_object`, `french::with_the_relatives_object`).
pub(super) fn with_an_object(
    words: &[&str],
    kept: usize,
    joining: &dyn Fn(usize) -> bool,
    fits: &dyn Fn(usize) -> bool,
) -> usize {
    let marked = |at: usize| words[at].ends_with([',', ';', ':', '.', '!', '?']);
    let mut end = kept + 1;
    while end < words.len() && end - kept < OBJECT_WORDS && !joining(end) && !marked(end - 1) {
        end += 1;
    }
    let whole = end == words.len() || marked(end - 1) || joining(end);
    if whole && end > kept + 1 && fits(end) {
        end
    } else {
        kept
    }
}

/// Whether the phrase of `words`, whole at `kept`, ends on the preposition
/// of a "what" or "which" before it, as English strands it: "Dwell time is
/// what the business cares about", "the system which officers rely on".
fn strands_its_preposition(words: &[&str], kept: usize) -> bool {
    if kept != words.len() {
        return false;
    }
    let lower = lower_words(&words[kept.saturating_sub(STRANDING_WORDS + 1)..kept]);
    let Some((last, before)) = lower.split_last() else {
        return false;
    };
    let stranded = ["about", "on", "for", "with", "of", "to", "from", "in", "at"];
    // "what" opens the clause whose verb the preposition ends: a subject
    // and a verb between ("what the business cares about").
    stranded.contains(&last.as_str())
        && before
            .iter()
            .any(|word| matches!(word.as_str(), "what" | "which"))
}

/// The most words from the "what" or "which" a stranded preposition ends
/// the clause of to the preposition: "what | the business cares | about".
const STRANDING_WORDS: usize = 4;

/// Whether the first `kept` of `words` end on the last word of a glossary
/// term, which a name keeps even where it means nothing alone: "Analyse
/// automatisée des images de rayons X".
fn ends_a_term(words: &[&str], kept: usize) -> bool {
    kept.checked_sub(1)
        .and_then(|cut| GLOSSARY.term_across(words, cut))
        .is_some_and(|term| term.end == kept)
}

/// Whether the last of the first `kept` of `words`, cut before the rest,
/// is said only with what follows it: "là" before its "où" ("Adopter une
/// loi … là | où elle n'existe pas"), in a French name an adverb in
/// "-ment" after a noun and before a preposition, which says how of what
/// the cut took ("Détection de la sous-évaluation directement | dans le
/// système"; after a verb it says how of the verb, [`says_how_of`], and
/// after a determiner, a preposition or an adjective that comes first, or
/// before "des", it is a noun: "du | paiement", "nouveau | déploiement",
/// "système paiement | des droits"), or a time with its unit before
/// "before" or "after" that it counts from ("scoring engine on manifest
/// data 24h | before loading"; "Phase 2 | after" counts no time).
fn parts_from_what_follows(words: &[&str], kept: usize, language: Language) -> bool {
    // French adjectives that come before their noun, after which a word
    // in "-ment" is the noun ("nouveau déploiement").
    const BEFORE_THEIR_NOUN: [&str; 12] = [
        "nouveau", "nouvel", "nouveaux", "grand", "grands", "petit", "bon", "meilleur", "premier",
        "dernier", "seul", "vrai",
    ];
    let last = lowered(words[kept - 1]);
    let next = lowered(words[kept]);
    let adverb = language == Language::French
        && last.chars().count() > 7
        && super::french::ADVERB_OR_NOUN_ENDINGS
            .iter()
            .any(|end| last.ends_with(end))
        && is_a_preposition(&next)
        && kept >= 2
        && {
            let before = lowered(words[kept - 2]);
            !text::is_stop_word(&before, Language::French)
                && !is_a_preposition(&before)
                && !BEFORE_THEIR_NOUN.contains(&before.as_str())
                && !says_how_of(&before)
        };
    // A number glued to its unit of time: "24h", "48 h" is two words.
    let unit = last.trim_start_matches(|c: char| c.is_ascii_digit());
    let a_time = unit.len() < last.len() && ["h", "hrs", "min", "j", "d"].contains(&unit);
    let counted =
        a_time && ["before", "after", "ahead", "prior", "avant", "après"].contains(&next.as_str());
    last == "là" && next.starts_with("où") || adverb || counted
}

/// Whether an adverb after a French `word` (in lower case) says how of
/// it: a verb or a participle ("sont contrôlés | systématiquement",
/// "surveillent | étroitement"), not a noun ("sous-évaluation |
/// directement dans le système").
fn says_how_of(word: &str) -> bool {
    ["é", "és", "ée", "ées"]
        .iter()
        .any(|end| word.ends_with(end))
        || super::french::reads_as_a_french_verb(word)
}

/// The second words of a French negation that the stop words hold, and
/// a name would lose: "ne … pas", "n'est plus".
const NEGATIONS: [&str; 2] = ["pas", "plus"];

/// Whether the first `kept` of `words` end on the second word of a French
/// negation, its "ne" or "n'" among the three words before it.
fn ends_a_negation(words: &[&str], kept: usize) -> bool {
    kept >= 2
        && NEGATIONS.contains(&lowered(words[kept - 1]).as_str())
        && words[kept.saturating_sub(4)..kept - 1].iter().any(|word| {
            let word = lowered(word);
            word == "ne" || word.starts_with("n'")
        })
}

/// Whether `words[at]` opens a clause in `language` ("so", "qui", "qu'il";
/// "si" before a determiner or a pronoun, and "s'il", where "si" is "if",
/// not "so" as in "si important").
/// A word in capitals is an acronym ("SI", "WHO"); "so many" is a quantity;
/// "ne … que" is "only", not a clause; "but also" and "mais aussi" go on
/// with a list ("not only new scanners but also officers"). Past the
/// last word, nothing opens.
pub(super) fn opens_clause(words: &[&str], at: usize, language: Language) -> bool {
    let Some(&word) = words.get(at) else {
        return false;
    };
    if word.chars().any(char::is_uppercase) {
        return false;
    }
    let word = word.replace('’', "'");
    let head = word.find('\'').map_or(word.as_str(), |end| &word[..=end]);
    let before = &words[..at];
    if RELATIVES_OF_A_CLEFT.contains(&head) && in_a_cleft(before) {
        return false;
    }
    let after = words.get(at + 1).map(|next| next.to_lowercase());
    match language {
        Language::English => {
            CLAUSE_OPENERS_EN.contains(&head)
                && !(head == "so" && matches!(after.as_deref(), Some("many" | "much" | "far")))
                && !(head == "but" && after.as_deref() == Some("also"))
        }
        Language::French => {
            let negated = || {
                before.iter().any(|word| {
                    let word = lowered(word);
                    word == "ne" || word.starts_with("n'")
                })
            };
            // "si les données …", "s'il …": "if"; "si important": "so".
            let if_clause = || {
                head == "s'" && matches!(&word[2..], "il" | "ils")
                    || head == "si"
                        && after.as_deref().is_some_and(|next| {
                            opens_a_french_noun_phrase(next)
                                || matches!(next, "on" | "nous" | "vous" | "elle" | "elles")
                        })
            };
            CLAUSE_OPENERS_FR.contains(&head)
                && !(matches!(head, "que" | "qu'") && negated())
                && !(head == "mais" && after.as_deref() == Some("aussi"))
                || if_clause()
        }
    }
}

/// The words that go on with what a cleft sentence puts first, in lower
/// case: "c'est le fichier | qui traverse la frontière", "it is the file
/// | that crosses the border".
const RELATIVES_OF_A_CLEFT: [&str; 6] = ["qui", "que", "qu'", "that", "who", "which"];

/// The most words between a cleft's "c'est" or "it is" and its relative.
const CLEFT_WORDS: usize = 4;

/// Whether the last of `before` words put a thing first as a cleft
/// sentence does, whose relative goes on with what is said of it: "c'est
/// le fichier", "ce sont les données", "it is the file": the cleft's
/// verb, then a determiner or a name, and no mark or conjunction up to
/// the relative ("C'est coûteux pour les administrations | qui manquent
/// …" is no cleft).
fn in_a_cleft(before: &[&str]) -> bool {
    let window = &before[before.len().saturating_sub(CLEFT_WORDS + 1)..];
    // Most relatives follow no word in "c" or "i" that could open a
    // cleft: nothing is copied for them.
    if !window
        .iter()
        .any(|word| matches!(word.as_bytes().first(), Some(b'c' | b'C' | b'i' | b'I')))
    {
        return false;
    }
    let lower = lower_words(window);
    let opens_what_follows = |at: usize| {
        lower.get(at).is_some_and(|word| {
            is_an_article(word)
                || matches!(
                    word.as_str(),
                    "des" | "ces" | "this" | "these" | "our" | "their"
                )
        }) || window.get(at).is_some_and(|word| text::capitalised(word))
    };
    let unbroken = |from: usize| {
        !window[from..]
            .iter()
            .any(|word| word.ends_with([',', ';', ':']))
            && !lower[from..]
                .iter()
                .any(|word| matches!(word.as_str(), "et" | "mais" | "and" | "but" | "or" | "ou"))
    };
    (0..lower.len()).any(|at| {
        let next = lower.get(at + 1).map(String::as_str);
        let after = match (lower[at].as_str(), next) {
            ("c'est" | "it's", _) => at + 1,
            ("ce", Some("sont")) | ("it", Some("is" | "was")) => at + 2,
            _ => return false,
        };
        opens_what_follows(after) && unbroken(after)
    })
}

/// Words a name does not end on, in English and in French, that the stop
/// word lists leave out: they say nothing alone ("could", "encore"). "may",
/// "will" and "can" are nouns too (the month, a will, a tin), and as nouns
/// are lost with the rest: a theme is rarely about them.
const HANGING: &str = "could would should must may might can cannot will shall still also even \
    already simply merely straight directly via instead inside across along towards toward within without upon per rather despite \
    beyond alongside thus therefore hence avant après sans doit doivent devrait devraient devra devront \
    pourrait pourraient pourra pourront peut peux peuvent pouvons pouvez encore ainsi alors donc \
    tandis plutôt grâce afin lors quant auprès vers dès pendant tout toute tous toutes travers depuis \
    mise mises ceux celles celui celle";

/// Whether `word` leaves a phrase hanging and says nothing alone: a modal
/// verb, an adverb such as "still", "encore" or "donc", a preposition the stop word
/// lists leave out ("via", "instead", "inside", "vers", "dès", and "pr"
/// typed for "pour"), "tout" and "toutes" waiting for their noun ("avant toute
/// généralisation"), or the first word of "ainsi que", "alors que",
/// "tandis que", "grâce à", "afin de", "lors de", "quant à", "auprès de",
/// "à travers", of "mise en place" and "mise à jour", a pronoun waiting
/// for what it stands for ("avec ceux | des autres administrations"),
/// in either language, with or without its accents ("plutot", "grace"),
/// and a French verb whose negation's second half follows ("… n'ont |
/// même pas une connexion").
pub(crate) fn is_hanging(word: &str) -> bool {
    let lower = text::lowered(word);
    // "pr" typed for "pour", not the acronym "PR".
    word == "pr"
        || text::is_one_of(&lower, HANGING.split_whitespace())
        || lower.len() > 2 && lower.starts_with("n'")
}

/// Words the stop word lists leave out that wait for the noun after them:
/// a preposition ("entre le Nord et l'Afrique", "chez nous" once its
/// pronoun, a stop word, is off) or a quantity ("every port", "chaque
/// pays", "beaucoup de postes"). A name cut after one leaves it hanging; a
/// phrase that ends on one says it whole ("Les syndicats sont contre", "Ça
/// aide beaucoup"), or what a list goes on with ("incl. own citizens").
/// So do words that wait for what they relate to ("lignes directrices
/// relatives | à la protection", "sur chacune | de ces technologies"),
/// or for what they allow or aim at ("lunettes permettant | à un agent
/// …", "visant | à renforcer"); neither is a label a theme is grouped
/// for either.
/// "Enough" is not one of them: after an adjective it completes it ("not
/// trained enough | to use AI"), and a name without it would say more.
const AWAITING: &str = "every entre parmi contre selon chaque plusieurs beaucoup chez incl. incl including excl. excluding \
    relatif relatifs relative relatives chacun chacune concernant regarding related relating \
    permettant allowing enabling visant";

/// Whether `word` waits for a noun after it ([`AWAITING`]), in any case.
pub(crate) fn awaits_a_noun(word: &str) -> bool {
    text::is_one_of(&word.to_lowercase(), AWAITING.split_whitespace())
}

/// Where a phrase of `words` too long for a name is cut: after a topic of
/// `start` words, within `name_words` words and [`LONGEST_NAME`](super::LONGEST_NAME)
/// characters, by the rules of either language here and of `language` in
/// its own module; then past the second half it cut, when that ends a
/// thought within a whole name's bounds ([`with_its_second_half`]). A
/// stop word, a letter or a mark is `joining`.
pub(super) fn where_to_cut(
    words: &[&str],
    start: usize,
    name_words: usize,
    language: Language,
    joining: &dyn Fn(&str) -> bool,
) -> usize {
    let meaningful = |words: &[&str]| words.iter().filter(|word| !joining(word)).count();
    let hanging = |word: &str| joining(word) || is_hanging(word);
    // Whether the first `at` words fit in a cut name.
    let cut_fits = |at: usize| fits(&words[..at], name_words);
    let mut kept = words.len();
    // What is cut off starts with the first word that opens a clause
    // ("Bot handles routine trader enquiries | so the helpdesk can…"),
    // else the last joining word ("Start with small proofs of concept |
    // before any…"), either keeping a few words (a relative clause's
    // cut one fewer); else the name keeps as many words as fit.
    // The words after a topic count as a name's own: "3D printing:
    // files | which cross borders" says too little.
    let says_enough = |at: usize| {
        meaningful(&words[start..at]) >= NAME_FEWEST_WORDS
            && (at >= start + NAME_SOME_WORDS || RELATIVES.contains(&words[at]))
    };
    // The first cut past `name_words` words, counted as `fits` counts
    // them (a mark between words is no word).
    let last_cut = (0..=kept)
        .find(|&at| words_in(&words[..at]) > name_words)
        .unwrap_or(kept);
    // A topic before a clause is named alone: "Responsabilité juridique
    // : | qui est responsable si l'algorithme se trompe ?".
    let topic_alone = start > 0 && opens_clause(words, start, language) && cut_fits(start);
    kept = topic_alone
        .then_some(start)
        .or_else(|| {
            (start + RELATIVE_CUT_WORDS..last_cut)
                .find(|&at| cut_fits(at) && opens_clause(words, at, language) && says_enough(at))
        })
        .or_else(|| {
            let joined = (start + NAME_SOME_WORDS..last_cut)
                .rfind(|&at| cut_fits(at) && joining(words[at]) && !completes_between(words, at))?;
            // In French, a joining word that opens what the word before
            // it is about ("permettent de surveiller | des zones") ends
            // the name only if no longer one fits. An English name cut
            // further would end before its noun ("… check the new |
            // electronic seals"), and is left to the rules of verbs
            // that lost their object.
            let longest = (joined + 1..last_cut).rfind(|&at| cut_fits(at));
            Some(
                longest
                    .filter(|_| language == Language::French && opens_a_complement(words, joined))
                    .unwrap_or(joined),
            )
        })
        // A phrase after a topic that can only be cut anywhere adds
        // nothing to it: "Ciblage : certaines administrations
        // utilisent déjà | l'apprentissage automatique …".
        .or_else(|| (start > 0 && cut_fits(start)).then_some(start))
        .or_else(|| (1..kept).rfind(|&at| cut_fits(at)))
        .unwrap_or(1);
    // "Cyber security guidelines and standards must be laid | down before
    // connecting …": the particle of a verb goes with it, one word past
    // the most a name keeps.
    if kept < words.len()
        && ends_on_a_particle(words, kept + 1, language)
        && super::fits_in_characters(&words[..=kept])
    {
        kept += 1;
    }
    kept = without_hanging_end(words, kept, 1, language, &hanging);
    kept = before_a_narrowed_case(words, start, kept, &meaningful);
    kept = match language {
        Language::English => without_dangling_end(words, kept),
        Language::French => {
            let kept = on_its_subject(words, start, kept, &cut_fits);
            without_french_dangling_end(words, kept)
        }
    };
    kept = without_a_headless_noun(words, kept);
    kept = with_a_quantitys_complement(words, kept);
    kept = with_its_predicate(words, kept);
    with_its_second_half(words, kept, language)
}

/// The modals a subject's predicate opens with, in lower case, in English
/// and in French: "… should remain explainable", "… devrait rester …".
pub(super) const PREDICATE_MODALS: [&str; 11] = [
    "should",
    "must",
    "could",
    "can",
    "will",
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "pourrait",
    "pourraient",
];

/// The most words of a predicate a name cut before it takes in, its modal
/// counted.
const PREDICATE_WORDS: usize = 4;

/// Where a name cut at `kept` of `words` before a modal ("Decisions
/// supported by artificial intelligence | should remain explainable and
/// subject to human review") ends when it takes in its predicate: the
/// modal, its verb and one or two more words that end a thought (or the
/// answer), the longest that fits a name kept whole ("… should remain
/// explainable", not "… should stay | with a human officer").
/// Else the name stays a subject alone, which says what was talked
/// about, not what was said of it.
fn with_its_predicate(words: &[&str], kept: usize) -> usize {
    let Some(next) = words.get(kept).map(|word| lowered(word)) else {
        return kept;
    };
    if kept < 2 || !PREDICATE_MODALS.contains(&next.as_str()) {
        return kept;
    }
    // A modal and its verb alone wait for more ("… should stay | with an
    // officer"), unless the answer ends there.
    let ends = |end: usize| {
        means_something(&lowered(words[end - 1]))
            && (end == words.len() || end > kept + 2 && ends_a_thought(&words[..end], words[end]))
    };
    (kept + 2..=(kept + PREDICATE_WORDS).min(words.len()))
        .rev()
        .find(|&end| ends(end) && fits_whole(&words[..end], WHOLE_PHRASE_WORDS))
        .unwrap_or(kept)
}

/// The two words that open a clause of purpose: "so that", "pour que",
/// "afin qu'il".
const PURPOSES: [(&str, &str); 5] = [
    ("so", "that"),
    ("such", "that"),
    ("pour", "que"),
    ("afin", "que"),
    ("sorte", "que"),
];

/// How many words of a clause of purpose a name that stops there may keep
/// and still lack the clause's verb: its subject ("so that automated
/// decisions").
const PURPOSE_SUBJECT_WORDS: usize = 3;

/// Forms of "be", "have" and "do" that tell a clause of purpose has its
/// verb, as a modal ([`is_hanging`]) or a negation ("can't") does: "so
/// that systems can talk", "pour qu'ils aient …".
const BE_HAVE_DO: [&str; 19] = [
    "is", "are", "be", "was", "were", "has", "have", "do", "does", "est", "sont", "soit", "soient",
    "ait", "aient", "ont", "peut", "peuvent", "puissent",
];

/// Whether `word` tells a clause has its verb: a modal, a form of "be",
/// "have" or "do", or an English negation ("won't").
fn tells_a_verb(word: &str) -> bool {
    let lower = lowered(word);
    is_hanging(&lower) || BE_HAVE_DO.contains(&lower.as_str()) || lower.ends_with("n't")
}

/// Where a name of the first `kept` of `words`, which the answer goes on
/// after, ends best when it stops within [`PURPOSE_SUBJECT_WORDS`] of
/// opening a clause of purpose, and no word after that tells its verb
/// ([`tells_a_verb`]; a verb of its own, "so that staff benefit", does
/// not tell): before the clause, which says nothing without its verb
/// ("Review RKC / national law | so that automated decisions (release by
/// algorithm) are legally valid"; not "… standards so that systems can
/// talk | to each other"). What stays before the clause, after the first
/// `start` words (a topic), says enough, or the name stays as it is.
pub(super) fn before_a_verbless_purpose(
    words: &[&str],
    start: usize,
    kept: usize,
    meaningful: &dyn Fn(&[&str]) -> usize,
) -> usize {
    let opens = |at: usize| {
        let (first, second) = (lowered(words[at - 1]), lowered(words[at]));
        PURPOSES.iter().any(|&(one, two)| {
            first == one && (second == two || two == "que" && second.starts_with("qu'"))
        })
    };
    let verbless = |at: usize| !words[at + 1..kept].iter().any(|word| tells_a_verb(word));
    (start + 2..kept)
        .rev()
        .take_while(|&at| kept - at <= PURPOSE_SUBJECT_WORDS + 1)
        .find(|&at| opens(at) && verbless(at))
        .map(|at| at - 1)
        .filter(|&cut| meaningful(&words[start..cut]) >= NAME_FEWEST_WORDS)
        .unwrap_or(kept)
}

/// Whether a lower-case word is an article, in English or in French
/// ("the", "les", "l'").
fn is_an_article(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "le" | "la" | "les" | "un" | "une"
    ) || word.starts_with("l'")
}

/// The most words after the joining word of a second half that a cut
/// name takes in, marks typed between words counted.
const SECOND_HALF_WORDS: usize = 6;

/// Where a name cut at `kept` of `words` ends when the cut took the
/// second half of what it says: of a pair ("and", "or", "et", "ou"), or
/// the complement a preposition opens ("of", "to", "de", "pour" …). It
/// takes in up to [`SECOND_HALF_WORDS`] words that end a thought
/// ([`ends_a_thought`] or the end of the phrase), the longest that fit in
/// a name kept whole: "Des robots pour fouiller les véhicules et les
/// conteneurs", not "… les véhicules | et les conteneurs à la place des
/// agents"; "Faster release: average clearance time down from 3 days to 4
/// hours"; "La plupart de ces technos restent au stade de projet pilote"
/// ("et des sites de vente | en ligne" would end too early).
///
/// No end is on a word that hangs or a stop word ("… send volumes
/// straight | to customs"), inside a list, before "jusqu'" (what runs from
/// one place runs to another), nor inside a pair of its own
/// ([`splits_a_pair`]). A complement does not end on a participle that
/// waits for its own ("travellers enrolled | in"), a French infinitive
/// without its complement ("pour se connecter | au système") or an
/// English one alone ("to focus | on"), and the group's own place ("in
/// our administration") says nothing of the theme. A pair's half that
/// opens with a pronoun is a clause of its own ("and they already hold
/// …"). Else the name stays as cut.
fn with_its_second_half(words: &[&str], kept: usize, language: Language) -> usize {
    let Some(next) = words.get(kept).map(|word| lowered(word)) else {
        return kept;
    };
    let pair = is_conjunction(&next);
    let complement =
        is_a_phrase_preposition(&next) || next == "by" || opens_a_nouns_complement(&next);
    // "and they already hold the data", "et se concentrent sur …": a
    // pronoun opens a clause of its own ("IT" in capitals is no "it").
    let a_clause = || {
        words.get(kept + 1).is_none_or(|&typed| {
            let word = lowered(typed);
            let head = word.find('\'').map_or(word.as_str(), |end| &word[..=end]);
            let acronym = typed.len() > 1 && typed.chars().all(|c| !c.is_lowercase());
            !acronym && (is_a_pronoun(head) || matches!(head, "se" | "s'"))
        })
    };
    let own_place = || names_own_place(&words[kept..words.len().min(kept + 4)]);
    if !(pair || complement) || pair && a_clause() || complement && own_place() {
        return kept;
    }
    let ends = |end: usize| {
        let last = lowered(words[end - 1]);
        let says_something = means_something(&last);
        let before_last = lowered(words[end - 2]);
        let participle = match language {
            Language::English => is_an_english_participle(&last),
            Language::French => is_a_french_participle(&before_last, &last),
        };
        let waits = complement
            && (next == "to" && end < kept + 3
                || language == Language::French && without_french_dangling_end(words, end) < end);
        let ends_there = end == words.len()
            || ends_a_thought(&words[..end], words[end])
                && !(words[end - 1].ends_with(',')
                    || lowered(words[end]).starts_with("jusqu")
                    || splits_a_pair(words, kept, end, pair)
                    || complement && participle);
        says_something && !waits && ends_there
    };
    (kept + 2..=(kept + 1 + SECOND_HALF_WORDS).min(words.len()))
        .rev()
        .find(|&end| ends(end) && fits_whole(&words[..end], WHOLE_PHRASE_WORDS))
        .unwrap_or(kept)
}

/// Whether a second half taken in from `kept` up to `end` of `words`
/// would end inside a pair: before an "and" that goes on with a second
/// pair (for a `pair`'s half, any), or with the second of two plurals
/// ("aériens | et maritimes", "cigarettes | and weapons"), with the
/// article the complement opened with ("vers le Mali | et le Burkina"),
/// or before "and other" ("nuclear | and other radioactive materials").
fn splits_a_pair(words: &[&str], kept: usize, end: usize, pair: bool) -> bool {
    let lower = |at: usize| words.get(at).map(|word| lowered(word));
    if !lower(end).is_some_and(|word| is_conjunction(&word)) {
        return false;
    }
    let Some(after) = lower(end + 1) else {
        return false;
    };
    let plural = |word: &str| word.ends_with(['s', 'x']);
    let plurals = plural(&after) && plural(&lowered(words[end - 1])) && !is_a_stop_word(&after);
    let opens_alike = is_an_article(&after) || matches!(after.as_str(), "des" | "du" | "aux");
    let same_article = opens_alike && lower(kept + 1).as_deref() == Some(after.as_str());
    // "of nuclear | and other radioactive materials", "des armes | et
    // autres produits": the pair's second half names the noun of both.
    let others = matches!(after.as_str(), "other" | "others" | "autres" | "d'autres");
    pair || plurals || same_article || others
}

/// Whether a name of the first `kept` of `words` leaves out the negation
/// of the verb that follows it: "L'intelligence artificielle et la
/// blockchain | ne sont pas encore utilisées", "Most of these techs | are
/// not used yet". Such a name says the opposite of its answer, or
/// nothing it says; another answer names the theme.
pub(super) fn drops_a_negation(words: &[&str], kept: usize) -> bool {
    let lower = |at: usize| words.get(at).map(|word| lowered(word));
    let Some(next) = lower(kept) else {
        return false;
    };
    let french = next == "ne" || next.starts_with("n'") && next.len() > 2;
    let auxiliary = matches!(
        next.as_str(),
        "are" | "is" | "was" | "were" | "do" | "does" | "did" | "can" | "will" | "should" | "must"
    );
    // "… as digital files | not physical products" contrasts, and
    // negates no verb.
    let english = next == "cannot"
        || next.ends_with("n't")
        || auxiliary && lower(kept + 1).as_deref() == Some("not");
    french || english
}

/// The English pronouns a verb's object is said by, and no determiner
/// ("these tools"), in lower case.
const OBJECT_PRONOUNS: [&str; 4] = ["them", "it", "him", "us"];

/// Whether the first `kept` of `words` end on an object pronoun after the
/// verb it is the object of: "The bad guys use them | too". Without it the
/// name would say the verb acts on nothing ("The bad guys use"); after a
/// preposition it says for whom, and goes as other stop words do ("…
/// for | us").
fn ends_on_an_object(words: &[&str], kept: usize) -> bool {
    let (Some(pronoun), Some(verb)) = (
        kept.checked_sub(1)
            .map(|at| lowered(words[at].trim_end_matches(PUNCTUATION))),
        kept.checked_sub(2).map(|at| lowered(words[at])),
    ) else {
        return false;
    };
    OBJECT_PRONOUNS.contains(&pronoun.as_str())
        && !text::is_stop_word(&verb, Language::English)
        && !is_a_preposition(&verb)
        && !verb.ends_with(PUNCTUATION)
}

/// The marks a word may end with in a phrase.
const PUNCTUATION: [char; 6] = [',', ';', ':', '.', '!', '?'];

/// Whether `words[at]` is the "and" of "between … and …" ("entre … et
/// …"), "between" among the three words before it: a name cut there says
/// half of what is between ("Moins de contact entre l'agent | et
/// l'usager").
fn completes_between(words: &[&str], at: usize) -> bool {
    matches!(lowered(words[at]).as_str(), "and" | "et")
        && words[at.saturating_sub(3)..at]
            .iter()
            .any(|word| matches!(lowered(word).as_str(), "between" | "entre"))
}

/// Words that open what a thought can end before: a place, a time, a
/// means ("at the port terminal", "depuis 2016", "via the API", "face
/// aux pirates"), an example ("incl. own citizens"), an alternative
/// ("plutôt que d'acheter à l'étranger", "instead of waiting"), in English
/// and in French, in lower case. "of", "de" and "comme" are left out: what
/// follows them completes the noun before ("sous forme | de fichiers").
const THOUGHT_ENDS_BEFORE: [&str; 41] = [
    "instead",
    "rather",
    "plutôt",
    "plutot",
    "at",
    "in",
    "on",
    "for",
    "with",
    "without",
    "from",
    "by",
    "before",
    "after",
    "during",
    "via",
    "into",
    "across",
    "within",
    "against",
    "like",
    "incl.",
    "including",
    "e.g.",
    "i.e.",
    "à",
    "au",
    "aux",
    "en",
    "dans",
    "pour",
    "sur",
    "avec",
    "sans",
    "par",
    "avant",
    "après",
    "depuis",
    "pendant",
    "chez",
    "face",
];

/// Whether a name of `kept` words, cut before `next`, ends a thought: the
/// cut falls before a complement of place, time or means ("to", unless
/// "from" led), a second item, a clause, a case an adverb narrows it to
/// ("especially small traders", "notamment les PME"), an aside in
/// brackets ("(UPU, ICAO)") or a mark ("Remote examination:
/// officer at HQ directs a camera | at the trader's warehouse"), or after
/// a mark that ends a phrase ("… sous forme de fichiers, | d'où …"), not
/// inside what the words kept wait for
/// (a verb's object "doivent voir | la technologie", a participle "ont
/// peur d'être | remplacés", a noun's complement "sous forme | de
/// fichiers", "from 3 days | to 4 hours").
pub(super) fn ends_a_thought(kept: &[&str], next: &str) -> bool {
    let next = lowered(next);
    let after_a_mark = kept
        .last()
        .is_some_and(|last| last.ends_with([',', ';', ':']));
    if after_a_mark || !next.contains(char::is_alphanumeric) {
        return true;
    }
    if next == "to" {
        return !kept.iter().any(|word| lowered(word) == "from");
    }
    let head = next.find('\'').map_or(next.as_str(), |end| &next[..=end]);
    next.starts_with('(')
        || THOUGHT_ENDS_BEFORE.contains(&head)
        || NARROWING.contains(&head)
        || head.starts_with("jusqu")
        || is_conjunction(head)
        || RELATIVES.contains(&head)
        || CLAUSE_OPENERS_EN.contains(&head)
        || CLAUSE_OPENERS_FR.contains(&head)
}

/// Nouns of a quantity, which say nothing without what they count
/// ("thousands | of parcels", "des milliers | de données"), in English and
/// in French, in lower case.
const QUANTITIES: [&str; 21] = [
    "thousands",
    "millions",
    "billions",
    "hundreds",
    "dozens",
    "lots",
    "tons",
    "number",
    "majority",
    "amount",
    "amounts",
    "milliers",
    "milliards",
    "centaines",
    "dizaines",
    "tonnes",
    "plupart",
    "majorité",
    "nombre",
    "quantité",
    "quantités",
];

/// Where a name cut at `kept` of `words` ends when its last word is a
/// quantity ([`QUANTITIES`]) and the cut took what it counts: after what
/// it counts ("of parcels", "de données", "of the containers"), when that
/// fits in [`LONGEST_NAME`](super::LONGEST_NAME) characters; else where it
/// was.
fn with_a_quantitys_complement(words: &[&str], kept: usize) -> usize {
    let counts =
        kept > 0 && kept < words.len() && QUANTITIES.contains(&lowered(words[kept - 1]).as_str());
    if !counts {
        return kept;
    }
    let next = lowered(words[kept]);
    let end = if next.starts_with("d'") {
        kept + 1
    } else if matches!(next.as_str(), "of" | "de" | "des" | "du") {
        let article = words
            .get(kept + 1)
            .is_some_and(|word| matches!(lowered(word).as_str(), "the" | "these" | "our"));
        kept + 2 + usize::from(article)
    } else {
        return kept;
    };
    let end = end.min(words.len());
    if fits_in_characters(&words[..end]) {
        end
    } else {
        kept
    }
}
