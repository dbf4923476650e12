import DataLoader from "dataloader";

/**
 * DataLoader batch functions must return results in key order, one per key. These helpers
 * arrange rows fetched with one `IN (...)` query accordingly.
 */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A per-operation DataLoader whose batches wait for the event loop's next turn (setImmediate)
 * rather than the end of the current microtask queue: resolvers at different depths that
 * become ready from one database response then share a batch, so the number of statements an
 * operation sends does not depend on when its promises happen to settle.
 */
export function loader<K, V>(batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch, { batchScheduleFn: (callback) => setImmediate(callback) });
}
