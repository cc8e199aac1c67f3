//! Break-out capture: turning what a rapporteur types into answers, the
//! break-out countdown, and the group file that leaves the laptop.
//!
//! All of it is pure: time comes in as an argument, so tests need no clock.

use serde::{Deserialize, Serialize};

use crate::session::{
    Answer, AnswerId, AnswerKind, Capture, Clock, GroupId, QuestionId, ReplicaId, Session, Topic,
    TopicId,
};

/// What a typed line says: its text, and the topics its `#key` tags name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The text as the rapporteur meant it: a tag inside a sentence stays
    /// as a word, a tag at the end is taken off.
    pub text: String,
    pub topics: Vec<TopicId>,
}

/// Reads the `#key` tags that name a topic (case-insensitive) in `typed`.
/// Rapporteurs use tags as words ("fund pilots of #ai for X-ray image
/// analysis"): a tag inside a sentence stays in the text as its key, as
/// typed, without the `#`; the tags at the end ("... before arrival #ai
/// #iot") are taken off, any full stop after them kept. A `#word` that names
/// no topic stays in the text as typed.
pub fn parse_entry(typed: &str, topics: &[Topic]) -> Entry {
    let tag = |word: &str| -> Option<&Topic> {
        word.strip_prefix('#')
            .and_then(|key| topic_by_key(topics, key.trim_end_matches(TRAILING)))
    };
    let words: Vec<&str> = typed.split(' ').collect();
    // Where the tags at the end start (blank words between them count as theirs).
    let mut end = words.len();
    while end > 0 && (words[end - 1].is_empty() || tag(words[end - 1]).is_some()) {
        end -= 1;
    }
    let mut found = Vec::new();
    let mut kept: Vec<String> = Vec::with_capacity(end);
    for (index, word) in words.iter().enumerate() {
        let Some(topic) = tag(word) else {
            if index < end {
                kept.push((*word).to_owned());
            }
            continue;
        };
        if !found.contains(&topic.id) {
            found.push(topic.id);
        }
        if index < end {
            // The key as typed, and what follows it ("#AI," reads "AI,").
            kept.push(word[1..].to_owned());
        }
    }
    let mut text = kept.join(" ").trim().to_owned();
    // "... analysis #ai." keeps its full stop.
    let stop: String = words[end..]
        .iter()
        .rev()
        .find(|word| !word.is_empty())
        .map(|last| {
            last.chars()
                .rev()
                .take_while(|c| TRAILING.contains(c))
                .collect()
        })
        .unwrap_or_default();
    if !stop.is_empty() && !text.is_empty() && !text.ends_with(TRAILING) {
        text.extend(stop.chars().rev());
    }
    Entry {
        text,
        topics: found,
    }
}

/// What may follow a tag without being part of its key.
const TRAILING: [char; 5] = [',', ';', '.', '!', '?'];

fn topic_by_key<'a>(topics: &'a [Topic], key: &str) -> Option<&'a Topic> {
    if key.is_empty() {
        return None;
    }
    topics
        .iter()
        .find(|topic| !topic.key.is_empty() && topic.key.eq_ignore_ascii_case(key))
}

/// The topics that complete the `#tag` being typed at the end of `typed`:
/// those whose key starts with what follows the `#`, then those with a word of
/// their name that does.
pub fn tag_completions<'a>(typed: &str, topics: &'a [Topic]) -> Vec<&'a Topic> {
    let Some(partial) = typed
        .rsplit(' ')
        .next()
        .and_then(|word| word.strip_prefix('#'))
    else {
        return Vec::new();
    };
    let partial = partial.to_lowercase();
    let mut by_key: Vec<&Topic> = topics
        .iter()
        .filter(|topic| !topic.key.is_empty() && topic.key.to_lowercase().starts_with(&partial))
        .collect();
    if partial.is_empty() {
        return by_key;
    }
    let by_name: Vec<&Topic> = topics
        .iter()
        .filter(|topic| {
            !by_key.iter().any(|chosen| chosen.id == topic.id)
                && !topic.key.is_empty()
                && topic
                    .name
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.starts_with(&partial))
        })
        .collect();
    by_key.extend(by_name);
    by_key
}

/// `typed` with its trailing `#partial` replaced by the topic's full tag.
pub fn complete_tag(typed: &str, topic: &Topic) -> String {
    let start = typed.rfind(' ').map_or(0, |space| space + 1);
    format!("{}#{} ", &typed[..start], topic.key)
}

/// Who made a change (this laptop, in the version clocks), and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditStamp {
    pub replica: ReplicaId,
    pub at: jiff::Timestamp,
}

/// A new answer of `group` to `question`, with no place yet among its
/// group's answers: `action::added` puts it at their end.
pub fn new_answer(
    entry: Entry,
    group: GroupId,
    question: QuestionId,
    kind: AnswerKind,
    edit: EditStamp,
) -> Answer {
    let now = edit.at;
    Answer {
        id: AnswerId::new(),
        group,
        question,
        position: crate::order::Position::default(),
        text: entry.text,
        topics: entry.topics,
        kind,
        created: now,
        modified: now,
        revision: 1,
        deleted: false,
        clock: Clock::from([(edit.replica, 1)]),
        conflicts: Vec::new(),
    }
}

/// `answer` after `change`, made by `edit`: one revision later, and one more
/// edit of this laptop in its clock. Versions in conflict stay in conflict.
#[must_use]
pub fn revised(answer: &Answer, edit: EditStamp, change: impl FnOnce(&mut Answer)) -> Answer {
    let mut answer = answer.clone();
    change(&mut answer);
    answer.revision = answer.revision.saturating_add(1);
    answer.modified = edit.at.max(answer.modified);
    let count = answer.clock.entry(edit.replica).or_insert(0);
    *count = count.saturating_add(1);
    answer
}

/// The live answers of one group to one question, in their order.
pub fn group_answers(
    session: &Session,
    group: GroupId,
    question: QuestionId,
) -> impl Iterator<Item = &Answer> {
    session
        .live_answers()
        .filter(move |answer| answer.group == group && answer.question == question)
}

/// A copy of the session that holds one group's work and the session's
/// identity (id, questions, topics, agenda), to travel to the facilitator,
/// saying which group it captures and on which laptop. Deleted answers
/// travel too, so the deletion reaches the merge.
pub fn group_file(session: &Session, group: GroupId, laptop: ReplicaId) -> Option<Session> {
    let group = session.group(group)?.clone();
    let mut file = session.clone();
    file.capture = Some(Capture {
        groups: vec![group.id],
        laptop: Some(laptop),
    });
    file.answers.retain(|answer| answer.group == group.id);
    file.groups = vec![group];
    file.panel.speakers.clear();
    // Themes and votes are the facilitator's: a group's file carries none.
    file.themes.clear();
    file.reviewed.clear();
    file.removed.clear();
    file.laptops.clear();
    Some(file)
}

/// The break-out countdown. Running, it keeps the moment it ends, so the time
/// left survives a restart of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Countdown {
    Stopped { left_secs: i64 },
    Running { ends: jiff::Timestamp },
}

/// What the countdown warns of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alert {
    None,
    FiveMinutes,
    OneMinute,
    TimeUp,
}

impl Countdown {
    /// A stopped countdown of `minutes`.
    pub fn new(minutes: u32) -> Self {
        Countdown::Stopped {
            left_secs: i64::from(minutes) * 60,
        }
    }

    /// Seconds left at `now`; negative once time is up.
    pub fn left_secs(self, now: jiff::Timestamp) -> i64 {
        match self {
            Countdown::Stopped { left_secs } => left_secs,
            Countdown::Running { ends } => {
                let left = ends.duration_since(now);
                // Round up: a countdown shows 00:01 until the last second has gone.
                let secs = left.as_secs();
                if left.subsec_nanos() > 0 {
                    secs + 1
                } else {
                    secs
                }
            }
        }
    }

    pub fn is_running(self) -> bool {
        matches!(self, Countdown::Running { .. })
    }

    #[must_use]
    pub fn started(self, now: jiff::Timestamp) -> Self {
        match self {
            Countdown::Stopped { left_secs } => Countdown::Running {
                ends: now + jiff::SignedDuration::from_secs(left_secs),
            },
            running @ Countdown::Running { .. } => running,
        }
    }

    #[must_use]
    pub fn paused(self, now: jiff::Timestamp) -> Self {
        Countdown::Stopped {
            left_secs: self.left_secs(now),
        }
    }

    /// The countdown with `minutes` more.
    #[must_use]
    pub fn extended(self, minutes: i64) -> Self {
        let extra = minutes * 60;
        match self {
            Countdown::Stopped { left_secs } => Countdown::Stopped {
                left_secs: left_secs + extra,
            },
            Countdown::Running { ends } => Countdown::Running {
                ends: ends + jiff::SignedDuration::from_secs(extra),
            },
        }
    }

    pub fn alert(self, now: jiff::Timestamp) -> Alert {
        match self.left_secs(now) {
            ..=0 => Alert::TimeUp,
            1..=60 => Alert::OneMinute,
            61..=300 => Alert::FiveMinutes,
            _ => Alert::None,
        }
    }
}

/// `mm:ss` (or `h:mm:ss`), with a leading `+` once time is up.
pub fn format_clock(left_secs: i64) -> String {
    let sign = if left_secs < 0 { "+" } else { "" };
    let secs = left_secs.unsigned_abs();
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    if hours > 0 {
        format!("{sign}{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{sign}{minutes:02}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Vec<Topic> {
        Session::template().topics
    }

    fn keys(entry: &Entry, topics: &[Topic]) -> Vec<String> {
        entry
            .topics
            .iter()
            .filter_map(|id| topics.iter().find(|t| t.id == *id))
            .map(|t| t.key.clone())
            .collect()
    }

    #[test]
    fn tags_at_the_end_become_topics_and_leave_the_text() {
        let topics = topics();
        let entry = parse_entry("Risk engines flag consignments #AI #iot", &topics);
        assert_eq!(entry.text, "Risk engines flag consignments");
        assert_eq!(keys(&entry, &topics), ["ai", "iot"]);
        // A tag that names no topic is text, and ends the sentence.
        let entry = parse_entry("Risk engines #iot, #unknown", &topics);
        assert_eq!(entry.text, "Risk engines iot, #unknown");
    }

    #[test]
    fn a_tag_inside_a_sentence_keeps_the_sentence() {
        let topics = topics();
        let entry = parse_entry(
            "Policy leaders should fund pilots of #ai for X-ray image analysis",
            &topics,
        );
        assert_eq!(
            entry.text,
            "Policy leaders should fund pilots of ai for X-ray image analysis"
        );
        assert_eq!(keys(&entry, &topics), ["ai"]);
        let entry = parse_entry("#IoT seals, then #bio gates. #robot", &topics);
        assert_eq!(entry.text, "IoT seals, then bio gates.");
        assert_eq!(keys(&entry, &topics), ["iot", "bio", "robot"]);
    }

    #[test]
    fn a_full_stop_after_the_last_tag_stays_with_the_sentence() {
        let topics = topics();
        let entry = parse_entry("Scanners read X-ray images #ai.", &topics);
        assert_eq!(entry.text, "Scanners read X-ray images.");
        let entry = parse_entry("#ai", &topics);
        assert_eq!(entry.text, "");
    }

    #[test]
    fn text_is_kept_as_typed() {
        let typed = "l'Organisation — 海关 🛃 مرحبا  double  space\u{7}";
        assert_eq!(parse_entry(typed, &topics()).text, typed);
    }

    #[test]
    fn completion_by_key_then_by_name() {
        let topics = topics();
        let keys = |typed: &str| -> Vec<String> {
            tag_completions(typed, &topics)
                .iter()
                .map(|t| t.key.clone())
                .collect()
        };
        assert_eq!(keys("e-gates #b"), ["bio", "chain"]);
        assert_eq!(keys("#rob"), ["robot"]);
        assert_eq!(keys("#print"), ["3d"]);
        assert!(keys("no tag here").is_empty());
        let bio = topics.iter().find(|t| t.key == "bio").expect("bio");
        assert_eq!(complete_tag("e-gates #bi", bio), "e-gates #bio ");
    }

    #[test]
    fn countdown_runs_pauses_extends_and_warns() {
        let start = jiff::Timestamp::UNIX_EPOCH;
        let at = |secs: i64| start + jiff::SignedDuration::from_secs(secs);
        let countdown = Countdown::new(45);
        assert_eq!(countdown.left_secs(at(600)), 45 * 60, "stopped");
        let running = countdown.started(start);
        assert_eq!(running.left_secs(at(60)), 44 * 60);
        assert_eq!(running.alert(at(40 * 60)), Alert::FiveMinutes);
        assert_eq!(running.alert(at(44 * 60)), Alert::OneMinute);
        assert_eq!(running.alert(at(45 * 60)), Alert::TimeUp);
        let paused = running.paused(at(10 * 60));
        assert_eq!(paused.left_secs(at(20 * 60)), 35 * 60);
        let extended = paused.extended(5).started(at(20 * 60));
        assert_eq!(extended.left_secs(at(20 * 60)), 40 * 60);
        assert_eq!(format_clock(extended.left_secs(at(61 * 60))), "+01:00");
        assert_eq!(format_clock(3725), "1:02:05");
    }

    #[test]
    fn group_file_holds_one_group_and_the_session_identity() {
        let mut session = Session::template();
        let (mine, theirs) = (session.groups[2].id, session.groups[0].id);
        let question = session.questions[0].id;
        let edit = EditStamp {
            replica: ReplicaId::new(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        for (group, text) in [(mine, "ours"), (theirs, "theirs")] {
            let entry = parse_entry(text, &session.topics);
            let answer = new_answer(entry, group, question, AnswerKind::Benefit, edit);
            session.answers.push(answer);
        }
        let file = group_file(&session, mine, ReplicaId::new()).expect("group exists");
        assert_eq!(file.id, session.id);
        assert_eq!(file.questions, session.questions);
        assert_eq!(file.topics, session.topics);
        assert_eq!(file.groups.len(), 1);
        let texts: Vec<&str> = file.answers.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["ours"]);
    }
}
