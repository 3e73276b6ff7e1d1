//! One stable sort for every list the views put in order.

/// Sorts `items` by `key`, keeping their order among equal keys. Every list goes through this one
/// sort of `(key, position)` pairs instead of `sort_by_key` on its own element type: each
/// instantiation of the standard library's stable sort is about 4 KB of wasm, and the first load
/// has a 300 KB ceiling. The position makes every pair distinct, so the unstable sort is stable.
pub fn sort_by_i64_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> i64) {
    let mut order: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .map(|(position, item)| (key(item), position))
        .collect();
    order.sort_unstable();
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, position)| taken[position].take()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut words = vec!["pear", "fig", "plum", "kiwi", "apple", "date"];
        sort_by_i64_key(&mut words, |word| word.len() as i64);
        assert_eq!(words, ["fig", "pear", "plum", "kiwi", "date", "apple"]);
        let mut none: Vec<u8> = Vec::new();
        sort_by_i64_key(&mut none, |_| 0);
        assert!(none.is_empty());
    }
}
