//! What the caller can ask for: reference date, kinds, offset unit.

use std::str::FromStr;

use crate::calendar::Date;
pub use crate::error::OptionsError;
pub use crate::kind::KindSet;

/// The unit of `start`/`end` offsets in the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// UTF-16 code units, what JavaScript's `String.prototype.slice` takes (the default).
    #[default]
    Utf16,
    /// Unicode code points, what Python's `str` slicing takes.
    Chars,
    /// UTF-8 bytes, what Rust's `str` slicing takes.
    Bytes,
}

impl FromStr for OffsetUnit {
    type Err = OptionsError;

    fn from_str(s: &str) -> Result<Self, OptionsError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            "chars" | "codepoints" | "code-points" => Ok(OffsetUnit::Chars),
            "bytes" | "utf8" | "utf-8" => Ok(OffsetUnit::Bytes),
            other => Err(OptionsError(format!(
                "unknown offset unit '{other}': expected utf16, chars or bytes"
            ))),
        }
    }
}

/// Options for [`crate::annotate`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The article's date, against which "Monday" or "last year" are resolved.
    /// When `None`, the date is looked for in the text (a dateline).
    pub reference_date: Option<Date>,
    /// Which kinds to find.
    pub kinds: KindSet,
    /// The unit of the result's offsets.
    pub offsets: OffsetUnit,
    /// Leaves each annotation's confidence as its extractor set it, skipping
    /// the calibration stage ([`crate::calibrate`]): for fitting the table
    /// and measuring it. `false` (calibrated) by default.
    pub raw_confidence: bool,
}

impl Options {
    /// Sets the reference date from a `YYYY-MM-DD` string.
    pub fn with_reference_date(mut self, date: &str) -> Result<Self, OptionsError> {
        self.reference_date = Some(
            date.parse()
                .map_err(|e| OptionsError(format!("bad reference date: {e}")))?,
        );
        Ok(self)
    }

    /// Sets the kinds from a comma-separated list such as `person,place`.
    pub fn with_kinds(mut self, kinds: &str) -> Result<Self, OptionsError> {
        self.kinds = kinds.parse()?;
        Ok(self)
    }

    /// Sets the offset unit from `utf16`, `chars` or `bytes`.
    pub fn with_offsets(mut self, unit: &str) -> Result<Self, OptionsError> {
        self.offsets = unit.parse()?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::Kind;

    #[test]
    fn parses_kinds_and_units() {
        let options = Options::default()
            .with_kinds("person, date")
            .unwrap()
            .with_offsets("chars")
            .unwrap()
            .with_reference_date("2021-07-06")
            .unwrap();
        assert_eq!(options.kinds, KindSet::of(&[Kind::Person, Kind::Date]));
        assert_eq!(options.offsets, OffsetUnit::Chars);
        assert_eq!(options.reference_date.unwrap().to_string(), "2021-07-06");
    }

    #[test]
    fn bad_options_say_what_is_expected() {
        let err = Options::default().with_kinds("people").unwrap_err();
        assert!(
            err.0.contains("people") && err.0.contains("person"),
            "{err}"
        );
        assert!(Options::default().with_kinds("").is_err());
        let err = Options::default().with_offsets("words").unwrap_err();
        assert!(err.0.contains("utf16"), "{err}");
        let err = Options::default()
            .with_reference_date("July 6")
            .unwrap_err();
        assert!(err.0.contains("YYYY-MM-DD"), "{err}");
    }
}
