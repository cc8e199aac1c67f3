//! Reading what the answers mean, off the window's thread: the sentence
//! encoder loads the first time an answer is to be read (it takes a
//! moment), then reads each answer text once, on every core. Suggestions
//! wait for the meanings of their question's answers, which go to the
//! head of the queue; with none (reading is off, or its thread stopped)
//! they go by words alone.

use std::collections::{HashSet, VecDeque};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use plenary_core::themes::meaning::Meanings;
use plenary_encoder::Encoder;

/// How many meanings the reader sends before it asks for a repaint, so
/// the progress moves without a frame for every answer.
const BATCH: usize = 16;

#[derive(Default)]
pub(crate) struct MeaningReader {
    /// Whether answers are read at all (the window reads them; most tests
    /// do not, so their suggestions come at once).
    enabled: bool,
    meanings: Meanings,
    /// Texts sent to be read whose meaning has not come back.
    asked: HashSet<String>,
    /// Those of them sent to be read first, not read yet.
    hurried: HashSet<String>,
    /// The reader's thread, once started.
    worker: Option<Worker>,
    /// The reader's thread could not start or stopped: nothing more is
    /// read, and suggestions go by words.
    stopped: bool,
}

struct Worker {
    texts: Sender<ToRead>,
    read: Receiver<(String, Vec<f32>)>,
}

/// A text sent to the reader's thread.
struct ToRead {
    text: String,
    /// Read before every text sent without hurry: suggestions wait for it.
    first: bool,
}

impl MeaningReader {
    pub(crate) fn new(enabled: bool) -> MeaningReader {
        MeaningReader {
            enabled,
            ..MeaningReader::default()
        }
    }

    pub(crate) fn meanings(&self) -> &Meanings {
        &self.meanings
    }

    /// Whether meanings are being read, or can be.
    pub(crate) fn reads(&self) -> bool {
        self.enabled && !self.stopped
    }

    /// Whether reading was meant to happen and stopped: the thread could
    /// not start or broke, and suggestions go by words alone.
    pub(crate) fn failed(&self) -> bool {
        self.enabled && self.stopped
    }

    /// Sends each of `texts` not read or sent yet to be read; `ctx` is
    /// asked to repaint as their meanings come.
    pub(crate) fn ask<'a>(
        &mut self,
        ctx: &egui::Context,
        texts: impl IntoIterator<Item = &'a str>,
    ) {
        self.send(ctx, texts, false);
    }

    /// [`Self::ask`], and those of `texts` not read yet are read before
    /// any other: suggestions wait for them.
    pub(crate) fn hurry<'a>(
        &mut self,
        ctx: &egui::Context,
        texts: impl IntoIterator<Item = &'a str>,
    ) {
        self.send(ctx, texts, true);
    }

    fn send<'a>(
        &mut self,
        ctx: &egui::Context,
        texts: impl IntoIterator<Item = &'a str>,
        first: bool,
    ) {
        if !self.reads() {
            return;
        }
        for text in texts {
            let sent = if first { &self.hurried } else { &self.asked };
            if self.meanings.contains(text) || sent.contains(text) {
                continue;
            }
            if self.worker.is_none() {
                self.worker = start(ctx);
            }
            let Some(worker) = &self.worker else {
                self.stopped = true;
                return;
            };
            let to_read = ToRead {
                text: text.to_owned(),
                first,
            };
            if worker.texts.send(to_read).is_err() {
                self.stopped = true;
                return;
            }
            self.asked.insert(text.to_owned());
            if first {
                self.hurried.insert(text.to_owned());
            }
        }
    }

    /// Takes in the meanings read since the last call.
    pub(crate) fn take_in(&mut self) {
        let Some(worker) = &self.worker else {
            return;
        };
        loop {
            match worker.read.try_recv() {
                Ok((text, meaning)) => {
                    self.asked.remove(&text);
                    self.hurried.remove(&text);
                    self.meanings.insert(&text, meaning);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.stopped = true;
                    break;
                }
            }
        }
    }

    /// How many of `texts` are still to be read: none once reading is off
    /// or stopped, since nothing more will come.
    pub(crate) fn still_to_read<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> usize {
        if !self.reads() {
            return 0;
        }
        texts
            .into_iter()
            .filter(|text| !self.meanings.contains(text))
            .count()
    }
}

/// Starts the reader's thread, which loads the encoder, then reads every
/// text it is sent, hurried ones first. `None` if no thread could start.
fn start(ctx: &egui::Context) -> Option<Worker> {
    start_reading(ctx, || {
        let encoder = Encoder::load();
        move |texts: &[&str]| on_every_core(&encoder, texts)
    })
}

/// [`start`], reading with what `load` gives (the encoder, or a stand-in
/// in tests), loaded on the reader's thread.
fn start_reading<Read>(
    ctx: &egui::Context,
    load: impl FnOnce() -> Read + Send + 'static,
) -> Option<Worker>
where
    Read: Fn(&[&str]) -> Vec<Vec<f32>>,
{
    let (texts, to_read) = channel::<ToRead>();
    let (sender, read) = channel();
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name("meanings".into())
        .spawn(move || {
            let meanings_of = load();
            let mut queue = Queue::default();
            while let Ok(sent) = to_read.recv() {
                queue.push(sent);
                loop {
                    // Texts hurried while the last batch was read go first.
                    for sent in to_read.try_iter() {
                        queue.push(sent);
                    }
                    let batch = queue.next_batch();
                    if batch.is_empty() {
                        break;
                    }
                    let texts: Vec<&str> = batch.iter().map(String::as_str).collect();
                    for (text, meaning) in batch.iter().zip(meanings_of(&texts)) {
                        if sender.send((text.clone(), meaning)).is_err() {
                            return;
                        }
                    }
                    ctx.request_repaint();
                }
            }
        })
        .ok()?;
    Some(Worker { texts, read })
}

/// The texts the reader's thread has still to read: hurried ones first,
/// then the others in the order they came, each read once.
#[derive(Default)]
struct Queue {
    first: VecDeque<String>,
    later: VecDeque<String>,
    /// Every text read so far, so that one sent twice (later, then
    /// hurried) is read once.
    read: HashSet<String>,
}

impl Queue {
    fn push(&mut self, sent: ToRead) {
        if sent.first {
            self.first.push_back(sent.text);
        } else {
            self.later.push_back(sent.text);
        }
    }

    /// Up to [`BATCH`] texts not read yet, which count as read from now.
    fn next_batch(&mut self) -> Vec<String> {
        let mut batch = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let Some(text) = self.first.pop_front().or_else(|| self.later.pop_front()) else {
                break;
            };
            if self.read.insert(text.clone()) {
                batch.push(text);
            }
        }
        batch
    }
}

/// What `texts` mean, read now on every core: for the command line, which
/// has no window to keep answering.
pub fn read_now<'a>(texts: impl IntoIterator<Item = &'a str>) -> Meanings {
    let mut unique: Vec<&str> = texts.into_iter().collect();
    unique.sort_unstable();
    unique.dedup();
    let mut meanings = Meanings::default();
    if unique.is_empty() {
        return meanings;
    }
    let read = on_every_core(&Encoder::load(), &unique);
    for (text, meaning) in unique.into_iter().zip(read) {
        meanings.insert(text, meaning);
    }
    meanings
}

/// What each of `texts` means, read on every core, in their order.
fn on_every_core(encoder: &Encoder, texts: &[&str]) -> Vec<Vec<f32>> {
    plenary_core::themes::cores::on_every_core(texts, |_, share| {
        share.iter().map(|text| encoder.meaning(text)).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(text: &str, first: bool) -> ToRead {
        ToRead {
            text: text.to_owned(),
            first,
        }
    }

    #[test]
    fn hurried_texts_are_read_first_and_every_text_once() {
        let mut queue = Queue::default();
        for n in 0..BATCH + 4 {
            queue.push(sent(&format!("session {n}"), false));
        }
        queue.push(sent("question", true));
        queue.push(sent("session 3", true));
        let batch = queue.next_batch();
        assert_eq!(batch.len(), BATCH);
        assert_eq!(batch[..3], ["question", "session 3", "session 0"]);
        let rest = queue.next_batch();
        assert_eq!(rest.len(), 5, "session 3 is not read twice: {rest:?}");
        assert!(!rest.contains(&"session 3".to_owned()));
        queue.push(sent("question", false));
        assert!(queue.next_batch().is_empty(), "read already");
    }

    /// A text hurried while a batch is being read is read next, before
    /// the texts sent earlier without hurry.
    #[test]
    fn a_text_hurried_during_a_batch_is_read_next() {
        let (release, held) = channel::<()>();
        let held = std::sync::Mutex::new(held);
        let worker = start_reading(&egui::Context::default(), move || {
            move |texts: &[&str]| {
                // Each batch waits until the test lets it go (or a while,
                // so that a broken reader fails the test rather than hangs).
                let wait = std::time::Duration::from_secs(2);
                let _ = held.lock().expect("one reader").recv_timeout(wait);
                texts.iter().map(|_| vec![1.0]).collect()
            }
        })
        .expect("the thread starts");
        let later: Vec<String> = (0..BATCH * 2).map(|n| format!("session {n}")).collect();
        for text in &later {
            worker.texts.send(sent(text, false)).expect("sent");
        }
        // The first batch is taken and waits; one text is hurried meanwhile
        // (were the thread slower to take it, the text would go first all
        // the same).
        std::thread::sleep(std::time::Duration::from_millis(50));
        worker.texts.send(sent("question", true)).expect("sent");
        for _ in 0..3 {
            release.send(()).expect("released");
        }
        let order: Vec<String> = worker
            .read
            .iter()
            .take(later.len() + 1)
            .map(|(text, _)| text)
            .collect();
        let at = |text: &str| order.iter().position(|read| read == text).expect("read");
        assert!(at("question") < at(&later[later.len() - 1]), "{order:?}");
        assert!(
            at("question") <= BATCH,
            "read in the second batch: {order:?}"
        );
    }
}
