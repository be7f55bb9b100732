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
//! shape, the word lists and the context. The file stores the table range
//! coded ([`code_table`]: 63 KB gzip instead of 87 KB for the plain bytes);
//! it is decoded once, on first use, into the plain table of codes.
//!
//! Speed: everything that depends only on the text is computed once per
//! document in [`Prepared`] (lowercase words and shapes in two flat buffers,
//! one number per distinct lowercase word, so that the per-word facts, the
//! document's memory and the first pass's summary are arrays, not hash maps
//! of strings); features are hashed straight from those slices without
//! building strings; the few table rows holding exact exceptions are decoded
//! once, so a lookup is one array read and nine multiply-adds. The scores are
//! summed in the same order as ever: the output does not change.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

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

/// FxHash (as in rustc), for the maps keyed by the document's own words:
/// much cheaper than SipHash, and no untrusted party chooses the keys to
/// collide beyond slowing one page down.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// FNV-1a, the hash of the features and of the Bloom filter (the committed
/// weights and bits are indexed by it: it must never change).
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    #[inline]
    fn start(first: u8) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325).byte(first)
    }

    #[inline]
    fn byte(self, byte: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
    }

    #[inline]
    fn bytes(mut self, bytes: &[u8]) -> Fnv {
        for &b in bytes {
            self = self.byte(b);
        }
        self
    }

    #[inline]
    fn finish(self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

/// What the tagger needs of a document, computed once.
pub struct Prepared<'d> {
    /// Token texts.
    pub words: Vec<&'d str>,
    /// The lowercase words one after another: word `i` is
    /// `lower_text[lower_at[i]..lower_at[i + 1]]`.
    lower_text: String,
    lower_at: Vec<usize>,
    /// The shapes, laid out the same way.
    shape_text: String,
    shape_at: Vec<usize>,
    /// Token index ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    headline: Vec<bool>,
    gaz: Vec<u8>,
    /// Per token: the number of its lowercase word (equal words, equal numbers).
    word_id: Vec<u32>,
    /// Per word number: the first token that is that word.
    first_token: Vec<u32>,
    /// Per word number: whether the document also writes the word in lower case.
    common: Vec<bool>,
    /// Per word number: what the word lists say of it ([`Bloom::classify`]).
    lexical: Vec<&'static str>,
    /// Per word number: whether it is a title ([`TITLES`]).
    title: Vec<bool>,
    /// Per token: a capitalised word of two characters or more, whose tag the
    /// document remembers.
    name_like: Vec<bool>,
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
        static BLOOM: OnceLock<Option<Bloom>> = OnceLock::new();
        BLOOM.get_or_init(|| Bloom::parse(BLOOM_FILE)).as_ref()
    }

    /// Whether `key` ("m:john", "s:smith", "w:design") is (probably) in a list.
    pub fn contains(&self, key: &str) -> bool {
        self.contains_parts(b"", key.as_bytes())
    }

    /// Whether `list` + `word` is in a list, without joining them.
    fn contains_parts(&self, list: &[u8], word: &[u8]) -> bool {
        (0..self.hashes).all(|i| {
            let h = Fnv::start(i).bytes(list).bytes(word).finish() & self.mask;
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
        let flag = |list: &[u8], bit: usize| {
            usize::from(self.contains_parts(list, lower.as_bytes())) << bit
        };
        let code = flag(b"w:", 0) | flag(b"s:", 1) | flag(b"f:", 2) | flag(b"m:", 3);
        CODES[code]
    }
}

/// Appends the shape of `word` to `out`: X for an uppercase letter, x for a
/// lowercase one, d for a digit, other characters as they are, runs cut to two.
fn push_shape(word: &str, out: &mut String) {
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

/// Per first word of a gazetteer name (its lookup key), the most words a
/// name starting with it has: most capitalised words start none, and need no
/// lookup at all.
fn place_starts() -> &'static FxMap<&'static str, usize> {
    static STARTS: OnceLock<FxMap<&'static str, usize>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: FxMap<&'static str, usize> = FxMap::default();
        for key in gazetteer().by_name.keys() {
            let mut words = key.split(' ');
            let first = words.next().unwrap_or("");
            let count = 1 + words.count();
            let most = starts.entry(first).or_insert(0);
            *most = (*most).max(count);
        }
        starts
    })
}

impl<'d> Prepared<'d> {
    /// Prepares `doc`.
    pub fn new(doc: &Document<'d>) -> Prepared<'d> {
        Self::prepare(doc, true)
    }

    /// Prepares `doc` as training sees it: gazetteer features from the linked
    /// table only, without the regions' list ([`super::places::is_region`]).
    pub fn for_training(doc: &Document<'d>) -> Prepared<'d> {
        Self::prepare(doc, false)
    }

    fn prepare(doc: &Document<'d>, regions: bool) -> Prepared<'d> {
        let count = doc.tokens.len();
        let words: Vec<&str> = (0..count).map(|i| doc.token_text(i)).collect();
        let mut lower_text = String::with_capacity(doc.text.len());
        let mut lower_at = Vec::with_capacity(count + 1);
        let mut shape_text = String::with_capacity(doc.text.len());
        let mut shape_at = Vec::with_capacity(count + 1);
        lower_at.push(0);
        shape_at.push(0);
        for w in &words {
            if w.is_ascii() {
                let from = lower_text.len();
                lower_text.push_str(w);
                lower_text[from..].make_ascii_lowercase();
            } else {
                lower_text.push_str(&w.to_lowercase());
            }
            lower_at.push(lower_text.len());
            push_shape(w, &mut shape_text);
            shape_at.push(shape_text.len());
        }
        let lower = |i: usize| &lower_text[lower_at[i]..lower_at[i + 1]];
        // one number per distinct lowercase word
        let mut word_id = Vec::with_capacity(count);
        let mut first_token: Vec<u32> = Vec::new();
        {
            let mut ids: FxMap<&str, u32> =
                FxMap::with_capacity_and_hasher(count / 2 + 1, Default::default());
            for i in 0..count {
                let next = first_token.len() as u32;
                let id = *ids.entry(lower(i)).or_insert_with(|| {
                    first_token.push(i as u32);
                    next
                });
                word_id.push(id);
            }
        }
        let distinct = first_token.len();
        let sentences: Vec<Range<usize>> = doc.sentences.iter().map(|s| s.tokens.clone()).collect();
        // a sentence in capitals (headline): case says nothing there
        let headline = sentences
            .iter()
            .map(|r| {
                let mut letters = 0;
                let mut all_caps = true;
                for w in &words[r.clone()] {
                    if w.chars().any(char::is_alphabetic) {
                        letters += 1;
                        all_caps &= is_all_caps(w);
                    }
                }
                letters >= 2 && all_caps
            })
            .collect();
        // words that the document also writes in lower case: a lowercase
        // word marks its own number; a word like "iPhone", which its
        // lowercase form does not equal, is compared as it is written
        let mut common = vec![false; distinct];
        let mut written_otherwise: FxMap<&str, ()> = FxMap::default();
        for (i, w) in words.iter().enumerate() {
            if doc.tokens[i].kind == TokenKind::Word && !is_capitalized(w) {
                if *w == lower(i) {
                    common[word_id[i] as usize] = true;
                } else {
                    written_otherwise.insert(w, ());
                }
            }
        }
        if !written_otherwise.is_empty() {
            for (id, &first) in first_token.iter().enumerate() {
                if written_otherwise.contains_key(lower(first as usize)) {
                    common[id] = true;
                }
            }
        }
        let gaz = gazetteer_classes(&words, &sentences, &lower, regions);
        let lexical = match Bloom::embedded() {
            Some(bloom) => first_token
                .iter()
                .map(|&i| bloom.classify(lower(i as usize)))
                .collect(),
            None => vec!["-"; distinct],
        };
        let title = first_token
            .iter()
            .map(|&i| TITLES.contains(&lower(i as usize)))
            .collect();
        let name_like = words
            .iter()
            .map(|w| is_capitalized(w) && w.chars().nth(1).is_some())
            .collect();
        Prepared {
            words,
            lower_text,
            lower_at,
            shape_text,
            shape_at,
            sentences,
            headline,
            gaz,
            word_id,
            first_token,
            common,
            lexical,
            title,
            name_like,
        }
    }

    /// The lowercase text of token `i`.
    #[inline]
    fn lower(&self, i: usize) -> &str {
        &self.lower_text[self.lower_at[i]..self.lower_at[i + 1]]
    }

    /// The shape of token `i`.
    #[inline]
    fn shape(&self, i: usize) -> &str {
        &self.shape_text[self.shape_at[i]..self.shape_at[i + 1]]
    }

    /// The number of distinct lowercase words.
    fn distinct(&self) -> usize {
        self.first_token.len()
    }

    /// The lowercase text of word number `id`.
    fn word_of(&self, id: usize) -> &str {
        self.lower(self.first_token[id] as usize)
    }
}

/// Gazetteer membership per token: longest place names over capitalised
/// tokens; 1/2/3 begin a country/region/city, 4/5/6 continue one. A name is
/// looked up by its key ([`super::places::key`]: lowercase words, `’` as `'`,
/// a leading "the" dropped, joined by spaces), built from the tokens'
/// lowercase forms only when its first word starts some place name that long.
/// With `regions`, capitalised words that the regions' list holds
/// ([`super::places::is_region`]) are a region too, when no longer name of
/// the table starts with them.
fn gazetteer_classes<'t>(
    words: &[&str],
    sentences: &[Range<usize>],
    lower: &impl Fn(usize) -> &'t str,
    regions: bool,
) -> Vec<u8> {
    let g = gazetteer();
    let starts = place_starts();
    let key_word = |i: usize| -> std::borrow::Cow<'t, str> {
        let l = lower(i);
        if l.contains('’') {
            std::borrow::Cow::Owned(l.replace('’', "'"))
        } else {
            std::borrow::Cow::Borrowed(l)
        }
    };
    let mut gaz = vec![0u8; words.len()];
    let mut key = String::new();
    for range in sentences {
        let mut i = range.start;
        while i < range.end {
            if !is_capitalized(words[i]) {
                i += 1;
                continue;
            }
            let mut found = 0;
            let longest = g.max_words.min(range.end - i);
            let first = key_word(i);
            // "the X ..." is looked up without its "the"
            let second = (first == "the" && longest > 1).then(|| key_word(i + 1));
            for n in (1..=longest).rev() {
                crate::work::step(1);
                let (start, words_in_key, head): (usize, usize, &str) = match &second {
                    Some(second) if n > 1 => (i + 1, n - 1, second),
                    _ => (i, n, &first),
                };
                if !starts.get(head).is_some_and(|&most| most >= words_in_key) {
                    continue;
                }
                key.clear();
                for j in start..start + words_in_key {
                    if j > start {
                        key.push(' ');
                    }
                    key.push_str(&key_word(j));
                }
                let Some(&first) = g.by_name.get(key.as_str()).and_then(|v| v.first()) else {
                    continue;
                };
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
            // a longer name in the regions' list wins ("Netherlands East
            // Indies" over "Netherlands")
            if regions {
                let n = region_at(words, range.end, i, &key_word, &mut key);
                if n > found {
                    gaz[i] = 2;
                    for slot in gaz.iter_mut().take(i + n).skip(i + 1) {
                        *slot = 5;
                    }
                    found = n;
                }
            }
            i += found.max(1);
        }
    }
    gaz
}

/// The number of words (up to three, all capitalised) of the longest name
/// at token `i` (before `end`) that the regions' list holds, or 0.
fn region_at<'t>(
    words: &[&str],
    end: usize,
    i: usize,
    key_word: &impl Fn(usize) -> std::borrow::Cow<'t, str>,
    key: &mut String,
) -> usize {
    let most = (i..end.min(i + 3))
        .take_while(|&j| is_capitalized(words[j]))
        .count();
    for n in (1..=most).rev() {
        crate::work::step(1);
        key.clear();
        for j in i..i + n {
            if j > i {
                key.push(' ');
            }
            key.push_str(&key_word(j));
        }
        if super::places::is_region(key) {
            return n;
        }
    }
    0
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
#[inline]
fn hash(template: u8, parts: &[&str]) -> u32 {
    let mut h = Fnv::start(template);
    for part in parts {
        h = h.bytes(part.as_bytes()).byte(0xff);
    }
    h.finish()
}

const TAG_NAMES: [&str; TAGS] = ["O", "BP", "BL", "BO", "BM", "IP", "IL", "IO", "IM"];

/// The hashed features of token `i` of sentence `range`, given the tags of
/// the tokens before it, what the document tagged its words as so far
/// (`memory`) and what a first pass made of them anywhere (`document`).
/// With `forget_word` (training only, now and then) the features that name the
/// word itself are left out, so that the model learns to read unknown names
/// from their shape, the word lists and the context.
#[allow(clippy::too_many_arguments)] // one call site each in training and inference
pub fn features(
    p: &Prepared,
    sentence: usize,
    i: usize,
    tags: &[u8],
    memory: &HashMap<String, u8>,
    document: &HashMap<String, u8>,
    forget_word: bool,
    out: &mut Vec<u32>,
) {
    let Some(w) = (i < p.words.len()).then(|| p.lower(i)) else {
        out.clear();
        return;
    };
    let remembered = memory.get(w).copied();
    let elsewhere = document.get(w).copied();
    features_given(
        p,
        sentence,
        i,
        tags,
        remembered,
        elsewhere,
        forget_word,
        out,
    );
}

/// The last `n` characters of `word`.
fn suffix(word: &str, n: usize) -> &str {
    let from = word.char_indices().rev().nth(n - 1).map_or(0, |(b, _)| b);
    &word[from..]
}

/// The first `n` characters of `word`.
fn prefix(word: &str, n: usize) -> &str {
    let to = word.char_indices().nth(n).map_or(word.len(), |(b, _)| b);
    &word[..to]
}

/// [`features`], given what the memory and the first pass say of the word.
#[allow(clippy::too_many_arguments)]
fn features_given(
    p: &Prepared,
    sentence: usize,
    i: usize,
    tags: &[u8],
    remembered: Option<u8>,
    elsewhere: Option<u8>,
    forget_word: bool,
    out: &mut Vec<u32>,
) {
    let statics = static_features(p, sentence, i);
    assemble(
        p,
        sentence,
        i,
        tags,
        remembered,
        elsewhere,
        forget_word,
        &statics,
        out,
    );
}

/// The number of features that depend on the text alone.
const STATICS: usize = 28;

/// The neighbourhood of token `i` in its sentence, as the features name it.
struct Around<'p> {
    p: &'p Prepared<'p>,
    i: usize,
    range: Range<usize>,
    headline: bool,
}

impl<'p> Around<'p> {
    fn new(p: &'p Prepared<'p>, sentence: usize, i: usize) -> Option<Around<'p>> {
        let range = p.sentences.get(sentence)?.clone();
        let headline = p.headline.get(sentence).copied().unwrap_or(false);
        Some(Around {
            p,
            i,
            range,
            headline,
        })
    }

    /// The token at `offset` from `i`, if inside the sentence.
    #[inline]
    fn at(&self, offset: isize) -> Option<usize> {
        let j = self.i as isize + offset;
        (j >= self.range.start as isize && j < self.range.end as isize).then_some(j as usize)
    }

    #[inline]
    fn word(&self, offset: isize) -> &'p str {
        match self.at(offset) {
            Some(j) => self.p.lower(j),
            None if offset < 0 => "<s>",
            None => "</s>",
        }
    }

    #[inline]
    fn shape(&self, offset: isize) -> &'p str {
        self.at(offset).map_or("-", |j| self.p.shape(j))
    }

    /// The shape of the token itself ("HL" in a headline).
    #[inline]
    fn own_shape(&self) -> &'p str {
        if self.headline {
            "HL"
        } else {
            self.shape(0)
        }
    }

    #[inline]
    fn position(&self) -> &'static str {
        if self.i == self.range.start {
            "first"
        } else {
            "later"
        }
    }

    #[inline]
    fn gaz(&self, offset: isize) -> &'static str {
        self.at(offset).map_or("-", |j| {
            ["-", "Bc", "Br", "Bt", "Ic", "Ir", "It"][self.p.gaz[j] as usize]
        })
    }

    #[inline]
    fn common(&self) -> &'static str {
        if self.p.common[self.p.word_id[self.i] as usize] {
            "common"
        } else {
            "rare"
        }
    }

    #[inline]
    fn lexical(&self, offset: isize) -> &'static str {
        self.at(offset)
            .map_or("<>", |j| self.p.lexical[self.p.word_id[j] as usize])
    }
}

/// The features of token `i` that depend on the text alone (the same in
/// both passes), in their order.
fn static_features(p: &Prepared, sentence: usize, i: usize) -> [u32; STATICS] {
    let Some(a) = Around::new(p, sentence, i) else {
        return [0; STATICS];
    };
    let w = a.word(0);
    let s = a.own_shape();
    let position = a.position();
    let common = a.common();
    let title_before = i > a.range.start && p.title[p.word_id[i - 1] as usize];
    let hl = if a.headline { "HL" } else { "-" };
    [
        hash(0, &[]),
        hash(32, &[a.lexical(0), s]),
        hash(33, &[a.lexical(-1), a.lexical(0), a.lexical(1)]),
        hash(35, &[a.lexical(0), a.word(-1)]),
        hash(36, &[a.lexical(0), s, position]),
        hash(30, &[a.shape(-1), s, a.shape(1)]),
        hash(2, &[a.word(-1)]),
        hash(3, &[a.word(1)]),
        hash(4, &[a.word(-2)]),
        hash(5, &[a.word(2)]),
        hash(6, &[s]),
        hash(7, &[a.shape(-1)]),
        hash(8, &[a.shape(1)]),
        hash(17, &[position, s, common]),
        hash(18, &[a.word(-1), s]),
        hash(19, &[s, a.word(1)]),
        hash(20, &[a.gaz(0)]),
        hash(21, &[a.gaz(-1), a.gaz(0), a.gaz(1)]),
        hash(28, &[if title_before { "title" } else { "-" }, s]),
        hash(1, &[w]),
        hash(9, &[suffix(w, 3)]),
        hash(10, &[suffix(w, 2)]),
        hash(11, &[prefix(w, 3)]),
        hash(12, &[suffix(w, 4)]),
        hash(24, &[hl, w]),
        hash(25, &[p.words[i]]),
        hash(26, &[a.word(-1), w]),
        hash(27, &[w, a.word(1)]),
    ]
}

/// All the features of token `i` in their order: the static ones (from
/// [`static_features`]) and those that depend on the tags so far, the
/// memory and the first pass.
#[allow(clippy::too_many_arguments)]
fn assemble(
    p: &Prepared,
    sentence: usize,
    i: usize,
    tags: &[u8],
    remembered: Option<u8>,
    elsewhere: Option<u8>,
    forget_word: bool,
    st: &[u32; STATICS],
    out: &mut Vec<u32>,
) {
    out.clear();
    let Some(a) = Around::new(p, sentence, i) else {
        return;
    };
    let tag_at = |offset: usize| -> &str {
        if i < a.range.start + offset {
            "<s>"
        } else {
            TAG_NAMES[tags[i - offset] as usize]
        }
    };
    let s = a.own_shape();
    let position = a.position();
    let remembered = remembered.map_or("-", |t| TAG_NAMES[t as usize]);
    let elsewhere = elsewhere.map_or("-", |t| TAG_NAMES[t as usize]);
    out.extend_from_slice(&st[0..3]);
    out.push(hash(34, &[a.lexical(0), s, tag_at(1)]));
    out.extend_from_slice(&st[3..6]);
    out.push(hash(31, &[a.common(), s, tag_at(1)]));
    out.extend_from_slice(&st[6..13]);
    out.push(hash(13, &[tag_at(1)]));
    out.push(hash(14, &[tag_at(1), tag_at(2)]));
    out.push(hash(16, &[tag_at(1), s]));
    out.extend_from_slice(&st[13..18]);
    out.push(hash(37, &[elsewhere]));
    out.push(hash(38, &[elsewhere, s, position]));
    out.push(hash(22, &[remembered]));
    out.push(hash(23, &[remembered, s]));
    out.push(st[18]);
    out.push(hash(29, &[a.gaz(0), s, tag_at(1)]));
    if forget_word {
        return;
    }
    out.extend_from_slice(&st[19..24]);
    out.push(hash(15, &[tag_at(1), a.word(0)]));
    out.extend_from_slice(&st[24..28]);
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
    // two passes: the second knows what the first made of each word anywhere
    // in the document (a name in a headline or at a sentence's start is read
    // like the same name elsewhere)
    let statics = all_static_features(p);
    let (first, _) = pass_by_word(p, weights, &vec![UNKNOWN; p.distinct()], &statics);
    pass_by_word(p, weights, &summarize_by_word(p, &first), &statics)
}

/// One greedy pass, given what a previous pass made of the document's words.
pub fn pass<W: Weights>(
    p: &Prepared,
    weights: &W,
    document: &HashMap<String, u8>,
) -> (Vec<u8>, Vec<f32>) {
    let by_word: Vec<u8> = (0..p.distinct())
        .map(|id| document.get(p.word_of(id)).copied().unwrap_or(UNKNOWN))
        .collect();
    pass_by_word(p, weights, &by_word, &all_static_features(p))
}

/// The static features of every token, computed once for both passes.
fn all_static_features(p: &Prepared) -> Vec<[u32; STATICS]> {
    let mut statics = vec![[0; STATICS]; p.words.len()];
    for (sentence, range) in p.sentences.iter().enumerate() {
        for i in range.clone() {
            statics[i] = static_features(p, sentence, i);
        }
    }
    statics
}

/// No tag known for a word (in the arrays indexed by word number).
const UNKNOWN: u8 = u8::MAX;

fn known(tag: u8) -> Option<u8> {
    (tag != UNKNOWN).then_some(tag)
}

/// [`pass`] with the first pass's summary indexed by word number.
fn pass_by_word<W: Weights>(
    p: &Prepared,
    weights: &W,
    document: &[u8],
    statics: &[[u32; STATICS]],
) -> (Vec<u8>, Vec<f32>) {
    let mut tags = vec![0u8; p.words.len()];
    let mut margins = vec![0f32; p.words.len()];
    // what the document tagged each word so far (see `remember`)
    let mut memory = vec![UNKNOWN; p.distinct()];
    let mut buffer = Vec::with_capacity(48);
    for (sentence, range) in p.sentences.iter().enumerate() {
        for i in range.clone() {
            crate::work::step(1);
            let id = p.word_id[i] as usize;
            assemble(
                p,
                sentence,
                i,
                &tags,
                known(memory[id]),
                known(document[id]),
                false,
                &statics[i],
                &mut buffer,
            );
            let mut scores = [0f32; TAGS];
            for &f in &buffer {
                weights.add(f, &mut scores);
            }
            let previous = if i > range.start { tags[i - 1] } else { 0 };
            let (best, margin) = best_tag(&scores, previous, p.can_begin(i));
            tags[i] = best;
            margins[i] = margin;
            if p.name_like[i] {
                memory[id] = general(best);
            }
        }
    }
    (tags, margins)
}

/// What a pass made of each capitalised word: its most frequent type (as a
/// `B-` tag), preferring occurrences that do not start a sentence.
pub fn summarize(p: &Prepared, tags: &[u8]) -> HashMap<String, u8> {
    summarize_by_word(p, tags)
        .into_iter()
        .enumerate()
        .filter(|&(_, tag)| tag != UNKNOWN)
        .map(|(id, tag)| (p.word_of(id).to_string(), tag))
        .collect()
}

/// [`summarize`] indexed by word number ([`UNKNOWN`]: never capitalised).
fn summarize_by_word(p: &Prepared, tags: &[u8]) -> Vec<u8> {
    let mut counts = vec![[0u32; 5]; p.distinct()];
    for (sentence, range) in p.sentences.iter().enumerate() {
        let headline = p.headline.get(sentence).copied().unwrap_or(false);
        for i in range.clone() {
            crate::work::step(1);
            if !p.name_like[i] {
                continue;
            }
            let weight = if i == range.start || headline { 1 } else { 3 };
            let slot = type_of(tags[i]).map_or(0, |t| t + 1);
            counts[p.word_id[i] as usize][slot] += weight;
        }
    }
    counts
        .iter()
        .map(|count| {
            if count.iter().all(|&c| c == 0) {
                return UNKNOWN;
            }
            let best = (0..5)
                .max_by_key(|&k| (count[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            if best == 0 {
                0
            } else {
                begin(best - 1)
            }
        })
        .collect()
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

/// What the document remembers of a tag: its type as a `B-` tag, or `O`.
fn general(tag: u8) -> u8 {
    match type_of(tag) {
        Some(t) => begin(t),
        None => 0,
    }
}

/// Records what a capitalised word was tagged, for its later mentions.
pub fn remember(p: &Prepared, i: usize, tag: u8, memory: &mut HashMap<String, u8>) {
    if p.name_like[i] {
        memory.insert(p.lower(i).to_string(), general(tag));
    }
}

/// The weight table's codes are stored range coded (an adaptive binary
/// range coder as in LZMA), which halves what gzip makes of them: most
/// codes are zero, a row's weights sum to about zero (every perceptron
/// update adds one to a tag and takes one from another), and small
/// magnitudes are far more frequent than large ones, all of which an
/// adaptive model of each bit in its context captures and gzip's byte-wise
/// Huffman coding does not. [`code_table`] walks the table once, the same
/// way for writing (`examples/train_names.rs`) and reading ([`Model::parse`]),
/// so the two cannot disagree.
pub trait BitCoder {
    /// Codes one bit with the adaptive probability `probability` (of a 0,
    /// out of [`PROBABILITY_ONE`]): a writer writes `bit` and returns it,
    /// a reader ignores `bit` and returns the bit it reads.
    fn bit(&mut self, probability: &mut u16, bit: bool) -> bool;
}

/// Probabilities are 15-bit numbers (LZMA's 11 bits cannot say "almost
/// never" precisely enough for the magnitudes' high bits).
const PROBABILITY_BITS: u32 = 15;
/// Probability one.
pub const PROBABILITY_ONE: u32 = 1 << PROBABILITY_BITS;
/// How fast a probability adapts: by 1/32 of the distance per bit.
const ADAPT: u32 = 5;

#[inline]
fn adapt(probability: &mut u16, bit: bool) {
    let p = u32::from(*probability);
    *probability = if bit {
        p - (p >> ADAPT)
    } else {
        p + ((PROBABILITY_ONE - p) >> ADAPT)
    } as u16;
}

/// Writes bits (`examples/train_names.rs` uses it to write the model).
pub struct RangeEncoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    /// The coded bytes so far.
    pub out: Vec<u8>,
}

impl Default for RangeEncoder {
    fn default() -> Self {
        RangeEncoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
            out: Vec::new(),
        }
    }
}

impl RangeEncoder {
    fn shift_low(&mut self) {
        if self.low < 0xff00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xff;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00ff_ffff) << 8;
    }

    /// Flushes the coder: the bytes are complete.
    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

impl BitCoder for RangeEncoder {
    fn bit(&mut self, probability: &mut u16, bit: bool) -> bool {
        let bound = (self.range >> PROBABILITY_BITS) * u32::from(*probability);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(probability, bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift_low();
        }
        bit
    }
}

/// Reads bits; past the end of its bytes it reads zeros (a broken file
/// gives wrong weights, never a panic).
pub struct RangeDecoder<'b> {
    code: u32,
    range: u32,
    bytes: std::slice::Iter<'b, u8>,
}

impl<'b> RangeDecoder<'b> {
    /// A decoder of `bytes`, as [`RangeEncoder::finish`] wrote them.
    pub fn new(bytes: &'b [u8]) -> RangeDecoder<'b> {
        let mut decoder = RangeDecoder {
            code: 0,
            range: u32::MAX,
            bytes: bytes.iter(),
        };
        for _ in 0..5 {
            decoder.code = (decoder.code << 8) | decoder.next_byte();
        }
        decoder
    }

    #[inline]
    fn next_byte(&mut self) -> u32 {
        self.bytes.next().map_or(0, |&b| u32::from(b))
    }
}

impl BitCoder for RangeDecoder<'_> {
    #[inline]
    fn bit(&mut self, probability: &mut u16, _: bool) -> bool {
        let bound = (self.range >> PROBABILITY_BITS) * u32::from(*probability);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(probability, bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.next_byte();
        }
        bit
    }
}

/// Writes (`coder` a [`RangeEncoder`]) or reads (a [`RangeDecoder`], into a
/// zeroed `table`) the table's codes, row by row. Per row: whether it has
/// any nonzero code; then per code whether it is nonzero (in the context of
/// its tag, how many of the row's codes before it are nonzero and the sign
/// of their sum), its sign (tag, sign of the sum) and its magnitude 1–128
/// (-128, the exceptions' mark, is magnitude 128) as seven bits of a binary
/// tree (tag, sign, size of the sum).
pub fn code_table<C: BitCoder>(coder: &mut C, table: &mut [u8]) {
    const HALF: u16 = (PROBABILITY_ONE / 2) as u16;
    let mut any_row = HALF;
    let mut nonzero = [[[[HALF; 8]; 3]; 4]; TAGS];
    let mut negative = [[HALF; 3]; TAGS];
    let mut magnitude = vec![[[[HALF; 128]; 4]; 2]; TAGS];
    for row in table.chunks_exact_mut(TAGS) {
        let any = row.iter().any(|&c| c != 0);
        if !coder.bit(&mut any_row, any) {
            row.fill(0);
            continue;
        }
        let mut sum = 0i32;
        let mut count = 0usize;
        for t in 0..TAGS {
            let code = row[t] as i8;
            let sum_sign = (sum.signum() + 1) as usize;
            // 0, 1, 2–3, 4–7, ... 64 and more
            let size = (u32::BITS - sum.unsigned_abs().leading_zeros()).min(7) as usize;
            // the last code of a row with none so far is known to be nonzero
            let is_nonzero = if t + 1 == TAGS && count == 0 {
                true
            } else {
                coder.bit(&mut nonzero[t][count.min(3)][sum_sign][size], code != 0)
            };
            if !is_nonzero {
                row[t] = 0;
                continue;
            }
            let is_negative = coder.bit(&mut negative[t][sum_sign], code < 0);
            let probabilities = &mut magnitude[t][usize::from(is_negative)]
                [(sum.unsigned_abs() as usize / 4).min(3)];
            // magnitude - 1 in 0..=127, most significant bit first
            let wanted = u32::from(code.unsigned_abs()).wrapping_sub(1) & 127;
            let mut node = 1usize;
            for shift in (0..7).rev() {
                let bit = coder.bit(&mut probabilities[node], wanted >> shift & 1 == 1);
                node = node * 2 + usize::from(bit);
            }
            let value = (node - 128 + 1) as i32;
            let value = if is_negative { -value } else { value };
            // +128 does not fit: both signs of magnitude 128 are the mark
            let value = value.clamp(-128, 127) as i8;
            row[t] = value as u8;
            sum += i32::from(value);
            count += 1;
        }
    }
}

/// The committed weights, decoded once from the embedded file.
pub struct Model {
    mask: u32,
    step: f32,
    /// Per row: 0, or 1 + the index in `exception_rows` of the row decoded.
    exception_slot: Vec<u32>,
    /// The rows holding an exception, decoded once.
    exception_rows: Vec<[f32; TAGS]>,
    table: Box<[u8]>,
}

static MODEL_FILE: &[u8] = include_bytes!("../../data/names.model");

/// The magic line that ends the model file's text header.
pub const MAGIC: &[u8] = b"AANAMES2\n";

impl Model {
    /// Reads a model file: a text header ending in [`MAGIC`], then `bits`
    /// (u8), the step (f32 LE), the number of exceptions (u32 LE) and the
    /// exceptions (weight f32 LE, in the order of the table's -128 codes,
    /// which mark where they go), then `2^bits * TAGS` i8 weights in steps,
    /// -128 meaning "the next exception",
    /// range coded by [`code_table`].
    pub fn parse(bytes: &[u8]) -> Option<Model> {
        let at = bytes.windows(MAGIC.len()).position(|w| w == MAGIC)? + MAGIC.len();
        let bits = u32::from(*bytes.get(at)?);
        let word = |from: usize| -> Option<[u8; 4]> { bytes.get(from..from + 4)?.try_into().ok() };
        let step = f32::from_le_bytes(word(at + 1)?);
        let count = u32::from_le_bytes(word(at + 5)?) as usize;
        let mut exceptions = Vec::with_capacity(count.min(1 << 16));
        let mut from = at + 9;
        for _ in 0..count {
            exceptions.push(f32::from_le_bytes(word(from)?));
            from += 4;
        }
        if bits > 24 {
            return None;
        }
        let mut table = vec![0u8; (1usize << bits) * TAGS].into_boxed_slice();
        code_table(&mut RangeDecoder::new(bytes.get(from..)?), &mut table);
        // every row with a -128 code, decoded: a weight is its code times
        // the step, or the next exception (0 if the file lists too few)
        let mut exception_slot = vec![0u32; 1 << bits];
        let mut exception_rows = Vec::new();
        let mut next_exception = exceptions.iter();
        for (row, codes) in table.chunks_exact(TAGS).enumerate() {
            if !codes.contains(&0x80) {
                continue;
            }
            let mut weights = [0f32; TAGS];
            for (weight, &code) in weights.iter_mut().zip(codes) {
                *weight = if code == 0x80 {
                    next_exception.next().copied().unwrap_or(0.0)
                } else {
                    f32::from(code as i8) * step
                };
            }
            exception_rows.push(weights);
            exception_slot[row] = exception_rows.len() as u32;
        }
        Some(Model {
            mask: (1 << bits) - 1,
            step,
            exception_slot,
            exception_rows,
            table,
        })
    }

    /// The embedded model (`None` only if the file is broken).
    pub fn embedded() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(MODEL_FILE)).as_ref()
    }
}

impl Weights for Model {
    #[inline]
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        let row = (feature & self.mask) as usize;
        let slot = self.exception_slot.get(row).copied().unwrap_or(0) as usize;
        if slot > 0 {
            if let Some(weights) = self.exception_rows.get(slot - 1) {
                for (score, weight) in scores.iter_mut().zip(weights) {
                    *score += weight;
                }
            }
        } else if let Some(codes) = self.table.get(row * TAGS..row * TAGS + TAGS) {
            for (score, &code) in scores.iter_mut().zip(codes) {
                *score += f32::from(code as i8) * self.step;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "WASHINGTON — President Joe Biden met Xi Jinping in the United States \
        on Monday.\nThe Hague and New York City welcomed Côte d’Ivoire’s envoy, said Biden; \
        iPhone maker Apple and apple growers in ΟΔΟΣ Σ agreed. The\n";

    /// The slow path training uses: hash maps of strings, `features` and
    /// `remember`, as the tagger was first written.
    fn tag_with_maps(p: &Prepared, model: &Model) -> (Vec<u8>, Vec<f32>) {
        let mut document = HashMap::new();
        let mut result = (Vec::new(), Vec::new());
        for _ in 0..2 {
            let mut tags = vec![0u8; p.words.len()];
            let mut margins = vec![0f32; p.words.len()];
            let mut memory = HashMap::new();
            let mut buffer = Vec::new();
            for (sentence, range) in p.sentences.iter().enumerate() {
                for i in range.clone() {
                    features(
                        p,
                        sentence,
                        i,
                        &tags,
                        &memory,
                        &document,
                        false,
                        &mut buffer,
                    );
                    let mut scores = [0f32; TAGS];
                    for &f in &buffer {
                        model.add(f, &mut scores);
                    }
                    let previous = if i > range.start { tags[i - 1] } else { 0 };
                    (tags[i], margins[i]) = best_tag(&scores, previous, p.can_begin(i));
                    remember(p, i, tags[i], &mut memory);
                }
            }
            document = summarize(p, &tags);
            result = (tags, margins);
        }
        result
    }

    #[test]
    fn word_numbers_tag_like_maps_of_strings() {
        let model = Model::embedded().expect("the embedded model parses");
        let doc = Document::new(TEXT);
        let p = Prepared::new(&doc);
        let (tags, margins) = tag(&p, model);
        let (expected_tags, expected_margins) = tag_with_maps(&p, model);
        assert_eq!(tags, expected_tags);
        assert_eq!(margins, expected_margins);
        assert!(tags.iter().any(|&t| t != 0), "some names are found");
    }

    #[test]
    fn gazetteer_classes_match_whole_name_lookups() {
        let doc = Document::new(TEXT);
        let p = Prepared::new(&doc);
        let g = gazetteer();
        let mut expected = vec![0u8; p.words.len()];
        for range in &p.sentences {
            let mut i = range.start;
            while i < range.end {
                let mut found = 0;
                if is_capitalized(p.words[i]) {
                    for n in (1..=g.max_words.min(range.end - i)).rev() {
                        if let Some(&first) = g.lookup(&p.words[i..i + n].join(" ")).first() {
                            let class = match g.places[first as usize].feature_class {
                                "country" => 1,
                                "region" | "continent" => 2,
                                _ => 3,
                            };
                            expected[i] = class;
                            expected[i + 1..i + n].fill(class + 3);
                            found = n;
                            break;
                        }
                    }
                }
                i += found.max(1);
            }
        }
        assert_eq!(p.gaz, expected);
        assert!(
            expected.contains(&1) && expected.contains(&3),
            "{expected:?}"
        );
    }

    #[test]
    fn range_coded_tables_decode_to_what_was_written() {
        // a table like the model's: mostly zero rows, small codes, the
        // exceptions' mark, the extremes; and a long run of empty rows,
        // which drives the probabilities to their extremes
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let table: Vec<u8> = (0..8192 * TAGS)
            .map(|at| {
                if at < 4096 * TAGS {
                    return 0;
                }
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                match seed % 16 {
                    0..=9 => 0,
                    10 => 0x80,
                    11 => 127,
                    12 => (-127i8) as u8,
                    _ => ((seed >> 8) % 9) as u8 ^ 0xfc,
                }
            })
            .collect();
        let mut encoder = RangeEncoder::default();
        code_table(&mut encoder, &mut table.clone());
        let bytes = encoder.finish();
        assert!(bytes.len() < table.len() / 2, "{} bytes", bytes.len());
        let mut decoded = vec![0u8; table.len()];
        code_table(&mut RangeDecoder::new(&bytes), &mut decoded);
        assert_eq!(decoded, table);
        // a truncated file decodes to something, without a panic
        let mut broken = vec![0u8; table.len()];
        code_table(
            &mut RangeDecoder::new(&bytes[..bytes.len() / 3]),
            &mut broken,
        );
        assert_ne!(broken, table);
    }

    #[test]
    fn decoded_rows_keep_every_exact_weight() {
        let model = Model::embedded().expect("the embedded model parses");
        // the exceptions as the file lists them, in the order of the marks
        let at = MODEL_FILE
            .windows(MAGIC.len())
            .position(|w| w == MAGIC)
            .unwrap()
            + MAGIC.len();
        let count = u32::from_le_bytes(MODEL_FILE[at + 5..at + 9].try_into().unwrap()) as usize;
        let exceptions: Vec<f32> = (0..count)
            .map(|k| {
                let from = at + 9 + 4 * k;
                f32::from_le_bytes(MODEL_FILE[from..from + 4].try_into().unwrap())
            })
            .collect();
        assert!(!exceptions.is_empty());
        let marks = model.table.iter().filter(|&&code| code == 0x80).count();
        assert_eq!(marks, exceptions.len(), "one exception per mark");
        let mut next_exception = exceptions.iter();
        for row in 0..=model.mask as usize {
            let mut scores = [0f32; TAGS];
            model.add(row as u32, &mut scores);
            for (t, &score) in scores.iter().enumerate() {
                let expected = match model.table[row * TAGS + t] {
                    0x80 => *next_exception.next().unwrap(),
                    code => f32::from(code as i8) * model.step,
                };
                assert_eq!(score.to_bits(), expected.to_bits(), "row {row} tag {t}");
            }
        }
    }
}
