//! Positions that merge: the order a person gives a list (questions, groups,
//! a group's answers) is itself data that travels in the files.
//!
//! Each item carries a [`Position`], a short string; a list is shown in the
//! order of its items' positions (then of their ids, when two laptops
//! happened to pick the same position). Moving an item gives it a position
//! between its new neighbours, so a move is an edit of that one item and
//! merges like any other: two laptops that move and add items in one list
//! end up with the same order whatever order their files are merged in.
//!
//! The positions are fractional indices in base 62: a variable-length
//! integer part (its first character says how long it is), so that adding
//! at the end thousands of times keeps them a few characters long, then an
//! optional fraction for places between two neighbours. A position compares
//! as a plain string.

use serde::{Deserialize, Serialize};

/// The digits of a position, in the order their characters compare.
const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The smallest integer part there is: nothing can come before it but a
/// fraction of it.
const SMALLEST: &str = "A00000000000000000000000000";

/// Where an item stands in its list; see the module's documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Position(String);

impl Position {
    /// The position of the first item of an empty list.
    pub fn first() -> Position {
        Position("a0".to_owned())
    }

    /// A position after `self`.
    #[must_use]
    pub fn after(&self) -> Position {
        between(Some(self), None)
    }

    /// A position before `self`.
    #[must_use]
    pub fn before(&self) -> Position {
        between(None, Some(self))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the text is a position this module could have made: files
    /// edited by hand are checked with it.
    pub fn is_valid(&self) -> bool {
        valid(&self.0)
    }

    /// The position of the whole number `count` (a fixed eleven digits):
    /// positions from counts sort as the counts do.
    pub fn at_count(count: u64) -> Position {
        let mut digits = [b'0'; 11];
        let mut rest = count;
        for place in digits.iter_mut().rev() {
            *place = DIGITS[usize::try_from(rest % 62).unwrap_or(0)];
            rest /= 62;
        }
        Position(format!("k{}", String::from_utf8_lossy(&digits)))
    }

    /// `count` positions in order, for a list that had none (an older file).
    pub fn sequence(count: usize) -> Vec<Position> {
        let mut positions = Vec::with_capacity(count);
        let mut next = Position::first();
        for _ in 0..count {
            let after = next.after();
            positions.push(next);
            next = after;
        }
        positions
    }
}

/// A position strictly between `before` and `after` (either may be open):
/// where an item goes between two neighbours. When the neighbours stand at
/// one place (two laptops chose it) or out of order (a hand-edited file),
/// a position just after `before` is the nearest there is.
pub fn between(before: Option<&Position>, after: Option<&Position>) -> Position {
    let (before, after) = (usable(before), usable(after));
    let after = match (before, after) {
        (Some(a), Some(b)) if a >= b => None,
        (_, b) => b,
    };
    Position(key_between(
        before.map(Position::as_str),
        after.map(Position::as_str),
    ))
}

/// A neighbour's position, unless it is not one (a hand-edited file).
fn usable(position: Option<&Position>) -> Option<&Position> {
    position.filter(|p| p.is_valid())
}

fn digit_value(c: u8) -> usize {
    DIGITS.iter().position(|d| *d == c).unwrap_or(0)
}

fn digit(value: usize) -> char {
    char::from(DIGITS[value.min(DIGITS.len() - 1)])
}

/// How long the integer part is that starts with `head`, head included.
fn integer_length(head: u8) -> Option<usize> {
    match head {
        b'a'..=b'z' => Some(usize::from(head - b'a') + 2),
        b'A'..=b'Z' => Some(usize::from(b'Z' - head) + 2),
        _ => None,
    }
}

/// The integer part of a valid key.
fn integer_part(key: &str) -> &str {
    let length = key
        .bytes()
        .next()
        .and_then(integer_length)
        .unwrap_or(key.len());
    &key[..length.min(key.len())]
}

fn valid(key: &str) -> bool {
    let Some(length) = key.bytes().next().and_then(integer_length) else {
        return false;
    };
    key.len() >= length
        && key.bytes().skip(1).all(|c| DIGITS.contains(&c))
        && key != SMALLEST
        && !key[length..].ends_with('0')
}

/// A string of digits strictly between the fractions `a` and `b` (`b` open
/// when `None`), with no trailing zero.
fn midpoint(a: &str, b: Option<&str>) -> String {
    let (a, b_bytes) = (a.as_bytes(), b.map(str::as_bytes));
    if let Some(b) = b_bytes {
        // The common prefix, `a` padded with zeros.
        let mut n = 0;
        while n < b.len() && a.get(n).copied().unwrap_or(b'0') == b[n] {
            n += 1;
        }
        if n > 0 {
            let prefix = String::from_utf8_lossy(&b[..n]).into_owned();
            let rest_a = std::str::from_utf8(a.get(n..).unwrap_or_default()).unwrap_or_default();
            let rest_b = std::str::from_utf8(&b[n..]).unwrap_or_default();
            return prefix + &midpoint(rest_a, Some(rest_b));
        }
    }
    let digit_a = a.first().map_or(0, |c| digit_value(*c));
    let digit_b = b_bytes
        .and_then(|b| b.first())
        .map_or(DIGITS.len(), |c| digit_value(*c));
    if digit_b - digit_a > 1 {
        // Rounds half up, as the places between two digits are even.
        digit((digit_a + digit_b).div_ceil(2)).to_string()
    } else if let Some(b) = b_bytes.filter(|b| b.len() > 1) {
        char::from(b[0]).to_string()
    } else {
        let rest_a = std::str::from_utf8(a.get(1..).unwrap_or_default()).unwrap_or_default();
        format!("{}{}", digit(digit_a), midpoint(rest_a, None))
    }
}

/// The integer after `integer`, or `None` past the largest there is.
fn increment(integer: &str) -> Option<String> {
    let bytes = integer.as_bytes();
    let head = *bytes.first()?;
    let mut digits: Vec<u8> = bytes[1..].to_vec();
    let mut carry = true;
    for place in digits.iter_mut().rev() {
        let value = digit_value(*place) + 1;
        if value == DIGITS.len() {
            *place = b'0';
        } else {
            *place = DIGITS[value];
            carry = false;
            break;
        }
    }
    if !carry {
        return Some(format!(
            "{}{}",
            char::from(head),
            String::from_utf8_lossy(&digits)
        ));
    }
    match head {
        b'Z' => Some("a0".to_owned()),
        b'z' => None,
        _ => {
            let head = head + 1;
            if head > b'a' {
                digits.push(b'0');
            } else {
                digits.pop();
            }
            Some(format!(
                "{}{}",
                char::from(head),
                String::from_utf8_lossy(&digits)
            ))
        }
    }
}

/// The integer before `integer`, or `None` below the smallest there is.
fn decrement(integer: &str) -> Option<String> {
    let bytes = integer.as_bytes();
    let head = *bytes.first()?;
    let mut digits: Vec<u8> = bytes[1..].to_vec();
    let mut borrow = true;
    for place in digits.iter_mut().rev() {
        let value = digit_value(*place);
        if value == 0 {
            *place = DIGITS[DIGITS.len() - 1];
        } else {
            *place = DIGITS[value - 1];
            borrow = false;
            break;
        }
    }
    if !borrow {
        return Some(format!(
            "{}{}",
            char::from(head),
            String::from_utf8_lossy(&digits)
        ));
    }
    match head {
        b'a' => Some(format!("Z{}", char::from(DIGITS[DIGITS.len() - 1]))),
        b'A' => None,
        _ => {
            let head = head - 1;
            if head < b'Z' {
                digits.push(DIGITS[DIGITS.len() - 1]);
            } else {
                digits.pop();
            }
            Some(format!(
                "{}{}",
                char::from(head),
                String::from_utf8_lossy(&digits)
            ))
        }
    }
}

/// A key strictly between `a` and `b` (valid keys, `a < b` when both are
/// given; either open).
fn key_between(a: Option<&str>, b: Option<&str>) -> String {
    match (a, b) {
        (None, None) => "a0".to_owned(),
        (None, Some(b)) => {
            let integer = integer_part(b);
            let fraction = &b[integer.len()..];
            if integer == SMALLEST {
                return format!("{integer}{}", midpoint("", Some(fraction)));
            }
            if integer.len() < b.len() {
                return integer.to_owned();
            }
            decrement(integer)
                .unwrap_or_else(|| format!("{integer}{}", midpoint("", Some(fraction))))
        }
        (Some(a), None) => {
            let integer = integer_part(a);
            let fraction = &a[integer.len()..];
            increment(integer).unwrap_or_else(|| format!("{integer}{}", midpoint(fraction, None)))
        }
        (Some(a), Some(b)) => {
            let (integer_a, integer_b) = (integer_part(a), integer_part(b));
            let (fraction_a, fraction_b) = (&a[integer_a.len()..], &b[integer_b.len()..]);
            if integer_a == integer_b {
                return format!("{integer_a}{}", midpoint(fraction_a, Some(fraction_b)));
            }
            match increment(integer_a) {
                Some(next) if next.as_str() < b => next,
                _ => format!("{integer_a}{}", midpoint(fraction_a, None)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn twenty_thousand_items_added_at_the_end_keep_short_positions_in_order() {
        let positions = Position::sequence(20_000);
        assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(positions.iter().all(Position::is_valid));
        let longest = positions.iter().map(|p| p.as_str().len()).max();
        assert!(longest <= Some(4), "{longest:?}");
    }

    #[test]
    fn positions_from_counts_sort_as_the_counts() {
        let counts = [0u64, 1, 61, 62, 1_490_000_000_000_000_000, u64::MAX];
        let positions: Vec<Position> = counts.iter().map(|c| Position::at_count(*c)).collect();
        assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(positions.iter().all(Position::is_valid));
        assert!(positions[5] < positions[5].after());
    }

    #[test]
    fn neighbours_at_one_place_or_out_of_order_still_give_a_place() {
        let a = Position::first();
        let same = between(Some(&a), Some(&a));
        assert!(same > a);
        let backwards = between(Some(&a.after()), Some(&a));
        assert!(backwards > a.after());
        let broken = Position("not a position".into());
        assert!(between(Some(&broken), None).is_valid());
    }

    proptest! {
        #[test]
        fn a_place_between_two_is_strictly_between_them(moves in proptest::collection::vec((any::<usize>(), any::<usize>()), 1..200)) {
            // A list built by inserting at random places stays in strict order.
            let mut list: Vec<Position> = vec![Position::first()];
            for (at, _) in moves {
                let index = at % (list.len() + 1);
                let before = index.checked_sub(1).and_then(|i| list.get(i));
                let after = list.get(index);
                let position = between(before, after);
                prop_assert!(position.is_valid(), "{position:?}");
                if let Some(before) = before { prop_assert!(*before < position); }
                if let Some(after) = after { prop_assert!(position < *after); }
                list.insert(index, position);
            }
        }
    }
}
