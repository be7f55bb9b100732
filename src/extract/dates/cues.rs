//! Context words the patterns test around a candidate: prepositions that make
//! a bare month or year temporal ("in May"), nouns that make a number a count
//! ("2020 people"), words that make a number something other than a year
//! ("$2020", "version 2019"), and prepositions before "year end".

/// Words before a bare month or year that make it temporal: "in May".
/// (`src/data/lexicon/en/temporal-prepositions.txt`)
pub(crate) use crate::lexicon::en::TEMPORAL_PREPOSITIONS;

/// Nouns after a number that make it a count, not a year: "2020 people".
/// (`src/data/lexicon/en/count-nouns.txt`)
pub(crate) use crate::lexicon::en::COUNT_NOUNS;

/// Words before a number that make it something other than a year.
/// (`src/data/lexicon/en/not-year-before.txt`)
pub(crate) use crate::lexicon::en::NOT_YEAR_BEFORE;

/// Words before "year end" that make it the end of the year ("by year end").
/// (`src/data/lexicon/en/year-end-prepositions.txt`)
pub(crate) use crate::lexicon::en::YEAR_END_PREPOSITIONS;
