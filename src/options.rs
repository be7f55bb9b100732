//! What the caller can ask for: reference date, kinds, offset unit.

use std::fmt;
use std::str::FromStr;

use crate::calendar::Date;
use crate::result::Kind;

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

/// A set of annotation kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    /// Find people.
    pub person: bool,
    /// Find places.
    pub place: bool,
    /// Find dates.
    pub date: bool,
    /// Find quotes.
    pub quote: bool,
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds::ALL
    }
}

impl Kinds {
    /// Every kind.
    pub const ALL: Kinds = Kinds {
        person: true,
        place: true,
        date: true,
        quote: true,
    };

    /// No kind at all.
    pub const NONE: Kinds = Kinds {
        person: false,
        place: false,
        date: false,
        quote: false,
    };

    /// True when `kind` is in the set.
    pub fn contains(&self, kind: Kind) -> bool {
        match kind {
            Kind::Person => self.person,
            Kind::Place => self.place,
            Kind::Date => self.date,
            Kind::Quote => self.quote,
        }
    }

    /// The set with `kind` added.
    pub fn with(mut self, kind: Kind) -> Kinds {
        match kind {
            Kind::Person => self.person = true,
            Kind::Place => self.place = true,
            Kind::Date => self.date = true,
            Kind::Quote => self.quote = true,
        }
        self
    }
}

impl FromStr for Kinds {
    type Err = OptionsError;

    /// Parses a comma-separated list such as `person,place`.
    fn from_str(s: &str) -> Result<Self, OptionsError> {
        let mut kinds = Kinds::NONE;
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            kinds = kinds.with(name.parse()?);
        }
        if kinds == Kinds::NONE {
            return Err(OptionsError(
                "no kinds given: expected a list such as person,place,date,quote".into(),
            ));
        }
        Ok(kinds)
    }
}

/// Options for [`crate::annotate`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The article's date, against which "Monday" or "last year" are resolved.
    /// When `None`, the date is looked for in the text (a dateline).
    pub reference_date: Option<Date>,
    /// Which kinds to find.
    pub kinds: Kinds,
    /// The unit of the result's offsets.
    pub offsets: OffsetUnit,
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

/// A bad option, with a message that says what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kinds_and_units() {
        let options = Options::default()
            .with_kinds("person, date")
            .unwrap()
            .with_offsets("chars")
            .unwrap()
            .with_reference_date("2021-07-06")
            .unwrap();
        assert!(options.kinds.person && options.kinds.date);
        assert!(!options.kinds.place && !options.kinds.quote);
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
