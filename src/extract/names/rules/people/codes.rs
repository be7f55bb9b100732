//! "Ez2DJ", "ITV1", "MP3 Player", "TraX", "Pirelli SpA": a word that mixes
//! letters and digits, or ends in a capital after a lowercase letter, is a
//! code, a product or a company's name, never a person's (whose inner
//! capitals follow a prefix: "McGrath", "LeRoi", "DaHv"). So is a party and
//! state after a politician's name ("McConnell, R-Ky.", "D-Md", "I-Vt").
//!
//! Evidence: 9f2a16e (WikiGold PERSON 0.861 -> 0.867, 0.848 -> 0.854 with --types; CoNLL dev 0.945 -> 0.946; MEANTIME unchanged; on BBC it drops BBC1, ITV1, MP3, One2One, TfL); party and state 7e9b85e (16 such people on PolNeAR before, none now).

use super::prelude::*;

/// The Associated Press's abbreviations of the US states, without their
/// periods, and the states it writes out ("R-Utah"); postal codes ("D-NY")
/// are any two capitals.
const US_STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "NH", "NJ", "NM", "NY",
    "NC", "ND", "Okla", "Ore", "Pa", "RI", "SC", "SD", "Tenn", "Vt", "Va", "Wash", "WVa", "Wis",
    "Wyo", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
];

pub(super) fn codes(doc: &Document, found: &mut [Found]) {
    let code = |word: &str| {
        let digits = word.contains(|c: char| c.is_ascii_digit());
        let letters = word.contains(char::is_alphabetic);
        let mut chars = word.chars().rev();
        let capital_last = chars.next().is_some_and(char::is_uppercase)
            && chars.next().is_some_and(char::is_lowercase);
        let party = word
            .strip_prefix(['D', 'R', 'I'])
            .and_then(|w| w.strip_prefix('-'));
        let party_and_state = party.is_some_and(|state| {
            let state: String = state.chars().filter(|&c| c != '.').collect();
            (state.len() == 2 && state.chars().all(|c| c.is_ascii_uppercase()))
                || US_STATE_ABBREVIATIONS.contains(&state.as_str())
        });
        (digits && letters) || capital_last || party_and_state
    };
    for f in found.iter_mut().filter(|f| f.type_index == PERSON) {
        crate::work::step(1);
        if (f.first..=f.last).any(|i| code(doc.token_text(i))) {
            f.type_index = OTHER;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_no_people() {
        let found = |text: &str, first: usize, last: usize| {
            super::super::still_person(codes, text, first, last)
        };
        assert!(!found("The show moves to ITV1 next year.", 4, 4));
        assert!(!found("Sales of the game Ez2DJ Platinum rose.", 4, 5));
        assert!(!found("Its 4th TraX came out in 2002.", 2, 2));
        assert!(found("The goal came from McGrath late on.", 4, 4));
        assert!(found("The band played with LeRoi Moore in 1990.", 4, 5));
        // a party and state after a politician's name
        assert!(!found("Sen. Mitch McConnell , R-Ky. , said no.", 4, 4));
        assert!(!found("Rep. Steny Hoyer , D-Md , agreed.", 4, 4));
        assert!(found("The band played with D-Nice in 1990.", 4, 4));
    }
}
