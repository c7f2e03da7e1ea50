/**
 * Computes a value once per object: indexes derived from the article list
 * (tags, archives, search) are built once per list, which the content layer
 * keeps identical until content or publication state changes.
 */
export function memoizeByIdentity<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}

/** A map keeping only the `limit` entries set most recently: caches of rendered or converted bodies. */
export class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value!);
    return this;
  }
}
