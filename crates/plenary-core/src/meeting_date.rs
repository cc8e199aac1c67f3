//! When a meeting sat: a day ("2017-03-23"), or only a month ("2017-03")
//! when the papers date it no closer ("at its sessions in March 2017").

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeetingDate {
    Day(jiff::civil::Date),
    /// A year and a month (1 to 12).
    Month {
        year: i16,
        month: i8,
    },
}

/// Why a typed date is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDate;

impl fmt::Display for BadDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date is written 2017-03-23, or 2017-03 for a month")
    }
}

impl std::error::Error for BadDate {}

impl MeetingDate {
    pub fn year(self) -> i16 {
        match self {
            MeetingDate::Day(date) => date.year(),
            MeetingDate::Month { year, .. } => year,
        }
    }

    /// 1 to 12.
    pub fn month(self) -> i8 {
        match self {
            MeetingDate::Day(date) => date.month(),
            MeetingDate::Month { month, .. } => month,
        }
    }

    /// The day of the month, when the date names one.
    pub fn day(self) -> Option<i8> {
        match self {
            MeetingDate::Day(date) => Some(date.day()),
            MeetingDate::Month { .. } => None,
        }
    }
}

impl From<jiff::civil::Date> for MeetingDate {
    fn from(date: jiff::civil::Date) -> MeetingDate {
        MeetingDate::Day(date)
    }
}

impl FromStr for MeetingDate {
    type Err = BadDate;

    /// "2017-03-23" or "2017-03".
    fn from_str(text: &str) -> Result<MeetingDate, BadDate> {
        let text = text.trim();
        if let Ok(date) = text.parse::<jiff::civil::Date>() {
            return Ok(MeetingDate::Day(date));
        }
        let (year, month) = text.split_once('-').ok_or(BadDate)?;
        let digits = |part: &str, count: usize| {
            part.len() == count && part.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(year, 4) || !digits(month, 2) {
            return Err(BadDate);
        }
        let year: i16 = year.parse().map_err(|_| BadDate)?;
        let month: i8 = month.parse().map_err(|_| BadDate)?;
        if (1..=12).contains(&month) {
            Ok(MeetingDate::Month { year, month })
        } else {
            Err(BadDate)
        }
    }
}

impl fmt::Display for MeetingDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MeetingDate::Day(date) => write!(f, "{date}"),
            MeetingDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

/// Written as the text a person types, so a file of a day-dated session
/// reads as it always did.
impl Serialize for MeetingDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MeetingDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<MeetingDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_or_a_month_reads_and_writes_as_typed() {
        for text in ["2017-03-23", "2017-03"] {
            let date: MeetingDate = text.parse().expect("a date");
            assert_eq!(date.to_string(), text);
            let ron = ron::to_string(&Some(date)).expect("written");
            assert_eq!(ron::from_str::<Option<MeetingDate>>(&ron), Ok(Some(date)));
        }
        let month: MeetingDate = "2017-03".parse().expect("a month");
        assert_eq!((month.year(), month.month(), month.day()), (2017, 3, None));
    }

    #[test]
    fn a_file_dated_by_an_earlier_plenary_still_reads() {
        let day = jiff::civil::date(2017, 3, 23);
        let written = ron::to_string(&Some(day)).expect("written");
        let read: Option<MeetingDate> = ron::from_str(&written).expect("read");
        assert_eq!(read, Some(MeetingDate::Day(day)));
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in ["2017-13", "March 2017", "17-03", "2017-3", "", "2017-02-30"] {
            assert_eq!(text.parse::<MeetingDate>(), Err(BadDate), "{text:?}");
        }
    }
}
