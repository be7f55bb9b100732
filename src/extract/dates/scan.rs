//! The scanner: the tokens of a span of the document as the patterns read them
//! (lowercased once, a line break kept as a word no pattern reads), and the
//! small readers every pattern shares (a word's text, integers, years, day
//! numbers, month and weekday names at a token). [`M`] is one match as a
//! pattern returns it, before it becomes a [`Found`].

use crate::extract::dates::prelude::*;

/// One match: where it ends (token index, exclusive) and what it means.
#[derive(Debug, Clone)]
pub(crate) struct M {
    pub(crate) end: usize,
    pub(crate) kind: DateType,
    pub(crate) value: Option<String>,
    pub(crate) reason: &'static str,
    pub(crate) confidence: f32,
    pub(crate) day: Option<(Option<i32>, u32, u32)>,
    /// May take a leading "the" ("the third quarter", "the 1990s").
    pub(crate) the_ok: bool,
    /// May take a leading "early", "late", "mid", "the end of", ...
    pub(crate) edge_ok: bool,
    /// May take a leading "nearly", "about", "more than", ...
    pub(crate) approx_ok: bool,
    pub(crate) bare_month: Option<u32>,
    pub(crate) stated_year: Option<i32>,
}

impl M {
    pub(crate) fn new(
        end: usize,
        kind: DateType,
        value: Option<String>,
        reason: &'static str,
    ) -> M {
        M {
            end,
            kind,
            value,
            reason,
            confidence: 0.9,
            day: None,
            the_ok: false,
            edge_ok: false,
            approx_ok: false,
            bare_month: None,
            stated_year: None,
        }
    }

    pub(crate) fn date(end: usize, value: Option<String>, reason: &'static str) -> M {
        M::new(end, DateType::Date, value, reason)
    }

    pub(crate) fn the(mut self) -> M {
        self.the_ok = true;
        self
    }

    pub(crate) fn edge(mut self) -> M {
        self.edge_ok = true;
        self
    }

    pub(crate) fn approx(mut self) -> M {
        self.approx_ok = true;
        self
    }

    pub(crate) fn sure(mut self, confidence: f32) -> M {
        self.confidence = confidence;
        self
    }
}

/// A token as the patterns see it.
#[derive(Debug)]
pub(crate) struct Word<'a> {
    /// The token's text.
    pub(crate) text: &'a str,
    /// Lowercased, straight apostrophes, a final abbreviation period dropped.
    pub(crate) low: Cow<'a, str>,
    pub(crate) kind: TokenKind,
    pub(crate) span: Span,
    pub(crate) sentence: usize,
}

/// Which way a relative expression points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The nearest such time, preferring the past unless a cue points forward.
    Nearest,
    /// Strictly before the reference ("last").
    Last,
    /// Strictly after the reference ("next").
    Next,
    /// The one containing the reference ("this").
    This,
}

pub(crate) struct Scan<'a> {
    pub(crate) words: Vec<Word<'a>>,
    pub(crate) reference: Option<Date>,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(
        doc: &Document<'a>,
        reference: Option<Date>,
        tokens: std::ops::Range<usize>,
    ) -> Scan<'a> {
        let tokens = doc.tokens.get(tokens).unwrap_or(&[]);
        let mut words: Vec<Word<'a>> = Vec::with_capacity(tokens.len() + 16);
        for token in tokens {
            crate::work::step(1);
            // a line break between two tokens: a word no pattern reads, so
            // that no date runs from one line into the next
            if let Some(previous) = words.last() {
                let gap = doc
                    .text
                    .get(previous.span.end..token.span.start)
                    .unwrap_or("");
                if gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
                    let at = previous.span.end;
                    let sentence = previous.sentence;
                    words.push(Word {
                        text: "",
                        low: Cow::Borrowed("\n"),
                        kind: TokenKind::Punct,
                        span: Span::new(at, at),
                        sentence,
                    });
                }
            }
            words.push({
                let text = token.span.text(doc.text);
                let abbreviation =
                    token.kind == TokenKind::Word && text.len() > 1 && text.ends_with('.');
                let plain = text
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
                let low: Cow<'a, str> = if plain && !abbreviation {
                    Cow::Borrowed(text)
                } else {
                    let mut low: String = text
                        .chars()
                        .map(|c| if c == '’' { '\'' } else { c })
                        .flat_map(char::to_lowercase)
                        .collect();
                    if abbreviation {
                        low.pop();
                    }
                    Cow::Owned(low)
                };
                Word {
                    text,
                    low,
                    kind: token.kind,
                    span: token.span,
                    sentence: token.sentence,
                }
            });
        }
        Scan { words, reference }
    }

    pub(crate) fn low(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.low.as_ref())
    }

    pub(crate) fn is(&self, i: usize, options: &[&str]) -> bool {
        options.contains(&self.low(i))
    }

    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase))
    }

    /// True when token `i` directly follows token `i - 1` with no space.
    pub(crate) fn touches_previous(&self, i: usize) -> bool {
        i > 0 && i < self.words.len() && self.words[i - 1].span.end == self.words[i].span.start
    }

    /// Whether a capitalised word follows `i` in its sentence: a month or
    /// weekday before one may be part of a name ("August Rush", "the Sunday
    /// Times").
    pub(crate) fn capitalized_word_after(&self, i: usize) -> bool {
        self.capitalized(i + 1)
            && self.same_sentence(i, i + 1)
            && self
                .words
                .get(i + 1)
                .is_some_and(|w| w.kind == TokenKind::Word)
    }

    pub(crate) fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.words.get(a), self.words.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }

    pub(crate) fn sentence_start(&self, i: usize) -> bool {
        i == 0 || !self.same_sentence(i - 1, i)
    }

    /// A plain integer token ("90", "2021"), without separators.
    pub(crate) fn integer(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Number || word.text.len() > 9 {
            return None;
        }
        if !word.text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        word.text.parse().ok()
    }

    /// A four-digit year token.
    /// A year in words, as broadcasts say them: "nineteen ninety-six",
    /// "two thousand", "two thousand and one". Returns the year and the end.
    pub(crate) fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.low(i) {
            "nineteen" | "eighteen" | "twenty" => {
                let century = match self.low(i) {
                    "nineteen" => 1900,
                    "eighteen" => 1800,
                    _ => 2000,
                };
                let (n, end) = self
                    .count(i + 1)
                    .filter(|(n, _)| n.is_some_and(|n| (10..100).contains(&n)))?;
                Some((century + n? as i32, end))
            }
            "two" if self.low(i + 1) == "thousand" => {
                let mut end = i + 2;
                if self.low(end) == "and" {
                    end += 1;
                }
                match self
                    .count(end)
                    .and_then(|(n, e)| Some((n?, e)))
                    .filter(|(n, _)| (1..100).contains(n))
                {
                    Some((n, e)) => Some((2000 + n as i32, e)),
                    None => Some((2000, i + 2)),
                }
            }
            _ => None,
        }
    }

    /// A year in figures or words at `i`: the year and the end.
    pub(crate) fn any_year(&self, i: usize) -> Option<(i32, usize)> {
        match self.year_token(i) {
            Some(year) => Some((year, i + 1)),
            None => self
                .spelled_year(i)
                .filter(|(_, end)| !COUNT_NOUNS.contains(self.low(*end))),
        }
    }

    pub(crate) fn year_token(&self, i: usize) -> Option<i32> {
        let word = self.words.get(i)?;
        if word.text.len() != 4 {
            return None;
        }
        let year = self.integer(i)? as i32;
        (1000..=2199).contains(&year).then_some(year)
    }

    /// A day of the month: "5", "05", "5th", "22nd".
    pub(crate) fn day_number(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Number {
            return None;
        }
        let digits = word
            .low
            .strip_suffix("st")
            .or_else(|| word.low.strip_suffix("nd"))
            .or_else(|| word.low.strip_suffix("rd"))
            .or_else(|| word.low.strip_suffix("th"))
            .unwrap_or(&word.low);
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let day: u32 = digits.parse().ok()?;
        // "5:30", "3.4", "5-3" are not days
        let next = self.low(i + 1);
        let glued = (matches!(next, ":" | "-" | "/") && self.glued_number(i + 1)) || next == "%";
        if (1..=31).contains(&day) && !glued {
            Some(day)
        } else {
            None
        }
    }

    pub(crate) fn is_ordinal_number(&self, i: usize) -> bool {
        let low = self.low(i);
        self.words
            .get(i)
            .is_some_and(|w| w.kind == TokenKind::Number)
            && ["st", "nd", "rd", "th"].iter().any(|s| low.ends_with(s))
    }

    /// A month name at `i` that may be a month here: (month, is abbreviated
    /// without a period).
    pub(crate) fn month_at(&self, i: usize) -> Option<(u32, bool)> {
        let word = self.words.get(i)?;
        if word.kind != TokenKind::Word || !self.capitalized(i) {
            return None;
        }
        let month = month_of(&word.low)?;
        let bare_abbreviation = full_month(&word.low).is_none() && !word.text.ends_with('.');
        Some((month, bare_abbreviation))
    }

    pub(crate) fn weekday_at(&self, i: usize) -> Option<u32> {
        let word = self.words.get(i)?;
        if !self.capitalized(i) {
            return None;
        }
        if let Some(d) = weekday_of(&word.low) {
            return Some(d);
        }
        // "Tues." only with its period and a date after it ("Sun" is a newspaper)
        if word.text.ends_with('.') {
            let d = weekday_abbreviation(&word.low)?;
            let j = if self.low(i + 1) == "," { i + 2 } else { i + 1 };
            if self.month_at(j).is_some() || self.day_number(j).is_some() {
                return Some(d);
            }
        }
        None
    }
}
