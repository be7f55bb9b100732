//! What every place rule reads: the document's words and the lookups of
//! names in the gazetteer, the towns' filter and the tagger's word lists,
//! and the bound that keeps a rule trying prefixes of a long span linear.

use super::super::places::gazetteer;
use super::super::Found;
use crate::document::{is_capitalized, Document, TokenKind};
use crate::span::Span;

/// What the rules read of the document, once for all rules.
pub(super) struct Context<'a, 'd> {
    pub(super) doc: &'a Document<'d>,
    bloom: Option<&'static super::super::tagger::Bloom>,
    bound: KeyBound,
}

impl<'a, 'd> Context<'a, 'd> {
    pub(super) fn new(doc: &'a Document<'d>) -> Self {
        Context {
            doc,
            bloom: super::super::tagger::Bloom::embedded(),
            bound: KeyBound::new(doc),
        }
    }

    /// Token `i`'s text ("" past the end).
    pub(super) fn words(&self, i: usize) -> &'d str {
        self.doc.token_text(i)
    }

    /// The text of tokens `first..=last`.
    pub(super) fn text_of(&self, first: usize, last: usize) -> &'d str {
        let doc = self.doc;
        Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end).text(doc.text)
    }

    /// Whether the gazetteer links the name of tokens `first..=last`.
    pub(super) fn known(&self, first: usize, last: usize) -> bool {
        !gazetteer().lookup(self.text_of(first, last)).is_empty()
    }

    /// Whether the towns' filter holds the name of tokens `first..=last`.
    pub(super) fn town(&self, first: usize, last: usize) -> bool {
        super::super::places::is_small_town(self.text_of(first, last))
    }

    /// Whether the tagger's word lists hold token `i`, lowercased, under one
    /// of `tags` ("m:" and "f:" given names, "s:" surnames, "w:" common words).
    pub(super) fn listed(&self, i: usize, tags: &[&str]) -> bool {
        let lower = self.words(i).to_lowercase();
        self.bloom
            .is_some_and(|b| tags.iter().any(|t| b.contains(&format!("{t}{lower}"))))
    }

    /// Whether token `i` is a quotation mark or an apostrophe used as one.
    pub(super) fn quote(&self, i: usize) -> bool {
        matches!(self.words(i), "\"" | "“" | "”" | "'" | "‘" | "’")
    }

    /// Whether token `i` is a capitalised word (false past the end).
    pub(super) fn capitalized(&self, i: usize) -> bool {
        i < self.doc.tokens.len()
            && self.doc.tokens[i].kind == TokenKind::Word
            && is_capitalized(self.words(i))
    }

    /// The ends `end` from `first` up to `last` (exclusive) at which a known
    /// name starting at `first` may end, in order: a prefix longer than any
    /// gazetteer key is never tried.
    pub(super) fn prefixes(&self, first: usize, last: usize) -> impl Iterator<Item = usize> + '_ {
        (first..last)
            .inspect(|_| crate::work::step(1))
            .take_while(move |&end| self.bound.may_be_known(first, end))
    }

    /// Whether the gazetteer may hold the name of tokens `first..=last`.
    pub(super) fn may_be_known(&self, first: usize, last: usize) -> bool {
        self.bound.may_be_known(first, last)
    }
}

/// How long a name the tables can know, so that a rule trying every prefix
/// or suffix of a long span ("Ab Ab Ab ...", which the tagger may read as
/// one name) stops where no entry can be that long: the lookup key of tokens
/// `first..=last` has at least one word per whitespace gap between them,
/// less a leading "the" ([`super::places::key`]), and the table's longest
/// name has [`super::places::Gazetteer::max_words`] words.
struct KeyBound {
    /// For each token, the whitespace gaps between tokens up to it.
    gaps: Vec<usize>,
    max_words: usize,
}

impl KeyBound {
    pub(super) fn new(doc: &Document) -> Self {
        let solid = |i: usize| doc.token_text(i).chars().any(|c| !c.is_whitespace());
        let mut gaps = Vec::with_capacity(doc.tokens.len());
        let mut count = 0;
        for i in 0..doc.tokens.len() {
            crate::work::step(1);
            if i > 0 {
                let gap = &doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start];
                if gap.chars().any(char::is_whitespace) && solid(i) && solid(i - 1) {
                    count += 1;
                }
            }
            gaps.push(count);
        }
        KeyBound {
            gaps,
            max_words: gazetteer().max_words,
        }
    }

    /// Whether the gazetteer may hold the name of tokens `first..=last`:
    /// false only where its key has more words than any entry.
    pub(super) fn may_be_known(&self, first: usize, last: usize) -> bool {
        let words = 1 + self.gaps[last] - self.gaps[first];
        words <= self.max_words + 1
    }
}

/// The tagger's type index of a place (see `tagger::type_of`).
pub(super) const PLACE: usize = 1;
pub(super) const PERSON: usize = 0;
pub(super) const ORGANIZATION: usize = 2;
pub(super) const OTHER: usize = 3;

/// `found` without the spans that the span before them holds, and without
/// a span that the next one holds.
pub(super) fn drop_nested(found: Vec<Found>) -> Vec<Found> {
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = kept.last() {
            if previous.first >= f.first && previous.last <= f.last {
                kept.pop();
            } else if f.first >= previous.first && f.last <= previous.last {
                continue;
            }
        }
        kept.push(f);
    }
    kept
}

/// Whether `name` is a country's.
pub(super) fn is_country(name: &str) -> bool {
    gazetteer()
        .lookup(name)
        .iter()
        .any(|&p| gazetteer().places[p as usize].feature_class == "country")
}

/// Whether `name` is a nation's that fields its own sports teams: a country
/// or one of the United Kingdom's home nations.
pub(super) fn is_nation(name: &str) -> bool {
    gazetteer().lookup(name).iter().any(|&p| {
        let place = &gazetteer().places[p as usize];
        place.feature_class == "country"
            || (place.feature_class == "region" && place.country_code == "GB")
    })
}

/// Whether `word` is a game's score ("63-7", "2-1").
pub(super) fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}
