//! An answer typed as its sides on one line: "Pros: drones cover long
//! green border cheaply / Cons: aviation rules, battery life", "Benefit:
//! e-gates speed up passenger flow / Risk: spoofing". Each side is a
//! sentence of its own, as on two lines, and a side that says nothing
//! ("Pros: - / Cons: …", "Pros: none for us really / …") goes, so that
//! the answer is named and stated by what it does say.

use super::opening::is_a_label;
use crate::themes::features::points_elsewhere;

/// The most words of a side's label before its colon: "Risk otherwise:".
const SIDE_LABEL_WORDS: usize = 2;

/// What a side that says nothing says, in lower case: "Pros: none for us
/// really", "Inconvénients : aucun".
const NOTHING: [&str; 8] = [
    "none", "nothing", "nil", "n/a", "rien", "aucun", "aucune", "néant",
];

/// Words that say no more after [`NOTHING`], in lower case: "none for us
/// really", "rien pour l'instant".
const FILLERS: [&str; 18] = [
    "for",
    "us",
    "really",
    "so",
    "far",
    "yet",
    "at",
    "all",
    "pour",
    "nous",
    "vraiment",
    "l'instant",
    "le",
    "moment",
    "à",
    "ce",
    "jour",
    "encore",
];

/// `text` with its sides on lines of their own, without a side that says
/// nothing, or `None` when it has no second side: a slash between spaces
/// opens one when a label and a colon follow it ("/ Cons:", "/ Risk
/// otherwise:"). "Port of Rotterdam / Hamburg: sensors" and "AI / analytics"
/// are no sides.
pub(super) fn with_sides_apart(text: &str) -> Option<String> {
    // "Pros / cons: faster clearance vs. cost" has one side, headed by
    // two labels.
    if !text.contains(" / ") || text.contains('\n') || !opens_a_side(text) {
        return None;
    }
    let mut sides: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(" / ") {
        if at >= start && opens_a_side(&text[at + 3..]) {
            sides.push(text[start..at].trim());
            start = at + 3;
        }
    }
    if sides.is_empty() {
        return None;
    }
    sides.push(text[start..].trim());
    let said: Vec<&str> = sides
        .iter()
        .copied()
        .filter(|side| !says_nothing(side))
        .collect();
    let kept = if said.is_empty() { sides } else { said };
    // Read aloud, the lines run on as one text: each side ends as a
    // sentence ("Donor funding for LDCs. Risk otherwise: …").
    let ended: Vec<String> = kept
        .iter()
        .map(|side| {
            if side.ends_with(['.', '!', '?', ';', ':']) {
                (*side).to_owned()
            } else {
                format!("{side}.")
            }
        })
        .collect();
    Some(ended.join("\n"))
}

/// Whether `text` opens with a side's label and its colon: "Cons:",
/// "Risk otherwise:", "Con:".
fn opens_a_side(text: &str) -> bool {
    let Some(colon) = text.find(':') else {
        return false;
    };
    let label = &text[..colon];
    let words = label.split_whitespace().count();
    (1..=SIDE_LABEL_WORDS).contains(&words)
        && (is_a_label(label) || is_a_label(label.split_whitespace().next().unwrap_or_default()))
}

/// Whether a side says nothing past its label: "Pros: -", "Pros: none for
/// us really", "Inconvénients : aucun", "Cons: see above". "Cons: none of
/// our staff are trained" and "Cons: - battery - rules" say something.
fn says_nothing(side: &str) -> bool {
    let Some(colon) = side.find(':') else {
        return false;
    };
    let said = side[colon + 1..].trim();
    if !said.contains(char::is_alphanumeric) || points_elsewhere(said) {
        return true;
    }
    let words: Vec<String> = said
        .split_whitespace()
        .map(|word| word.trim_end_matches([',', '.', ';', '!']).to_lowercase())
        .collect();
    NOTHING.contains(&words[0].as_str())
        && words[1..]
            .iter()
            .all(|word| FILLERS.contains(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::with_sides_apart;

    #[test]
    fn each_side_is_a_sentence_and_an_empty_side_goes() {
        for (typed, read) in [
            (
                "Pros: drones cover long green border cheaply / Cons: aviation rules, battery life",
                "Pros: drones cover long green border cheaply.\nCons: aviation rules, battery life.",
            ),
            (
                "Rec: human in the loop for all AI decisions / Risk otherwise: discrimination, appeals",
                "Rec: human in the loop for all AI decisions.\nRisk otherwise: discrimination, appeals.",
            ),
            (
                "Pros: - / Cons: criminals adopt tech faster than us",
                "Cons: criminals adopt tech faster than us.",
            ),
            (
                "Pros: none for us really / Cons: 3D printing = goods cross as files",
                "Cons: 3D printing = goods cross as files.",
            ),
            (
                "Avantages : dédouanement plus rapide / Inconvénients : aucun",
                "Avantages : dédouanement plus rapide.",
            ),
            // A side that opens with "aucune" or a dash may say something.
            (
                "Avantages : gain de temps / Inconvénients : aucune base légale pour les drones",
                "Avantages : gain de temps.\nInconvénients : aucune base légale pour les drones.",
            ),
            (
                "Pros: cheap / Cons: - battery - rules",
                "Pros: cheap.\nCons: - battery - rules.",
            ),
        ] {
            assert_eq!(with_sides_apart(typed).as_deref(), Some(read), "{typed}");
        }
    }

    #[test]
    fn a_slash_between_words_of_one_side_stays() {
        for typed in [
            "Port of Rotterdam / Hamburg: sensors everywhere",
            "Pros / cons: faster clearance vs. cost",
            "Blockchain / Use case: certificates of origin",
            "Rec: recruit data scientists for AI / analytics",
            "Risque : fraude / contrebande",
        ] {
            assert_eq!(with_sides_apart(typed), None, "{typed}");
        }
    }
}
