//! Which language a text is in, by its function words.
//!
//! The extractors' rules and word lists are English. A French or German
//! article would get English guesses ("Der Sprecher" as a person, the dateline
//! "PARIS" as a speaker), so the engine first counts the commonest function
//! words of each language it knows (`src/data/lexicon/<lang>/stopwords.txt`,
//! lists that leave out words English shares) over the first
//! [`WORDS_READ`] words. Another language wins only when it clearly beats
//! English; a text too short to tell is `und` and is read as English.
//!
//! It needs no model and costs a few lookups per word. It cannot tell
//! languages it has no list for (those come out `en` or `und`), and a text
//! mixing languages is called by its majority.

use crate::document::{Document, TokenKind};
use crate::lexicon::{self, Lexicon};

/// How many words are read: enough to tell, and a bound on the cost.
pub const WORDS_READ: usize = 2_000;

/// Fewer function words than this of any language: too short to tell.
const MIN_HITS: usize = 3;

/// The languages with a stop-word list, English first, as ISO 639-1 codes.
static LANGUAGES: [(&str, &Lexicon); 7] = [
    ("en", &lexicon::en::STOPWORDS),
    ("de", &lexicon::de::STOPWORDS),
    ("fr", &lexicon::fr::STOPWORDS),
    ("es", &lexicon::es::STOPWORDS),
    ("it", &lexicon::it::STOPWORDS),
    ("pt", &lexicon::pt::STOPWORDS),
    ("nl", &lexicon::nl::STOPWORDS),
];

/// The language of `doc`: an ISO 639-1 code, or `und` when too short to tell.
pub fn detect(doc: &Document) -> &'static str {
    let mut hits = [0usize; LANGUAGES.len()];
    let mut lower = String::new();
    let words = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word);
    for (i, _) in words.take(WORDS_READ) {
        let word = doc.token_text(i);
        let word = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            word
        };
        for (hit, (_, list)) in hits.iter_mut().zip(&LANGUAGES) {
            *hit += usize::from(list.contains(word));
        }
    }
    decide(&hits)
}

/// The language the counts of function words point to.
fn decide(hits: &[usize; LANGUAGES.len()]) -> &'static str {
    let english = hits[0];
    let (best, &most) = hits
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .expect("several languages");
    if most >= MIN_HITS && most >= 2 * english.max(1) {
        LANGUAGES[best].0
    } else if english >= MIN_HITS || english > most {
        "en"
    } else {
        "und"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn t(text: &str, expected: &str) {
        assert_eq!(detect(&Document::new(text)), expected, "{text}");
    }

    #[test]
    fn tells_languages() {
        t("Wang Wenbin said on Monday that the United States was the top threat to cybersecurity, and he added that it would respond.", "en");
        t("Der Sprecher sagte am Montag, dass die Regierung die Pläne nicht unterstützen wird und auch keine Mittel bereitstellen kann.", "de");
        t("PARIS — Le porte-parole a déclaré lundi que le gouvernement ne soutiendra pas ces plans et qu'il est contre une hausse des impôts.", "fr");
        t("El portavoz dijo el lunes que el gobierno no apoyará los planes y que la economía está en una situación muy difícil.", "es");
        t("Il portavoce ha detto lunedì che il governo non sosterrà questi piani e che la situazione è molto difficile per le famiglie.", "it");
        t("O porta-voz disse na segunda-feira que o governo não vai apoiar os planos e que a situação é muito difícil para as famílias.", "pt");
        t("De woordvoerder zei maandag dat de regering de plannen niet zal steunen en dat het kabinet geen geld heeft voor een oplossing.", "nl");
    }

    #[test]
    fn too_short_to_tell() {
        t("", "und");
        t("Wang Wenbin", "und");
        t("BEIJING", "und");
    }

    #[test]
    fn an_english_article_quoting_another_language_stays_english() {
        t("The crowd chanted “liberté, égalité, fraternité” as the president said that he would not resign, and the police were called to the square by the mayor.", "en");
        t("Angela Merkel, who said “Wir schaffen das” in 2015, was asked by the reporters whether she had been right about the refugees and the border.", "en");
    }
}
