//! Quotes: quotations, reported speech, and who said them.
//!
//! # What it finds
//!
//! - **Quotations in marks**: curly `“…”` and straight `"…"` double quotes,
//!   the typewriter pair `''…''` (and ``` ``…'' ```), British single quotes
//!   `‘…’`/`'…'`, guillemets `«…»`/`‹…›` and low-high `„…“`. Inner quotes are
//!   part of their outer quotation, not separate ones. Apostrophes are never
//!   marks: a mark between letters (`don't`), before two digits (`'90s`), in
//!   `rock 'n' roll`, or a single closing mark with no opening one
//!   (`the Joneses' car`) is skipped, because single quotes only count when
//!   they pair up inside one paragraph.
//!   A nickname in marks inside a person's name (Marcia "Cia" Price) is no
//!   quotation.
//! - **Missing marks**: a double closing mark with no opening mark quotes from
//!   the start of its paragraph (or of the sentence after the previous
//!   quotation); an opening mark never closed quotes to the end of its
//!   paragraph. A quotation running over paragraphs (an opening mark per
//!   paragraph, one closing mark at the end) is one annotation per paragraph,
//!   each with the speaker of the first.
//! - **Mixed quotations**: the quoted fragments of one reporting sentence
//!   ('called him a “nasty guy,” an “anchor baby” and “unstable”') are one
//!   partial quotation from the first mark to the last, unless the words
//!   between them start a new clause or report (a cue, a name, a subject
//!   pronoun, another past verb).
//! - **Kinds**: `direct` (a quotation that stands as speech: at the start of a
//!   sentence, or after a comma or colon), `partial` (a fragment inside
//!   reporting: said the U.S. is “the top threat”), `scare` (a short quoted
//!   term with no reporting cue or subject in reach, a term after *so-called*,
//!   a title such as “Face the Nation”, a fragment quoted in a short first
//!   line, the headline, whose reported speech it belongs to, or a quoted
//!   subheading such as 'Coal Isn't the Villain.': no speaker), and `indirect`:
//!   reported speech without marks (“Wang said that the U.S. …”, “…, the
//!   source added.”, “According to the report, …”), whose span is the
//!   reported clause, cut before a coordinated clause (“, but …”) or a new
//!   report in the same sentence. The clause starts after the objects and
//!   whole adjuncts that follow the cue (“told reporters on Monday”), so
//!   “said on condition of anonymity” reports nothing, nor do “Graham told
//!   The Huffington Post on Thursday” (an addressee with no verb of its
//!   own), “he said of the prospect …” or “In one tweet, Trump said: “…””
//!   (an adjunct before a cue that introduces a quotation); in “…, said
//!   Jeffrey Trimble, a senior official.” the name after the cue is the
//!   speaker of the words before the comma; “Relations appear to be
//!   strained” and “The sale is expected to close” report the subject and
//!   the words after “appear”/“seem”/“is expected”, as two pieces, with no
//!   speaker (PolNeAR's reading); “declined”/“refused” report only what
//!   follows “to” (“declined to comment”), “compared with” and “known as”
//!   nothing; “The museum, Mr. Obama said, would …” is two reports, the
//!   short subject and the rest; a cue that is not a
//!   verb of saying (“announced”) followed by a short noun phrase with no
//!   verb is an act, not speech. A scare quote (“the so-called “roadmap””)
//!   is part of its sentence's reported clause. Only a sentence reports
//!   speech: a line without sentence punctuation (a heading, a byline, a
//!   link title) or cut off with an ellipsis (a teaser) reports nothing, and
//!   a passive cue's subject (“Millions have been reported to be detained”)
//!   is not the speaker (the words after “by” are, if any).
//! - **Speakers**: a reporting cue ([`CUES`]: said, told, added, claimed,
//!   according to, …) after the quotation (“…,” he said / said Mr. Wang /
//!   “…” ― Name), before it (Wang said: “…”; as The New Yorker put it, “…”;
//!   a quotation set off by dashes right after a name in a list, “including
//!   Mitt Romney -- ''…'' -- and”), or between the pieces of a split
//!   quotation; the speaker is the phrase next to the cue: a person found by
//!   the names extractor, a pronoun (resolved to a person of the right
//!   gender named earlier in its sentence, else in the sentences before,
//!   where a name after a title the names extractor missed also counts,
//!   else the most recent one outside quotations, else the last named
//!   speaker; a person's gender comes from the names extractor, a title,
//!   another mention of the surname, or a `he`/`she` outside quotations
//!   whose only candidate they are, and a pronoun never resolves to a
//!   person of the other gender: with none of its own, it stays
//!   unresolved), a role (“the spokesman”,
//!   “China's ambassador”, “the mother of three”: resolved to the person
//!   named next to that role elsewhere in the text, where a role used as a
//!   title, “President Obama”, wins over an appositive, “Tina Houchins,
//!   president of …”), a capitalised name the names extractor missed
//!   (also after a title or role: “White House press secretary Josh
//!   Earnest said”), or a non-person source (“the report”, “the White
//!   House”). A cue with no subject of its own (“Urging Washington to “…””)
//!   takes the subject of its sentence (a quotation after a colon with no
//!   cue, “Obama is rolling out a message: “…””, the person nearest the
//!   colon), or the last speaker of the
//!   paragraph, or the subject of the sentence before. A quotation without a
//!   cue takes the speaker of the quotation just before it in the paragraph
//!   (as the paragraph's first, a whole sentence, the person who is the
//!   subject of the sentence before: “X called him a master. “He showed …””),
//!   or of the previous paragraph when it opens its paragraph (a continued
//!   quotation, or a paragraph ending in “X said:”).
//! - **Reported speech cues** are the common verbs of [`CUES`] plus a table
//!   learned from the PolNeAR training corpus (`src/data/quote_cues.txt`,
//!   made by `tools/quote_cues.py`): every word that ends a gold attribution
//!   cue in at least 10% of its uses, with that share. A weak cue (under 12%)
//!   needs a named subject before it; a sure one (40% or more) is tried with
//!   the common verbs, before the others.
//!
//! # What it misses, and why
//!
//! - Reported speech without a cue word from the lists, or with the speaker far
//!   from the cue (long relative clauses): the rules look at a few words
//!   either side of the cue, and there is no parser. PolNeAR also marks
//!   attitudes and actions (“Trump has railed against …”) that a speech-cue
//!   list only partly covers.
//! - Pronouns are resolved by recency, sentence and gender only.
//! - `they`, `we`, `it` and `I` stay unresolved (no organisation coreference).
//! - A report inside a report (“the source said Clinton told police that …”)
//!   is one annotation, the outer one: nested ones cost more than they found.
//! - A sentence with a quoted fragment inside its reported clause is reported
//!   as that fragment (a partial quotation), not as indirect speech too.
//! - A label and colon opening a line (“WALLACE: Let's start …”, also after
//!   a transcript's opening mark that no mark closes, which is then no
//!   quotation, and so are the unlabelled lines after it, the same
//!   speaker's), a headline
//!   “Pence: Flowers Won't Be at Debate”) names the speaker of the line:
//!   one to four capitalised words, not a place and not a label such as
//!   “Correction” or “Q”, with four words or more after it. A title before
//!   a colon (“Stealth Over Health: …”) cannot be told from a source.
//! - Lookups are bounded (the nearest few dozen mentions), so the pass stays
//!   linear on very long texts.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::{Context, Extractor, Gender, Mention, Payload, QuoteMention, SpeakerRef};
use crate::document::{is_capitalized, Document, TokenKind};
use crate::result::QuoteType;
use crate::span::Span;

/// Finds quotations and attributes them.
pub struct Quotes;

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, doc: &Document, context: &Context) -> Vec<Mention> {
        find(doc, context)
    }
}

/// Reporting verbs (every form) that introduce quotations and reported speech.
pub const CUES: &str = "\
    say says said saying tell tells told telling add adds added adding claim claims claimed \
    claiming state states stated stating warn warns warned warning insist insists insisted \
    insisting continue continues continued note notes noted noting explain explains \
    explained explaining write writes wrote writing ask asks asked asking argue argues \
    argued arguing declare declares declared declaring announce announces announced \
    announcing tweet tweets tweeted tweeting recall recalls recalled recalling suggest \
    suggests suggested suggesting respond responds responded responding reply replies \
    replied replying admit admits admitted admitting acknowledge acknowledges acknowledged \
    acknowledging agree agrees agreed complain complains complained complaining contend \
    contends contended maintain maintains maintained predict predicts predicted predicting \
    report reports reported reporting observe observes observed remark remarks remarked joke \
    jokes joked joking quip quips quipped urge urges urged urging vow vows vowed vowing \
    promise promises promised promising concede concedes conceded conclude concludes \
    concluded emphasize emphasizes emphasized emphasise emphasised stress stresses stressed \
    testify testifies testified assert asserts asserted allege alleges alleged shout shouts \
    shouted shouting yell yelled exclaim exclaimed boast boasts boasted boasting counter \
    countered chant chanted chanting cried whispered mused reiterate reiterated reiterates \
    confirm confirms confirmed reveal reveals revealed believe believes believed think \
    thinks thought estimate estimates estimated found finds indicate indicates indicated \
    charge charged charges posted posts read reads call calls called calling describe \
    describes described describing blasted slammed criticized praised dubbed labeled \
    labelled accused accusing wonder wondered wonders demand demanded demands informed put commented comments commenting sings sang";

/// Cues that introduce reported speech without marks (a subset of [`CUES`]:
/// verbs whose object can be a whole clause).
const CLAUSE_CUES: &str = "\
    say says said tell tells told add adds added claim claims claimed state states stated \
    warn warns warned insist insists insisted note notes noted explain explains explained \
    write writes wrote argue argues argued declare declares declared announce announces \
    announced tweeted suggest suggests suggested admit admits admitted acknowledge \
    acknowledges acknowledged contend contends contended maintain maintains maintained \
    predict predicts predicted report reports reported concede concedes conceded conclude \
    concludes concluded emphasized stressed testified assert asserts asserted allege alleges \
    alleged complained confirmed confirms revealed believe believes believed think thinks \
    estimated estimates found finds indicated indicates informed recalled observed replied \
    responded promised vowed countered charged reiterated agreed";

/// Nouns for a person's role: "the spokesman" may be resolved to the person
/// named next to "spokesman" elsewhere.
const ROLES: &str = "\
    spokesman spokeswoman spokesperson ambassador envoy diplomat president senator \
    congressman congresswoman representative lawmaker legislator minister secretary \
    governor mayor chairman chairwoman chair director chief executive ceo officer \
    official leader candidate nominee adviser advisor aide attorney lawyer judge \
    justice general commander premier chancellor king queen prince pope professor \
    economist analyst manager founder host anchor author businessman billionaire \
    mogul commissioner prosecutor sheriff superintendent strategist pollster \
    spokesmen officials aides advisers";

/// Words that may sit between a speaker and the cue ("he later continued").
const ADVERBS: &str = "\
    later also then once previously recently repeatedly again further reportedly has have \
    had was is would will did does just quickly often still has first even publicly \
    privately flatly simply even never always earlier separately angrily bluntly candidly \
    famously openly frequently once finally subsequently";

/// Words that start a noun phrase naming a source ("the spokesman", "a report").
const DETERMINERS: &str = "\
    the a an this that these those his her its their our another one two three several many \
    some other both each";

/// Words that cannot be a speaker's last word.
const NOT_SPEAKERS: &str = "\
    that which what as and or but if when while because so to of in on at for with by from \
    about than then there here not be been being also is was are were has had have this \
    those these the a an will would could should can may might must do did does no yes more \
    most very where why how all only just like into over after before since until";

/// Sentence-initial function words that are capitalised but never names.
const CAPITALIZED_FUNCTION_WORDS: &str = "\
    The A An But And Or In On At As If When While After Before However Meanwhile Also So Yet \
    Now Then What Who Why How This That These Those There It Its For From With By Since \
    Still Even Such Some Many Most Earlier Later Last Next According Asked Speaking Instead \
    Although Though Because Indeed Not Yes No Well Urging Claiming Saying Adding To Of Our \
    We I You They He She His Her Their During Despite Without Under Among Amid Through \
    Throughout Following Within Beyond Only Unlike Toward Towards Against Upon More Less Fewer";

/// Person titles that come before a name and tell its gender.
const TITLES: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Dr.", None),
    ("Sen.", None),
    ("Rep.", None),
    ("Gov.", None),
    ("Gen.", None),
    ("Prof.", None),
    ("President", None),
    ("Senator", None),
    ("Governor", None),
    ("Secretary", None),
    ("Vice", None),
    ("Chief", None),
    ("Justice", None),
    ("Judge", None),
    ("Rev.", None),
    ("Professor", None),
    ("Dr", None),
];

/// A word list (whitespace-separated) as a set, built once.
struct WordSet {
    list: &'static str,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    const fn new(list: &'static str) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// True when `word`, lowercased, is in the list.
    fn has(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| self.words());
        if word.chars().any(char::is_uppercase) {
            set.contains(word.to_lowercase().as_str())
        } else {
            set.contains(word)
        }
    }

    /// True when `word`, as written, is in the list.
    fn has_exact(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words()).contains(word)
    }

    /// The words, leaving out `#` comment lines (a data file's header).
    fn words(&self) -> HashSet<&'static str> {
        self.list
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    }
}

static CUE_WORDS: WordSet = WordSet::new(CUES);
static ROLE_WORDS: WordSet = WordSet::new(ROLES);
static CLAUSE_CUE_WORDS: WordSet = WordSet::new(CLAUSE_CUES);
static ADVERB_WORDS: WordSet = WordSet::new(ADVERBS);
static DETERMINER_WORDS: WordSet = WordSet::new(DETERMINERS);
static NOT_SPEAKER_WORDS: WordSet = WordSet::new(NOT_SPEAKERS);
static FUNCTION_WORDS: WordSet = WordSet::new(CAPITALIZED_FUNCTION_WORDS);

/// Speaker pronouns and the gender they point to (`None`: not resolved).
fn pronoun_gender(word: &str) -> Option<Option<Gender>> {
    match word.to_lowercase().as_str() {
        "he" => Some(Some(Gender::Male)),
        "she" => Some(Some(Gender::Female)),
        "they" | "we" | "i" | "it" | "you" => Some(None),
        _ => None,
    }
}

fn is_cue(word: &str) -> bool {
    CUE_WORDS.has(word)
}

/// A cue that cannot be a noun ("said", "added"; not "report", "state").
fn is_verb_cue(word: &str) -> bool {
    is_cue(word)
        && (word.ends_with("ed")
            || matches!(
                word,
                "said" | "says" | "told" | "tells" | "wrote" | "writes" | "saying"
            ))
}

fn is_clause_cue(word: &str) -> bool {
    CLAUSE_CUE_WORDS.has(word)
}

fn lower_in(word: &str, list: &WordSet) -> bool {
    list.has(word)
}

/// An adverb or auxiliary between a speaker and the cue: "had historically
/// resisted", "he later continued".
fn is_adverb(word: &str) -> bool {
    ADVERB_WORDS.has(word)
        || word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_lowercase())
}

// ---------------------------------------------------------------------------
// Quotation marks

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// A straight mark that could be either.
    Either,
}

/// One quotation mark (one or two tokens: `''` is one mark).
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Its first and one-past-last token.
    first: usize,
    end: usize,
    facing: Facing,
    single: bool,
    /// The character, for pairing „ with “ and naming the style.
    glyph: char,
}

fn char_before(text: &str, byte: usize) -> Option<char> {
    text.get(..byte).and_then(|s| s.chars().next_back())
}

fn char_after(text: &str, byte: usize) -> Option<char> {
    text.get(byte..).and_then(|s| s.chars().next())
}

/// True for characters after which a straight mark opens.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“')
        }
    }
}

/// True for characters before which a straight mark closes.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '\'' | '‘' | '“')),
    }
}

/// The quotation marks of paragraph `p`, in order.
fn marks_of(doc: &Document, p: usize) -> Vec<Mark> {
    let text = doc.text;
    let paragraph = &doc.paragraphs[p];
    let tokens = match (
        doc.sentences.get(paragraph.sentences.start),
        doc.sentences.get(paragraph.sentences.end.saturating_sub(1)),
    ) {
        (Some(first), Some(last)) => first.tokens.start..last.tokens.end,
        _ => return Vec::new(),
    };
    let tags = html_tags(paragraph.span.text(text), paragraph.span.start);
    let mut marks = Vec::new();
    // the first tag not ending before the token (tags are in order and
    // disjoint, so only it may hold the token)
    let mut tag = 0;
    let mut i = tokens.start;
    while i < tokens.end {
        crate::work::step(1);
        let token = doc.tokens[i];
        while tags.get(tag).is_some_and(|t| t.end <= token.span.start) {
            crate::work::step(1);
            tag += 1;
        }
        let in_tag = tags.get(tag).is_some_and(|t| t.contains(token.span));
        if token.kind != TokenKind::Punct || in_tag {
            i += 1;
            continue;
        }
        let t = doc.token_text(i);
        let glyph = t.chars().next().unwrap_or(' ');
        // two straight single marks (or backticks) in a row are one double mark
        let next_glued = i + 1 < tokens.end
            && doc.tokens[i + 1].span.start == token.span.end
            && doc.token_text(i + 1) == t;
        let pair = matches!(glyph, '\'' | '`' | '’' | '‘') && next_glued;
        let end = if pair { i + 2 } else { i + 1 };
        let span = Span::new(token.span.start, doc.tokens[end - 1].span.end);
        let before = char_before(text, span.start);
        let after = char_after(text, span.end);
        let straight = |single: bool| {
            let open = opens_after(before) && after.is_some_and(|c| !c.is_whitespace());
            let close = closes_before(after) && before.is_some_and(|c| !c.is_whitespace());
            let facing = match (open, close) {
                (true, false) => Facing::Open,
                (false, true) => Facing::Close,
                _ => Facing::Either,
            };
            Some((facing, single))
        };
        let found = match glyph {
            _ if pair && glyph == '`' => Some((Facing::Open, false)),
            _ if pair && glyph == '‘' => Some((Facing::Open, false)),
            _ if pair && glyph == '’' => Some((Facing::Close, false)),
            _ if pair => straight(false),
            // a curly mark typed the wrong way round faces where its spaces say:
            // ”What is … (at a paragraph start), … 51 percent.“ (at an end)
            '“' if closes_before(after)
                && before.is_some_and(|c| !c.is_whitespace())
                && !opens_after(before) =>
            {
                Some((Facing::Close, false))
            }
            '”' if opens_after(before) && after.is_some_and(char::is_alphanumeric) => {
                Some((Facing::Open, false))
            }
            '“' | '„' | '«' => Some((Facing::Open, false)),
            '”' | '»' => Some((Facing::Close, false)),
            '‹' => Some((Facing::Open, true)),
            '›' => Some((Facing::Close, true)),
            // 6'3": inches, not a mark
            '"' if before.is_some_and(|c| c.is_ascii_digit()) => None,
            '"' => straight(false),
            '‘' | '’' | '\'' => single_mark(doc, i, before, after, glyph),
            _ => None,
        };
        if let Some((facing, single)) = found {
            marks.push(Mark {
                first: i,
                end,
                facing,
                single,
                glyph: if pair && glyph != '`' { '"' } else { glyph },
            });
        }
        i = end;
    }
    marks
}

/// The spans of HTML-like tags (`<tweet id="…">`) in `line`, which starts at
/// byte `offset`: the marks around attribute values are not quotation marks.
fn html_tags(line: &str, offset: usize) -> Vec<Span> {
    let mut tags = Vec::new();
    let mut open: Option<usize> = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        crate::work::step(1);
        match c {
            '<' => open = Some(i),
            '>' => {
                if let Some(start) = open.take() {
                    let name_start = line[start + 1..].chars().next();
                    if name_start.is_some_and(|n| n.is_ascii_alphabetic() || n == '/') {
                        tags.push(Span::new(offset + start, offset + i + 1));
                    }
                }
            }
            _ if c.is_whitespace() && previous == '<' => open = None,
            _ => {}
        }
        previous = c;
    }
    tags
}

/// A single mark: opening, closing, or an apostrophe (`None`).
fn single_mark(
    doc: &Document,
    i: usize,
    before: Option<char>,
    after: Option<char>,
    glyph: char,
) -> Option<(Facing, bool)> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // rock 'n' roll, 'n'
    if doc.token_text(i + 1).eq_ignore_ascii_case("n") && matches!(doc.token_text(i + 2), "'" | "’")
    {
        return None;
    }
    if i > 0
        && doc.token_text(i - 1).eq_ignore_ascii_case("n")
        && matches!(doc.token_text(i.saturating_sub(2)), "'" | "‘" | "’")
    {
        return None;
    }
    let open = opens_after(before) && letter(after) || (opens_after(before) && after == Some('"'));
    let close = !before.is_some_and(char::is_whitespace) && before.is_some() && !letter(after);
    match (open, close, glyph) {
        (true, _, '‘' | '\'') => Some((Facing::Open, true)),
        (true, _, '’') => Some((Facing::Open, true)),
        (false, true, '’' | '\'') => Some((Facing::Close, true)),
        _ => None,
    }
}

/// A quotation found between marks.
#[derive(Debug, Clone)]
struct Quotation {
    span: Span,
    paragraph: usize,
    /// The tokens of the quotation, marks included.
    tokens: std::ops::Range<usize>,
    missing_open: bool,
    missing_close: bool,
    style: &'static str,
}

fn style_of(glyph: char) -> &'static str {
    match glyph {
        '“' | '”' => "curly quotation marks",
        '"' => "straight quotation marks",
        '`' => "typewriter quotation marks",
        '„' => "low-high quotation marks",
        '«' | '»' | '‹' | '›' => "guillemets",
        _ => "single quotation marks",
    }
}

/// Pairs the marks of every paragraph into quotations.
fn quotations(doc: &Document) -> Vec<Quotation> {
    let mut found = Vec::new();
    for p in 0..doc.paragraphs.len() {
        crate::work::step(1);
        let marks = marks_of(doc, p);
        let paragraph = &doc.paragraphs[p];
        let first_token = doc
            .sentences
            .get(paragraph.sentences.start)
            .map_or(0, |s| s.tokens.start);
        let last_token = doc
            .sentences
            .get(paragraph.sentences.end.saturating_sub(1))
            .map_or(0, |s| s.tokens.end);
        let mut open: Option<Mark> = None;
        let mut single_open: Option<Mark> = None;
        // where a quotation with a missing opening mark may start
        let mut free_from = first_token;
        for mark in marks {
            crate::work::step(1);
            if mark.single {
                if open.is_some() {
                    continue; // nested inside a double quotation
                }
                match (single_open, mark.facing) {
                    (None, Facing::Open) => single_open = Some(mark),
                    (Some(o), Facing::Close | Facing::Either) => {
                        push_quotation(
                            doc, &mut found, p, o.first, mark.end, o.glyph, false, false,
                        );
                        single_open = None;
                        free_from = mark.end;
                    }
                    (Some(_), Facing::Open) => single_open = Some(mark),
                    _ => {}
                }
                continue;
            }
            match (open, mark.facing) {
                (None, Facing::Open | Facing::Either) => {
                    open = Some(mark);
                    single_open = None;
                }
                (None, Facing::Close) => {
                    // a closing mark with no opening: quote from the sentence start
                    let next = doc
                        .sentences
                        .partition_point(|s| s.tokens.start < free_from);
                    let start = doc
                        .sentences
                        .get(next)
                        .map(|s| s.tokens.start)
                        .filter(|&s| s < mark.first)
                        .unwrap_or(free_from);
                    if start < mark.first {
                        push_quotation(
                            doc, &mut found, p, start, mark.end, mark.glyph, true, false,
                        );
                    }
                    free_from = mark.end;
                }
                (Some(o), Facing::Close | Facing::Either) => {
                    push_quotation(doc, &mut found, p, o.first, mark.end, o.glyph, false, false);
                    open = None;
                    free_from = mark.end;
                }
                (Some(o), Facing::Open) => {
                    // a new opening mark: the previous quotation never closed
                    if o.glyph == '„' && mark.glyph == '“' {
                        push_quotation(
                            doc, &mut found, p, o.first, mark.end, o.glyph, false, false,
                        );
                        open = None;
                        free_from = mark.end;
                    } else {
                        push_quotation(
                            doc, &mut found, p, o.first, mark.first, o.glyph, false, true,
                        );
                        open = Some(mark);
                    }
                }
            }
        }
        if let Some(o) = open {
            push_quotation(
                doc, &mut found, p, o.first, last_token, o.glyph, false, true,
            );
        }
    }
    found
}

#[allow(clippy::too_many_arguments)]
fn push_quotation(
    doc: &Document,
    found: &mut Vec<Quotation>,
    paragraph: usize,
    first: usize,
    end: usize,
    glyph: char,
    missing_open: bool,
    missing_close: bool,
) {
    if first >= end || end > doc.tokens.len() {
        return;
    }
    // a quotation has words in it
    let has_words = (first..end).any(|i| doc.tokens[i].kind != TokenKind::Punct);
    if !has_words {
        return;
    }
    let span = Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
    found.push(Quotation {
        span,
        paragraph,
        tokens: first..end,
        missing_open,
        missing_close,
        style: style_of(glyph),
    });
}

// ---------------------------------------------------------------------------
// Speakers

/// What the finder knows while attributing.
struct Finder<'d, 'a> {
    doc: &'d Document<'a>,
    /// Person mentions from the names extractor, sorted by start.
    people: Vec<(Span, Option<Gender>)>,
    /// Quotation spans (for skipping people inside quotations).
    quoted: Vec<Span>,
    /// Named speakers found so far (a name, not a pronoun): antecedents for
    /// pronouns when the names extractor missed the person.
    named: RefCell<Vec<Span>>,
    /// Where each lowercased word occurs (token indices), for roles.
    words: HashMap<String, Vec<usize>>,
    /// The gender each surname's mentions tell (`None` when they disagree).
    surname_gender: HashMap<String, Option<Gender>>,
    /// For each token, the last of the capitalised run after it (built at
    /// first use).
    capitalized_run_ends: std::cell::OnceCell<Vec<usize>>,
    /// The subjects of the sentences asked for so far.
    sentence_subjects: RefCell<HashMap<usize, Option<Found>>>,
}

/// How many mentions either way the lookups consider: enough for an article,
/// and a bound that keeps a very long text linear.
const NEARBY: usize = 64;

/// The most words of a plain speaker phrase ("9/11 widow Terry Strada").
const PLAIN_PHRASE_WORDS: usize = 8;

/// How far past its first token [`Finder::speaker_starting_at`] looks (six
/// words and a role of three): a limit further away changes nothing.
const SPEAKER_REACH: usize = 10;

/// A speaker as found: the words, and the person they resolve to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    span: Span,
    person: Option<Span>,
}

impl Finder<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    /// True when `span` lies inside a quotation. (Quotations are in text
    /// order and do not overlap, so the one starting last before it decides.)
    fn inside_quote(&self, span: Span) -> bool {
        let at = self.quoted.partition_point(|q| q.start <= span.start);
        at > 0 && self.quoted[at - 1].contains(span)
    }

    /// The index in `people` of the first person starting at or after byte `byte`.
    fn people_from(&self, byte: usize) -> usize {
        self.people.partition_point(|(s, _)| s.start < byte)
    }

    /// The person mention that ends with token `i` (or contains it), if any.
    fn person_ending_at(&self, i: usize) -> Option<Span> {
        let token = self.doc.tokens.get(i)?;
        // names do not overlap: only the last one starting at or before the token
        let at = self.people_from(token.span.start + 1);
        let &(s, _) = self.people.get(at.checked_sub(1)?)?;
        (s.end == token.span.end || s.contains(token.span)).then_some(s)
    }

    /// The person mention that starts with token `i`, if any.
    fn person_starting_at(&self, i: usize) -> Option<Span> {
        let token = self.doc.tokens.get(i)?;
        let &(s, _) = self.people.get(self.people_from(token.span.start))?;
        (s.start == token.span.start).then_some(s)
    }

    /// The people mentioned in `span`, in order.
    fn people_in(&self, span: Span) -> &[(Span, Option<Gender>)] {
        let from = self.people_from(span.start);
        let to = self.people_from(span.end);
        &self.people[from..to.max(from)]
    }

    fn gender_of(&self, span: Span) -> Option<Gender> {
        let at = self.people_from(span.start);
        if let Some(&(_, g)) = self.people.get(at).filter(|(s, _)| *s == span) {
            if g.is_some() {
                return g;
            }
        }
        let first = self.doc.token_at_or_after(span.start);
        let before = first.checked_sub(1).map(|i| self.word(i));
        [Some(self.word(first)), before]
            .into_iter()
            .flatten()
            .find_map(|w| TITLES.iter().find(|(t, _)| *t == w).and_then(|&(_, g)| g))
    }

    /// A capitalised name ending at token `i` (going back no further than `floor`).
    fn capitalized_ending_at(&self, i: usize, floor: usize) -> Option<Span> {
        let is_name_word = |j: usize| {
            let w = self.word(j);
            self.doc.tokens[j].kind == TokenKind::Word
                && (is_capitalized(w) || matches!(w, "de" | "van" | "von" | "bin" | "al"))
        };
        if !is_name_word(i) || !is_capitalized(self.word(i)) || is_calendar_word(self.word(i)) {
            return None;
        }
        // a title or an initial is not a name by itself ("Mr.", "J.")
        let last = self.word(i);
        if last.ends_with('.') && (TITLES.iter().any(|(t, _)| *t == last) || last.len() == 2) {
            return None;
        }
        let mut start = i;
        while start > floor && is_name_word(start - 1) && i - start < 4 {
            crate::work::step(1);
            start -= 1;
        }
        while start < i && FUNCTION_WORDS.has_exact(self.word(start)) {
            crate::work::step(1);
            start += 1;
        }
        // "The New York Times", "The Post": the article belongs to the name
        if start > floor && self.word(start - 1) == "The" {
            start -= 1;
            return Some(Span::new(
                self.doc.tokens[start].span.start,
                self.doc.tokens[i].span.end,
            ));
        }
        if FUNCTION_WORDS.has_exact(self.word(start)) {
            return None;
        }
        Some(Span::new(
            self.doc.tokens[start].span.start,
            self.doc.tokens[i].span.end,
        ))
    }

    /// The speaker phrase ending at token `i` (just before a cue), going back
    /// no further than token `floor`.
    fn speaker_ending_at(&self, i: usize, floor: usize, depth: u8) -> Option<Found> {
        if i < floor || i >= self.doc.tokens.len() {
            return None;
        }
        let word = self.word(i);
        if pronoun_gender(word).is_some() {
            let span = self.doc.tokens[i].span;
            return Some(Found {
                span,
                person: self.resolve_pronoun(span),
            });
        }
        if let Some(person) = self.person_ending_at(i) {
            return Some(Found {
                span: person,
                person: Some(person),
            });
        }
        // "Stevie Wonder, who joked": the name before the relative pronoun
        if word == "who" && depth == 0 && i > floor + 1 {
            let before = if self.word(i - 1) == "," {
                i - 2
            } else {
                i - 1
            };
            return self.speaker_ending_at(before, floor, depth + 1);
        }
        // "Wang Wenbin, Foreign Ministry spokesperson of China, said"
        if matches!(word, "," | ")") && depth == 0 {
            let mut j = i;
            let stop = i.saturating_sub(16).max(floor);
            while j > stop {
                crate::work::step(1);
                j -= 1;
                if matches!(self.word(j), "," | "(") {
                    return self.speaker_ending_at(j.checked_sub(1)?, floor, depth + 1);
                }
            }
            return None;
        }
        if let Some(name) = self.capitalized_ending_at(i, floor) {
            // "Negotiators from Switzerland and Kenya said": the place ends a
            // phrase whose head is the noun before "from"
            let mut before = self.doc.token_at_or_after(name.start);
            if before >= floor + 3 && self.word(before - 1) == "and" {
                before = self.doc.token_at_or_after(
                    self.capitalized_ending_at(before - 2, floor)
                        .map_or(name.start, |n| n.start),
                );
            }
            if depth == 0 && before > floor + 1 && self.word(before - 1) == "from" {
                let head = before - 2;
                let w = self.word(head);
                if self.doc.tokens[head].kind == TokenKind::Word
                    && (!is_capitalized(w)
                        || head == floor
                        || self.doc.tokens[head - 1].kind == TokenKind::Punct)
                    && w.ends_with('s')
                    && !lower_in(w, &NOT_SPEAKER_WORDS)
                {
                    let start = (head.saturating_sub(3).max(floor)..head)
                        .rev()
                        .take_while(|&j| {
                            self.doc.tokens[j].kind == TokenKind::Word
                                && !lower_in(self.word(j), &NOT_SPEAKER_WORDS)
                                && !is_verb_cue(self.word(j))
                        })
                        .last()
                        .unwrap_or(head);
                    let span = Span::new(
                        self.doc.tokens[start].span.start,
                        self.doc.tokens[i].span.end,
                    );
                    return Some(Found { span, person: None });
                }
            }
            return Some(Found {
                span: name,
                person: self.person_for_name(name),
            });
        }
        // "the spokesman", "China's ambassador", "a senior official"
        if self.doc.tokens[i].kind == TokenKind::Word && !lower_in(word, &NOT_SPEAKER_WORDS) {
            let mut start = i;
            let stop = i.saturating_sub(5).max(floor);
            let mut found_determiner = false;
            // "the 34-year-old mother of three", "the chair of the DNC"
            let of = (start.saturating_sub(4).max(floor)..start)
                .rev()
                .find(|&j| self.word(j) == "of")
                .filter(|&j| {
                    j > floor
                        && i - j <= 2
                        && (j + 1..=i).all(|t| {
                            self.doc.tokens[t].kind == TokenKind::Word
                                && !is_calendar_word(self.word(t))
                                && !is_adverb(self.word(t))
                        })
                        && self.doc.tokens[j - 1].kind == TokenKind::Word
                        && !lower_in(self.word(j - 1), &NOT_SPEAKER_WORDS)
                        && !is_verb_cue(self.word(j - 1))
                });
            let head = of.map_or(i, |j| j - 1);
            if let Some(j) = of {
                start = j;
            }
            let stop = if of.is_some() {
                start.saturating_sub(5).max(floor)
            } else {
                stop
            };
            while start > stop {
                crate::work::step(1);
                let w = self.word(start - 1);
                if lower_in(w, &DETERMINER_WORDS) {
                    start -= 1;
                    // "marching through the streets chanted": the object of a
                    // preposition is no subject
                    let preposition = start > floor
                        && matches!(
                            self.word(start - 1),
                            "through"
                                | "in"
                                | "on"
                                | "at"
                                | "into"
                                | "from"
                                | "with"
                                | "across"
                                | "along"
                                | "near"
                                | "to"
                                | "over"
                                | "under"
                        );
                    found_determiner = !preposition;
                    break;
                }
                // "the 34-year-old mother": a hyphen inside a word
                let hyphen = w == "-"
                    && start >= 2
                    && self.doc.tokens[start - 2].kind == TokenKind::Word
                    && self.doc.tokens[start - 1].span.start == self.doc.tokens[start - 2].span.end;
                if matches!(w, "'s" | "’s")
                    || hyphen
                    || self.doc.tokens[start - 1].kind == TokenKind::Word
                {
                    if lower_in(w, &NOT_SPEAKER_WORDS) || is_verb_cue(w) {
                        break;
                    }
                    start -= 1;
                    continue;
                }
                break;
            }
            let possessive = (start..i).any(|j| matches!(self.word(j), "'s" | "’s"));
            let plural_source = start == i && word.ends_with('s') && word.len() > 3; // "sources", "officials"
            if found_determiner || possessive || plural_source {
                let span = Span::new(
                    self.doc.tokens[start].span.start,
                    self.doc.tokens[i].span.end,
                );
                return Some(Found {
                    span,
                    person: self.resolve_role(start, head),
                });
            }
        }
        None
    }

    /// The speaker phrase starting at token `i` (just after a cue: "said Mr. Wang").
    fn speaker_starting_at(&self, i: usize, limit: usize) -> Option<Found> {
        if i >= limit {
            return None;
        }
        let word = self.word(i);
        if pronoun_gender(word).is_some() {
            let span = self.doc.tokens[i].span;
            return Some(Found {
                span,
                person: self.resolve_pronoun(span),
            });
        }
        if let Some(person) = self.person_starting_at(i) {
            return Some(Found {
                span: person,
                person: Some(person),
            });
        }
        if matches!(
            word.to_lowercase().as_str(),
            "that" | "this" | "these" | "those" | "to" | "it"
        ) {
            return None;
        }
        // the longest capitalised run, or a determiner phrase up to its noun
        let mut end = i;
        let capitalized_run = is_capitalized(word) && !lower_in(word, &DETERMINER_WORDS);
        while end < limit && end - i < 6 {
            crate::work::step(1);
            let w = self.word(end);
            if self.doc.tokens[end].kind != TokenKind::Word {
                break;
            }
            if capitalized_run {
                if !is_capitalized(w) {
                    // "said MSNBC host Chris Matthews", "said Fox News anchor
                    // Chris Wallace": a role between the run and a person
                    let person = (end..limit.min(end + 3))
                        .take_while(|&t| {
                            self.doc.tokens[t].kind == TokenKind::Word
                                && !lower_in(self.word(t), &NOT_SPEAKER_WORDS)
                                && !is_verb_cue(self.word(t))
                        })
                        .find_map(|t| self.person_starting_at(t));
                    let role_before = person.is_some_and(|p| {
                        let role = self.doc.token_at_or_after(p.start) - 1;
                        ROLE_WORDS.has(&self.word(role).to_lowercase())
                    });
                    if let Some(person) = person.filter(|_| role_before) {
                        return Some(Found {
                            span: Span::new(self.doc.tokens[i].span.start, person.end),
                            person: Some(person),
                        });
                    }
                    break;
                }
            } else if end > i && (lower_in(w, &NOT_SPEAKER_WORDS) || is_verb_cue(w)) {
                break;
            }
            if let Some(person) = self.person_starting_at(end) {
                // "said the spokesman Wang Wenbin"
                return Some(Found {
                    span: Span::new(self.doc.tokens[i].span.start, person.end),
                    person: Some(person),
                });
            }
            end += 1;
        }
        // "according to conservative talk radio host Rush Limbaugh"
        let name_inside = (i..end).any(|j| is_capitalized(self.word(j)));
        if end == i || (!capitalized_run && !lower_in(word, &DETERMINER_WORDS) && !name_inside) {
            return None;
        }
        let span = Span::new(
            self.doc.tokens[i].span.start,
            self.doc.tokens[end - 1].span.end,
        );
        let person = if capitalized_run || name_inside {
            self.person_for_name(span)
        } else {
            self.resolve_role(i, end - 1)
        };
        Some(Found { span, person })
    }

    /// A person mention for a capitalised name the names extractor did not
    /// give as a mention itself: one that contains its last word.
    fn person_for_name(&self, name: Span) -> Option<Span> {
        let at = self.people_from(name.start);
        if self.people.get(at).is_some_and(|(s, _)| *s == name) {
            return Some(name);
        }
        let text = self.doc.text;
        let last = name.text(text).split_whitespace().last()?;
        // the nearest one, looking a bounded number of mentions either way
        let from = at.saturating_sub(NEARBY);
        let to = (at + NEARBY).min(self.people.len());
        self.people[from..to]
            .iter()
            .filter(|(s, _)| s.text(text).split_whitespace().any(|w| w == last))
            .min_by_key(|(s, _)| s.start.abs_diff(name.start))
            .map(|&(s, _)| s)
    }

    /// The most recent person of the pronoun's gender, outside quotations.
    fn resolve_pronoun(&self, pronoun: Span) -> Option<Span> {
        let gender = pronoun_gender(pronoun.text(self.doc.text))??;
        // "Ban Ki-moon condemned what he called …": the subject (first
        // person) of the pronoun's own sentence
        let at = self.doc.token_at_or_after(pronoun.start);
        if let Some(sentence) = self.doc.tokens.get(at).map(|t| t.sentence) {
            let start = self.doc.sentences[sentence].tokens.start;
            let before = Span::new(self.doc.tokens[start].span.start, pronoun.start);
            let own = self.people_in(before).iter().find(|(s, g)| {
                s.end <= pronoun.start
                    && !self.inside_quote(*s)
                    && self.person_gender(*s, *g).map_or(true, |g| g == gender)
            });
            if let Some(&(s, _)) = own {
                return Some(s);
            }
            // the sentences before: the subject (first person) of the nearest
            // one that names someone of the right gender ("Ham explained why
            // he backs Trump over Clinton. “…,” he said." → Ham)
            for back in 1..=3 {
                crate::work::step(1);
                let Some(previous) = sentence
                    .checked_sub(back)
                    .and_then(|i| self.doc.sentences.get(i))
                else {
                    break;
                };
                let subject = self.people_in(previous.span).iter().find(|(s, g)| {
                    !self.inside_quote(*s)
                        && self.person_gender(*s, *g).map_or(true, |g| g == gender)
                });
                if let Some(&(s, _)) = subject {
                    return Some(s);
                }
                // a name after a title the names extractor missed ("Her
                // colleague, Professor Rajesh Venkataraman, …")
                if let Some(name) = self.titled_name_in(previous.tokens.clone(), gender) {
                    return Some(name);
                }
            }
        }
        let at = self.people_from(pronoun.start);
        let person = self.people[at.saturating_sub(NEARBY)..at]
            .iter()
            .rev()
            .filter(|(s, _)| s.end <= pronoun.start && !self.inside_quote(*s))
            .find(|(s, g)| self.person_gender(*s, *g).map_or(true, |g| g == gender))
            .map(|&(s, _)| s);
        let named_list = self.named.borrow();
        let at = named_list.partition_point(|s| s.start < pronoun.start);
        let named = named_list[at.saturating_sub(NEARBY)..at]
            .iter()
            .rev()
            .find(|s| {
                s.end <= pronoun.start
                    && self.person_gender(**s, None).map_or(true, |g| g == gender)
            })
            .copied();
        match (person, named) {
            (Some(p), Some(n)) if n.start > p.end => Some(n),
            (None, n) => n,
            (p, _) => p,
        }
    }

    /// The first capitalised name after a title in tokens `range`, outside
    /// quotations, whose title does not tell another gender than `gender`.
    fn titled_name_in(&self, range: std::ops::Range<usize>, gender: Gender) -> Option<Span> {
        for i in range.clone() {
            crate::work::step(1);
            let Some(&(_, title_gender)) = TITLES.iter().find(|(t, _)| *t == self.word(i)) else {
                continue;
            };
            if title_gender.is_some_and(|g| g != gender)
                || self.inside_quote(self.doc.tokens[i].span)
            {
                continue;
            }
            let mut end = i + 1;
            while end < range.end
                && end < i + 5
                && self.doc.tokens[end].kind == TokenKind::Word
                && is_capitalized(self.word(end))
                && !FUNCTION_WORDS.has_exact(self.word(end))
            {
                end += 1;
            }
            if end > i + 1 {
                return Some(Span::new(
                    self.doc.tokens[i].span.start,
                    self.doc.tokens[end - 1].span.end,
                ));
            }
        }
        None
    }

    /// A person mention's gender: the names extractor's, a title's, or that
    /// of another mention with the same surname ("Mrs. Clinton" tells it for
    /// "Hillary Clinton").
    fn person_gender(&self, span: Span, given: Option<Gender>) -> Option<Gender> {
        given.or_else(|| self.gender_of(span)).or_else(|| {
            let last = span.text(self.doc.text).split_whitespace().last()?;
            self.surname_gender
                .get(&last.to_lowercase())
                .copied()
                .flatten()
        })
    }

    /// Remembers a speaker that is a name, as an antecedent for pronouns.
    fn remember(&self, found: Found) {
        let is_pronoun = pronoun_gender(found.span.text(self.doc.text)).is_some();
        let named = found.person.unwrap_or(found.span);
        let words: Vec<&str> = named.text(self.doc.text).split_whitespace().collect();
        // a person: found by the names extractor, or two capitalised words
        // ("Wang Wenbin", "Mr. Wang"), not one ("France", "Reuters")
        let looks_like_a_name =
            found.person.is_some() || words.len() >= 2 && words.iter().all(|w| is_capitalized(w));
        if !is_pronoun && looks_like_a_name {
            let mut list = self.named.borrow_mut();
            // kept in text order, for the binary search in resolve_pronoun
            if list.last().map_or(true, |last| last.start < named.start) {
                list.push(named);
            }
        }
    }

    /// "the spokesman" → the person named next to "spokesman" elsewhere
    /// ("Wang Wenbin, foreign ministry spokesman"); `first..=last` are the
    /// role's tokens.
    fn resolve_role(&self, first: usize, last: usize) -> Option<Span> {
        let head = self.word(last).to_lowercase();
        // only a person's role names a person ("the spokesman"), not "the
        // campaign" or "the report"
        if !ROLE_WORDS.has(&head) {
            return None;
        }
        let role_start = self.doc.tokens[first].span.start;
        // the person in apposition with the role right here ("China's ambassador, Zhang Jun")
        if self.word(last + 1) == "," {
            if let Some(p) = self.person_starting_at(last + 2) {
                return Some(p);
            }
        }
        let mut best: Option<Span> = None;
        let mut titled: Option<Span> = None;
        let positions = self.words.get(head.as_str()).map_or(&[][..], Vec::as_slice);
        // the mentions of the role before this one (the last few), then after
        let here = positions.partition_point(|&j| j < first);
        let nearby = positions[here.saturating_sub(NEARBY)..(here + NEARBY).min(positions.len())]
            .iter()
            .copied();
        for j in nearby {
            crate::work::step(1);
            let token = self.doc.tokens[j];
            if token.span.start >= role_start && (best.is_some() || titled.is_some()) {
                break;
            }
            if j == last {
                continue;
            }
            // a person within a few tokens of this other mention of the role
            let window = Span::new(
                self.doc.tokens[j.saturating_sub(8)].span.start,
                self.doc.tokens[(j + 4).min(self.doc.tokens.len() - 1)]
                    .span
                    .end,
            );
            let same_sentence = |s: &Span| {
                let k = self.doc.token_at_or_after(s.start);
                self.doc.tokens.get(k).map(|t| t.sentence) == Some(token.sentence)
            };
            // "President Obama": the role as a title names its holder, and
            // "the president" is he rather than "Tina Houchins, president of
            // the local chapter"
            if is_capitalized(self.word(j)) && first + 2 > last {
                if let Some(p) = self.person_starting_at(j + 1) {
                    titled = Some(p);
                    if token.span.start < role_start {
                        continue;
                    }
                    break;
                }
            }
            if let Some(&(p, _)) = self
                .people_in(window)
                .iter()
                .filter(|(s, _)| window.contains(*s) && same_sentence(s))
                .min_by_key(|(s, _)| s.start.abs_diff(token.span.start))
            {
                best = Some(p);
            }
        }
        titled.or(best)
    }
}

// ---------------------------------------------------------------------------
// Attribution

#[derive(Debug, Clone, Copy)]
struct Attribution {
    speaker: Option<Found>,
    cue: Option<Span>,
    /// Where the cue is, for the reason.
    place: &'static str,
}

/// Cues after which the speaker may come: "said Mr. Wang", "added the
/// spokesman" (not "told reporters", "found an astonishing …").
fn inverts(cue: &str) -> bool {
    matches!(
        cue.to_lowercase().as_str(),
        "said"
            | "says"
            | "say"
            | "added"
            | "adds"
            | "asked"
            | "asks"
            | "wrote"
            | "writes"
            | "continued"
            | "continues"
            | "explained"
            | "noted"
            | "recalled"
            | "replied"
            | "responded"
            | "warned"
            | "argued"
            | "insisted"
            | "declared"
            | "joked"
            | "quipped"
            | "concluded"
            | "according"
            | "stated"
            | "claimed"
            | "tweeted"
            | "observed"
            | "remarked"
            | "cautioned"
            | "countered"
            | "conceded"
            | "admitted"
            | "acknowledged"
    )
}

/// Cue words that are as often nouns ("the state", "a report").
fn is_noun_like_cue(word: &str) -> bool {
    matches!(
        word,
        "state"
            | "states"
            | "report"
            | "reports"
            | "note"
            | "notes"
            | "claim"
            | "claims"
            | "call"
            | "calls"
            | "charge"
            | "charges"
            | "demand"
            | "demands"
            | "promise"
            | "promises"
            | "remark"
            | "remarks"
            | "estimate"
            | "estimates"
            | "post"
            | "posts"
            | "read"
            | "reads"
            | "counter"
            | "vow"
            | "vows"
            | "joke"
            | "jokes"
            | "quip"
            | "quips"
            | "wonder"
            | "stress"
            | "tweet"
            | "tweets"
            | "answer"
            | "thought"
            | "found"
            | "put"
    )
}

/// Capitalised words that are dates, not speakers.
fn is_calendar_word(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// The token range of the cue at token `i` ("said", "according to"), if any.
fn cue_at(doc: &Document, i: usize) -> Option<std::ops::Range<usize>> {
    let word = doc.token_text(i);
    if doc.tokens.get(i)?.kind != TokenKind::Word {
        return None;
    }
    if word.eq_ignore_ascii_case("according") && doc.token_text(i + 1) == "to" {
        return Some(i..i + 2);
    }
    if word.eq_ignore_ascii_case("put") {
        // "as he put it"
        return (doc.token_text(i + 1) == "it").then_some(i..i + 2);
    }
    // a capitalised cue word is a name ("United States") or a headline
    // (but a sentence may start with one: "Urging Washington to …")
    let lowercase = word.chars().next().is_some_and(char::is_lowercase);
    let opens = doc.starts_sentence(i) && (word.ends_with("ing") || inverts(word));
    ((lowercase || opens) && is_cue(word)).then_some(i..i + 1)
}

impl Finder<'_, '_> {
    /// Attribution from the words right after a quotation: `“…,” he said`,
    /// `“…,” said Mr. Wang`, `“…,” according to the report`.
    fn after(&self, from: usize, limit: usize, strict: bool) -> Option<Attribution> {
        // “…” ― Veronica Cruz
        if matches!(self.word(from), "―" | "—" | "–" | "~") {
            // a name, not a phrase in apposition ("“…” — a metaphor for …")
            let named = |found: &Found| {
                let first = found.span.text(self.doc.text).split_whitespace().next();
                found.person.is_some()
                    || first.is_some_and(|w| is_capitalized(w) && !FUNCTION_WORDS.has_exact(w))
            };
            if let Some(speaker) = self.speaker_starting_at(from + 1, limit).filter(named) {
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: Some(self.doc.tokens[from].span),
                    place: "after",
                });
            }
        }
        let mut i = from;
        while i < limit && matches!(self.word(i), "," | "—" | "–" | "-") {
            crate::work::step(1);
            i += 1;
        }
        // “…,” Leonard E. Burman, director of the Tax Policy Center, said
        let appositive_end = self.appositive_after(i, limit);
        let window_end = limit.min(appositive_end.map_or(i + 12, |e| e + 4));
        let mut in_parentheses = false;
        for k in i..window_end {
            crate::work::step(1);
            match self.word(k) {
                "(" => in_parentheses = true,
                ")" => in_parentheses = false,
                _ => {}
            }
            if in_parentheses {
                continue; // "Rep. Gwen Moore (D-Wis.) said"
            }
            // "McConnell, R-Ky., said": the period of an abbreviation
            let abbreviation = self.word(k) == "." && self.word(k + 1) == ",";
            if matches!(self.word(k), "." | "!" | "?" | ";") && !abbreviation
                || self.is_mark_token(k)
            {
                return None;
            }
            let Some(cue) = cue_at(self.doc, k) else {
                continue;
            };
            if k > i && is_noun_like_cue(self.word(k)) && self.noun_phrase_cue(k, i) {
                continue;
            }
            let cue_span = Span::new(
                self.doc.tokens[cue.start].span.start,
                self.doc.tokens[cue.end - 1].span.end,
            );
            let speaker = if k == i {
                self.speaker_starting_at(cue.end, limit)
                    .filter(|found| self.ends_phrase(found.span.end, limit))
            } else {
                // subject before the cue, skipping adverbs ("he later continued")
                let mut j = k - 1;
                while j > i && is_adverb(self.word(j)) {
                    crate::work::step(1);
                    j -= 1;
                }
                let found = if appositive_end.is_some_and(|e| e + 1 == j || e == j) {
                    self.speaker_starting_at(i, limit)
                } else {
                    self.speaker_ending_at(j, i, 0)
                };
                // the speaker starts the window, or follows a comma, maybe
                // after a title or role ("…, Mr. Holtz-Eakin said", "White
                // House press secretary Josh Earnest said")
                found.filter(|found| {
                    let mut start = self.doc.token_at_or_after(found.span.start);
                    while start > i && start + 8 > k {
                        crate::work::step(1);
                        let w = self.word(start - 1);
                        let role_word = self.doc.tokens[start - 1].kind == TokenKind::Word
                            && !lower_in(w, &NOT_SPEAKER_WORDS)
                            && !is_verb_cue(w);
                        if !role_word {
                            break;
                        }
                        start -= 1;
                    }
                    start <= i + 2 || self.word(start.saturating_sub(1)) == ","
                })
            };
            // "“…,” said 9/11 widow Terry Strada.", "“…,” Mr. Morgan of the
            // Sierra Club said.": a short plain phrase between the quotation
            // or cue and the end of the clause is the speaker
            let speaker = speaker.or_else(|| {
                if k == i {
                    self.plain_phrase_after(cue.end, limit)
                } else {
                    let mut j = k - 1;
                    while j > i && is_adverb(self.word(j)) {
                        crate::work::step(1);
                        j -= 1;
                    }
                    self.plain_phrase(i, j + 1)
                }
            });
            if speaker.is_none() && k != i {
                continue;
            }
            if strict {
                // “….” Trump said the deal is bad: a new statement, not attribution
                let mut tail = cue.end;
                if speaker.is_some_and(|s| s.span.start >= cue_span.end) {
                    tail = self
                        .doc
                        .token_at_or_after(speaker.map_or(0, |s| s.span.end));
                }
                while tail < limit && !matches!(self.word(tail), "," | "." | "!" | "?" | ";") {
                    crate::work::step(1);
                    let w = self.word(tail);
                    let time_word = is_capitalized(w) && w.ends_with("day")
                        || lower_in(w, &ADVERB_WORDS)
                        || matches!(
                            w,
                            "on" | "in" | "at" | "a" | "an" | "the" | "statement" | "interview"
                        );
                    if !time_word {
                        return None;
                    }
                    tail += 1;
                }
            }
            return Some(Attribution {
                speaker,
                cue: Some(cue_span),
                place: "after",
            });
        }
        None
    }

    /// A speaker phrase of tokens `i..end` (at most eight words, starting
    /// with a capital, a number or a determiner: "9/11 widow Terry Strada",
    /// "Mr. Morgan of the Sierra Club", "my father"), the person in it if any.
    fn plain_phrase(&self, i: usize, end: usize) -> Option<Found> {
        let first = self.word(i);
        let opens = self.doc.tokens.get(i)?.kind == TokenKind::Number
            || is_capitalized(first) && !FUNCTION_WORDS.has_exact(first)
            || lower_in(first, &DETERMINER_WORDS)
                && !matches!(first, "this" | "that" | "these" | "those")
            || matches!(first, "my" | "your");
        if !opens || end <= i || end - i > PLAIN_PHRASE_WORDS || pronoun_gender(first).is_some() {
            return None;
        }
        let plain = (i..end).all(|t| {
            let w = self.word(t);
            // no clause inside: "postings that included one"
            let function_word = lower_in(w, &NOT_SPEAKER_WORDS)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "of" | "the" | "a" | "an" | "and" | "in" | "for" | "at" | "from" | "on"
                );
            self.doc.tokens[t].kind != TokenKind::Punct && !is_verb_cue(w) && !function_word
                || matches!(w, "/" | "'s" | "’s")
        });
        if !plain || lower_in(self.word(end - 1), &NOT_SPEAKER_WORDS) {
            return None;
        }
        let span = Span::new(
            self.doc.tokens[i].span.start,
            self.doc.tokens[end - 1].span.end,
        );
        let person = self.people_in(span).last().map(|&(p, _)| p);
        Some(Found { span, person })
    }

    /// The plain phrase from token `i` to the end of its clause
    /// ("said 9/11 widow Terry Strada."), stopping at an adverb or a date
    /// word ("said Terry Strada on Tuesday").
    fn plain_phrase_after(&self, i: usize, limit: usize) -> Option<Found> {
        let mut end = i;
        while end < limit
            && end - i <= 8
            && (self.doc.tokens[end].kind != TokenKind::Punct
                || matches!(self.word(end), "/" | "'s" | "’s"))
            && !(end > i && is_adverb(self.word(end)))
            && !matches!(self.word(end), "on" | "in" | "at" | "during" | "after")
        {
            end += 1;
        }
        self.plain_phrase(i, end)
    }

    /// A name starting at token `i` followed by an appositive between commas
    /// ("Leonard E. Burman, director of the center, said"): the token index
    /// of the closing comma.
    fn appositive_after(&self, i: usize, limit: usize) -> Option<usize> {
        let name = self.speaker_starting_at(i, limit)?;
        if pronoun_gender(name.span.text(self.doc.text)).is_some() {
            return None;
        }
        let mut comma = self.doc.token_at_or_after(name.span.end);
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        if self.word(comma) == "(" {
            comma = (comma..limit.min(comma + 8)).find(|&j| self.word(j) == ")")? + 1;
        }
        if self.word(comma) != "," {
            return None;
        }
        (comma + 1..limit.min(comma + 30))
            .take_while(|&j| {
                // "McConnell, R-Ky., said": the period of an abbreviation
                let abbreviation = self.word(j) == "." && self.word(j + 1) == ",";
                !matches!(self.word(j), "." | "!" | "?" | ";") && !self.is_mark_token(j)
                    || abbreviation
            })
            .find(|&j| self.word(j) == "," && cue_at(self.doc, j + 1).is_some())
    }

    /// True when the phrase ending at byte `end` is followed by punctuation
    /// (or the window's end at token `limit`): "said Mr. Wang." but not "said
    /// the event brought back memories of …".
    fn ends_phrase(&self, end: usize, limit: usize) -> bool {
        let next = self.doc.token_at_or_after(end);
        next >= limit
            || matches!(
                self.word(next),
                "," | "."
                    | ":"
                    | ";"
                    | "("
                    | "—"
                    | "–"
                    | "-"
                    | "!"
                    | "?"
                    | "who"
                    | "in"
                    | "on"
                    | "at"
                    | "“"
                    | "\""
                    | "'"
                    | "‘"
            )
            // "said Rep. Elijah Cummings of Maryland", "wrote Cameron Easley
            // for Morning Consult"
            || matches!(self.word(next), "of" | "for") && is_capitalized(self.word(next + 1))
    }

    fn is_mark_token(&self, i: usize) -> bool {
        matches!(self.word(i), "“" | "”" | "\"" | "«" | "»" | "„")
    }

    /// True when the cue word at `k` is a noun after "of" or a determiner,
    /// maybe with capitalised adjectives between ("the report", "11% of
    /// Democratic claims"), looking back no further than `floor`.
    fn noun_phrase_cue(&self, k: usize, floor: usize) -> bool {
        if k <= floor {
            return false;
        }
        let mut j = k - 1;
        while j > floor
            && j + 2 >= k
            && is_capitalized(self.word(j))
            && !lower_in(self.word(j), &DETERMINER_WORDS)
        {
            j -= 1;
        }
        let w = self.word(j);
        w == "of" || lower_in(w, &DETERMINER_WORDS)
    }

    /// True when a quotation ends with token `i` (its closing mark, `''`
    /// included).
    fn quotation_ends_at(&self, i: usize) -> bool {
        let Some(token) = self.doc.tokens.get(i) else {
            return false;
        };
        let at = self.quoted.partition_point(|q| q.end < token.span.end);
        self.quoted.get(at).is_some_and(|q| q.end == token.span.end)
    }

    /// True when a quotation starts with token `i`.
    fn quotation_starts_at(&self, i: usize) -> bool {
        let Some(token) = self.doc.tokens.get(i) else {
            return false;
        };
        let at = self.quoted.partition_point(|q| q.start < token.span.start);
        self.quoted
            .get(at)
            .is_some_and(|q| q.start == token.span.start)
    }

    /// A quotation set off by dashes right after a person's name, in a
    /// list: "including Mitt Romney -- ''…'' -- and Fred Goldberg".
    fn dashed_name_before(&self, floor: usize, first: usize, end: usize) -> Option<Attribution> {
        // a dash is "—", "–" or "--" (two tokens)
        let dash_at = |i: usize| match self.word(i) {
            "—" | "–" => Some(1),
            "-" if self.word(i + 1) == "-" => Some(2),
            _ => None,
        };
        let width = (first.saturating_sub(2)..first)
            .rev()
            .find_map(|i| dash_at(i).filter(|&w| i + w == first))?;
        if first < floor + width + 1 || dash_at(end).is_none() {
            return None;
        }
        let name_end = first - width - 1;
        let person = self.person_ending_at(name_end)?;
        if person.end != self.doc.tokens[name_end].span.end {
            return None;
        }
        Some(Attribution {
            speaker: Some(Found {
                span: person,
                person: Some(person),
            }),
            cue: Some(Span::new(
                self.doc.tokens[first - width].span.start,
                self.doc.tokens[first - 1].span.end,
            )),
            place: "before",
        })
    }

    /// Attribution from the words before a quotation, between `floor` and
    /// `before` (exclusive): `Wang said: “…”`, `According to X, “…”`.
    fn before(&self, floor: usize, before: usize) -> Option<Attribution> {
        let mut k = before;
        while k > floor {
            crate::work::step(1);
            k -= 1;
            let Some(cue) = cue_at(self.doc, k) else {
                continue;
            };
            let cue_span = Span::new(
                self.doc.tokens[cue.start].span.start,
                self.doc.tokens[cue.end - 1].span.end,
            );
            let mut speaker = None;
            if k > floor {
                let mut j = k - 1;
                // "it would tell …", "to say": not a report
                if matches!(
                    self.word(j).to_lowercase().as_str(),
                    "to" | "would" | "could" | "can" | "should" | "may" | "might" | "must"
                ) {
                    continue;
                }
                while j > floor && is_adverb(self.word(j)) {
                    crate::work::step(1);
                    j -= 1;
                }
                // "Trump attacked Clinton, saying, “…”": the subject is further
                // back, not the phrase before the comma
                let participle_clause = self.word(k).ends_with("ing") && self.word(j) == ",";
                if !participle_clause {
                    // "However, 63 percent said": a plain phrase back to a
                    // comma or the sentence start
                    speaker = self.speaker_ending_at(j, floor, 0).or_else(|| {
                        // (a plain phrase has at most eight words: a comma
                        // or floor further back leaves none)
                        let reach = floor.max(j.saturating_sub(PLAIN_PHRASE_WORDS));
                        let start = (reach..=j)
                            .rev()
                            .find(|&t| self.word(t) == ",")
                            .map(|comma| comma + 1)
                            .or((reach == floor).then_some(floor))?;
                        self.plain_phrase(start, j + 1)
                    });
                }
                // "Kim's mental state is", "the report of": nouns, not cues
                // (but "as The New Yorker put it" is a verb)
                if is_noun_like_cue(self.word(k))
                    && cue.len() == 1
                    && (speaker.is_some_and(|s| {
                        let t = s.span.text(self.doc.text);
                        t.contains("'s") || t.contains("’s")
                    }) || matches!(self.word(cue.end), "of" | "is" | "was" | "that")
                        || self.noun_phrase_cue(k, floor))
                {
                    continue;
                }
            }
            // "said Mr. Wang:", but not "Urging Washington to “…”" (after a
            // participle comes the one spoken to) nor "found an astonishing …"
            if speaker.is_none() && inverts(self.word(k)) {
                speaker = self
                    .speaker_starting_at(cue.end, before)
                    .filter(|found| self.ends_phrase(found.span.end, before));
            }
            return Some(Attribution {
                speaker,
                cue: Some(cue_span),
                place: "before",
            });
        }
        None
    }

    /// The first person, pronoun or capitalised name between tokens `floor`
    /// and `before`, outside quotations.
    fn subject_between(&self, floor: usize, before: usize) -> Option<Found> {
        let mut i = floor;
        // "In a White House statement, President Obama …", "Conversely,
        // PolitiFact …": an opening adjunct holds no subject
        if let Some(comma) = (floor..before.min(floor + 12)).find(|&t| self.word(t) == ",") {
            let first = self.word(floor);
            let opener = matches!(
                first,
                "In" | "At"
                    | "On"
                    | "During"
                    | "After"
                    | "Before"
                    | "With"
                    | "From"
                    | "By"
                    | "For"
                    | "Since"
                    | "Despite"
                    | "Amid"
                    | "Under"
                    | "Following"
                    | "Unlike"
                    | "Throughout"
            ) || comma == floor + 1 && first.ends_with("ly");
            if opener && comma + 1 < before {
                i = comma + 1;
            }
        }
        while i < before {
            crate::work::step(1);
            let token = self.doc.tokens[i];
            if self.inside_quote(token.span) {
                i += 1;
                continue;
            }
            if let Some(person) = self.person_starting_at(i) {
                return Some(Found {
                    span: person,
                    person: Some(person),
                });
            }
            let word = self.word(i);
            if matches!(word, "he" | "she" | "He" | "She") {
                return Some(Found {
                    span: token.span,
                    person: self.resolve_pronoun(token.span),
                });
            }
            if is_capitalized(word)
                && token.kind == TokenKind::Word
                && !FUNCTION_WORDS.has_exact(word)
                && !is_calendar_word(word)
            {
                // the capitalised run from here, up to `before`
                let end = self.capitalized_run_end(i).min(before - 1);
                if let Some(name) = self.capitalized_ending_at(end, i) {
                    return Some(Found {
                        span: name,
                        person: self.person_for_name(name),
                    });
                }
            }
            i += 1;
        }
        None
    }

    /// The last token of the run of capitalised tokens after token `i`
    /// (`i` itself when the next is not capitalised). Computed once for the
    /// document, so that looking along a long run stays linear.
    fn capitalized_run_end(&self, i: usize) -> usize {
        let ends = self.capitalized_run_ends.get_or_init(|| {
            let n = self.doc.tokens.len();
            let mut ends = vec![0; n];
            for t in (0..n).rev() {
                crate::work::step(1);
                ends[t] = if t + 1 < n && is_capitalized(self.word(t + 1)) {
                    ends[t + 1]
                } else {
                    t
                };
            }
            ends
        });
        ends.get(i).copied().unwrap_or(i)
    }

    /// The subject of the sentence containing token `i`: its first person or
    /// name, for cues with no subject of their own ("Urging Washington to …").
    /// (Asked again for each quotation after the sentence: answered once.)
    fn sentence_subject(&self, sentence: usize) -> Option<Found> {
        if let Some(&known) = self.sentence_subjects.borrow().get(&sentence) {
            return known;
        }
        let subject = self.find_sentence_subject(sentence);
        self.sentence_subjects
            .borrow_mut()
            .insert(sentence, subject);
        subject
    }

    fn find_sentence_subject(&self, sentence: usize) -> Option<Found> {
        let s = self.doc.sentences.get(sentence)?;
        let text_span = s.span;
        if let Some(&(p, _)) = self
            .people_in(text_span)
            .iter()
            .find(|(p, _)| text_span.contains(*p) && !self.inside_quote(*p))
        {
            return Some(Found {
                span: p,
                person: Some(p),
            });
        }
        // no person found: the first capitalised name that is not a possessive
        // ("China’s ambassador, Zhang Jun, …" → Zhang Jun)
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            crate::work::step(1);
            let w = self.word(i);
            let name_like = self.doc.tokens[i].kind == TokenKind::Word
                && is_capitalized(w)
                && !FUNCTION_WORDS.has_exact(w)
                && !is_calendar_word(w)
                && !self.inside_quote(self.doc.tokens[i].span);
            if !name_like {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < s.tokens.end && is_capitalized(self.word(end + 1)) {
                crate::work::step(1);
                end += 1;
            }
            if !matches!(self.word(end + 1), "'s" | "’s") && end > i {
                let span = Span::new(self.doc.tokens[i].span.start, self.doc.tokens[end].span.end);
                return Some(Found {
                    span,
                    person: self.person_for_name(span),
                });
            }
            i = end + 1;
        }
        None
    }
}

// ---------------------------------------------------------------------------
// The pass

/// The gender told by the mentions of each surname (the last word of a name).
fn surname_genders(finder: &Finder) -> HashMap<String, Option<Gender>> {
    let mut genders: HashMap<String, Option<Gender>> = HashMap::new();
    for &(span, given) in &finder.people {
        crate::work::step(1);
        let Some(gender) = given.or_else(|| finder.gender_of(span)) else {
            continue;
        };
        let Some(last) = span.text(finder.doc.text).split_whitespace().last() else {
            continue;
        };
        genders
            .entry(last.to_lowercase())
            .and_modify(|known| {
                if *known != Some(gender) {
                    *known = None;
                }
            })
            .or_insert(Some(gender));
    }
    // a subject pronoun outside quotations whose only candidate is one
    // person ("Dr. García-López remembers … That December, she left …")
    // tells that person's gender, when nothing else did
    let doc = finder.doc;
    let mut told: HashMap<String, Option<Gender>> = HashMap::new();
    for (i, token) in doc.tokens.iter().enumerate() {
        crate::work::step(1);
        let word = doc.token_text(i);
        let gender = match word {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => continue,
        };
        if finder.inside_quote(token.span) {
            continue;
        }
        let sentence = &doc.sentences[token.sentence];
        let own = Span::new(sentence.span.start, token.span.start);
        let window = if finder.people_in(own).is_empty() {
            token
                .sentence
                .checked_sub(1)
                .and_then(|s| doc.sentences.get(s))
                .filter(|s| s.paragraph + 1 >= sentence.paragraph)
                .map_or(own, |s| Span::new(s.span.start, token.span.start))
        } else {
            own
        };
        let surnames: HashSet<String> = finder
            .people_in(window)
            .iter()
            .filter(|(p, _)| !finder.inside_quote(*p))
            .filter_map(|(p, _)| p.text(doc.text).split_whitespace().last())
            .map(str::to_lowercase)
            .collect();
        if surnames.len() != 1 {
            continue;
        }
        for surname in surnames {
            crate::work::step(1);
            told.entry(surname)
                .and_modify(|known| {
                    if *known != Some(gender) {
                        *known = None;
                    }
                })
                .or_insert(Some(gender));
        }
    }
    for (surname, gender) in told {
        crate::work::step(1);
        genders.entry(surname).or_insert(gender);
    }
    genders
}

/// True unless a person mention starts with a function word ("In", "Only",
/// "During") or holds a month, a weekday or a reporting verb ("Says").
fn is_plausible_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    !FUNCTION_WORDS.has_exact(first)
        && !matches!(
            first,
            "During" | "Only" | "Under" | "Over" | "Despite" | "Without"
        )
        && !name.split_whitespace().any(|w| {
            // months that are also names: Theresa May, April Ryan
            let month_name = matches!(w, "May" | "June" | "April" | "August");
            is_calendar_word(w) && !month_name || is_verb_cue(&w.to_lowercase())
        })
}

/// Where each lowercased word of `doc` occurs (token indices).
fn word_positions(doc: &Document) -> HashMap<String, Vec<usize>> {
    let mut positions: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, token) in doc.tokens.iter().enumerate() {
        crate::work::step(1);
        if token.kind == TokenKind::Word {
            positions
                .entry(doc.token_text(i).to_lowercase())
                .or_default()
                .push(i);
        }
    }
    positions
}

/// Finds quotations, reported speech and their speakers in `doc`.
pub fn find(doc: &Document, context: &Context) -> Vec<Mention> {
    let places = SortedSpans::new(
        context
            .found
            .iter()
            .filter(|m| matches!(m.payload, Payload::Place(_)))
            .map(|m| m.span),
    );
    let labels: Vec<Option<(Span, usize)>> = (0..doc.paragraphs.len())
        .map(|p| paragraph_label(doc, &places, p))
        .collect();
    // a transcript line ("\"PENCE: Well, look, …" with a mark opening every
    // paragraph and closing none) is the label's reported speech, not a
    // quotation: the labels below report it, and the lines after it with
    // no label of their own continue it
    let mut transcript: Vec<Option<(Span, usize)>> = vec![None; doc.paragraphs.len()];
    let mut continued_lines: Vec<(usize, usize)> = Vec::new();
    let mut quotes = Vec::new();
    // a nickname in marks inside a person's name (Marcia "Cia" Price) is
    // part of the name, not a quotation
    let mut person_spans: Vec<Span> = context
        .found
        .iter()
        .filter(|m| matches!(m.payload, Payload::Person(_)))
        .map(|m| m.span)
        .collect();
    person_spans.sort_by_key(|p| p.start);
    for q in quotations(doc) {
        crate::work::step(1);
        // names do not overlap: only the last one starting before the quotation
        let before = person_spans.partition_point(|p| p.start < q.span.start);
        let in_name = before
            .checked_sub(1)
            .and_then(|i| person_spans.get(i))
            .is_some_and(|p| q.span.end < p.end);
        if in_name {
            continue;
        }
        let opens_paragraph = doc.paragraphs[q.paragraph].span.start == q.span.start;
        if q.missing_close && opens_paragraph {
            let label = labels[q.paragraph]
                .filter(|(label, _)| doc.token_at_or_after(label.start) == q.tokens.start + 1);
            if label.is_some() {
                transcript[q.paragraph] = label;
                continue;
            }
            let before = q.paragraph.checked_sub(1).and_then(|p| transcript[p]);
            if before.is_some() && labels[q.paragraph].is_none() {
                transcript[q.paragraph] = before;
                continued_lines.push((q.paragraph, q.tokens.start + 1));
                continue;
            }
        }
        quotes.push(q);
    }
    let mut people: Vec<(Span, Option<Gender>)> = context
        .found
        .iter()
        .filter_map(|m| match &m.payload {
            Payload::Person(p) => Some((m.span, p.gender)),
            _ => None,
        })
        .collect();
    // a capitalised run the names extractor took for a person ("In
    // January", "Obama Says African-American Museum Will Tell") is no speaker
    people.retain(|(span, _)| is_plausible_name(span.text(doc.text)));
    people.sort_by_key(|(s, _)| s.start);
    let finder = Finder {
        doc,
        people,
        quoted: quotes.iter().map(|q| q.span).collect(),
        named: RefCell::new(Vec::new()),
        capitalized_run_ends: std::cell::OnceCell::new(),
        sentence_subjects: RefCell::new(HashMap::new()),
        words: word_positions(doc),
        surname_gender: HashMap::new(),
    };
    let finder = Finder {
        surname_gender: surname_genders(&finder),
        ..finder
    };
    let label_speaker = |label: Span| Found {
        span: label,
        person: finder.people_in(label).first().map(|&(p, _)| p),
    };
    let mut mentions = Vec::with_capacity(quotes.len());
    // scare quotes ("the so-called “roadmap”") are words of their sentence,
    // which may still be reported speech
    let mut scare = Vec::new();
    // the attribution of the previous quotation, and its paragraph and last token
    let mut previous: Option<(Attribution, usize, usize)> = None;
    for (index, quote) in quotes.iter().enumerate() {
        crate::work::step(1);
        let first = quote.tokens.start;
        let end = quote.tokens.end;
        let sentence_of = |i: usize| doc.tokens.get(i).map(|t| t.sentence);
        let start_sentence = sentence_of(first).unwrap_or(0);
        let end_sentence = sentence_of(end - 1).unwrap_or(0);
        // windows: between the previous and the next quotation of the paragraph
        let same_paragraph = |q: &Quotation| q.paragraph == quote.paragraph;
        let prev_end = index
            .checked_sub(1)
            .map(|j| &quotes[j])
            .filter(|q| same_paragraph(q))
            .map_or(0, |q| q.tokens.end);
        let next_start = quotes
            .get(index + 1)
            .filter(|q| same_paragraph(q))
            .map_or(usize::MAX, |q| q.tokens.start);
        let sentence_start = doc.sentences[start_sentence].tokens.start;
        let sentence_end = doc.sentences[end_sentence].tokens.end;
        let floor = sentence_start.max(prev_end);
        let limit = sentence_end.min(next_start);
        // ends with terminal punctuation inside the marks: the sentence is over
        let closes_sentence = end >= 2
            && !quote.missing_close
            && matches!(doc.token_text(end - 2), "." | "!" | "?" | "…");
        // after a closed sentence (“…?” Trump said, …) the attribution is in
        // the next sentence, and must end there or at a comma
        let after_limit = if closes_sentence {
            doc.sentences
                .get(sentence_of(end).unwrap_or(end_sentence))
                .filter(|s| s.paragraph == quote.paragraph)
                .map_or(end, |s| s.tokens.end.min(next_start))
        } else {
            limit
        };
        let before_words = first > floor;
        // "“WALLACE: Let's start …": the label is the speaker
        let labelled = labels[quote.paragraph]
            .filter(|&(label, colon)| {
                quote.span.start <= label.start && label.end < quote.span.end || first == colon + 1
            })
            .map(|(label, colon)| Attribution {
                speaker: Some(label_speaker(label)),
                cue: Some(doc.tokens[colon].span),
                place: "before",
            });
        let mut attribution = labelled.or_else(|| {
            finder
                .after(end, after_limit, closes_sentence)
                .or_else(|| finder.dashed_name_before(floor, first, end))
                .or_else(|| finder.before(floor, first))
        });
        let word_count = (first..end)
            .filter(|&i| doc.tokens[i].kind != TokenKind::Punct)
            .count();
        let embedded = before_words && {
            let prev = doc.token_text(first - 1);
            !matches!(prev, "," | ":" | "—" | "–" | "-" | "(" | ";")
        };
        let title = embedded && is_title(doc, first, end);
        // a fragment inside a sentence with no cue of its own: the words of
        // the sentence's subject ("Trump proclaimed a goal of “Peace”"), or,
        // with no subject either, a scare quote
        // "… a nationwide “walk-in” at 2,000 schools, according to the
        // organizer": the source named at the end of the sentence
        if attribution.is_none() && embedded && !title {
            attribution = (end..sentence_end.min(next_start))
                .find(|&k| {
                    doc.token_text(k).eq_ignore_ascii_case("according")
                        && doc.token_text(k - 1) == ","
                        && doc.token_text(k + 1) == "to"
                })
                .and_then(|k| {
                    let speaker = finder.speaker_starting_at(k + 2, sentence_end)?;
                    Some(Attribution {
                        speaker: Some(speaker),
                        cue: Some(Span::new(
                            doc.tokens[k].span.start,
                            doc.tokens[k + 1].span.end,
                        )),
                        place: "after",
                    })
                });
        }
        // "Obama is rolling out a new campaign message: “It's about me.”":
        // after a colon with no cue, the subject of the sentence
        let after_colon = before_words && doc.token_text(first - 1) == ":";
        if attribution.is_none() && after_colon {
            // the person nearest the colon ("With Democratic leaders …,
            // President Obama is rolling out …:")
            let words = Span::new(doc.tokens[floor].span.start, quote.span.start);
            attribution = finder
                .people_in(words)
                .iter()
                .rev()
                .find(|(p, _)| !finder.inside_quote(*p))
                .map(|&(p, _)| Attribution {
                    speaker: Some(Found {
                        span: p,
                        person: Some(p),
                    }),
                    cue: None,
                    place: "subject",
                });
        }
        if attribution.is_none() && (embedded && !title || after_colon) {
            attribution = finder
                .subject_between(floor, first)
                .map(|speaker| Attribution {
                    speaker: Some(speaker),
                    cue: None,
                    place: "subject",
                });
        }
        // a fragment quoted in the headline ("Flynn says Trump 'absolutely
        // right' in saying …") is a word of the headline's reported speech
        let in_headline = embedded
            && quote.paragraph == 0
            && doc.paragraphs.len() > 1
            && doc.paragraphs[0].sentences.len() == 1
            && doc.sentences[0].tokens.len() <= 20;
        // a subheading in quotation marks ("'Coal Isn't the Villain.'")
        let whole_line = doc.paragraphs[quote.paragraph].span == quote.span;
        let subheading = whole_line && !quote.missing_close && is_title(doc, first, end);
        let title = title || in_headline || subheading;
        let unattributed_term = title || (attribution.is_none() && embedded && word_count <= 4);
        // the paragraph before ends with "X said:" or continues into this one
        let opens_paragraph = doc.paragraphs[quote.paragraph].span.start == quote.span.start
            || quote.missing_open && first == sentence_start;
        if attribution.is_none() && !unattributed_term {
            if let Some((prev, paragraph, prev_last)) = previous {
                let close = paragraph == quote.paragraph && prev_last <= first
                    || paragraph + 1 == quote.paragraph && opens_paragraph;
                if close && prev.speaker.is_some() {
                    attribution = Some(Attribution {
                        place: "continued",
                        ..prev
                    });
                }
            }
        }
        if attribution.is_none() && opens_paragraph && quote.paragraph > 0 {
            // "The New York Times reports:" on the line before
            let prev_paragraph = &doc.paragraphs[quote.paragraph - 1];
            let last_token = doc.token_at_or_after(prev_paragraph.span.end.saturating_sub(1));
            if doc.token_text(last_token) == ":" {
                let floor = doc.sentences[prev_paragraph.sentences.end - 1].tokens.start;
                attribution = finder.before(floor, last_token).map(|a| Attribution {
                    place: "before",
                    ..a
                });
            }
        }
        // the sentence before ends with its cue or a colon: "…, Schiff said.
        // “The other factor …”", "Sanders made the following comment: “…”"
        if attribution.is_none() && first == sentence_start && start_sentence > 0 {
            let prev = &doc.sentences[start_sentence - 1];
            let near = prev.paragraph == quote.paragraph
                || prev.paragraph + 1 == quote.paragraph && opens_paragraph;
            let last = prev.tokens.end - 1;
            if near && last > prev.tokens.start {
                let mut cue_end = last;
                while cue_end > prev.tokens.start && is_tail_word(doc.token_text(cue_end - 1)) {
                    crate::work::step(1);
                    cue_end -= 1;
                }
                let ends_with_cue = doc.token_text(last) == "."
                    && cue_end > prev.tokens.start
                    && cue_at(doc, cue_end - 1).is_some();
                if ends_with_cue {
                    attribution = finder
                        .before(prev.tokens.start, cue_end)
                        .filter(|a| a.speaker.is_some());
                } else if doc.token_text(last) == ":" {
                    attribution = finder
                        .before(prev.tokens.start, last)
                        .filter(|a| a.speaker.is_some())
                        .or_else(|| {
                            finder
                                .sentence_subject(start_sentence - 1)
                                .map(|speaker| Attribution {
                                    speaker: Some(speaker),
                                    cue: Some(doc.tokens[last].span),
                                    place: "before",
                                })
                        });
                }
            }
        }
        // a whole sentence quoted with no cue, the paragraph's first
        // attributed quotation, after a sentence whose subject is a person ("Cummings
        // called him a master at deals. “He showed again and again …”"):
        // that person's words
        let first_reported =
            previous.map_or(true, |(_, paragraph, _)| paragraph != quote.paragraph);
        if attribution.is_none() && !embedded && first_reported && start_sentence > 0 {
            let prev_sentence = start_sentence - 1;
            if first == sentence_start && doc.sentences[prev_sentence].paragraph == quote.paragraph
            {
                attribution = finder
                    .sentence_subject(prev_sentence)
                    .filter(|found| found.person.is_some())
                    .map(|speaker| Attribution {
                        speaker: Some(speaker),
                        cue: None,
                        place: "subject",
                    });
            }
        }
        // cues with no subject of their own: the subject earlier in the
        // sentence ("Dean, a doctor, poked at Trump, tweeting, “…”"), or for
        // a participle opening the sentence ("Urging Washington to “…”") the
        // last speaker of the paragraph or the subject of the sentence before
        if let Some(a) = attribution.as_mut() {
            if a.speaker.is_none() {
                let cue_token = a.cue.map_or(first, |c| doc.token_at_or_after(c.start));
                // "“…,” the mayor said, adding that “…”": the speaker of the
                // quotation earlier in the same sentence
                let same_sentence = previous
                    .filter(|&(_, paragraph, last)| {
                        paragraph == quote.paragraph && last > sentence_start
                    })
                    .and_then(|(p, _, _)| p.speaker);
                a.speaker = same_sentence
                    .or_else(|| finder.subject_between(sentence_start, cue_token.min(first)))
                    .or_else(|| {
                        previous
                            .and_then(|(p, paragraph, _)| {
                                (paragraph == quote.paragraph).then_some(p)
                            })
                            .and_then(|p| p.speaker)
                    })
                    .or_else(|| {
                        start_sentence
                            .checked_sub(1)
                            .and_then(|s| finder.sentence_subject(s))
                    });
            }
        }
        let so_called = first >= 1 && {
            let prev = doc.token_text(first - 1).to_lowercase();
            prev == "so-called"
                || prev == "called" && doc.token_text(first.saturating_sub(2)) == "so"
        };
        let kind = if so_called || unattributed_term {
            QuoteType::Scare
        } else if embedded {
            QuoteType::Partial
        } else {
            QuoteType::Direct
        };
        let attribution = if kind == QuoteType::Scare {
            scare.push(quote.span);
            None
        } else {
            attribution
        };
        let mut reason = quote.style.to_string();
        if quote.missing_open {
            reason.push_str("; no opening mark");
        }
        if quote.missing_close {
            reason.push_str("; no closing mark in the paragraph");
        }
        let confidence = match kind {
            QuoteType::Scare => 0.6,
            _ if attribution.is_none() => 0.75,
            QuoteType::Partial => 0.85,
            _ => 0.95,
        } - if quote.missing_open || quote.missing_close {
            0.1
        } else {
            0.0
        };
        match (&attribution, kind) {
            (_, QuoteType::Scare) if so_called => reason.push_str("; after 'so-called'"),
            (_, QuoteType::Scare) if title => reason.push_str("; a title"),
            (_, QuoteType::Scare) => reason.push_str("; short term with no reporting cue"),
            (Some(a), _) => {
                if let Some(cue) = a.cue {
                    reason.push_str(&format!("; cue '{}' {}", cue.text(doc.text), a.place));
                } else if a.place == "subject" {
                    reason.push_str("; speaker is the subject of the sentence");
                } else {
                    reason.push_str("; continues the quotation before");
                }
            }
            (None, _) => reason.push_str("; no speaker found"),
        }
        if let Some(speaker) = attribution.and_then(|a| a.speaker) {
            finder.remember(speaker);
        }
        if attribution.is_some() {
            previous = attribution.map(|a| (a, quote.paragraph, end));
        }
        mentions.push(Mention {
            span: quote.span,
            confidence,
            reason,
            payload: Payload::Quote(QuoteMention {
                kind,
                speaker: attribution.and_then(|a| a.speaker).map(|s| SpeakerRef {
                    span: s.span,
                    person: s.person,
                }),
                cue: attribution.and_then(|a| a.cue),
            }),
        });
    }
    let mut mentions = merge_fragments(&finder, &quotes, mentions);
    // "Pence: Flowers Won't Be at Debate": what follows the label, unless a
    // quotation is there
    for (p, label) in labels.iter().enumerate() {
        crate::work::step(1);
        let Some((label, colon)) = *label else {
            continue;
        };
        let paragraph = &doc.paragraphs[p];
        let after_colon = doc.tokens.get(colon + 1).map(|t| t.span.start);
        // (quotations are in order and disjoint: the one starting last at or
        // before the label is the only one that may hold it)
        let holder = finder.quoted.partition_point(|q| q.start <= label.start);
        let quoted = holder
            .checked_sub(1)
            .is_some_and(|q| label.end < finder.quoted[q].end)
            || after_colon.is_some_and(|start| {
                finder
                    .quoted
                    .binary_search_by_key(&start, |q| q.start)
                    .is_ok()
            });
        let last = doc.sentences[paragraph.sentences.end - 1].tokens.end - 1;
        if quoted {
            continue;
        }
        if let Some(span) = clause_span(doc, colon + 1, last) {
            let speaker = label_speaker(label);
            finder.remember(speaker);
            mentions.push(reported_speech(
                span,
                0.7,
                format!("reported speech; label '{}:' before", label.text(doc.text)),
                Some(speaker),
                doc.tokens[colon].span,
            ));
        }
    }
    // "\"But the truth is …" after "\"PENCE: …": the same speaker's line
    for &(p, first) in &continued_lines {
        crate::work::step(1);
        let Some((label, colon)) = transcript[p] else {
            continue;
        };
        let paragraph = &doc.paragraphs[p];
        let last = doc.sentences[paragraph.sentences.end - 1].tokens.end - 1;
        if let Some(span) = clause_span(doc, first, last) {
            mentions.push(reported_speech(
                span,
                0.6,
                format!(
                    "reported speech; continues the transcript line of '{}:'",
                    label.text(doc.text)
                ),
                Some(label_speaker(label)),
                doc.tokens[colon].span,
            ));
        }
    }
    let labelled: Vec<usize> = (0..labels.len())
        .filter(|&p| labels[p].is_some() || transcript[p].is_some())
        .collect();
    mentions.extend(indirect(&finder, &scare, &labelled));
    mentions
}

/// An indirect quotation (reported speech without marks) of `speaker`,
/// introduced by `cue`.
fn reported_speech(
    span: Span,
    confidence: f32,
    reason: String,
    speaker: Option<Found>,
    cue: Span,
) -> Mention {
    Mention {
        span,
        confidence,
        reason,
        payload: Payload::Quote(QuoteMention {
            kind: QuoteType::Indirect,
            speaker: speaker.map(|s| SpeakerRef {
                span: s.span,
                person: s.person,
            }),
            cue: Some(cue),
        }),
    }
}

/// The most tokens between two quoted fragments of one mixed quotation.
const FRAGMENT_GAP: usize = 24;

/// Joins the quoted fragments of one reporting sentence into one partial
/// quotation: "Trump called the senator a “nasty guy,” an “anchor baby,”
/// “unstable” and “sick.”" is one thing said, from the first fragment to the
/// last. A fragment joins the partial quotation before it when both are in
/// one sentence, it has no cue of its own with another speaker, and the
/// words between them are few, name no one and hold no cue, subject pronoun
/// or past verb ("X called it “a disaster,” while Y said it was “great”"
/// and "“disgusting” and encouraged Americans to “check out”" stay two).
/// `mentions` starts with one mention per quotation of `quotes`, in order.
fn merge_fragments(finder: &Finder, quotes: &[Quotation], mentions: Vec<Mention>) -> Vec<Mention> {
    let doc = finder.doc;
    let sentence_of = |i: usize| doc.tokens.get(i).map(|t| t.sentence);
    let quote_of = |m: &Mention| match &m.payload {
        Payload::Quote(q) => Some(q.clone()),
        _ => None,
    };
    let mut merged: Vec<Mention> = Vec::with_capacity(mentions.len());
    // the index in `merged` of the partial quotation a fragment may join, and
    // its quotation's first token and last token so far
    let mut open: Option<(usize, usize, usize)> = None;
    for (index, mention) in mentions.into_iter().enumerate() {
        crate::work::step(1);
        let Some(quote) = quotes.get(index) else {
            merged.push(mention);
            continue;
        };
        let Some(info) = quote_of(&mention) else {
            merged.push(mention);
            continue;
        };
        let joins = open.and_then(|(at, first, last_end)| {
            let head = quote_of(&merged[at])?;
            let gap = last_end..quote.tokens.start;
            let same_speaker = match (&info.speaker, &head.speaker) {
                (Some(a), Some(b)) => {
                    a.person.is_some() && a.person == b.person
                        || a.span.text(doc.text) == b.span.text(doc.text)
                }
                _ => true,
            };
            // a fragment after a comma is "direct" ("a “bully,” “unstable”")
            let fits = sentence_of(first) == sentence_of(quote.tokens.start)
                && gap.len() <= FRAGMENT_GAP
                // the subject found for the fragment itself is less sure
                // than the head's speaker
                && (info.cue.is_none() || same_speaker)
                && !gap.clone().any(|i| {
                    let w = doc.token_text(i);
                    let lower = w.to_lowercase();
                    // a new clause: a subject pronoun or another verb
                    // ("and encouraged Americans to", "a doctor had typed")
                    is_cue(&lower)
                        || matches!(w, ";" | ":" | "(" | ")")
                        || matches!(
                            lower.as_str(),
                            "he" | "she" | "they" | "we" | "i" | "had" | "has" | "have"
                        )
                        || lower.len() > 4 && lower.ends_with("ed")
                })
                && doc
                    .tokens
                    .get(gap.start)
                    .zip(gap.end.checked_sub(1).and_then(|e| doc.tokens.get(e)))
                    .map_or(true, |(a, b)| {
                        a.span.start > b.span.end
                            || finder
                                .people_in(Span::new(a.span.start, b.span.end))
                                .is_empty()
                    });
            fits.then_some(at)
        });
        match joins {
            Some(at) => {
                let head = &mut merged[at];
                head.span = Span::new(head.span.start, mention.span.end);
                head.confidence = head.confidence.min(mention.confidence);
                if !head.reason.ends_with(FRAGMENTS_REASON) {
                    head.reason.push_str(FRAGMENTS_REASON);
                }
                if let Some((_, _, last_end)) = open.as_mut() {
                    *last_end = quote.tokens.end;
                }
            }
            None => {
                open = (info.kind == QuoteType::Partial).then_some((
                    merged.len(),
                    quote.tokens.start,
                    quote.tokens.end,
                ));
                merged.push(mention);
            }
        }
    }
    merged
}

/// The reason's words for a quotation joined from fragments.
const FRAGMENTS_REASON: &str = "; one quotation with the quoted fragments after it in its sentence";

// ---------------------------------------------------------------------------
// Reported speech without marks

/// Words that open a line as a label but name no speaker: "Correction:",
/// "The Latest:", "Editor's note:", "Q:", "Iowa:" (a place is checked apart).
const NOT_LABELS: &str = "\
    correction corrections clarification update updated updates source sources note notes \
    editor's editor’s latest the contributing breaking byline watch related read photo \
    photos video videos exclusive wow boom bombshell busted look email twitter facebook \
    revealed previously online name paid stat short just fix big delegate from so live \
    listen warning advertisement sponsored transcript summary background more see also \
    analysis opinion editorial review tags share comments";

static NOT_LABEL_WORDS: WordSet = WordSet::new(NOT_LABELS);

/// A paragraph that opens with a speaker's label and a colon: a transcript
/// line ("WALLACE: Let's start with …") or a headline giving its source
/// ("Pence: Gennifer Flowers Won't Be at Debate", "Poll: Wealthy Voters
/// Abandon …"). Returns the label's span and the colon's token. The label is
/// one to four capitalised words (no place, no "Correction" or "Q"), and at
/// least four words follow the colon, starting with a word or a mark (not
/// "Clinton: 45 percent").
fn paragraph_label(doc: &Document, places: &SortedSpans, p: usize) -> Option<(Span, usize)> {
    let paragraph = doc.paragraphs.get(p)?;
    let first_sentence = doc.sentences.get(paragraph.sentences.start)?;
    let last_sentence = doc.sentences.get(paragraph.sentences.end.checked_sub(1)?)?;
    let end = last_sentence.tokens.end;
    let mut i = first_sentence.tokens.start;
    while i < end && matches!(doc.token_text(i), "\"" | "“" | "'" | "‘") {
        crate::work::step(1);
        i += 1;
    }
    let label_start = i;
    while i < end && i - label_start < 4 && doc.tokens[i].kind == TokenKind::Word {
        crate::work::step(1);
        if !is_capitalized(doc.token_text(i)) {
            return None;
        }
        i += 1;
    }
    if i == label_start || i >= end || doc.token_text(i) != ":" {
        return None;
    }
    let colon = i;
    let label = Span::new(
        doc.tokens[label_start].span.start,
        doc.tokens[colon - 1].span.end,
    );
    let first_word = doc.token_text(label_start).to_lowercase();
    let last_word = doc.token_text(colon - 1).to_lowercase();
    if label.end - label.start < 2
        || NOT_LABEL_WORDS.has(&first_word)
        || NOT_LABEL_WORDS.has(&last_word)
        || places.any_overlaps(label)
    {
        return None;
    }
    let after = doc.tokens.get(colon + 1)?;
    let words = (colon + 1..end)
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .take(4)
        .count();
    let opens = after.kind == TokenKind::Word
        || matches!(doc.token_text(colon + 1), "\"" | "“" | "‘" | "'");
    (words >= 4 && opens).then_some((label, colon))
}

/// Spans (which may overlap) sorted by start, with the furthest end of each
/// prefix: whether any overlaps a span is a binary search, not a scan.
struct SortedSpans {
    spans: Vec<Span>,
    furthest_end: Vec<usize>,
}

impl SortedSpans {
    fn new(spans: impl Iterator<Item = Span>) -> SortedSpans {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort_by_key(|s| s.start);
        let furthest_end = spans
            .iter()
            .scan(0, |furthest, s| {
                crate::work::step(1);
                *furthest = s.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        SortedSpans {
            spans,
            furthest_end,
        }
    }

    /// True when one of the spans shares a byte with `span`.
    fn any_overlaps(&self, span: Span) -> bool {
        let before_end = self.spans.partition_point(|s| s.start < span.end);
        before_end > 0 && self.furthest_end[before_end - 1] > span.start
    }
}

/// True when the words between the marks look like a title: "The Apprentice",
/// "Make Your Kid a Millionaire".
fn is_title(doc: &Document, first: usize, end: usize) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "is",
    ];
    let words: Vec<&str> = (first..end)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .map(|i| doc.token_text(i))
        .collect();
    // the punctuation that ends the sentence around it may sit inside the
    // marks (“Face the Nation,”): only punctuation before the last word counts
    let last_word = (first..end)
        .rev()
        .find(|&i| doc.tokens[i].kind == TokenKind::Word)
        .unwrap_or(first);
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| is_capitalized(w) || SMALL.contains(w))
        && (first..last_word).all(|i| !matches!(doc.token_text(i), "," | "!" | "?" | ":"))
}

/// A span from token `first` to token `last` inclusive, trimmed of
/// punctuation at both ends.
fn clause_span(doc: &Document, mut first: usize, mut last: usize) -> Option<Span> {
    while first <= last && doc.tokens[first].kind == TokenKind::Punct {
        crate::work::step(1);
        first += 1;
    }
    while last > first && doc.tokens[last].kind == TokenKind::Punct {
        crate::work::step(1);
        last -= 1;
    }
    if first > last || last - first < 2 {
        return None; // too short to be a clause
    }
    Some(Span::new(
        doc.tokens[first].span.start,
        doc.tokens[last].span.end,
    ))
}

/// Reporting words learned from a corpus (see `tools/quote_cues.py`).
const LEARNED_CUES: &str = include_str!("../data/quote_cues.txt");

/// How often (percent) `word` is a reporting cue in the corpus the table was
/// learned from, if it is in the table.
fn learned_share(word: &str) -> Option<u8> {
    static TABLE: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        LEARNED_CUES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let (word, share) = line.split_once('\t')?;
                Some((word.trim(), share.trim().parse().ok()?))
            })
            .collect()
    });
    if word.chars().any(char::is_uppercase) {
        table.get(word.to_lowercase().as_str()).copied()
    } else {
        table.get(word).copied()
    }
}

/// The share a learned cue needs when the sentence names no speaker before
/// it: a weaker cue ("support", "designed") then says too little.
const SUBJECTLESS_SHARE: u8 = 12;

/// A learned cue this sure is tried along with the common verbs, before the
/// weaker ones, when a sentence has several.
const STRONG_SHARE: u8 = 40;

/// Words that may follow a cue at the end of its clause ("…, he said on
/// Monday.", "…, the source added in a statement.").
fn is_tail_word(word: &str) -> bool {
    is_capitalized(word) && word.ends_with("day")
        || lower_in(word, &ADVERB_WORDS)
        || matches!(
            word.to_lowercase().as_str(),
            "on" | "in"
                | "at"
                | "a"
                | "an"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "statement"
                | "interview"
                | "interviews"
                | "email"
                | "speech"
                | "briefing"
                | "twitter"
                | "tuesday"
                | "today"
                | "yesterday"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "evening"
                | "night"
                | "afternoon"
                | "last"
                | "this"
                | "earlier"
                | "ago"
                | "recently"
                | "by"
                | "phone"
                | "telephone"
                | "conference"
                | "news"
                | "press"
                | "release"
                | "told"
                | "reporters"
                | "cnn"
                | "him"
                | "us"
                | "me"
        )
}

/// Words that end an adjunct between a cue and its clause: "said on
/// Monday", "told reporters in a statement", "said last week".
fn is_adjunct_head(word: &str) -> bool {
    is_capitalized(word) && word.ends_with("day")
        || matches!(
            word.to_lowercase().as_str(),
            "today"
                | "yesterday"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "evening"
                | "night"
                | "afternoon"
                | "weekend"
                | "statement"
                | "interview"
                | "interviews"
                | "email"
                | "speech"
                | "briefing"
                | "twitter"
                | "conference"
                | "release"
                | "ago"
                | "reporters"
                | "cnn"
        )
}

/// The first token of `from..end` after the objects and adjuncts that may
/// sit between a cue and its clause ("told reporters on Monday …"). A
/// determiner only goes with an adjunct it completes: in "said the deal
/// …" the clause starts at "the"; in "said on condition of anonymity" the
/// phrase is no adjunct, and the clause would start at "on".
fn skip_adjuncts(doc: &Document, from: usize, end: usize) -> usize {
    let mut c = from;
    while c < end {
        crate::work::step(1);
        let word = doc.token_text(c);
        if is_object_word(word) || is_adjunct_head(word) || is_adverb(word) {
            c += 1;
            continue;
        }
        if !is_tail_word(word) {
            break;
        }
        let mut j = c;
        while j < end && j < c + 5 && is_tail_word(doc.token_text(j)) {
            crate::work::step(1);
            if is_adjunct_head(doc.token_text(j)) {
                break;
            }
            j += 1;
        }
        if j < end && is_adjunct_head(doc.token_text(j)) {
            c = j + 1;
        } else {
            break;
        }
    }
    c
}

/// Verbs of saying, whose object is a clause even without "that" ("said
/// the deal is off"); other cues take a noun as often ("announced the grant").
fn takes_bare_clause(cue: &str) -> bool {
    matches!(
        cue.to_lowercase().as_str(),
        "say"
            | "says"
            | "said"
            | "saying"
            | "tell"
            | "tells"
            | "told"
            | "telling"
            | "add"
            | "adds"
            | "added"
            | "write"
            | "writes"
            | "wrote"
            | "think"
            | "thinks"
            | "thought"
            | "believe"
            | "believes"
            | "believed"
            | "claim"
            | "claims"
            | "claimed"
            | "argue"
            | "argues"
            | "argued"
            | "insist"
            | "insists"
            | "insisted"
            | "warn"
            | "warns"
            | "warned"
            | "predicted"
            | "predicts"
            | "suggested"
            | "suggests"
            | "contend"
            | "contends"
            | "contended"
            | "maintain"
            | "maintains"
            | "maintained"
    )
}

/// True when the words from token `from` (to the first comma or the end)
/// hold a finite verb: an auxiliary, a modal, a negation, or a past tense.
fn has_finite_verb(doc: &Document, from: usize, end: usize) -> bool {
    (from..end.min(from + 14))
        .take_while(|&i| !matches!(doc.token_text(i), "," | ";" | ":"))
        .any(|i| {
            let w = doc.token_text(i).to_lowercase();
            matches!(
                w.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "does"
                    | "did"
                    | "do"
                    | "not"
                    | "n't"
                    | "won't"
                    | "isn't"
                    | "wasn't"
                    | "'s"
                    | "’s"
                    | "'re"
                    | "’re"
                    | "'ll"
                    | "’ll"
            ) || i > from && w.len() > 4 && w.ends_with("ed")
        })
}

/// Objects that sit between "told"/"asked" and the reported clause.
fn is_object_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "you"
            | "reporters"
            | "supporters"
            | "voters"
            | "congress"
            | "lawmakers"
            | "listeners"
            | "viewers"
            | "readers"
            | "journalists"
    )
}

/// The stretches of sentences outside quotations where reported speech may
/// be: a whole sentence, or the words before a quotation that stands apart
/// ("She urged him to leave and said, “…”") and after one. The words before
/// a quotation inside the clause ("called his supporters “deplorables”") are
/// left out: that quotation is the report.
fn unquoted_stretches(finder: &Finder, scare: &[Span]) -> Vec<std::ops::Range<usize>> {
    let doc = finder.doc;
    let mut stretches = Vec::new();
    for sentence in &doc.sentences {
        crate::work::step(1);
        let mut from = sentence.tokens.start;
        let at = finder
            .quoted
            .partition_point(|q| q.end <= sentence.span.start);
        let overlapping = finder.quoted[at..]
            .iter()
            .take_while(|q| q.start < sentence.span.end)
            .filter(|q| scare.binary_search(q).is_err());
        for quote in overlapping {
            crate::work::step(1);
            let first = doc.token_at_or_after(quote.start);
            let end = doc.token_at_or_after(quote.end);
            let apart = first > from
                && matches!(
                    doc.token_text(first - 1),
                    "," | ":" | "--" | "—" | "–" | "("
                );
            if apart && first.saturating_sub(from) > 3 {
                stretches.push(from..first);
            } else if first > from {
                // "Clinton told the audience that …, saying that “…”": the
                // words before the comma that starts the quotation's clause
                let comma = (from..first).rev().find(|&i| doc.token_text(i) == ",");
                if let Some(comma) = comma {
                    let cue_between = (comma..first).any(|i| cue_at(doc, i).is_some());
                    if cue_between && comma.saturating_sub(from) > 3 {
                        stretches.push(from..comma);
                    }
                }
            }
            from = from.max(end);
        }
        let end = sentence.tokens.end;
        // (scare quotes are in text order and disjoint: only the last one
        // starting at or before the token may hold it)
        let in_scare = |i: usize| {
            let token = doc.tokens[i].span;
            let at = scare.partition_point(|q| q.start <= token.start);
            at > 0 && scare[at - 1].contains(token)
        };
        if end > from
            && !(from..end).any(|i| {
                crate::work::step(1);
                finder.is_mark_token(i) && !in_scare(i)
            })
        {
            stretches.push(from..end);
        }
    }
    stretches
}

/// Finds reported speech in sentences with no quotation marks.
/// `labelled` lists the paragraphs already reported as a label's words.
fn indirect(finder: &Finder, scare: &[Span], labelled: &[usize]) -> Vec<Mention> {
    let doc = finder.doc;
    let mut found = Vec::new();
    for range in unquoted_stretches(finder, scare) {
        crate::work::step(1);
        let sentence = doc.tokens[range.start].sentence;
        let paragraph = doc.sentences[sentence].paragraph;
        if is_sentence(doc, sentence) && labelled.binary_search(&paragraph).is_err() {
            indirect_in(finder, range, &mut found);
        }
    }
    found
}

/// True when sentence `s` ends as a sentence does: with `.`, `!`, `?`, a
/// colon, or a closing mark or bracket after one. A line without that is a
/// heading, a byline, a caption or a link title ("North Korea fears over a
/// million Covid cases"), and a paragraph cut off with an ellipsis after a
/// word is a teaser ("Meta and its worker for hire Sama are being..."):
/// neither is reported speech.
fn is_sentence(doc: &Document, s: usize) -> bool {
    let Some(sentence) = doc.sentences.get(s) else {
        return false;
    };
    let tokens = sentence.tokens.clone();
    let paragraph_end = doc.paragraphs[sentence.paragraph].sentences.end == s + 1;
    // a hard-wrapped line: the next line goes on in lower case
    let wrapped = paragraph_end
        && doc.tokens.get(tokens.end).is_some_and(|t| {
            doc.token_text(tokens.end).starts_with(char::is_lowercase) && t.kind == TokenKind::Word
        });
    if wrapped {
        return true;
    }
    // the last token that is not a closing mark or bracket
    let Some(last) = tokens.clone().rev().find(|&i| {
        !matches!(
            doc.token_text(i),
            "”" | "“" | "\"" | "’" | "‘" | "'" | ")" | "]" | "»" | "›" | "«"
        )
    }) else {
        return false;
    };
    match doc.token_text(last) {
        "!" | "?" | ":" | ";" => true,
        // an abbreviation ending the sentence: "… entering the U.S."
        word if word.len() > 1 && word.ends_with('.') => true,
        "." | "…" => {
            // "..." or "…" ending the paragraph right after a word: cut off
            let ellipsis = doc.token_text(last) == "…"
                || last >= tokens.start + 2
                    && doc.token_text(last - 1) == "."
                    && doc.token_text(last - 2) == ".";
            !(ellipsis && paragraph_end)
        }
        _ => false,
    }
}

/// Reported speech in the tokens `range`: the first cue that fits. (A report
/// inside a report, "the source said Clinton told police that …", is not
/// looked for: on PolNeAR it finds more wrong than right.)
fn indirect_in(finder: &Finder, range: std::ops::Range<usize>, found: &mut Vec<Mention>) {
    let doc = finder.doc;
    // (the range lies in one sentence: whether it is a headline is asked once)
    let headline = std::cell::OnceCell::new();
    // the common reporting verbs first, then the learned ones
    for strong in [true, false] {
        crate::work::step(1);
        for k in range.clone() {
            crate::work::step(1);
            let word = doc.token_text(k);
            let according = word.eq_ignore_ascii_case("according") && doc.token_text(k + 1) == "to";
            // a headline capitalises its verbs: "Obama Says Museum Will Tell …"
            let lowercase = word.chars().next().is_some_and(char::is_lowercase)
                || *headline.get_or_init(|| is_headline(doc, doc.tokens[k].sentence));
            let cue_like = according
                || lowercase
                    && if strong {
                        is_clause_cue(word)
                            || learned_share(word).is_some_and(|share| share >= STRONG_SHARE)
                    } else {
                        learned_share(word).is_some()
                    };
            if !cue_like || doc.tokens[k].kind != TokenKind::Word {
                continue;
            }
            let cue_end = if according { k + 2 } else { k + 1 };
            let cue = Span::new(doc.tokens[k].span.start, doc.tokens[cue_end - 1].span.end);
            let Some(mentions) = indirect_at(finder, range.clone(), k, cue_end, cue, according)
            else {
                continue;
            };
            // a report may be followed by another in the same sentence
            // ("…, but he said witnesses saw a gun")
            // (after the cue too: "…, said Jeffrey Trimble, a senior
            // official" is no new report)
            let after = mentions
                .iter()
                .map(|m| doc.token_at_or_after(m.span.end))
                .chain([cue_end])
                .max()
                .unwrap_or(range.end);
            found.extend(mentions);
            if after + 3 < range.end {
                indirect_in(finder, after..range.end, found);
            }
            return;
        }
    }
}

/// True when sentence `s` is a headline: a short paragraph of its own with
/// most words capitalised.
fn is_headline(doc: &Document, s: usize) -> bool {
    let Some(sentence) = doc.sentences.get(s) else {
        return false;
    };
    let paragraph = &doc.paragraphs[sentence.paragraph];
    if paragraph.sentences.len() > 1 {
        return false;
    }
    let words: Vec<&str> = sentence
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .map(|i| doc.token_text(i))
        .collect();
    let capitalized = words.iter().filter(|w| is_capitalized(w)).count();
    words.len() >= 3 && words.len() <= 25 && capitalized * 10 >= words.len() * 7
}

/// Where a reported clause starting at token `from` ends (inclusive), within
/// `last`: before ", but", "; ", " -- ", ", while", "and said", or a comma
/// followed by a new speaker and cue ("…, experts say …").
fn clause_end(finder: &Finder, from: usize, last: usize) -> usize {
    let doc = finder.doc;
    for i in from + 2..=last {
        crate::work::step(1);
        let w = doc.token_text(i);
        let next = doc.token_text(i + 1);
        let cut = match w {
            ";" | "--" | "—" | "–" => true,
            "," => {
                matches!(
                    next,
                    "but" | "while" | "although" | "though" | "yet" | "whereas" | "and" | "so"
                ) && i + 2 <= last
                    && !matches!(doc.token_text(i + 2), "," | ".")
                    || (i + 2..(i + 6).min(last + 1)).any(|j| {
                        is_clause_cue(doc.token_text(j))
                            && finder.speaker_ending_at(j - 1, i + 1, 1).is_some()
                    })
            }
            "and" | "but" => is_cue(next) && next.chars().next().is_some_and(char::is_lowercase),
            _ => false,
        };
        if cut {
            return i.saturating_sub(1).max(from);
        }
    }
    last
}

/// A plain noun phrase ending at token `last`, back to the sentence start or
/// a comma: "Federal and state officials", "Those close to him", "73 percent".
fn loose_subject(finder: &Finder, floor: usize, last: usize) -> Option<Found> {
    let doc = finder.doc;
    let mut start = last;
    loop {
        crate::work::step(1);
        let token = doc.tokens.get(start)?;
        let w = doc.token_text(start);
        if token.kind == TokenKind::Punct
            || is_verb_cue(w)
            || lower_in(w, &NOT_SPEAKER_WORDS)
                && !matches!(
                    w,
                    "and" | "of" | "to" | "the" | "The" | "a" | "A" | "in" | "for"
                )
        {
            return None;
        }
        if start == floor || doc.token_text(start - 1) == "," || last - start >= 7 {
            break;
        }
        start -= 1;
    }
    let at_boundary = start == floor || doc.token_text(start - 1) == ",";
    if !at_boundary || lower_in(doc.token_text(last), &NOT_SPEAKER_WORDS) {
        return None;
    }
    // after a comma, one word is only a subject as a plural ("…, experts say"),
    // not a verb ("…, shot back")
    let word = doc.token_text(last);
    let plural = word.ends_with('s') && !word.ends_with("ss");
    if start == last && start > floor && !plural {
        return None;
    }
    let span = Span::new(doc.tokens[start].span.start, doc.tokens[last].span.end);
    Some(Found { span, person: None })
}

/// Reported speech around the cue at tokens `k..cue_end` of the sentence `range`.
fn indirect_at(
    finder: &Finder,
    range: std::ops::Range<usize>,
    k: usize,
    cue_end: usize,
    cue: Span,
    according: bool,
) -> Option<Vec<Mention>> {
    let doc = finder.doc;
    let make = |span: Span, speaker: Option<Found>, why: &str| {
        let reason = format!("reported speech; cue '{}' {why}", cue.text(doc.text));
        reported_speech(span, 0.7, reason, speaker, cue)
    };
    let last = range.end - 1;
    if according {
        // "According to the report, …" / "…, according to the report."
        // (the speaker looks no further than a few words past the cue: the
        // comma is looked for that far, and further only where it is needed)
        let comma_from = |to: usize| {
            let mut j = cue_end;
            while j < to && doc.token_text(j) != "," {
                crate::work::step(1);
                j += 1;
            }
            j
        };
        let near = comma_from(range.end.min(cue_end + SPEAKER_REACH));
        let speaker = finder.speaker_starting_at(cue_end, near.min(range.end));
        if k == range.start
            || (k == range.start + 1 && doc.tokens[range.start].kind == TokenKind::Punct)
        {
            let j = comma_from(range.end);
            let span = clause_span(doc, j + 1, last)?;
            return Some(vec![make(span, speaker, "before")]);
        }
        if k > range.start && doc.token_text(k - 1) == "," {
            let span = clause_span(doc, range.start, k - 2)?;
            return Some(vec![make(span, speaker, "after")]);
        }
        return None;
    }
    // a cue word at the very start has no subject ("Says …")
    if k == range.start {
        return None;
    }
    let cue_word = doc.token_text(k);
    let before_cue = doc.token_text(k - 1).to_lowercase();
    // "have been reported to be detained": a passive cue's subject is what
    // was reported, not who reported it
    // "have been reported to be detained": a passive cue's subject is what
    // was reported, not who reported it
    let passive = !cue_word.ends_with("ing")
        && matches!(
            before_cue.as_str(),
            "be" | "been" | "being" | "is" | "are" | "was" | "were"
        );
    // "Other interests include blasting music": after a verb that takes an
    // activity as its object, an -ing cue is that activity, not speech
    if cue_word.ends_with("ing")
        && matches!(
            before_cue.as_str(),
            "include"
                | "includes"
                | "included"
                | "including"
                | "enjoy"
                | "enjoys"
                | "love"
                | "loves"
                | "like"
                | "likes"
                | "hate"
                | "hates"
                | "prefer"
                | "prefers"
        )
    {
        return None;
    }
    // subject before the cue
    let mut j = k - 1;
    while j > range.start && is_adverb(doc.token_text(j)) {
        crate::work::step(1);
        j -= 1;
    }
    let named_subject = finder.speaker_ending_at(j, range.start, 0);
    let weak_cue = !according
        && !is_clause_cue(doc.token_text(k))
        && learned_share(doc.token_text(k)).is_some_and(|share| share < SUBJECTLESS_SHARE);
    if weak_cue && named_subject.is_none() {
        return None;
    }
    // "compared with", "known as": a comparison and a name report nothing
    if matches!(
        (cue_word, doc.token_text(k + 1)),
        ("compared" | "compare", "with" | "to") | ("known", "as")
    ) {
        return None;
    }
    // "the state of", "Kim's mental state is", "his plans": nouns, not cues
    if is_noun_like_cue(&doc.token_text(k).to_lowercase())
        || matches!(
            doc.token_text(k),
            "plan" | "plans" | "support" | "question" | "questions"
        )
    {
        let possessive = named_subject.is_some_and(|s| {
            let t = s.span.text(doc.text);
            t.contains("'s") || t.contains("’s")
        });
        let after_determiner = lower_in(doc.token_text(k - 1), &DETERMINER_WORDS);
        let noun_follows = matches!(doc.token_text(k + 1), "of" | "is" | "was" | "are" | "were");
        if named_subject.is_none() || possessive || after_determiner || noun_follows {
            return None;
        }
    }
    let subject = named_subject.or_else(|| loose_subject(finder, range.start, j));
    // "…, the IMF said": the article belongs to the subject
    // (and so does a title: "The museum, Mr. Obama said, would …")
    let subject_start = subject.map(|s| {
        let start = doc.token_at_or_after(s.span.start);
        let before = start.checked_sub(1).map(|b| doc.token_text(b));
        let title = before.is_some_and(|w| TITLES.iter().any(|(t, _)| *t == w));
        if start > range.start && (title || before.is_some_and(|w| lower_in(w, &DETERMINER_WORDS)))
        {
            start - 1
        } else {
            start
        }
    });
    // the cue ends its clause: "…, the source added (on Monday)."
    let mut tail = cue_end;
    while tail < range.end && is_tail_word(doc.token_text(tail)) {
        crate::work::step(1);
        tail += 1;
    }
    let ends_clause = tail >= last || matches!(doc.token_text(tail), "," | "." | ";" | "!" | "?");
    // "“…,” Senate Majority Leader Mitch McConnell, R-Ky., said.": the words
    // before the cue name the speaker of the quotation just before them
    let after_quotation = range.start > 0
        && (finder.is_mark_token(range.start - 1) || finder.quotation_ends_at(range.start - 1))
        && doc.tokens[range.start - 1].sentence == doc.tokens[range.start].sentence
        && !matches!(
            doc.token_text(range.start.saturating_sub(2)),
            "." | "!" | "?"
        );
    // "In one tweet Friday, Trump said: “…”": the cue introduces the
    // quotation right after it, and the words before the comma, opening with
    // a preposition, are an adjunct
    let opener = if matches!(doc.token_text(range.start), "But" | "And") {
        range.start + 1
    } else {
        range.start
    };
    let introduces_quotation = tail >= last
        && finder.quotation_starts_at(range.end)
        && matches!(
            doc.token_text(opener).to_lowercase().as_str(),
            "in" | "at" | "on" | "during" | "as" | "after" | "before" | "with" | "by" | "for"
        );
    if ends_clause && (after_quotation || introduces_quotation) {
        return None;
    }
    if ends_clause {
        if let (Some(speaker), Some(start)) = (subject, subject_start) {
            if start > range.start + 2 && doc.token_text(start - 1) == "," {
                let mut spans = Vec::new();
                // "The museum, Mr. Obama said, would …": a short subject
                // before the split counts too
                let split = doc.token_text(tail) == ",";
                let short_subject = split
                    && start >= range.start + 3
                    && (range.start..start - 1).all(|i| doc.tokens[i].kind == TokenKind::Word);
                if let Some(span) = clause_span(doc, range.start, start - 2) {
                    spans.push(make(span, Some(speaker), "after"));
                } else if short_subject {
                    let span = Span::new(
                        doc.tokens[range.start].span.start,
                        doc.tokens[start - 2].span.end,
                    );
                    spans.push(make(span, Some(speaker), "after"));
                }
                // "…, Mr. Bush said, …": the rest of the sentence too
                if split {
                    if let Some(span) = clause_span(doc, tail + 1, last) {
                        spans.push(make(span, Some(speaker), "before"));
                    }
                }
                if !spans.is_empty() {
                    return Some(spans);
                }
            }
        }
        // "…, said the spokesman."
        if k > range.start + 2 && doc.token_text(k - 1) == "," {
            let speaker = finder.speaker_starting_at(cue_end, range.end);
            if speaker.is_some() {
                let span = clause_span(doc, range.start, k - 2)?;
                return Some(vec![make(span, speaker, "after")]);
            }
        }
        // "…, one GOP source in the room said.": whatever words sit between
        // the comma and the cue are the source
        let comma = (k.saturating_sub(10).max(range.start)..k)
            .rev()
            .find(|&i| doc.token_text(i) == ",")?;
        let source_words = comma + 1..k;
        let plain = !source_words.is_empty()
            && source_words
                .clone()
                .all(|i| doc.tokens[i].kind != TokenKind::Punct && !is_cue(doc.token_text(i)));
        if plain && comma > range.start + 2 {
            let source = Span::new(doc.tokens[comma + 1].span.start, doc.tokens[k - 1].span.end);
            let speaker = Found {
                span: source,
                person: finder.people_in(source).first().map(|&(p, _)| p),
            };
            let mut spans = Vec::new();
            if let Some(span) = clause_span(doc, range.start, comma - 1) {
                spans.push(make(span, Some(speaker), "after"));
            }
            // "…, advisers to Mr. Obama say, the president has grown …"
            if doc.token_text(tail) == "," {
                if let Some(span) = clause_span(doc, tail + 1, last) {
                    spans.push(make(span, Some(speaker), "before"));
                }
            }
            return (!spans.is_empty()).then_some(spans);
        }
        return None;
    }
    // "…, said Jeffrey N. Trimble, a senior official with …": the speaker
    // after the cue, then an appositive or the end of the sentence
    if k > range.start + 2 && doc.token_text(k - 1) == "," && !after_quotation {
        if let Some(speaker) = finder.speaker_starting_at(cue_end, range.end) {
            let after = doc.token_at_or_after(speaker.span.end);
            if after >= last || matches!(doc.token_text(after), "," | ".") {
                let span = clause_span(doc, range.start, k - 2)?;
                return Some(vec![make(span, Some(speaker), "after")]);
            }
        }
    }
    // "Wang said (on Monday) (that) …": the complement to the sentence end;
    // after ", urging" the speaker is the sentence's subject
    let participle = doc.token_text(k).ends_with("ing") && doc.token_text(k - 1) == ",";
    // "the group that displayed …": the speaker is the noun the relative
    // pronoun stands for, never the subject of the whole sentence
    let relative = j > range.start && matches!(doc.token_text(j), "that" | "which" | "who");
    let speaker = if participle {
        finder.subject_between(range.start, k)
    } else if relative {
        subject.or_else(|| finder.speaker_ending_at(j - 1, range.start, 0))
    } else {
        subject.or_else(|| finder.subject_between(range.start, k))
    };
    if subject_start.is_some_and(|s| s > range.start)
        && subject_start.is_some_and(|s| doc.token_text(s - 1) == "that")
    {
        return None; // "… the claim that Mr. X made": not a report
    }
    let c;
    let that = (cue_end..range.end.min(cue_end + 8)).find(|&i| doc.token_text(i) == "that");
    let plain = |to: usize| {
        (cue_end..to).all(|i| doc.tokens[i].kind == TokenKind::Word || doc.token_text(i) == ",")
    };
    // ("said the test could change that": a "that" with no clause after it
    // is no complementizer)
    let words_after = |t: usize| (t + 1..range.end).any(|i| doc.tokens[i].kind == TokenKind::Word);
    if let Some(t) = that.filter(|&t| plain(t) && words_after(t)) {
        c = t;
    } else {
        c = skip_adjuncts(doc, cue_end, range.end.min(cue_end + 8));
        if c < range.end && matches!(doc.token_text(c), ",") {
            return None;
        }
        // "announced the grant in Ottawa", "remembers the winter of 2009":
        // without "that", only a verb of saying is sure to take a clause;
        // another one needs a verb in what follows it
        let short = (c..range.end)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .take(6)
            .count()
            <= 5;
        let cue_word = doc.token_text(k);
        if short
            && is_clause_cue(cue_word)
            && !takes_bare_clause(cue_word)
            && !has_finite_verb(doc, c, range.end)
        {
            return None;
        }
        // "Graham told The Huffington Post on Thursday": after "told", words
        // with no verb of their own are who was told, not what
        let rest = c..range.end;
        if matches!(cue_word, "told" | "tell" | "tells" | "telling")
            && rest.len() <= 10
            && !rest
                .clone()
                .any(|i| matches!(doc.token_text(i), "to" | "," | "and"))
            && !has_finite_verb(doc, c, range.end)
        {
            return None;
        }
    }
    if c >= range.end {
        return None;
    }
    // "said after Pagliano left": an adjunct, not what was said
    if matches!(
        doc.token_text(c).to_lowercase().as_str(),
        "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "while"
            | "when"
            | "at"
            | "in"
            | "on"
            | "by"
            | "from"
            | "with"
            | "earlier"
            | "later"
    ) && is_clause_cue(doc.token_text(k))
    {
        return None;
    }
    // "declined to comment": what was declined is an act ("China declined
    // these theories" reports nothing)
    if matches!(
        doc.token_text(k),
        "declined" | "declines" | "decline" | "refused" | "refuses" | "refuse"
    ) && doc.token_text(c) != "to"
    {
        return None;
    }
    // "he said of the prospect": what it was said about
    if !passive
        && doc.token_text(c) == "of"
        && matches!(doc.token_text(k), "say" | "says" | "said" | "saying")
    {
        return None;
    }
    // a passive cue: the speaker follows "by" ("was criticized by Zhang Jun"),
    // unless a cue of the subject's own comes first ("was criticized for
    // claiming that …")
    let speaker = if passive {
        if (cue_end..c).any(|i| {
            let word = doc.token_text(i);
            word.ends_with("ing") && is_cue(word)
        }) {
            speaker
        } else if doc.token_text(cue_end) == "by" {
            finder.speaker_starting_at(cue_end + 1, c)
        } else {
            None
        }
    } else {
        speaker
    };
    // "Relations appear to be strained", "The sale is expected to …": the
    // subject is part of what appears or is expected (a report in two
    // pieces, around the cue), and no one is said to say it
    let raising = matches!(
        doc.token_text(k).to_lowercase().as_str(),
        "appear" | "appears" | "appeared" | "seem" | "seems" | "seemed"
    ) || passive && doc.token_text(k) == "expected";
    let speaker = if raising { None } else { speaker };
    let span = clause_span(doc, c, clause_end(finder, c, last))?;
    let mut spans = Vec::with_capacity(2);
    if raising && doc.token_text(c) == "to" {
        let subject_end = if passive { k - 2 } else { j };
        let subject_first = (range.start..subject_end)
            .rev()
            .find(|&i| matches!(doc.token_text(i), "," | ";" | ":"))
            .map_or(range.start, |comma| comma + 1);
        let words = (subject_first..=subject_end)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        if subject_end < k && subject_first <= subject_end && (1..=10).contains(&words) {
            let subject = Span::new(
                doc.tokens[subject_first].span.start,
                doc.tokens[subject_end].span.end,
            );
            spans.push(make(subject, None, "after"));
        }
    }
    spans.push(make(span, speaker, "before"));
    Some(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::PersonMention;

    fn person(text: &str, name: &str, nth: usize, gender: Option<Gender>) -> Mention {
        let start = text
            .match_indices(name)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("name in text");
        Mention {
            span: Span::new(start, start + name.len()),
            confidence: 0.9,
            reason: String::new(),
            payload: Payload::Person(PersonMention { gender }),
        }
    }

    struct Q {
        text: String,
        kind: QuoteType,
        speaker: Option<String>,
        person: Option<String>,
        cue: Option<String>,
    }

    /// The quotations of one kind in `found`: their text and speaker.
    fn speakers_of(found: &[Q], kind: QuoteType) -> Vec<(&str, Option<&str>)> {
        found
            .iter()
            .filter(|q| q.kind == kind)
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect()
    }

    #[track_caller]
    fn run(text: &str, people: &[Mention]) -> Vec<Q> {
        let doc = Document::new(text);
        let context = Context {
            reference_date: None,
            found: people,
        };
        let mut found = find(&doc, &context);
        found.sort_by_key(|m| m.span.start);
        found
            .into_iter()
            .filter_map(|m| match m.payload {
                Payload::Quote(q) => Some(Q {
                    text: m.span.text(text).to_string(),
                    kind: q.kind,
                    speaker: q.speaker.as_ref().map(|s| s.span.text(text).to_string()),
                    person: q
                        .speaker
                        .as_ref()
                        .and_then(|s| s.person)
                        .map(|p| p.text(text).to_string()),
                    cue: q.cue.map(|c| c.text(text).to_string()),
                }),
                _ => None,
            })
            .collect()
    }

    fn quoted(found: &[Q]) -> Vec<&str> {
        found
            .iter()
            .filter(|q| q.kind != QuoteType::Indirect)
            .map(|q| q.text.as_str())
            .collect()
    }

    #[test]
    fn a_nickname_in_marks_is_part_of_the_name() {
        let text = "Del. Marcia \"Cia\" Price (D-Newport News) shouted to the crowd: \"We have to show that we have his back.\"";
        let people = [person(text, "Marcia \"Cia\" Price", 0, None)];
        let found = run(text, &people);
        assert_eq!(
            quoted(&found),
            ["\"We have to show that we have his back.\""]
        );
    }

    #[test]
    fn as_someone_put_it_names_the_speaker() {
        let text = "He was seen, as The New Yorker put it in a long article, “the operator.”";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["“the operator.”"]);
        assert_eq!(found[0].speaker.as_deref(), Some("The New Yorker"));
        assert_eq!(found[0].cue.as_deref(), Some("put it"));
    }

    #[test]
    fn a_quotation_between_dashes_after_a_name_is_that_persons() {
        let text = "Many Republicans have said so, including Ann Lee -- ''It is a disgrace to hide them'' -- and Bob Hart, a former official.";
        let people = [
            person(text, "Ann Lee", 0, None),
            person(text, "Bob Hart", 0, None),
        ];
        let found = run(text, &people);
        assert_eq!(quoted(&found), ["''It is a disgrace to hide them''"]);
        assert_eq!(found[0].speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn an_uncued_quotation_after_a_persons_sentence_is_theirs() {
        let text = "His former partner, Lawrence B. Cummings, called him a master at deals. “He showed again and again an ability to close them.”";
        let people = [person(text, "Lawrence B. Cummings", 0, Some(Gender::Male))];
        let found = run(text, &people);
        assert_eq!(
            quoted(&found),
            ["“He showed again and again an ability to close them.”"]
        );
        let direct = speakers_of(&found, QuoteType::Direct);
        assert_eq!(direct[0].1, Some("Lawrence B. Cummings"));
        // a title in marks earlier in the paragraph reports nothing
        let text = "On “Face the Nation,” Bernie Sanders named young voters as a reason for hope. “The younger people are sick and tired of racism.”";
        let people = [person(text, "Bernie Sanders", 0, Some(Gender::Male))];
        let found = run(text, &people);
        let direct = speakers_of(&found, QuoteType::Direct);
        assert_eq!(direct.last().and_then(|q| q.1), Some("Bernie Sanders"));
        // a new paragraph is not the same reporting
        let text = "Lawrence B. Cummings called him a master at deals.\n\n“He showed again and again an ability to close them.”";
        let people = [person(text, "Lawrence B. Cummings", 0, Some(Gender::Male))];
        let found = run(text, &people);
        let direct = speakers_of(&found, QuoteType::Direct);
        assert_eq!(direct.len(), 1);
        assert_eq!(direct[0].1, None);
    }

    #[test]
    fn curly_quote_with_cue_after() {
        let text = "“We call on the world to act,” he added.";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["“We call on the world to act,”"]);
        assert_eq!(found[0].kind, QuoteType::Direct);
        assert_eq!(found[0].speaker.as_deref(), Some("he"));
        assert_eq!(found[0].cue.as_deref(), Some("added"));
    }

    #[test]
    fn pronoun_resolves_to_the_last_person_of_its_gender() {
        let text = "Wang Wenbin spoke to Mary Smith. “We call on the world to act,” he added.";
        let people = [
            person(text, "Wang Wenbin", 0, None),
            person(text, "Mary Smith", 0, Some(Gender::Female)),
        ];
        let found = run(text, &people);
        assert_eq!(found[0].person.as_deref(), Some("Wang Wenbin"));
    }

    #[test]
    fn pronoun_prefers_the_subject_of_the_sentence_before() {
        let text = "Ham explained why he backs Trump over Hillary Clinton. \
                    “This country needs a leader,” he said. Mrs. Clinton left.";
        let people = [
            person(text, "Ham", 0, None),
            person(text, "Trump", 0, None),
            person(text, "Hillary Clinton", 0, None),
            person(text, "Mrs. Clinton", 0, Some(Gender::Female)),
        ];
        let found = run(text, &people);
        assert_eq!(found[0].person.as_deref(), Some("Ham"));
    }

    #[test]
    fn pronoun_skips_people_inside_quotations() {
        let text = "Wang Wenbin spoke. “Joe Biden is wrong,” he said.";
        let people = [
            person(text, "Wang Wenbin", 0, None),
            person(text, "Joe Biden", 0, None),
        ];
        let found = run(text, &people);
        assert_eq!(found[0].person.as_deref(), Some("Wang Wenbin"));
    }

    #[test]
    fn inverted_cue_and_straight_marks() {
        let text = "\"There is no evidence,\" said Mr. Burman. \"None.\"";
        let people = [person(text, "Mr. Burman", 0, Some(Gender::Male))];
        let found = run(text, &people);
        assert_eq!(quoted(&found), ["\"There is no evidence,\"", "\"None.\""]);
        assert_eq!(found[0].person.as_deref(), Some("Mr. Burman"));
        assert_eq!(found[0].cue.as_deref(), Some("said"));
        assert_eq!(found[1].person.as_deref(), Some("Mr. Burman"), "continues");
    }

    #[test]
    fn split_quotation_is_two_pieces_with_one_speaker() {
        let text = "\"I'm not,\" she said, \"going anywhere.\"";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["\"I'm not,\"", "\"going anywhere.\""]);
        assert!(found.iter().all(|q| q.speaker.as_deref() == Some("she")));
    }

    #[test]
    fn typewriter_double_apostrophes_are_marks() {
        let text = "''We're America,'' the president added. ''It's over.''";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["''We're America,''", "''It's over.''"]);
        assert_eq!(found[0].speaker.as_deref(), Some("the president"));
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let text = "They don't like rock 'n' roll from the '90s, and the Joneses' car is old.";
        assert!(quoted(&run(text, &[])).is_empty());
        let text = "They didn’t like rock ’n’ roll or the ’90s, said the Joneses’ son.";
        assert!(quoted(&run(text, &[])).is_empty());
    }

    #[test]
    fn british_single_quotes_pair() {
        let text = "‘It’s a disgrace,’ the minister said. 'Don't go,' she said.";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["‘It’s a disgrace,’", "'Don't go,'"]);
        assert_eq!(found[0].speaker.as_deref(), Some("the minister"));
    }

    #[test]
    fn guillemets_and_low_high_marks() {
        let text = "«Nous resterons», a dit Macron. „Wir schaffen das“, sagte sie. ‹Oui›, said he.";
        let found = run(text, &[]);
        assert_eq!(
            quoted(&found),
            ["«Nous resterons»", "„Wir schaffen das“", "‹Oui›"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let text = "“He told me ‘never again,’ and left,” Ms. Li said.";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["“He told me ‘never again,’ and left,”"]);
        assert_eq!(found[0].speaker.as_deref(), Some("Ms. Li"));
    }

    #[test]
    fn missing_opening_mark_quotes_from_the_paragraph_start() {
        let text = "Intro.\n\nAs facts have proven, it is the U.S. that spies. The U.S. is the threat,” Wenbin claimed.";
        let found = run(text, &[]);
        assert_eq!(
            quoted(&found),
            ["As facts have proven, it is the U.S. that spies. The U.S. is the threat,”"]
        );
        assert_eq!(found[0].speaker.as_deref(), Some("Wenbin"));
        assert_eq!(found[0].cue.as_deref(), Some("claimed"));
    }

    #[test]
    fn quotation_over_paragraphs_keeps_its_speaker() {
        let text = "Wang said: “The first part.\n\n“The second part.”\n\nOther news.";
        let found = run(text, &[]);
        assert_eq!(quoted(&found), ["“The first part.", "“The second part.”"]);
        assert_eq!(found[0].speaker.as_deref(), Some("Wang"));
        assert_eq!(found[1].speaker.as_deref(), Some("Wang"));
    }

    #[test]
    fn colon_on_the_line_before() {
        let text = "The New York Times reports:\n\n\"Just 24 percent gave less.\"";
        let found = run(text, &[]);
        assert_eq!(found[0].speaker.as_deref(), Some("The New York Times"));
        assert_eq!(found[0].cue.as_deref(), Some("reports"));
    }

    #[test]
    fn quoted_fragments_of_one_sentence_are_one_quotation() {
        let text = "Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" \
                    and \"sick.\" Cruz said the plan was \"a disaster\" while Rubio said \
                    it was \"great.\" Ann called it \"disgusting\" and encouraged voters to \
                    \"check out\" the tape.";
        let people = [
            person(text, "Trump", 0, Some(Gender::Male)),
            person(text, "Cruz", 0, Some(Gender::Male)),
            person(text, "Rubio", 0, Some(Gender::Male)),
            person(text, "Ann", 0, Some(Gender::Female)),
        ];
        let found = run(text, &people);
        assert_eq!(
            quoted(&found),
            [
                "\"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"",
                "\"a disaster\"",
                "\"great.\"",
                "\"disgusting\"",
                "\"check out\"",
            ]
        );
        assert_eq!(found[0].kind, QuoteType::Partial);
        assert_eq!(found[0].speaker.as_deref(), Some("Trump"));
    }

    #[test]
    fn partial_and_scare_quotes() {
        let text = "Wang said the U.S. is “the top threat to global cybersecurity.” \
                    The so-called “experts” disagreed, and the “plan” failed.";
        let found = run(text, &[]);
        let kinds: Vec<_> = found
            .iter()
            .filter(|q| q.kind != QuoteType::Indirect)
            .map(|q| (q.text.as_str(), q.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "“the top threat to global cybersecurity.”",
                    QuoteType::Partial
                ),
                ("“experts”", QuoteType::Scare),
                ("“plan”", QuoteType::Scare)
            ]
        );
        assert_eq!(found[0].speaker.as_deref(), Some("Wang"));
        assert!(found[1].speaker.is_none());
    }

    #[test]
    fn the_president_is_the_one_with_the_title() {
        let text = "President Obama met Tina Houchins, president of the local chapter. \
                    “The truth is that this was manufactured,” the president said.";
        let people = [
            person(text, "Obama", 0, Some(Gender::Male)),
            person(text, "Tina Houchins", 0, Some(Gender::Female)),
        ];
        let found = run(text, &people);
        assert_eq!(found[0].speaker.as_deref(), Some("the president"));
        assert_eq!(found[0].person.as_deref(), Some("Obama"));
    }

    #[test]
    fn speakers_of_roles_colons_and_noun_cues() {
        let speakers = |text: &str, people: &[&str]| -> Vec<(String, Option<String>)> {
            let people: Vec<Mention> = people.iter().map(|p| person(text, p, 0, None)).collect();
            run(text, &people)
                .into_iter()
                .filter(|q| q.kind != QuoteType::Indirect)
                .map(|q| (q.text, q.speaker))
                .collect()
        };
        // a role with "of": the whole phrase, not a pronoun from elsewhere
        assert_eq!(
            speakers(
                "She paused. Then the young mother of three replied, “It is meant to help.”",
                &[]
            ),
            [(
                "“It is meant to help.”".into(),
                Some("the young mother of three".into())
            )]
        );
        // after a colon with no cue: the person nearest the colon
        assert_eq!(
            speakers(
                "With Democratic leaders worried, President Obama is rolling out a message: \"It's about me.\"",
                &["Obama"]
            ),
            [("\"It's about me.\"".into(), Some("Obama".into()))]
        );
        // "claims" after "of" and an adjective is a noun, not a cue
        assert_eq!(
            speakers(
                "PolitiFact rated 32% of Republican claims as “false” in its checks.",
                &[]
            ),
            [("“false”".into(), Some("PolitiFact".into()))]
        );
        // an opening adjunct holds no subject
        assert_eq!(
            speakers(
                "Conversely, PolitiFact rated 22% of claims as “entirely true” in June.",
                &[]
            ),
            [("“entirely true”".into(), Some("PolitiFact".into()))]
        );
        // the object of a preposition is no speaker
        assert_ne!(
            speakers(
                "Protesters marching through the streets chanted “What curfew?” all night.",
                &[]
            )[0]
            .1
            .as_deref(),
            Some("the streets")
        );
        // "commented" is a cue
        assert_eq!(
            speakers(
                "Kevin Burke commented: “Immigration is the most important reason.”",
                &["Kevin Burke"]
            ),
            [(
                "“Immigration is the most important reason.”".into(),
                Some("Kevin Burke".into())
            )]
        );
    }

    #[test]
    fn role_resolves_to_the_named_person() {
        let text = "Wang Wenbin, the foreign ministry spokesman, spoke. \
                    “It is wrong,” the spokesman said.";
        let people = [person(text, "Wang Wenbin", 0, None)];
        let found = run(text, &people);
        assert_eq!(found[0].speaker.as_deref(), Some("the spokesman"));
        assert_eq!(found[0].person.as_deref(), Some("Wang Wenbin"));
    }

    #[test]
    fn appositive_speaker_before_the_cue() {
        let text = "Wang Wenbin, Foreign Ministry spokesperson of China, said: “No.”";
        let people = [person(text, "Wang Wenbin", 0, None)];
        let found = run(text, &people);
        assert_eq!(found[0].person.as_deref(), Some("Wang Wenbin"));
    }

    #[test]
    fn indirect_speech_forms() {
        let text = "Wang said that the U.S. is stealing data from people.\n\
                    The campaign decided to change course, a source said.\n\
                    According to the report, the team avoided the hospital.";
        let found = run(text, &[]);
        let indirect = speakers_of(&found, QuoteType::Indirect);
        assert_eq!(
            indirect,
            [
                ("that the U.S. is stealing data from people", Some("Wang")),
                ("The campaign decided to change course", Some("a source")),
                ("the team avoided the hospital", Some("the report")),
            ]
        );
    }

    #[test]
    fn lines_without_sentence_punctuation_report_nothing() {
        // a link title, a teaser cut off with an ellipsis, a byline: no
        // sentence, so no reported speech
        let text = "More like this\n\n\
                    North Korea fears over a million Covid cases\n\n\
                    Officials said the plant has closed and more...\n\n\
                    By Anna Smith, who says she writes\n\n\
                    Officials said the plant has closed for good.";
        let found = run(text, &[]);
        let indirect: Vec<&str> = found
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(indirect, ["the plant has closed for good"]);
        // a hard-wrapped line going on in lower case is still a sentence,
        // and so is one ending in an abbreviation
        let text = "Officials said the plant has closed\nfor good.\n\n\
                    Officials said the talks would move to the U.S.";
        let found = run(text, &[]);
        let indirect: Vec<&str> = found.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(
            indirect,
            ["the plant has closed", "the talks would move to the U.S."]
        );
    }

    #[test]
    fn transcript_lines_are_their_labels_reported_speech() {
        // each paragraph opens with a mark and none closes: a transcript
        let text = "Partial transcript as follows:\n\n\
                    \"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n\
                    \"PENCE: Gennifer Flowers will not be attending the debate.\n\n\
                    \"But the truth is that Donald Trump has a unique way of talking.\n\n\
                    \"(CROSSTALK.)";
        let found = run(text, &[]);
        let spoken: Vec<(&str, QuoteType, Option<&str>)> = found
            .iter()
            .filter(|q| q.kind != QuoteType::Scare)
            .map(|q| (q.text.as_str(), q.kind, q.speaker.as_deref()))
            .collect();
        assert_eq!(
            spoken,
            [
                (
                    "Will Gennifer Flowers be there tomorrow night",
                    QuoteType::Indirect,
                    Some("WALLACE")
                ),
                (
                    "Gennifer Flowers will not be attending the debate",
                    QuoteType::Indirect,
                    Some("PENCE")
                ),
                (
                    "But the truth is that Donald Trump has a unique way of talking",
                    QuoteType::Indirect,
                    Some("PENCE")
                ),
            ]
        );
    }

    #[test]
    fn a_label_and_colon_name_the_speaker_of_their_line() {
        let text = "Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp\n\
                    Correction: An earlier version of this article misstated the date.\n\
                    Clinton: 45 percent\n\
                    \"WALLACE: Let’s start with breaking news on the debate story.\"";
        let found = run(text, &[]);
        let spoken: Vec<(&str, Option<&str>)> = found
            .iter()
            .filter(|q| q.kind != QuoteType::Scare)
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect();
        assert_eq!(
            spoken,
            [
                (
                    "Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp",
                    Some("Pence")
                ),
                (
                    "\"WALLACE: Let’s start with breaking news on the debate story.\"",
                    Some("WALLACE")
                ),
            ]
        );
    }

    #[test]
    fn plain_speaker_phrases_next_to_the_cue() {
        let text = "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.\n\
                    “They are 100 percent wrong,” said 9/11 widow Terry Strada.\n\
                    \"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.\n\
                    \"We live in Satan's kingdom,\" my father often said.\n\
                    “The impact is still small,” wrote Cameron Easley for Morning Consult.\n\
                    “He looked like a grown-up,” said MSNBC host Chris Matthews.";
        let people = [
            person(text, "Terry Strada", 0, None),
            person(text, "Cameron Easley", 0, None),
            person(text, "Chris Matthews", 0, None),
        ];
        let found = run(text, &people);
        let speakers: Vec<Option<&str>> = found
            .iter()
            .filter(|q| q.kind == QuoteType::Direct)
            .map(|q| q.speaker.as_deref())
            .collect();
        assert_eq!(
            speakers,
            [
                Some("Senate Majority Leader Mitch McConnell"),
                Some("9/11 widow Terry Strada"),
                Some("Mr. Morgan of the Sierra Club"),
                Some("my father"),
                Some("Cameron Easley"),
                Some("MSNBC host Chris Matthews"),
            ]
        );
        // the words naming the speaker are no reported speech of their own
        let indirect: Vec<&str> = found
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .map(|q| q.text.as_str())
            .collect();
        assert!(indirect.is_empty(), "{indirect:?}");
    }

    #[test]
    fn a_quotation_after_a_sentence_ending_in_its_cue() {
        let text = "The administration may be reluctant to act, Schiff said Tuesday. \
                    \"The other factor is the appearance.\"\n\
                    On July 6, Sanders made the following comment:\n\
                    “The rate is 33 percent.”";
        let found = run(text, &[person(text, "Sanders", 0, None)]);
        let speakers = speakers_of(&found, QuoteType::Direct);
        assert_eq!(
            speakers,
            [
                ("\"The other factor is the appearance.\"", Some("Schiff")),
                ("“The rate is 33 percent.”", Some("Sanders")),
            ]
        );
    }

    #[test]
    fn plain_subjects_and_sources_at_the_sentence_end() {
        let text = "Clinton leads\n\
                    However, 63 percent said Clinton was \"justified\" in keeping it private.\n\
                    More than 100,000 people took part in a nationwide “walk-in” at 2,000 schools, \
                    according to the event organizer.";
        let found = run(text, &[]);
        let speakers = speakers_of(&found, QuoteType::Partial);
        assert_eq!(
            speakers,
            [
                ("\"justified\"", Some("63 percent")),
                ("“walk-in”", Some("the event organizer")),
            ]
        );
    }

    #[test]
    fn headline_fragments_and_quoted_subheadings_are_not_quotations() {
        let text =
            "Flynn says Trump 'absolutely right' in saying generals were reduced to rubble.\n\
                    Retired Lt. Gen. Michael Flynn said Trump was right.\n\
                    'Coal Isn't the Villain.'\n\
                    It was raining when Mr. Clarke arrived.";
        let found = run(text, &[]);
        let kinds: Vec<(&str, QuoteType, Option<&str>)> = found
            .iter()
            .map(|q| (q.text.as_str(), q.kind, q.speaker.as_deref()))
            .collect();
        assert_eq!(
            kinds,
            [
                (
                    "Trump 'absolutely right' in saying generals were reduced to rubble",
                    QuoteType::Indirect,
                    Some("Flynn")
                ),
                ("'absolutely right'", QuoteType::Scare, None),
                (
                    "Trump was right",
                    QuoteType::Indirect,
                    Some("Retired Lt. Gen. Michael Flynn")
                ),
                ("'Coal Isn't the Villain.'", QuoteType::Scare, None),
            ]
        );
    }

    #[test]
    fn passive_and_relative_cues_do_not_make_the_subject_a_speaker() {
        let text = "Millions have been reported to be detained in the camps.\n\
                    Trump was criticized by Zhang Jun for the claim that the virus came from a lab.\n\
                    Images were released by the group that displayed the cells with bars.\n\
                    Other interests include blasting music and binge watching movies.";
        let found = run(text, &[]);
        let indirect = speakers_of(&found, QuoteType::Indirect);
        for (text, speaker) in &indirect {
            assert!(
                !matches!(*speaker, Some("Millions" | "Trump" | "Images")),
                "{text}: {speaker:?}"
            );
            assert!(!text.contains("music"), "{text}");
        }
        assert!(
            indirect.iter().any(|(_, s)| *s == Some("Zhang Jun")),
            "{indirect:?}"
        );
    }

    #[test]
    fn speaker_with_party_and_state() {
        let text = "“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.";
        let found = run(text, &[]);
        assert_eq!(found[0].speaker.as_deref(), Some("Rep. Gwen Moore"));
    }

    #[test]
    fn dash_attribution() {
        let text = "“He is not fit to lead.” ― Edwin G. Monroy";
        let found = run(text, &[]);
        assert_eq!(found[0].speaker.as_deref(), Some("Edwin G. Monroy"));
        // a phrase in apposition after the dash is no speaker
        let text = "In July, Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the party's retreat.";
        let people = [person(text, "Gingrich", 0, Some(Gender::Male))];
        let found = run(text, &people);
        let quote = found.iter().find(|q| q.text.contains("suburbs"));
        assert_eq!(quote.and_then(|q| q.speaker.as_deref()), Some("Gingrich"));
    }

    #[test]
    fn attribution_after_a_question() {
        let text = "“Who would have believed it?” Trump said, looking out.";
        let found = run(text, &[]);
        assert_eq!(found[0].speaker.as_deref(), Some("Trump"));
    }

    #[test]
    fn speaker_after_words_that_end_the_sentence() {
        let text = "''I have admiration for the mechanics'' of the plans, Mr. Holtz-Eakin said.";
        let found = run(text, &[]);
        assert_eq!(found[0].speaker.as_deref(), Some("Mr. Holtz-Eakin"));
    }

    #[test]
    fn a_campaign_is_not_resolved_to_a_person() {
        let text = "Hillary Clinton's campaign met. “It is false,” the campaign said.";
        let people = [person(text, "Hillary Clinton", 0, None)];
        let found = run(text, &people);
        assert_eq!(found[0].speaker.as_deref(), Some("the campaign"));
        assert_eq!(found[0].person, None);
    }

    #[test]
    fn titles_are_not_quotations() {
        let text = "On Tuesday’s episode of “The Steve Harvey Morning Show,” she spoke. \
                    He wrote the book “Make Your Kid a Millionaire.”";
        let found = run(text, &[]);
        assert!(found
            .iter()
            .filter(|q| q.kind != QuoteType::Indirect)
            .all(|q| q.kind == QuoteType::Scare && q.speaker.is_none()));
    }

    #[test]
    fn curly_marks_typed_the_wrong_way_round() {
        let text = "”What is most infuriating is the noise.” ― Nell Grey\n\
                    “If they are young, the rate is 51 percent.“ Then he left.";
        let found = run(text, &[]);
        assert_eq!(
            quoted(&found),
            [
                "”What is most infuriating is the noise.”",
                "“If they are young, the rate is 51 percent.“"
            ]
        );
        assert_eq!(found[0].speaker.as_deref(), Some("Nell Grey"));
    }

    #[test]
    fn html_attributes_and_inches_are_not_quotes() {
        let text = "<tweet pic=\"pic.twitter.com/\" author=\"carl\">The arrow is Warren.</tweet> He is 6'3\" tall.";
        assert!(quoted(&run(text, &[])).is_empty());
    }

    #[test]
    fn accents_emoji_and_no_break_spaces() {
        let text = "«Ça\u{a0}suffit 😀», a dit François Hollande.\n\
                    “Zoë’s café is open 🎉,” said\u{a0}José Núñez.";
        let found = run(text, &[]);
        assert_eq!(
            quoted(&found),
            ["«Ça\u{a0}suffit 😀»", "“Zoë’s café is open 🎉,”"]
        );
        assert_eq!(found[1].speaker.as_deref(), Some("José Núñez"));
    }

    #[test]
    fn addressees_adjuncts_and_speakers_after_the_cue_are_not_the_report() {
        let indirect = |text: &str| -> Vec<(String, Option<String>)> {
            let people = [
                "Graham",
                "Trump",
                "Jeffrey Trimble",
                "Schiff",
                "McFaul",
                "Obama",
            ]
            .iter()
            .filter(|name| text.contains(*name))
            .map(|name| person(text, name, 0, Some(Gender::Male)))
            .collect::<Vec<_>>();
            run(text, &people)
                .into_iter()
                .filter(|q| q.kind == QuoteType::Indirect)
                .map(|q| (q.text, q.speaker))
                .collect()
        };
        // who was told, not what
        assert!(indirect("“This is it,” Graham told The Huffington Post on Thursday.").is_empty());
        assert!(indirect("“It's over,” Graham told some of the miners.").is_empty());
        // an adjunct before the cue that introduces a quotation
        assert!(indirect("In one tweet Friday, Trump said: “Did she help?”").is_empty());
        // what it was said about
        assert!(
            indirect("“Right now they can,” Schiff said of the prospect of tampering.").is_empty()
        );
        // a speaker after the cue at the end of the sentence
        assert_eq!(
            indirect(
                "The lack of reciprocity is deplorable, said Jeffrey Trimble, a senior official."
            ),
            [(
                "The lack of reciprocity is deplorable".to_string(),
                Some("Jeffrey Trimble".to_string())
            )]
        );
        // what appears is the subject and the words after "appear", and no
        // one says it
        assert_eq!(
            indirect("Relations between Beijing and Washington appear to be strained."),
            [
                ("Relations between Beijing and Washington".to_string(), None),
                ("to be strained".to_string(), None)
            ]
        );
        assert_eq!(
            indirect("Since Monday, the sale is expected to close soon."),
            [
                ("the sale".to_string(), None),
                ("to close soon".to_string(), None)
            ]
        );
        // declining something is not declining to say it
        assert!(indirect("Trump declined these theories claiming the same.").is_empty());
        // a speaker with a title between the two parts of the report
        assert_eq!(
            indirect("The museum, Mr. Obama said, would make visitors face hard truths."),
            [
                ("The museum".to_string(), Some("Obama".to_string())),
                (
                    "would make visitors face hard truths".to_string(),
                    Some("Obama".to_string())
                )
            ]
        );
        // a "that" at the end is no complementizer
        assert_eq!(
            indirect("Experts on nuclear arms said the latest test could change that."),
            [(
                "the latest test could change that".to_string(),
                Some("Experts".to_string())
            )]
        );
        // a comparison reports nothing
        assert!(indirect("Men earned $98,000, compared with $93,000 for women.").is_empty());
        // the speaker of a quotation in typewriter marks is no report
        assert!(indirect("''It is a show,'' McFaul, a fellow at Hoover, said.").is_empty());
    }

    #[test]
    fn adjuncts_after_the_cue_are_not_the_report() {
        let indirect = |text: &str| -> Vec<String> {
            run(text, &[])
                .into_iter()
                .filter(|q| q.kind == QuoteType::Indirect)
                .map(|q| q.text)
                .collect()
        };
        // the clause starts at its determiner, after a complete adjunct
        assert_eq!(
            indirect("Mr. Brunner said on Monday the deal could be signed soon."),
            ["the deal could be signed soon"]
        );
        // a prepositional phrase after "said" is not what was said
        assert!(indirect("A French diplomat said on condition of anonymity.").is_empty());
        // "announced" + a noun phrase is an act, not reported speech
        assert!(indirect("The government, which announced the grant in Ottawa.").is_empty());
        assert_eq!(
            indirect("The ministry announced the grant would double."),
            ["the grant would double"]
        );
    }

    #[test]
    fn a_scare_quote_stays_inside_its_reported_clause() {
        let text = "The so-called \"roadmap\" was first proposed in 2019, officials said.";
        let found = run(text, &[]);
        let indirect: Vec<_> = found
            .iter()
            .filter(|q| q.kind == QuoteType::Indirect)
            .collect();
        assert_eq!(indirect.len(), 1);
        assert_eq!(
            indirect[0].text,
            "The so-called \"roadmap\" was first proposed in 2019"
        );
        assert_eq!(indirect[0].cue.as_deref(), Some("said"));
        assert_eq!(indirect[0].speaker.as_deref(), Some("officials"));
    }

    #[test]
    fn he_never_resolves_to_a_woman() {
        // "she" tells Ana Ruiz's gender; "he" goes to the titled name the
        // names extractor missed, or to nobody
        let text = "Dr. Ana Ruiz remembers it well. That year, she left home. \
                    Her colleague, Professor Rajesh Iyer, met her. \
                    \"She was fearless,\" he said.";
        let found = run(text, &[person(text, "Ana Ruiz", 0, None)]);
        assert_eq!(found[0].speaker.as_deref(), Some("he"));
        assert_eq!(found[0].person.as_deref(), Some("Professor Rajesh Iyer"));
        let text = "Ana Ruiz spoke. Then she left. \"She was fearless,\" he said.";
        let found = run(text, &[person(text, "Ana Ruiz", 0, None)]);
        assert_eq!(found[0].person, None);
        // with no pronoun telling otherwise, the person is still found
        let text = "Ana Ruiz spoke. \"It was fearless,\" she said.";
        let found = run(text, &[person(text, "Ana Ruiz", 0, None)]);
        assert_eq!(found[0].person.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn capitalised_runs_are_no_speakers() {
        assert!(!is_plausible_name("In January"));
        assert!(!is_plausible_name(
            "Obama Says African-American Museum Will Tell"
        ));
        assert!(is_plausible_name("Theresa May"));
        assert!(is_plausible_name("Earl Ray Tomblin"));
        let text = "In January, Earl Ray Tomblin praised the \"new and innovative ideas.\"";
        let people = [
            person(text, "In January", 0, None),
            person(text, "Earl Ray Tomblin", 0, None),
        ];
        let found = run(text, &people);
        assert_eq!(found[0].person.as_deref(), Some("Earl Ray Tomblin"));
        // a preposition opening the sentence is no speaker either
        let text = "During a speech earlier in the day, Trump attacked Clinton for her \
                    support of military action, saying, \"She's trigger-happy.\"";
        let found = run(text, &[]);
        let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
        assert!(!speakers.contains(&Some("During")), "{speakers:?}");
    }

    #[test]
    fn places_after_from_are_not_the_speaker() {
        let text = "Negotiators from Switzerland and Kenya said they had agreed on a text.";
        let found = run(text, &[]);
        assert_eq!(
            found[0].speaker.as_deref(),
            Some("Negotiators from Switzerland and Kenya")
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "\"",
            "”",
            "“",
            "'",
            "''",
            "‘’",
            "\"\"\"",
            "said",
            "he said:",
            "“ ”",
            "😀 “é” 😀\u{a0}said",
        ] {
            let _ = run(text, &[]);
        }
    }
}
