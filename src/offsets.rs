//! Byte offsets to UTF-16 units or code points, and back: the one place where
//! offsets change unit.
//!
//! Inside the crate every offset is a byte offset. [`OffsetConverter`] turns
//! them into the caller's unit with a moving cursor: a batch of offsets sorted
//! roughly in order (as annotations are) costs one pass over the text.

use crate::options::OffsetUnit;

/// Converts byte offsets of one text into another unit.
#[derive(Debug, Clone)]
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// For ASCII text every unit is a byte: nothing to convert.
    identity: bool,
    /// The last converted position: (byte offset, offset in `unit`).
    cursor: (usize, usize),
}

fn width(c: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::Chars => 1,
        OffsetUnit::Bytes => c.len_utf8(),
    }
}

impl<'a> OffsetConverter<'a> {
    /// A converter for `text` into `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        OffsetConverter {
            text,
            unit,
            identity: unit == OffsetUnit::Bytes || text.is_ascii(),
            cursor: (0, 0),
        }
    }

    /// The offset in the target unit of byte offset `byte`.
    ///
    /// A byte offset inside a character counts as that character's start; one
    /// past the end of the text counts as the end.
    pub fn convert(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.identity {
            return byte;
        }
        let (mut at, mut unit_at) = self.cursor;
        if byte >= at {
            for c in self.text[at..].chars() {
                if at + c.len_utf8() > byte {
                    break;
                }
                at += c.len_utf8();
                unit_at += width(c, self.unit);
            }
        } else {
            for c in self.text[..at].chars().rev() {
                if at <= byte {
                    break;
                }
                at -= c.len_utf8();
                unit_at -= width(c, self.unit);
            }
            // `at` may now sit before `byte` when `byte` was inside a character.
        }
        self.cursor = (at, unit_at);
        unit_at
    }
}

/// The byte offset of offset `offset` counted in `unit`, or `None` when it
/// falls inside a character (or inside a UTF-16 surrogate pair) or past the end.
pub fn to_byte_offset(text: &str, offset: usize, unit: OffsetUnit) -> Option<usize> {
    if unit == OffsetUnit::Bytes {
        return text.is_char_boundary(offset).then_some(offset);
    }
    let mut counted = 0;
    for (byte, c) in text.char_indices() {
        if counted == offset {
            return Some(byte);
        }
        if counted > offset {
            return None;
        }
        counted += width(c, unit);
    }
    (counted == offset).then_some(text.len())
}

/// The length of `text` in `unit`.
pub fn length_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Bytes => text.len(),
        OffsetUnit::Chars => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Café 😀 “Zoë” said\u{a0}Łukasz.";

    #[test]
    fn converts_every_boundary_in_any_order() {
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let boundaries: Vec<usize> = TEXT
                .char_indices()
                .map(|(i, _)| i)
                .chain([TEXT.len()])
                .collect();
            let mut converter = OffsetConverter::new(TEXT, unit);
            // forwards, then backwards, then jumping about
            let order: Vec<usize> = boundaries
                .iter()
                .chain(boundaries.iter().rev())
                .chain(boundaries.iter().step_by(3))
                .copied()
                .collect();
            for byte in order {
                let expected = length_in(&TEXT[..byte], unit);
                assert_eq!(converter.convert(byte), expected, "{unit:?} at byte {byte}");
                assert_eq!(to_byte_offset(TEXT, expected, unit), Some(byte));
            }
        }
    }

    #[test]
    fn utf16_counts_surrogate_pairs() {
        let mut converter = OffsetConverter::new(TEXT, OffsetUnit::Utf16);
        let after_emoji = TEXT.find(' ').unwrap() + 1 + '😀'.len_utf8();
        assert_eq!(converter.convert(after_emoji), 7);
        // the middle of the pair is not a character boundary
        assert_eq!(to_byte_offset(TEXT, 6, OffsetUnit::Utf16), None);
    }

    #[test]
    fn out_of_range_is_clamped_or_refused() {
        let mut converter = OffsetConverter::new(TEXT, OffsetUnit::Chars);
        assert_eq!(converter.convert(10_000), TEXT.chars().count());
        assert_eq!(to_byte_offset(TEXT, 10_000, OffsetUnit::Chars), None);
        assert_eq!(to_byte_offset("ab", 2, OffsetUnit::Chars), Some(2));
    }
}
