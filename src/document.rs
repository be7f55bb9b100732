//! The text, tokenized once: tokens, sentences and paragraphs.
//!
//! Every extractor reads the same [`Document`]. Tokens are words, numbers and
//! single punctuation marks; whitespace is not a token. Choices that matter to
//! the extractors:
//!
//! - A possessive `'s`/`’s` is its own token ("Biden's" → `Biden`, `'s`), so
//!   a name stops before it; other inner apostrophes stay (`don't`, `O'Brien`).
//! - Hyphenated words are one token (`Jean-Pierre`, `al-Assad`, `state-run`).
//! - Abbreviations keep their period (`Mr.`, `Sept.`, `U.S.`, `p.m.`, `J.K.`),
//!   and so do single capital initials (`W.`), so they never end a sentence
//!   unless the next word clearly starts one ("the U.S. The ...").
//! - Numbers keep inner separators and ordinal or decade suffixes
//!   (`2,020`, `3.4`, `5th`, `1990s`, `'90s`).
//! - A paragraph is a line: a line break always ends a sentence.

use crate::lexicon;
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Starts with a letter: `Wang`, `don't`, `U.S.`, `Jean-Pierre`, `'s`.
    Word,
    /// Starts with a digit (or `'` and two digits): `2020`, `5th`, `3.4`, `'90s`.
    Number,
    /// Any other single character: `“`, `,`, `—`, `(`.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is, in bytes.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// The index of its sentence in [`Document::sentences`].
    pub sentence: usize,
}

/// A sentence: a run of tokens inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: std::ops::Range<usize>,
    /// The index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// A paragraph: one non-empty line of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The line without its line break and surrounding whitespace.
    pub span: Span,
    /// Its sentences, as indices into [`Document::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// The text with its tokens, sentences and paragraphs.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The input, unchanged.
    pub text: &'a str,
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// All sentences in order.
    pub sentences: Vec<Sentence>,
    /// All paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    // Combining diacritics (U+0300..U+036F and the other common blocks).
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

struct Scanner<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
}

impl<'a> Scanner<'a> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|&(_, c)| c)
    }

    fn byte_at(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    /// The end (char index) of a word starting at char `i`.
    fn word_end(&self, start: usize) -> usize {
        let mut i = start;
        while let Some(c) = self.char_at(i) {
            if is_word_char(c) {
                i += 1;
                continue;
            }
            let next = self.char_at(i + 1);
            let next_is_letter = next.is_some_and(char::is_alphabetic);
            if is_apostrophe(c) && next_is_letter {
                // a possessive 's ends the word: Biden's → Biden + 's
                let after = self.char_at(i + 2);
                let possessive =
                    matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word_char);
                if possessive {
                    break;
                }
                i += 1;
                continue;
            }
            if is_hyphen(c) && next.is_some_and(is_word_char) && i > start {
                i += 1;
                continue;
            }
            break;
        }
        // Abbreviations and initials keep their period: U.S., p.m., J.K., Mr., W.
        if self.char_at(i) == Some('.') {
            let word = &self.text[self.byte_at(start)..self.byte_at(i)];
            let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            if single_letter {
                // dotted sequences: U.S., U.S.A., p.m., J.K.
                let mut j = i + 1;
                while self.char_at(j).is_some_and(char::is_alphabetic)
                    && self.char_at(j + 1) == Some('.')
                    && !self.char_at(j + 2).is_some_and(char::is_alphabetic)
                {
                    j += 2;
                }
                let is_initial = word.chars().all(char::is_uppercase);
                if j > i + 1 || is_initial {
                    return j;
                }
            } else if lexicon::en::ABBREVIATIONS.contains(word) {
                return i + 1;
            } else if matches!(word, "No" | "Nos") {
                // "No. 10", but not the answer "No."
                let digit_follows = self.char_at(i + 1) == Some(' ')
                    && self.char_at(i + 2).is_some_and(|c| c.is_ascii_digit());
                if digit_follows {
                    return i + 1;
                }
            }
        }
        i
    }

    /// The end (char index) of a number starting at char `i`.
    fn number_end(&self, start: usize) -> usize {
        let mut i = start;
        if self.char_at(i).is_some_and(is_apostrophe) {
            i += 1; // '90s
        }
        while let Some(c) = self.char_at(i) {
            let digit = c.is_numeric() && !c.is_alphabetic();
            let separator = (c == ',' || c == '.')
                && self.char_at(i + 1).is_some_and(|n| n.is_ascii_digit())
                && i > start;
            if digit || separator {
                i += 1;
            } else {
                break;
            }
        }
        // ordinal and decade suffixes: 5th, 22nd, 1990s
        let mut j = i;
        while self.char_at(j).is_some_and(char::is_alphabetic) && j - i < 2 {
            j += 1;
        }
        let suffix: String = self.chars[i.min(self.chars.len())..j.min(self.chars.len())]
            .iter()
            .map(|&(_, c)| c.to_ascii_lowercase())
            .collect();
        let after_is_letter = self.char_at(j).is_some_and(char::is_alphabetic);
        if !after_is_letter && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th" | "s") {
            return j;
        }
        i
    }
}

impl<'a> Document<'a> {
    /// Tokenizes `text`. Linear in its length; never fails.
    pub fn new(text: &'a str) -> Document<'a> {
        let scanner = Scanner {
            text,
            chars: text.char_indices().collect(),
        };
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        // Per paragraph: the token range, then sentences are cut inside it.
        let mut paragraph_start_token = 0;
        let mut i = 0;
        let n = scanner.chars.len();
        let flush_paragraph = |tokens: &mut Vec<Token>,
                               sentences: &mut Vec<Sentence>,
                               paragraphs: &mut Vec<Paragraph>,
                               from: usize| {
            if from < tokens.len() {
                let paragraph = paragraphs.len();
                let first_sentence = sentences.len();
                split_sentences(text, tokens, from, paragraph, sentences);
                paragraphs.push(Paragraph {
                    span: Span::new(tokens[from].span.start, tokens[tokens.len() - 1].span.end),
                    sentences: first_sentence..sentences.len(),
                });
            }
        };
        while i < n {
            let c = scanner.chars[i].1;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                flush_paragraph(
                    &mut tokens,
                    &mut sentences,
                    &mut paragraphs,
                    paragraph_start_token,
                );
                paragraph_start_token = tokens.len();
                i += 1;
                continue;
            }
            if c.is_whitespace() || c.is_control() || c == '\u{feff}' || c == '\u{200b}' {
                i += 1;
                continue;
            }
            // '90s: an apostrophe, two digits, and no word before it
            let decade = is_apostrophe(c)
                && scanner.char_at(i + 1).is_some_and(|d| d.is_ascii_digit())
                && scanner.char_at(i + 2).is_some_and(|d| d.is_ascii_digit())
                && !scanner.char_at(i + 3).is_some_and(|d| d.is_ascii_digit())
                && !(i > 0 && scanner.chars[i - 1].1.is_alphanumeric());
            let (end, kind) = if c.is_alphabetic() {
                (scanner.word_end(i), TokenKind::Word)
            } else if c.is_numeric() || decade {
                (scanner.number_end(i), TokenKind::Number)
            } else if is_apostrophe(c)
                && matches!(scanner.char_at(i + 1), Some('s' | 'S'))
                && !scanner.char_at(i + 2).is_some_and(is_word_char)
                && i > 0
                && scanner.chars[i - 1].1.is_alphanumeric()
            {
                (i + 2, TokenKind::Word)
            } else {
                (i + 1, TokenKind::Punct)
            };
            let end = end.max(i + 1);
            tokens.push(Token {
                span: Span::new(scanner.byte_at(i), scanner.byte_at(end)),
                kind,
                sentence: 0,
            });
            i = end;
        }
        flush_paragraph(
            &mut tokens,
            &mut sentences,
            &mut paragraphs,
            paragraph_start_token,
        );
        Document {
            text,
            tokens,
            sentences,
            paragraphs,
        }
    }

    /// The text of token `index`.
    pub fn token_text(&self, index: usize) -> &'a str {
        self.tokens
            .get(index)
            .map_or("", |t| t.span.text(self.text))
    }

    /// The index of the first token that ends after byte `byte` (the token at
    /// or after it), or `tokens.len()`.
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= byte)
    }

    /// The tokens lying entirely inside `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.end <= span.end);
        first..last.max(first)
    }

    /// True when token `index` is the first of its sentence.
    pub fn starts_sentence(&self, index: usize) -> bool {
        self.tokens
            .get(index)
            .is_some_and(|t| self.sentences[t.sentence].tokens.start == index)
    }

    /// The paragraph that contains byte `byte`, if any.
    pub fn paragraph_at(&self, byte: usize) -> Option<usize> {
        let index = self.paragraphs.partition_point(|p| p.span.end <= byte);
        (index < self.paragraphs.len() && self.paragraphs[index].span.start <= byte)
            .then_some(index)
    }
}

/// True when the token text starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the token text has letters and all of them are uppercase ("NATO", "U.S.").
pub fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›' | '“')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '‹' | '„')
}

/// Cuts the tokens `from..` (one paragraph) into sentences.
fn split_sentences(
    text: &str,
    tokens: &mut [Token],
    from: usize,
    paragraph: usize,
    sentences: &mut Vec<Sentence>,
) {
    let token_text = |tokens: &[Token], i: usize| tokens[i].span.text(text);
    let mut start = from;
    let mut i = from;
    let end = tokens.len();
    while i < end {
        let word = token_text(tokens, i);
        let terminal = match word {
            "." | "!" | "?" | "…" => true,
            _ if tokens[i].kind == TokenKind::Word && word.ends_with('.') => {
                // an abbreviation ends a sentence only if a clear sentence start follows
                let initial = word.chars().count() == 2 && is_capitalized(word); // "W."
                !(lexicon::en::NEVER_FINAL.contains(word) || initial)
                    && (i + 1 < end
                        && lexicon::en::SENTENCE_STARTERS.contains(token_text(tokens, i + 1)))
            }
            _ => false,
        };
        if terminal {
            // swallow repeated marks and closing quotes/brackets: ?!” )
            let mut j = i + 1;
            while j < end {
                let t = token_text(tokens, j);
                let mut chars = t.chars();
                let single = chars.next().filter(|_| chars.next().is_none());
                match single {
                    Some('.' | '!' | '?' | '…') => j += 1,
                    Some(c) if is_closing(c) && tokens[j].span.start == tokens[j - 1].span.end => {
                        j += 1
                    }
                    _ => break,
                }
            }
            // only split when something sentence-like follows
            let next_starts = j >= end || {
                let next = token_text(tokens, j);
                let first = next.chars().next().unwrap_or(' ');
                first.is_uppercase() || first.is_numeric() || is_opening(first) || first == '—'
            };
            if next_starts {
                push_sentence(tokens, start, j, paragraph, sentences);
                start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if start < end {
        push_sentence(tokens, start, end, paragraph, sentences);
    }
}

fn push_sentence(
    tokens: &mut [Token],
    start: usize,
    end: usize,
    paragraph: usize,
    sentences: &mut Vec<Sentence>,
) {
    let index = sentences.len();
    for token in &mut tokens[start..end] {
        token.sentence = index;
    }
    sentences.push(Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: start..end,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn tokens(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect()
    }

    #[track_caller]
    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences.iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn words_keep_what_belongs_to_them() {
        assert_eq!(
            tokens("Biden's aide don't O'Brien Jean-Pierre U.S. p.m. Mr. George W. Bush"),
            [
                "Biden",
                "'s",
                "aide",
                "don't",
                "O'Brien",
                "Jean-Pierre",
                "U.S.",
                "p.m.",
                "Mr.",
                "George",
                "W.",
                "Bush"
            ]
        );
        assert_eq!(tokens("China’s envoy"), ["China", "’s", "envoy"]);
        assert_eq!(tokens("J.K. Rowling"), ["J.K.", "Rowling"]);
    }

    #[test]
    fn numbers_keep_separators_and_suffixes() {
        assert_eq!(
            tokens("2,020 people, 3.4 million, the 5th, 22nd, 1990s, the '90s, 9/11 3-1"),
            [
                "2,020", "people", ",", "3.4", "million", ",", "the", "5th", ",", "22nd", ",",
                "1990s", ",", "the", "'90s", ",", "9", "/", "11", "3", "-", "1"
            ]
        );
    }

    #[test]
    fn quotes_are_punctuation() {
        assert_eq!(
            tokens("“the top threat.” 'Hi,' he said"),
            ["“", "the", "top", "threat", ".", "”", "'", "Hi", ",", "'", "he", "said"]
        );
    }

    #[test]
    fn sentences_respect_abbreviations() {
        assert_eq!(
            sentences("Mr. Wang met Dr. Li in the U.S. on Monday. The U.S. The talks ended!"),
            [
                "Mr. Wang met Dr. Li in the U.S. on Monday.",
                "The U.S.",
                "The talks ended!"
            ]
        );
        assert_eq!(
            sentences("“We agree,” he said. “No.” She left"),
            ["“We agree,” he said.", "“No.”", "She left"]
        );
    }

    #[test]
    fn lines_are_paragraphs() {
        let text = "Title here\n\nFirst line. Second one\r\nThird";
        let doc = Document::new(text);
        let paragraphs: Vec<&str> = doc.paragraphs.iter().map(|p| p.span.text(text)).collect();
        assert_eq!(
            paragraphs,
            ["Title here", "First line. Second one", "Third"]
        );
        assert_eq!(doc.sentences.len(), 4);
        assert_eq!(doc.paragraph_at(text.find("Second").unwrap()), Some(1));
        assert_eq!(doc.paragraph_at(11), None);
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "", " ", "\n\n", "'", "’s", "a'", "9'", "'9", "😀😀", "\u{301}x", "Ü.", "...",
        ] {
            let doc = Document::new(text);
            for token in &doc.tokens {
                assert!(!token.span.text(text).is_empty());
            }
        }
    }
}
