//! Haitian Creole (Kreyòl) a French answer mixes in: "Nou pa gen vrai AI
//! encore, mais le système compare …", "La machine propose, men se ajan
//! an ki deside". A committee's French document says it in French; a
//! theme is named and stated by such an answer only when all its answers
//! mix Kreyòl in, as by an answer with a learner's slip.

/// Kreyòl words no French word is spelt as, in lower case: one is enough
/// ("Scanner yo à Port-au-Prince", "moins de lajan anba tab").
const SURELY_CREOLE: [&str; 14] = [
    "nou", "gen", "yo", "lajan", "bezwen", "kouran", "pèsonn", "dèyè", "sistèm", "ajan", "deside",
    "konnen", "moun", "bagay",
];

/// Short Kreyòl words that may be typed for another word ("pa" for
/// "pas", "li" in an abbreviation, "men" in English), in lower case: two
/// of them are needed, or one with a word of [`SURELY_CREOLE`].
const MAYBE_CREOLE: [&str; 10] = [
    "pa", "ki", "li", "nan", "ak", "pou", "men", "fè", "tande", "mache",
];

/// Whether `text` mixes Kreyòl words in: one of [`SURELY_CREOLE`], or two
/// different words of [`SURELY_CREOLE`] and [`MAYBE_CREOLE`].
pub(crate) fn mixes_in_creole(text: &str) -> bool {
    let mut maybe: Option<String> = None;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > "pèsonn".len() {
            continue;
        }
        let lower = word.to_lowercase();
        if SURELY_CREOLE.contains(&lower.as_str()) {
            return true;
        }
        if MAYBE_CREOLE.contains(&lower.as_str()) {
            match &maybe {
                Some(seen) if *seen != lower => return true,
                _ => maybe = Some(lower),
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::mixes_in_creole;

    #[test]
    fn kreyol_mixed_into_french_is_told() {
        for mixed in [
            "Nou pa gen vrai AI encore, mais le système compare les valeurs déclarées.",
            "Scanner yo à Port-au-Prince et à Malpasse : l'image est lue à la main.",
            "La machine propose, men se ajan an ki deside.",
            "Trop cher pour nous. Pa gen kouran 24h dans postes frontière.",
            "Approche CARICOM ensemble, pas chak île pou kont li.",
        ] {
            assert!(mixes_in_creole(mixed), "{mixed}");
        }
        for french in [
            "Nous n'avons pas encore de vraie IA, mais le système compare les valeurs.",
            "Les agents de la DGD utilisent des scanners à Dakar.",
            "Le pays a un PA (plan d'action) pour la douane.",
            "Men and women officers are trained together.",
        ] {
            assert!(!mixes_in_creole(french), "{french}");
        }
    }
}
