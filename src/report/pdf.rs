//! PDF, typeset by the app itself with Typst as a library: no browser, office
//! suite or network. The layout is `assets/report.typ`; the report reaches it
//! as JSON, so typed text is data and never markup.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue as _};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::PagedDocument;

use super::{Report, ReportError};

const TEMPLATE: &str = include_str!("../../assets/report.typ");

/// The fonts that ship with Typst, parsed once.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

struct ReportWorld {
    library: LazyHash<Library>,
    main: Source,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

pub fn pdf(report: &Report) -> Result<Vec<u8>, ReportError> {
    let json =
        serde_json::to_string(report).map_err(|error| ReportError::Layout(error.to_string()))?;
    let mut inputs = Dict::new();
    inputs.insert("report".into(), json.into_value());
    let world = ReportWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::detached(TEMPLATE),
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| ReportError::Layout(describe(&errors)))?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
        .map_err(|errors| ReportError::Write(describe(&errors)));
    // Typst keeps what it laid out for the next compile. The app exports now
    // and then, not on every keystroke, so that memory (over a gigabyte after
    // a 20,000-answer report) is given back at once: on a thread of its own,
    // since freeing it takes a quarter of a second nobody need wait for.
    std::thread::spawn(move || {
        drop(document);
        typst::comemo::evict(0);
    });
    pdf
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| error.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}
