//! Organisations named after a place: a place followed by capitalised words
//! that end in an organisation's word or a team's plural ("Montreal Hockey
//! Club", "Ontario Liberal Party", "Buffalo Bisons"), and a place after "of"
//! and an organisation's word ("Amateur Hockey Association of Canada",
//! "Communist Party of China").

use super::super::{Found, OPENERS, ORGANIZATION_ENDINGS, PLACE_ENDINGS};
use super::context::{Context, ORGANIZATION, PLACE};
use crate::document::is_all_caps;
use crate::lexicon::en;

pub(super) fn organisations_after_places(cx: &Context, mut found: Vec<Found>) -> Vec<Found> {
    let doc = cx.doc;
    let words = |i: usize| cx.words(i);
    let known = |first: usize, last: usize| cx.known(first, last);
    let listed = |i: usize, tags: &[&str]| cx.listed(i, tags);
    let capitalized = |i: usize| cx.capitalized(i);
    // "Montreal Hockey Club", "Ontario Liberal Party", "Buffalo Bisons": a
    // place followed by capitalised words that end in an organisation's word
    // or a team's plural is an organisation's name
    // (the spans an organisation takes in are skipped, not drained from the
    // middle of the list: `kept` spans are moved down to `found[..kept]`)
    let mut kept = 0;
    let mut n = 0;
    while n < found.len() {
        crate::work::step(1);
        let f = &found[n];
        if f.type_index != PLACE {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        let (first, last) = (f.first, f.last);
        let mut end = last;
        let mut owner = n + 1;
        while end + 1 < doc.tokens.len()
            && end - last < 4
            && capitalized(end + 1)
            && !is_all_caps(words(end + 1))
            && doc.tokens[end + 1].sentence == doc.tokens[first].sentence
        {
            crate::work::step(1);
            // the next word is free, or opens or continues a non-place span
            match found.get(owner) {
                Some(g) if g.first <= end + 1 => {
                    if g.type_index == PLACE || g.first < end + 1 {
                        break;
                    }
                    end = g.last;
                    owner += 1;
                }
                _ => end += 1,
            }
        }
        let tail = words(end);
        let team = tail.chars().count() > 3
            && tail.ends_with('s')
            && !tail.ends_with("ss")
            && !PLACE_ENDINGS.contains(&tail)
            && !super::super::is_calendar_word(&tail.to_lowercase())
            && !listed(end, &["s:"]);
        let organisation = end > last
            && (ORGANIZATION_ENDINGS.contains(&tail)
                || en::ORGANISATION_WORDS_AFTER_PLACES.contains(tail)
                || team)
            && !known(first, end);
        if organisation {
            found[n].last = end;
            found[n].type_index = ORGANIZATION;
        }
        found.swap(kept, n);
        kept += 1;
        n = if organisation { owner } else { n + 1 };
    }
    found.truncate(kept);
    // "Amateur Hockey Association of Canada", "Communist Party of China": a
    // place after "of" and an organisation's word ends that organisation's
    // name
    // (`found[..kept]` are the spans settled, `found[n..]` those to come:
    // the spans an organisation takes in are dropped from the end of the
    // settled ones, not drained from the middle of the list)
    let mut kept = 0;
    let mut n = 0;
    while n < found.len() {
        crate::work::step(1);
        let first = found[n].first;
        let head = first >= 2
            && found[n].type_index == PLACE
            && words(first - 1) == "of"
            && (ORGANIZATION_ENDINGS.contains(&words(first - 2))
                || en::ORGANISATION_WORDS_AFTER_PLACES.contains(words(first - 2)))
            && doc.tokens[first - 2].sentence == doc.tokens[first].sentence;
        if !head {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        // back over the organisation's capitalised words and spans
        let mut start = first - 2;
        let mut absorbed = kept;
        while absorbed > 0 && found[absorbed - 1].last >= start {
            crate::work::step(1);
            absorbed -= 1;
            start = start.min(found[absorbed].first);
        }
        // (each run of free capitalised words before a head is its own)
        while start > 0
            && capitalized(start - 1)
            && !doc.starts_sentence(start)
            && !OPENERS.contains(&words(start - 1))
            && (absorbed == 0 || found[absorbed - 1].last < start - 1)
        {
            crate::work::step(1);
            start -= 1;
        }
        if found[absorbed..kept].iter().any(|g| g.type_index == PLACE) {
            found.swap(kept, n);
            kept += 1;
            n += 1;
            continue;
        }
        found[n].first = start;
        found[n].type_index = ORGANIZATION;
        found.swap(absorbed, n);
        kept = absorbed + 1;
        n += 1;
    }
    found.truncate(kept);

    found
}
