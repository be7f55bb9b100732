//! Trains the names tagger and writes `src/data/names.model`.
//!
//! ```text
//! cargo run --release --example train_names -- ../shared/corpora/conll2003_train.jsonl
//! ```
//!
//! Train on CoNLL-2003 train only (never dev or test). An averaged perceptron,
//! greedy left to right with the tags it predicted itself as history (as at
//! inference), over the features of `names::tagger::features`; the averaged
//! weights are quantized to one byte each, an i8 step, the few
//! largest kept exactly as exceptions, and the bytes range coded
//! (`names::tagger::code_table`). Deterministic: the documents
//! are shuffled with a fixed seed.

use std::collections::HashMap;
use std::io::{BufRead, Write};

use article_annotator::document::Document;
use article_annotator::extract::names::tagger::{
    begin, best_tag, code_table, features, inside, pass, remember, summarize, tag, Prepared,
    RangeEncoder, Weights, MAGIC, TAGS, TYPES,
};

/// log2 of the rows of the hashed weight table.
const BITS: u32 = 15;
/// Averaged weights smaller than this are dropped (most of the table: it
/// compresses well and loses little).
const PRUNE: f32 = 2.0;
const EPOCHS: usize = 12;
/// The share (in per cent) of capitalised words whose own features are hidden.
const DROPOUT_PERCENT: u64 = 25;

struct Training {
    weights: Vec<f32>,
    totals: Vec<f32>,
    stamps: Vec<u32>,
    clock: u32,
    mask: u32,
}

impl Weights for Training {
    fn add(&self, feature: u32, scores: &mut [f32; TAGS]) {
        let row = (feature & self.mask) as usize * TAGS;
        for (t, score) in scores.iter_mut().enumerate() {
            *score += self.weights[row + t];
        }
    }
}

impl Training {
    fn update(&mut self, feature: u32, tag: usize, delta: f32) {
        let at = (feature & self.mask) as usize * TAGS + tag;
        self.totals[at] += (self.clock - self.stamps[at]) as f32 * self.weights[at];
        self.stamps[at] = self.clock;
        self.weights[at] += delta;
    }

    fn averaged(&self) -> Vec<f32> {
        (0..self.weights.len())
            .map(|at| {
                let total =
                    self.totals[at] + (self.clock - self.stamps[at]) as f32 * self.weights[at];
                total / self.clock.max(1) as f32
            })
            .collect()
    }
}

struct Example {
    text: String,
    spans: Vec<(String, usize, usize)>,
}

fn gold_tags(doc: &Document, spans: &[(String, usize, usize)]) -> Vec<u8> {
    // code point offsets → bytes
    let mut byte_of: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(doc.text.len());
    let mut tags = vec![0u8; doc.tokens.len()];
    for (kind, start, end) in spans {
        let Some(t) = TYPES.iter().position(|k| k == kind) else {
            continue;
        };
        let (Some(&start), Some(&end)) = (byte_of.get(*start), byte_of.get(*end)) else {
            continue;
        };
        let mut first = true;
        for (i, token) in doc.tokens.iter().enumerate() {
            if token.span.start >= start && token.span.start < end {
                tags[i] = if first { begin(t) } else { inside(t) };
                first = false;
            }
        }
    }
    tags
}

fn read(path: &str) -> Vec<Example> {
    let file = std::fs::File::open(path).expect("corpus");
    let mut examples = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("line");
        let value: serde_json::Value = serde_json::from_str(&line).expect("json");
        let text = value["text"].as_str().unwrap_or("").to_string();
        let spans = value["spans"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        (
                            s["type"].as_str().unwrap_or("").to_string(),
                            s["start"].as_u64().unwrap_or(0) as usize,
                            s["end"].as_u64().unwrap_or(0) as usize,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        examples.push(Example { text, spans });
    }
    examples
}

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // NAMES_BITS, NAMES_PRUNE, NAMES_EPOCHS and NAMES_DROPOUT override the
    // defaults, for experiments
    let bits: u32 = setting("NAMES_BITS", BITS);
    let prune: f32 = setting("NAMES_PRUNE", PRUNE);
    let epochs: usize = setting("NAMES_EPOCHS", EPOCHS);
    let dropout_percent: u64 = setting("NAMES_DROPOUT", DROPOUT_PERCENT);
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpora/conll2003_train.jsonl".into());
    let out = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "src/data/names.model".into());
    let examples = read(&path);
    let size = (1usize << bits) * TAGS;
    let mut model = Training {
        weights: vec![0.0; size],
        totals: vec![0.0; size],
        stamps: vec![0; size],
        clock: 0,
        mask: (1 << bits) - 1,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut buffer = Vec::new();
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed xorshift
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let (mut right, mut total) = (0usize, 0usize);
        for &e in &order {
            let example = &examples[e];
            let doc = Document::new(&example.text);
            // the linked table's places only: see `places::is_region`
            let p = Prepared::for_training(&doc);
            let gold = gold_tags(&doc, &example.spans);
            // the first pass, as at inference, tells the second what it made
            // of each word anywhere in the document
            let (first, _) = pass(&p, &model, &HashMap::new());
            let document = summarize(&p, &first);
            let mut tags = vec![0u8; p.words.len()];
            let mut memory: HashMap<String, u8> = HashMap::new();
            for (sentence, range) in p.sentences.iter().enumerate() {
                for i in range.clone() {
                    // word dropout: now and then hide a capitalised word
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let forget = seed % 100 < dropout_percent
                        && p.words[i].chars().next().is_some_and(char::is_uppercase);
                    features(
                        &p,
                        sentence,
                        i,
                        &tags,
                        &memory,
                        &document,
                        forget,
                        &mut buffer,
                    );
                    let mut scores = [0f32; TAGS];
                    for &f in &buffer {
                        model.add(f, &mut scores);
                    }
                    let previous = if i > range.start { tags[i - 1] } else { 0 };
                    let (guess, _) = best_tag(&scores, previous, p.can_begin(i));
                    model.clock += 1;
                    let truth = gold[i];
                    if guess != truth {
                        for &f in &buffer {
                            model.update(f, truth as usize, 1.0);
                            model.update(f, guess as usize, -1.0);
                        }
                    } else {
                        right += 1;
                    }
                    total += 1;
                    tags[i] = guess;
                    remember(&p, i, guess, &mut memory);
                }
            }
        }
        eprintln!(
            "epoch {epoch}: token accuracy {:.4}",
            right as f64 / total as f64
        );
    }
    let averaged: Vec<f32> = model
        .averaged()
        .into_iter()
        .map(|w| if w.abs() < prune { 0.0 } else { w })
        .collect();
    // linear i8 codes with one step, set so the 99.9th percentile of |w| is
    // code 127; the few larger weights get code -128 and an exact f32 in a
    // sorted list of exceptions (the bias-like weights are large and need
    // absolute precision, the many small ones need only a fine step)
    let mut magnitudes: Vec<f32> = averaged.iter().map(|w| w.abs()).collect();
    magnitudes.sort_by(f32::total_cmp);
    let clip = magnitudes[((magnitudes.len() - 1) as f64 * 0.999) as usize].max(1e-3);
    let step = clip / 127.0;
    let mut exceptions: Vec<(u32, f32)> = Vec::new();
    let quantized: Vec<u8> = averaged
        .iter()
        .enumerate()
        .map(|(at, &w)| {
            let q = (w / step).round();
            if q.abs() > 127.0 {
                exceptions.push((at as u32, w));
                0x80
            } else {
                (q as i8) as u8
            }
        })
        .collect();
    if let Ok(dev) = std::env::var("NAMES_DEV") {
        let quantized_model = Training {
            weights: quantized
                .iter()
                .enumerate()
                .map(|(at, &b)| match b {
                    0x80 => exceptions
                        .iter()
                        .find(|e| e.0 == at as u32)
                        .map_or(0.0, |e| e.1),
                    _ => f32::from(b as i8) * step,
                })
                .collect(),
            totals: Vec::new(),
            stamps: Vec::new(),
            clock: 0,
            mask: model.mask,
        };
        let float_model = Training {
            weights: averaged.clone(),
            totals: Vec::new(),
            stamps: Vec::new(),
            clock: 0,
            mask: model.mask,
        };
        for (label, m) in [("float", &float_model), ("i8", &quantized_model)] {
            let (mut right, mut total, mut entity_right, mut entity_total) = (0, 0, 0, 0);
            for example in read(&dev) {
                let doc = Document::new(&example.text);
                let p = Prepared::new(&doc);
                let gold = gold_tags(&doc, &example.spans);
                let (tags, _) = tag(&p, m);
                for (g, t) in gold.iter().zip(&tags) {
                    right += usize::from(g == t);
                    total += 1;
                    if *g != 0 {
                        entity_right += usize::from(g == t);
                        entity_total += 1;
                    }
                }
            }
            eprintln!(
                "dev {label}: token accuracy {:.4}, on name tokens {:.4}",
                right as f64 / total as f64,
                entity_right as f64 / entity_total as f64
            );
        }
    }
    let mut file = std::fs::File::create(&out).expect("model file");
    let header = format!(
        "# article-annotator names tagger: averaged perceptron, {TAGS} tags, 2^{bits} hashed rows of i8 (and exceptions), range coded.\n\
         # Trained by examples/train_names.rs on CoNLL-2003 English train (Tjong Kim Sang & De Meulder 2003),\n\
         # {epochs} epochs, word dropout {dropout_percent}%, weights under {prune} dropped; the weights are a derived work for research and evaluation (see README).\n"
    );
    file.write_all(header.as_bytes()).expect("write");
    file.write_all(MAGIC).expect("write");
    file.write_all(&[bits as u8]).expect("write");
    file.write_all(&step.to_le_bytes()).expect("write");
    file.write_all(&(exceptions.len() as u32).to_le_bytes())
        .expect("write");
    // in table order: the -128 codes say where each goes
    for (_, value) in &exceptions {
        file.write_all(&value.to_le_bytes()).expect("write");
    }
    let mut encoder = RangeEncoder::default();
    code_table(&mut encoder, &mut quantized.clone());
    file.write_all(&encoder.finish()).expect("write");
    eprintln!(
        "wrote {out}: {} nonzero",
        quantized.iter().filter(|&&b| b != 0).count()
    );
}
