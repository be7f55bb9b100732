//! Tense cues: whether the words around a date point forward or back.
//!
//! [`Scan::tense_near`] reads the nearest cue within [`TENSE_REACH`] words in
//! the same sentence: a past verb keeps "January" behind; "will", "scheduled",
//! a modal before "be" ("could be signed"), a verb of intention with "to"
//! ("decided to admit them in March") and "ahead of" look ahead; a plan told
//! in the pluperfect ("had been due to expire Friday") and "until" with the
//! pluperfect look back; an attribution after a comma (", Brunner said") and a
//! participle after an article ("a still unspecified date") say nothing.
//!
//! Evidence: 17c27f9 (12 words back; tbaq DATE value 0.867 -> 0.872),
//! b011034 ("were planning": tbaq DATE value 0.866 -> 0.868), a194853 (plans
//! told as over, "until" with the pluperfect, intentions: tbaq DATE value
//! 0.875 -> 0.877), 6db9968 (a modal before "be"), 363826b ("agreed to a
//! meeting" is no intention; scores unchanged), 71774c8 (an attribution after
//! a comma).

use crate::extract::dates::prelude::*;

/// Cues that a relative expression points forward.
/// (`src/data/lexicon/en/future-cues.txt`)
pub(crate) use crate::lexicon::en::FUTURE_CUES;

/// Verbs that with "to" look ahead: "decided to admit them in March".
/// (`src/data/lexicon/en/intention-verbs.txt`)
pub(crate) use crate::lexicon::en::INTENTION_VERBS;

/// How many tokens back [`Scan::tense_near`] looks for a verb.
pub(crate) const TENSE_REACH: usize = 12;

/// Cues that a relative expression points back.
/// (`src/data/lexicon/en/past-cues.txt`)
pub(crate) use crate::lexicon::en::PAST_CUES;

impl Scan<'_> {
    /// Whether a cue near token `i` points forward (true) or back (false);
    /// `None` when nothing says.
    pub(crate) fn tense_near(&self, i: usize) -> Option<bool> {
        let from = i.saturating_sub(TENSE_REACH);
        let to = (i + 5).min(self.words.len());
        // "from April, Brunner said": an attribution after a comma says
        // nothing of when the thing happens
        let attribution_from = (i + 1..to).find(|&k| self.low(k) == ",").unwrap_or(to);
        let mut best: Option<(usize, bool)> = None;
        for j in from..to {
            crate::work::step(1);
            if !self.same_sentence(i, j)
                || (j > attribution_from && self.is(j, &["said", "told", "added"]))
            {
                continue;
            }
            let low = self.low(j);
            // "as early as Tuesday", "as soon as Monday"
            let as_early_as = low == "as"
                && j >= 2
                && self.is(j - 1, &["early", "soon"])
                && self.low(j - 2) == "as";
            // "could be signed", "would be paid": a modal looks ahead
            let modal = matches!(low, "would" | "could" | "might" | "may")
                && !self.capitalized(j)
                && self.low(j + 1) == "be";
            // "had been due to expire Friday", "had been scheduled for May":
            // the plan is told as over, so the day is behind
            let past_plan = FUTURE_CUES.contains(low)
                && (j.saturating_sub(4)..j)
                    .any(|k| self.low(k) == "had" && self.low(k + 1) == "been");
            // "decided to admit them in March", "agreed to buy it in June"
            // ("agreed to a meeting": "to" before a noun is no intention)
            let intention = INTENTION_VERBS.contains(low)
                && self.low(j + 1) == "to"
                && self
                    .words
                    .get(j + 2)
                    .is_some_and(|w| w.kind == TokenKind::Word)
                && !self.capitalized(j + 2)
                && !self.is(
                    j + 2,
                    &[
                        "a", "an", "the", "his", "her", "its", "their", "this", "that", "our",
                    ],
                );
            // "until Thursday, they had not called him": "until" looks back
            // when the clause is told in the pluperfect
            let until_then = matches!(low, "until" | "till")
                && (j + 1..(i + TENSE_REACH).min(self.words.len())).any(|k| {
                    crate::work::step(1);
                    self.low(k) == "had" && self.same_sentence(j, k)
                });
            // past cues, and any past participle ("ended", "rose" is missed)
            // "ahead of the weekend", "in the run-up to"
            let ahead_of = low == "ahead" && self.low(j + 1) == "of";
            let future = (FUTURE_CUES.contains(low) && !until_then && !past_plan)
                || intention
                || ahead_of
                || as_early_as
                || modal
                || low.ends_with("'ll")
                || (low == "to" && j > 0 && self.is(j - 1, &["is", "are"]));
            // "were planning", "was expected to": a past auxiliary before a
            // word of intention still looks ahead
            let auxiliary_of_intention = matches!(low, "was" | "were")
                && (j + 1..(j + 3).min(self.words.len()))
                    .any(|k| FUTURE_CUES.contains(self.low(k)));
            let past = past_plan
                || until_then
                || !future
                    && !auxiliary_of_intention
                    && (PAST_CUES.contains(low)
                        || (low.len() > 4
                            && low.ends_with("ed")
                            && !self.capitalized(j)
                            && low != "indeed"
                            // "will be signed", "to be announced": not past
                            && !(j > 0 && self.low(j - 1) == "be")
                            // "a still unspecified date", "the planned sale":
                            // an adjective, not a verb
                            && !(j > 0
                                && self.is(j - 1, &["a", "an", "the", "still", "its", "their"]))));
            if future || past {
                let distance = j.abs_diff(i);
                if best.map_or(true, |(d, _)| distance < d) {
                    best = Some((distance, future));
                }
            }
        }
        best.map(|(_, future)| future)
    }

    pub(crate) fn looks_forward(&self, i: usize) -> bool {
        self.tense_near(i) == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::dates::testing::*;

    t!(an_attribution_after_a_comma_does_not_set_the_tense,
        "Talks are planned with the union in September, Brunner said." => ("September", "2021-09"),
        "Talks are planned with the union in December, Brunner said." => ("December", "2021-12"),
        "In December, the firm cut jobs, Brunner said." => ("December", "2020-12"),
    );

    t!(a_modal_before_be_looks_ahead,
        "The deal could be signed in the fourth quarter." => ("the fourth quarter", "2021-Q4"),
        "The deal was signed in the fourth quarter." => ("the fourth quarter", "2020-Q4"),
        "It would be paid in January." => ("January", "2022-01"),
        "It might be ready by Friday." => ("Friday", "2021-07-09"),
    );

    t!(ahead_of_looks_ahead,
        "Traders squared positions ahead of the weekend." => ("the weekend", "2021-W27-WE"),
        "Traders squared positions over the weekend." => ("the weekend", "2021-W26-WE"),
    );

    t!(a_past_auxiliary_of_intention_looks_ahead,
        "Protesters were planning a march on Thursday." => ("Thursday", "2021-07-08"),
        "The vote was expected Friday." => ("Friday", "2021-07-09"),
        "Protesters were arrested on Thursday." => ("Thursday", "2021-07-01"),
    );

    #[test]
    fn tense_reads_plans_told_as_over_and_intentions() {
        // reference 2021-07-06 is a Tuesday
        let value = |text: &str| {
            dates(text, Some("2021-07-06"))[0]
                .2
                .clone()
                .unwrap_or_default()
        };
        // a plan in the pluperfect is over: the day is behind
        assert_eq!(
            value("The offer had been due to expire Friday evening."),
            "2021-07-02TEV"
        );
        assert_eq!(
            value("The offer is due to expire Friday evening."),
            "2021-07-09TEV"
        );
        // "until" with the pluperfect looks back
        assert_eq!(
            value("Until Thursday, they had not called him a suspect."),
            "2021-07-01"
        );
        assert_eq!(value("The offer runs until Thursday."), "2021-07-08");
        // an intention looks ahead, even after a past verb
        assert_eq!(
            value("NATO has decided to admit the three states in September."),
            "2021-09"
        );
        assert_eq!(
            value("NATO admitted the three states in September."),
            "2020-09"
        );
        // "to" before a noun is no intention
        assert_eq!(value("Reno agreed to a meeting in September."), "2020-09");
        // a participle used as an adjective is not the tense
        assert_eq!(
            value("It would be paid on a still unspecified date in January."),
            "2022-01"
        );
    }
}
