//! Names: people, places and organisations.
//!
//! **Finds** proper names and classifies them as person, place, organisation
//! or other, with a learned tagger ([`tagger`]: a greedy averaged perceptron
//! over hashed features of the word, its shape, its neighbours, the GeoNames
//! gazetteer, word lists of given names, surnames and common words, and the
//! document's earlier decisions) trained on CoNLL-2003 train only. Then rules
//! fix what a news reader expects:
//!
//! - titles and honorifics ("Mr.", "President") are evidence but stay outside
//!   the span, and give the person's gender where they tell it (else the
//!   given name, else a pronoun right after the name);
//! - a possessive stops the name ("Biden's" → "Biden": the tokenizer splits it),
//!   and so do a lower-case word the tagger ran into ("Mr. Obama said") and
//!   a headline's reporting verb ("Obama Says Museum Will Tell");
//! - a surname or given name just before a person's name joins it ("President
//!   Xi Jinping"), a given name takes the capitalised word after it ("Steve
//!   Jobs"), a word of a person already named is that person ("Jobs"), and a
//!   given name followed by a listed surname is a person ("Khaled Hosseini");
//! - capitalised words ending in a place word are one place ("Nassau County",
//!   "Xinjiang Uighur Autonomous Region", linked to Xinjiang); after "in",
//!   "near", ... an unknown name or a city taken for a team is a place, and
//!   so are capitalised words the tagger left out ("a manor in Marszew"); a
//!   name before a comma and a known region or country is a place ("Sandy Hook,
//!   Maryland"); a known city the tagger took for an organisation is a place
//!   when prose runs into it ("the train left Philadelphia"), not before a
//!   score (CoNLL's sports pages name teams by their city);
//! - a name ending in a company's word ("Apple Computer", "Motors") is an
//!   organisation, a place after "University of" / "Bank of" is part of the
//!   organisation, and an office inside a span ("Apple Computer CEO Steve
//!   Jobs") splits it into an organisation and a person;
//! - then the place rules (`names/place_rules.rs`): a definition or "the village of"
//!   makes a place, one reading per place name in the article, organisations
//!   and teams named after a place are no place;
//! - every place is linked to a GeoNames record ([`places`]), chosen by the
//!   country named next to it ("Paris, Texas"), the countries of the
//!   article's other places, whether it is a capital (metonymic "Washington"
//!   is the capital, not the state), its kind (countries first) and population;
//! - organisations (and a hand list of companies and bodies news names bare:
//!   Google, Amazon, NATO) are reported as [`Payload::Organization`], so they
//!   block overlapping people and places; "other" names (demonyms like
//!   "French", nationalities, events) and plural groups ("Muslims") are not
//!   reported at all.
//!
//! **Misses**: names the model has never seen in an unusual context (bands,
//! albums and organisations in Wikipedia prose are often taken for people),
//! title-case headlines, places smaller than the gazetteer's cities (found,
//! but left unlinked: GeoNames id 0, feature class `unknown`, no coordinates),
//! and names inside a token ("U.S.-based" is one token).

use std::collections::{HashMap, HashSet};

use super::{Context, Extractor, Gender, Mention, Payload, PersonMention};
use crate::document::{Document, TokenKind};
use crate::result::PlaceInfo;
use crate::span::Span;

mod place_rules;
pub mod places;
mod rules;
pub mod tagger;

use places::gazetteer;
use tagger::{type_of, Model, Prepared};

/// Finds people, places and organisations.
pub struct Names;

impl Extractor for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn extract(&self, doc: &Document, _context: &Context) -> Vec<Mention> {
        find(doc)
    }
}

/// The most tokens one name may have.
const MAX_NAME_TOKENS: usize = 7;

/// Titles before a name that tell its gender.
const MALE_TITLES: &[&str] = &[
    "mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "sheikh", "monsieur",
    "herr", "señor",
];
const FEMALE_TITLES: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "lady", "queen", "princess", "sister", "dame", "madame",
    "frau", "señora",
];
/// Words that are titles when the tagger put them inside a person's span.
const TITLE_WORDS: &[&str] = &[
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
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "sir",
    "dame",
    "lady",
    "lord",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "premier",
    "minister",
    "senator",
    "governor",
    "judge",
    "vice",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chancellor",
    "secretary",
    "chairman",
];
/// Pronouns right after a name that tell its gender ("Zhang said he ...").
const MALE_PRONOUNS: &[&str] = &["he", "his", "him"];
const FEMALE_PRONOUNS: &[&str] = &["she", "her", "hers"];

/// A raw span the tagger found: tokens `first..last` (inclusive) of a type.
struct Found {
    first: usize,
    last: usize,
    type_index: usize,
    margin: f32,
}

/// Finds the names in `doc`.
pub fn find(doc: &Document) -> Vec<Mention> {
    let Some(model) = Model::embedded() else {
        return Vec::new();
    };
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let prepared = Prepared::new(doc);
    let (tags, margins) = tagger::tag(&prepared, model);
    let mut found: Vec<Found> = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        crate::work::step(1);
        let Some(t) = type_of(tag) else { continue };
        let continues = tag >= 5
            && found
                .last()
                .is_some_and(|f| f.last + 1 == i && f.type_index == t)
            && doc.tokens[i].sentence == doc.tokens[i - 1].sentence;
        if continues {
            if let Some(f) = found.last_mut() {
                f.last = i;
                f.margin = f.margin.min(margins[i]);
            }
        } else {
            found.push(Found {
                first: i,
                last: i,
                type_index: t,
                margin: margins[i],
            });
        }
    }

    let mut found = refine(doc, found);
    rules::people::correct(doc, &mut found);
    let mut found = place_rules::apply(doc, found);
    stop_before_dates(doc, &mut found);
    let lower = |i: usize| doc.token_text(i).to_lowercase();
    let places = link_places(doc, &found);
    let mut mentions = Vec::with_capacity(found.len());
    for (n, f) in found.iter().enumerate() {
        crate::work::step(1);
        let mut first = f.first;
        let mut last = f.last;
        // a name starts and ends with a word: never with punctuation or a possessive
        let wordy = |i: usize| {
            doc.tokens[i].kind != TokenKind::Punct && !matches!(doc.token_text(i), "'s" | "’s")
        };
        while first < last && !wordy(first) {
            crate::work::step(1);
            first += 1;
        }
        while last > first && !wordy(last) {
            crate::work::step(1);
            last -= 1;
        }
        // a very long run is a heading or a list of names, not one name
        if !wordy(first) || last - first >= MAX_NAME_TOKENS {
            continue;
        }
        let confidence = 0.6 + 0.39 * (1.0 - (-f.margin / 8.0).exp());
        let (payload, reason) = match f.type_index {
            0 => {
                while first < last && TITLE_WORDS.contains(&lower(first).as_str()) {
                    crate::work::step(1);
                    first += 1;
                }
                // the tagger may run a name into the words after it ("Mr.
                // Obama said", "Trump isn't"): a person's name ends with a
                // word with a capital ("al-Thani"); `people::bounds` has
                // already ended a headline's name before its reporting verb
                while last > first
                    && (!wordy(last) || !doc.token_text(last).contains(char::is_uppercase))
                {
                    last -= 1;
                }
                let gender = gender(doc, first, last);
                let reason = if first > 0 && TITLE_WORDS.contains(&lower(first - 1).as_str()) {
                    "title + name"
                } else if last > first {
                    "given name + surname"
                } else {
                    "name in a person's context"
                };
                (Payload::Person(PersonMention { gender }), reason)
            }
            1 => match &places[n] {
                Some(info) => (Payload::Place(info.clone()), "place name (GeoNames)"),
                None => (
                    Payload::Place(PlaceInfo {
                        name: doc.tokens[first..=last]
                            .first()
                            .zip(doc.tokens[first..=last].last())
                            .map(|(a, b)| Span::new(a.span.start, b.span.end).text(doc.text))
                            .unwrap_or_default()
                            .to_string(),
                        country_code: String::new(),
                        feature_class: "unknown".into(),
                        lat: 0.0,
                        lon: 0.0,
                        geonames_id: 0,
                    }),
                    "place in context (not in the gazetteer)",
                ),
            },
            2 => (Payload::Organization, "organisation"),
            _ => continue,
        };
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end);
        mentions.push(Mention {
            span,
            confidence,
            reason: reason.into(),
            payload,
        });
    }
    mentions
}

/// Words that end a place name made of capitalised words ("Nassau County",
/// "Saco River", "Xinjiang Uighur Autonomous Region").
const PLACE_ENDINGS: &[&str] = &[
    "County",
    "Province",
    "Region",
    "District",
    "Prefecture",
    "Oblast",
    "Territory",
    "River",
    "Lake",
    "Mountains",
    "Mountain",
    "Valley",
    "Island",
    "Islands",
    "Bay",
    "Sea",
    "Ocean",
    "Peninsula",
    "Desert",
    "Strait",
    "Gulf",
    "Street",
    "Avenue",
    "Square",
    "Canyon",
    "Creek",
    "Coast",
    "Borough",
    "Parish",
    "Township",
    "Canton",
    "Governorate",
    "Municipality",
    "Railroad",
    "Railway",
    "Road",
    "Beach",
    "Falls",
    "Plateau",
    "Estate",
    "Reservoir",
    "Stadium",
    "Rink",
    "Cave",
    "Airport",
    "Shore",
    "Junction",
    "Area",
    "Brook",
    "Pond",
    "Dock",
    "Canal",
    "Glacier",
    "Heights",
    "Hills",
    "House",
];
/// Words that end a region's name, and are dropped when linking it.
const ADMIN_WORDS: &[&str] = &[
    "County",
    "Province",
    "Region",
    "District",
    "Prefecture",
    "Oblast",
    "Territory",
    "Autonomous",
    "Governorate",
    "Municipality",
    "State",
    "Special",
    "Administrative",
];
/// Words that may open a run of capitalised words without being part of a name.
const OPENERS: &[&str] = &[
    "The", "A", "An", "In", "At", "On", "From", "To", "Of", "And", "But", "For", "By", "With",
    "Near", "Across", "Along", "Into",
];
/// Organisations that news names as a bare word, which the tagger, trained on
/// 1996 news, has never seen (hand-made list).
const KNOWN_ORGANIZATIONS: &[&str] = &[
    "Google",
    "Amazon",
    "Facebook",
    "Meta",
    "Apple",
    "Microsoft",
    "Twitter",
    "Netflix",
    "Tesla",
    "TikTok",
    "ByteDance",
    "Huawei",
    "Alibaba",
    "Tencent",
    "Baidu",
    "Samsung",
    "Instagram",
    "WhatsApp",
    "YouTube",
    "Uber",
    "Airbnb",
    "SpaceX",
    "OpenAI",
    "Nvidia",
    "Intel",
    "IBM",
    "Oracle",
    "BBC",
    "CNN",
    "Reuters",
    "Xinhua",
    "NATO",
    "UN",
    "U.N.",
    "EU",
    "WHO",
    "IMF",
    "OPEC",
    "Interpol",
    "Pentagon",
    "Kremlin",
    "Congress",
    "Parliament",
    "Hamas",
    "Hezbollah",
    "Taliban",
    "Boeing",
    "Airbus",
    "Chrysler",
    "DaimlerChrysler",
    "Daimler",
    "Toyota",
    "Honda",
    "Nissan",
    "Volkswagen",
    "Citigroup",
    "Walmart",
    "Wal-Mart",
    "Aer Lingus",
    "Ryanair",
    "Lufthansa",
    "Aeroflot",
    "Nasdaq",
    "Hang Seng",
    "Nikkei",
];
/// Last words of organisations' names ("Apple Computer", "Aer Lingus Group").
const ORGANIZATION_ENDINGS: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Ltd",
    "Ltd.",
    "Limited",
    "LLC",
    "plc",
    "PLC",
    "Co.",
    "Company",
    "Group",
    "Holdings",
    "Motors",
    "Computer",
    "Computers",
    "Corps",
    "Airlines",
    "Airways",
    "Bank",
    "Mutual",
    "Systems",
    "Technologies",
    "Communications",
    "Records",
    "Entertainment",
    "Studios",
    "University",
    "College",
    "Institute",
    "Hospital",
    "Museum",
    "Council",
    "Committee",
    "Party",
    "Association",
    "Foundation",
    "Agency",
    "Ministry",
    "Department",
    "Commission",
    "Federation",
    "Club",
    "Orchestra",
    "Exchange",
    "Index",
];
/// Titles that only a person's name follows ("Professor Rajesh Venkataraman").
const PERSON_TITLES: &[&str] = &[
    "professor",
    "prof.",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "sir",
    "dame",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "judge",
    "pope",
    "bishop",
    "rabbi",
    "imam",
    "reverend",
    "rev.",
];
/// Verbs of speech after a person's surname ("Jobs said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "called",
    "noted",
    "welcomed",
    "announced",
    "acknowledged",
    "attributed",
    "explained",
    "replied",
    "wrote",
];
/// Offices that stand between an organisation and its officer's name.
const OFFICES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "Chairman",
    "Chairwoman",
    "President",
    "Chief",
    "Founder",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "chairman",
    "chairwoman",
    "president",
    "founder",
    "director",
    "spokesman",
    "spokeswoman",
    "chief",
    "Minister",
    "Secretary",
    "Governor",
    "Senator",
];
/// Head words of organisations named "... of <place>" ("University of Toronto").
const ORGANIZATION_HEADS: &[&str] = &[
    "University",
    "College",
    "Bank",
    "Institute",
    "Museum",
    "Church",
    "Archdiocese",
    "Diocese",
    "Government",
    "Parliament",
    "Council",
    "Ministry",
    "Department",
    "Academy",
    "School",
    "Hospital",
    "Library",
    "Corporation",
    "Company",
];
/// Months and weekdays (lowercase): a lone one is a date, not a person.
/// A name stops before a date that follows it: news writes the day right
/// after the subject ("President Bill Clinton Saturday urged", "Iran Friday
/// rejected", "named Daniel P. Davison Feb. 1"), and the tagger, which has
/// seen capitalised runs as one name, takes the day in. A weekday ends the
/// name; so does a month (or its abbreviation) followed by a day number.
/// A name that would be left empty ("Friday" alone) is kept as it is.
fn stop_before_dates(doc: &Document, found: &mut [Found]) {
    let month = |i: usize| {
        let lower = doc.token_text(i).trim_end_matches('.').to_lowercase();
        super::dates::month_of(&lower).is_some()
    };
    let day_number = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && doc
                .token_text(i)
                .parse::<u32>()
                .is_ok_and(|n| (1..=31).contains(&n))
    };
    for f in found.iter_mut() {
        crate::work::step(1);
        let cut = (f.first + 1..=f.last).find(|&i| {
            let lower = doc.token_text(i).to_lowercase();
            super::dates::WEEKDAYS.contains(&lower.as_str()) || (month(i) && day_number(i + 1))
        });
        if let Some(cut) = cut {
            f.last = cut - 1;
        }
    }
}

/// For each token of `doc`, whether one of `names` covers it.
fn covered_tokens<'f>(doc: &Document, names: impl IntoIterator<Item = &'f Found>) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for f in names {
        crate::work::step(1);
        covered[f.first..=f.last].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// For each token of `doc`, the index in `found` of the name that covers
/// it, or `usize::MAX` where none does.
fn name_at_tokens(doc: &Document, found: &[Found]) -> Vec<usize> {
    let mut at = vec![usize::MAX; doc.tokens.len()];
    for (n, f) in found.iter().enumerate() {
        crate::work::step(1);
        at[f.first..=f.last].iter_mut().for_each(|c| *c = n);
    }
    at
}

/// The last token of the run of up to three capitalised words from `i`
/// (`capitalized` says which are) that no name covers yet, inside `i`'s
/// sentence: where the rules look for a name the tagger left out.
fn uncovered_run(
    doc: &Document,
    covered: &[bool],
    i: usize,
    capitalized: impl Fn(usize) -> bool,
) -> usize {
    let mut last = i;
    while last + 1 < doc.tokens.len()
        && last - i < 2
        && capitalized(last + 1)
        && !covered[last + 1]
        && doc.tokens[last + 1].sentence == doc.tokens[i].sentence
    {
        last += 1;
    }
    last
}

fn is_calendar_word(lower: &str) -> bool {
    super::dates::MONTHS.contains(&lower) || super::dates::WEEKDAYS.contains(&lower)
}
/// Ranks and offices that are not names by themselves.
const TITLE_NOUNS: &[&str] = &[
    "colonel",
    "general",
    "major",
    "captain",
    "lieutenant",
    "sergeant",
    "admiral",
    "commander",
    "professor",
    "doctor",
    "bishop",
    "cardinal",
    "emperor",
    "empress",
    "duke",
    "duchess",
    "count",
    "baron",
    "sheriff",
    "mayor",
    "chief",
    "president",
    "chairman",
];
/// Lower-case particles inside a person's name.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "van", "von", "der", "den", "de", "la", "le", "del", "della", "da", "di",
    "du", "dos", "das", "al", "el", "ben", "abu", "ter", "zu", "y",
];
/// "al-Thani", "el-Sisi", "bin-Salman": a particle joined to a capitalised name.
fn prefixed_particle(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        NAME_PARTICLES.contains(&particle) && crate::document::is_capitalized(rest)
    })
}

/// Prepositions after which a name is a place.
const LOCATIVES: &[&str] = &["in", "near", "outside", "throughout", "across"];
/// Groups of people named in the plural ("Muslims", "Uighurs"): not a person.
const GROUP_WORDS: &[&str] = &[
    "Muslims",
    "Christians",
    "Jews",
    "Hindus",
    "Sikhs",
    "Buddhists",
    "Catholics",
    "Protestants",
    "Arabs",
    "Kurds",
    "Turks",
    "Uighurs",
    "Uyghurs",
    "Tibetans",
    "Democrats",
    "Republicans",
    "Conservatives",
    "Liberals",
    "Socialists",
    "Communists",
    "Activists",
];

/// Rules over the tagger's spans: place names ending in a place word, known
/// organisations, a surname left out before a person's name ("Xi" of
/// "President Xi Jinping"), plural groups that are not people.
fn refine(doc: &Document, found: Vec<Found>) -> Vec<Found> {
    let words = |i: usize| doc.token_text(i);
    let capitalized = |i: usize| {
        doc.tokens[i].kind == crate::document::TokenKind::Word
            && crate::document::is_capitalized(words(i))
    };
    // runs of capitalised words ending in a place word
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for sentence in &doc.sentences {
        crate::work::step(1);
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            crate::work::step(1);
            if !capitalized(i) {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < sentence.tokens.end && capitalized(end + 1) {
                crate::work::step(1);
                end += 1;
            }
            let mut start = i;
            while start < end && OPENERS.contains(&words(start)) {
                crate::work::step(1);
                start += 1;
            }
            // the last place word of the run ends the place
            if let Some(last) = (start + 1..=end)
                .rev()
                .find(|&j| PLACE_ENDINGS.contains(&words(j)))
            {
                runs.push((start, last));
            }
            i = end + 1;
        }
    }
    let found = place_runs(found, &runs);
    // a name never holds a bracket: "Zeleznik ( Belgrade )" is two names
    let mut unbracketed: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        let mut from = f.first;
        for i in f.first..=f.last {
            crate::work::step(1);
            if matches!(words(i), "(" | ")" | "[" | "]") {
                if i > from {
                    unbracketed.push(Found {
                        first: from,
                        last: i - 1,
                        ..f
                    });
                }
                from = i + 1;
            }
        }
        if from <= f.last {
            unbracketed.push(Found { first: from, ..f });
        }
    }
    // "Apple Computer CEO Steve Jobs": an office inside a span, then a given
    // name, ends the span before it and opens a person after it
    let mut titled: Vec<Found> = Vec::with_capacity(unbracketed.len());
    for f in unbracketed {
        crate::work::step(1);
        let office = (f.first + 1..f.last).find(|&k| {
            OFFICES.contains(&words(k))
                && tagger::Bloom::embedded().is_some_and(|b| {
                    let next = words(k + 1).to_lowercase();
                    b.contains(&format!("m:{next}")) || b.contains(&format!("f:{next}"))
                })
        });
        match office {
            Some(k) => {
                titled.push(Found {
                    last: k - 1,
                    type_index: if f.type_index == 0 { 2 } else { f.type_index },
                    ..f
                });
                titled.push(Found {
                    first: k + 1,
                    type_index: 0,
                    ..f
                });
            }
            None => titled.push(f),
        }
    }
    let mut found = titled;
    let bloom = tagger::Bloom::embedded();
    // "Obviously, ...": a sentence's first word that is a common adverb is no name
    found.retain(|f| {
        let lower = words(f.first).to_lowercase();
        !(f.first == f.last
            && doc.starts_sentence(f.first)
            && lower.ends_with("ly")
            && bloom.is_some_and(|b| b.contains(&format!("w:{lower}"))))
    });
    // "Michael Jordan": a given name taken for a person and a surname taken
    // for a place right after it are one person
    let mut merged: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = merged.last_mut() {
            let given = previous.type_index == 0
                && previous.first == previous.last
                && f.first == previous.last + 1
                && f.first == f.last
                && f.type_index != 0
                && doc.tokens[f.first].sentence == doc.tokens[previous.first].sentence
                && bloom.is_some_and(|b| {
                    let given = words(previous.first).to_lowercase();
                    let surname = words(f.first).to_lowercase();
                    (b.contains(&format!("m:{given}")) || b.contains(&format!("f:{given}")))
                        && b.contains(&format!("s:{surname}"))
                });
            if given {
                previous.last = f.last;
                continue;
            }
        }
        merged.push(f);
    }
    let mut found = merged;
    let found_starts: HashSet<usize> = found.iter().map(|f| f.first).collect();
    for f in &mut found {
        crate::work::step(1);
        // "Urging Washington": a sentence's first word that is an opener or a
        // verb or adverb form of a common word does not open a name; what is
        // left, if a known place, is that place
        if f.first < f.last && doc.starts_sentence(f.first) {
            let opener = words(f.first);
            let lower = opener.to_lowercase();
            let common = bloom.is_some_and(|b| b.contains(&format!("w:{lower}")));
            if OPENERS.contains(&opener)
                || (common && ["ing", "ed", "ly"].iter().any(|end| lower.ends_with(end)))
            {
                f.first += 1;
                let rest = Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end)
                    .text(doc.text);
                if !gazetteer().lookup(rest).is_empty() {
                    f.type_index = 1;
                }
            }
        }
        let text =
            Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end).text(doc.text);
        if KNOWN_ORGANIZATIONS.contains(&text) {
            f.type_index = 2;
        }
        // "other" is for demonyms and events; a country's own name is a place
        if f.type_index == 3
            && gazetteer().lookup(text).iter().any(|&i| {
                matches!(
                    gazetteer().places[i as usize].feature_class,
                    "country" | "continent"
                )
            })
        {
            f.type_index = 1;
        }
        // "lived in Brittany", "a train left Philadelphia": after a locative
        // preposition an unknown name is a place, and so is a city the tagger
        // took for a team (CoNLL's sports pages name teams by their city)
        let after_locative =
            f.first > 0 && LOCATIVES.contains(&words(f.first - 1)) && !doc.starts_sentence(f.first);
        if after_locative {
            let in_gazetteer = !gazetteer().lookup(text).is_empty();
            if (f.type_index == 0 && (f.first == f.last || in_gazetteer))
                || (f.type_index == 2 && in_gazetteer)
            {
                f.type_index = 1;
            }
        }
        // "the train left Philadelphia", "the county of Lincolnshire": a known
        // city or region the tagger took for an organisation or an "other"
        // name is a place when prose runs into it (a lowercase word before
        // it) and no score follows (CoNLL's sports pages name teams by city)
        if matches!(f.type_index, 2 | 3)
            && f.first > 0
            && !doc.starts_sentence(f.first)
            && words(f.first - 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && doc.tokens[f.first - 1].kind == TokenKind::Word
            && !KNOWN_ORGANIZATIONS.contains(&text)
            && !words(f.last + 1).starts_with(|c: char| c.is_ascii_digit())
            && gazetteer().lookup(text).iter().any(|&i| {
                matches!(
                    gazetteer().places[i as usize].feature_class,
                    "city" | "capital" | "region"
                )
            })
        {
            f.type_index = 1;
        }
        // "Sandy Hook, Maryland": a name followed by a comma and a known
        // region or country is a place
        if f.type_index != 1
            && f.last + 2 < doc.tokens.len()
            && words(f.last + 1) == ","
            && region_follows(doc, f.last + 2)
        {
            f.type_index = 1;
        }
        // "Apple Computer", "General Motors Corporation": a name ending in a
        // word organisations end with is an organisation, not a person (a
        // place keeps its type: "West Bank")
        if f.last > f.first
            && f.type_index != 1
            && ORGANIZATION_ENDINGS.contains(&words(f.last))
            && gazetteer().lookup(text).is_empty()
        {
            f.type_index = 2;
        }
        // "University of Toronto", "Bank of England": a place after "of" and
        // an organisation's head word is part of the organisation's name
        if f.type_index == 1
            && f.first >= 2
            && words(f.first - 1) == "of"
            && ORGANIZATION_HEADS.contains(&words(f.first - 2))
            && doc.tokens[f.first - 2].sentence == doc.tokens[f.first].sentence
        {
            let mut first = f.first - 2;
            while first > 0
                && capitalized(first - 1)
                && !doc.starts_sentence(first)
                && !OPENERS.contains(&words(first - 1))
            {
                first -= 1;
            }
            f.first = first;
            f.type_index = 2;
        }
        // "Professor Rajesh Venkataraman" taken for an organisation or an
        // "other" name: a title before capitalised words makes a person
        if matches!(f.type_index, 2 | 3)
            && f.last > f.first
            && PERSON_TITLES.contains(&words(f.first).to_lowercase().as_str())
            && !crate::document::is_all_caps(words(f.first + 1))
        {
            f.first += 1;
            f.type_index = 0;
        }
        if f.type_index == 0 {
            // "President Xi Jinping": a surname or given name just before
            while f.first > 0 {
                crate::work::step(1);
                let before = f.first - 1;
                let lower = words(before).to_lowercase();
                let is_name = capitalized(before)
                    && !doc.starts_sentence(f.first)
                    && !TITLE_WORDS.contains(&lower.as_str())
                    && bloom.is_some_and(|b| {
                        b.contains(&format!("s:{lower}"))
                            || b.contains(&format!("m:{lower}"))
                            || b.contains(&format!("f:{lower}"))
                    })
                    && doc.tokens[before].sentence == doc.tokens[f.first].sentence;
                if !is_name {
                    break;
                }
                f.first = before;
            }
            // "Steve Jobs": a given name goes on to the capitalised word after it
            let given = |i: usize| {
                let lower = words(i).to_lowercase();
                bloom.is_some_and(|b| {
                    b.contains(&format!("m:{lower}")) || b.contains(&format!("f:{lower}"))
                })
            };
            let next = f.last + 1;
            if next < doc.tokens.len()
                && capitalized(next)
                && given(f.last)
                && doc.tokens[next].sentence == doc.tokens[f.last].sentence
                && !found_starts.contains(&next)
                && !crate::document::is_all_caps(words(next))
            {
                f.last = next;
            }
            if GROUP_WORDS.contains(&words(f.last)) {
                f.type_index = 3;
            }
        }
    }
    // "Jobs" after "Steve Jobs": a capitalised word left untagged that is a
    // word of a person named in the document is that person
    let mut person_words: HashSet<&str> = HashSet::new();
    for f in found
        .iter()
        .filter(|f| f.type_index == 0 && f.last > f.first)
    {
        for i in f.first..=f.last {
            crate::work::step(1);
            if words(i).chars().count() > 2 && !words(i).ends_with('.') {
                person_words.insert(words(i));
            }
        }
    }
    // ... and so is such a word the tagger took for a place or organisation
    // ("Jordan said" after "Neil Jordan"), unless a preposition makes it a place
    for f in found.iter_mut() {
        crate::work::step(1);
        let after_locative = f.first > 0
            && (LOCATIVES.contains(&words(f.first - 1))
                || matches!(words(f.first - 1), "to" | "from" | "at" | "of"));
        if f.type_index != 0
            && f.first == f.last
            && !after_locative
            && person_words.contains(words(f.first))
        {
            f.type_index = 0;
        }
    }
    let covered = covered_tokens(doc, &found);
    let mut added = Vec::new();
    for (i, covered) in covered.iter().enumerate() {
        crate::work::step(1);
        let neighbour_capitalized =
            (i > 0 && capitalized(i - 1)) || (i + 1 < doc.tokens.len() && capitalized(i + 1));
        let alone = !doc.starts_sentence(i) && !neighbour_capitalized;
        if !covered && alone && capitalized(i) && person_words.contains(words(i)) {
            added.push(Found {
                first: i,
                last: i,
                type_index: 0,
                margin: 2.0,
            });
        }
    }
    merge_names(&mut found, added);
    // "Khaled Hosseini" left untagged: a given name and a surname of the
    // word lists, both capitalised, make a person
    let listed = |i: usize, tags: &[&str]| {
        let lower = words(i).to_lowercase();
        bloom.is_some_and(|b| tags.iter().any(|t| b.contains(&format!("{t}{lower}"))))
    };
    // "a manor in Marszew", "Ancaster, Lincolnshire": capitalised words the
    // tagger left out, after "in" or "near" or before a comma and a known
    // region or country, are a place unless a word list knows them
    let mut covered = covered_tokens(doc, &found);
    let mut added = Vec::new();
    let mut i = 1;
    while i < doc.tokens.len() {
        crate::work::step(1);
        let last = uncovered_run(doc, &covered, i, capitalized);
        let unknown = (i..=last).all(|j| {
            capitalized(j)
                && !covered[j]
                && !crate::document::is_all_caps(words(j))
                && !is_calendar_word(&words(j).to_lowercase())
                && !KNOWN_ORGANIZATIONS.contains(&words(j))
        }) && !listed(last, &["w:", "m:", "f:"]);
        let cue = !doc.starts_sentence(i)
            && (LOCATIVES.contains(&words(i - 1))
                || (last + 2 < doc.tokens.len()
                    && words(last + 1) == ","
                    && region_follows(doc, last + 2)));
        if unknown && cue {
            (i..=last).for_each(|j| covered[j] = true);
            added.push(Found {
                first: i,
                last,
                type_index: 1,
                margin: 1.0,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    merge_names(&mut found, added);
    let mut covered = covered_tokens(doc, &found);
    let mut added = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(1) {
        crate::work::step(1);
        // "Apple CEO Steve Jobs": an office or title before the pair is
        // evidence enough for a surname that is also a common word
        let titled = i > 0
            && (OFFICES.contains(&words(i - 1))
                || TITLE_WORDS.contains(&words(i - 1).to_lowercase().as_str())
                || PERSON_TITLES.contains(&words(i - 1).to_lowercase().as_str()));
        let pair = !covered[i]
            && !covered[i + 1]
            && capitalized(i)
            && capitalized(i + 1)
            && !crate::document::is_all_caps(words(i))
            && !crate::document::is_all_caps(words(i + 1))
            && doc.tokens[i].sentence == doc.tokens[i + 1].sentence
            && listed(i, &["m:", "f:"])
            && (titled || (listed(i + 1, &["s:"]) && !listed(i + 1, &["w:"])))
            && (titled || !(i > 0 && capitalized(i - 1) && !doc.starts_sentence(i)))
            && !(i + 2 < doc.tokens.len() && capitalized(i + 2));
        if pair {
            covered[i] = true;
            covered[i + 1] = true;
            added.push(Found {
                first: i,
                last: i + 1,
                type_index: 0,
                margin: 2.0,
            });
        }
    }
    merge_names(&mut found, added);
    // "Jobs said ...": a sentence's first word left untagged that is the
    // surname of a person named in the document, before a verb of speech,
    // is that person ("Jobs were cut" starts with the common word)
    let surnames: HashSet<&str> = found
        .iter()
        .filter(|f| f.type_index == 0 && f.last > f.first)
        .map(|f| words(f.last))
        .collect();
    let mut added = Vec::new();
    let before_last = doc.tokens.len().saturating_sub(1);
    for (i, is_covered) in covered.iter_mut().enumerate().take(before_last) {
        crate::work::step(1);
        let surname = !*is_covered
            && doc.starts_sentence(i)
            && capitalized(i)
            && surnames.contains(words(i))
            && SPEECH_VERBS.contains(&words(i + 1));
        if surname {
            *is_covered = true;
            added.push(Found {
                first: i,
                last: i,
                type_index: 0,
                margin: 2.0,
            });
        }
    }
    merge_names(&mut found, added);
    // "J.K. Rowling and George W. Bush": two people, not one organisation
    let starts_person = |i: usize| {
        let w = words(i);
        (w.len() <= 4 && w.ends_with('.') && w.chars().next().is_some_and(char::is_uppercase))
            || listed(i, &["m:", "f:"])
    };
    let mut split: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        let and = (f.first + 1..f.last).find(|&i| words(i) == "and" || words(i) == "&");
        match and {
            Some(and)
                if f.type_index != 1
                    && and > f.first
                    && starts_person(f.first)
                    && starts_person(and + 1) =>
            {
                split.push(Found {
                    first: f.first,
                    last: and - 1,
                    type_index: 0,
                    margin: f.margin,
                });
                split.push(Found {
                    first: and + 1,
                    last: f.last,
                    type_index: 0,
                    margin: f.margin,
                });
            }
            _ => split.push(f),
        }
    }
    let mut found = split;
    for f in &mut found {
        crate::work::step(1);
        // "Michael Jordan", "Paris Hilton", "Chad Smith": a listed given name
        // and a listed surname that is not a common word make a person, not a
        // place or company (the full name is not a known place)
        let two_or_three = f.last > f.first && f.last - f.first <= 2;
        if f.type_index != 0
            && two_or_three
            && listed(f.first, &["m:", "f:"])
            && listed(f.last, &["s:"])
            && !listed(f.last, &["w:"])
            && !PLACE_ENDINGS.contains(&words(f.last))
            && !(words(f.last + 1) == "," && region_follows(doc, f.last + 2))
            && gazetteer()
                .lookup(
                    Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end)
                        .text(doc.text),
                )
                .is_empty()
        {
            f.type_index = 0;
        }
    }
    // "Hamad bin Jassim al-Thani", "Ursula von der Leyen": particles join the
    // parts of one person's name
    let joined = |f: &Found| -> Option<Found> {
        let mut end = f.last + 1;
        while end < doc.tokens.len() && NAME_PARTICLES.contains(&words(end)) {
            crate::work::step(1);
            end += 1;
        }
        let joins = end > f.last + 1
            && end < doc.tokens.len()
            && capitalized(end)
            && doc.tokens[end].sentence == doc.tokens[f.first].sentence
            && (f.type_index == 0 || listed(f.first, &["m:", "f:"]));
        if !joins {
            return None;
        }
        // the capitalised words after the particles
        let mut last = end;
        while last + 1 < doc.tokens.len()
            && (capitalized(last + 1) || prefixed_particle(words(last + 1)))
            && doc.tokens[last + 1].sentence == doc.tokens[end].sentence
        {
            crate::work::step(1);
            last += 1;
        }
        Some(Found {
            first: f.first,
            last,
            type_index: 0,
            margin: f.margin,
        })
    };
    if found.windows(2).all(|w| w[0].last < w[1].first) {
        // names in order and disjoint: a joined name takes the place of the
        // names it runs over, in one pass
        let mut joined_names: Vec<Found> = Vec::with_capacity(found.len());
        let mut rest = found.into_iter().peekable();
        while let Some(f) = rest.next() {
            crate::work::step(1);
            match joined(&f) {
                Some(name) => {
                    while rest.next_if(|g| g.first <= name.last).is_some() {
                        crate::work::step(1);
                    }
                    joined_names.push(name);
                }
                None => joined_names.push(f),
            }
        }
        found = joined_names;
    } else {
        let mut n = 0;
        while n < found.len() {
            crate::work::step(found.len());
            if let Some(name) = joined(&found[n]) {
                let (first, last) = (name.first, name.last);
                found.retain(|g| g.last < first || g.first > last);
                let at = found.partition_point(|g| g.first < first);
                found.insert(at, name);
                n = at;
            }
            n += 1;
        }
    }
    // a lone word is no person when it is a month or weekday, a title
    // ("Colonel"), a plural, a common word that no list knows as a name, or a
    // sentence's first word ending in "-ly" ("Inexplicably")
    let person_words: HashSet<&str> = found
        .iter()
        .filter(|f| f.type_index == 0 && f.last > f.first)
        .flat_map(|f| (f.first..=f.last).map(words))
        .collect();
    found.retain(|f| {
        if f.type_index != 0 || f.first != f.last {
            return true;
        }
        let word = words(f.first);
        let lower = word.to_lowercase();
        let named = listed(f.first, &["m:", "f:", "s:"]) || person_words.contains(word);
        let calendar = is_calendar_word(&lower);
        let title = TITLE_WORDS.contains(&lower.as_str()) || TITLE_NOUNS.contains(&lower.as_str());
        let plural = lower.len() > 4 && lower.ends_with('s') && !lower.ends_with("ss") && !named;
        let common = listed(f.first, &["w:"]) && !named;
        let adverb = doc.starts_sentence(f.first) && lower.ends_with("ly") && !named;
        !(calendar || title || plural || common || adverb)
    });
    // "A Beautiful Lie", "The Fantasy", a song '" Hunter "': a name after a
    // capitalised article inside a sentence, or that is all of a quotation,
    // is the title of a work, not a person
    let quote = |i: usize| matches!(words(i), "\"" | "“" | "”" | "'" | "‘" | "’");
    found.retain(|f| {
        if f.type_index != 0 || f.first == 0 {
            return true;
        }
        let article =
            matches!(words(f.first - 1), "A" | "An" | "The") && !doc.starts_sentence(f.first - 1);
        let quoted = quote(f.first - 1) && f.last + 1 < doc.tokens.len() && quote(f.last + 1);
        !(article || quoted)
    });
    // an earlier span may now overlap the one extended before it
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        crate::work::step(1);
        if let Some(previous) = kept.last_mut() {
            if f.first <= previous.last {
                if f.last - f.first > previous.last - previous.first {
                    *previous = f;
                }
                continue;
            }
        }
        kept.push(f);
    }
    kept
}

/// The runs of capitalised words ending in a place word (`runs`, in order and
/// disjoint) become places, each taking the place of the names it overlaps,
/// unless a person or organisation starts before the run and runs into it.
/// One merge of the two ordered lists: the tagger's names are in order and
/// disjoint, so the name that crosses a run's start is the first one not
/// ending before it.
fn place_runs(found: Vec<Found>, runs: &[(usize, usize)]) -> Vec<Found> {
    if runs.is_empty() {
        return found;
    }
    debug_assert!(found.windows(2).all(|w| w[0].last < w[1].first));
    let mut out: Vec<Found> = Vec::with_capacity(found.len() + runs.len());
    let mut rest = found.into_iter().peekable();
    for &(start, last) in runs {
        crate::work::step(1);
        // the names that end before the run stay as they are
        while let Some(f) = rest.next_if(|f| f.last < start) {
            crate::work::step(1);
            out.push(f);
        }
        // a person or organisation that starts before the run wins
        if rest
            .peek()
            .is_some_and(|f| f.first < start && f.type_index != 1)
        {
            continue;
        }
        // the names the run overlaps give way to it (a place that starts
        // before it too); the margin is the best of those inside it
        let mut margin = 4.0f32;
        while let Some(f) = rest.next_if(|f| f.first <= last) {
            crate::work::step(1);
            if f.first >= start && f.last <= last {
                margin = margin.max(f.margin);
            }
        }
        out.push(Found {
            first: start,
            last,
            type_index: 1,
            margin,
        });
    }
    out.extend(rest);
    out
}

/// Adds the names of `added` (in order, each opening where no name of
/// `found` opens) to `found`, keeping it in order of first token: one merge
/// rather than an insertion per name. Where `found` is out of order, each
/// name goes where a binary search puts it, as one insertion would.
fn merge_names(found: &mut Vec<Found>, added: Vec<Found>) {
    if added.is_empty() {
        return;
    }
    if !found.windows(2).all(|w| w[0].first <= w[1].first) {
        for f in added {
            crate::work::step(1);
            let at = found.partition_point(|g| g.first < f.first);
            found.insert(at, f);
        }
        return;
    }
    let old = std::mem::take(found);
    found.reserve(old.len() + added.len());
    let mut old = old.into_iter().peekable();
    for f in added {
        crate::work::step(1);
        while let Some(g) = old.next_if(|g| g.first < f.first) {
            crate::work::step(1);
            found.push(g);
        }
        found.push(f);
    }
    found.extend(old);
}

/// Whether a known region or country (of one to three words) starts at token
/// `at` and ends its phrase ("..., Maryland ,", "..., New Jersey .").
fn region_follows(doc: &Document, at: usize) -> bool {
    (at..doc.tokens.len().min(at + 3)).any(|last| {
        // "..., Maryland, ..." but not "..., Kenya's chief negotiator"
        let after = doc.token_text(last + 1);
        let ends = doc.tokens.get(last + 1).map_or(true, |t| {
            t.kind == TokenKind::Punct || !crate::document::is_capitalized(after)
        }) && !matches!(after, "'s" | "’s" | "'" | "’");
        ends && crate::document::is_capitalized(doc.token_text(at))
            && gazetteer()
                .lookup(
                    Span::new(doc.tokens[at].span.start, doc.tokens[last].span.end).text(doc.text),
                )
                .iter()
                .any(|&i| {
                    matches!(
                        gazetteer().places[i as usize].feature_class,
                        "region" | "country"
                    )
                })
    })
}

/// The gender a title before the name, the given name, or a pronoun right
/// after it tells.
fn gender(doc: &Document, first: usize, last: usize) -> Option<Gender> {
    let before = |back: usize| {
        first
            .checked_sub(back)
            .map(|i| doc.token_text(i).to_lowercase())
    };
    for back in 1..=2 {
        crate::work::step(1);
        if let Some(word) = before(back) {
            if MALE_TITLES.contains(&word.as_str()) {
                return Some(Gender::Male);
            }
            if FEMALE_TITLES.contains(&word.as_str()) {
                return Some(Gender::Female);
            }
        }
    }
    // a given name in the census lists (and not both a man's and a woman's)
    if last > first {
        if let Some(bloom) = tagger::Bloom::embedded() {
            let given = doc.token_text(first).to_lowercase();
            let male = bloom.contains(&format!("m:{given}"));
            let female = bloom.contains(&format!("f:{given}"));
            if male != female {
                return Some(if male { Gender::Male } else { Gender::Female });
            }
        }
    }
    let sentence = doc.tokens[last].sentence;
    let end = doc.sentences[sentence].tokens.end;
    for i in last + 1..end.min(last + 8) {
        crate::work::step(1);
        let word = doc.token_text(i).to_lowercase();
        if MALE_PRONOUNS.contains(&word.as_str()) {
            return Some(Gender::Male);
        }
        if FEMALE_PRONOUNS.contains(&word.as_str()) {
            return Some(Gender::Female);
        }
    }
    None
}

/// Links every place span to its most likely GeoNames record.
fn link_places(doc: &Document, found: &[Found]) -> Vec<Option<PlaceInfo>> {
    let g = gazetteer();
    let text_of = |f: &Found| {
        Span::new(doc.tokens[f.first].span.start, doc.tokens[f.last].span.end).text(doc.text)
    };
    let candidates: Vec<&[u32]> = found
        .iter()
        .map(|f| {
            if f.type_index != 1 {
                return &[][..];
            }
            let direct = g.lookup(text_of(f));
            if !direct.is_empty() || !ADMIN_WORDS.contains(&doc.token_text(f.last)) {
                return direct;
            }
            // "Xinjiang Uighur Autonomous Region" → "Xinjiang": drop words
            // from the end until the rest is a known place
            (f.first..f.last)
                .rev()
                .map(|last| {
                    g.lookup(
                        Span::new(doc.tokens[f.first].span.start, doc.tokens[last].span.end)
                            .text(doc.text),
                    )
                })
                .find(|list| !list.is_empty())
                .unwrap_or(&[])
        })
        .collect();
    // the countries of the article's unambiguous places
    let mut countries: HashMap<&str, f64> = HashMap::new();
    let mut total: f64 = 0.0;
    for list in &candidates {
        crate::work::step(1);
        if let [only] = list {
            let place = &g.places[*only as usize];
            if !place.country_code.is_empty() {
                *countries.entry(place.country_code).or_default() += 1.0;
                total += 1.0;
            }
        }
    }
    found
        .iter()
        .enumerate()
        .map(|(n, f)| {
            let list = candidates[n];
            // "Paris, Texas": the place named right after the comma
            let next_country = found.get(n + 1).filter(|next| {
                next.type_index == 1
                    && next.first == f.last + 2
                    && doc.token_text(f.last + 1) == ","
            });
            let next_codes: Vec<&str> = next_country
                .map(|_| {
                    candidates[n + 1]
                        .iter()
                        .map(|&i| g.places[i as usize].country_code)
                        .collect()
                })
                .unwrap_or_default();
            let next_word = doc.token_text(f.last + 1).to_lowercase();
            let best = list.iter().max_by(|&&a, &&b| {
                let score = |i: u32| {
                    let place = &g.places[i as usize];
                    let mut score = f64::from(place.population_k + 1).ln();
                    score += match place.feature_class {
                        "continent" | "country" => 3.0,
                        "region" => 0.5,
                        _ => 0.0,
                    };
                    if let Some(share) = countries.get(place.country_code) {
                        score += 3.0 * share / total.max(1.0);
                    }
                    if next_codes.contains(&place.country_code) {
                        score += 6.0;
                    }
                    if place.feature_class == "region" && next_word == "state" {
                        score += 6.0;
                    }
                    if place.capital {
                        score += 2.5;
                    }
                    score
                };
                score(a).total_cmp(&score(b))
            });
            best.map(|&i| g.places[i as usize].info())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names `find` reports in `text`, with their kind (also used by the
    /// tests of `people` and `place_rules`).
    pub(super) fn names(text: &str) -> Vec<(String, &'static str)> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|m| {
                let kind = match m.payload {
                    Payload::Person(_) => "person",
                    Payload::Place(_) => "place",
                    Payload::Organization => "org",
                    _ => "other",
                };
                (m.span.text(text).to_string(), kind)
            })
            .collect()
    }

    /// Asserts that `find` reports `name` as a person in `text`.
    #[track_caller]
    pub(super) fn person(text: &str, name: &str) {
        let found = names(text);
        assert!(
            found.contains(&(name.to_string(), "person")),
            "{name} is no person in {found:?}"
        );
    }

    /// Asserts that `find` does not report `name` as a person in `text`.
    #[track_caller]
    pub(super) fn no_person(text: &str, name: &str) {
        let found = names(text);
        assert!(
            !found.iter().any(|(t, k)| t == name && *k == "person"),
            "{name} is a person in {found:?}"
        );
    }

    fn place_id(text: &str, name: &str) -> Option<u64> {
        let doc = Document::new(text);
        find(&doc).into_iter().find_map(|m| match m.payload {
            Payload::Place(p) if m.span.text(text) == name => Some(p.geonames_id),
            _ => None,
        })
    }

    fn gender_of(text: &str, name: &str) -> Option<Gender> {
        let doc = Document::new(text);
        find(&doc).into_iter().find_map(|m| match m.payload {
            Payload::Person(p) if m.span.text(text) == name => p.gender,
            _ => None,
        })
    }

    #[test]
    fn a_name_ends_before_the_verb_after_it() {
        let text = "Obama Says African-American Museum Will Tell of 'Suffering and Delight.'\n\n\
                    WASHINGTON -- President Obama dedicated the museum on Saturday.\n\n\
                    Acts of protest, Mr. Obama said, are acts of patriotism. ''We're \
                    America,'' Mr. Obama said, not even pausing.";
        let people: Vec<String> = names(text)
            .into_iter()
            .filter(|(_, kind)| *kind == "person")
            .map(|(name, _)| name)
            .collect();
        assert!(!people.is_empty());
        assert!(people.iter().all(|name| name == "Obama"), "{people:?}");
    }

    #[test]
    fn titles_and_possessives_stay_outside_the_name() {
        let found =
            names("Vice President Joe Biden's plan was praised by Mr. Zhang Jun on Tuesday.");
        assert!(found.contains(&("Joe Biden".into(), "person")), "{found:?}");
        assert!(found.contains(&("Zhang Jun".into(), "person")), "{found:?}");
        assert!(!found
            .iter()
            .any(|(t, _)| t.contains("'s") || t.contains("Mr")));
    }

    #[test]
    fn a_name_stops_before_the_date_after_it() {
        let found = names(
            "President Bill Clinton Saturday urged Congress to act. Iran Friday rejected \
             the offer. The board named Daniel P. Davison Feb. 1 as its chief.",
        );
        for (name, kind) in [
            ("Bill Clinton", "person"),
            ("Iran", "place"),
            ("Daniel P. Davison", "person"),
        ] {
            assert!(found.contains(&(name.into(), kind)), "{name}: {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|(t, _)| t.contains("day") || t.contains("Feb")),
            "{found:?}"
        );
    }

    #[test]
    fn gender_comes_from_titles_and_given_names() {
        let text = "Mrs. Chen Ying met Robert Smith in London on Friday.";
        assert_eq!(gender_of(text, "Chen Ying"), Some(Gender::Female));
        assert_eq!(gender_of(text, "Robert Smith"), Some(Gender::Male));
    }

    #[test]
    fn places_link_by_context() {
        assert_eq!(
            place_id(
                "The talks in Washington ended as the White House said.",
                "Washington"
            ),
            Some(4140963)
        );
        assert_eq!(
            place_id("He flew from Paris to Berlin and then to Madrid.", "Paris"),
            Some(2988507)
        );
        assert_eq!(
            place_id("Officials in Beijing said China would respond.", "Beijing"),
            Some(1816670)
        );
    }

    #[test]
    fn demonyms_and_companies_are_not_places() {
        let found = names("French regulators fined Google and Amazon in Paris last year.");
        assert!(
            !found.iter().any(|(t, k)| t == "French" && *k == "place"),
            "{found:?}"
        );
        assert!(!found
            .iter()
            .any(|(t, k)| (t == "Google" || t == "Amazon") && *k == "place"));
        assert!(found.contains(&("Paris".into(), "place")), "{found:?}");
    }

    #[test]
    fn a_region_name_ending_in_region_is_one_place() {
        let text = "Camps in the Xinjiang Uighur Autonomous Region were criticised.";
        assert_eq!(
            place_id(text, "Xinjiang Uighur Autonomous Region"),
            Some(1529047)
        );
    }

    #[test]
    fn ambiguous_names_follow_their_context() {
        let found = names("King Abdullah of Jordan met Michael Jordan in Amman.");
        assert!(found.contains(&("Jordan".into(), "place")), "{found:?}");
        assert!(
            found.contains(&("Michael Jordan".into(), "person")),
            "{found:?}"
        );
        let found = names("Paris Hilton flew to Paris on Tuesday.");
        assert!(
            found.contains(&("Paris Hilton".into(), "person")),
            "{found:?}"
        );
        assert!(found.contains(&("Paris".into(), "place")), "{found:?}");
        assert_eq!(
            place_id(
                "Voters in Georgia and Florida backed Atlanta's mayor.",
                "Georgia"
            ),
            Some(4197000)
        );
        assert_eq!(
            place_id(
                "Protests spread in Georgia, where Tbilisi police and Russia clashed.",
                "Georgia"
            ),
            Some(614540)
        );
        assert_eq!(
            place_id(
                "Denzel Washington starred in a film shot in Washington state and Seattle.",
                "Washington"
            ),
            Some(5815135)
        );
    }

    #[test]
    fn particles_initials_and_pairs_of_people() {
        let found = names(
            "J.K. Rowling and George W. Bush met Hamad bin Jassim al-Thani and Ursula von der Leyen.",
        );
        for name in [
            "J.K. Rowling",
            "George W. Bush",
            "Hamad bin Jassim al-Thani",
            "Ursula von der Leyen",
        ] {
            assert!(
                found.contains(&(name.into(), "person")),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn lone_common_words_titles_and_months_are_not_people() {
        let found =
            names("In December the Colonel met Defense officials. Inexplicably, Falcons won.");
        assert!(!found.iter().any(|(_, k)| *k == "person"), "{found:?}");
        // a surname alone, once the full name is known, still is a person
        let found = names("Michael Green spoke first. Later Green left.");
        assert_eq!(
            found
                .iter()
                .filter(|(t, k)| t == "Green" && *k == "person")
                .count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            " ",
            "\u{a0}Zoë Müller\u{a0}said “hello” in Zürich 😀.",
            "’’’ ‘ “ ” …",
            "A\nB\nC",
            "U.S.-based Jean-Pierre al-Assad's van der Berg O'Brien",
            "ÉÉÉ ÇA VA 東京 Москва",
        ] {
            let doc = Document::new(text);
            for m in find(&doc) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                assert!(m.span.end <= text.len() && m.span.start < m.span.end);
            }
        }
    }

    #[test]
    fn people_and_places_in_prose() {
        let found = names("Chinese Foreign Ministry spokesman Wang Wenbin said in Beijing on Monday that the United States was wrong.");
        assert!(
            found.contains(&("Wang Wenbin".into(), "person")),
            "{found:?}"
        );
        assert!(found.contains(&("Beijing".into(), "place")), "{found:?}");
        assert!(
            found.contains(&("United States".into(), "place")),
            "{found:?}"
        );
    }

    #[test]
    fn an_organisation_named_after_a_place_is_no_place() {
        let found = names("She taught at the University of Toronto for ten years.");
        assert!(
            !found
                .iter()
                .any(|(text, kind)| *kind == "place" && text == "Toronto"),
            "{found:?}"
        );
    }

    #[test]
    fn a_known_city_after_a_verb_is_a_place_not_a_team() {
        let found = names("The excursion train left Philadelphia at noon on Sunday.");
        assert!(
            found.contains(&("Philadelphia".into(), "place")),
            "{found:?}"
        );
    }

    #[test]
    fn an_unknown_town_after_in_or_before_a_region_is_a_place() {
        let found = names("Her friends visited the manor in Marszew every summer.");
        assert!(found.contains(&("Marszew".into(), "place")), "{found:?}");
        let found = names("The brigade marched to Sandy Hook, Maryland, that week.");
        assert!(found.contains(&("Sandy Hook".into(), "place")), "{found:?}");
    }

    #[test]
    fn companies_and_company_names_are_no_people() {
        let found = names("Chrysler said it would cut costs, and Apple Computer agreed.");
        assert!(
            !found.iter().any(|(_, kind)| *kind == "person"),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_before_unusual_names_makes_a_person() {
        person(
            "Her colleague, Professor Rajesh Venkataraman, who arrived from Chennai, recalls her.",
            "Rajesh Venkataraman",
        );
    }

    #[test]
    fn a_person_before_a_countrys_possessive_stays_a_person() {
        person(
            "\"Not yet,\" Amina Odhiambo, Kenya's chief negotiator, told reporters.",
            "Amina Odhiambo",
        );
    }

    #[test]
    fn titles_of_works_are_no_people() {
        let found = names("Their second album, A Beautiful Lie, was released in August.");
        assert!(
            !found.iter().any(|(_, kind)| *kind == "person"),
            "{found:?}"
        );
    }

    #[test]
    fn an_officer_after_the_companys_name_is_a_person() {
        person(
            "Apple CEO Steve Jobs unveiled the device on Monday.",
            "Steve Jobs",
        );
    }

    #[test]
    fn a_surname_that_is_a_common_word_opens_a_sentence_as_the_person() {
        let found = names("Apple CEO Steve Jobs unveiled the phone. Jobs said it was magic.");
        assert_eq!(
            found.iter().filter(|(_, kind)| *kind == "person").count(),
            2,
            "{found:?}"
        );
    }
}
