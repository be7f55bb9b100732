//! The kinds of annotation, the one registry of what the engine finds.
//!
//! [`Kind`] names a kind; [`KindSet`] is a set of them (the caller's choice,
//! and what each extractor produces and needs, see [`crate::extract::pipeline`]).
//! Adding a kind means a variant here, its name in [`Kind::as_str`], one
//! extractor registered in the pipeline, and its label and colour in the page.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::OptionsError;

/// What an annotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// A person's name.
    Person,
    /// A place's name.
    Place,
    /// A temporal expression.
    Date,
    /// A quotation.
    Quote,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Place, Kind::Date, Kind::Quote];

    /// The kind's name as in the JSON (`person`, `place`, `date`, `quote`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = OptionsError;

    fn from_str(s: &str) -> Result<Kind, OptionsError> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                OptionsError(format!(
                    "unknown kind '{s}': expected person, place, date or quote"
                ))
            })
    }
}

/// A set of kinds, as bits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct KindSet(u8);

impl KindSet {
    /// Every kind.
    pub const ALL: KindSet = KindSet::of(&Kind::ALL);

    /// No kind at all.
    pub const EMPTY: KindSet = KindSet(0);

    /// The set of `kinds`.
    pub const fn of(kinds: &[Kind]) -> KindSet {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u8;
            i += 1;
        }
        KindSet(bits)
    }

    /// True when `kind` is in the set.
    pub const fn contains(self, kind: Kind) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    /// The set with `kind` added.
    pub const fn with(self, kind: Kind) -> KindSet {
        KindSet(self.0 | 1 << kind as u8)
    }

    /// Every kind in either set.
    pub const fn union(self, other: KindSet) -> KindSet {
        KindSet(self.0 | other.0)
    }

    /// True when the sets share a kind.
    pub const fn intersects(self, other: KindSet) -> bool {
        self.0 & other.0 != 0
    }

    /// True when the set has no kind.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in [`Kind::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |&k| self.contains(k))
    }
}

impl Default for KindSet {
    fn default() -> Self {
        KindSet::ALL
    }
}

impl fmt::Debug for KindSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(kinds: I) -> KindSet {
        kinds.into_iter().fold(KindSet::EMPTY, KindSet::with)
    }
}

impl FromStr for KindSet {
    type Err = OptionsError;

    /// Parses a comma-separated list such as `person,place`.
    fn from_str(s: &str) -> Result<Self, OptionsError> {
        let kinds = s
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::parse)
            .collect::<Result<KindSet, _>>()?;
        if kinds.is_empty() {
            return Err(OptionsError(
                "no kinds given: expected a list such as person,place,date,quote".into(),
            ));
        }
        Ok(kinds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets() {
        let set = KindSet::of(&[Kind::Quote, Kind::Person]);
        assert!(set.contains(Kind::Person) && set.contains(Kind::Quote));
        assert!(!set.contains(Kind::Place) && !set.contains(Kind::Date));
        assert_eq!(set.iter().collect::<Vec<_>>(), [Kind::Person, Kind::Quote]);
        assert_eq!(format!("{set:?}"), "{Person, Quote}");
        assert!(set.intersects(KindSet::of(&[Kind::Quote])));
        assert!(!set.intersects(KindSet::of(&[Kind::Date, Kind::Place])));
        assert_eq!(set.union(KindSet::of(&[Kind::Date])).iter().count(), 3);
        assert_eq!(KindSet::ALL.iter().count(), Kind::ALL.len());
        assert!(KindSet::EMPTY.is_empty() && !KindSet::ALL.is_empty());
    }

    #[test]
    fn parses() {
        assert_eq!(
            "date, QUOTE".parse::<KindSet>(),
            Ok(KindSet::of(&[Kind::Date, Kind::Quote]))
        );
        let err = "date,people".parse::<KindSet>().unwrap_err();
        assert!(
            err.0.contains("people") && err.0.contains("person"),
            "{err}"
        );
        assert!(" , ".parse::<KindSet>().is_err());
    }
}
