//! The embedded default session (the PTC 2017 break-out) and the new
//! sessions made from it.
//!
//! The template's questions and topics carry fixed ids, so every laptop that
//! starts from it agrees on them and group files merge.

use crate::session::{Panel, PhaseId, Session, SessionId};

/// The default session, compiled into the binary so the app works from any folder.
pub const TEMPLATE_RON: &str =
    include_str!("../../../sessions/ptc-2017-disruptive-technologies.ron");

impl Session {
    /// The embedded default session, the PTC 2017 break-out on disruptive
    /// technologies. Every new session starts from it.
    ///
    /// # Panics
    ///
    /// Never in a released build: a test parses the embedded file.
    pub fn template() -> Session {
        crate::store::parse(TEMPLATE_RON.as_bytes())
            .expect("the embedded template is checked by a test and always parses")
    }

    /// A new session from the template: same questions, topics and agenda (so
    /// group files still merge), a fresh session id and no answers or notes.
    pub fn new_from_template() -> Session {
        let mut session = Session::template();
        session.id = SessionId::new();
        session.answers.clear();
        for speaker in &mut session.panel.speakers {
            speaker.notes.clear();
        }
        session
    }

    /// A new session with nothing in it but the agenda's phases and their
    /// planned times, for a meeting other than the template's: the
    /// facilitator adds the questions, topics and groups.
    pub fn blank() -> Session {
        let mut session = Session::new_from_template();
        for text in [
            &mut session.title,
            &mut session.meeting,
            &mut session.venue,
            &mut session.background,
        ] {
            text.clear();
        }
        session.date = None;
        session.questions.clear();
        session.topics.clear();
        session.groups.clear();
        session.panel = Panel::default();
        session.themes.clear();
        session.reviewed.clear();
        for phase in &mut session.agenda {
            phase.id = PhaseId::new();
        }
        session
    }
}
