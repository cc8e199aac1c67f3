//! Work shared out over the machine's cores.

/// `work` done on shares of `items`, one share to a core, its results
/// joined in the items' order. `work` gets each share with the index of
/// its first item.
pub fn on_every_core<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(usize, &[T]) -> Vec<R> + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = items.len().div_ceil(threads).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(index, share)| scope.spawn(move || work(index * chunk, share)))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::on_every_core;

    #[test]
    fn the_results_come_in_the_items_order() {
        let items: Vec<usize> = (0..1001).collect();
        let doubled = on_every_core(&items, |first, share| {
            share
                .iter()
                .enumerate()
                .map(|(offset, item)| {
                    assert_eq!(first + offset, *item, "each share knows where it starts");
                    item * 2
                })
                .collect()
        });
        assert_eq!(doubled, (0..1001).map(|item| item * 2).collect::<Vec<_>>());
        assert!(on_every_core(&[] as &[u8], |_, share| share.to_vec()).is_empty());
    }
}
