//! The rules over the tagger's names, the middle stage of [`super`] (tag →
//! rules → link). The rules of names in general (place words, known
//! organisations, a surname before a person, particles: `refine` in
//! [`super`]) run first, then the people rules ([`people`], one file per
//! rule, in the order of [`people::RULES`]), then the place rules
//! (`super::place_rules`).

pub(super) mod people;
