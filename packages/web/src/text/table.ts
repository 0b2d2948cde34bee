/** A table with each value mapped and its keys kept (Object.fromEntries forgets the key type, hence the cast). */
export function mapTable<K extends PropertyKey, V, W>(table: Readonly<Record<K, V>>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries<V>(table).map(([k, v]) => [k, f(v)])) as Record<K, W>;
}
