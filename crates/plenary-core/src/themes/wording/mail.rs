//! An answer pasted from an e-mail, without the e-mail around it: the
//! headers of a message it quotes ("-----Original Message-----",
//! "From: …", "Subject: …"), its subject's mark ("Re: e-commerce - …",
//! "FW: …"), a greeting ("Dear colleagues, …", "Hi all, as discussed -
//! …"), a note that it was forwarded ("FYI - forwarded from our NII team:
//! \"…\""), a line it replies to ("> parcels?") and the sign-off
//! ("Best regards,\nMarta", "Thanks, Tom"). A name and a statement say
//! what the group said, and answers are compared by it; the answer itself
//! stays as typed.

use super::QUOTES;

/// Marks of an e-mail's subject that open an answer, in lower case, before
/// their colon: a reply ("Re:"), a forward ("FW:", "Fwd:"). French
/// "TR:" is left out: "TR" is as often Türkiye heading its case.
const SUBJECT_MARKS: [&str; 4] = ["re", "fw", "fwd", "réf"];

/// Words a greeting opens with, in lower case: "Dear colleagues,", "Hi
/// all,", "Bonjour à tous,".
const GREETINGS: [&str; 10] = [
    "dear",
    "hi",
    "hello",
    "hey",
    "greetings",
    "bonjour",
    "salut",
    "cher",
    "chers",
    "chère",
];

/// The most words of a greeting before its mark or the end of its line:
/// "Bonjour à tout le monde,", "Hi all -", "Dear colleagues:".
const GREETING_WORDS: usize = 5;

/// Whom a greeting addresses, in lower case, after its word: "Dear
/// colleagues", "Hi all", "Bonjour à tous". Another word is no greeting
/// ("Hello Kitty toys, …"), but for one name after "hi" or "dear" ("Hi
/// Tom,").
const ADDRESSEES: [&str; 18] = [
    "all",
    "everyone",
    "everybody",
    "colleagues",
    "team",
    "both",
    "folks",
    "dear",
    "à",
    "tous",
    "toutes",
    "tout",
    "le",
    "monde",
    "chers",
    "chères",
    "collègues",
    "l'équipe",
];

/// What an e-mail says before its point, in lower case, with a comma, a
/// colon or a dash after it: "as discussed -", "just to add:", "pour info,".
const LEAD_INS: [&str; 12] = [
    "fyi",
    "as discussed",
    "as agreed",
    "as promised",
    "just to add",
    "to add",
    "further to our discussion",
    "comme convenu",
    "comme discuté",
    "pour info",
    "pour information",
    "pour rappel",
];

/// How an e-mail signs off, in lower case, with a name or nothing after
/// it: "Best regards,\nMarta", "Thanks, Tom", "Cordialement".
const SIGN_OFFS: [&str; 16] = [
    "best regards",
    "kind regards",
    "warm regards",
    "regards",
    "best wishes",
    "cheers",
    "thanks",
    "thank you",
    "many thanks",
    "br",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "merci",
    "salutations",
    "sincerely",
];

/// The most words of the name after a sign-off: "Regards, Marta",
/// "Thanks, Tom", "Cheers, Tom Smith".
const SIGNATURE_WORDS: usize = 3;

/// Headers of a message an answer quotes, in lower case, before their
/// colon.
const HEADERS: [&str; 11] = [
    "from", "sent", "to", "cc", "subject", "date", "de", "envoyé", "à", "objet", "pour",
];

/// `text` without the e-mail around what it says, or `None` when it was
/// not pasted from one.
pub(super) fn without_the_mail(text: &str) -> Option<String> {
    // Every answer is read for comparison, and most are one line of no
    // e-mail: nothing is copied for them.
    if !text.contains('\n') {
        let line = text.trim();
        let unsigned = before_a_sign_off(line);
        let (opened, forwarded) = without_the_opening(unsigned);
        return (opened.len() < line.len())
            .then(|| what_it_says(opened, forwarded))
            .flatten();
    }
    let mut lines: Vec<&str> = text.lines().map(str::trim).collect();
    while lines.last().is_some_and(|line| line.is_empty()) {
        lines.pop();
    }
    let unheaded = without_headers(&lines);
    let unsigned = without_the_sign_off(unheaded);
    let body = unsigned.join("\n");
    let (opened, forwarded) = without_the_opening(&body);
    let replied = !forwarded && opened.lines().next().is_some_and(is_quoted);
    let mailed = unheaded.len() < lines.len()
        || unsigned.as_slice() != unheaded
        || opened.len() < body.len()
        || replied;
    mailed.then(|| what_it_says(opened, forwarded)).flatten()
}

/// What `opened`, a mail's text past its opening, says without its
/// quoting ([`without_quoting`]), when that is two words or more.
fn what_it_says(opened: &str, forwarded: bool) -> Option<String> {
    let unquoted = without_quoting(opened, forwarded);
    let said = unquoted.trim();
    (said.split_whitespace().count() >= 2).then(|| said.to_owned())
}

/// `lines` after the headers of a quoted message, when one opens them
/// ("-----Original Message-----", then "From: …", "Subject: …") and a line
/// of what it says follows.
fn without_headers<'a>(lines: &'a [&'a str]) -> &'a [&'a str] {
    let is_a_rule =
        |line: &str| line.starts_with("-----") && line.to_lowercase().contains("message");
    let is_a_header = |line: &str| {
        line.split_once(':')
            .is_some_and(|(name, _)| HEADERS.contains(&name.trim().to_lowercase().as_str()))
    };
    let Some(first) = lines.first() else {
        return lines;
    };
    if !is_a_rule(first) {
        return lines;
    }
    let body = 1 + lines[1..]
        .iter()
        .take_while(|line| is_a_header(line))
        .count();
    if body < lines.len() {
        &lines[body..]
    } else {
        lines
    }
}

/// `lines` without the sign-off that ends them: on a line of its own with
/// the name on the next ("Best regards,\nMarta") or after it ("Regards,
/// Marta"), or after the last sentence ("… before any large investment.
/// Thanks, Tom").
fn without_the_sign_off<'a>(lines: &'a [&'a str]) -> Vec<&'a str> {
    let mut kept: Vec<&str> = lines.to_vec();
    // "Marta" under "Best regards," (a blank line between them or not).
    if kept.len() >= 4 && kept[kept.len() - 2].is_empty() {
        kept.remove(kept.len() - 2);
    }
    if kept.len() >= 3
        && is_a_signature(kept[kept.len() - 1])
        && is_a_sign_off(kept[kept.len() - 2])
    {
        kept.truncate(kept.len() - 2);
        return kept;
    }
    let Some(last) = kept.pop() else {
        return kept;
    };
    if is_a_sign_off(last) && !kept.is_empty() {
        return kept;
    }
    kept.push(before_a_sign_off(last));
    kept
}

/// Whether `line` is only a sign-off, with a signature or none: "Best
/// regards,", "Regards, Marta", "Cheers".
fn is_a_sign_off(line: &str) -> bool {
    let (said, signed) = match line.split_once(',') {
        Some((said, signed)) => (said, signed.trim()),
        None => (line, ""),
    };
    let said = said.trim().trim_end_matches(['.', '!']).to_lowercase();
    SIGN_OFFS.contains(&said.as_str()) && (signed.is_empty() || is_a_signature(signed))
}

/// Whether `line` reads as a signature: a few words, each capitalised,
/// without a mark that ends a sentence ("Marta", "Tom Smith").
fn is_a_signature(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=SIGNATURE_WORDS).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(char::is_uppercase) && !word.ends_with(['.', '?', '!', ':'])
        })
}

/// `line` without a sign-off after its last sentence: "Same headcount,
/// more output. Cheers, Tom" is "Same headcount, more output.".
fn before_a_sign_off(line: &str) -> &str {
    let ends = line
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '!' | '?'))
        .map(|(at, c)| at + c.len_utf8());
    for end in ends {
        let after = &line[end..];
        if after.starts_with(char::is_whitespace) && is_a_sign_off(after.trim()) {
            return &line[..end];
        }
    }
    line
}

/// `body` without what an e-mail says before its point, and whether that
/// said it forwards what follows: the subject's mark, a greeting, a lead-in
/// ("as discussed -") and a note that it forwards ("Forwarding Tom's note
/// as it fits Q2:").
fn without_the_opening(body: &str) -> (&str, bool) {
    let mut rest = body.trim_start();
    let mut forwarded = false;
    loop {
        let before = rest;
        rest = after_a_subject_mark(rest)
            .or_else(|| after_a_greeting(rest))
            .or_else(|| after_a_lead_in(rest))
            .unwrap_or(rest);
        if let Some(after) = after_a_forward(rest) {
            rest = after;
            forwarded = true;
        }
        if rest.len() == before.len() {
            return (rest, forwarded);
        }
    }
}

/// What follows a subject's mark and its colon: "Re: analytics - we
/// combine …" is "analytics - we combine …".
fn after_a_subject_mark(text: &str) -> Option<&str> {
    let (mark, rest) = text.split_once(':')?;
    if mark.len() > "réf".len() {
        return None;
    }
    SUBJECT_MARKS
        .contains(&mark.trim().to_lowercase().as_str())
        .then(|| rest.trim_start())
        .filter(|rest| !rest.is_empty())
}

/// What follows a greeting of a few words and its mark or line: "Dear
/// colleagues, our proposal …", "Hello, just to add: …", "Hi all - we use
/// …", "Bonjour à tout le monde. Nous …".
fn after_a_greeting(text: &str) -> Option<&str> {
    let first = text.split_whitespace().next()?;
    let word = first
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if !GREETINGS.contains(&word.as_str()) {
        return None;
    }
    let end = text.find([',', '!', '\n', ':', '.', '-', '–', '—'])?;
    let greeting: Vec<&str> = text[..end].split_whitespace().collect();
    if greeting.len() > GREETING_WORDS {
        return None;
    }
    let addressed = greeting[1..]
        .iter()
        .all(|word| ADDRESSEES.contains(&word.to_lowercase().as_str()));
    let named = greeting.len() == 2
        && matches!(word.as_str(), "hi" | "dear" | "cher" | "chère")
        && greeting[1].starts_with(char::is_uppercase);
    if !addressed && !named {
        return None;
    }
    let mark = text[end..].chars().next()?;
    let rest = text[end + mark.len_utf8()..].trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// What follows a lead-in and its mark: "as discussed - our targeting
/// centre …", "FYI, rights holders …", "just to add: we ran …".
fn after_a_lead_in(text: &str) -> Option<&str> {
    let first = text.chars().next()?.to_lowercase().next()?;
    LEAD_INS.iter().find_map(|lead_in| {
        if !lead_in.starts_with(first) {
            return None;
        }
        let head = text.get(..lead_in.len())?;
        if head.to_lowercase() != *lead_in {
            return None;
        }
        let marked = text[lead_in.len()..].trim_start();
        let mark = marked.chars().next()?;
        if !matches!(mark, ',' | ':' | '-' | '–' | '—') {
            return None;
        }
        let rest = marked[mark.len_utf8()..].trim_start();
        (!rest.is_empty()).then_some(rest)
    })
}

/// What follows a note that the answer forwards a message, when the note
/// ends in a colon and a quotation follows: "forwarded from our NII team:
/// \"The new software …\"", "Forwarding Tom's note from last week as it
/// fits Q2:\n> In future …".
fn after_a_forward(text: &str) -> Option<&str> {
    let colon = text.find(':')?;
    let rest = text[colon + 1..].trim_start();
    if !rest.starts_with(['"', '“', '«', '>']) {
        return None;
    }
    let note = text[..colon].to_lowercase();
    let forwards = note.split_whitespace().any(|word| {
        matches!(
            word,
            "forwarded" | "forwarding" | "fwd" | "transféré" | "transférée" | "transmis"
        )
    });
    forwards.then_some(rest)
}

/// `text` without its quoting: the marks of a forwarded message's lines
/// (`forwarded`), or the lines a reply quotes before what it says (">
/// parcels?\nYes - low-value parcels …"); and the quotation marks around
/// what it says, alone or after a heading.
fn without_quoting(text: &str, forwarded: bool) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let said: Vec<&str> = if forwarded {
        lines
            .iter()
            .map(|line| {
                if is_quoted(line) {
                    line.trim_start().trim_start_matches('>').trim_start()
                } else {
                    line
                }
            })
            .collect()
    } else {
        let replies = lines.iter().take_while(|line| is_quoted(line)).count();
        if replies > 0 && replies < lines.len() {
            let mut said = lines[replies..].to_vec();
            // "> parcels?\nYes - low-value parcels …": the reply's "yes"
            // answers the line it quotes.
            if let Some(first) = said.iter_mut().find(|line| !line.trim().is_empty()) {
                *first = after_a_yes(first);
            }
            said
        } else {
            lines
        }
    };
    let said = said.join("\n");
    let trimmed = said.trim();
    for (open, close) in std::iter::once(('"', '"')).chain(QUOTES) {
        let Some(inner) = trimmed.strip_suffix(close) else {
            continue;
        };
        let Some(at) = inner.rfind(open) else {
            continue;
        };
        let quoted = &inner[at + open.len_utf8()..];
        let heading = inner[..at].trim_end();
        // "\"The new software auto-detects …\"" is what the team wrote;
        // so is what follows a heading ("HR input - \"We will need …\"").
        let alone = heading.is_empty()
            || heading.ends_with(['-', '–', '—', ':'])
                && heading.split_whitespace().count() <= HEADING_WORDS;
        if alone && !heading.contains([open, close]) && !quoted.contains([open, close]) {
            return format!("{heading} {}", quoted.trim()).trim().to_owned();
        }
    }
    trimmed.to_owned()
}

/// Whether `line` is quoted from a message: opened by ">", not by ">"
/// comparing a number ("> 5 kg parcels", ">90% of seizures").
fn is_quoted(line: &str) -> bool {
    line.trim_start().strip_prefix('>').is_some_and(|rest| {
        !rest
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '=')
    })
}

/// The most words of a heading before a quotation: "HR input - \"…\"";
/// after more, the quotation is a phrase of the sentence ("Shared ledger
/// across the whole chain - \"single version of the truth\"").
const HEADING_WORDS: usize = 3;

/// `line` after the "yes" or "oui" it opens with and its mark.
fn after_a_yes(line: &str) -> &str {
    let trimmed = line.trim_start();
    let Some((first, rest)) = trimmed.split_once(char::is_whitespace) else {
        return line;
    };
    let marked = first.ends_with([',', '!']) || rest.trim_start().starts_with(['-', '–', '—']);
    let word = first.trim_end_matches([',', '!']).to_lowercase();
    let rest = rest
        .trim_start()
        .trim_start_matches(['-', '–', '—'])
        .trim_start();
    if marked && matches!(word.as_str(), "yes" | "oui" | "indeed") && !rest.is_empty() {
        rest
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::without_the_mail;

    #[test]
    fn the_mail_around_an_answer_goes() {
        let cases = [
            (
                "Hi all, as discussed - our targeting centre now runs a machine-learning model alongside the rules. It flags ~3% of sea cargo.\nBest regards,\nMarta",
                "our targeting centre now runs a machine-learning model alongside the rules. It flags ~3% of sea cargo.",
            ),
            (
                "FYI - forwarded from our NII team: \"The new software auto-detects anomalies in the X-ray image and pre-marks them for the image analyst.\"",
                "The new software auto-detects anomalies in the X-ray image and pre-marks them for the image analyst.",
            ),
            (
                "-----Original Message-----\nFrom: Transit Unit\nSubject: RE: e-seals\nWe use electronic seals on T1 transit movements.",
                "We use electronic seals on T1 transit movements.",
            ),
            (
                "Hello, just to add: we ran a small pilot putting certificates of origin on a blockchain. Regards",
                "we ran a small pilot putting certificates of origin on a blockchain.",
            ),
            (
                "Main benefit we see is that staff time moves from paperwork to real controls. Same headcount, more output. Cheers, Tom",
                "Main benefit we see is that staff time moves from paperwork to real controls. Same headcount, more output.",
            ),
            (
                "Re: analytics - we combine declarations, manifests and company registers in a data lake.",
                "analytics - we combine declarations, manifests and company registers in a data lake.",
            ),
            (
                "FYI, rights holders already complain about 3D-printed copies of branded spare parts.",
                "rights holders already complain about 3D-printed copies of branded spare parts.",
            ),
            (
                "> parcels?\nYes - low-value parcels from online shopping are now our biggest headache.",
                "low-value parcels from online shopping are now our biggest headache.",
            ),
            (
                "Dear colleagues, our proposal for the report: the WCO should issue practical guidance.\nBest regards",
                "our proposal for the report: the WCO should issue practical guidance.",
            ),
            (
                "Forwarding Tom's note from last week as it fits Q2:\n> In future all parties of the chain write to one shared ledger.\nHappy to discuss. Regards, Marta",
                "In future all parties of the chain write to one shared ledger.\nHappy to discuss.",
            ),
            (
                "Bonjour à tous, comme convenu : la douane tunisienne teste des scellés électroniques.\nCordialement",
                "la douane tunisienne teste des scellés électroniques.",
            ),
            (
                "Hi all - we use drones at the border.",
                "we use drones at the border.",
            ),
            (
                "Bonjour à tout le monde. Nous utilisons des drones.",
                "Nous utilisons des drones.",
            ),
            (
                "Hi Tom, the scanners arrived.\n\nBest regards,\n\nMarta",
                "the scanners arrived.",
            ),
            (
                "FW: HR input - \"We will need analysts. Start training now.\"",
                "HR input - We will need analysts. Start training now.",
            ),
        ];
        for (typed, said) in cases {
            assert_eq!(without_the_mail(typed).as_deref(), Some(said), "{typed}");
        }
    }

    /// What only looks like an e-mail's words is what the group said:
    /// thanks to a technology, a forwarder, a sentence that ends in
    /// "thanks", a greeting that is the point.
    #[test]
    fn words_an_e_mail_also_uses_stay_in_an_answer() {
        let answers = [
            "Thanks to blockchain, certificates of origin can be checked at once.",
            "Freight forwarders: they hold the data we need before arrival.",
            "Forwarded cargo is declared twice; the forwarding agent must file the house bill.",
            "Regards the cost, nobody has done the sums.",
            "Re-export controls need the same data.",
            "Hello kitty toys are the most counterfeited at our port, with thanks to 3D printing.",
            "Drones at sea: the Navy flies them, we get the feed. Many thanks to them",
            "We replied to the trader:\n> no paper copy is needed",
            "Best practice: share the pilots' results.",
            "Shared ledger across the whole chain (shipper, carrier, customs) - \"single version of the truth\"",
            "\"Smart borders are the future\"",
            "Hello Kitty toys, the most counterfeited goods at our port.",
            "TR: e-seals on all transit trucks to Iraq",
            "> 5 kg parcels go to the post\nLighter ones go by courier",
            ">90% of seizures come from risk profiling.\nData quality is the key.",
            "  Indented answer\n  on two lines",
        ];
        for answer in answers {
            assert_eq!(without_the_mail(answer), None, "{answer}");
        }
    }
}
