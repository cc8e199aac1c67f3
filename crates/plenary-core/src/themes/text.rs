//! Words of an answer, the way theme suggestion compares them: split on
//! Unicode word boundaries, French elisions and English possessives taken
//! off, stop words known, stems and accent-free forms computed for English
//! and French.

use std::collections::HashSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::session::Language;

/// French articles and pronouns that lose their vowel before another word:
/// "l'organisation", "d'origine", "qu'il".
pub(crate) const ELISIONS: [&str; 13] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
static FRENCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));

static STOP_EN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| stop_words::get("en").iter().copied().collect());
static STOP_FR: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    stop_words::get("fr")
        .iter()
        .copied()
        // Forms the list leaves out: elided words are split off before this.
        .chain(["les", "des", "aux", "du", "au", "une", "un", "cette", "ces"])
        .chain(["leur", "leurs", "plus", "comme", "tout", "tous", "toutes"])
        .collect()
});

/// The lower-case words of `text`, in order, with French elisions ("l'", "d'")
/// and English possessives ("'s") taken off. Single letters are kept, since
/// a glossary phrase may hold them ("e-seal").
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in text.unicode_words() {
        let lower = word.to_lowercase();
        let parts: Vec<&str> = lower
            .split(['\'', '’'])
            .filter(|part| !part.is_empty())
            .collect();
        let Some((&last, _)) = parts.split_last() else {
            continue;
        };
        for (index, part) in parts.iter().enumerate() {
            let elided = index + 1 < parts.len() && ELISIONS.contains(part);
            let possessive = index > 0 && part == &last && *part == "s";
            if !elided && !possessive {
                words.push((*part).to_owned());
            }
        }
    }
    words
}

/// True when `word` (lower case) is a stop word in `language`.
pub fn is_stop_word(word: &str, language: Language) -> bool {
    match language {
        Language::English => STOP_EN.contains(word),
        Language::French => STOP_FR.contains(word),
    }
}

/// Letters with accents that French words have and English words rarely
/// do.
const FRENCH_ACCENTS: [char; 13] = [
    'é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'û', 'ô', 'î', 'ï', 'ë', 'œ',
];

/// The language [`told_language`] finds in `words`, else `fallback`.
pub fn detect_language(words: &[String], fallback: Language) -> Language {
    told_language(words).unwrap_or(fallback)
}

/// Stop words of one language that are typed, lower-cased, like a
/// common word of the other: "ai" (French "j'ai", English "AI"), "eu"
/// (French "eu", "the EU"). They tell no language.
const TWO_WAY: [&str; 2] = ["ai", "eu"];

/// Latin phrases both languages write as they are ("de minimis parcels",
/// "contrôle a posteriori"), whose first word is a stop word of one of
/// them: they tell no language.
const LATIN: [[&str; 2]; 7] = [
    ["de", "minimis"],
    ["de", "facto"],
    ["de", "jure"],
    ["a", "priori"],
    ["a", "posteriori"],
    ["a", "fortiori"],
    ["in", "situ"],
];

/// Whether `words[at]` opens one of the [`LATIN`] phrases.
fn opens_latin(words: &[String], at: usize) -> bool {
    words
        .get(at + 1)
        .is_some_and(|next| LATIN.contains(&[words[at].as_str(), next.as_str()]))
}

/// The language most of `words` are stop words of, if they tell; on a tie
/// (a short answer often has no stop word), French when a word has a
/// French accent ("Scellés électroniques GPS"): English words rarely do.
/// Stop words that are typed alike in both ([`TWO_WAY`]) or open a Latin
/// phrase ([`LATIN`]) tell nothing.
pub fn told_language(words: &[String]) -> Option<Language> {
    let telling = || {
        words
            .iter()
            .enumerate()
            .filter(|&(at, w)| !TWO_WAY.contains(&w.as_str()) && !opens_latin(words, at))
            .map(|(_, w)| w)
    };
    let english = telling()
        .filter(|w| is_stop_word(w, Language::English))
        .count();
    let french = telling()
        .filter(|w| is_stop_word(w, Language::French))
        .count();
    match english.cmp(&french) {
        std::cmp::Ordering::Greater => Some(Language::English),
        std::cmp::Ordering::Less => Some(Language::French),
        std::cmp::Ordering::Equal => words
            .iter()
            .any(|word| word.contains(FRENCH_ACCENTS))
            .then_some(Language::French),
    }
}

/// The words of an answer in `language` that were typed only in clauses
/// telling the other language, when it mixes them: "passagers" in
/// "Analyse API/PNR pour les passagers a risque - using it since 2015 at
/// the main airport", an English answer. Clauses end at a sentence or
/// clause mark, a bracket, a line break, a dash or a spaced hyphen.
/// Sorted; empty for an answer in one language, told by having no stop
/// word of only the other one among `its_words`.
pub fn typed_in_other_language(
    text: &str,
    its_words: &[String],
    language: Language,
) -> Vec<String> {
    let other = language.other();
    let only_other = |word: &String| {
        !TWO_WAY.contains(&word.as_str())
            && is_stop_word(word, other)
            && !is_stop_word(word, language)
    };
    if !its_words.iter().any(only_other) {
        return Vec::new();
    }
    let mut otherwise: Vec<String> = Vec::new();
    let mut own: HashSet<String> = HashSet::new();
    for clause in text
        .split(['.', ',', ';', ':', '!', '?', '(', ')', '\n', '–', '—'])
        .flat_map(|clause| clause.split(" - "))
    {
        let clause = words(clause);
        if told_language(&clause) == Some(other) {
            otherwise.extend(clause);
        } else {
            own.extend(clause);
        }
    }
    otherwise.sort_unstable();
    otherwise.dedup();
    otherwise.retain(|word| !own.contains(word));
    otherwise
}

/// The stem of a lower-case word in `language`, without accents, so that the
/// French and English stems of cognates often meet ("biométrie", "biometrics"
/// → "biometr"), and a French word typed without its accents meets the word
/// typed with them ("donnees", "données" → "don").
pub fn stem(word: &str, language: Language) -> String {
    match language {
        Language::English => fold(&ENGLISH.stem(word)),
        Language::French => fold(&FRENCH.stem(&with_french_ending(word))),
    }
}

/// Endings a French word typed without accents most often lost them from,
/// and the endings the French stemmer knows: "securite" is "sécurité",
/// "donnees" "données", "frontieres" "frontières". A word spelled so
/// without an accent ("limite", "visite") has the same stem either way.
const FRENCH_ENDINGS: [(&str, &str); 6] = [
    ("ites", "ités"),
    ("ite", "ité"),
    ("ees", "ées"),
    ("ee", "ée"),
    ("ieres", "ières"),
    ("iere", "ière"),
];

/// `word` with the accent of its ending put back when it has none at all
/// and is long enough to be more than its ending ("free", "sees" stay).
fn with_french_ending(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() && word.len() > 4 {
        for (typed, accented) in FRENCH_ENDINGS {
            if let Some(start) = word.strip_suffix(typed) {
                return format!("{start}{accented}").into();
            }
        }
    }
    word.into()
}

/// Whether lower-case `word` is one of the lower-case `listed` words, as
/// typed or, typed without accents, as [`fold`] leaves one: "deja" is
/// "déjà", but "élèves" (pupils) is not "élevés" (high).
pub fn is_one_of<'l>(word: &str, listed: impl IntoIterator<Item = &'l str>) -> bool {
    let unaccented = word.is_ascii();
    listed
        .into_iter()
        .any(|one| one == word || unaccented && !one.is_ascii() && fold(one) == word)
}

/// Whether `word`, as typed, is capitalised and no acronym: each part
/// between hyphens a capital and lower-case letters ("Santos",
/// "Tema-Paga"; not "EU", "AEOs", "X-ray").
pub(crate) fn capitalised(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.chars().count() > 1
        && word.split('-').all(|part| {
            let mut letters = part.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
        })
}

/// `word` in lower case, with typographic apostrophes made straight
/// ("l’échange" reads as "l'échange"), as the word lists spell them.
pub(crate) fn lowered(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// `text` without its web addresses (`https://www.wcoomd.org/…/future-of-customs.aspx`,
/// `www.example.org`): the words of a link's path ("facilitation",
/// "programmes", "future") are no words of the group's, and would explain
/// a theme by concepts it never raised. The spaces, brackets and commas
/// around them stay.
pub(crate) fn without_web_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    let is_address = |word: &str| {
        let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        bare.contains("://")
            || bare
                .get(..4)
                .is_some_and(|start| start.eq_ignore_ascii_case("www."))
    };
    if !text.split_whitespace().any(is_address) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut kept = String::with_capacity(text.len());
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        if is_address(word) {
            // The brackets and the comma around it stay: "(e.g. http://…),".
            let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
            let link = bare.trim_end_matches([')', ']', ',', ';']);
            kept.push_str(&word[..word.len() - bare.len()]);
            kept.push_str(&bare[link.len()..]);
            kept.push_str(&piece[word.len()..]);
        } else {
            kept.push_str(piece);
        }
    }
    std::borrow::Cow::Owned(kept)
}

/// `text` without accents or ligatures, for comparing across languages and
/// typing habits ("réalité" and "realite" are the same word).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => folded.push('a'),
            'ç' => folded.push('c'),
            'é' | 'è' | 'ê' | 'ë' => folded.push('e'),
            'î' | 'ï' | 'í' | 'ì' => folded.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => folded.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => folded.push('u'),
            'ÿ' => folded.push('y'),
            'ñ' => folded.push('n'),
            'œ' => folded.push_str("oe"),
            'æ' => folded.push_str("ae"),
            _ => folded.push(c),
        }
    }
    folded
}

/// The words of `text` that carry meaning, stemmed in the text's language
/// (else `fallback`): what a plain TF-IDF comparison counts.
pub fn content_stems(text: &str, fallback: Language) -> Vec<String> {
    let words = words(text);
    let language = detect_language(&words, fallback);
    stems_of_content(&words, language)
}

/// The stems of those of `words` that carry meaning, read as `language`.
pub(crate) fn stems_of_content(words: &[String], language: Language) -> Vec<String> {
    words
        .iter()
        .filter(|word| is_content_word(word, language))
        .map(|word| stem(word, language))
        .collect()
}

/// Neither a stop word of `language` nor a single character.
pub fn is_content_word(word: &str, language: Language) -> bool {
    word.chars().nth(1).is_some() && !is_stop_word(word, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_address_is_no_words() {
        assert_eq!(
            without_web_addresses(
                "Partager les expériences – cf. https://www.wcoomd.org/fr/topics/facilitation.aspx et (WWW.EXAMPLE.ORG/programmes) ici"
            ),
            "Partager les expériences – cf.  et () ici"
        );
        // "Customs 4.0", "e-www", an e-mail: no addresses.
        let plain = "Customs 4.0 and e-www, write to secretariat@wcoomd.org";
        assert!(matches!(
            without_web_addresses(plain),
            std::borrow::Cow::Borrowed(text) if text == plain
        ));
    }

    #[test]
    fn french_elisions_come_off() {
        assert_eq!(
            words("L'organisation d'origine, jusqu'à l’État"),
            ["organisation", "origine", "à", "état"]
        );
    }

    #[test]
    fn english_possessives_come_off_and_hyphens_split() {
        assert_eq!(
            words("The officer's e-seal, cross-border"),
            ["the", "officer", "e", "seal", "cross", "border"]
        );
    }

    #[test]
    fn stop_words_in_both_languages() {
        assert!(is_stop_word("the", Language::English));
        assert!(is_stop_word("les", Language::French));
        assert!(is_stop_word("de", Language::French));
        assert!(!is_stop_word("douane", Language::French));
        assert!(!is_stop_word("goods", Language::English));
    }

    #[test]
    fn the_language_of_an_answer_comes_from_its_stop_words() {
        let french = words("Les drones pour la surveillance des frontières");
        assert_eq!(
            detect_language(&french, Language::English),
            Language::French
        );
        let english = words("Drones watch the border at night");
        assert_eq!(
            detect_language(&english, Language::French),
            Language::English
        );
        assert_eq!(
            detect_language(&words("Blockchain"), Language::French),
            Language::French
        );
        assert_eq!(told_language(&words("Blockchain")), None);
        assert_eq!(
            told_language(&words("Scellés électroniques GPS")),
            Some(Language::French),
            "with no stop word, an accent tells French"
        );
        assert_eq!(
            told_language(&words("Reskill people whose tasks get automated")),
            None
        );
        assert_eq!(
            told_language(&words("AI model scores every declaration")),
            None,
            "\"AI\" is no French \"ai\""
        );
        assert_eq!(
            told_language(&words("need funding - CDB, IDB, EU")),
            None,
            "nor \"EU\" a French \"eu\""
        );
        assert_eq!(
            told_language(&words("Contrôle a posteriori renforcé")),
            Some(Language::French),
            "\"a posteriori\" is Latin, not an English \"a\""
        );
        assert_eq!(
            told_language(&words("E-com: de minimis parcels")),
            None,
            "nor is \"de minimis\" a French \"de\""
        );
    }

    #[test]
    fn stems_meet_across_inflections_accents_and_cognates() {
        assert_eq!(
            stem("inspections", Language::English),
            stem("inspection", Language::English)
        );
        assert_eq!(
            stem("douanières", Language::French),
            stem("douanier", Language::French)
        );
        assert_eq!(
            stem("biométrie", Language::French),
            stem("biometrics", Language::English)
        );
        assert_eq!(
            stem("réalité", Language::French),
            stem("realite", Language::French)
        );
    }

    #[test]
    fn a_french_word_typed_without_accents_has_the_stem_of_the_accented_one() {
        for (typed, accented) in [
            ("securite", "sécurité"),
            ("donnees", "données"),
            ("frontieres", "frontières"),
            ("continuite", "continuité"),
            ("limitee", "limitée"),
        ] {
            assert_eq!(
                stem(typed, Language::French),
                stem(accented, Language::French),
                "{typed}"
            );
        }
        // Words spelled so without an accent keep their stem.
        assert_eq!(stem("limite", Language::French), "limit");
    }

    #[test]
    fn content_stems_drop_stop_words_and_stem_in_the_detected_language() {
        assert_eq!(
            content_stems(
                "Les agents de l'administration des douanes",
                Language::English
            ),
            ["agent", "administr", "douan"]
        );
    }

    #[test]
    fn odd_text_is_harmless() {
        assert!(words("").is_empty());
        assert!(words("''' ’ -- !!").is_empty());
        assert_eq!(words("海关 🛃 الجمارك"), ["海", "关", "الجمارك"]);
    }

    #[test]
    fn a_clause_in_the_other_language_is_told_apart() {
        let other =
            |answer: &str, language| typed_in_other_language(answer, &words(answer), language);
        let mixed = "Analyse API/PNR pour les passagers a risque - using it since 2015 \
                     at the main airport with the border police";
        let french = other(mixed, Language::English);
        assert!(french.contains(&"passagers".to_owned()), "{french:?}");
        assert!(!french.contains(&"airport".to_owned()), "{french:?}");
        // "API" and "PNR" are in one clause only, the French one.
        assert!(french.contains(&"api".to_owned()), "{french:?}");
        let english = other(
            "Portiques PARAFE aux aéroports. We use them since 2015",
            Language::French,
        );
        assert!(english.contains(&"since".to_owned()), "{english:?}");
        assert!(!english.contains(&"portiques".to_owned()), "{english:?}");
        // A word in clauses of both languages is the answer's.
        let both = other(
            "Data des passagers; data of the travellers",
            Language::French,
        );
        assert!(!both.contains(&"data".to_owned()), "{both:?}");
        for one in [
            "Faster clearance at the border, fewer manual checks",
            "E-gates at the airport: a passenger crosses in 15 seconds",
        ] {
            assert!(other(one, Language::English).is_empty(), "{one}");
        }
    }
}
