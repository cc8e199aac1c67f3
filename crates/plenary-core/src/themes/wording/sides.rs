//! An answer typed as its sides on one line: "Pros: drones cover long
//! green border cheaply / Cons: aviation rules, battery life", "Benefit:
//! e-gates speed up passenger flow / Risk: spoofing". Each side is a
//! sentence of its own, as on two lines, and a side that says nothing
//! ("Pros: - / Cons: …", "Pros: none for us really / …") goes, so that
//! the answer is named and stated by what it does say.

use super::opening::is_a_label;

/// The most words of a side's label before its colon: "Risk otherwise:".
const SIDE_LABEL_WORDS: usize = 2;

/// What a side that says nothing opens with, in lower case.
const NOTHING: [&str; 12] = [
    "-", "--", "none", "nothing", "nil", "n/a", "na", "rien", "aucun", "aucune", "néant", "?",
];

/// `text` with its sides on lines of their own, without a side that says
/// nothing, or `None` when it has no second side: a slash between spaces
/// opens one when a label and a colon follow it ("/ Cons:", "/ Risk
/// otherwise:"). "Port of Rotterdam / Hamburg: sensors" and "AI / analytics"
/// are no sides.
pub(super) fn with_sides_apart(text: &str) -> Option<String> {
    if !text.contains(" / ") || text.contains('\n') {
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
    Some(kept.join("\n"))
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
/// us really", "Inconvénients : aucun".
fn says_nothing(side: &str) -> bool {
    let Some(colon) = side.find(':') else {
        return false;
    };
    let said = side[colon + 1..].trim();
    let first = said
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', '.', ';'])
        .to_lowercase();
    said.is_empty() || NOTHING.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::with_sides_apart;

    #[test]
    fn each_side_is_a_sentence_and_an_empty_side_goes() {
        for (typed, read) in [
            (
                "Pros: drones cover long green border cheaply / Cons: aviation rules, battery life",
                "Pros: drones cover long green border cheaply\nCons: aviation rules, battery life",
            ),
            (
                "Rec: human in the loop for all AI decisions / Risk otherwise: discrimination, appeals",
                "Rec: human in the loop for all AI decisions\nRisk otherwise: discrimination, appeals",
            ),
            (
                "Pros: - / Cons: criminals adopt tech faster than us",
                "Cons: criminals adopt tech faster than us",
            ),
            (
                "Pros: none for us really / Cons: 3D printing = goods cross as files",
                "Cons: 3D printing = goods cross as files",
            ),
            (
                "Avantages : dédouanement plus rapide / Inconvénients : aucun",
                "Avantages : dédouanement plus rapide",
            ),
        ] {
            assert_eq!(with_sides_apart(typed).as_deref(), Some(read), "{typed}");
        }
    }

    #[test]
    fn a_slash_between_words_of_one_side_stays() {
        for typed in [
            "Port of Rotterdam / Hamburg: sensors everywhere",
            "Rec: recruit data scientists for AI / analytics",
            "Risque : fraude / contrebande",
        ] {
            assert_eq!(with_sides_apart(typed), None, "{typed}");
        }
    }
}
