//! The vocabulary: word lists compiled from `src/data/lexicon/<language>/*.txt`.
//!
//! Each list lives once, in an annotated data file (a header saying what it is,
//! its source and licence; one entry per line, optionally a tab and a tag).
//! `build.rs` turns every file into a sorted static [`Lexicon`], so nothing is
//! parsed at start-up and a lookup is a binary search without allocation. A
//! second language is a second folder of the same files.
//!
//! ```
//! use article_annotator::lexicon::Lexicon;
//! static DAYS: Lexicon = Lexicon { name: "days", words: &["friday", "monday"], tags: &[None, None] };
//! assert!(DAYS.contains("monday"));
//! assert!(!DAYS.contains("Monday")); // entries are matched exactly: lowercase first where the list is lowercase
//! ```

/// One word list: its entries sorted, each with an optional tag.
#[derive(Debug)]
pub struct Lexicon {
    /// The file it came from, without `.txt`.
    pub name: &'static str,
    /// The entries, sorted and unique.
    pub words: &'static [&'static str],
    /// Each entry's tag (the text after a tab), parallel to `words`.
    pub tags: &'static [Option<&'static str>],
}

impl Lexicon {
    /// Whether `word` is an entry (exact match).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.words.binary_search(&word).is_ok()
    }

    /// The tag of `word`, if it is an entry with one.
    #[inline]
    pub fn tag(&self, word: &str) -> Option<&'static str> {
        self.words
            .binary_search(&word)
            .ok()
            .and_then(|i| self.tags[i])
    }

    /// Whether `word`, lowercased (ASCII and Unicode), is an entry. Allocates
    /// only when `word` has an uppercase letter.
    pub fn contains_lowercase(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.contains(&word.to_lowercase())
        } else {
            self.contains(word)
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Lexicon = Lexicon {
        name: "sample",
        words: &["mr", "mrs", "ms"],
        tags: &[Some("male"), Some("female"), None],
    };

    #[test]
    fn lookups() {
        assert!(SAMPLE.contains("mrs"));
        assert!(!SAMPLE.contains("Mrs"));
        assert!(SAMPLE.contains_lowercase("Mrs"));
        assert_eq!(SAMPLE.tag("mr"), Some("male"));
        assert_eq!(SAMPLE.tag("ms"), None);
        assert_eq!(SAMPLE.tag("dr"), None);
    }

    #[test]
    fn every_compiled_list_is_sorted_unique_and_tagged_in_parallel() {
        for list in en::ALL {
            assert!(!list.is_empty(), "{} is empty", list.name);
            assert_eq!(list.words.len(), list.tags.len(), "{}", list.name);
            assert!(
                list.words.windows(2).all(|w| w[0] < w[1]),
                "{} is not sorted and unique",
                list.name
            );
        }
    }
}
