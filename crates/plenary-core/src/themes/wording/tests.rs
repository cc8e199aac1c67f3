//! Names and statements from answers as groups type them, in English and
//! in French, and the laws any text keeps.

use super::*;

/// What `text` says beyond `said`: [`after_saying`], else all it says
/// without a list item's mark or a label heading it.
fn beyond<'t>(text: &'t str, said: &str) -> &'t str {
    after_saying(text, said).unwrap_or_else(|| stated(text))
}

/// Words and marks that trip naming up, for texts made of them.
const TRICKY: [&str; 44] = [
    "1)",
    "2)",
    "a.",
    "b.",
    "unit@wco.org",
    "(focal@wco.org)",
    "👍",
    "Zaventem",
    "must",
    "to",
    "Risque",
    ":",
    " : ",
    "—",
    ",",
    ".",
    "e.g.",
    "No.",
    "M.",
    "B.",
    "but",
    "mais",
    "qui",
    "that",
    "Dans",
    "In",
    "our",
    "les",
    "données",
    "l’entrée",
    "qu'il",
    "drones",
    "border",
    "and",
    "et",
    "(",
    "?",
    "\n",
    "🛃",
    ")",
    " - ",
    "ß",
    "élévé",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

proptest::proptest! {
    /// Whatever a group types, naming and stating it never panics, a
    /// name says something in at most [`LONGEST_WHOLE_NAME`] characters, and a
    /// statement ends like a sentence.
    #[test]
    fn any_text_names_and_states_within_bounds(
        picks in proptest::collection::vec(0usize..TRICKY.len(), 0..30),
        spaced in proptest::collection::vec(proptest::bool::ANY, 30),
        typed in "\\PC{0,80}",
        french in proptest::bool::ANY,
    ) {
        let mut text = String::new();
        for (at, pick) in picks.iter().enumerate() {
            text.push_str(TRICKY[*pick]);
            if spaced[at] {
                text.push(' ');
            }
        }
        for text in [text, typed] {
            let language = if french { Language::French } else { Language::English };
            if let Some(name) = name(&text, language) {
                proptest::prop_assert!(!name.trim().is_empty(), "{text:?}");
                proptest::prop_assert!(
                    name.chars().count() <= LONGEST_WHOLE_NAME,
                    "{text:?} gives {name:?}"
                );
            }
            let said = statement(&text);
            proptest::prop_assert!(
                said.is_empty() || said.ends_with(['.', '!', '?', '…']),
                "{text:?} gives {said:?}"
            );
            let _ = aloud(&text);
            let rest = beyond(&text, &said);
            proptest::prop_assert!(text.contains(rest), "{text:?} beyond {said:?}: {rest:?}");
        }
    }
}

#[test]
fn an_answer_is_read_beyond_the_statement_it_opens_with() {
    let typed = "Work with private sector and start-ups, they are ahead of us. Co-create solutions";
    let statement = statement(typed);
    assert_eq!(beyond(typed, &statement), "Co-create solutions");
    assert_eq!(
        beyond("pilot before  buying", "Pilot before buying."),
        "",
        "a statement made of the whole answer leaves nothing"
    );
    assert_eq!(
        beyond("Pilot before buying\nShare results", "Pilot before buying."),
        "Share results",
        "a line break ends a sentence"
    );
    assert_eq!(
        beyond(
            "Pilot first. Then buy. Then share.",
            "Pilot first. Then buy."
        ),
        "Then share.",
        "a statement of two sentences"
    );
    for typed in ["- Pilot before buying", "• Pilot before buying"] {
        assert_eq!(beyond(typed, &super::statement(typed)), "", "{typed:?}");
    }
    let numbered = "1. Train staff. Then buy";
    assert_eq!(beyond(numbered, &super::statement(numbered)), "Then buy");
    for (text, said) in [
        (typed, "Work with start-ups."),
        (
            "Pilot blockchain for CoO with two partners",
            "Pilot blockchain for CoO",
        ),
        (
            "Align our standards with the U.S. and EU",
            "Align our standards with the U.S.",
        ),
        ("Invest in AI etc. and in people", "Invest in AI etc."),
        ("Pilot", "Pilot before buying."),
        ("Pilot first", ""),
    ] {
        assert_eq!(
            beyond(text, said),
            text,
            "{said:?} is no sentence of {text:?}"
        );
    }
}

#[test]
fn a_statement_is_the_first_sentence_with_a_full_stop() {
    assert_eq!(
        statement("e-gates at main airports. Passengers clear in seconds"),
        "E-gates at main airports."
    );
    assert_eq!(
        statement("Faster release of goods, e.g. at ports"),
        "Faster release of goods, e.g. at ports."
    );
    assert_eq!(
        statement("Budgets insuffisants ; retour sur investissement incertain"),
        "Budgets insuffisants ; retour sur investissement incertain."
    );
    assert_eq!(
        statement("Set a date to go 100% paperless, e.g. 2025 for all declarations"),
        "Set a date to go 100% paperless, e.g. 2025 for all declarations.",
        "an abbreviation ends no sentence, whatever follows it"
    );
    assert_eq!(
        statement("Partager les données avec les pays voisins (p. ex. Maroc). Puis élargir"),
        "Partager les données avec les pays voisins (p. ex. Maroc)."
    );
    assert_eq!(
        statement("Pilot led by M. Dupont at Le Havre. Results in June"),
        "Pilot led by M. Dupont at Le Havre."
    );
    assert_eq!(
        statement("As in Recommendation No. 3 and Art. 5. Then scale"),
        "As in Recommendation No. 3 and Art. 5."
    );
    assert_eq!(
        statement("Keep paper forms as plan B. Systems go down in the rainy season"),
        "Keep paper forms as plan B.",
        "a capital letter alone ends a sentence"
    );
    assert_eq!(statement("Not ready, no. Costs too high"), "Not ready, no.");
    assert_eq!(statement("Who pays?\nNobody knows"), "Who pays?");
    assert_eq!(statement("   "), "");
    assert_eq!(
        statement("Recommendation: legal basis first - IoT data must be admissible in court"),
        "Legal basis first - IoT data must be admissible in court."
    );
    assert_eq!(
        statement("Risque : livraison de colis par drone. Hors de tout contrôle"),
        "Livraison de colis par drone."
    );
    assert_eq!(
        statement("3D printing: the product crosses the border as a file"),
        "3D printing: the product crosses the border as a file.",
        "a topic is no label"
    );
    assert_eq!(statement("Risk:"), "Risk.", "nothing after the label");
    let labelled = "Recommandation : former les agents. Puis recruter";
    assert_eq!(beyond(labelled, &statement(labelled)), "Puis recruter");
}

/// A bilingual group types the same phrase in both languages either side
/// of a slash; a name says it in the session's language only (the
/// eleventh set).
#[test]
fn a_name_of_a_phrase_typed_in_both_languages_says_it_in_one() {
    let both = "Renforcement des capacités / capacity building of staff on AI and blockchain";
    assert_eq!(
        name(both, Language::French).as_deref(),
        Some("Renforcement des capacités")
    );
    assert_eq!(
        name(both, Language::English).as_deref(),
        Some("Capacity building of staff on AI and blockchain")
    );
    let both = "Reduce clearance time / moins d'attente aux frontières";
    assert_eq!(
        name(both, Language::English).as_deref(),
        Some("Reduce clearance time")
    );
    assert_eq!(
        name(both, Language::French).as_deref(),
        Some("Moins d'attente aux frontières")
    );
    // A slash between words of one language is part of the phrase.
    assert_eq!(
        name(
            "Pilots / proofs of concept before any roll-out",
            Language::English
        )
        .as_deref(),
        Some("Pilots / proofs of concept before any roll-out")
    );
}

/// A list typed on one line is named by its first item; a mark between
/// words is no word of a name's count (the eleventh set).
#[test]
fn a_list_typed_on_one_line_is_named_by_its_first_item() {
    let listed = "WCO: 1) compendium of Members practices 2) guidance on IoT/blockchain/AI 3) keep the topic on the PTC agenda";
    assert_eq!(
        name(listed, Language::English).as_deref(),
        Some("WCO: compendium of Members practices")
    );
    assert_eq!(
        name(
            "1) former les agents 2) recruter des data scientists 3) budget",
            Language::French
        )
        .as_deref(),
        Some("Former les agents")
    );
    assert_eq!(
        name(
            "WCO Data Model to be extended to sensor / IoT data",
            Language::English
        )
        .as_deref(),
        Some("WCO Data Model to be extended to sensor / IoT data")
    );
    // Nor of the eight a cut name may keep.
    assert_eq!(
        name(
            "Risque de discrimination / biais des algorithmes de profilage des voyageurs",
            Language::French
        )
        .as_deref(),
        Some("Risque de discrimination / biais des algorithmes de profilage")
    );
}

/// A topic before an arrow heads what the arrow leads to, as before a
/// colon (the eleventh set's "3D printing").
#[test]
fn a_topic_before_an_arrow_heads_what_follows() {
    assert_eq!(
        name(
            "3D printing -> control shifts from the good to the design file; what is the origin of a part?",
            Language::English
        )
        .as_deref(),
        Some("3D printing: control shifts from the good to the design file")
    );
    assert_eq!(
        name("Pilot -> evaluate -> roll out", Language::English).as_deref(),
        Some("Pilot -> evaluate -> roll out")
    );
    // What follows says too little to name: the answer as typed.
    assert_eq!(
        name("Blockchain -> traceability", Language::English).as_deref(),
        Some("Blockchain -> traceability")
    );
}

/// Names the eighteen sets had cut inside a pair: "Des robots pour
/// fouiller les véhicules | et les conteneurs à la place des agents".
#[test]
fn a_cut_name_takes_in_the_second_half_of_its_pair() {
    for (answer, language, named) in [
        (
            "Des robots pour fouiller les véhicules et les conteneurs à la place des agents.",
            Language::French,
            "Des robots pour fouiller les véhicules et les conteneurs",
        ),
        (
            "Drones for survelliance of the green border and remote areas where we have no patrols.",
            Language::English,
            "Drones for survelliance of the green border and remote areas",
        ),
        (
            "Joint training sessions for frontline customs officers and IT staff at the regional academy",
            Language::English,
            "Joint training sessions for frontline customs officers and IT staff",
        ),
        (
            "Analyse des réseaux sociaux et des sites de vente en ligne pour repérer les vendeurs de contrefaçons",
            Language::French,
            "Analyse des réseaux sociaux et des sites de vente en ligne",
        ),
        (
            "Travailler avec le secteur privé et les start-up locales plutôt que d'acheter à l'étranger des solutions clés en main.",
            Language::French,
            "Travailler avec le secteur privé et les start-up locales",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (answer, language, named, why) in [
        (
            "Les agents sont libérés des tâches répétitives et se concentrent sur les contrôles à risque.",
            Language::French,
            "Les agents sont libérés des tâches répétitives",
            "a pronoun opens a clause of its own",
        ),
        (
            "Flow meters/sensors in breweries and fuel depots send volumes straight to customs -> excise collected on real production",
            Language::English,
            "Flow meters/sensors in breweries",
            "the second half would end on a word that hangs",
        ),
        (
            "Encadrer juridiquement la collecte et la conservation des empreintes biométriques dans les aéroports du pays.",
            Language::French,
            "Encadrer juridiquement la collecte",
            "the whole pair is too long for a name",
        ),
        (
            "Training and equipment for officers at land borders and seaports, airports and inland depots",
            Language::English,
            "Training and equipment for officers at land borders",
            "a name cut from a longer phrase says \"and\" once, wherever its cut ends",
        ),
        (
            "Logiciel qui lit les clichés du scanner et repère cigarettes ou armes cachées dans le fret.",
            Language::French,
            "Logiciel qui lit les clichés du scanner",
            "a second half does not end before another pair",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{why}");
    }
}

/// Names the eighteen sets had cut inside a complement: "Projet pilote
/// blockchain pour l'échange | des certificats d'origine".
#[test]
fn a_cut_name_takes_in_the_complement_it_cut() {
    for (answer, language, named) in [
        (
            "Faster release: average clearance time down from 3 days to 4 hours after automation.",
            Language::English,
            "Faster release: average clearance time down from 3 days to 4 hours",
        ),
        (
            "La plupart de ces technos restent au stade de projet pilote chez nous.",
            Language::French,
            "La plupart de ces technos restent au stade de projet pilote",
        ),
        (
            "Projet pilote blockchain pour l'échange des certificats d'origine avec un partenaire ALE.",
            Language::French,
            "Projet pilote blockchain pour l'échange des certificats d'origine",
        ),
        (
            "Formation continue en analyse de risque pour les employés dans tous les postes frontaliers du pays",
            Language::French,
            "Formation continue en analyse de risque pour les employés",
        ),
        (
            "Machine learning pilots running in our risk engine since last year for the express and postal flows",
            Language::English,
            "Machine learning pilots running in our risk engine",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (answer, language, named, why) in [
        (
            "Fingerprint + face at the land border for frequent travellers enrolled in the programme, no queue",
            Language::English,
            "Fingerprint and face at the land border",
            "a participle waits for its own complement",
        ),
        (
            "Chaîne de blocs : traçabilité complète de la marchandise de l'usine jusqu'au consommateur, la douane y accède",
            Language::French,
            "Chaîne de blocs : traçabilité complète de la marchandise",
            "what runs from one place runs to another",
        ),
        (
            "Most of these technologies still at pilot stage in our administration and in the region",
            Language::English,
            "Most of these technologies still at pilot stage",
            "the group's own place says nothing of the theme",
        ),
        (
            "Authentification biométrique des agents pour se connecter au système de dédouanement : chacun sa carte",
            Language::French,
            "Authentification biométrique des agents",
            "a French infinitive without its complement",
        ),
        (
            "Automation of routine tasks frees officers to focus on the high-risk cases of the day and on audits",
            Language::English,
            "Automation of routine tasks frees officers",
            "an English infinitive alone",
        ),
        (
            "Automatic image recognition on scanner pictures to find cigarettes and weapons in containers.",
            Language::English,
            "Automatic image recognition on scanner pictures",
            "two plurals make a pair",
        ),
        (
            "Suivi électronique des marchandises en transit vers le Mali et le Burkina (balises GPS) – fin des escortes physiques",
            Language::French,
            "Suivi électronique des marchandises en transit",
            "the article the complement opened with opens its pair",
        ),
        (
            "Suivi électronique des marchandises en transit vers des pays tiers et des zones franches (balises GPS)",
            Language::French,
            "Suivi électronique des marchandises en transit",
            "so does a partitive",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{why}");
    }
}

/// The nineteenth set's "NEED LEGAL BASIS BEFORE ANY BLOCKCHAIN PROJECT"
/// and its recommendations framed as a need.
#[test]
fn a_name_is_a_heading_neither_shouted_nor_framed_as_a_need() {
    for (answer, language, named) in [
        (
            "NEED LEGAL BASIS BEFORE ANY BLOCKCHAIN PROJECT, OTHERWISE DOCUMENTS HAVE NO VALUE IN COURT",
            Language::English,
            "Need legal basis before any blockchain project",
        ),
        (
            "DO NOT BUY TECHNOLOGY FOR ITS OWN SAKE",
            Language::English,
            "Do not buy technology for its own sake",
        ),
        (
            "WCO AND AI: A LEGAL FRAMEWORK FIRST",
            Language::English,
            "WCO and AI: a legal framework first",
        ),
        (
            "Il faut adapter le code des douanes pour donner une valeur juridique aux documents dématérialisés.",
            Language::French,
            "Adapter le code des douanes pour donner une valeur juridique",
        ),
        (
            "We should be careful that automated risk decisions remain explainable.",
            Language::English,
            "Be careful that automated risk decisions remain explainable",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (answer, language) in [
        (
            "Il faut un cadre juridique clair avant de déployer",
            Language::French,
        ),
        ("We need our own analysts inside customs", Language::English),
        ("We should not buy before a pilot", Language::English),
        ("INFO DESK", Language::English),
    ] {
        assert_eq!(
            name(answer, language).as_deref(),
            Some(answer),
            "a need of a thing, a negation, two words in capitals"
        );
    }
}

/// The nineteenth set's "l'intelligence artificielle et la blockchain ne
/// sont pas encore utilisées", two characters too long for a name: cut
/// before its negation, it named the theme by what is not used.
#[test]
fn a_name_that_would_leave_out_its_negation_is_none() {
    assert_eq!(
        name(
            "Dans notre administration, l'intelligence artificielle et la blockchain ne sont pas encore utilisées.",
            Language::French
        ),
        None
    );
    assert_eq!(
        name(
            "Blockchain, drones and the other disruptive technologies are not used yet by our officers at the borders",
            Language::English
        ),
        None
    );
    assert_eq!(
        name("La blockchain ne sert à rien", Language::French).as_deref(),
        Some("La blockchain ne sert à rien"),
        "a phrase kept whole keeps its negation"
    );
    assert_eq!(
        name(
            "3D printing: goods cross the border as digital files not physical products -> loss of duty revenue",
            Language::English
        )
        .as_deref(),
        Some("3D printing: goods cross the border as digital files"),
        "a contrast negates no verb"
    );
}

/// The twenty-third set's "The bad guys use them too: cigarettes flown
/// over the border …" named its theme "The bad guys use": a verb whose
/// object, a pronoun, the name left out with the words after it said
/// it acts on nothing.
#[test]
fn a_name_keeps_its_verbs_object_pronoun() {
    assert_eq!(
        name(
            "The bad guys use them too: cigarettes flown over the Belarus-Lithuania border, drugs over the US-Mexico border.",
            Language::English
        )
        .as_deref(),
        Some("The bad guys use them")
    );
    assert_eq!(
        name(
            "Drones patrol the coast for us: thermal cameras at night along the river and the lake shore",
            Language::English
        )
        .as_deref(),
        Some("Drones patrol the coast for us"),
        "a pronoun after a preposition is no object, and a name whole keeps it"
    );
}

#[test]
fn a_cut_name_says_and_once() {
    assert_eq!(
        name(
            "WCO to collect and publish members' experiences and case studies of new technologies in customs",
            Language::English
        )
        .as_deref(),
        Some("WCO to collect and publish members' experiences")
    );
    assert_eq!(
        name(
            "WCO to collect and publish members' experiences and case studies",
            Language::English
        )
        .as_deref(),
        Some("WCO to collect and publish members' experiences and case studies"),
        "a phrase kept whole says both"
    );
    assert_eq!(
        name(
            "Former et recruter des analystes et des informaticiens pour les cellules de ciblage des bureaux",
            Language::French
        )
        .as_deref(),
        Some("Former et recruter des analystes")
    );
}

#[test]
fn a_name_is_the_opening_phrase_cut_before_a_joining_word() {
    let name = |text| name(text, Language::English);
    assert_eq!(
        name("E-gates with facial recognition at main airports, passengers clear in seconds")
            .as_deref(),
        Some("E-gates with facial recognition at main airports")
    );
    assert_eq!(
        name("Smugglers use small unmanned aircraft to ferry narcotics across the river at night")
            .as_deref(),
        Some("Smugglers use small unmanned aircraft to ferry narcotics")
    );
    assert_eq!(
        name("Machine learning models score incoming consignments so we select containers")
            .as_deref(),
        Some("Machine learning models score incoming consignments")
    );
    assert_eq!(
        name("Start with small proofs of concept before any big roll-out nationwide or regional")
            .as_deref(),
        Some("Start with small proofs of concept")
    );
    assert_eq!(
        name("Most of these technologies still at pilot stage in our administration and in the region").as_deref(),
        Some("Most of these technologies still at pilot stage")
    );
    assert_eq!(
        name("Bot handles routine trader enquiries so the helpdesk can deal with complex cases")
            .as_deref(),
        Some("Bot handles routine trader enquiries"),
        "a name ends where its first clause does"
    );
    assert_eq!(
        super::name(
            "Des conteneurs intelligents qui transmettent automatiquement leurs données à la douane",
            Language::French
        )
        .as_deref(),
        Some("Des conteneurs intelligents"),
        "a relative clause's cut may keep three words"
    );
    assert_eq!(
        name(
            "Governments should ensure that customs has a say before any new technology is procured",
        )
        .as_deref(),
        Some("Governments should ensure that customs has a say"),
        "three words before \"that\" wait for their object"
    );
    assert_eq!(
        name("Predictive models for workload so we put officers where the volume will be")
            .as_deref(),
        Some("Predictive models for workload")
    );
    assert_eq!(
        name("Staff moved from data entry to intelligence and investigation work in the regions")
            .as_deref(),
        Some("Staff moved from data entry to intelligence and investigation work"),
        "\"to\" joins nouns as often as it opens a clause"
    );
    assert_eq!(
        name(
            "The risk engine would flag so many consignments that nobody reads it any more at all"
        )
        .as_deref(),
        Some("The risk engine would flag so many consignments"),
    );
    assert_eq!(
        name("Cooperation with the WHO and other agencies on health checks at borders and ports")
            .as_deref(),
        Some("Cooperation with the WHO and other agencies on health checks"),
        "an acronym is no clause opener"
    );
    assert_eq!(
        name(
            "Change mgmt: involve staff and unions from day 1, show that tech removes boring tasks"
        )
        .as_deref(),
        Some("Change management: involve staff and unions from day 1"),
        "a number counts what comes before it"
    );
    assert_eq!(name("Option 1"), None, "a word and its number name nothing");
    assert_eq!(name("Change."), None, "a lone word names nothing");
    assert_eq!(name("The costs"), None);
}

#[test]
fn an_english_name_does_not_end_on_what_waits_for_its_complement() {
    let name = |text| name(text, Language::English);
    assert_eq!(
        name("Drones watch the coastline at night and spot the small boats of smugglers")
            .as_deref(),
        Some("Drones watch the coastline at night"),
        "a second verb without its object"
    );
    assert_eq!(
        name(
            "Automation of routine tasks frees officers to focus on the high-risk cases of the day and on audits"
        )
        .as_deref(),
        Some("Automation of routine tasks frees officers"),
        "an infinitive without its object"
    );
    assert_eq!(
        name("Set up an innovation lab to keep track of emerging technologies and of new risks")
            .as_deref(),
        Some("Set up an innovation lab to keep track of emerging technologies")
    );
    assert_eq!(
        name("A single source of truth shared by every link in the logistics chain").as_deref(),
        Some("A single source of truth"),
        "a participle without its complement"
    );
    assert_eq!(
        name("Robots open and inspect containers suspected of hazardous chemicals or gases")
            .as_deref(),
        Some("Robots open and inspect containers")
    );
    assert_eq!(
        name("Algorithm ranks incoming cargo for examination instead of fixed rules set by hand")
            .as_deref(),
        Some("Algorithm ranks incoming cargo for examination"),
        "a preposition the stop words leave out"
    );
    assert_eq!(
        name(
            "Automated reading of X-ray images flags anomalies inside sealed containers at the port"
        )
        .as_deref(),
        Some("Automated reading of X-ray images flags anomalies")
    );
    assert_eq!(
        name("Marketplaces feeding order data straight to Customs through a shared ledger")
            .as_deref(),
        Some("Marketplaces feeding order data straight to Customs"),
        "\"to\" before a name or a plural joins a noun"
    );
    assert_eq!(
        name("Officers in the field use tablets to check declarations on the spot at the border")
            .as_deref(),
        Some("Officers in the field use tablets to check declarations on the spot")
    );
    assert_eq!(
        name("Swarms of small drones linked to ground sensors to watch the whole frontier")
            .as_deref(),
        Some("Swarms of small drones linked to ground sensors"),
        "\"to\" after a participle is no infinitive to cut off"
    );
    assert_eq!(
        name("Mobile phones may be used to pay duties at the border post in cash").as_deref(),
        Some("Mobile phones to pay duties at the border post in cash"),
        "a use in the passive is named as a headline, and then fits whole"
    );
    assert_eq!(
        name("Parcels will be delivered by drone straight to the buyer's garden from abroad")
            .as_deref(),
        Some("Parcels will be delivered by drone"),
        "\"straight\" says nothing without where"
    );
}

#[test]
fn a_name_does_not_end_on_a_noun_whose_complement_was_cut() {
    let french = |text| name(text, Language::French);
    assert_eq!(
        french("Expérimentation de la chaîne de blocs pour l'échange des certificats d'origine préférentielle")
            .as_deref(),
        Some("Expérimentation de la chaîne de blocs")
    );
    assert_eq!(
        french(
            "Inspection des coques de navires et des piles de conteneurs frigorifiques empilés sur les quais par drone"
        )
        .as_deref(),
        Some("Inspection des coques de navires"),
        "a second noun cut the same way"
    );
    assert_eq!(
        french("Gain de temps pour le dédouanement et baisse des coûts logistiques et administratifs pour les opérateurs.")
            .as_deref(),
        Some("Gain de temps pour le dédouanement"),
        "a second French noun with no article"
    );
    assert_eq!(
        french("Renforcement des capacités surtout pour les pays en developpement d'Afrique, avec l'appui de l'OMD.")
            .as_deref(),
        Some("Renforcement des capacités"),
        "the case an adverb narrows the name to is cut off whole"
    );
    assert_eq!(
        name(
            "Capacity building especially for developing countries that lack the budget for scanners",
            Language::English
        )
        .as_deref(),
        Some("Capacity building"),
    );
    assert_eq!(
        french("Le douanier de demain sera surtout un analyste de données et de risques")
            .as_deref(),
        Some("Le douanier de demain sera surtout un analyste de données"),
        "an adverb after a verb leads its object"
    );
    assert_eq!(
        french("Sécurité et sûreté des frontières terrestres et maritimes de la région du Sahel")
            .as_deref(),
        Some("Sécurité et sûreté des frontières terrestres"),
        "never fewer than some words"
    );
    assert_eq!(
        french("Contrôles douaniers renforcés aux frontières sur des envois de faible valeur")
            .as_deref(),
        Some("Contrôles douaniers renforcés aux frontières sur des envois"),
        "\"des\" after a preposition is the phrase's point"
    );
    assert_eq!(
        french("Élaborer des lignes directrices communes sur l'usage de l'IA en douane et aux frontières").as_deref(),
        Some("Élaborer des lignes directrices communes sur l'usage de l'IA en douane")
    );
    assert_eq!(
        name(
            "Lack of legal basis for the use of drones over private land and over the sea",
            Language::English
        )
        .as_deref(),
        Some("Lack of legal basis"),
    );
    assert_eq!(
        name(
            "Start with small proofs of concept before any big roll-out nationwide or regional",
            Language::English
        )
        .as_deref(),
        Some("Start with small proofs of concept"),
        "a cut that took no complement"
    );
    assert_eq!(
        french("Le classement et la valeur en douane des plans numériques devront être repensés")
            .as_deref(),
        Some("Le classement et la valeur en douane"),
        "with no article, the phrase is one noun"
    );
    assert_eq!(
        name(
            "Algorithm ranks incoming cargo for examination instead of fixed rules set by hand",
            Language::English
        )
        .as_deref(),
        Some("Algorithm ranks incoming cargo for examination"),
        "\"instead of\" is no noun and its complement"
    );
}

#[test]
fn a_phrase_that_fits_in_a_name_is_kept_whole() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("Trade will move from physical goods to design files, how do we collect duty?")
            .as_deref(),
        Some("Trade will move from physical goods to design files"),
        "nine words, 51 characters"
    );
    assert_eq!(
        english("Travellers' biometric data must be handled in line with GDPR.").as_deref(),
        Some("Travellers' biometric data must be handled in line with GDPR"),
        "ten words, 60 characters"
    );
    assert_eq!(
        english("RFID tags on containers moving in and out of the free zone.").as_deref(),
        Some("RFID tags on containers moving in and out of the free zone"),
        "twelve words, 58 characters: cut, it said nothing of where the containers go"
    );
    assert_eq!(
        name(
            "Redéploiement des agents vers des tâches a plus forte valeur ajoutée",
            Language::French
        )
        .as_deref(),
        Some("Redéploiement des agents vers des tâches a plus forte valeur ajoutée"),
        "eleven words, 68 characters"
    );
    assert_eq!(
        name(
            "Énergie consommée par la blockchain et les centres de données : un enjeu",
            Language::French
        )
        .as_deref(),
        Some("Énergie consommée par la blockchain et les centres de données")
    );
    assert_eq!(
        english("Machine learning models score incoming consignments for the risk they carry")
            .as_deref(),
        Some("Machine learning models score incoming consignments"),
        "eleven words are cut"
    );
    assert_eq!(
        english(
            "Testing blockchain for settling duties and taxes between bank, broker and Customs."
        )
        .as_deref(),
        Some("Testing blockchain for settling duties and taxes"),
        "a phrase ending on a list's first item is whole only with the list"
    );
    assert_eq!(
        english("Smart containers that report their own contents, temperature and route.")
            .as_deref(),
        Some("Smart containers that report their own contents")
    );
    assert_eq!(
        english("Drones watch ports, airports and land borders at night.").as_deref(),
        Some("Drones watch ports, airports and land borders at night"),
        "a list that fits"
    );
    assert_eq!(
        english("Drones at the border, day and night").as_deref(),
        Some("Drones at the border, day and night")
    );
    assert_eq!(
        english("Pilot -> evaluate -> roll out.").as_deref(),
        Some("Pilot -> evaluate -> roll out"),
        "a whole phrase keeps its particle"
    );
    assert_eq!(
        english("An innovation lab in each administration should be set up.").as_deref(),
        Some("An innovation lab in each administration should be set up"),
    );
    for (answer, named) in [
        (
            "Risk management and, in some ports, automation",
            "Risk management",
        ),
        (
            "Training of staff in (basic) AI and data",
            "Training of staff",
        ),
    ] {
        assert_eq!(
            english(answer).as_deref(),
            Some(named),
            "a phrase cut at a mark still ends on a word that says something"
        );
    }
    assert_eq!(
        english(
            "Trade will move from physical goods to design files, rules and duties must follow"
        )
        .as_deref(),
        Some("Trade will move from physical goods to design files"),
        "a clause after the comma is no list"
    );
}

#[test]
fn a_name_too_long_to_read_is_cut_between_words() {
    assert_eq!(
        name(
            "Strengthen capabilities and transfer know-how between administrations of the region",
            Language::English
        )
        .as_deref(),
        Some("Strengthen capabilities and transfer know-how"),
        "seven words, but 69 characters"
    );
    assert_eq!(
        name(
            "Surveillance permanente des frontières par drones autonomes couplés à des détecteurs",
            Language::French
        )
        .as_deref(),
        Some("Surveillance permanente des frontières")
    );
    let long = name(
        "Interoperability-of-everything platforms synchronising multimodal manifests",
        Language::English,
    )
    .expect("a name");
    assert!(long.chars().count() <= LONGEST_NAME, "{long}");
    assert_eq!(
        long,
        "Interoperability-of-everything platforms synchronising"
    );
}

#[test]
fn a_phrase_that_sets_the_scene_runs_on_into_the_name_and_ones_own_place_is_left_out() {
    // The group's own place said whose the answer is, which the card's
    // groups already say: it is left out (the fifteenth set's judge).
    assert_eq!(
        name(
            "In our administration, drones patrol the coast",
            Language::English
        )
        .as_deref(),
        Some("Drones patrol the coast")
    );
    assert_eq!(
        name(
            "Avec l'impression 3D, on importera des fichiers plutôt que des produits finis et des pièces : perte de recettes",
            Language::French
        )
        .as_deref(),
        Some("Avec l'impression 3D, on importera des fichiers")
    );
    assert_eq!(
        name(
            "In ten years goods will be cleared before their arrival at the port, no stop at the border",
            Language::English
        )
        .as_deref(),
        Some("Goods will be cleared before their arrival at the port"),
        "the time opening a phrase to cut is left out"
    );
    assert_eq!(
        name(
            "In the national customs administration of Ghana, the drones patrol the coast",
            Language::English
        )
        .as_deref(),
        Some("The drones patrol the coast"),
        "a long scene of one place, with no verb, is left out of a name that must be cut"
    );
    assert_eq!(
        name(
            "Dans la plupart des bureaux frontaliers de la région les scanners restent en panne faute de pièces",
            Language::French
        )
        .as_deref(),
        Some("Les scanners restent en panne faute de pièces"),
        "a cut that keeps only the scene names the clause after it"
    );
    assert_eq!(
        name(
            "In many small countries of our region the new systems are still at pilot stage because of costs and of a lack of skills",
            Language::English
        )
        .as_deref(),
        Some("The new systems are still at pilot stage")
    );
    assert_eq!(
        name(
            "Pour sécuriser les envois postaux et les colis express dans les aéroports régionaux",
            Language::French
        )
        .as_deref(),
        Some("Pour sécuriser les envois postaux et les colis express"),
        "after a verb, a determiner opens its object"
    );
    for (text, language, scene) in [
        (
            "In ports where officers check the containers manually delays are long",
            Language::English,
            "In ports",
        ),
        (
            "Dans les bureaux où les agents contrôlent les camions à la main les délais sont longs",
            Language::French,
            "Dans les bureaux",
        ),
    ] {
        let named = name(text, language).expect("a name");
        assert!(
            named.starts_with(scene),
            "{named:?}: the scene ends before a clause opens in it"
        );
    }
    assert_eq!(
        name(
            "En 2030, les douanes utiliseront des drones",
            Language::French
        )
        .as_deref(),
        Some("En 2030, les douanes utiliseront des drones")
    );
    assert_eq!(
        name("D’ici 2030, tout sera dématérialisé", Language::French).as_deref(),
        Some("D’ici 2030, tout sera dématérialisé")
    );
    // The present goes: the answer's kind says it.
    assert_eq!(
        name("Today, drones patrol the coast", Language::English).as_deref(),
        Some("Drones patrol the coast")
    );
    assert_eq!(
        name("Drones at the border, mostly at night", Language::English).as_deref(),
        Some("Drones at the border"),
        "a phrase that does not set the scene ends at its comma"
    );
}

/// The fifteenth set's "Le groupe souligne que la biométrie": a frame a
/// rapporteur reports in says who said it, and the theme is what follows.
#[test]
fn a_report_frame_names_and_states_nothing() {
    assert_eq!(
        name(
            "Le groupe souligne que la biométrie aux frontières accélère le passage des voyageurs tout en renforçant la sécurité.",
            Language::French
        )
        .as_deref(),
        Some("La biométrie aux frontières accélère le passage")
    );
    assert_eq!(
        statement(
            "The group notes that machine-learning targeting already improves seizure rates. More data needed."
        ),
        "Machine-learning targeting already improves seizure rates."
    );
    assert_eq!(
        name(
            "Nous pensons qu’il faut former les agents avant d’acheter",
            Language::French
        )
        .as_deref(),
        Some("Former les agents avant d’acheter"),
        "after an elided \"qu’\""
    );
    assert_eq!(
        name(
            "Our group considered that the most mature use today is in risk management, where several administrations apply machine learning",
            Language::English
        )
        .as_deref(),
        Some("The most mature use today is in risk management"),
        "the eighteenth set's frame in the past"
    );
    assert_eq!(
        name("The group agreed on three points", Language::English).as_deref(),
        Some("The group agreed on three points"),
        "no \"that\": the group's words are the point"
    );
}

/// The twenty-sixth set's frames: members who stressed or described, a
/// group that recommends ("Nous recommandons de …", "We would recommend
/// that …"). Who said it is no part of the theme.
#[test]
fn a_members_report_and_a_groups_recommendation_name_what_follows() {
    for (answer, language, named) in [
        (
            "Several members stressed that none of the analytics works if the data is poor.",
            Language::English,
            "None of the analytics works if the data is poor",
        ),
        (
            "One member described using virtual reality headsets to train new officers to search a vessel or a container, which is much cheaper than taking them on real ships.",
            Language::English,
            "Using virtual reality headsets to train new officers",
        ),
        (
            "We would recommend to start with pilots at one port.",
            Language::English,
            "Start with pilots at one port",
        ),
        (
            "We recommend that the papers be put on the WCO website.",
            Language::English,
            "The papers should be put on the WCO website",
        ),
        (
            "Nous recommandons de procéder par expérimentations limitées, puis d'évaluer.",
            Language::French,
            "Procéder par expérimentations limitées",
        ),
        (
            "Nous recommandons d’évaluer chaque projet pilote avant de généraliser.",
            Language::French,
            "Évaluer chaque projet pilote avant de généraliser",
        ),
        (
            "Plusieurs membres ont souligné que les données sont de mauvaise qualité.",
            Language::French,
            "Les données sont de mauvaise qualité",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    assert_eq!(
        statement("Several members stressed that none of the analytics works if the data is poor."),
        "None of the analytics works if the data is poor."
    );
    assert_eq!(
        name("We recommend drones", Language::English).as_deref(),
        Some("We recommend drones"),
        "what follows says too little"
    );
    for (answer, language, named) in [
        (
            "One member mentioned that drones are used by smugglers.",
            Language::English,
            "Drones are used by smugglers",
        ),
        (
            "We described the problem to the vendor",
            Language::English,
            "We described the problem to the vendor",
        ),
        (
            "We recommend to the WCO to set up a working group",
            Language::English,
            "We recommend to the WCO to set up a working group",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// The twenty-sixth set's "Le principal bénéfice est …", "Le bénéfice le
/// plus cité est de …": a label and the verb that says what it is name
/// nothing, as "Main benefit:" does, and what follows names the theme.
#[test]
fn a_label_and_its_verb_name_what_follows() {
    for (answer, language, named) in [
        (
            "The main benefit is faster clearance for compliant traders.",
            Language::English,
            "Faster clearance for compliant traders",
        ),
        (
            "The main risk we see is that officers trust the score blindly.",
            Language::English,
            "Officers trust the score blindly",
        ),
        (
            "Le bénéfice le plus cité est de libérer du temps des agents pour les contrôles à risque.",
            Language::French,
            "Libérer du temps des agents pour les contrôles à risque",
        ),
        (
            "Le principal risque évoqué est celui de la protection des données personnelles et biométriques.",
            Language::French,
            "La protection des données personnelles et biométriques",
        ),
        (
            "Le principal bénéfice est d'accélérer le dédouanement des opérateurs agréés.",
            Language::French,
            "Accélérer le dédouanement des opérateurs agréés",
        ),
        (
            "The biggest risk is cost.",
            Language::English,
            "The biggest risk is cost",
        ),
        (
            "The system is slow and the staff are not trained.",
            Language::English,
            "The system is slow and the staff are not trained",
        ),
        (
            "The risk is very high for small administrations.",
            Language::English,
            "The risk is very high for small administrations",
        ),
        (
            "Le principal risque est faible pour les petits pays.",
            Language::French,
            "Le principal risque est faible pour les petits pays",
        ),
        (
            "The future is bright for traders who invest.",
            Language::English,
            "The future is bright for traders who invest",
        ),
        // A bare label, as a note's heading.
        (
            "Benefit is officers can be shifted from routine document checking to intelligence and investigation work.",
            Language::English,
            "Officers can be shifted from routine document checking",
        ),
        (
            "Risk is high for the small posts.",
            Language::English,
            "Risk is high for the small posts",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// The twenty-sixth set's "Extract from our 2016 annual report: …": where
/// a pasted text comes from is a label, and what follows it names.
#[test]
fn where_a_pasted_text_comes_from_names_nothing() {
    assert_eq!(
        name(
            "Extract from our annual report: the new risk management system cut physical controls by half.",
            Language::English
        )
        .as_deref(),
        Some("The new risk management system cut physical controls by half")
    );
    assert_eq!(
        name(
            "Extrait du rapport national : les scellés électroniques ont réduit les détournements.",
            Language::French
        )
        .as_deref(),
        Some("Les scellés électroniques ont réduit les détournements")
    );
}

/// The fourteenth set's "Chaîne de blocs avec les plateformes de vente": a
/// name cut inside a glossary term ("vente en ligne") ends after it when
/// the name still fits.
#[test]
fn a_name_is_not_cut_inside_a_glossary_term() {
    assert_eq!(
        name(
            "Chaîne de blocs avec les plateformes de vente en ligne pour tracer les petits envois.",
            Language::French
        )
        .as_deref(),
        Some("Chaîne de blocs avec les plateformes de vente en ligne")
    );
}

/// The fourteenth set's "Belgique : datamining + ML …" and "Haïti : bande
/// passante …": a facilitator renamed both, because a country's name says
/// where, not what the groups said.
#[test]
fn a_country_heading_its_case_leaves_the_name_to_what_follows_it() {
    assert_eq!(
        name(
            "Belgique : datamining + ML pour la sélection des contrôles",
            Language::French
        )
        .as_deref(),
        Some("Datamining et ML pour la sélection des contrôles")
    );
    assert_eq!(
        name(
            "Haiti : bande passante très faible, les bureaux travaillent hors ligne",
            Language::French
        )
        .as_deref(),
        Some("Bande passante très faible"),
        "typed without its accent"
    );
    assert_eq!(
        name(
            "South Korea: customs robots guide travellers at the airport",
            Language::English
        )
        .as_deref(),
        Some("Customs robots guide travellers at the airport")
    );
    assert_eq!(
        name("Kenya uses drones on the border", Language::English).as_deref(),
        Some("Kenya uses drones on the border"),
        "a country that is the subject stays"
    );
    // One administration or one port heading its case (the twenty-third
    // and twenty-fourth sets).
    for (answer, language, named) in [
        (
            "China Customs: service robots in airport halls answering passengers, and robots to inspect under vehicles",
            Language::English,
            "Service robots in airport halls answering passengers",
        ),
        (
            "Port d'Anvers : capteurs et caméras de lecture de plaques à l'entrée des terminaux, la douane reçoit l'info",
            Language::French,
            "Capteurs et caméras de lecture de plaques à l'entrée des terminaux",
        ),
        (
            "Port of Rotterdam / Hamburg: sensors everywhere, \"smart port\"; data from the PCS feeds risk analysis",
            Language::English,
            "Sensors everywhere",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (answer, language) in [
        (
            "Smart Customs: every border post connected to the central system",
            Language::English,
        ),
        (
            "Port Community System: one window for all the actors of the port",
            Language::English,
        ),
    ] {
        let named = name(answer, language).expect("a name");
        assert!(
            named.starts_with(answer.split(':').next().expect("a heading")),
            "{named}"
        );
    }
}

/// A name stands alone: an "also" that ties it to another answer is left
/// out (the twenty-fifth set's judge: "Les drones servent aussi aux
/// contrebandiers", a sentence that needs what was said before it).
#[test]
fn a_name_leaves_out_an_also_that_ties_it_to_another_answer() {
    for (answer, language, named) in [
        (
            "Les drones servent aussi aux contrebandiers",
            Language::French,
            "Les drones servent aux contrebandiers",
        ),
        (
            "Les trafiquants utilisent eux aussi des drones",
            Language::French,
            "Les trafiquants utilisent des drones",
        ),
        (
            "Drones are also a threat",
            Language::English,
            "Drones are a threat",
        ),
        (
            "Not only faster release but also fewer errors",
            Language::English,
            "Not only faster release but also fewer errors",
        ),
        ("Also drones", Language::English, "Also drones"),
        (
            "Il faut aussi adapter la loi sur les douanes",
            Language::French,
            "Adapter la loi sur les douanes",
        ),
        (
            "Elles aussi utilisent des drones",
            Language::French,
            "Elles aussi utilisent des drones",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let compared = name("Les criminels vont aussi vite que nous", Language::French);
    assert!(
        compared
            .as_deref()
            .is_some_and(|named| named.contains("aussi vite")),
        "{compared:?}"
    );
}

/// A system's or an agency's name in capitals heading an answer leaves
/// the name to what it does (the twenty-fifth set's judge: "Ats — rules
/// and predictive models", one country's system); an acronym of a topic
/// the app knows stays.
#[test]
fn a_systems_name_heading_an_answer_leaves_the_name_to_what_follows_it() {
    for (answer, language, named) in [
        (
            "ATS - rules + predictive models for targeting; ML pilots on e-com data",
            Language::English,
            "Rules and predictive models for targeting",
        ),
        (
            "ASFC : évaluation du risque automatisée à partir des données préalables",
            Language::French,
            "Évaluation du risque automatisée à partir des données préalables",
        ),
        (
            "AI: too early to replace the officer's judgement",
            Language::English,
            "AI: too early to replace the officer's judgement",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

#[test]
fn a_label_heading_an_answer_leaves_the_name_to_what_follows_it() {
    assert_eq!(
        name(
            "Challenge: proprietary scanners where only the supplier can read the images",
            Language::English
        )
        .as_deref(),
        Some("Proprietary scanners where only the supplier can read the images")
    );
    assert_eq!(
        name(
            "Risque : livraison de colis par drone par-dessus la frontière",
            Language::French
        )
        .as_deref(),
        Some("Livraison de colis par drone par-dessus la frontière")
    );
    assert_eq!(
        name("Data quality: garbage in, garbage out", Language::English).as_deref(),
        Some("Data quality"),
        "a heading that says something names the answer"
    );
    assert_eq!(name("Risk:", Language::English), None);
    assert_eq!(
        name(
            "For example: Kenya uses drones at the border",
            Language::English
        )
        .as_deref(),
        Some("Kenya uses drones at the border"),
        "\"for example\" is a label"
    );
    assert_eq!(
        name(
            "Groupe 3 : les drones surveillent la côte",
            Language::French
        )
        .as_deref(),
        Some("Les drones surveillent la côte"),
        "a group's name is a label"
    );
}

#[test]
fn a_topic_before_a_long_dash_names_as_before_a_colon() {
    assert_eq!(
        name(
            "Targeting — machine learning flags risky consignments. Officers check them",
            Language::English
        )
        .as_deref(),
        Some("Targeting — machine learning flags risky consignments"),
        "a dash heads as a colon does"
    );
    assert_eq!(
        name(
            "Targeting — machine learning models flag high-risk consignments automatically before arrival",
            Language::English
        ),
        None,
        "a phrase cut anywhere leaves the topic, and a mark is no word: \"Targeting —\" is a lone word"
    );
}

#[test]
fn a_hyphen_after_words_that_say_too_little_heads_as_a_dash() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("Risk - 3D printed weapons and counterfeit parts, almost impossible to detect")
            .as_deref(),
        Some("3D printed weapons and counterfeit parts"),
        "a label"
    );
    assert_eq!(
        english(
            "PPP - co-develop solutions with the private sector and share the costs of development"
        )
        .as_deref(),
        Some("PPP — co-develop solutions with the private sector"),
        "a topic, and a second verb whose object was cut"
    );
    assert_eq!(
        english("Mobile scanners - inspection in minutes").as_deref(),
        Some("Mobile scanners"),
        "words that say something before the hyphen name the answer"
    );
    assert_eq!(english("Risk - x"), None);
}

#[test]
fn an_aside_in_brackets_after_words_that_say_little_is_left_out_of_the_name() {
    assert_eq!(
        name(
            "ECTS (electronic cargo tracking system) used for transit to landlocked countries.",
            Language::English
        )
        .as_deref(),
        Some("ECTS used for transit to landlocked countries")
    );
    assert_eq!(
        name(
            "Scellés électroniques (e-seals) pour le suivi du transit",
            Language::French
        )
        .as_deref(),
        Some("Scellés électroniques pour le suivi du transit"),
        "a phrase of two words runs on after its aside"
    );
    assert_eq!(
        name(
            "Future: containers report themselves (position, door openings, temp) straight \
             to the risk engine -> pre-arrival risk based on real data",
            Language::English
        )
        .as_deref(),
        Some("Containers report themselves straight to the risk engine"),
        "after a label too"
    );
    assert_eq!(
        name(
            "Normes internationales communes (OMD) pour éviter que chaque pays développe \
             son propre système",
            Language::French
        )
        .as_deref(),
        Some("Normes internationales communes"),
        "a phrase that says more ends before its aside"
    );
    assert_eq!(
        name(
            "Pour les petites administrations (îles du Pacifique, Caraïbes) : mutualiser une \
             plateforme régionale dans le cloud plutôt que chacun achète son propre système.",
            Language::French
        )
        .as_deref(),
        Some("Mutualiser une plateforme régionale dans le cloud"),
        "an aside in a scene before a colon is the scene's"
    );
    assert_eq!(
        name(
            "Smart port (Hamburg example): sensors on cranes, trucks and gates",
            Language::English
        )
        .as_deref(),
        Some("Smart port: sensors on cranes, trucks and gates"),
        "an aside in a topic is the topic's"
    );
    assert_eq!(name("ECTS (tracking", Language::English), None);
    assert_eq!(
        name(
            "AI (e.g. ML (deep learning)) for targeting",
            Language::English
        )
        .as_deref(),
        Some("AI for targeting"),
        "brackets inside the aside are counted"
    );
    assert_eq!(
        name("ECTS (x)used for transit", Language::English).as_deref(),
        Some("ECTS used for transit")
    );
}

#[test]
fn a_thought_cut_inside_to_keep_its_topic_is_named_whole_without_it() {
    let cases = [
        (
            "Accompagner le changement : les agents ont peur d'être remplacés par des robots",
            Language::French,
            "Les agents ont peur d'être remplacés par des robots",
        ),
        (
            "Impression 3D : les marchandises voyageront sous forme de fichiers électroniques ; comment taxer un fichier ?",
            Language::French,
            "Les marchandises voyageront sous forme de fichiers électroniques",
        ),
        (
            "IoT + UCR: one reference follows the consignment from factory to consignee, customs plugs into it",
            Language::English,
            "One reference follows the consignment from factory to consignee",
        ),
        // A cut before a place, a second item or a clause ends a thought,
        // and the topic says what the theme is about.
        (
            "Staff acces control: fingerprint readers on scanner rooms and the evidence store",
            Language::English,
            "Staff acces control: fingerprint readers on scanner rooms",
        ),
        (
            "Remote examination: officer at HQ directs a camera at the trader's warehouse, goods inspected without anyone travelling.",
            Language::English,
            "Remote examination: officer at HQ directs a camera",
        ),
        (
            "Commerce électronique : explosion des petits envois postaux et express de Chine, impossible à contrôler un par un",
            Language::French,
            "Commerce électronique : explosion des petits envois postaux",
        ),
        // The thought goes on past its aside, and does not fit whole.
        (
            "Long-distance physical examination: the officer at the border streams video and the specialist (CITES, chemicals) checks from HQ.",
            Language::English,
            "Long-distance physical examination",
        ),
    ];
    for (answer, language, expected) in cases {
        assert_eq!(
            name(answer, language).as_deref(),
            Some(expected),
            "{answer}"
        );
    }
}

#[test]
fn a_topic_heading_an_answer_names_it_with_what_follows() {
    assert_eq!(
        name(
            "Drones - risks: smugglers drop parcels over prison walls",
            Language::English
        )
        .as_deref(),
        Some("Drones - risks: smugglers drop parcels over prison walls"),
        "a hyphen inside the topic ends no phrase"
    );
    assert_eq!(
        name("Blockchain: too early for customs use", Language::English).as_deref(),
        Some("Blockchain: too early for customs use")
    );
    assert_eq!(
        name(
            "3D printing: the product crosses the border as a file - how do we collect duty?",
            Language::English
        )
        .as_deref(),
        Some("3D printing: the product crosses the border as a file")
    );
    assert_eq!(
        name(
            "Procurement: beware of proprietary scanners where only the supplier can read the images",
            Language::English
        )
        .as_deref(),
        Some("Procurement: beware of proprietary scanners"),
        "the phrase after the topic is cut as any other"
    );
    assert_eq!(
        name(
            "Chaîne de blocs : trop tôt pour les certificats d'origine",
            Language::French
        )
        .as_deref(),
        Some("Chaîne de blocs : trop tôt pour les certificats d'origine")
    );
    assert_eq!(
        name("Drones: many", Language::English),
        None,
        "what follows says too little, and the topic is a lone word"
    );
    assert_eq!(
        name(
            "3D printing: files which cross borders unseen and cannot be taxed at all by anyone anywhere",
            Language::English
        )
        .as_deref(),
        Some("3D printing: files which cross borders unseen and cannot be taxed"),
        "the phrase after the topic says enough before it is cut"
    );
    assert_eq!(
        name(
            "Responsabilité juridique : qui est responsable si l'algorithme se trompe et bloque une marchandise ?",
            Language::French
        )
        .as_deref(),
        Some("Responsabilité juridique"),
        "a topic before a clause names the answer alone"
    );
    assert_eq!(
        name(
            "Main risk for small administrations: the cost of the equipment",
            Language::English
        )
        .as_deref(),
        Some("Main risk for small administrations"),
        "a longer phrase before the colon says something itself"
    );
    assert_eq!(
        name(
            "Remote examination: an expert at HQ sees the goods through the officer's head-mounted camera",
            Language::English
        )
        .as_deref(),
        Some("Remote examination: an expert at HQ sees the goods"),
        "the phrase after the topic keeps as many words as any name"
    );
    assert_eq!(
        name(
            "Ciblage : certaines administrations utilisent déjà l'apprentissage automatique pour affiner le profilage",
            Language::French
        ),
        None,
        "a phrase that could only be cut anywhere is left out, and the topic is a lone word"
    );
}

#[test]
fn a_name_ends_before_a_clause_that_turns_it_around() {
    assert_eq!(
        name(
            "Cooperate with tech companies but customs must stay in the driver seat at every step",
            Language::English
        )
        .as_deref(),
        Some("Cooperate with tech companies")
    );
    assert_eq!(
        name(
            "Travailler avec les start-ups mais garder la main sur les données sensibles",
            Language::French
        )
        .as_deref(),
        Some("Travailler avec les start-ups")
    );
    assert_ne!(
        name(
            "Not only new scanners but also officers trained to read the images",
            Language::English
        )
        .as_deref(),
        Some("Not only new scanners"),
        "\"but also\" goes on with a list"
    );
}

/// The twenty-fourth set's "Mais aussi les drones …" and "Recommandations
/// :" over a list on lines, which a judge renamed for the words that tie
/// it to what was said before and for the list's mark.
#[test]
fn a_name_leaves_out_what_ties_it_to_the_answer_before_and_a_lists_mark() {
    for (answer, language, named) in [
        (
            "Mais aussi les drones utilisés par les contrebandiers (cigarettes, drogue) pour franchir la frontière",
            Language::French,
            "Les drones utilisés par les contrebandiers",
        ),
        (
            "But also the drones the smugglers fly over the river",
            Language::English,
            "The drones the smugglers fly over the river",
        ),
        (
            "Mais aussi, les drones utilisés par les contrebandiers",
            Language::French,
            "Les drones utilisés par les contrebandiers",
        ),
        (
            "Recommandations :\n- adapter le cadre juridique avant de déployer\n- base légale pour les données biométriques",
            Language::French,
            "Adapter le cadre juridique avant de déployer",
        ),
        (
            "Burkina : balises/scellés électroniques pour le transit, suivi en temps réel",
            Language::French,
            "Balises/scellés électroniques pour le transit",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    assert_eq!(
        statement(
            "Recommandations :\n- adapter le cadre juridique avant de déployer\n- base légale"
        ),
        "Adapter le cadre juridique avant de déployer."
    );
    // A statement says the case; the answer says whose it is.
    for (typed, stated) in [
        (
            "China Customs: service robots in airport halls answering passengers",
            "Service robots in airport halls answering passengers.",
        ),
        (
            "Belgique : datamining + ML pour la sélection des contrôles. En production.",
            "Datamining et ML pour la sélection des contrôles.",
        ),
        ("Kenya: drones", "Kenya: drones."),
        (
            "Risk engines: scoring every declaration",
            "Risk engines: scoring every declaration.",
        ),
    ] {
        assert_eq!(statement(typed), stated, "{typed}");
    }
    assert_eq!(
        name("Mais aussi", Language::French),
        None,
        "nothing after them"
    );
}

#[test]
fn a_name_leaves_out_how_the_speaker_says_it() {
    assert_eq!(
        name(
            "Honestly most of these techs are not used yet in our admin or in the region - mainly scanners",
            Language::English
        )
        .as_deref(),
        Some("Most of these techs are not used yet")
    );
    assert_eq!(
        name(
            "Franchement, la blockchain reste un gadget pour la douane",
            Language::French
        )
        .as_deref(),
        Some("La blockchain reste un gadget pour la douane")
    );
    assert_eq!(
        name("Actually", Language::English),
        None,
        "nothing after it"
    );
    assert_eq!(
        name("Bref : il faut former les agents", Language::French).as_deref(),
        Some("Former les agents"),
        "a mark after it, and the need's frame"
    );
    assert_eq!(
        name(
            "Evidemment, les agents doivent être formés",
            Language::French
        )
        .as_deref(),
        Some("Les agents doivent être formés"),
        "typed without its accent"
    );
}

#[test]
fn a_long_phrase_is_named_by_what_comes_before_its_arrow() {
    let french = |text| name(text, Language::French);
    let english = |text| name(text, Language::English);
    assert_eq!(
        french(
            "Scellés électroniques avec GPS -> moins de détournements et plus besoin d'escortes"
        )
        .as_deref(),
        Some("Scellés électroniques avec GPS")
    );
    assert_eq!(
        english("E-seals on transit trucks => no physical escorts needed for most convoys")
            .as_deref(),
        Some("E-seals on transit trucks")
    );
    assert_eq!(
        english("Pilot → evaluate → roll out").as_deref(),
        Some("Pilot → evaluate → roll out"),
        "words that fit stay whole"
    );
    assert_ne!(
        english("Transit: GPS -> no more physical escorts for the trucks on the corridor")
            .as_deref(),
        Some("Transit: GPS"),
        "the topic says nothing before the arrow"
    );
    let before = english("Costs -> no budget line for maintenance in most administrations");
    assert!(
        before
            .as_deref()
            .is_some_and(|name| name.contains("budget")),
        "one word before the arrow says too little: {before:?}"
    );
}

#[test]
fn a_name_does_not_end_on_the_first_word_of_a_compound_preposition() {
    let french = |text| name(text, Language::French);
    assert_eq!(
        french(
            "Profilage des passagers a risque grace aux donnees PNR et au croisement des fichiers"
        )
        .as_deref(),
        Some("Profilage des passagers a risque"),
        "\"grâce à\" typed without its accent"
    );
    assert_eq!(
        french("Contrôle des bagages en soute lors de l'enregistrement par analyse automatique des images")
            .as_deref(),
        Some("Contrôle des bagages en soute")
    );
}

#[test]
fn a_french_name_does_not_end_on_what_waits_for_its_complement() {
    let french = |text| name(text, Language::French);
    assert_eq!(
        french("Carte biométrique des chauffeurs routiers pour sécuriser le transit international")
            .as_deref(),
        Some("Carte biométrique des chauffeurs routiers"),
        "an infinitive without its object"
    );
    assert_eq!(
        french("Prévoir les flux grâce à l'IA pour affecter les effectifs aux bons endroits")
            .as_deref(),
        Some("Prévoir les flux grâce à l'IA pour affecter les effectifs")
    );
    assert_eq!(
        french("Former les douaniers aux nouveaux outils et recruter des analystes de données")
            .as_deref(),
        Some("Former les douaniers aux nouveaux outils"),
        "a second verb without its object"
    );
    assert_eq!(
        french("Les dirigeants doivent porter la stratégie et créer une culture de l'innovation")
            .as_deref(),
        Some("Les dirigeants doivent porter la stratégie"),
        "a second verb after one that follows \"doivent\""
    );
    assert_eq!(
        french(
            "Il faut former les agents et recruter des analystes de données et des statisticiens"
        )
        .as_deref(),
        Some("Former les agents et recruter des analystes de données")
    );
    assert_eq!(
        french("Traduction automatique des documents commerciaux rédigés en langue étrangère")
            .as_deref(),
        Some("Traduction automatique des documents commerciaux"),
        "a participle without its complement"
    );
    assert_eq!(
        french("Accès des agents aux zones sensibles sécurisé par empreintes digitales et badges nominatifs").as_deref(),
        Some("Accès des agents aux zones sensibles")
    );
    assert_eq!(
        french("Une plateforme de l'OMD pour échanger sur les projets menés par chaque pays")
            .as_deref(),
        Some("Une plateforme de l'OMD pour échanger"),
        "a verb with no object to lose"
    );
    assert_eq!(
        french("Registre partagé des opérateurs économiques agréés avec nos partenaires de reconnaissance mutuelle")
            .as_deref(),
        Some("Registre partagé des opérateurs économiques agréés"),
        "an adjective that names a thing"
    );
    assert_eq!(
        french("Reconnaissance mutuelle des opérateurs économiques agréés par les pays voisins")
            .as_deref(),
        Some("Reconnaissance mutuelle des opérateurs économiques agréés"),
        "a glossary term stays whole"
    );
    assert_eq!(
        french("Scanners mobiles à chaque point d'entrée du territoire national pour le contrôle des camions")
            .as_deref(),
        Some("Scanners mobiles à chaque point d'entrée du territoire national"),
        "a noun after an elided article is no participle"
    );
    assert_eq!(
        french(
            "Procédure simplifiée pour les petits envois et signature des déclarations en ligne"
        )
        .as_deref(),
        Some("Procédure simplifiée pour les petits envois"),
        "\"et signature\" is no verb waiting for its object but a second noun, which goes with the complement the cut took"
    );
    assert_eq!(
        french("Amélioration de la qualité des données par un contrôle automatique à la saisie")
            .as_deref(),
        Some("Amélioration de la qualité des données par un contrôle automatique"),
        "a noun after its article is no participle"
    );
}

/// A name cut short does not end on a word said only with what the cut
/// took: "là" without its "où", an adverb without what it says how of, a
/// time without what it counts.
#[test]
fn a_name_does_not_end_on_a_word_said_with_what_was_cut() {
    for (answer, language, named) in [
        (
            "Adopter une loi sur la protection des données à caractère personnel là où elle n'existe pas encore, avec une autorité indépendante.",
            Language::French,
            "Adopter une loi sur la protection des données à caractère personnel",
        ),
        (
            "Détection de la sous-évaluation directement dans le système de dédouanement, avec alerte",
            Language::French,
            "Détection de la sous-évaluation",
        ),
        (
            "Our targeting centre runs a scoring engine on manifest data 24h before loading; the weights are retrained every month.",
            Language::English,
            "Our targeting centre runs a scoring engine on manifest data",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // A noun in "-ment" after its determiner stays.
    assert_eq!(
        name(
            "Suivi électronique du paiement dans les bureaux de douane de l'intérieur du pays et aux frontières",
            Language::French
        )
        .as_deref(),
        Some("Suivi électronique du paiement")
    );
}

/// A name is not cut between a word and the determiner that opens what
/// it is about, when a longer name fits; and a plural verb whose
/// complement the cut took leaves its subject to name the theme.
#[test]
fn a_french_name_keeps_an_object_or_ends_on_its_subject() {
    let french = |text| name(text, Language::French);
    assert_eq!(
        french(
            "Ciblage : l'apprentissage automatique vient compléter les profils de risque statiques des déclarations"
        )
        .as_deref(),
        Some("Ciblage : l'apprentissage automatique"),
        "a verb and its infinitive that lost their object"
    );
    assert_eq!(
        french(
            "Les radars permettent de repérer des bateaux rapides très loin des côtes sans patrouille"
        )
        .as_deref(),
        Some("Les radars permettent de repérer des bateaux rapides"),
        "an object kept"
    );
    assert_eq!(
        french(
            "Les agents des bureaux frontaliers isolés réclament des terminaux mobiles pour consulter les bases"
        )
        .as_deref(),
        Some("Les agents des bureaux frontaliers isolés"),
        "a subject whose verb lost its object"
    );
    assert_eq!(
        french(
            "Les relevés de passage des camions frontaliers permettent d'anticiper les pics de trafic"
        )
        .as_deref(),
        Some("Les relevés de passage des camions frontaliers"),
        "a subject the cut fell inside runs on to its end"
    );
    assert_eq!(
        french("Le partage des données PNR des compagnies aériennes étrangères reste limité")
            .as_deref(),
        Some("Le partage des données PNR"),
        "an acronym is no verb"
    );
    assert_eq!(
        french(
            "L'utilisation des drones armés par les réseaux criminels pose un vrai défi de sécurité"
        )
        .as_deref(),
        Some("L'utilisation des drones armés par les réseaux criminels"),
        "a singular subject's verb, after a plural word"
    );
    assert_eq!(
        french(
            "Les agents des douanes utilisent des tablettes pour contrôler les camions aux frontières"
        )
        .as_deref(),
        Some("Les agents des douanes utilisent des tablettes"),
        "a verb that kept its object"
    );
    assert_eq!(
        french("Le classement et la valeur en douane des fichiers numériques devront être revus")
            .as_deref(),
        Some("Le classement et la valeur en douane"),
        "no longer name fits better"
    );
    assert_eq!(
        french("Les colis postaux sont contrôlés systématiquement dans les grands centres de tri")
            .as_deref(),
        Some("Les colis postaux sont contrôlés systématiquement"),
        "an adverb in -ment is no verb"
    );
    assert_eq!(
        name(
            "Officers scan the containers and check the new electronic seals at the border",
            Language::English
        )
        .as_deref(),
        Some("Officers scan the containers and check the new electronic seals"),
        "an English name is not cut before its noun"
    );
    for (text, kept) in [
        (
            "Les envois postaux ont triplé ces trois dernières années selon les chiffres d'Eurostat",
            "Les envois postaux ont triplé",
        ),
        (
            "Donner aux agents de terrain un accès permanent aux bases de données nationales et régionales",
            "Donner aux agents de terrain un accès permanent",
        ),
        (
            "Les échanges de données client avec les transporteurs aériens et maritimes",
            "Les échanges de données client",
        ),
    ] {
        assert_eq!(
            french(text).as_deref(),
            Some(kept),
            "no verb acting on an object"
        );
    }
}

#[test]
fn a_french_name_is_cut_on_french_joining_words() {
    assert_eq!(
        name(
            "Sas automatiques PARAFE aux aéroports, le visage du voyageur est comparé",
            Language::French
        )
        .as_deref(),
        Some("Sas automatiques PARAFE aux aéroports")
    );
    assert_eq!(
        name(
            "Lancer des projets pilotes limités et évaluer avant de généraliser partout",
            Language::French
        )
        .as_deref(),
        Some("Lancer des projets pilotes limités et évaluer")
    );
    assert_eq!(
        name(
            "Outil d'aide au classement tarifaire qui propose le code à l'agent au moment de la saisie",
            Language::French
        )
        .as_deref(),
        Some("Outil d'aide au classement tarifaire")
    );
    assert_eq!(
        name(
            "Les agents libérés des tâches répétitives peuvent se consacrer aux enquêtes",
            Language::French
        )
        .as_deref(),
        Some("Les agents libérés des tâches répétitives"),
        "a name does not end on a modal verb"
    );
    let french = |text| name(text, Language::French);
    assert_eq!(
        french(
            "Des scanners plus rapides aux frontières lorsqu’on attend des heures au poste de Rosso"
        )
        .as_deref(),
        Some("Des scanners plus rapides aux frontières"),
        "a typographic apostrophe"
    );
    assert_eq!(
        french("Les bureaux ne disposent que de scanners anciens et lents en zone rurale")
            .as_deref(),
        Some("Les bureaux ne disposent que de scanners anciens et lents"),
        "\"ne … que\" is \"only\""
    );
    assert_eq!(
        french(
            "Modernisation et interconnexion des applications du SI douanier avec les partenaires"
        )
        .as_deref(),
        Some("Modernisation et interconnexion des applications du SI douanier"),
        "SI is the information system"
    );
    assert_eq!(
        french(
            "Terminaux mobiles pour consulter les bases de données lors des contrôles sur la route"
        )
        .as_deref(),
        Some("Terminaux mobiles pour consulter les bases de données"),
        "not \"… les bases | de données\""
    );
    assert_eq!(
        name(
            "Identification des espèces protégées par photo via une application mobile dédiée",
            Language::French
        )
        .as_deref(),
        Some("Identification des espèces protégées par photo")
    );
}

/// A heading of a concept and its answers' kinds names one or two
/// kinds, in the session's language and its typography, and leaves out
/// the answers of no kind.
#[test]
fn a_heading_names_one_or_two_kinds() {
    use AnswerKind::{Benefit, Other, Recommendation, Risk, UseToday};
    assert_eq!(
        with_kinds("drones", &[Risk, Other, Risk], Language::English).as_deref(),
        Some("Drones: risks")
    );
    assert_eq!(
        with_kinds("Coûts", &[UseToday, Benefit], Language::French).as_deref(),
        Some("Coûts : avantages et usage actuel"),
        "kinds in the order the pickers list them"
    );
    assert_eq!(
        with_kinds(
            "Drones",
            &[Risk, Benefit, Recommendation],
            Language::English
        ),
        None,
        "three kinds say no more than the concept"
    );
    assert_eq!(
        with_kinds("Drones", &[Other, Other], Language::French),
        None
    );
}

#[test]
fn a_list_items_mark_is_neither_name_nor_statement() {
    let typed = "- ML models scoring consignments for risk; hit rate up vs old rules";
    assert_eq!(
        name(typed, Language::English).as_deref(),
        Some("ML models scoring consignments for risk")
    );
    assert_eq!(
        statement(typed),
        "ML models scoring consignments for risk; hit rate up vs old rules."
    );
    assert_eq!(
        name(
            "- e-seals + GPS tracking of transit cargo",
            Language::English
        )
        .as_deref(),
        Some("E-seals and GPS tracking of transit cargo")
    );
    assert_eq!(
        name("•Drones pour surveiller la côte", Language::French).as_deref(),
        Some("Drones pour surveiller la côte")
    );
    // A number would have been read as a whole first sentence: "1.".
    assert_eq!(statement("1. Train staff. Then buy"), "Train staff.");
    assert_eq!(
        name("2) Former les agents aux outils", Language::French).as_deref(),
        Some("Former les agents aux outils")
    );
    assert_eq!(statement("b) Legal basis first"), "Legal basis first.");
    assert_eq!(
        name("+ de contrôles ciblés aux frontières", Language::French).as_deref(),
        Some("+ de contrôles ciblés aux frontières"),
        "a plus is a word"
    );
    // A mark alone, or numbers that are the point, stay.
    assert_eq!(statement("•"), "•.");
    assert_eq!(statement("- "), "");
    assert_eq!(
        name("3D printed parts at the border", Language::English).as_deref(),
        Some("3D printed parts at the border")
    );
    assert_eq!(statement("2025. All paperless"), "2025. All paperless.");
}

/// An arrow or an e-mail's quote mark opening an answer marks it as a
/// note, and is no part of its name or statement.
#[test]
fn an_arrow_or_a_quote_mark_opening_an_answer_is_left_out() {
    assert_eq!(
        statement("=> balises GPS et scellés sur le transit Abidjan-Ouaga"),
        "Balises GPS et scellés sur le transit Abidjan-Ouaga."
    );
    assert_eq!(
        name("→ faster release of low-risk cargo", Language::English).as_deref(),
        Some("Faster release of low-risk cargo")
    );
    assert_eq!(
        statement("> commencer petit, puis généraliser"),
        "Commencer petit, puis généraliser."
    );
    assert_eq!(
        statement("> 50 % des conteneurs sont scannés"),
        "> 50 % des conteneurs sont scannés.",
        "more than half"
    );
}

#[test]
fn items_numbered_in_a_line_are_read_as_a_list() {
    let typed = "1) needs assessment first; 2) business case with costs and benefits; 3) avoid \
                 buying 'solutions' looking for a problem";
    assert_eq!(
        statement(typed),
        "Needs assessment first; business case with costs and benefits; avoid buying \
         'solutions' looking for a problem."
    );
    assert_eq!(after_saying(typed, &statement(typed)), Some(""));
    assert_eq!(
        statement(
            "Future: 1) seamless travel corridor; 2) no document check for trusted travellers"
        ),
        "Seamless travel corridor; no document check for trusted travellers.",
        "after a label"
    );
    assert_eq!(
        statement("Blockchain: a) certificates of origin pilot b) fewer verification requests"),
        "Blockchain: certificates of origin pilot; fewer verification requests."
    );
    assert_eq!(
        statement("Robots: a. robot arm sampling in the lab; b. robot unloading pallets"),
        "Robots: robot arm sampling in the lab; robot unloading pallets."
    );
    assert_eq!(
        statement("Ask WCO to 1) map who uses what, 2) issue practical guidelines"),
        "Ask WCO to map who uses what, issue practical guidelines.",
        "a comma already ends the item"
    );
    assert_eq!(
        statement("Le coût est le premier frein : 1) budget quasi nul 2) maintenance non prévue"),
        "Le coût est le premier frein : budget quasi nul ; maintenance non prévue.",
        "spaced in French"
    );
    assert_eq!(
        aloud("WCO: 1) compendium of practices 2) guidance on IoT"),
        "WCO: compendium of practices; guidance on IoT"
    );
    // Marks that do not count on from the first item are words.
    for typed in [
        "Apply Art. 2) of the convention",
        "Phase 1) pilot at the port",
        "1) pilot at the port; 3) scale up",
        "1) pilot at the port; b) scale up",
        "Phase 1) pilot at two ports, phase 2) national roll-out",
    ] {
        assert_eq!(
            statement(typed),
            format!("{}.", capitalise(without_a_bullet(typed)))
        );
    }
    assert_eq!(
        statement("Data quality is priority 1. Training is priority 2."),
        "Data quality is priority 1.",
        "numbers that each follow the same word number no items"
    );
    // A list numbered in lines reads so too, and a list in lines marked
    // alike is stated by its first item, and the others read on.
    let lines = "a. e-seals on transit containers\nb. tracking via GPS\nc. alerts";
    assert_eq!(
        statement(lines),
        "E-seals on transit containers; tracking via GPS; alerts."
    );
    assert_eq!(after_saying(lines, &statement(lines)), Some(""));
    let lines = "- e-seals on transit containers\n- tracking via GPS";
    assert_eq!(statement(lines), "E-seals on transit containers.");
    assert_eq!(
        after_saying(lines, &statement(lines)),
        Some("- tracking via GPS")
    );
}

#[test]
fn a_learners_slips_of_grammar_are_told() {
    for typed in [
        "We are using the machine learning for to select the containers",
        "The customs must to invest in training",
        "Donors should to help the poor administrations",
        "The customs receive the PNR and API informations from airlines",
        "The personal datas of the passengers must be protected",
        "Budget to buy the equipments",
        "Need to organise trainings for customs officers about new technologies",
        "The goods are released more quick",
        "It is need to change the laws",
        "The single window is working since 2015",
        "Is necessary more training for the officers, specially in informatic",
        "For the small countries is important the help of the WCO. Is necessary the funding",
        "The laws must be change to accept the electronic documents",
        "The certificate of origin can be verify by the customs of import",
        "Officer use tablet during physical examination, upload photo direct to system.",
        "Smuggler use technology, we must be faster than them.",
        "Risk engine give red / yellow / green lane",
    ] {
        assert!(has_a_learners_slip(typed), "{typed:?}");
    }
    for typed in [
        "We use machine learning to select the containers",
        "Customs must invest in training",
        "Information and data from airlines",
        "Goods are released more quickly and more safely",
        "There is need for a legal basis",
        "The single window has worked since 2015",
        "Training since 2015 for all officers",
        "Waiting for to-morrow",
        "We will do all we can to reduce dwell times",
        "There is no political will to share data",
        "Seasonal peaks from May to September",
        "More small traders sell online",
        "More low value parcels every year",
        "Risk is high. For to-do lists, see annex",
        "Is it necessary to buy scanners?",
        "Is necessary equipment available?",
        "Training is necessary for all officers",
        "Training, as we said, is essential for all officers",
        "The laws must be changed to accept electronic documents",
        "The platform must be secure and will be used by all",
        "Data can be processed once; the change can be reviewed",
        "Officers use tablets during physical examination",
        "Staff use tablets at the border",
        "Officer use of tablets is growing",
        "Scanner use has grown since 2015",
        "Donor support so that smaller administrations are not left behind",
        "Improve data use for targeting",
        "Never use personal phones for official data",
        "User need analysis before any procurement",
        "The officer uses a tablet",
    ] {
        assert!(!has_a_learners_slip(typed), "{typed:?}");
    }
}

#[test]
fn a_word_cut_short_with_a_full_stop_is_written_out_without_it() {
    assert_eq!(
        statement("3D printing – tariff classif. of digital files unclear"),
        "3D printing – tariff classification of digital files unclear."
    );
    assert_eq!(
        statement("Biometric login to clearance sys for officers – no shared pwds"),
        "Biometric login to clearance system for officers – no shared passwords."
    );
    assert_eq!(
        statement("Clearer rules on tariff classif. Then train"),
        "Clearer rules on tariff classification."
    );
}

#[test]
fn a_time_opening_a_long_phrase_is_left_out_of_its_name() {
    for (typed, named) in [
        (
            "In future a traveller's biometric identity could replace the passport at every border post",
            "A traveller's biometric identity could replace the passport",
        ),
        (
            "In 5-10 years most low-risk declarations will be processed end-to-end without any officer",
            "Most low-risk declarations will be processed end-to-end",
        ),
        (
            "À terme les conteneurs connectés transmettront leurs données directement à la douane du pays d'arrivée",
            "Les conteneurs connectés transmettront leurs données directement à la douane",
        ),
    ] {
        let language = if typed.starts_with('À') {
            Language::French
        } else {
            Language::English
        };
        let name = name(typed, language);
        assert!(
            name.as_deref()
                .is_some_and(|name| named.starts_with(name) && name.split(' ').count() >= 5),
            "{typed:?} gives {name:?}"
        );
    }
    assert!(
        name(
            "In two years of operation the single window cut clearance times by half at every border post",
            Language::English
        )
        .is_none_or(|name| !name.starts_with("Of operation")),
        "a time the phrase is about"
    );
    // A phrase that fits keeps its time.
    assert_eq!(
        name("In future biometrics replace passports", Language::English).as_deref(),
        Some("In future biometrics replace passports")
    );
}

#[test]
fn a_statement_typed_in_capitals_reads_as_a_sentence() {
    assert_eq!(
        statement(
            "FACIAL RECOGNITION E-GATES AT THE INTERNATIONAL AIRPORT FOR ARRIVING PASSENGERS"
        ),
        "Facial recognition e-gates at the international airport for arriving passengers."
    );
    assert_eq!(
        statement("CONCERN ABOUT LOSS OF VAT ON LOW VALUE PURCHASES. WHO PAYS?"),
        "Concern about loss of VAT on low value purchases.",
        "an acronym stays"
    );
    let typed = "E-GATES AT AIRPORTS";
    assert_eq!(after_saying(typed, &statement(typed)), Some(""));
    assert_eq!(
        statement("RISK SCORING"),
        "RISK SCORING.",
        "two words are a heading"
    );
}

#[test]
fn a_heading_of_time_or_of_a_long_scene_gives_way_to_what_follows() {
    assert_eq!(
        name(
            "Use today: AI reading scanner images - flags mismatch with the HS code",
            Language::English
        )
        .as_deref(),
        Some("AI reading scanner images")
    );
    assert_eq!(
        name(
            "À terme : dédouanement sans intervention humaine pour les OEA (AEO)",
            Language::French
        )
        .as_deref(),
        Some("Dédouanement sans intervention humaine pour les OEA")
    );
    assert_eq!(
        name(
            "Pour la plupart de nos pays : encore au stade de projet, pas d'utilisation",
            Language::French
        )
        .as_deref(),
        Some("Encore au stade de projet")
    );
    // A scene with a clause of its own says something, and a short one
    // is a topic.
    assert_eq!(
        name(
            "À l'avenir le visage deviendra le passeport : passage sans arrêt",
            Language::French
        )
        .as_deref(),
        Some("À l'avenir le visage deviendra le passeport")
    );
    assert_eq!(
        name(
            "In most of our countries we lack funding: pilots stay small",
            Language::English
        )
        .as_deref(),
        Some("In most of our countries we lack funding")
    );
    assert_eq!(
        name(
            "Dans la plupart des pays on manque de moyens : les projets restent petits",
            Language::French
        )
        .as_deref(),
        Some("Dans la plupart des pays on manque de moyens")
    );
    assert_eq!(
        name(
            "With 3D printing: goods cross borders as files",
            Language::English
        )
        .as_deref(),
        Some("With 3D printing: goods cross borders as files")
    );
}

#[test]
fn a_french_name_ends_on_no_preposition_or_quantifier_waiting_for_its_noun() {
    assert_eq!(
        name(
            "Adapter le code des douanes pour permettre l'utilisation comme preuve des données issues de capteurs",
            Language::French
        )
        .as_deref(),
        Some("Adapter le code des douanes"),
        "the eighteenth set's purpose cut inside"
    );
    assert_eq!(
        name(
            "Beaucoup de bureaux de douane frontaliers n'ont même pas une connexion internet stable",
            Language::French
        )
        .as_deref(),
        None,
        "the eighteenth set's negation is not left at its first half, nor \
         left out (\"Beaucoup de bureaux de douane frontaliers\" said nothing of \
         what they lack)"
    );
    assert_eq!(
        name(
            "Suivi électronique des marchandises en transit vers le Mali et le Burkina (balises GPS)",
            Language::French
        )
        .as_deref(),
        Some("Suivi électronique des marchandises en transit")
    );
    assert_eq!(
        name(
            "Recommandation : commencer par des projets pilotes limités avant toute généralisation aux bureaux",
            Language::French
        )
        .as_deref(),
        Some("Commencer par des projets pilotes limités")
    );
    assert_eq!(
        name(
            "Exploitation des donnees API/PNR par algorithmes pr le profilage des passagers",
            Language::French
        )
        .as_deref(),
        Some("Exploitation des donnees API/PNR par algorithmes")
    );
}

#[test]
fn a_label_heads_a_topic_and_its_dash_as_it_heads_a_phrase() {
    assert_eq!(
        name(
            "Recommendation: interoperability - build on the WCO Data Model, avoid 180 national solutions",
            Language::English
        )
        .as_deref(),
        Some("Interoperability — build on the WCO Data Model")
    );
    assert_eq!(
        name(
            "Other: energy use / e-waste of all these devices and of blockchain - green customs?",
            Language::English
        )
        .as_deref(),
        Some("Energy use / e-waste of all these devices and of blockchain"),
        "a slash is no word: the phrase fits whole"
    );
    assert_eq!(
        name(
            "Gestion du changement : associer les agents et les syndicats dès le début sinon résistance",
            Language::French
        )
        .as_deref(),
        Some("Gestion du changement : associer les agents et les syndicats")
    );
}

#[test]
fn a_typographic_apostrophe_reads_as_a_straight_one() {
    let straight = "Proposals from the pilot teams weren't accepted by the board last year at all";
    let curly = straight.replace('\'', "’");
    let named = name(straight, Language::English).expect("a name");
    assert_eq!(
        named,
        "Proposals from the pilot teams weren't accepted by the board last year"
    );
    assert_eq!(
        name(&curly, Language::English),
        Some(named.replace('\'', "’"))
    );
}

/// From the tenth set: a verb keeps its particle when a clause follows
/// it, and not a preposition whose noun was cut; "Overall:" is a label;
/// no French name ends on "face" waiting for "à".
#[test]
fn names_of_the_tenth_set_end_whole() {
    for (answer, language, named) in [
        (
            "Hit rate on selected consignments went up since targeting became self-learning, fewer random checks.",
            Language::English,
            "Hit rate on selected consignments went up",
        ),
        (
            "Overall: lots of pilots, little scaled up.",
            Language::English,
            "Lots of pilots",
        ),
        (
            "Sécurité informatique : vulnérabilité des systèmes face aux pirates.",
            Language::French,
            "Sécurité informatique : vulnérabilité des systèmes face aux pirates",
        ),
        (
            "Globalement : beaucoup d'expérimentations, peu de déploiements",
            Language::French,
            "Beaucoup d'expérimentations",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let off = "Our coastguard drones patrol far off the southern coast and the islands at night";
    let named = name(off, Language::English).expect("a name");
    assert!(!named.ends_with(" off"), "{named}");
}

#[test]
fn a_list_prints_an_answer_of_one_item_without_its_mark() {
    for (typed, printed) in [
        (
            "- e-seals with GPS on transit trucks",
            "e-seals with GPS on transit trucks",
        ),
        ("• Drones", "Drones"),
        ("2) Former les agents", "Former les agents"),
        (
            "- risk: e-seal signal manipulated / GPS spoofing",
            "risk: e-seal signal manipulated / GPS spoofing",
        ),
        (
            "- legal basis first - sensor data must be admissible",
            "legal basis first - sensor data must be admissible",
        ),
        // Several items keep the marks that tell them apart.
        (
            "1. Train staff 2. Buy scanners",
            "1. Train staff 2. Buy scanners",
        ),
        ("- drones\n- scanners", "- drones\n- scanners"),
        ("Drones - at night", "Drones - at night"),
        ("-", "-"),
    ] {
        assert_eq!(as_one_item(typed), printed, "{typed:?}");
    }
}

#[test]
fn a_list_that_draws_its_own_bullet_prints_no_mark_beside_it() {
    for (typed, printed) in [
        ("- e-seals with GPS", "e-seals with GPS"),
        ("- drones\n- scanners", "drones\n- scanners"),
        (
            "• Formation moins chère\n• pas besoin d'un vrai camion",
            "Formation moins chère\n• pas besoin d'un vrai camion",
        ),
        // Numbers are no bullet: they tell the items apart.
        (
            "1. Train staff\n2. Buy scanners",
            "1. Train staff\n2. Buy scanners",
        ),
        ("2) Former les agents", "Former les agents"),
        ("Drones - at night", "Drones - at night"),
        ("-", "-"),
    ] {
        assert_eq!(beside_a_bullet(typed), printed, "{typed:?}");
    }
}

/// "faire face" is whole without its "à"; "up until" is no particle and a
/// clause; a name spelled with a capital inside stays as it is.
#[test]
fn faire_face_up_until_and_epassport_read_as_typed() {
    assert_eq!(
        name(
            "Les administrations douanières doivent faire face aux nouvelles menaces cyber et aux fraudes",
            Language::French
        )
        .as_deref(),
        Some("Les administrations douanières doivent faire face")
    );
    let until = name(
        "Paper certificates of origin stayed accepted up until the new portal opened last year",
        Language::English,
    )
    .expect("a name");
    assert!(!until.ends_with(" up"), "{until}");
    assert_eq!(
        capitalise("ePassport gates at airports"),
        "ePassport gates at airports"
    );
    assert_eq!(capitalise("e-gates at airports"), "E-gates at airports");
    assert_eq!(
        capitalise("l'OMD pourrait publier"),
        "L'OMD pourrait publier"
    );
    assert_eq!(
        aloud("- eManifest for all carriers"),
        "eManifest for all carriers"
    );
    assert_eq!(
        aloud("- train staff\n- recruit data scientists\n\n* update the customs code"),
        "Train staff; recruit data scientists; update the customs code",
        "every item's mark goes"
    );
    assert_eq!(
        aloud("Recommandation : former les agents.\nRevoir le code des douanes"),
        "Former les agents. Revoir le code des douanes"
    );
    assert_eq!(
        aloud("Recommendation:\n- train staff\n- recruit analysts"),
        "Train staff; recruit analysts",
        "a label on a line of its own"
    );
    assert_eq!(
        aloud("Train staff on the\nnew tools"),
        "Train staff on the new tools",
        "a sentence wrapped by a line break"
    );
}

#[test]
fn a_label_typed_with_an_equals_sign_or_ranked_names_nothing() {
    for (typed, named) in [
        (
            "Main benefit = faster release of goods, dwell time in port reduced",
            "Faster release of goods",
        ),
        (
            "Benefit = better use of scarce inspection ressources.",
            "Better use of scarce inspection ressources",
        ),
        (
            "Key risk: job losses among clerks",
            "Job losses among clerks",
        ),
        (
            "The main benefit = shorter queues at the gates",
            "Shorter queues at the gates",
        ),
        (
            "Notre principal risque : la cybersécurité des objets connectés",
            "La cybersécurité des objets connectés",
        ),
        (
            "Risque majeur : cyberattaques sur les objets connectés",
            "Cyberattaques sur les objets connectés",
        ),
    ] {
        assert_eq!(name(typed, Language::English).as_deref(), Some(named));
    }
    assert_eq!(
        statement("Main benefit = faster release of goods. Less cost for business"),
        "Faster release of goods."
    );
    assert_eq!(
        name(
            "Benefit => faster clearance at the border",
            Language::English
        )
        .as_deref(),
        Some("Faster clearance at the border"),
        "an arrow is no equals sign, and after a label heads it as a colon does"
    );
    assert_eq!(
        statement("Benefit => faster clearance at the border"),
        "Benefit => faster clearance at the border."
    );
    assert_eq!(
        name("Costs = high, maintenance too", Language::English).as_deref(),
        Some("Costs = high"),
        "an equals sign after words that are no label is left as typed"
    );
}

#[test]
fn a_scene_that_only_says_whose_the_answer_is_names_nothing() {
    assert_eq!(
        name(
            "Chez nous (Senegal) module de ciblage automatique sur les declarations, base sur l'historique",
            Language::French
        )
        .as_deref(),
        Some("Module de ciblage automatique sur les declarations")
    );
    assert_eq!(
        name("For us, the main benefit is speed", Language::English).as_deref(),
        Some("The main benefit is speed")
    );
    assert_eq!(
        name(
            "Pour nous assurer de la qualité des données",
            Language::French
        )
        .as_deref(),
        Some("Pour nous assurer de la qualité des données"),
        "a pronoun a verb governs is no scene"
    );
    // The group it is said for (the twenty-fourth set's "Pour le groupe 6
    // le principal bénéfice", which a judge renamed).
    for (typed, language) in [
        (
            "Pour le groupe 6 le principal bénéfice est la capacité à traiter des volumes croissants",
            Language::French,
        ),
        (
            "For our group, the main benefit is the capacity to handle growing volumes",
            Language::English,
        ),
        (
            "Pour groupe B : former les agents avant tout",
            Language::French,
        ),
    ] {
        let named = name(typed, language).expect("a name");
        assert!(!named.to_lowercase().contains("group"), "{named:?}");
        assert!(
            !statement(typed).to_lowercase().contains("group"),
            "{typed}"
        );
    }
    assert_eq!(
        name("For the group leaders, training first", Language::English).as_deref(),
        Some("For the group leaders, training first"),
        "a group of people is no break-out group"
    );
    for (typed, opening) in [
        (
            "For them (smugglers), drones are a cheap way across",
            "For them",
        ),
        (
            "With US, EU and Japan: mutual recognition of AEOs",
            "With US",
        ),
    ] {
        let named = name(typed, Language::English).expect("a name");
        assert!(
            named.starts_with(opening),
            "{named:?}: whose else the answer is says something"
        );
    }
}

#[test]
fn a_time_a_label_would_say_leaves_a_long_phrase_the_room_of_the_name() {
    assert_eq!(
        name(
            "À terme, une blockchain partagée par tous les acteurs de la chaîne logistique internationale : la douane y lit les données",
            Language::French
        )
        .as_deref(),
        Some("Une blockchain partagée par tous les acteurs")
    );
    assert_eq!(
        name("In 2030, drones patrol the coast", Language::English).as_deref(),
        Some("In 2030, drones patrol the coast"),
        "a phrase that fits keeps its time"
    );
}

#[test]
fn a_topic_before_an_if_clause_is_named_alone() {
    assert_eq!(
        name(
            "Biais des algorithmes : si les données d'entraînement sont biaisées, le ciblage discrimine",
            Language::French
        )
        .as_deref(),
        Some("Biais des algorithmes")
    );
    assert_eq!(
        name(
            "Contrôles : si important pour les recettes publiques de nos pays que nous devons investir",
            Language::French
        )
        .as_deref()
        .map(|named| named.contains("si important")),
        Some(true),
        "\"si\" before an adjective is \"so\", no clause"
    );
    assert!(
        name(
            "Cybersécurité : si le réseau tombe, tout le dédouanement s'arrête aux frontières",
            Language::French
        )
        .is_some(),
        "a topic of one word names nothing alone, and the phrase goes on"
    );
}

/// A name keeps the second word of a French negation, which says the
/// opposite without it, and ends before a preposition or a quantity
/// whose noun it cut (the fourteenth set).
#[test]
fn a_name_keeps_its_negation_and_leaves_no_preposition_hanging() {
    let french = |typed: &str| name(typed, Language::French);
    assert_eq!(
        french(
            "La machine ne negocie pas : l'automatisation reduit les arrangements informels a la frontiere."
        )
        .as_deref(),
        Some("La machine ne negocie pas")
    );
    assert_eq!(
        french("Les douanes n'ont plus : le papier a disparu").as_deref(),
        Some("Les douanes n'ont plus")
    );
    assert_eq!(
        french(
            "Coupures d'electricite et pas de reseau dans beaucoup de postes frontieres, comment faire de l'IoT ?"
        )
        .as_deref(),
        Some("Coupures d'electricite et pas de reseau")
    );
    assert_eq!(
        french("Risque d'une douane a deux vitesses entre le Nord et l'Afrique de l'Ouest et du Centre.").as_deref(),
        Some("Risque d'une douane a deux vitesses")
    );
    // A phrase that ends on such a word says it whole.
    assert_eq!(
        french("La reconnaissance faciale aide beaucoup.").as_deref(),
        Some("La reconnaissance faciale aide beaucoup")
    );
    assert_eq!(
        name(
            "Scanners, drones and sensors at every port",
            Language::English
        )
        .as_deref(),
        Some("Scanners, drones and sensors at every port")
    );
}

/// An English name cut after a participle in "-ing" ends before it when
/// the cut took its object (the twelfth set).
#[test]
fn an_english_name_ends_before_a_participle_that_lost_its_object() {
    assert_eq!(
        name(
            "By 2025 a single biometric token linking the passenger and his baggage so customs sees both.",
            Language::English
        )
        .as_deref(),
        Some("A single biometric token linking the passenger and his baggage"),
        "past the year, the participle keeps its object"
    );

    // "Used" is a participle too, however short.
    assert_eq!(
        name(
            "(d) electronic seals and GPS tracking devices are used for the monitoring of goods under transit;",
            Language::English
        )
        .as_deref(),
        Some("Electronic seals and GPS tracking devices")
    );

    // After a verb or an adverb, it is the verb.
    assert_eq!(
        name(
            "Our administration is now piloting the blockchain platform developed with Korea for certificates of origin.",
            Language::English
        )
        .as_deref(),
        Some("Our administration is now piloting")
    );
}

/// A thing and what it brings, typed as a note with one arrow, is named by
/// the thing: a facilitator renamed "E-seals GPS transit -> less escort"
/// and "Staff biometrics -> who did what is undeniable". Steps stay whole,
/// and so does an arrow after a word that says too little alone.
#[test]
fn a_note_with_one_arrow_is_named_by_the_thing() {
    for (typed, named) in [
        ("e-seals GPS transit -> less escort", "E-seals GPS transit"),
        (
            "Staff biometrics -> who did what is undeniable.",
            "Staff biometrics",
        ),
        (
            "Pilot -> evaluate -> roll out",
            "Pilot -> evaluate -> roll out",
        ),
        ("Pilot -> scale", "Pilot -> scale"),
    ] {
        assert_eq!(
            name(typed, Language::English).as_deref(),
            Some(named),
            "{typed}"
        );
    }
}

/// The fifteenth set's "If people print at home" and "In our
/// administration, machine learning models": a condition names nothing
/// without what follows it, and a country's or the group's own place
/// says where, not what.
#[test]
fn a_condition_runs_on_and_a_place_of_ones_own_is_left_out() {
    let cases = [
        (
            "If people print at home, what do we tax? It's the design file that crosses.",
            Language::English,
            "If people print at home, what do we tax?",
        ),
        (
            "If systems don't talk across the border, the e-seal tracking just stops at the border post",
            Language::English,
            "The e-seal tracking just stops at the border post",
        ),
        (
            "Si le système tombe en panne, tout le port est bloqué pendant des jours",
            Language::French,
            "Tout le port est bloqué pendant des jours",
        ),
        (
            "In our experience, the quality of the manifest is the main limiting factor",
            Language::English,
            "The quality of the manifest is the main limiting factor",
        ),
        (
            "Dans notre pays, les drones surveillent la frontière nord depuis 2016 avec des caméras thermiques et des radars",
            Language::French,
            "Les drones surveillent la frontière nord depuis 2016",
        ),
        (
            "In Korea we scrape marketplace prices online to benchmark the declared customs values of parcels",
            Language::English,
            "We scrape marketplace prices online",
        ),
        (
            "In the ports, drones patrol the coast",
            Language::English,
            "In the ports, drones patrol the coast",
        ),
        (
            "In AI, the hard part is the data",
            Language::English,
            "In AI, the hard part is the data",
        ),
        (
            "In our country, we believe that AI needs a legal basis",
            Language::English,
            "AI needs a legal basis",
        ),
        (
            "Le groupe a souligné que la formation vient avant l'achat",
            Language::French,
            "La formation vient avant l'achat",
        ),
        // The level of an administration, by its name or the group's own
        // (the twenty-seventh set); the WCO's is a topic, not a place.
        (
            "Au niveau de l'ADII, le ciblage se fait via des profils de risque",
            Language::French,
            "Le ciblage se fait via des profils de risque",
        ),
        (
            "Au niveau de notre administration, les drones surveillent la frontière sud",
            Language::French,
            "Les drones surveillent la frontière sud",
        ),
        (
            "Au niveau de l'OMD, il faut des normes communes",
            Language::French,
            "Au niveau de l'OMD, il faut des normes communes",
        ),
        // A regional body's level is where a thing would be: it stays.
        (
            "Au niveau de la CEDEAO, les douanes partagent les données de transit",
            Language::French,
            "Au niveau de la CEDEAO",
        ),
        (
            "At land borders, trucks wait for days",
            Language::English,
            "At land borders, trucks wait for days",
        ),
        (
            "In our officers' hands, tablets replace paper",
            Language::English,
            "In our officers' hands, tablets replace paper",
        ),
    ];
    for (answer, language, named) in cases {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

#[test]
fn a_name_does_not_end_on_half_a_pair_or_a_quantity() {
    let french = |text| name(text, Language::French);
    let english = |text| name(text, Language::English);
    assert_eq!(
        french("Les scellés électroniques ne sont pas reconnus chez nous, il faut un texte")
            .as_deref(),
        Some("Les scellés électroniques ne sont pas reconnus"),
        "\"chez\" waits for its pronoun, a stop word"
    );
    assert_eq!(
        french("Moins de contact entre l'agent et l'usager donc moins de risques de corruption.")
            .as_deref(),
        Some("Moins de contact entre l'agent et l'usager"),
        "the \"et\" of \"entre … et\" is no place to cut, and \"donc\" hangs"
    );
    assert_eq!(
        french("Le système trie des milliers de colis par nuit selon le risque de chaque envoi")
            .as_deref(),
        Some("Le système trie des milliers de colis"),
        "a quantity keeps what it counts"
    );
    assert_eq!(
        english("Officers cannot look at the thousands of images the scanners produce every day")
            .as_deref(),
        Some("Officers cannot look at the thousands of images"),
    );
    assert_eq!(
        english("Staff freed from manual data entry can concentrate on profiling and audits")
            .as_deref(),
        Some("Staff freed from manual data entry can concentrate on profiling"),
        "a modal and its verb take in their complement, or come off without it"
    );
}

#[test]
fn a_question_heading_names_what_it_asks() {
    assert_eq!(
        name(
            "Question du groupe : est-ce que le guichet unique est une technologie disruptive ? Pas de consensus",
            Language::French
        )
        .as_deref(),
        Some("Est-ce que le guichet unique est une technologie disruptive ?")
    );
    assert_eq!(
        name(
            "Question to the panel: who is liable when the algorithm gets it wrong?",
            Language::English
        )
        .as_deref(),
        Some("Who is liable when the algorithm gets it wrong?")
    );
}

#[test]
fn a_full_stop_inside_a_word_a_number_or_after_an_abbreviation_ends_no_phrase() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("Align our standards with the U.S. and EU partners").as_deref(),
        Some("Align our standards with the U.S. and EU partners"),
        "an initialism's full stops"
    );
    assert_eq!(
        english("Drones for checking cargo on deck e.g. at anchor, before the ship berths")
            .as_deref(),
        Some("Drones for checking cargo on deck"),
        "an example ends the phrase before its \"e.g.\""
    );
    assert_eq!(
        english("Biometric data of all travellers incl. minors, kept for ten years").as_deref(),
        Some("Biometric data of all travellers incl. minors")
    );
    assert_eq!(
        english("Version 2.0 of the data model, with the e-commerce fields").as_deref(),
        Some("Version 2.0 of the data model")
    );
    assert_eq!(
        english("40,000 parcels a night, far too many to open").as_deref(),
        Some("40,000 parcels a night"),
        "nor does a comma between digits"
    );
    assert_eq!(
        english("Guidance on www.wcoomd.org for members starting out, in three languages")
            .as_deref(),
        Some("Guidance on www.wcoomd.org for members starting out")
    );
}

#[test]
fn a_name_closes_the_quotation_it_opens() {
    assert_eq!(
        name(
            "Une frontière « sans contact » où le voyageur est identifié par son visage dès l'enregistrement, sans jamais présenter son passeport.",
            Language::French
        )
        .as_deref(),
        Some("Une frontière « sans contact »")
    );
    assert_eq!(
        name(
            "Des conteneurs « intelligents qui transmettent eux-mêmes leur position et l'ouverture des portes à la douane",
            Language::French
        )
        .as_deref()
        .map(|name| name.contains('«')),
        Some(false),
        "a quotation the answer never closes is no quotation"
    );
}

#[test]
fn a_french_name_cut_after_faire_or_se_and_its_infinitive_ends_before_them() {
    assert_eq!(
        name(
            "Les trafiquants utilisent des drones pour faire passer du tabac de contrebande par-dessus la frontière.",
            Language::French
        )
        .as_deref(),
        Some("Les trafiquants utilisent des drones")
    );
    // A partitive opens the object too (the twenty-fifth set's
    // "… pour faire passer", once its "aussi" was left out).
    assert_eq!(
        name(
            "Les drones servent aux trafiquants pour faire passer de la drogue par-dessus la frontiere",
            Language::French
        )
        .as_deref(),
        Some("Les drones servent aux trafiquants")
    );
    assert_eq!(
        name(
            "Authentification biométrique des agents pour se connecter au système de dédouanement : chaque action est tracée.",
            Language::French
        )
        .as_deref(),
        Some("Authentification biométrique des agents")
    );
}
#[test]
fn a_name_that_would_be_its_topic_alone_says_what_was_said_of_it() {
    let answer = "Impression 3D : les marchandises franchissent la frontière sous forme de fichiers, d'où une perte de recettes douanières.";
    assert_eq!(
        name(answer, Language::French).as_deref(),
        Some("Les marchandises franchissent la frontière sous forme de fichiers"),
        "a concept alone, 'Impression 3D', says nothing of it"
    );
    assert_eq!(
        name(
            "Les marchandises franchissent la frontière sous forme de fichiers numériques cryptés, d'où une perte de recettes.",
            Language::French
        )
        .as_deref(),
        Some("Les marchandises franchissent la frontière"),
        "'sous forme' waits for what it is the form of"
    );
    assert_eq!(
        name(
            "Frontière sans couture : voyageur reconnu par biométrie de l'enregistrement jusqu'à la sortie, sans montrer son passeport",
            Language::French
        )
        .as_deref(),
        Some("Frontière sans couture : voyageur reconnu par biométrie"),
        "'par biométrie' is whole"
    );
}

#[test]
fn a_groups_own_use_leaves_the_name_to_what_it_uses() {
    for (answer, language, named) in [
        (
            "We use fingerprint readers to control officers' access to the clearance system, which ends shared passwords",
            Language::English,
            "Fingerprint readers to control officers' access to the clearance system",
        ),
        (
            "At the airports we have the e-gates with fingerprint for the passengers, the waiting time is reduced very much.",
            Language::English,
            "The e-gates with fingerprint for the passengers",
        ),
        (
            "For the transit of goods to the interior we use electronic seals with GPS, so we follow the truck in real time from the port until the dry port.",
            Language::English,
            "Electronic seals with GPS",
        ),
        (
            "Notre administration utilise des drones pour la surveillance maritime (cotes, petits ports) -> moins de personnel mobilisé",
            Language::French,
            "Des drones pour la surveillance maritime",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    assert_eq!(
        name(
            "Nous utilisons déjà des algorithmes de fouille de données (data mining) pour le ciblage des flux fret et postaux",
            Language::French
        )
        .as_deref(),
        Some("Des algorithmes de fouille de données"),
        "the eighteenth set's use with an adverb after the verb"
    );
    assert_eq!(
        name(
            "Nous utilisons deja des drones pour la surveillance maritime",
            Language::French
        )
        .as_deref(),
        Some("Des drones pour la surveillance maritime"),
        "an adverb typed without its accent"
    );
    assert_eq!(
        name(
            "We are using machine learning for select the high risk shipments, it is trained with seizure data of last 5 years.",
            Language::English
        )
        .as_deref(),
        Some("Machine learning for select the high risk shipments"),
        "the nineteenth set's use in the progressive"
    );
    assert_eq!(
        name(
            "Our administration is already using drones on the northern border",
            Language::English
        )
        .as_deref(),
        Some("Drones on the northern border")
    );
    assert_eq!(
        name(
            "Our customs using AI to select containers",
            Language::English
        )
        .as_deref(),
        Some("Our customs using AI to select containers"),
        "\"using\" is a group's use only after \"are\" or \"is\""
    );
    assert_eq!(
        name("We are using drones", Language::English).as_deref(),
        Some("We are using drones"),
        "what follows says too little alone"
    );
    assert_eq!(
        name("We use drones", Language::English).as_deref(),
        Some("We use drones"),
        "what follows says too little alone"
    );
}

/// The eighteenth set's "<b>Recommendation:</b> WCO to facilitate access"
/// and "=HYPERLINK(…)": a name and a statement are read without the tags
/// and the formula pasted around the words.
#[test]
fn names_and_statements_leave_out_markup_and_formulas() {
    let marked = "<b>Recommendation:</b> WCO to facilitate access to technology for LDCs (donors, discounts, open source).";
    assert_eq!(
        name(marked, Language::English).as_deref(),
        Some("WCO to facilitate access to technology for LDCs")
    );
    assert_eq!(
        statement(marked),
        "WCO to facilitate access to technology for LDCs (donors, discounts, open source)."
    );
    assert_eq!(aloud("<i>Recommendation:</i> train staff"), "Train staff");
    assert_eq!(
        aloud("<b>Recommendations:</b>\n<ul><li>train staff</li><li>recruit analysts</li></ul>"),
        "Train staff; recruit analysts",
        "list items are read as items"
    );
    assert_eq!(
        after_saying(marked, &statement(marked)),
        Some(""),
        "the answer a statement was made from says no more than it"
    );
    assert_eq!(
        name(
            "=SUM(40 000 colis par jour) : impossible de tout controler a la main, il faut l'IA pour trier les envois e-commerce.",
            Language::French
        )
        .as_deref(),
        Some("40 000 colis par jour"),
        "not \"=SUM : …\""
    );
    assert_eq!(
        statement(
            "=HYPERLINK(\"http://www.wcoomd.org/en/media/newsroom.aspx\",\"robot China Customs airport\")"
        ),
        "Robot China Customs airport."
    );
    let pictured = "Blockchain for sure 👍 – share certificates with partner countries ✅";
    assert_eq!(
        statement(pictured),
        "Blockchain for sure – share certificates with partner countries."
    );
    assert_eq!(after_saying(pictured, &statement(pictured)), Some(""));
    assert_eq!(
        statement("👍"),
        "👍.",
        "a pictograph alone is what was typed"
    );
    assert_eq!(
        statement("E-seals ➡ GPS tracking"),
        "E-seals ➡ GPS tracking."
    );
    assert_eq!(
        statement(
            "1) WCO to set up a platform; 2) share practices (focal point: vwg.fc@wcoomd.org)"
        ),
        "WCO to set up a platform; share practices."
    );
    assert_eq!(
        statement(
            "Share the results of pilots - contact for our PoC: innovation.unit@customs.example.org"
        ),
        "Share the results of pilots."
    );
    assert_eq!(
        statement("Share practices, tools and data (focal point: unit@wco.org)."),
        "Share practices, tools and data.",
        "the stop after the bracket"
    );
    assert_eq!(
        statement("Pilots run in Kenya, Uganda and Tanzania; write to unit@wco.org"),
        "Pilots run in Kenya, Uganda and Tanzania.",
        "the aside, not the list before it"
    );
    assert_eq!(
        statement("Write to unit@wcoomd.org for the guide"),
        "Write to unit@wcoomd.org for the guide.",
        "an address within the words stays"
    );
    assert_eq!(
        statement("e-gates @ airports = faster flow"),
        "E-gates @ airports = faster flow.",
        "an at sign is no address"
    );
    assert_eq!(
        aloud("Recs: training of officers on new tech; e-learning modules"),
        "Training of officers on new tech; e-learning modules"
    );
    let headed = "<b>Key point</b>: invest in training so officers are comfortable with data tools";
    assert_eq!(
        statement(headed),
        "Invest in training so officers are comfortable with data tools."
    );
}

/// The eighteenth set's "Crainte des agents de voir leur poste": a whole
/// thought a few characters over a cut name's longest is kept whole, and
/// a topic's thought too when the topic alone would name it.
#[test]
fn a_whole_thought_a_little_over_a_cut_names_longest_stays_whole() {
    for (answer, named) in [
        (
            "Crainte des agents de voir leur poste supprimé par l'automatisation ; un accompagnement social est nécessaire",
            "Crainte des agents de voir leur poste supprimé par l'automatisation",
        ),
        (
            "Contrefaçon : les fichiers des produits protégés circulent librement sur internet, la douane ne peut pas retenir un fichier",
            "Les fichiers des produits protégés circulent librement sur internet",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    let longer = "Crainte des agents de voir leur poste de travail supprimé par l'automatisation des contrôles";
    let cut = name(longer, Language::French).expect("a name");
    assert!(cut.chars().count() <= LONGEST_NAME, "{cut}");
}

/// The twentieth set's cuts: "IT" in capitals is no pronoun to drop, and
/// a clause of purpose that stops before its verb is left out; one with
/// its verb, or a word typed in capitals for emphasis, is not.
#[test]
fn a_name_keeps_an_acronym_and_leaves_out_a_purpose_without_its_verb() {
    let english = |typed: &str| name(typed, Language::English);
    assert_eq!(
        english("High cost + legacy IT (20 y.o. clearance system) make integration very hard")
            .as_deref(),
        Some("High cost and legacy IT")
    );
    assert_eq!(
        english(
            "Review RKC / national law so that automated decisions (release by algorithm) are legally valid"
        )
        .as_deref(),
        Some("Review RKC / national law")
    );
    assert_eq!(
        english(
            "WCO should develop standards so that systems can talk to each other (data model, blockchain interoperability)"
        )
        .as_deref(),
        Some("WCO should develop standards so that systems can talk")
    );
    assert_eq!(
        english(
            "Data protection: agree retention periods & purpose limitation BEFORE scaling biometrics"
        )
        .as_deref(),
        Some("Data protection: agree retention periods and purpose limitation")
    );
    assert_eq!(
        name(
            "Former les agents pour qu'ils (surtout les jeunes) puissent analyser les données",
            Language::French
        )
        .as_deref(),
        Some("Former les agents")
    );
    // What stays before the clause must say enough, after a topic too.
    assert_eq!(
        english("Interoperability: so that data flows (no silos), connect the single windows")
            .as_deref(),
        Some("Interoperability: so that data flows")
    );
}

/// A statement says more than its theme's name when it says two words
/// that carry meaning the name does not, outside brackets.
#[test]
fn a_statement_says_more_than_a_name_with_two_words_of_its_own() {
    use super::says_more_than;
    let english = |statement: &str, name: &str| says_more_than(statement, name, Language::English);
    assert!(!english("Donor support.", "Donor support"));
    assert!(!english(
        "Smugglers use drones across the border (and into prisons).",
        "Smugglers use drones across the border"
    ));
    assert!(!english(
        "E-gates at airports, mainly.",
        "E-gates at airports"
    ));
    assert!(english(
        "E-gates at airports, shared with immigration.",
        "E-gates at airports"
    ));
    assert!(!says_more_than(
        "Former les agents.",
        "Former les agents",
        Language::French
    ));
}

/// Shorthand a secretary writes out, in names and statements: "w/",
/// "w/o", an "&" or a "+" between words in a text whose language tells,
/// and a word cut short ("mgmt", "pax", "imgs"); "R&D", "+33", a "+" that
/// ends a text and "e-docs" stay.
#[test]
fn shorthand_is_written_out() {
    assert_eq!(
        statement("Change mgmt!! people resist new system"),
        "Change management!! people resist new system."
    );
    assert_eq!(
        name("No-stop border for pax: face = passport", Language::English).as_deref(),
        Some("No-stop border for passengers")
    );
    assert_eq!(
        statement("Reconnaissance des imgs du scanner pour les pax au port"),
        "Reconnaissance des images du scanner pour les passagers au port."
    );
    // A word with a mark inside, and a heading typed in capitals, stay.
    assert_eq!(
        statement("E-docs and e-payment, MGMT of risk"),
        "E-docs and e-payment, MGMT of risk."
    );
    assert_eq!(
        statement("Pilot w/ chamber of commerce: e-CO on distributed ledger"),
        "Pilot with chamber of commerce: e-CO on distributed ledger."
    );
    assert_eq!(
        statement("Partner with tech industry & start-ups, R&D w/o vendor lock-in"),
        "Partner with tech industry and start-ups, R&D without vendor lock-in."
    );
    assert_eq!(
        statement("Scanner + logiciel qui détecte les cigarettes tout seul"),
        "Scanner et logiciel qui détecte les cigarettes tout seul."
    );
    assert_eq!(
        statement("Call +33 1 40 00 00 00 for AI +"),
        "Call +33 1 40 00 00 00 for AI +."
    );
    assert_eq!(
        name(
            "Staff badges w/fingerprint to enter restricted zones",
            Language::English
        )
        .as_deref(),
        Some("Staff badges with fingerprint to enter restricted zones")
    );
    assert_eq!(
        name(
            "Smart contracts that pay duties & taxes automatically when goods arrive",
            Language::English
        )
        .as_deref(),
        Some("Smart contracts that pay duties and taxes automatically"),
        "written out before it is cut to fit"
    );
}

/// A statement is read aloud without the web address its answer gives,
/// nor the brackets or the "cf." that held it.
#[test]
fn a_statement_reads_no_link() {
    assert_eq!(
        statement(
            "Partager les expériences entre Membres – cf. https://www.wcoomd.org/fr/topics/facilitation.aspx"
        ),
        "Partager les expériences entre Membres."
    );
    assert_eq!(
        statement(
            "We recommend that the VWG FC papers be put on the WCO website (e.g. http://www.wcoomd.org/en/topics.aspx) so that Members can use them"
        ),
        "We recommend that the VWG FC papers be put on the WCO website so that Members can use them."
    );
    assert_eq!(
        statement("Keep a compendium (see the WCO site) of projects"),
        "Keep a compendium (see the WCO site) of projects."
    );
    assert_eq!(
        name(
            "WCO compendium of use cases + guidelines http://www.wcoomd.org/en/topics/facilitation.aspx",
            Language::English
        )
        .as_deref(),
        Some("WCO compendium of use cases and guidelines")
    );
}

/// A statement opens with its theme's name when its first three words
/// that carry meaning, or all of a shorter name's, are the name's,
/// whatever their case and accents; a name's first stop words say
/// nothing of it.
#[test]
fn a_statement_opens_with_a_name_by_its_first_words() {
    use super::opens_with;
    let english = |statement: &str, name: &str| opens_with(statement, name, Language::English);
    let french = |statement: &str, name: &str| opens_with(statement, name, Language::French);
    assert!(english(
        "Automated border control gates with facial recognition at the main airports.",
        "Automated border control gates with facial recognition"
    ));
    assert!(english("Pilot first, then scale.", "Pilot first"));
    assert!(french(
        "Controle biometrique des passagers.",
        "Contrôle biométrique des passagers à l'aéroport"
    ));
    assert!(french(
        "Automatisation des contrôles aux frontières.",
        "L'automatisation des contrôles"
    ));
    assert!(!english(
        "E-gates at the main airport, face matched against the chip.",
        "Biometrics and automated border control"
    ));
    assert!(!english("Pilot.", "Pilot first"));
    assert!(!french(
        "Le dédouanement à l'arrivée prend trop de temps.",
        "Le dédouanement à distance"
    ));
}

/// Words typed in capitals for emphasis among lower-case words are filed
/// in lower case when the caller says they are emphasis; acronyms, words
/// of a proper name, words with a mark inside and a text all in capitals
/// (unshouted as a whole if it is a name) stay as typed.
#[test]
fn words_in_capitals_for_emphasis_are_calmed() {
    use super::calmed;
    // As if the meeting typed every word in lower case.
    let typed = |_: &str| true;
    assert_eq!(
        calmed(
            "Smugglers use drones across the river - VERY hard to stop.",
            typed
        ),
        "Smugglers use drones across the river - very hard to stop."
    );
    assert_eq!(
        calmed("FORMATION des agents", typed),
        "Formation des agents"
    );
    assert_eq!(
        calmed("ÉNORME retard au port", typed),
        "Énorme retard au port"
    );
    assert_eq!(
        calmed("Based on past SEIZURES, with the AI of the WCO.", typed),
        "Based on past seizures, with the AI of the WCO."
    );
    // A conjunction of two letters is emphasis too; other short words
    // in capitals are acronyms ("IT", "EU").
    assert_eq!(
        calmed("Coûts d'acquisition ET de maintenance trop élevés", typed),
        "Coûts d'acquisition et de maintenance trop élevés"
    );
    for as_typed in [
        "Data exchange with the EU and IT systems",
        "Remote inspection of small consignments (NO)",
        "Update the SAFE Framework",
        "Follow the WHO guidelines",
        "Legacy IT is the barrier",
        "Permits for wildlife under CITES",
        "L'OMD et les codes SH/HS du E-COMMERCE",
        "VERY HARD TO STOP",
    ] {
        assert_eq!(calmed(as_typed, typed), as_typed);
    }
    // A word the caller does not know as emphasis is an acronym.
    assert_eq!(
        calmed("Data from SYDONIA, VERY late", |word| word == "very"),
        "Data from SYDONIA, very late"
    );
    assert!(matches!(
        calmed("Nothing shouted", typed),
        std::borrow::Cow::Borrowed(_)
    ));
}

/// What follows a topic and opens on "would" or "serait" judges the topic,
/// and cut short says nothing: the topic alone names it, as before a
/// hyphen (the twenty-seventh set). Kept whole, it stays; what the topic
/// should or cannot do is a point, and names.
#[test]
fn a_comment_on_a_topic_cut_short_leaves_the_topic_to_name() {
    let english = |text| name(text, Language::English);
    for typed in [
        "AI for profiling/targeting – would be great but we dont have the data volume or the analysts yet",
        "AI for profiling/targeting — would be great but we dont have the data volume or the analysts yet",
        "AI for profiling/targeting - would be great but we dont have the data volume or the analysts yet",
    ] {
        assert_eq!(
            english(typed).as_deref(),
            Some("AI for profiling/targeting"),
            "{typed}"
        );
    }
    assert_eq!(
        name(
            "Ciblage des conteneurs : serait utile mais nous n'avons ni les données ni les analystes pour le faire",
            Language::French
        )
        .as_deref(),
        Some("Ciblage des conteneurs")
    );
    assert_eq!(
        english("Data quality: will decide whether AI works").as_deref(),
        Some("Data quality: will decide whether AI works")
    );
    // What the topic should or could do is a proposal, and names.
    assert_ne!(
        english("Single window: should be mandatory for every agency at the border and in all ports of the country")
            .as_deref(),
        Some("Single window")
    );
    assert_ne!(
        english("Legacy IT systems: cannot exchange data with the new risk engine without a costly upgrade of the platform")
            .as_deref(),
        Some("Legacy IT systems")
    );
}

/// A verb's particle goes with it where the cut would leave it behind,
/// before a phrase of its own; before its noun it is a preposition.
#[test]
fn a_verb_keeps_its_particle_past_the_cut() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("Cyber security guidelines and standards must be laid down before connecting all the devices.")
            .as_deref(),
        Some("Cyber security guidelines and standards must be laid down")
    );
    assert_eq!(
        english("Drones patrol off the coast of the southern islands every night and day")
            .as_deref(),
        Some("Drones patrol off the coast of the southern islands every night")
    );
}

/// A glossary term's last word stays where it means nothing alone: the
/// "X" of "rayons X".
#[test]
fn a_name_keeps_the_last_word_of_a_term() {
    assert_eq!(
        name(
            "Analyse automatisée des images de rayons X (camions, conteneurs) par l'IA pour aider les agents à détecter les anomalies.",
            Language::French
        )
        .as_deref(),
        Some("Analyse automatisée des images de rayons X")
    );
}

/// A verb the cut left without its object takes it back when it is a short
/// noun phrase that ends before a joining word, a mark or an adverb, and
/// the name still fits (the twenty-second and twenty-seventh sets).
#[test]
fn a_verb_cut_from_its_short_object_takes_it_back() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("Drones are used to monitor the long desert borders and to support the patrol teams at night.")
            .as_deref(),
        Some("Drones used to monitor the long desert borders")
    );
    assert_eq!(
        english("Policy leaders need to understand the technology well enough to take decisions – regular briefings for senior management")
            .as_deref(),
        Some("Policy leaders need to understand the technology")
    );
    // A noun in "-ly" is no adverb that ends the object.
    assert_eq!(
        english("Drones are used to monitor the drug supply routes and to support the patrol teams at night.")
            .as_deref(),
        Some("Drones used to monitor the drug supply routes")
    );
}

/// A request's courtesy is no part of its name or its statement (the
/// twenty-seventh set's "WCO may kindly prepare guidelines"); "to please"
/// is a verb.
#[test]
fn a_name_asks_without_courtesy() {
    let english = |text| name(text, Language::English);
    assert_eq!(
        english("WCO may kindly prepare guidelines").as_deref(),
        Some("WCO may prepare guidelines")
    );
    assert_eq!(
        english("Please share best practices among members").as_deref(),
        Some("Share best practices among members")
    );
    assert_eq!(
        english("Rules written to please the vendors").as_deref(),
        Some("Rules written to please the vendors")
    );
    assert_eq!(
        english("Nothing we do can please the traders").as_deref(),
        Some("Nothing we do can please the traders")
    );
    assert_eq!(
        english("Please, share best practices among members").as_deref(),
        Some("Share best practices among members")
    );
    assert_eq!(
        statement("WCO may kindly prepare guidelines and share the best practices of members."),
        "WCO may prepare guidelines and share the best practices of members."
    );
}

/// The twenty-eighth set's formal French, and its English kin: a frame
/// that says what is worth doing or saying ("Il convient de …", "It is
/// important to note that …", "Il serait opportun de …", "It would be
/// desirable for the WCO to …") is no part of the point, and a verb of
/// saying takes its "que" or "that" with it. A frame before no verb, or
/// whom it is worth for naming no one, stays.
#[test]
fn an_impersonal_frame_names_nothing() {
    for (answer, language, named) in [
        (
            "Il convient de procéder par projets pilotes circonscrits, assortis d'une évaluation rigoureuse, avant toute généralisation.",
            Language::French,
            "Procéder par projets pilotes circonscrits",
        ),
        (
            "Il convient de souligner que les sas PARAFE à reconnaissance faciale déployés dans les aéroports parisiens ont permis de fluidifier le passage.",
            Language::French,
            "Les sas PARAFE à reconnaissance faciale déployés",
        ),
        (
            "It is important to note that most scanners are still read by hand",
            Language::English,
            "Most scanners are still read by hand",
        ),
        (
            "It is necessary to invest in the training of the officers",
            Language::English,
            "Invest in the training of the officers",
        ),
        (
            "Il serait opportun de créer un groupe de travail sur l'intelligence artificielle.",
            Language::French,
            "Créer un groupe de travail sur l'intelligence artificielle",
        ),
        (
            "Il est donc souhaitable de renforcer la coopération avec le secteur privé.",
            Language::French,
            "Renforcer la coopération avec le secteur privé",
        ),
        (
            "It would be useful to share best practices among Members.",
            Language::English,
            "Share best practices among Members",
        ),
        (
            "It is highly advisable to start with pilot projects.",
            Language::English,
            "Start with pilot projects",
        ),
        (
            "It would be desirable for the WCO to develop guidelines on drones.",
            Language::English,
            "Develop guidelines on drones",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (whole, language) in [
        (
            "Il est important de ne pas acheter par effet de mode",
            Language::French,
        ),
        (
            "It is important to customs officers that the tools stay simple",
            Language::English,
        ),
        (
            "It would be good if the WCO shared its guidelines",
            Language::English,
        ),
        (
            "It is useful for now to keep paper copies",
            Language::English,
        ),
    ] {
        assert_eq!(name(whole, language).as_deref(), Some(whole), "no verb");
    }
}

/// The thirtieth set's committee style: what the Committee is invited to
/// do names the theme, a note taken names what it is taken of, and a
/// second task the frame sets is left to the statement. A hedge before a
/// judgement of worth goes with it.
#[test]
fn an_invitation_to_the_committee_names_what_it_is_invited_to_do() {
    for (answer, language, named) in [
        (
            "The Committee is invited to reinforce cooperation with the relevant international organizations, notably the WTO, UPU, ICAO and IMO.",
            Language::English,
            "Reinforce cooperation with the relevant international organizations",
        ),
        (
            "The Committee is invited to take note of the revenue implications of additive manufacturing and to examine, together with the WTO, the treatment of digital transmissions.",
            Language::English,
            "The revenue implications of additive manufacturing",
        ),
        (
            "Le Comité est invité à prendre note des travaux du Groupe virtuel.",
            Language::French,
            "Travaux du Groupe virtuel",
        ),
        (
            "Il convient de former les agents et de recruter des analystes.",
            Language::French,
            "Former les agents",
        ),
        (
            "Perhaps it would be wise to begin with small trial projects.",
            Language::English,
            "Begin with small trial projects",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // A "de" that joins no verb is no second task.
    let reliable = "Il est important de disposer de données fiables et de qualité pour le ciblage.";
    assert_eq!(
        name(reliable, Language::French).as_deref(),
        Some("Disposer de données fiables et de qualité pour le ciblage")
    );
    let invited = "The Committee is invited to reinforce cooperation with the WTO.";
    assert_eq!(statement(invited), invited, "the statement keeps the frame");
}

/// A proposal a frame asks for ("We recommend that …", "Il conviendrait
/// que …") is named as what someone should do: the subjunctive reads
/// wrong without its frame. A clause whose verb is not told apart for
/// sure keeps its frame; the statement keeps it always.
#[test]
fn a_proposal_is_named_as_what_someone_should_do() {
    for (answer, language, named) in [
        (
            "We recommend that policy leaders update legal authorities.",
            Language::English,
            "Policy leaders should update legal authorities",
        ),
        (
            "We recommend that the VWG FC papers be put on the WCO website.",
            Language::English,
            "The VWG FC papers should be put on the WCO website",
        ),
        (
            "We would like to humbly suggest that Members share their experiences.",
            Language::English,
            "Members should share their experiences",
        ),
        (
            "It is important that the WCO develops guidelines on drones.",
            Language::English,
            "The WCO should develop guidelines on drones",
        ),
        (
            "We recommend that the WCO should develop guidelines on drones.",
            Language::English,
            "The WCO should develop guidelines on drones",
        ),
        (
            "Le groupe recommande que l'OMD élabore des lignes directrices.",
            Language::French,
            "L'OMD devrait élaborer des lignes directrices",
        ),
        (
            "Il serait souhaitable que les administrations puissent ménager un cadre.",
            Language::French,
            "Les administrations devraient pouvoir ménager un cadre",
        ),
        (
            "Il faut que les États se dotent d'une stratégie nationale.",
            Language::French,
            "Les États devraient se doter d'une stratégie nationale",
        ),
        (
            "Il faut que la douane de chaque pays partage ses données.",
            Language::French,
            "La douane de chaque pays devrait partager ses données",
        ),
        (
            "Nous recommandons que les agents soient formés.",
            Language::French,
            "Les agents devraient être formés",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // No verb told apart for sure: "demeure" after two adjectives, a
    // negation, a verb whose stem changes ("appelle").
    for (answer, language, named) in [
        (
            "Il conviendrait que toute décision individuelle défavorable demeure prise.",
            Language::French,
            "Il conviendrait que toute décision individuelle défavorable",
        ),
        (
            "Il faut que l'OMD ne prenne pas de retard.",
            Language::French,
            "Il faut que l'OMD ne prenne pas de retard",
        ),
        (
            "Nous souhaitons que l'OMD appelle les Membres.",
            Language::French,
            "Nous souhaitons que l'OMD appelle les Membres",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let recommended = "We recommend that Customs work with industry.";
    assert_eq!(statement(recommended), recommended);
    // A cut does not end on a word waiting for what it relates to.
    for (answer, named) in [
        (
            "Il conviendrait que l'OMD poursuive ses travaux d'analyse sur chacune de ces technologies.",
            "L'OMD devrait poursuivre ses travaux d'analyse",
        ),
        (
            "Il serait opportun que l'OMD élabore des lignes directrices relatives à la protection des données.",
            "L'OMD devrait élaborer des lignes directrices",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

/// A proposal's noun, adjective or pronoun is no verb, a verb whose
/// infinitive no ending gives keeps its frame, a clause after the verb
/// leaves it alone, and an observation asks nothing (a review's cases).
#[test]
fn a_proposal_whose_verb_is_not_told_keeps_its_frame() {
    for (answer, language, named) in [
        (
            "Il faut que la mise en œuvre du cadre SAFE soit accélérée.",
            Language::French,
            "Il faut que la mise en œuvre du cadre SAFE soit accélérée",
        ),
        (
            "Il est important que les pays en développement bénéficient d'une assistance.",
            Language::French,
            "Il est important que les pays en développement",
        ),
        (
            "Il faut que la formation continue des agents soit une priorité.",
            Language::French,
            "La formation continue des agents devrait être une priorité",
        ),
        (
            "Il faut que l'OMD en tienne compte.",
            Language::French,
            "Il faut que l'OMD en tienne compte",
        ),
        (
            "Il faut que les administrations qui utilisent déjà l'IA partagent leurs résultats.",
            Language::French,
            "Il faut que les administrations",
        ),
        (
            "Nous souhaitons que les Membres reçoivent une assistance.",
            Language::French,
            "Les Membres devraient recevoir une assistance",
        ),
        (
            "We recommend that customs staff receive training on AI.",
            Language::English,
            "We recommend that customs staff receive training on AI",
        ),
        (
            "It is important that Customs data be shared with other agencies.",
            Language::English,
            "Customs data should be shared with other agencies",
        ),
        (
            "We recommend that national customs authorities share data.",
            Language::English,
            "National customs authorities should share data",
        ),
        (
            "We recommend that a clear legal framework for drones be established.",
            Language::English,
            "A clear legal framework for drones should be established",
        ),
        (
            "We recommend that Customs work with industry through pilots so solutions are co-designed.",
            Language::English,
            "Customs should work with industry through pilots",
        ),
        (
            "We recommend that customs not rely on AI alone.",
            Language::English,
            "Customs should not rely on AI alone",
        ),
        (
            "It is interesting that many administrations are already using drones.",
            Language::English,
            "It is interesting that many administrations are already using drones",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A stance a reporter takes to its point (a feeling, attention drawn, a
/// report in the passive) names nothing; the statement keeps it, and a
/// condition after it keeps it in the name too.
#[test]
fn a_stance_names_nothing() {
    for (answer, language, named) in [
        (
            "Several delegates drew attention to the lack of transparency of certain algorithms, which may render selection decisions difficult to justify.",
            Language::English,
            "The lack of transparency of certain algorithms",
        ),
        (
            "It was noted that embedded RFID tags applied by right holders could enable Customs to authenticate genuine products at the border.",
            Language::English,
            "Embedded RFID tags applied by right holders could enable Customs",
        ),
        (
            "Nous souhaitons attirer l'attention sur les atteintes aux droits de propriété intellectuelle que faciliterait l'impression tridimensionnelle.",
            Language::French,
            "Les atteintes aux droits de propriété intellectuelle",
        ),
        (
            "Nous sommes convaincus que la formation des agents est la priorité.",
            Language::French,
            "La formation des agents est la priorité",
        ),
        (
            "We are a little concerned that drones carry illicit goods over fences.",
            Language::English,
            "Drones carry illicit goods over fences",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let worried = "We are slightly worried that if each country adopts a different system, they may not be able to communicate.";
    assert_eq!(
        name(worried, Language::English).as_deref(),
        Some("We are slightly worried that if each country adopts a different system")
    );
    let concerned = "We are concerned that drones carry illicit goods.";
    assert_eq!(statement(concerned), concerned);
    for whole in [
        "We are aware of the risks of drones",
        "It was noted in the minutes of the meeting",
        "We drew a map of the port",
    ] {
        assert_eq!(name(whole, Language::English).as_deref(), Some(whole));
    }
}

/// Words that link an answer to the one before it ("Par ailleurs, …",
/// "Moreover, …", "But also …") neither name nor state it; without their
/// comma they may be the point's own ("De plus en plus de colis …").
#[test]
fn a_link_to_the_answer_before_names_and_states_nothing() {
    assert_eq!(
        name(
            "Par ailleurs, la dématérialisation et l'automatisation des procédures réduisent les contacts directs entre agents et usagers, ce qui constitue un levier de lutte contre la corruption.",
            Language::French
        )
        .as_deref(),
        Some("La dématérialisation et l'automatisation des procédures")
    );
    assert_eq!(
        name(
            "Moreover, e-gates cut queues at the main airports",
            Language::English
        )
        .as_deref(),
        Some("E-gates cut queues at the main airports")
    );
    let more = "De plus en plus de colis arrivent par la poste";
    assert_eq!(name(more, Language::French).as_deref(), Some(more));
    assert_eq!(
        statement("Par ailleurs, la dématérialisation réduit les contacts directs."),
        "La dématérialisation réduit les contacts directs."
    );
    assert_eq!(
        statement("But also the criminals are using drones to fly drugs over the border."),
        "The criminals are using drones to fly drugs over the border."
    );
}

/// A topic framed before a comma ("S'agissant de …, …") names the theme
/// when it says something; a label ("les risques"), one word or a report
/// after it leaves the name to what follows.
#[test]
fn a_framed_topic_names_a_theme_or_gives_way_to_what_follows() {
    for (answer, language, named) in [
        (
            "S'agissant de la conduite du changement, le groupe insiste sur la nécessité d'associer les agents dès la conception des projets.",
            Language::French,
            "La conduite du changement",
        ),
        (
            "S'agissant des risques, le groupe souligne que la collecte massive de données biométriques et commerciales soulève des questions.",
            Language::French,
            "La collecte massive de données biométriques et commerciales",
        ),
        (
            "Regarding data, the quality of declarations is too poor",
            Language::English,
            "The quality of declarations is too poor",
        ),
        (
            "Regarding the data, the quality of declarations is too poor",
            Language::English,
            "The quality of declarations is too poor",
        ),
        (
            "S'agissant de la formation, les agents doivent apprendre à lire les images",
            Language::French,
            "Les agents doivent apprendre à lire les images",
        ),
        (
            "En ce qui concerne la formation des agents, le groupe insiste sur la nécessité de former les douaniers",
            Language::French,
            "La formation des agents",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A report frame with "also" or "également" in it, a label's verb with
/// its preposition ("réside dans", "lies in"), the future typed as "Dans
/// l'avenir", and a verb cut from its object after a plural subject, all
/// of the twenty-eighth set.
#[test]
fn frames_of_a_formal_report_name_nothing() {
    for (answer, language, named) in [
        (
            "The group also noted that most scanners are still read by hand.",
            Language::English,
            "Most scanners are still read by hand",
        ),
        (
            "Le groupe a également souligné que la formation des agents reste la priorité.",
            Language::French,
            "La formation des agents reste la priorité",
        ),
        (
            "Le principal bénéfice réside dans la réduction des délais de dédouanement et des coûts pour les opérateurs.",
            Language::French,
            "La réduction des délais de dédouanement et des coûts pour les opérateurs",
        ),
        (
            "The main benefit lies in faster release of compliant goods",
            Language::English,
            "Faster release of compliant goods",
        ),
        (
            "Les principaux bénéfices résident dans la réduction des délais",
            Language::French,
            "La réduction des délais",
        ),
        (
            "Dans l'avenir, la reconnaissance faciale remplacera le passeport aux frontières terrestres et maritimes du pays.",
            Language::French,
            "La reconnaissance faciale remplacera le passeport",
        ),
        (
            "Drive-through scanners at the land borders allow the inspection of trucks without unloading and without stopping the driver.",
            Language::English,
            "Drive-through scanners at the land borders",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    assert!(has_a_learners_slip(
        "It is needed to discuss the taxation of files"
    ));
}

/// French typed in haste is written out in a name and a statement, in
/// French whatever the words around it ("tps d'attente" is "temps
/// d'attente" beside "Egates PARAFE").
#[test]
fn french_typed_in_haste_is_written_out() {
    assert_eq!(
        name("RPA pr tâches répétitives", Language::French).as_deref(),
        Some("RPA pour tâches répétitives")
    );
    assert_eq!(
        statement("Egates PARAFE CDG/Orly, reco faciale, tps d'attente réduit"),
        "Egates PARAFE CDG/Orly, reco faciale, temps d'attente réduit."
    );
    assert_eq!(
        statement("Blockchain : qques pilotes mais rien en prod, on a tjs un temps de retard"),
        "Blockchain : quelques pilotes mais rien en prod, on a toujours un temps de retard."
    );
    // "+" before a word compared is "plus", and "Pb" opening a note is
    // a problem.
    assert_eq!(
        statement("Avantage: dédouanement + rapide, séjour des mches au port réduit."),
        "Dédouanement plus rapide, séjour des marchandises au port réduit."
    );
    assert_eq!(
        name(
            "Pb électricité + réseau aux postes frontaliers éloignés. Groupe électrogène pas toujours dispo.",
            Language::French
        )
        .as_deref(),
        Some("Problème électricité et réseau aux postes frontaliers éloignés")
    );
    assert_eq!(
        statement("Scanners au port = + de contrôles, moins de fraude"),
        "Scanners au port = plus de contrôles, moins de fraude."
    );
    assert_eq!(
        statement("Clearance faster + cheaper for compliant traders"),
        "Clearance faster and cheaper for compliant traders."
    );
    // Spoken Quebec French's "pis" is "et", but "tant pis" stays.
    assert_eq!(
        name(
            "Commencer par des projets pilotes petits pis mesurables avant de déployer ça à la grandeur du pays.",
            Language::French
        )
        .as_deref(),
        Some("Commencer par des projets pilotes petits et mesurables")
    );
    assert_eq!(
        statement(
            "Pas de budget pour les drones cette année, tant pis pour la surveillance des côtes"
        ),
        "Pas de budget pour les drones cette année, tant pis pour la surveillance des côtes."
    );
    assert_eq!(
        statement("Pas de budget pour les drones. Tant pis pour les côtes, on verra"),
        "Pas de budget pour les drones."
    );
    assert_eq!(
        name(
            "Tant pis pour les côtes, pas de budget pour les drones",
            Language::French
        )
        .as_deref(),
        Some("Tant pis pour les côtes")
    );
    assert_eq!(
        statement("Scanners + des drones pour surveiller les côtes"),
        "Scanners et des drones pour surveiller les côtes."
    );
    // A professor, English text, and an English note cut short.
    let professor = "Le Pr Ndiaye a présenté le projet de scanner";
    assert_eq!(
        name(professor, Language::French).as_deref(),
        Some(professor)
    );
    assert_eq!(
        statement("The pr team is ready for the e-gates launch in the terminal"),
        "The pr team is ready for the e-gates launch in the terminal."
    );
    assert_eq!(
        statement("Digital certif of origin on blockchain"),
        "Digital certificate of origin on blockchain."
    );
    assert_eq!(
        name(
            "Privacy Act constraints on sharing pax data",
            Language::English
        )
        .as_deref(),
        Some("Privacy Act constraints on sharing passenger data")
    );
    assert_eq!(
        name("Pax clear the border in seconds", Language::English).as_deref(),
        Some("Passengers clear the border in seconds")
    );
}

/// A use in the passive is named as a headline says it: what may serve,
/// and what it serves ("can be used for" goes), or a use that is ("is
/// used" reads "used"); in French too. A clause before the passive, a
/// question and a pronoun stay as typed.
#[test]
fn a_use_is_named_as_a_headline() {
    for (answer, language, named) in [
        (
            "Blockchain can be used for exchange of customs information between customs administrations, for example export declaration of one country is import data for other.",
            Language::English,
            "Blockchain for exchange of customs information",
        ),
        (
            "Drones are used to monitor the long desert borders",
            Language::English,
            "Drones used to monitor the long desert borders",
        ),
        (
            "La chaîne de blocs pourrait être utilisée pour l'échange de données entre douanes",
            Language::French,
            "La chaîne de blocs pour l'échange de données entre douanes",
        ),
        (
            "Legal basis needed before DLT records can be used as evidence in court",
            Language::English,
            "Legal basis needed before DLT records",
        ),
        (
            "Which tool is used for the risk engine is not clear",
            Language::English,
            "Which tool is used for the risk engine is not clear",
        ),
        (
            "It is used for the risk engine of the cargo",
            Language::English,
            "It is used for the risk engine of the cargo",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A frame that says whose task a thing is leaves the name to the task:
/// who it falls to is said by the answer under it.
#[test]
fn a_frame_of_whose_task_it_is_leaves_the_task() {
    for (answer, language, named) in [
        (
            "Il appartient aux décideurs politiques d'adapter le cadre juridique, notamment en ce qui concerne la valeur probante des données électroniques.",
            Language::French,
            "Adapter le cadre juridique",
        ),
        (
            "It is up to the national administrations to fund the maintenance of the drones",
            Language::English,
            "Fund the maintenance of the drones",
        ),
        (
            "It is for the WCO to develop guidance on the classification of 3D printing files",
            Language::English,
            "Develop guidance on the classification of 3D printing files",
        ),
        // No verb follows whom it falls to: the answer is named as typed.
        (
            "It is up to date in most ports",
            Language::English,
            "It is up to date in most ports",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A thing a group recommends, after its article, names the theme as an
/// infinitive after "recommend" does; a subjunctive is named with
/// "should" ([`a_proposal_is_named_as_what_someone_should_do`]).
#[test]
fn a_thing_recommended_names_the_theme() {
    for (answer, language, named) in [
        (
            "Nous préconisons un rapprochement avec les milieux universitaires et les centres de recherche, lesquels disposent d'une expertise que les administrations peinent à développer en interne.",
            Language::French,
            "Rapprochement avec les milieux universitaires",
        ),
        (
            "Nous recommandons une approche progressive",
            Language::French,
            "Approche progressive",
        ),
        (
            "We recommend a phased roll-out of e-seals, starting with transit",
            Language::English,
            "Phased roll-out of e-seals",
        ),
        (
            "Nous préconisons de procéder par projets pilotes",
            Language::French,
            "Procéder par projets pilotes",
        ),
        (
            "We recommend that the papers be put online",
            Language::English,
            "The papers should be put online",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// The twenty-ninth set's future, hedged or headed: "Maybe in future"
/// and "Peut-être à terme" go as "In future" and "À terme" do, "Next:" as "Future:" does, and a participle
/// whose "as" the cut took goes with it.
#[test]
fn a_hedged_time_and_a_next_heading_are_left_out() {
    for (answer, named) in [
        (
            "Maybe in future a simple AI risk tool offered as a service could target our containers without us needing our own data scientists.",
            "A simple AI risk tool",
        ),
        (
            "Next: ML across modes (cargo + pax + post) -> one risk picture",
            "ML across modes",
        ),
        (
            "Peut-être à terme les drones équipés de caméras thermiques pour surveiller toute la frontière nord et les côtes du pays",
            "Les drones équipés de caméras thermiques",
        ),
    ] {
        let language = if answer.starts_with("Peut") {
            Language::French
        } else {
            Language::English
        };
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A question cut short is still asked: its name keeps the question mark
/// of the sentence it was cut from, spaced as typed; a name that asks
/// nothing, or whose sentence ends otherwise, gets none.
#[test]
fn a_question_cut_short_keeps_its_question_mark() {
    for (answer, language, named) in [
        (
            "Blockchain: what problem does it actually solve for customs that a normal database with good access rights doesn't?",
            Language::English,
            "Blockchain: what problem does it actually solve for customs?",
        ),
        (
            "Biometrics at e-gates: how long do we keep the facial images, and who else in government can access them?",
            Language::English,
            "Biometrics at e-gates: how long do we keep the facial images?",
        ),
        (
            "Comment déterminer la valeur en douane d'un fichier de conception imprimé à l'autre bout du monde ?",
            Language::French,
            "Comment déterminer la valeur en douane d'un fichier ?",
        ),
        (
            "Blockchain: a pilot with the shipping lines for the bill of lading, is it worth it?",
            Language::English,
            "Blockchain: a pilot with the shipping lines for the bill of lading",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// What the review of the twenty-ninth set's rules found: a degree is
/// nobody a task falls to, a clause before a use is no subject, a quality
/// after a bare label is no point, a perfect is no use, and "How we …" or
/// "WHO …" asks nothing. Each stays as it was typed.
#[test]
fn the_twenty_ninth_sets_rules_leave_their_near_misses_alone() {
    for (answer, language, named) in [
        (
            "It is for now too costly to equip all posts",
            Language::English,
            "It is for now too costly to equip all posts",
        ),
        (
            "It is up to 40% faster to clear goods",
            Language::English,
            "It is up to 40% faster to clear goods",
        ),
        (
            "Officers fear AI can be used to replace them",
            Language::English,
            "Officers fear AI can be used to replace them",
        ),
        (
            "Les drones qui sont utilisés pour la surveillance",
            Language::French,
            "Les drones qui sont utilisés pour la surveillance",
        ),
        (
            "Traders will be used to e-filing by 2030",
            Language::English,
            "Traders will be used to e-filing by 2030",
        ),
        (
            "Future is bright for traders who invest",
            Language::English,
            "Future is bright for traders who invest",
        ),
        (
            "Problem is the cost of maintenance of the drones",
            Language::English,
            "The cost of maintenance of the drones",
        ),
        (
            "At the airports we have launched e-gates with the immigration service",
            Language::English,
            "At the airports we have launched e-gates with the immigration service",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (answer, named) in [
        (
            "WHO guidelines on health certificates for food imports, are they binding?",
            "WHO guidelines on health certificates for food imports",
        ),
        (
            "How we cut release time at Tema port with the single window: is it replicable?",
            "How we cut release time at Tema port with the single window",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

/// Minutes say what was asked in the past or in the passive ("Several
/// members suggested that …", "It was recommended that …", "Le groupe a
/// recommandé que …", "Il a été suggéré que …"), and a list of
/// recommendations asks with a bare "Que …": each is named as what
/// someone should do (the thirty-first labelled set's formal minutes).
#[test]
fn a_proposal_in_minutes_is_named_as_what_someone_should_do() {
    for (answer, language, named) in [
        (
            "Several members suggested that the WCO establish a repository of case studies.",
            Language::English,
            "The WCO should establish a repository of case studies",
        ),
        (
            "It was recommended that Customs engage early with technology providers.",
            Language::English,
            "Customs should engage early with technology providers",
        ),
        (
            "The group has also urged that administrations invest in training.",
            Language::English,
            "Administrations should invest in training",
        ),
        (
            "Le groupe a recommandé que l'OMD élabore des lignes directrices sur la chaîne de blocs.",
            Language::French,
            "L'OMD devrait élaborer des lignes directrices sur la chaîne de blocs",
        ),
        (
            "Il a été suggéré que chaque administration mette en place une fonction de veille.",
            Language::French,
            "Chaque administration devrait mettre en place une fonction de veille",
        ),
        (
            "Plusieurs membres ont souhaité que les administrations partagent leurs données.",
            Language::French,
            "Les administrations devraient partager leurs données",
        ),
        (
            "Que l'OMD élabore un guide pratique",
            Language::French,
            "L'OMD devrait élaborer un guide pratique",
        ),
        (
            "That the WCO develop guidance on drones",
            Language::English,
            "The WCO should develop guidance on drones",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // After "suggest" or a bare "That", a verb that may say what is keeps
    // the frame ("are", "has", "requires", "lack" after a plural), and a
    // bare "That" asks only before a subject.
    for whole in [
        "Members suggested that drones are too costly for small administrations",
        "Members suggested that small administrations lack resources",
        "Members suggested that blockchain requires a legal basis",
        "It was suggested that the pilot has shown good results",
        "That is why we need training",
        "That AI is risky",
        "That the data is protected is essential",
    ] {
        assert_eq!(name(whole, Language::English).as_deref(), Some(whole));
    }
    // "l'on" is no subject to name: what one should do is named by its
    // infinitive, as "Il faut former les agents" is.
    assert_eq!(
        name("Que l'on forme les agents", Language::French).as_deref(),
        Some("Former les agents")
    );
}

/// Minutes report by frames a group's notes do not use: other verbs
/// ("The group heard that …", "Il a été indiqué que …"), how a point was
/// noted ("noted with concern that"), two-word verbs ("ont fait observer
/// que", "Il a été fait état de …"), a warning ("ont mis en garde contre
/// …"), a need stressed ("ont souligné la nécessité de …") and what was
/// suggested being done ("Delegates suggested strengthening …"). None of
/// them names the theme.
#[test]
fn a_frame_of_minutes_names_nothing() {
    for (answer, language, named) in [
        (
            "The group heard that automated threat recognition algorithms were being tested on X-ray images.",
            Language::English,
            "Automated threat recognition algorithms were being tested",
        ),
        (
            "Delegates noted with concern that high rates of false positives could undermine confidence.",
            Language::English,
            "High rates of false positives could undermine confidence",
        ),
        (
            "Delegates suggested strengthening cooperation with academia, including PICARD.",
            Language::English,
            "Strengthening cooperation with academia",
        ),
        (
            "Members stressed the need to train officers in data analytics.",
            Language::English,
            "Train officers in data analytics",
        ),
        (
            "Plusieurs délégués ont fait observer que l'intégration de ces technologies s'avérait complexe.",
            Language::French,
            "L'intégration de ces technologies s'avérait complexe",
        ),
        (
            "Il a été fait état d'essais de lunettes de réalité augmentée permettant à un agent d'être guidé.",
            Language::French,
            "Essais de lunettes de réalité augmentée",
        ),
        (
            "Les participants ont mis en garde contre une confiance excessive dans les algorithmes.",
            Language::French,
            "Une confiance excessive dans les algorithmes",
        ),
        (
            "Plusieurs membres ont souligné la nécessité d'adapter le cadre juridique, notamment le Code.",
            Language::French,
            "Adapter le cadre juridique",
        ),
        (
            "Il a été indiqué que la chaîne de blocs pourrait sécuriser les certificats d'origine.",
            Language::French,
            "La chaîne de blocs pourrait sécuriser les certificats d'origine",
        ),
        (
            "Il a été convenu de créer un groupe de travail sur les drones.",
            Language::French,
            "Créer un groupe de travail sur les drones",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // A need that is no verb names the need: "the need for blockchain was
    // overstated" is not "Blockchain was overstated".
    for (answer, language, named) in [
        (
            "Members noted the need for blockchain was overstated",
            Language::English,
            "Need for blockchain was overstated",
        ),
        (
            "Members stressed the need for the WCO to act",
            Language::English,
            "Need for the WCO to act",
        ),
        (
            "Plusieurs membres ont souligné la nécessité du partage des données",
            Language::French,
            "Nécessité du partage des données",
        ),
        (
            "It was noted with concern that drones carry contraband",
            Language::English,
            "Drones carry contraband",
        ),
        (
            "Les délégués ont indiqué que la formation est essentielle",
            Language::French,
            "La formation est essentielle",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    // With nothing after the frame, no need said, or no "-ing" verb
    // recommended, the answer names itself.
    for whole in [
        "Delegates noted with concern",
        "We recommend everything be digitised",
        "The group recommended according to the guidelines that data be shared",
    ] {
        assert_eq!(name(whole, Language::English).as_deref(), Some(whole));
    }
}

/// A later letter of a list, closed by a full stop before a capital ("b.
/// PRIVACY by design", the thirty-first set's rapporteur typing each item
/// as an answer), is a list mark, not a sentence: the statement was "B."
/// before. A letter before a number or a small word is no mark ("c. 30 %",
/// "p. ex.").
#[test]
fn a_later_letter_of_a_list_is_a_mark_not_a_sentence() {
    assert_eq!(
        statement("b. PRIVACY by design; cybersecurity audits"),
        "PRIVACY by design; cybersecurity audits."
    );
    assert_eq!(
        name(
            "c. HS: classify drones + 3D printers + CAD files",
            Language::English
        )
        .as_deref(),
        Some("HS: classify drones and 3D printers and CAD files")
    );
    for whole in ["c. 30 % des conteneurs sont scannés", "p. ex. les drones"] {
        let said = statement(whole).to_lowercase();
        assert!(said.starts_with(&whole[..3]), "{whole}: {said}");
    }
}

/// A name cut before a modal takes in its predicate when the modal, its
/// verb and a word or two end a thought within a whole name's bounds: a
/// subject alone says what was talked about, not what was said of it
/// (the thirty-first set's "Decisions supported by artificial
/// intelligence"). A modal and its verb alone wait for more.
#[test]
fn a_name_cut_before_a_modal_takes_in_its_predicate() {
    for (answer, language, named) in [
        (
            "The group agreed that decisions supported by artificial intelligence should remain explainable and subject to human review.",
            Language::English,
            "Decisions supported by artificial intelligence should remain explainable",
        ),
        (
            "With UCR and IoT the consignment can be followed end-to-end in the supply chain (ISCM concept)",
            Language::English,
            "With UCR and IoT the consignment can be followed end-to-end",
        ),
        (
            "Les partenaires techniques et financiers devraient appuyer les pays en développement pour l'acquisition de ces technologies.",
            Language::French,
            "Les partenaires techniques et financiers devraient appuyer les pays",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let waits = "Final decision to detain goods or refuse entry should stay with an officer, the machine only recommends";
    assert_eq!(
        name(waits, Language::English).as_deref(),
        Some("Final decision to detain goods or refuse entry")
    );
}

/// What minutes say was agreed, decided or asked in the passive before a
/// verb is named from the verb ("Il a été recommandé d'élaborer …", "It
/// was recommended to develop …"); before anything else the frame stays
/// ("It was suggested to the group that …").
#[test]
fn what_minutes_say_was_to_be_done_names_the_theme() {
    for (answer, language, named) in [
        (
            "Il a été recommandé d'élaborer un guide pratique sur les drones.",
            Language::French,
            "Élaborer un guide pratique sur les drones",
        ),
        (
            "It was recommended to develop a guide on drones.",
            Language::English,
            "Develop a guide on drones",
        ),
        (
            "Il a été décidé de créer un groupe de travail.",
            Language::French,
            "Créer un groupe de travail",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    for (whole, language) in [
        (
            "It was suggested to the group that data be shared",
            Language::English,
        ),
        (
            "Il a été proposé de la part du groupe une étude",
            Language::French,
        ),
    ] {
        assert_eq!(name(whole, language).as_deref(), Some(whole));
    }
}

/// A group that hedges and bows ("We humbly think it may be possible that
/// …", "With respect, we think …"), or types in text-speak ("imo …"),
/// is named by what it says, as the thirty-second set's groups were;
/// what it says is only possible is named with "may".
#[test]
fn a_hedged_or_courteous_answer_is_named_by_its_point() {
    for (answer, named) in [
        (
            "We humbly report that passenger information (API/PNR) is analysed with some machine learning support.",
            "Passenger information is analysed with some machine learning support",
        ),
        (
            "It may be possible that drones are used for monitoring ships and small boats along the coast.",
            "Drones for monitoring ships and small boats along the coast",
        ),
        (
            "We humbly think it may be possible that these technologies work together rather than separately.",
            "These technologies may work together rather than separately",
        ),
        (
            "It is possible that criminals use 3D printing to make weapons.",
            "Criminals may use 3D printing to make weapons",
        ),
        (
            "It is likely that e-commerce volumes will double.",
            "E-commerce volumes will double",
        ),
        (
            "We think it might be wise to begin with pilot projects and to evaluate them carefully.",
            "Begin with pilot projects",
        ),
        (
            "With respect, we think policy leaders may need to show strong commitment, because culture takes time.",
            "Policy leaders may need to show strong commitment",
        ),
        (
            "We think one benefit could be the shortening of release time, which traders appreciate.",
            "The shortening of release time",
        ),
        (
            "We believe Customs should keep the final decision on every seizure.",
            "Customs should keep the final decision on every seizure",
        ),
        (
            "imo the real benefit = better hits, we find more stuff with fewer random checks",
            "Better hits",
        ),
        (
            "Imo privacy is the big one, you can't keep everyone's face forever.",
            "Privacy is the big one",
        ),
        (
            "Dear colleagues, our proposal for the report: the WCO should issue practical guidance and standards.\nBest regards",
            "The WCO should issue practical guidance and standards",
        ),
        (
            "work together with the private sector comma the companies have the technology",
            "Work together with the private sector",
        ),
        (
            "I think the WCO should set up a working group on blockchain.",
            "The WCO should set up a working group on blockchain",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    // A thought with no clause after its verb, and a judgement of how
    // likely a thing is with no "that", stay as typed.
    // Nor do a verb of thinking before no clause, a modal's "be" after a
    // subject that is no ranked label, a concession, or the IMO.
    for whole in [
        "We think about training first",
        "We believe in small pilots",
        "We feel unsafe at remote posts",
        "Members expect the WCO to lead",
        "It is possible to pay duties by phone",
        "One benefit is speed",
        "Risks could be reduced by AI and data analytics",
        "The main benefit will be visible in the long term",
        "It is true that drones are expensive",
        "IMO and WCO should cooperate on maritime data",
    ] {
        assert_eq!(name(whole, Language::English).as_deref(), Some(whole));
    }
    assert_eq!(
        name(
            "Qd le système tombe en panne, tout s'arrête au port pendant des heures.",
            Language::French
        )
        .as_deref(),
        Some("Tout s'arrête au port pendant des heures")
    );
}

#[test]
fn a_french_hedge_or_ranked_label_is_named_by_its_point() {
    for (answer, named) in [
        (
            "Nous pensons humblement que l'OMD devrait créer un fonds pour les pays en développement.",
            "L'OMD devrait créer un fonds pour les pays en développement",
        ),
        (
            "Un avantage pourrait être la réduction des délais de dédouanement.",
            "La réduction des délais de dédouanement",
        ),
        (
            "Un autre risque serait la perte de données sensibles.",
            "La perte de données sensibles",
        ),
        (
            "Je pense que la biométrie accélère le passage.",
            "La biométrie accélère le passage",
        ),
        // A size said of the label stays a judgement of it.
        ("Un risque est élevé.", "Un risque est élevé"),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

#[test]
fn a_committee_texts_bracketed_mark_is_no_part_of_the_statement() {
    for (answer, stated) in [
        (
            "(b) biometric technologies are deployed at automated border control gates;",
            "Biometric technologies are deployed at automated border control gates.",
        ),
        (
            "(iv) the PTC should keep this item on its agenda.",
            "The PTC should keep this item on its agenda.",
        ),
        // A bracket that numbers nothing stays.
        ("(UK) e-gates at Heathrow.", "(UK) e-gates at Heathrow."),
    ] {
        assert_eq!(statement(answer), stated, "{answer}");
    }
}

/// West African French writes its scene "au niveau de …", its time before
/// the frame that asks ("A l'avenir il faudrait que …", its accent left
/// out in haste) or inside it ("Il faudrait à l'avenir procéder …"): the
/// thirty-third set's names stopped at the scene or the frame.
#[test]
fn a_french_frame_after_a_time_or_a_level_is_read() {
    for (answer, named) in [
        (
            "A l'avenir il faudrait que le module de ciblage s'appuie sur l'intelligence artificielle.",
            "Le module de ciblage devrait s'appuyer sur l'intelligence artificielle",
        ),
        (
            "Il faudrait à l'avenir procéder à l'enrôlement biométrique des importateurs.",
            "Procéder à l'enrôlement biométrique des importateurs",
        ),
        (
            "Au niveau du corridor Dakar-Bamako, la DGD utilise des balises GPS et des scellés électroniques pour le suivi du transit.",
            "La DGD utilise des balises GPS et des scellés électroniques",
        ),
        (
            "Au niveau des frontières terrestres, les drones sont utiles.",
            "Au niveau des frontières terrestres, les drones sont utiles",
        ),
        (
            "Au niveau de la brigade mobile, les agents utilisent des tablettes pour vérifier les déclarations sur le terrain.",
            "Les agents utilisent des tablettes pour vérifier les déclarations",
        ),
        (
            "Au Sénégal le guichet unique relie la douane et les banques.",
            "Le guichet unique relie la douane et les banques",
        ),
        (
            "Le groupe recommande que l'OMD travaille avec le secteur privé (réseau PICARD).",
            "L'OMD devrait travailler avec le secteur privé",
        ),
        (
            "Il faudrait que l'on tienne compte du coût élevé de ces équipements et des problèmes d'infrastructures.",
            "Tenir compte du coût élevé de ces équipements",
        ),
        (
            "A lavenir drones pour surveiller la frontière et le fleuve",
            "A l'avenir drones pour surveiller la frontière et le fleuve",
        ),
        // An adjective or an adverb in "-e" is no verb.
        (
            "Il convient que la coopération régionale avec les pays voisins soit renforcée.",
            "La coopération régionale avec les pays voisins devrait être renforcée",
        ),
        (
            "Que l'OMD travaille vite sur un cadre juridique.",
            "Que l'OMD travaille vite sur un cadre juridique",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

/// A committee's text invites or encourages someone to act, in lettered
/// sub-points (the thirty-third set): named as what they should do.
#[test]
fn a_committees_invitation_is_named_as_what_someone_should_do() {
    for (answer, language, named) in [
        (
            "(e) the Secretariat is invited to cooperate with other organizations (UPU, ICAO);",
            Language::English,
            "The Secretariat should cooperate with other organizations",
        ),
        (
            "(g) policy leaders are encouraged to include disruptive technologies in their strategic planning;",
            Language::English,
            "Policy leaders should include disruptive technologies",
        ),
        (
            "Members are called upon to share their experiences with pilots.",
            Language::English,
            "Members should share their experiences with pilots",
        ),
        (
            "Les Membres sont vivement encouragés à partager leurs expériences.",
            Language::French,
            "Les Membres devraient partager leurs expériences",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// A hedge typed as an aside between commas cuts the point in two; a
/// recommended thing after its article, and a proposal after a topic's
/// colon, name what is recommended (the thirty-third set).
#[test]
fn a_hedging_aside_goes_and_a_recommended_thing_is_named() {
    for (answer, language, named) in [
        (
            "Satellite images and AIS signals are used, we believe, to follow suspicious vessels.",
            Language::English,
            "Satellite images and AIS signals used to follow suspicious vessels",
        ),
        (
            "Les drones pourraient, le cas échéant, surveiller les côtes.",
            Language::French,
            "Les drones pourraient surveiller les côtes",
        ),
        (
            "Risk management and, where possible, automation",
            Language::English,
            "Risk management and automation",
        ),
        // The group's own thought is no aside.
        (
            "Drones are useful, we believe that they will spread.",
            Language::English,
            "Drones are useful",
        ),
        (
            "Le groupe recommande l'élaboration de règles claires sur l'utilisation éthique de l'IA.",
            Language::French,
            "Élaboration de règles claires sur l'utilisation éthique de l'IA",
        ),
        // Whom a group recommends to act is said with what they should do.
        (
            "We recommend the WCO develops guidance.",
            Language::English,
            "We recommend the WCO develops guidance",
        ),
        (
            "Drones: that the WCO develop guidance on their use.",
            Language::English,
            "Drones: the WCO should develop guidance on their use",
        ),
        (
            "Impression 3D : que le Comité technique examine les questions de classement et de valeur en douane des fichiers numériques.",
            Language::French,
            "Le Comité technique devrait examiner les questions de classement",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// What the review of the thirty-third set's rules found them mangling:
/// a participle or an irregular verb read as a regular subjunctive, an
/// invitation to a place read as a duty, a recommended thing after "an".
#[test]
fn a_participle_a_place_or_an_irregular_verb_is_no_duty() {
    for (answer, language, named) in [
        (
            "Il faut que l'analyse fondée sur les risques devienne la norme.",
            Language::French,
            "L'analyse fondée sur les risques devrait devenir la norme",
        ),
        (
            "Il faut que l'OMD recueille les bonnes pratiques.",
            Language::French,
            "Il faut que l'OMD recueille les bonnes pratiques",
        ),
        (
            "Private sector representatives are invited to the quarterly consultations.",
            Language::English,
            "Private sector representatives are invited",
        ),
        (
            "We recommend an AEO programme for SMEs.",
            Language::English,
            "AEO programme for SMEs",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// The thirty-third set's exported recommendations ran a pros-and-cons
/// answer's sides together ("Donor funding for LDCs Risk otherwise: …")
/// and stated a theme with "pls".
#[test]
fn sides_read_aloud_as_sentences_and_pls_is_written_out() {
    assert_eq!(
        aloud("Rec: donor funding for LDCs / Risk otherwise: digital divide grows"),
        "Donor funding for LDCs. Risk otherwise: digital divide grows."
    );
    assert_eq!(
        statement("e-learning modules about AI, short ones pls"),
        "E-learning modules about AI, short ones please."
    );
}

/// A bullet said by an infinitive ("To organise …") is named and stated
/// as what to do, and a word that numbers a point ("Firstly, …",
/// "Premièrement, …") goes: a theme's answers are in no order. "To the
/// WCO" and "To be discussed" stay (the thirty-fourth set's East Asian
/// English); "To date" is the present, which goes.
#[test]
fn a_bullets_infinitive_and_a_points_number_go() {
    for (answer, named, stated) in [
        (
            "To organise exchange of experience - seminars, study visits",
            Some("Organise exchange of experience"),
            "Organise exchange of experience - seminars, study visits.",
        ),
        (
            "To change legislation, legal base is behind technology",
            Some("Change legislation"),
            "Change legislation, legal base is behind technology.",
        ),
        (
            "Firstly, improve clearance efficiency. Secondly, reduce costs.",
            Some("Improve clearance efficiency"),
            "Improve clearance efficiency.",
        ),
        (
            "First of all, officers must trust the algorithm",
            Some("Officers must trust the algorithm"),
            "Officers must trust the algorithm.",
        ),
        (
            "To date, drones are used by the coast guard only",
            Some("Drones are used by the coast guard"),
            "To date, drones are used by the coast guard only.",
        ),
        (
            "To be discussed further with the private sector",
            Some("To be discussed further with the private sector"),
            "To be discussed further with the private sector.",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            named,
            "{answer}"
        );
        assert_eq!(statement(answer), stated, "{answer}");
    }
    let answer = "Premièrement, renforcer la formation des agents aux outils numériques";
    assert_eq!(
        name(answer, Language::French).as_deref(),
        Some("Renforcer la formation des agents aux outils numériques")
    );
    assert_eq!(
        statement(answer),
        "Renforcer la formation des agents aux outils numériques."
    );
}

/// A name cut before a case an adverb narrows it to, or an aside in
/// brackets, takes in the complement it cut ("for all of these
/// technologies | especially small traders").
#[test]
fn a_cut_name_takes_in_its_complement_before_a_narrowed_case() {
    let answer = "Cyber security is a risk for all of these technologies especially IoT devices which are easy to hack; and also if the systems go down the border stops";
    assert_eq!(
        name(answer, Language::English).as_deref(),
        Some("Cyber security is a risk for all of these technologies")
    );
}

/// Marks before a dash go from a statement ("$$$ - cost is …"), a first
/// sentence of one word is stated with the next ("Cost. Small admin, …"), and a point's
/// number after a label goes ("Benefits: Firstly, …"): the thirty-fourth
/// set's Pacific, East Asian and private-sector notes.
#[test]
fn marks_a_lone_word_and_a_numbered_point_after_a_label_say_nothing_alone() {
    let answer = "$$$ - cost is the big issue for small island states";
    assert_eq!(
        statement(answer),
        "Cost is the big issue for small island states."
    );
    assert_eq!(
        statement("Cost. Small admin, small budget, big ocean"),
        "Cost. Small administration, small budget, big ocean."
    );
    assert_eq!(
        statement("Drones at the border. Used daily."),
        "Drones at the border."
    );
    let answer =
        "Benefits: Firstly, improve clearance efficiency. Secondly, reduce cost of enterprises.";
    assert_eq!(
        name(answer, Language::English).as_deref(),
        Some("Improve clearance efficiency")
    );
    assert_eq!(statement(answer), "Improve clearance efficiency.");
}

/// The group's own place with no comma after it ends before the clause
/// that follows, as before "we" (the thirty-fourth set's Russian-speaking
/// English): a complement of the place stays ("In our country of
/// transit …").
#[test]
fn ones_own_place_without_a_comma_is_left_out() {
    assert_eq!(
        name(
            "In our country customs service analyses big data of declarations for revealing of undervaluation schemes",
            Language::English
        )
        .as_deref(),
        Some("Customs service analyses big data of declarations")
    );
    assert_eq!(
        name(
            "Dans notre pays la douane utilise des drones aux frontières",
            Language::French
        )
        .as_deref(),
        Some("La douane utilise des drones aux frontières")
    );
    assert_eq!(
        name(
            "In our country of transit trucks wait for days",
            Language::English
        )
        .as_deref(),
        Some("In our country of transit trucks wait for days")
    );
}

/// A French verb whose stem takes a grave accent in the subjunctive is
/// named by its infinitive ("mène" mener, "intègrent" intégrer, "gère"
/// gérer): the thirty-fourth set's "Que l'OMD mène une étude approfondie";
/// and a verb before "et" and a told one is said by the same duty.
#[test]
fn a_french_proposal_whose_stem_takes_a_grave_accent_is_named_by_its_infinitive() {
    for (answer, named) in [
        (
            "Nous souhaitons que l'OMD mène une étude.",
            "L'OMD devrait mener une étude",
        ),
        (
            "Il faut que les administrations intègrent ces outils.",
            "Les administrations devraient intégrer ces outils",
        ),
        (
            "Il faut que la douane gère les données des voyageurs.",
            "La douane devrait gérer les données des voyageurs",
        ),
        (
            "Que l'OMD mène une étude approfondie sur la blockchain et ses applications douanières",
            "L'OMD devrait mener une étude approfondie sur la blockchain",
        ),
        (
            "Que le groupe virtuel continue et fasse de la prospective.",
            "Le groupe virtuel devrait continuer et faire de la prospective",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    // An adjective after the object of a verb not told ("approfondie"
    // after "établisse une étude") is no verb, nor a noun in "-ème".
    for answer in [
        "Que l'OMD établisse une étude approfondie sur la blockchain",
        "Il faut que le nouveau système des douanes fonctionne",
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(answer),
            "{answer}"
        );
    }
}

/// A review's cases of this sitting's rules: an own place goes only when
/// nothing else ends it and what follows opens a phrase; "To" before a
/// linking phrase ("To sum up,") or another space stays or goes whole; a
/// subject opened by "tout" and an adjective ending like a verb in "è"
/// are no verb's end.
#[test]
fn this_sittings_rules_leave_what_they_do_not_read() {
    let named = |answer: &str, language| name(answer, language).unwrap_or_default();
    let customs = named(
        "In our customs administration we use AI for risk targeting",
        Language::English,
    );
    assert!(!customs.starts_with("Administration"), "{customs}");
    let french = named(
        "Dans nos administrations douanières la digitalisation avance lentement",
        Language::French,
    );
    assert!(!french.starts_with("Douanières"), "{french}");
    let summed = "To sum up, the main challenge is funding";
    assert_eq!(statement(summed), format!("{summed}."));
    let example = "To give an example, drones watch the coast at night";
    assert_eq!(statement(example), format!("{example}."));
    assert_eq!(
        named("To\u{a0}organise exchange of experience", Language::English),
        "Organise exchange of experience"
    );
    assert_eq!(
        statement("To  the WCO: more training please"),
        "To  the WCO: more training please."
    );
    assert_eq!(
        named(
            "Il faut que tout le personnel soit formé à l'IA",
            Language::French
        ),
        "Tout le personnel devrait être formé à l'IA"
    );
    assert_eq!(
        named(
            "Il faut que la dématérialisation complète des procédures devienne une réalité",
            Language::French
        ),
        "La dématérialisation complète des procédures devrait devenir une réalité"
    );
    // An organisation typed in capitals is no emphasis, however long.
    let interpol = "Échange de renseignements avec INTERPOL et la police";
    assert_eq!(super::calmed(interpol, |_| true), interpol);
}

/// English said in French words frames a topic ("At the level of the
/// benefits, …", "In what concerns the drones, …"); a reason or a
/// setting before a comma ("Eu égard à l'immensité du territoire, …",
/// "Given the size …", "In the framework of the AEO programme, …") is why
/// or where the group says it; a link ("En sus, …"), a frame that bids
/// the reader note ("Il sied de relever que …", "It should be noted that
/// …", "Il ne faut pas oublier que …") and one that says what is expected
/// or planned ("It is expected that …", "Il est envisagé de …") go: the
/// thirty-fifth set's Congolese, Algerian and translated English.
#[test]
fn frames_of_a_topic_a_reason_or_a_note_name_what_follows_them() {
    for (answer, named) in [
        (
            "At the level of the benefits, our officers have noted a reduction of the delays of clearance.",
            "Our officers have noted a reduction of the delays of clearance",
        ),
        (
            "In what concerns the drones, it is necessary to say that they are used by the gendarmerie.",
            "They are used by the gendarmerie",
        ),
        (
            "Given the size of the territory, drones would be useful to watch the borders.",
            "Drones would be useful to watch the borders",
        ),
        (
            "In the framework of the AEO programme, the private sector has made a pilot of blockchain.",
            "The private sector has made a pilot of blockchain",
        ),
        (
            "It should be noted that drones are used by the gendarmerie and not by customs.",
            "Drones are used by the gendarmerie and not by customs",
        ),
        (
            "It is expected that in future AI will make risk analysis more effective and less physical control will be needed.",
            "AI will make risk analysis more effective",
        ),
        (
            "Per our experience in BOC, we utilize X-ray scanners at MICP but the image interpretation is still done manually by our examiners.",
            "We utilize X-ray scanners at MICP",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    for (answer, named) in [
        (
            "Eu égard à l'immensité du territoire et à la faiblesse du réseau électrique, nombre de postes frontaliers ne disposent d'aucune connexion.",
            "Nombre de postes frontaliers ne disposent d'aucune connexion",
        ),
        (
            "En sus, la création d'une plate-forme d'échange d'expériences entre administrations serait souhaitable.",
            "La création d'une plate-forme d'échange d'expériences",
        ),
        (
            "Il sied de relever que l'usage de drones pour la surveillance des sites miniers permettrait de tracer les flux.",
            "L'usage de drones pour la surveillance",
        ),
        (
            "Il est à noter que les drones sont utilisés par la gendarmerie.",
            "Les drones sont utilisés par la gendarmerie",
        ),
        (
            "Dans le cadre du programme OEA, le secteur privé a fait un pilote de blockchain.",
            "Le secteur privé a fait un pilote de blockchain",
        ),
        (
            "Au final il ne faut pas oublier que ces technologies doivent servir le commerce légitime.",
            "Ces technologies doivent servir le commerce légitime",
        ),
        (
            "Il est envisagé de recourir à l'intelligence artificielle.",
            "Recourir à l'intelligence artificielle",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    // A topic of two words that mean something still names the answer.
    assert_eq!(
        name(
            "In what concerns risk management, AI will help the targeting.",
            Language::English
        )
        .as_deref(),
        Some("Risk management")
    );
}

/// A reason is left whole where its comma is not its end (a subject of
/// its own before it, a list after it, a rest that goes on from it); a
/// verb of saying is passed over only before its "that", also after a
/// need ("Il faut préciser que …"); what is to be noted may be a need;
/// "Observation" may be the subject; a lone "Also" leaves two words; a
/// label before a dash goes as before a colon (a review of the
/// thirty-fifth sitting's rules).
#[test]
fn frames_leave_what_they_do_not_frame() {
    let named = |answer: &str, language| name(answer, language).unwrap_or_default();
    for (answer, not) in [
        (
            "Given the lack of scanners officers open containers by hand, which delays clearance",
            "Which delays clearance",
        ),
        (
            "Given the cost, the size and the training needs, drones are not for us yet",
            "The size and the training needs",
        ),
    ] {
        assert_ne!(named(answer, Language::English), not, "{answer}");
    }
    let cela = named(
        "Dans le cadre de la dématérialisation, cela permettrait de gagner du temps",
        Language::French,
    );
    assert!(!cela.starts_with("Cela"), "{cela}");
    for (answer, language, expected) in [
        (
            "It is necessary to add a module for risk analysis",
            Language::English,
            "Add a module for risk analysis",
        ),
        (
            "Il faut préciser que les drones sont utilisés par la gendarmerie",
            Language::French,
            "Les drones sont utilisés par la gendarmerie",
        ),
        (
            "We should note that drones are used by smugglers at night",
            Language::English,
            "Drones are used by smugglers at night",
        ),
        (
            "Il ne faut pas oublier qu'il faut former les agents aux outils",
            Language::French,
            "Former les agents aux outils",
        ),
        (
            "N’oublions pas que les drones coûtent cher à entretenir",
            Language::French,
            "Les drones coûtent cher à entretenir",
        ),
        (
            "Eu egard a la taille du territoire, les drones seraient utiles",
            Language::French,
            "Les drones seraient utiles",
        ),
        (
            "Observation is a key skill that AI cannot replace at the border",
            Language::English,
            "Observation is a key skill that AI cannot replace at the border",
        ),
        (
            "Also cross-border e-commerce",
            Language::English,
            "Cross-border e-commerce",
        ),
        (
            "Constat – impression 3D → difficulté de classement et de valeur",
            Language::French,
            "Impression 3D: difficulté de classement et de valeur",
        ),
        (
            "Les agents sanctionnés pour une faute de procédure grave doivent être formés à nouveau",
            Language::French,
            "Les agents sanctionnés pour une faute",
        ),
    ] {
        assert_eq!(named(answer, language), expected, "{answer}");
    }
}

/// A rapporteur's label of a finding ("Constat : …", "Finding: …")
/// says what kind of answer follows, as "Risque :" does, also before a
/// topic and its arrow ("Constat : impression 3D → difficulté …"); a
/// French name cut after a word said with its "de" ("issues", "faute")
/// or after "pendant" ends before it.
#[test]
fn a_findings_label_and_a_word_waiting_for_its_de_say_nothing_alone() {
    for (answer, named) in [
        (
            "Constat : robots logiciels (RPA) envisagés pour les tâches répétitives du back-office (apurement, relances).",
            "Robots logiciels envisagés pour les tâches répétitives du back-office",
        ),
        (
            "Constat : impression 3D → difficulté de classement et de valeur (fichier numérique vs bien physique).",
            "Impression 3D: difficulté de classement et de valeur",
        ),
        (
            "Exploitation des données massives issues du commerce électronique transfrontalier pour le traitement des envois de faible valeur.",
            "Exploitation des données massives",
        ),
        (
            "Les scanners acquis demeurent fréquemment en panne faute de contrat de maintenance et de pièces de rechange.",
            "Les scanners acquis demeurent fréquemment en panne",
        ),
        (
            "Risque que l'Afrique reste derrière pendant que les autres avancent avec la blockchain et l'IA.",
            "Risque que l'Afrique reste derrière",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    assert_eq!(
        name(
            "Finding: drones are used by smugglers at the land border",
            Language::English
        )
        .as_deref(),
        Some("Drones are used by smugglers at the land border")
    );
}

/// An English "Also" that opens an answer ties it to the one before and
/// goes (the thirty-fifth set's Turkish speakers' English).
#[test]
fn an_opening_also_goes() {
    let answer = "Also smugglers are using drone, it was seen at Syrian border carrying cigarettes over the wall.";
    assert_eq!(
        name(answer, Language::English).as_deref(),
        Some("Smugglers are using drone")
    );
    // "Aussi" that opens a French answer is "so", and stays.
    let answer = "Aussi faut-il former les agents aux nouveaux outils";
    assert_eq!(name(answer, Language::French).as_deref(), Some(answer));
}

/// What a group noted or recommends without its article is named without
/// the group ("We have noted a reduction of the delays", "We recommend
/// enhanced cooperation …"), not whom it recommends to act ("We
/// recommend the WCO develops …"); "perhaps" between commas is a hedge,
/// and "simply" ends no name.
#[test]
fn what_a_group_noted_or_recommends_names_the_answer() {
    for (answer, named) in [
        (
            "At the level of the benefits, we have noted a reduction of the delays of clearance.",
            "Reduction of the delays of clearance",
        ),
        (
            "We recommend enhanced cooperation among Member administrations, including the exchange of data.",
            "Enhanced cooperation among Member administrations",
        ),
        (
            "We recommend the WCO develops guidelines.",
            "We recommend the WCO develops guidelines",
        ),
        (
            "We would caution, perhaps, against adopting technologies simply because others have.",
            "We would caution against adopting technologies",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    assert_eq!(
        name(
            "Nous avons constaté une baisse des fraudes depuis la mise en place du système.",
            Language::French
        )
        .as_deref(),
        Some("Baisse des fraudes depuis la mise en place du système")
    );
}

/// What the thirty-sixth and thirty-seventh sets' groups typed around
/// their point (the sitting of 7 December 2026, late): a view held as a
/// frame and a group named by a word of its own, a case of a country or
/// a body before a comma, "against" opening a complement the cut took,
/// a verb's object after "they" or a relative "qui", a stranded
/// preposition, "and other" inside a pair, words that wait for what
/// follows ("mise en place", "à travers", "ceux", "depuis"), a cleft's
/// relative, a French future and its infinitive, "proposé" as a verb of
/// recommending, and the subjunctive of "accompagner" and of two
/// subjects.
#[test]
fn what_groups_type_around_their_point_goes_in_english() {
    for (answer, named) in [
        (
            "The undersigned group is of the view that classification of 3D printed goods and 3D printers may create disputes during assessment.",
            "Classification of 3D printed goods and 3D printers may create disputes",
        ),
        (
            "In the case of Brazil, the Harpia system uses artificial intelligence for the selection of declarations.",
            "The Harpia system uses artificial intelligence",
        ),
        (
            "In the case of e-commerce, the volumes are exploding.",
            "In the case of e-commerce, the volumes are exploding",
        ),
        (
            "WCO could prepare a guide for the fight against the smuggling with drones.",
            "WCO could prepare a guide for the fight against the smuggling",
        ),
        (
            "Criminal organisations have more money and they buy the technology before us.",
            "Criminal organisations have more money and they buy the technology",
        ),
        (
            "The legal texts must be adapted to recognise the electronic documents and signatures.",
            "The legal texts must be adapted to recognise the electronic documents",
        ),
        (
            "Dwell time is what the business cares about; every hour a box stands still costs money.",
            "Dwell time is what the business cares about",
        ),
        (
            "Radiation portal monitors at the port gates for detection of nuclear and other radioactive materials.",
            "Radiation portal monitors at the port gates",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

/// The same in French.
#[test]
fn what_groups_type_around_their_point_goes_in_french() {
    for (answer, named) in [
        (
            "Nous sommes d'avis que la formation des agents doit précéder l'achat des équipements.",
            "La formation des agents doit précéder l'achat des équipements",
        ),
        (
            "Dans le cas du Département Général des Douanes du Vietnam, le système VNACCS/VCIS effectue la sélectivité automatique des déclarations.",
            "Le système VNACCS/VCIS effectue la sélectivité automatique",
        ),
        (
            "Amélioration notable des recettes depuis la mise en place du contrôle automatisé des valeurs (hausse d'environ 12 % en 2016).",
            "Amélioration notable des recettes",
        ),
        (
            "Il a été relevé que la dématérialisation des procédures à travers le Guichet Unique du Commerce Extérieur (GUCE) et SYDONIA World a permis de réduire les délais.",
            "La dématérialisation des procédures",
        ),
        (
            "Difficulté à faire communiquer nos systèmes avec ceux des autres administrations, certains partenaires n'ont même pas encore d'internet.",
            "Difficulté à faire communiquer nos systèmes",
        ),
        (
            "Avec l'impression 3D c'est le fichier qui traverse la frontière et non la marchandise : comment taxer ?",
            "Avec l'impression 3D c'est le fichier qui traverse la frontière",
        ),
        (
            "Les conteneurs intelligents avec capteurs pourront transmettre directement à la douane la position et l'ouverture de la porte.",
            "Les conteneurs intelligents avec capteurs",
        ),
        (
            "Le groupe a proposé la mise en place d'un recueil des bonnes pratiques des Membres.",
            "Mise en place d'un recueil des bonnes pratiques des Membres",
        ),
        (
            "Il est recommandé que l'OMD accompagne les administrations africaines.",
            "L'OMD devrait accompagner les administrations africaines",
        ),
        (
            "Que l'OMD et les douanes accompagnent les pays africains.",
            "L'OMD et les douanes devraient accompagner les pays africains",
        ),
        (
            "Que le groupe virtuel (VWG FC) continue et fasse de la prospective stratégique chaque année",
            "Le groupe virtuel devrait continuer",
        ),
        (
            "Que les administrations craignent les drones.",
            "Que les administrations craignent les drones",
        ),
    ] {
        assert_eq!(
            name(answer, Language::French).as_deref(),
            Some(named),
            "{answer}"
        );
    }
}

/// The rules above leave alone what they do not frame (a review of the
/// thirty-seventh sitting's rules): a case of a thing typed with a capital
/// or of a list of countries, a relative after "c'est" and no thing put
/// first, a preposition a "what" does not strand, an adverb before no
/// object, one subject with an "et" inside its complement.
#[test]
fn the_rules_leave_what_they_do_not_frame() {
    for (answer, language, named) in [
        (
            "In the case of X-ray scanners, images are read remotely by a central team.",
            Language::English,
            "In the case of X-ray scanners",
        ),
        (
            "In the case of Kenya, Uganda and Tanzania, the one-stop border posts share data.",
            Language::English,
            "In the case of Kenya, Uganda and Tanzania",
        ),
        (
            "C'est coûteux pour les administrations qui manquent de budget et de personnel formé.",
            Language::French,
            "C'est coûteux pour les administrations",
        ),
        (
            "Data which traders submit is forwarded to - customs, port and bank",
            Language::English,
            "Data which traders submit is forwarded",
        ),
        (
            "Les systèmes des bureaux doivent fonctionner correctement même en cas de coupure.",
            Language::French,
            "Les systèmes des bureaux doivent fonctionner correctement",
        ),
        (
            "Il est recommandé que le partage des données et des images renforce la coordination.",
            Language::French,
            "Le partage des données et des images devrait renforcer la coordination",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// What a speaker opens with to say when, how or after what goes from a
/// name: the present ("At present", "Actuellement"), which the answer's
/// kind says; an adverb of comment or a link, listed or read by its
/// ending before a comma ("Regrettably,"), which named nothing at all;
/// and a frame that stresses a thing ("Le groupe souligne l'apport …").
/// A dash typed between two words joins them, a condition runs on past an
/// aside to what it is the condition of, and a verb in "-s" before a
/// gerund is the one a recommendation asks of its subject.
#[test]
fn what_opens_an_answer_before_its_point_goes() {
    for (answer, language, named) in [
        (
            "At present ASYCUDA World is operational in all stations.",
            Language::English,
            "ASYCUDA World is operational in all stations",
        ),
        (
            "Présentement on utilise l'analytique sur les données API/PNR.",
            Language::French,
            "On utilise l'analytique sur les données API/PNR",
        ),
        (
            "Unfortunately, smugglers also use drones to carry cigarettes.",
            Language::English,
            "Smugglers use drones to carry cigarettes",
        ),
        (
            "Regrettably, smugglers use drones to carry cigarettes.",
            Language::English,
            "Smugglers use drones to carry cigarettes",
        ),
        (
            "Cependant, les scanners coûtent cher.",
            Language::French,
            "Les scanners coûtent cher",
        ),
        (
            "A présent, les scanners tournent 24h/24 au port.",
            Language::French,
            "Les scanners tournent 24h/24 au port",
        ),
        (
            "- Currently, scanners are used at every border post",
            Language::English,
            "Scanners used at every border post",
        ),
        (
            "D’abord l'électricité et la connexion internet aux postes frontières",
            Language::French,
            "L'électricité et la connexion internet aux postes frontières",
        ),
        (
            "Si le système tombe en panne (coupure EDG) tout s'arrête au bureau.",
            Language::French,
            "Si le système tombe en panne tout s'arrête au bureau",
        ),
        (
            "Ironically we use software bots (RPA) to re-key our data into customs portals.",
            Language::English,
            "Software bots to re-key our data into customs portals",
        ),
        (
            "Le groupe souligne l'apport du datamining au SARC : modèles prédictifs sur le fret.",
            Language::French,
            "Apport du datamining au SARC",
        ),
        (
            "The group highlighted the lack of funding for scanners.",
            Language::English,
            "Lack of funding for scanners",
        ),
        (
            "Members stressed the needs of small administrations",
            Language::English,
            "Needs of small administrations",
        ),
        (
            "Interconnexion des systèmes douaniers Bénin–Niger–Nigeria–Togo selon des normes communes.",
            Language::French,
            "Interconnexion des systèmes douaniers Bénin–Niger–Nigeria–Togo",
        ),
        (
            "The group recommended that the VWG FC continues studying each technology in detail and reports to the PTC.",
            Language::English,
            "The VWG FC should continue studying each technology in detail",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
}

/// The article a learner leaves out between "is" and what a thing is
/// goes back into a name and a statement, as a secretary writes them;
/// "please" after a body named in capitals or before "to" is courtesy.
#[test]
fn a_learners_missing_article_and_courtesy_are_mended() {
    for (answer, named) in [
        (
            "Privacy of passenger personal data is concern",
            "Privacy of passenger personal data is a concern",
        ),
        (
            "Cyber attacks on state institutions are real threat",
            "Cyber attacks on state institutions are a real threat",
        ),
        (
            "Legacy IT is important obstacle for us",
            "Legacy IT is an important obstacle for us",
        ),
        (
            "WCO please to organise workshop and share experience of advanced countries.",
            "WCO to organise workshop and share experience of advanced countries",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
        assert_eq!(statement(answer), format!("{named}."), "{answer}");
    }
    for kept in [
        "The risk is low",
        "Rules written to please the vendors",
        "The issue is risk appetite of managers",
    ] {
        assert_eq!(name(kept, Language::English).as_deref(), Some(kept));
    }
}

/// The town a case is set in goes from a name as a country does ("In
/// Tanger Med the scanners …"), not a month; and a long English scene
/// with no verb runs on into the name, left out of one that must be cut
/// when it sets a place ("On the border with Belarus, …"); a French
/// scene's verb is not told, and it stays.
#[test]
fn a_town_or_a_long_scene_an_answer_opens_with_goes() {
    for (answer, language, named) in [
        (
            "On the border with Belarus, smugglers use drones to carry cigarettes, also balloons.",
            Language::English,
            "Smugglers use drones to carry cigarettes",
        ),
        (
            "D'ici 2030 dédouanement entièrement automatisé, sans intervention humaine",
            Language::French,
            "D'ici 2030 dédouanement entièrement automatisé",
        ),
        (
            "For the free trade agreements in Latin America, the certificate of origin digital with blockchain can be verified by the importing country.",
            Language::English,
            "The certificate of origin digital with blockchain can be verified",
        ),
        (
            "In Tanger Med the scanners work 24/7.",
            Language::English,
            "The scanners work 24/7",
        ),
        (
            "À Lomé les scanners tournent 24h/24.",
            Language::French,
            "Les scanners tournent 24h/24",
        ),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(named), "{answer}");
    }
    let kept = "In March the pilot starts in two ports";
    assert_eq!(name(kept, Language::English).as_deref(), Some(kept));
}

/// An opening "To" is a bullet's infinitive, but not a purpose before
/// the clause it is the purpose of, which runs on into the name as a
/// scene does.
#[test]
fn a_purpose_before_its_clause_is_no_bullet() {
    assert_eq!(
        name(
            "To facilitate trade, the single window must work",
            Language::English
        )
        .as_deref(),
        Some("To facilitate trade, the single window must work")
    );
    assert_eq!(
        name(
            "To change legislation, legal base is behind",
            Language::English
        )
        .as_deref(),
        Some("Change legislation")
    );
}

/// What the thirty-eighth sitting's rules leave as it was: a preposition
/// that is no gerund's verb ("including"), a link of four words, "risk"
/// said without an article, and a list after what a thing is.
#[test]
fn the_thirty_eighth_rules_leave_what_they_do_not_read() {
    for (answer, named) in [
        (
            "The group recommended that border officers including new recruits get training on drones.",
            "Border officers including new recruits should get training on drones",
        ),
        (
            "On the other hand, scanners are expensive to maintain.",
            "Scanners are expensive to maintain",
        ),
        (
            "The main criterion for selection is risk.",
            "The main criterion for selection is risk",
        ),
        (
            "The problems are risk and cost of the equipment",
            "The problems are risk and cost of the equipment",
        ),
    ] {
        assert_eq!(
            name(answer, Language::English).as_deref(),
            Some(named),
            "{answer}"
        );
    }
    // Too little after the present, the moment a phrase is about, a
    // name's own word before a comma, an adverb that says how the next
    // word is, a noun in "-ly", and a thing stressed that is a name (whom)
    // stay as typed.
    for (answer, language) in [
        ("Currently two posts", Language::English),
        (
            "At the moment of arrival, goods are scanned by the risk engine",
            Language::English,
        ),
        ("Supply, demand and prices", Language::English),
        (
            "Clearly defined roles between customs and police",
            Language::English,
        ),
        ("We highlight the WCO's role in guidance", Language::English),
    ] {
        assert_eq!(name(answer, language).as_deref(), Some(answer), "{answer}");
    }
    // A noun in "-ly" is the topic, not an adverb to pass: what follows it
    // does not name the theme, its concepts do.
    assert_eq!(
        name(
            "Supply, it is the main issue for spare parts",
            Language::English
        ),
        None
    );
}
