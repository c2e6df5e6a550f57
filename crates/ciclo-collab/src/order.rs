//! Order keys: short ASCII strings whose byte order is the sequence of the moments.
//!
//! A key is a fraction in base 62 written with the digits `0-9A-Za-z` (in ASCII order),
//! without trailing zeros. [`between`] finds a key strictly between two neighbours, so a
//! moment dragged past a neighbour gets one new key and nothing else changes.

const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE: usize = 62;

fn value(c: u8) -> Option<usize> {
    DIGITS.iter().position(|&d| d == c)
}

/// A key strictly between `low` and `high` (`None`: no neighbour on that side), or
/// `None` when the neighbours are not in order or use other characters than the digits.
pub fn between(low: Option<&str>, high: Option<&str>) -> Option<String> {
    let low = low.unwrap_or("").as_bytes();
    let high = high.map(str::as_bytes);
    let valid = |k: &[u8]| k.iter().all(|&c| value(c).is_some()) && k.last() != Some(&b'0');
    if !valid(low) || high.is_some_and(|h| !valid(h) || h.is_empty() || h <= low) {
        return None;
    }
    let key = midpoint(low, high)?;
    String::from_utf8(key).ok()
}

/// Greenspan's midpoint of two base-62 fractions `low < high` (high `None` means 1).
fn midpoint(low: &[u8], high: Option<&[u8]>) -> Option<Vec<u8>> {
    if let Some(high) = high {
        let digit_at = |k: &[u8], i: usize| k.get(i).copied().unwrap_or(b'0');
        let common = (0..high.len())
            .take_while(|&i| digit_at(low, i) == high[i])
            .count();
        if common > 0 {
            let rest_low = low.get(common..).unwrap_or(&[]);
            let mut key = high[..common].to_vec();
            key.extend(midpoint(rest_low, Some(&high[common..]))?);
            return Some(key);
        }
    }
    let digit_low = match low.first() {
        Some(&c) => value(c)?,
        None => 0,
    };
    let digit_high = match high {
        Some(h) => value(*h.first()?)?,
        None => BASE,
    };
    if digit_high > digit_low + 1 {
        return Some(vec![DIGITS[(digit_low + digit_high) / 2]]);
    }
    // Consecutive first digits.
    if let Some(h) = high
        && h.len() > 1
    {
        return Some(vec![h[0]]);
    }
    let mut key = vec![DIGITS[digit_low]];
    key.extend(midpoint(low.get(1..).unwrap_or(&[]), None)?);
    Some(key)
}

/// `count` keys in increasing order, spread evenly, as short as they can be.
pub fn spread(count: usize) -> Vec<String> {
    let mut width = 1;
    let mut room = BASE - 1;
    while room < count {
        width += 1;
        room = room.saturating_mul(BASE);
    }
    let step = (room + 1) / (count + 1);
    (1..=count)
        .map(|k| {
            let mut n = k * step;
            let mut digits = vec![b'0'; width];
            for d in digits.iter_mut().rev() {
                *d = DIGITS[n % BASE];
                n /= BASE;
            }
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            String::from_utf8_lossy(&digits).into_owned()
        })
        .collect()
}

/// Marks the items of one longest strictly increasing run (not necessarily contiguous)
/// of the present values, by patience sorting: the same input always gives the same run.
pub fn longest_increasing<T: PartialOrd>(values: &[Option<T>]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // index of the top of each pile
    let mut previous: Vec<Option<usize>> = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        let Some(v) = v else {
            previous.push(None);
            continue;
        };
        let pile = tails.partition_point(|&t| values[t].as_ref().is_some_and(|q| q < v));
        previous.push(pile.checked_sub(1).map(|k| tails[k]));
        if pile == tails.len() {
            tails.push(i);
        } else {
            tails[pile] = i;
        }
    }
    let mut run = vec![false; values.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run[i] = true;
        at = previous[i];
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_between_neighbours_sorts_between_them() {
        let cases = [
            (None, None),
            (Some("V"), None),
            (None, Some("V")),
            (Some("a"), Some("b")),
            (Some("a"), Some("a1")),
            (Some("az"), Some("b")),
            (Some("zzz"), None),
            (None, Some("01")),
        ];
        for (low, high) in cases {
            let key = between(low, high).expect("neighbours in order");
            assert!(low.is_none_or(|l| l < key.as_str()), "{low:?} < {key}");
            assert!(high.is_none_or(|h| key.as_str() < h), "{key} < {high:?}");
        }
    }

    #[test]
    fn repeated_inserts_at_one_place_stay_in_order_and_short() {
        let (mut low, high) = ("a".to_owned(), "b".to_owned());
        for _ in 0..200 {
            let key = between(Some(&low), Some(&high)).expect("room between");
            assert!(low < key && key < high);
            low = key;
        }
        assert!(low.len() < 60, "{low}");
        let mut high = "a".to_owned();
        for _ in 0..200 {
            let key = between(None, Some(&high)).expect("room before");
            assert!(key < high);
            high = key;
        }
    }

    #[test]
    fn keys_out_of_order_or_foreign_are_refused() {
        assert_eq!(between(Some("b"), Some("a")), None);
        assert_eq!(between(Some("a"), Some("a")), None);
        assert_eq!(between(Some("é"), None), None);
    }

    #[test]
    fn the_longest_increasing_run_skips_the_outliers() {
        let values = [
            Some(10.0),
            Some(200.0),
            None,
            Some(45.0),
            Some(100.0),
            Some(130.0),
        ];
        let run = longest_increasing(&values);
        assert_eq!(run, [true, false, false, true, true, true]);
    }

    #[test]
    fn spread_keys_increase() {
        for count in [0, 1, 5, 61, 62, 1000, 5000] {
            let keys = spread(count);
            assert_eq!(keys.len(), count);
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{count}");
            assert!(keys.iter().all(|k| between(Some(k), None).is_some()));
        }
    }
}
