//! The presenter's slides: a pure function of the session. The app only
//! draws them.
//!
//! A slide's list is measured as the presenter draws it at 1920×1080 (the
//! type scales with the window, so the same holds at any size of that
//! shape): each line takes rows of [`CHARS_PER_LINE`] characters of
//! [`type_size::BODY`] type, and the list holds [`ROOM`] pixels below the
//! title (less under a subtitle). A longer list continues on further slides,
//! under its question's heading again, and an answer longer than a whole
//! slide is cut at word boundaries into parts, each on its own slide:
//! nothing is ever cut off.

use plenary_core::session::{Answer, GroupId, QuestionId, Session, TopicId};
use plenary_core::themes::vote;
use plenary_core::themes::wording::{as_one_item, as_printed};
use plenary_i18n::{Words, words};

/// How many characters a row of body type holds, counting wide letters
/// generously.
pub const CHARS_PER_LINE: usize = 90;

/// The presenter's type sizes and spacing, in pixels of a 1920×1080 slide:
/// the presenter draws with them, and the slides are measured with them.
pub mod type_size {
    pub const TITLE: u16 = 60;
    pub const TITLE_SLIDE: u16 = 80;
    pub const SUBTITLE: u16 = 32;
    pub const BODY: u16 = 34;
    pub const HEADING: u16 = 38;
    /// Who said it, how many dots, a heading's question, the footer.
    pub const DETAIL: u16 = 28;
    /// Between the lines of the list.
    pub const SPACING: u16 = 12;
    /// After the title and subtitle.
    pub const AFTER_TITLE: u16 = 16;
    /// Above and below the slide's content.
    pub const MARGIN_Y: u16 = 64;
}

use type_size::{AFTER_TITLE, BODY, DETAIL, HEADING, MARGIN_Y, SPACING, SUBTITLE, TITLE};

/// The height of a row of type of `size` pixels, as the slide font sets it
/// (measured: 38.2 for 34), rounded up.
const fn row(size: u16) -> usize {
    (size as usize * 9).div_ceil(8)
}

/// The pixels a slide's list has below its title, above the footer: the
/// slide's 1080 less the margins, the title's row and the space after it,
/// and a few pixels to spare.
pub const ROOM: usize =
    1080 - 2 * MARGIN_Y as usize - row(TITLE) - 2 * SPACING as usize - AFTER_TITLE as usize - 10;
/// What a subtitle (a group's delegations) takes from [`ROOM`].
const SUBTITLE_ROOM: usize = row(SUBTITLE) + SPACING as usize;
/// The room kept free above a long answer for its question's heading.
const HEADING_ROOM: usize = 160;

/// What a slide is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideKind {
    Title,
    /// A group's report-back: its answers per question.
    Group(GroupId),
    /// The themes across groups of one question, ranked.
    Themes(QuestionId),
    Topic(TopicId),
    Recommendations,
}

/// One line of a slide's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// Smaller, after the text: who said it, how many dots.
    pub detail: String,
    /// A heading within the list (a question, in a group's slides).
    pub heading: bool,
    /// Indented under the line before it (a theme's wordings).
    pub indent: bool,
    /// For a heading, or a line the next ones are indented under: what it
    /// says at the top of a slide its list goes on to ("Question 1
    /// (continued)", "2. Drones patrol the coast (continued)"); not
    /// repeated when empty.
    pub again: String,
}

/// One slide, ready to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    pub kind: SlideKind,
    pub title: String,
    pub subtitle: String,
    pub lines: Vec<Line>,
    /// Said plainly when there is nothing to list.
    pub empty: Option<String>,
    /// "2 / 3" when the list goes on over several slides.
    pub part: Option<(usize, usize)>,
    /// For the presenter's view only.
    pub notes: String,
}

impl Slide {
    fn new(kind: SlideKind, title: String, subtitle: String, lines: Vec<Line>) -> Slide {
        Slide {
            kind,
            title,
            subtitle,
            lines,
            empty: None,
            part: None,
            notes: String::new(),
        }
    }
}

impl Line {
    fn item(text: impl Into<String>, detail: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            detail: detail.into(),
            heading: false,
            indent: false,
            again: String::new(),
        }
    }

    /// The pixels this line takes on a 1920×1080 slide, estimated, with the
    /// space after it.
    fn height(&self) -> usize {
        // How many rows `chars` characters of type `size` take: a row holds
        // fewer of larger type.
        let rows = |chars: usize, size: u16| {
            (chars * usize::from(size))
                .div_ceil(CHARS_PER_LINE * usize::from(BODY))
                .max(1)
        };
        let spacing = usize::from(SPACING);
        let (text, detail) = (self.text.chars().count(), self.detail.chars().count());
        if self.heading {
            // The detail (the question) goes on rows of its own, smaller.
            let detail = if detail == 0 {
                0
            } else {
                rows(detail, DETAIL) * row(DETAIL) + spacing
            };
            rows(text, HEADING) * row(HEADING) + spacing + detail
        } else {
            // The detail follows the text, in smaller type.
            let detail = detail * usize::from(DETAIL) / usize::from(BODY);
            rows(text + detail, BODY) * row(BODY) + spacing
        }
    }
}

/// The slides of a session, in order: title, each group's report-back, the
/// themes of each question, each topic, the recommendations.
pub fn slides(session: &Session) -> Vec<Slide> {
    let deck = Deck {
        session,
        loader: words(session.language),
    };
    let mut slides = vec![deck.title()];
    for group in &session.groups {
        paginate(&mut slides, &deck.report_back(group));
    }
    for (index, question) in session.questions.iter().enumerate() {
        paginate(&mut slides, &deck.themes(index, question));
    }
    for topic in &session.topics {
        paginate(&mut slides, &deck.topic(topic));
    }
    paginate(&mut slides, &deck.recommendations());
    slides
}

/// The session, and its fixed texts in its language.
struct Deck<'a> {
    session: &'a Session,
    loader: &'static Words,
}

impl Deck<'_> {
    fn say(&self, id: &str) -> String {
        self.loader.get(id)
    }

    fn group_name(&self, id: GroupId) -> String {
        self.session
            .group(id)
            .map_or_else(|| self.say("slides-unknown-group"), |g| g.name.clone())
    }

    /// "Raised by Group 1, Group 3 · 4 dots".
    /// Who raised a theme, and its dots if its question was voted on.
    fn raised(&self, ranked: &vote::Ranked<'_>) -> String {
        let groups: Vec<String> = ranked.groups.iter().map(|g| self.group_name(*g)).collect();
        let groups = groups.join(", ");
        if ranked.voted {
            let dots = ranked.dots;
            i18n_embed_fl::fl!(
                self.loader,
                "slides-raised-by",
                groups = groups,
                dots = dots
            )
        } else {
            i18n_embed_fl::fl!(self.loader, "slides-raised-by-no-vote", groups = groups)
        }
    }

    /// The session's title over its meeting, place and date, in the
    /// report's words ("… · WCO headquarters, Brussels, March 2017.").
    fn title(&self) -> Slide {
        let session = self.session;
        let placed = crate::report::place_and_date(&session.venue, session.date, session.language);
        let subtitle = [session.meeting.trim(), &placed]
            .into_iter()
            .filter(|text| !text.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        Slide::new(
            SlideKind::Title,
            session.title.clone(),
            subtitle,
            Vec::new(),
        )
    }

    /// A group's answers, question by question.
    fn report_back(&self, group: &plenary_core::session::Group) -> Slide {
        let mut lines = Vec::new();
        for (index, question) in self.session.questions.iter().enumerate() {
            let number = index.saturating_add(1);
            lines.push(Line {
                heading: true,
                again: i18n_embed_fl::fl!(self.loader, "slides-question-again", number = number),
                ..Line::item(
                    i18n_embed_fl::fl!(self.loader, "slides-question", number = number),
                    question.text.clone(),
                )
            });
            let answers: Vec<&Answer> = self
                .session
                .live_answers()
                .filter(|a| a.group == group.id && a.question == question.id)
                .collect();
            if answers.is_empty() {
                lines.push(Line::item(self.say("slides-no-answers"), ""));
            }
            lines.extend(
                answers
                    .iter()
                    .map(|a| Line::item(as_one_item(&as_printed(&a.text)), self.conflict_flag(a))),
            );
        }
        let kind = SlideKind::Group(group.id);
        let notes = if group.rapporteur.trim().is_empty() {
            String::new()
        } else {
            i18n_embed_fl::fl!(
                self.loader,
                "slides-group-notes",
                rapporteur = group.rapporteur.clone()
            )
        };
        Slide {
            notes,
            ..Slide::new(
                kind,
                group.name.clone(),
                group.delegations.join(", "),
                lines,
            )
        }
    }

    /// "⚠ also in another version" after an answer edited differently on two
    /// laptops, until the facilitator chooses; nothing otherwise.
    fn conflict_flag(&self, answer: &Answer) -> String {
        if answer.conflicts.is_empty() {
            String::new()
        } else {
            self.say("slides-conflict")
        }
    }

    /// A question's themes, ranked, each with one wording of every group that
    /// raised it, so each group hears its own words in the plenary: its
    /// first beyond what the theme's statement says ([`vote::Ranked::wordings`]).
    /// A group whose words the statement says whole is heard by it.
    fn themes(&self, index: usize, question: &plenary_core::session::Question) -> Slide {
        let mut lines = Vec::new();
        for ranked in vote::ranking(self.session, question.id) {
            let rank = if ranked.tied {
                i18n_embed_fl::fl!(self.loader, "slides-rank-tied", rank = ranked.rank)
            } else {
                ranked.rank.to_string()
            };
            let said = format!("{rank}. {}", ranked.theme.said());
            // "2. Drones patrol the coast (continued)", without its full stop.
            let theme = said.trim_end_matches('.');
            let again = i18n_embed_fl::fl!(self.loader, "slides-theme-again", theme = theme);
            lines.push(Line {
                again,
                ..Line::item(said, self.raised(&ranked))
            });
            let mut heard: Vec<GroupId> = Vec::new();
            for (answer, words) in ranked.wordings() {
                if heard.contains(&answer.group) {
                    continue;
                }
                heard.push(answer.group);
                let flag = self.conflict_flag(answer);
                let text = as_one_item(words);
                let quoted = i18n_embed_fl::fl!(self.loader, "slides-quote", text = text);
                let mut who = self.group_name(answer.group);
                if !flag.is_empty() {
                    who = format!("{who} · {flag}");
                }
                lines.push(Line {
                    indent: true,
                    ..Line::item(quoted, who)
                });
            }
        }
        let number = index.saturating_add(1);
        let title = i18n_embed_fl::fl!(self.loader, "slides-themes-of", number = number);
        let empty = lines.is_empty().then(|| self.say("slides-no-themes"));
        let kind = SlideKind::Themes(question.id);
        Slide {
            empty,
            ..Slide::new(kind, title, question.text.clone(), lines)
        }
    }

    /// What the groups said about a topic.
    fn topic(&self, topic: &plenary_core::session::Topic) -> Slide {
        let lines: Vec<Line> = self
            .session
            .live_answers()
            .filter(|a| a.topics.contains(&topic.id))
            .map(|a| Line::item(as_one_item(&as_printed(&a.text)), self.group_name(a.group)))
            .collect();
        let empty = lines
            .is_empty()
            .then(|| self.say("slides-no-topic-answers"));
        let subtitle = self.say("slides-topic-subtitle");
        Slide {
            empty,
            ..Slide::new(
                SlideKind::Topic(topic.id),
                topic.name.clone(),
                subtitle,
                lines,
            )
        }
    }

    /// The themes of recommendations, each said by its statement with the
    /// groups' recommendations under it, then the recommendations in no
    /// theme.
    fn recommendations(&self) -> Slide {
        let (themes, answers) = vote::recommendations(self.session);
        let mut lines: Vec<Line> = Vec::new();
        for ranked in &themes {
            lines.push(Line::item(ranked.theme.said(), self.raised(ranked)));
            lines.extend(ranked.advice_beyond_statement().map(|(a, words)| Line {
                indent: true,
                ..Line::item(
                    i18n_embed_fl::fl!(self.loader, "slides-quote", text = words),
                    self.group_name(a.group),
                )
            }));
        }
        lines.extend(
            answers
                .into_iter()
                .map(|(a, words)| Line::item(words, self.group_name(a.group))),
        );
        let empty = lines
            .is_empty()
            .then(|| self.say("slides-no-recommendations"));
        let title = self.say("slides-recommendations");
        Slide {
            empty,
            ..Slide::new(SlideKind::Recommendations, title, String::new(), lines)
        }
    }
}

/// Adds `slide` to `slides`, continued over as many slides as its lines need.
fn paginate(slides: &mut Vec<Slide>, slide: &Slide) {
    let room = if slide.subtitle.is_empty() {
        ROOM
    } else {
        ROOM - SUBTITLE_ROOM
    };
    let mut pages: Vec<Vec<Line>> = vec![Vec::new()];
    let mut used = 0;
    // The heading the lines being laid out are under, or the line they
    // are indented under (a theme, over its groups' wordings).
    let mut under: Option<Line> = None;
    for line in slide.lines.iter().flat_map(split_long) {
        let height = line.height();
        let page = pages.last_mut().expect("never empty");
        if used + height > room && !page.is_empty() {
            // A heading never ends a page: it goes on with its lines.
            let carried = if page.last().is_some_and(|last| last.heading) {
                page.pop()
            } else {
                None
            };
            if !page.is_empty() {
                pages.push(Vec::new());
            }
            // A list that goes on under the same heading or line says so at
            // the top.
            let heading = carried.or_else(|| {
                under
                    .as_ref()
                    .filter(|under| {
                        if under.heading {
                            !line.heading
                        } else {
                            line.indent
                        }
                    })
                    .filter(|under| !under.again.is_empty())
                    .map(|under| Line {
                        text: under.again.clone(),
                        ..under.clone()
                    })
            });
            used = 0;
            if let Some(heading) = heading {
                used = heading.height();
                pages.last_mut().expect("never empty").push(heading);
            }
        }
        if line.heading || !line.again.is_empty() {
            under = Some(line.clone());
        }
        used += height;
        pages.last_mut().expect("never empty").push(line);
    }
    let total = pages.len();
    for (index, lines) in pages.into_iter().enumerate() {
        slides.push(Slide {
            lines,
            part: (total > 1).then_some((index + 1, total)),
            ..slide.clone()
        });
    }
}

/// Ends a part of an answer that goes on in the next.
const GOES_ON: &str = "…";
/// Starts a part of an answer that went on from the last.
const WENT_ON: &str = "… ";

/// A line too long for one slide, as parts that each fit (with room left for
/// a question heading above), cut between words (or anywhere, for text with
/// no spaces). Each part but the last ends with [`GOES_ON`], each but the
/// first starts with [`WENT_ON`], so the room sees the answer goes on.
fn split_long(line: &Line) -> Vec<Line> {
    let marks = WENT_ON.chars().count() + GOES_ON.chars().count();
    // The rows left under a heading (and a subtitle), less the detail's.
    let rows = (ROOM - SUBTITLE_ROOM - HEADING_ROOM) / row(BODY) - 1;
    let most = CHARS_PER_LINE * rows - marks;
    if line.height() <= ROOM - SUBTITLE_ROOM - HEADING_ROOM {
        return vec![line.clone()];
    }
    let mut parts: Vec<String> = vec![String::new()];
    for word in line.text.split_inclusive(char::is_whitespace) {
        for piece in chunks(word, most) {
            let part = parts.last_mut().expect("never empty");
            if part.chars().count() + piece.chars().count() > most && !part.is_empty() {
                parts.push(String::new());
            }
            parts.last_mut().expect("never empty").push_str(&piece);
        }
    }
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(index, text)| Line {
            text: format!(
                "{}{text}{}",
                if index == 0 { "" } else { WENT_ON },
                if index + 1 == count { "" } else { GOES_ON }
            ),
            detail: if index + 1 == count {
                line.detail.clone()
            } else {
                String::new()
            },
            ..line.clone()
        })
        .collect()
}

/// `word` in pieces of at most `most` characters.
fn chunks(word: &str, most: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars.chunks(most).map(|c| c.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use plenary_core::capture::{EditStamp, new_answer, parse_entry};
    use plenary_core::session::{AnswerKind, Language, ReplicaId};

    fn with_answers(group: usize, texts: &[String]) -> Session {
        let mut session = Session::template();
        let edit = EditStamp {
            replica: ReplicaId::new(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        for text in texts {
            let entry = parse_entry(text, &session.topics);
            let answer = new_answer(
                entry,
                session.groups[group].id,
                session.questions[0].id,
                AnswerKind::Benefit,
                edit,
            );
            session.answers.push(answer);
        }
        session
    }

    fn group_slides(slides: &[Slide], group: GroupId) -> Vec<&Slide> {
        slides
            .iter()
            .filter(|s| s.kind == SlideKind::Group(group))
            .collect()
    }

    /// The slides of two groups' recommendations, `first` and "Pilot before
    /// buying", in one theme said by `statement`, with the session.
    fn pilots_said(first: &str, statement: &str) -> (Session, Vec<Slide>) {
        let texts = [first.to_owned(), "Pilot before buying".to_owned()];
        let mut session = with_answers(0, &texts);
        for answer in &mut session.answers {
            answer.kind = AnswerKind::Recommendation;
        }
        session.answers[1].group = session.groups[1].id;
        session.themes.push(plenary_core::session::Theme {
            question: session.questions[0].id,
            name: "Pilots".into(),
            statement: statement.into(),
            answers: session.answers.iter().map(|a| a.id).collect(),
            ..plenary_core::session::Theme::default()
        });
        let slides = slides(&session);
        (session, slides)
    }

    /// The recommendations slide's lines, each with whether it is indented.
    fn recommendation_lines(slides: &[Slide]) -> Vec<(&str, bool)> {
        slides
            .iter()
            .find(|s| s.kind == SlideKind::Recommendations)
            .expect("a recommendations slide")
            .lines
            .iter()
            .map(|line| (line.text.as_str(), line.indent))
            .collect()
    }

    /// The themes slide's lines of the first question.
    fn theme_lines(slides: &[Slide]) -> Vec<&str> {
        slides
            .iter()
            .find(|s| matches!(s.kind, SlideKind::Themes(_)))
            .expect("a themes slide")
            .lines
            .iter()
            .map(|line| line.text.as_str())
            .collect()
    }

    /// On the themes slide, the answer a statement was taken from is not
    /// quoted again under it, and one that opens with it is quoted beyond
    /// it.
    #[test]
    fn a_theme_statement_is_not_quoted_again() {
        let (_, slides) = pilots_said("Fund small pilots", "Fund small pilots.");
        let lines = theme_lines(&slides);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0], "1. Fund small pilots.");
        assert!(lines[1].contains("Pilot before buying"), "{lines:?}");
        let (_, slides) = pilots_said(
            "Fund small pilots. Share what they teach",
            "Fund small pilots.",
        );
        let lines = theme_lines(&slides);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[1].contains("Share what they teach"), "{lines:?}");
        assert!(!lines[1].contains("Fund"), "{lines:?}");
    }

    /// A theme whose groups' wordings go on over two slides says so at the
    /// top of the second, as a group's question does.
    #[test]
    fn a_theme_that_goes_on_says_so_on_the_next_slide() {
        let groups = Session::template().groups.len();
        let texts: Vec<String> = (0..groups)
            .map(|n| {
                format!(
                    "Group {n}: drones patrol the coast at night {}",
                    "and watch the border posts far inland ".repeat(6)
                )
            })
            .collect();
        let mut session = with_answers(0, &texts);
        for (answer, group) in session.answers.iter_mut().zip(0..groups) {
            answer.group = session.groups[group].id;
        }
        session.themes.push(plenary_core::session::Theme {
            question: session.questions[0].id,
            name: "Drones on patrol".into(),
            statement: "Drones patrol the coast.".into(),
            answers: session.answers.iter().map(|a| a.id).collect(),
            ..plenary_core::session::Theme::default()
        });
        let slides = slides(&session);
        let themes: Vec<&Slide> = slides
            .iter()
            .filter(|s| matches!(s.kind, SlideKind::Themes(_)))
            .collect();
        assert!(themes.len() > 1, "{}", themes.len());
        assert_eq!(themes[0].lines[0].text, "1. Drones patrol the coast.");
        assert_eq!(
            themes[1].lines[0].text,
            "1. Drones patrol the coast (continued)"
        );
        assert!(themes[1].lines[1].indent, "{:?}", themes[1].lines);
    }

    /// A statement taken from a recommendation as typed is not quoted again
    /// under it.
    #[test]
    fn a_recommendation_the_statement_says_is_not_quoted_again() {
        let (_, slides) = pilots_said("Fund small pilots", "Fund small pilots.");
        let lines = recommendation_lines(&slides);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0], ("Fund small pilots.", false));
        assert!(lines[1].0.contains("Pilot before buying"), "{lines:?}");
    }

    /// A recommendation whose first sentence is the statement is quoted
    /// from its second.
    #[test]
    fn a_recommendation_that_opens_with_the_statement_is_quoted_beyond_it() {
        let (_, slides) = pilots_said(
            "Fund small pilots. Share what they teach",
            "Fund small pilots.",
        );
        let lines = recommendation_lines(&slides);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(lines[0], ("Fund small pilots.", false));
        assert!(lines[1].1, "{lines:?}");
        assert!(lines[1].0.contains("Share what they teach"), "{lines:?}");
        assert!(!lines[1].0.contains("Fund"), "{lines:?}");
        assert!(lines[2].0.contains("Pilot before buying"), "{lines:?}");
    }

    /// The recommendations slide says each recommended theme by its
    /// statement, with each group's own recommendation quoted under it.
    #[test]
    fn recommendations_lead_with_the_statement_and_quote_the_groups() {
        let (session, slides) =
            pilots_said("Fund small pilots", "Start with small pilots, then scale.");
        let lines = recommendation_lines(&slides);
        assert_eq!(lines[0], ("Start with small pilots, then scale.", false));
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(
            lines[1..]
                .iter()
                .all(|(text, indent)| *indent && text.to_lowercase().contains("pilot"))
        );
        let themes = slides
            .iter()
            .find(|s| s.kind == SlideKind::Themes(session.questions[0].id))
            .expect("a themes slide");
        assert_eq!(
            themes.lines[0].text,
            "1. Start with small pilots, then scale."
        );
    }

    /// A note-taker's list mark ("- ", "•") is not printed beside the
    /// slide's own: on the group's report-back, and in the loose
    /// recommendations.
    #[test]
    fn an_answer_typed_as_a_list_item_shows_without_its_mark() {
        let texts = ["- e-seals with GPS on transit trucks".to_owned()];
        let mut session = with_answers(0, &texts);
        let report_back: Vec<String> = group_slides(&slides(&session), session.groups[0].id)
            .iter()
            .flat_map(|slide| slide.lines.iter().map(|line| line.text.clone()))
            .collect();
        assert!(
            report_back.contains(&"e-seals with GPS on transit trucks".to_owned()),
            "{report_back:?}"
        );
        session.answers[0].kind = AnswerKind::Recommendation;
        session.answers[0].text = "• cooperation with business".to_owned();
        let slides = slides(&session);
        let lines = recommendation_lines(&slides);
        assert_eq!(lines, [("Cooperation with business", false)]);
    }

    #[test]
    fn a_theme_slide_quotes_every_group_that_raised_it_once() {
        let mut session = with_answers(
            0,
            &["E-gates at airports".into(), "E-gates at ports".into()],
        );
        let more = with_answers(2, &["Portiques biométriques".into()]);
        session.answers.extend(more.answers);
        let more = with_answers(4, &["Biometric gates cut queues".into()]);
        session.answers.extend(more.answers);
        session.themes.push(plenary_core::session::Theme {
            id: plenary_core::session::ThemeId::new(),
            question: session.questions[0].id,
            name: "Biometric gates".into(),
            answers: session.answers.iter().map(|a| a.id).collect(),
            ..plenary_core::session::Theme::default()
        });
        session.canonicalize();
        let slides = slides(&session);
        let themes = slides
            .iter()
            .find(|s| s.kind == SlideKind::Themes(session.questions[0].id))
            .expect("a themes slide");
        let quoted: Vec<(&str, &str)> = themes
            .lines
            .iter()
            .filter(|line| line.indent)
            .map(|line| (line.text.as_str(), line.detail.as_str()))
            .collect();
        assert_eq!(
            quoted,
            [
                ("“E-gates at airports”", "Group 1"),
                ("“Portiques biométriques”", "Group 3"),
                ("“Biometric gates cut queues”", "Group 5"),
            ]
        );
    }

    #[test]
    fn sixty_long_answers_continue_over_slides_with_none_missing_or_cut() {
        let texts: Vec<String> = (0..60)
            .map(|n| {
                format!(
                    "Answer {n}: risk engines score every declaration before the goods arrive, \
                     so officers examine the few consignments that matter and release the rest"
                )
            })
            .collect();
        let session = with_answers(1, &texts);
        let slides = slides(&session);
        let group = group_slides(&slides, session.groups[1].id);
        assert!(group.len() > 5, "{} slides", group.len());
        for (index, slide) in group.iter().enumerate() {
            assert_eq!(slide.part, Some((index + 1, group.len())));
            let used: usize = slide.lines.iter().map(Line::height).sum();
            assert!(used <= ROOM, "slide {index} holds {used} pixels");
            assert!(!slide.lines.last().is_some_and(|l| l.heading));
            // Each part is under its question, the first heading or again.
            let heading = &slide.lines[0];
            let expected = if index == 0 {
                "Question 1"
            } else {
                "Question 1 (continued)"
            };
            if heading.text.starts_with("Question 1") {
                assert_eq!(heading.text, expected);
            }
        }
        let shown: Vec<&str> = group
            .iter()
            .flat_map(|s| &s.lines)
            .filter(|l| !l.heading)
            .map(|l| l.text.as_str())
            .collect();
        assert!(
            group[1].lines[0].heading,
            "part 2 goes on under its question"
        );
        let expected: Vec<&str> = texts
            .iter()
            .map(String::as_str)
            .chain(std::iter::once("No answers."))
            .collect();
        assert_eq!(shown, expected);
    }

    #[test]
    fn an_answer_longer_than_a_slide_is_cut_between_words_and_whole_again() {
        let long = "les scellés électroniques ".repeat(400);
        let session = with_answers(0, &[long, "x".repeat(5000)]);
        let slides = slides(&session);
        let group = group_slides(&slides, session.groups[0].id);
        let parts: Vec<&str> = group
            .iter()
            .flat_map(|s| &s.lines)
            .filter(|l| !l.heading && l.text != "No answers.")
            .map(|l| l.text.as_str())
            .collect();
        let typed: String = session.answers.iter().map(|a| a.text.as_str()).collect();
        let unmarked: String = parts
            .iter()
            .map(|part| part.strip_prefix(WENT_ON).unwrap_or(part))
            .map(|part| part.strip_suffix(GOES_ON).unwrap_or(part))
            .collect();
        assert!(unmarked == typed, "the parts are not the answers");
        assert!(parts[0].ends_with(GOES_ON) && parts[1].starts_with(WENT_ON));
        assert!(parts.len() > 3);
        for slide in group {
            let used: usize = slide.lines.iter().map(Line::height).sum();
            assert!(used <= ROOM);
        }
    }

    #[test]
    fn an_answer_of_a_thousand_characters_stays_whole_on_one_slide() {
        let long = "Pilots of blockchain in transit need shared data first. ".repeat(18);
        assert!(long.len() > 1000);
        let session = with_answers(0, &["A short answer".into(), long]);
        let long = &session.answers[1].text;
        let slides = slides(&session);
        let holding = group_slides(&slides, session.groups[0].id)
            .into_iter()
            .filter(|slide| slide.lines.iter().any(|l| long.starts_with(&l.text)))
            .count();
        let whole = slides
            .iter()
            .flat_map(|s| &s.lines)
            .any(|line| &line.text == long);
        assert!(whole && holding == 1, "cut over {holding} slides");
    }

    #[test]
    fn a_long_first_answer_under_its_heading_still_fits() {
        let mut session = with_answers(0, &["word ".repeat(210)]);
        session.questions[0].text = "A question of some length? ".repeat(8);
        let slides = slides(&session);
        for slide in group_slides(&slides, session.groups[0].id) {
            assert!(!slide.lines.is_empty(), "an empty slide");
            let used: usize = slide.lines.iter().map(Line::height).sum();
            assert!(used <= ROOM, "{used} pixels");
        }
    }

    /// The title slide says where and when the meeting met, as the
    /// report's heading does, in the session's language.
    #[test]
    fn the_title_slide_gives_the_meeting_place_and_date() {
        let mut session = Session::template();
        session.meeting = "Permanent Technical Committee".into();
        session.venue = "Bruxelles".into();
        session.date = Some("2017-03".parse().expect("a month"));
        session.language = Language::French;
        assert_eq!(
            slides(&session)[0].subtitle,
            "Permanent Technical Committee · Bruxelles, mars 2017."
        );
    }

    #[test]
    fn empty_groups_questions_and_topics_say_so_plainly() {
        let session = Session::template();
        let slides = slides(&session);
        assert_eq!(slides[0].kind, SlideKind::Title);
        assert_eq!(slides[0].title, session.title);
        let group = group_slides(&slides, session.groups[0].id);
        assert_eq!(group.len(), 1);
        assert_eq!(
            group[0]
                .lines
                .iter()
                .filter(|l| l.text == "No answers.")
                .count(),
            2
        );
        let themes: Vec<&Slide> = slides
            .iter()
            .filter(|s| matches!(s.kind, SlideKind::Themes(_)))
            .collect();
        assert_eq!(themes.len(), 2);
        assert!(
            themes
                .iter()
                .all(|s| s.empty.is_some() && s.lines.is_empty())
        );
        let last = slides.last().expect("slides");
        assert_eq!(last.kind, SlideKind::Recommendations);
        assert!(last.empty.is_some());
        assert_eq!(
            slides.len(),
            1 + session.groups.len() + 2 + session.topics.len() + 1
        );
    }

    #[test]
    fn thirty_groups_give_thirty_report_backs() {
        let mut session = Session::template();
        let model = session.groups[0].clone();
        session.groups = (1..=30)
            .map(|n| plenary_core::session::Group {
                id: GroupId::new(),
                name: format!("Group {n}"),
                ..model.clone()
            })
            .collect();
        let slides = slides(&session);
        let groups = slides
            .iter()
            .filter(|s| matches!(s.kind, SlideKind::Group(_)))
            .count();
        assert_eq!(groups, 30);
    }
}
