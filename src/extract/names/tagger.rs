//! The learned part: a greedy averaged-perceptron tagger over hashed features.
//!
//! Each token gets one of nine tags: `O`, or `B-`/`I-` of person, place,
//! organisation, other. Features (word, lowercase word, shape, prefixes and
//! suffixes, neighbours, the two previous tags, GeoNames gazetteer membership,
//! the word lists of [`Bloom`] (given names by sex, surnames, common words),
//! sentence position, capitalised headline, whether the document also writes
//! the word in lower case, what the same word was tagged earlier in the
//! document) are hashed into a fixed table of `2^bits` rows of nine `i8`
//! weights (the largest few kept exactly as `f32` exceptions).
//!
//! The weights (`src/data/names.model`) are trained on the CoNLL-2003
//! training set only, by `examples/train_names.rs`, which calls the very
//! functions used here, so training and inference see the same features.
//! Training hides a capitalised word's own features a quarter of the time
//! (word dropout), so that names the model never saw are read from their
//! shape, the word lists and the context. Nothing is decoded at start-up: the
//! weights are read in place from the embedded bytes.

use std::collections::HashMap;

use super::places::gazetteer;
use crate::document::{is_all_caps, is_capitalized, Document, TokenKind};

/// The number of tags.
pub const TAGS: usize = 9;
/// The entity types, in tag order.
pub const TYPES: [&str; 4] = ["PERSON", "PLACE", "ORG", "OTHER"];

/// The tag `B-type` (type index into [`TYPES`]).
pub fn begin(type_index: usize) -> u8 {
    1 + type_index as u8
}

/// The tag `I-type`.
pub fn inside(type_index: usize) -> u8 {
    5 + type_index as u8
}

/// The type index of a tag, `None` for `O`.
pub fn type_of(tag: u8) -> Option<usize> {
    match tag {
        1..=4 => Some(tag as usize - 1),
        5..=8 => Some(tag as usize - 5),
        _ => None,
    }
}

/// What the tagger needs of a document, computed once.
pub struct Prepared<'d> {
    /// Token texts.
    pub words: Vec<&'d str>,
    lower: Vec<String>,
    shapes: Vec<String>,
    /// Token index ranges of the sentences.
    pub sentences: Vec<std::ops::Range<usize>>,
    headline: Vec<bool>,
    gaz: Vec<u8>,
    common: Vec<bool>,
    lexical: Vec<&'static str>,
}

/// The word lists of the tagger (given names, surnames, common words) as one
/// Bloom filter, `src/data/names.bloom`, made by `tools/names_lexicon.py`.
pub struct Bloom {
    mask: u32,
    hashes: u8,
    bits: &'static [u8],
}

static BLOOM_FILE: &[u8] = include_bytes!("../../data/names.bloom");

impl Bloom {
    /// Reads a filter: a text header ending in `AABLOOM1\n`, the number of
    /// bits (u32 LE, a power of two), of hashes (u32 LE), then the bits.
    pub fn parse(bytes: &'static [u8]) -> Option<Bloom> {
        const TAG: &[u8] = b"AABLOOM1\n";
        let at = bytes.windows(TAG.len()).position(|w| w == TAG)? + TAG.len();
        let word = |from: usize| -> Option<u32> {
            Some(u32::from_le_bytes(
                bytes.get(from..from + 4)?.try_into().ok()?,
            ))
        };
        let size = word(at)?;
        let hashes = word(at + 4)?;
        let bits = bytes.get(at + 8..)?;
        if !size.is_power_of_two() || bits.len() * 8 != size as usize || hashes > 16 {
            return None;
        }
        Some(Bloom {
            mask: size - 1,
            hashes: hashes as u8,
            bits,
        })
    }

    /// The embedded filter (`None` only if the file is broken).
    pub fn embedded() -> Option<&'static Bloom> {
        static BLOOM: std::sync::OnceLock<Option<Bloom>> = std::sync::OnceLock::new();
        BLOOM.get_or_init(|| Bloom::parse(BLOOM_FILE)).as_ref()
    }

    /// Whether `key` ("m:john", "s:smith", "w:design") is (probably) in a list.
    pub fn contains(&self, key: &str) -> bool {
        (0..self.hashes).all(|i| {
            let h = hash_bytes(i, key.as_bytes()) & self.mask;
            self.bits
                .get((h >> 3) as usize)
                .is_some_and(|b| b & (1 << (h & 7)) != 0)
        })
    }

    /// What the lists say of a lowercase word: "M"/"F" (a given name), "S"
    /// (a surname) and "W" (a common word) in one short code.
    pub fn classify(&self, lower: &str) -> &'static str {
        const CODES: [&str; 16] = [
            "-", "W", "S", "SW", "F", "FW", "FS", "FSW", "M", "MW", "MS", "MSW", "M", "MW", "MS",
            "MSW",
        ];
        let mut key = String::with_capacity(lower.len() + 2);
        let mut flag = |tag: &str, bit: usize| {
            key.clear();
            key.push_str(tag);
            key.push_str(lower);
            usize::from(self.contains(&key)) << bit
        };
        let code = flag("w:", 0) | flag("s:", 1) | flag("f:", 2) | flag("m:", 3);
        CODES[code]
    }
}

fn hash_bytes(first: u8, bytes: &[u8]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&first).chain(bytes) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
        }
        last = s;
        out.push(s);
    }
    out
}

const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "minister",
    "premier",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "judge",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sir",
    "lady",
    "lord",
    "general",
    "gen.",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "coach",
    "captain",
    "secretary",
    "ambassador",
    "chairman",
    "director",
    "leader",
    "vice",
    "former",
    "rev.",
    "saint",
    "st.",
    "mayor",
    "chief",
    "colonel",
    "col.",
    "sheikh",
    "ayatollah",
    "cardinal",
    "bishop",
    "father",
];

impl<'d> Prepared<'d> {
    /// Prepares `doc`.
    pub fn new(doc: &Document<'d>) -> Prepared<'d> {
        let words: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes = words.iter().map(|w| shape(w)).collect();
        let sentences: Vec<std::ops::Range<usize>> =
            doc.sentences.iter().map(|s| s.tokens.clone()).collect();
        // a sentence in capitals (headline): case says nothing there
        let headline = sentences
            .iter()
            .map(|r| {
                let letters: Vec<&&str> = words[r.clone()]
                    .iter()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .collect();
                letters.len() >= 2 && letters.iter().all(|w| is_all_caps(w))
            })
            .collect();
        // words that the document also writes in lower case
        let mut lowercase_seen: HashMap<&str, ()> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if doc.tokens[i].kind == TokenKind::Word && !is_capitalized(w) {
                lowercase_seen.insert(w, ());
            }
        }
        let common = lower
            .iter()
            .map(|l| lowercase_seen.contains_key(l.as_str()))
            .collect();
        // gazetteer: longest place names over capitalised tokens
        let g = gazetteer();
        let mut gaz = vec![0u8; words.len()];
        for range in &sentences {
            let mut i = range.start;
            while i < range.end {
                if !is_capitalized(words[i]) {
                    i += 1;
                    continue;
                }
                let mut found = 0;
                let longest = g.max_words.min(range.end - i);
                for n in (1..=longest).rev() {
                    let name = words[i..i + n].join(" ");
                    if let Some(&first) = g.lookup(&name).first() {
                        let class = match g.places[first as usize].feature_class {
                            "country" => 1,
                            "region" => 2,
                            "continent" => 2,
                            _ => 3,
                        };
                        gaz[i] = class;
                        for slot in gaz.iter_mut().take(i + n).skip(i + 1) {
                            *slot = class + 3;
                        }
                        found = n;
                        break;
                    }
                }
                i += found.max(1);
            }
        }
        let lexical = match Bloom::embedded() {
            Some(bloom) => lower.iter().map(|l| bloom.classify(l)).collect(),
            None => vec!["-"; words.len()],
        };
        Prepared {
            lexical,
            words,
            lower,
            shapes,
            sentences,
            headline,
            gaz,
            common,
        }
    }
}

impl Prepared<'_> {
    /// Whether token `i` may begin a name: a word or a number, not punctuation.
    pub fn can_begin(&self, i: usize) -> bool {
        self.words[i]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }
}

/// FNV-1a over the template number and the parts.
fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(template);
    for part in parts {
        for &b in part.as_bytes() {
            eat(b);
        }
        eat(0xff);
    }
    (h ^ (h >> 32)) as u32
}

const TAG_NAMES: [&str; TAGS] = ["O", "BP", "BL", "BO", "BM", "IP", "IL", "IO", "IM"];

/// The hashed features of token `i` of sentence `range`, given the tags of
/// the tokens before it and what the document tagged its words as so far.
/// With `forget_word` (training only, now and then) the features that name the
/// word itself are left out, so that the model learns to read unknown names
/// from their shape, the word lists and the context.
pub fn features(
    p: &Prepared,
    sentence: usize,
    i: usize,
    tags: &[u8],
    memory: &HashMap<String, u8>,
    forget_word: bool,
    out: &mut Vec<u32>,
) {
    out.clear();
    let Some(range) = p.sentences.get(sentence) else {
        return;
    };
    let headline = p.headline.get(sentence).copied().unwrap_or(false);
    let word = |offset: isize| -> &str {
        let j = i as isize + offset;
        if j < range.start as isize {
            "<s>"
        } else if j >= range.end as isize {
            "</s>"
        } else {
            p.lower[j as usize].as_str()
        }
    };
    let shape_at = |offset: isize| -> &str {
        let j = i as isize + offset;
        if j < range.start as isize || j >= range.end as isize {
            "-"
        } else {
            p.shapes[j as usize].as_str()
        }
    };
    let tag_at = |offset: usize| -> &str {
        if i < range.start + offset {
            "<s>"
        } else {
            TAG_NAMES[tags[i - offset] as usize]
        }
    };
    let w = word(0);
    let s = if headline { "HL" } else { shape_at(0) };
    let chars: Vec<char> = w.chars().collect();
    let suffix = |n: usize| -> String { chars[chars.len().saturating_sub(n)..].iter().collect() };
    let prefix = |n: usize| -> String { chars[..n.min(chars.len())].iter().collect() };
    let first = i == range.start;
    let position = if first { "first" } else { "later" };
    let gaz = |offset: isize| -> &str {
        let j = i as isize + offset;
        if j < range.start as isize || j >= range.end as isize {
            "-"
        } else {
            ["-", "Bc", "Br", "Bt", "Ic", "Ir", "It"][p.gaz[j as usize] as usize]
        }
    };
    let common = if p.common[i] { "common" } else { "rare" };
    let title_before = i > range.start && TITLES.contains(&word(-1));
    let remembered = memory.get(w).map_or("-", |&t| TAG_NAMES[t as usize]);
    let exact = p.words[i];

    let hl = if headline { "HL" } else { "-" };
    let lexical = |offset: isize| -> &str {
        let j = i as isize + offset;
        if j < range.start as isize || j >= range.end as isize {
            "<>"
        } else {
            p.lexical[j as usize]
        }
    };
    out.push(hash(0, &[]));
    out.push(hash(32, &[lexical(0), s]));
    out.push(hash(33, &[lexical(-1), lexical(0), lexical(1)]));
    out.push(hash(34, &[lexical(0), s, tag_at(1)]));
    out.push(hash(35, &[lexical(0), word(-1)]));
    out.push(hash(36, &[lexical(0), s, position]));
    out.push(hash(30, &[shape_at(-1), s, shape_at(1)]));
    out.push(hash(31, &[common, s, tag_at(1)]));
    out.push(hash(2, &[word(-1)]));
    out.push(hash(3, &[word(1)]));
    out.push(hash(4, &[word(-2)]));
    out.push(hash(5, &[word(2)]));
    out.push(hash(6, &[s]));
    out.push(hash(7, &[shape_at(-1)]));
    out.push(hash(8, &[shape_at(1)]));
    out.push(hash(13, &[tag_at(1)]));
    out.push(hash(14, &[tag_at(1), tag_at(2)]));
    out.push(hash(16, &[tag_at(1), s]));
    out.push(hash(17, &[position, s, common]));
    out.push(hash(18, &[word(-1), s]));
    out.push(hash(19, &[s, word(1)]));
    out.push(hash(20, &[gaz(0)]));
    out.push(hash(21, &[gaz(-1), gaz(0), gaz(1)]));
    out.push(hash(22, &[remembered]));
    out.push(hash(23, &[remembered, s]));
    out.push(hash(28, &[if title_before { "title" } else { "-" }, s]));
    out.push(hash(29, &[gaz(0), s, tag_at(1)]));
    if forget_word {
        return;
    }
    out.push(hash(1, &[w]));
    out.push(hash(9, &[&suffix(3)]));
    out.push(hash(10, &[&suffix(2)]));
    out.push(hash(11, &[&prefix(3)]));
    out.push(hash(12, &[&suffix(4)]));
    out.push(hash(15, &[tag_at(1), w]));
    out.push(hash(24, &[hl, w]));
    out.push(hash(25, &[exact]));
    out.push(hash(26, &[word(-1), w]));
    out.push(hash(27, &[w, word(1)]));
}

/// A weight table: `2^bits` rows of [`TAGS`] weights.
pub trait Weights {
    /// Adds the weights of feature `feature` to `scores`.
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]);
}

/// The tags the tagger may not give: `I-x` must follow `B-x` or `I-x`.
pub fn allowed(previous: u8, tag: u8) -> bool {
    match type_of(tag) {
        Some(t) if tag >= 5 => type_of(previous) == Some(t),
        _ => true,
    }
}

/// Tags every sentence of `p` greedily, left to right; returns one tag per
/// token and, per token, the margin of the chosen tag over the runner-up.
pub fn tag<W: Weights>(p: &Prepared, weights: &W) -> (Vec<u8>, Vec<f32>) {
    let mut tags = vec![0u8; p.words.len()];
    let mut margins = vec![0f32; p.words.len()];
    let mut memory: HashMap<String, u8> = HashMap::new();
    let mut buffer = Vec::with_capacity(40);
    for (sentence, range) in p.sentences.iter().enumerate() {
        for i in range.clone() {
            features(p, sentence, i, &tags, &memory, false, &mut buffer);
            let mut scores = [0f32; TAGS];
            for &f in &buffer {
                weights.add(f, &mut scores);
            }
            let previous = if i > range.start { tags[i - 1] } else { 0 };
            let (best, margin) = best_tag(&scores, previous, p.can_begin(i));
            tags[i] = best;
            margins[i] = margin;
            remember(p, i, best, &mut memory);
        }
    }
    (tags, margins)
}

/// The best allowed tag and its margin over the second best. A name never
/// begins with punctuation (`can_begin` false): "~ Khaled Hosseini".
pub fn best_tag(scores: &[f32; TAGS], previous: u8, can_begin: bool) -> (u8, f32) {
    let mut best = 0u8;
    let mut best_score = f32::NEG_INFINITY;
    let mut second = f32::NEG_INFINITY;
    for (t, &score) in scores.iter().enumerate() {
        if !allowed(previous, t as u8) || (!can_begin && (1..=4).contains(&t)) {
            continue;
        }
        if score > best_score {
            second = best_score;
            best_score = score;
            best = t as u8;
        } else if score > second {
            second = score;
        }
    }
    (best, best_score - second)
}

/// Records what a capitalised word was tagged, for its later mentions.
pub fn remember(p: &Prepared, i: usize, tag: u8, memory: &mut HashMap<String, u8>) {
    if is_capitalized(p.words[i]) && p.words[i].chars().count() > 1 {
        let general = match type_of(tag) {
            Some(t) => begin(t),
            None => 0,
        };
        memory.insert(p.lower[i].clone(), general);
    }
}

/// The committed weights, read in place from the embedded file.
pub struct Model {
    bits: u32,
    step: f32,
    exceptions: Vec<(u32, f32)>,
    table: &'static [u8],
}

static MODEL_FILE: &[u8] = include_bytes!("../../data/names.model");

/// The magic line that ends the model file's text header.
pub const MAGIC: &[u8] = b"AANAMES1\n";

impl Model {
    /// Reads a model file: a text header ending in [`MAGIC`], then `bits`
    /// (u8), the step (f32 LE), the number of exceptions (u32 LE) and the
    /// exceptions (index u32 LE, weight f32 LE, sorted by index), then
    /// `2^bits * TAGS` i8 weights in steps, -128 meaning "see the exceptions".
    pub fn parse(bytes: &'static [u8]) -> Option<Model> {
        let at = bytes.windows(MAGIC.len()).position(|w| w == MAGIC)? + MAGIC.len();
        let bits = u32::from(*bytes.get(at)?);
        let word = |from: usize| -> Option<[u8; 4]> { bytes.get(from..from + 4)?.try_into().ok() };
        let step = f32::from_le_bytes(word(at + 1)?);
        let count = u32::from_le_bytes(word(at + 5)?) as usize;
        let mut exceptions = Vec::with_capacity(count.min(1 << 16));
        let mut from = at + 9;
        for _ in 0..count {
            exceptions.push((
                u32::from_le_bytes(word(from)?),
                f32::from_le_bytes(word(from + 4)?),
            ));
            from += 8;
        }
        let table = bytes.get(from..)?;
        if bits > 24 || table.len() != (1usize << bits) * TAGS {
            return None;
        }
        Some(Model {
            bits,
            step,
            exceptions,
            table,
        })
    }

    /// The embedded model (`None` only if the file is broken).
    pub fn embedded() -> Option<&'static Model> {
        static MODEL: std::sync::OnceLock<Option<Model>> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::parse(MODEL_FILE)).as_ref()
    }
}

impl Weights for Model {
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        let row = (feature & ((1 << self.bits) - 1)) as usize * TAGS;
        if let Some(weights) = self.table.get(row..row + TAGS) {
            for (t, (score, &code)) in scores.iter_mut().zip(weights).enumerate() {
                *score += if code == 0x80 {
                    let at = (row + t) as u32;
                    self.exceptions
                        .binary_search_by_key(&at, |e| e.0)
                        .map_or(0.0, |e| self.exceptions[e].1)
                } else {
                    f32::from(code as i8) * self.step
                };
            }
        }
    }
}
