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

/**
 * How a list was made from the one before it: a running server changes one
 * article at a time, and the indexes derived from its article list (tags,
 * months, rubriques, search) are patched with the difference instead of
 * rebuilt from 100,000 articles.
 */
export interface ListDelta<T> {
  previous: readonly T[];
  removed: readonly T[];
  added: readonly T[];
}

/** One registry per process, shared by the module copies Next bundles (proxy, routes), like the content store. */
const DELTAS_KEY = Symbol.for("lesinfos.list-deltas");
const deltaHolder = globalThis as typeof globalThis & { [DELTAS_KEY]?: WeakMap<object, ListDelta<unknown>> };
const deltas = (deltaHolder[DELTAS_KEY] ??= new WeakMap());

/**
 * Records that `list` is `delta.previous` with `delta.removed` taken out and
 * `delta.added` put in. One step only: the previous list forgets its own
 * origin, or every list ever published would stay in memory.
 */
export function recordDelta<T>(list: readonly T[], delta: ListDelta<T>): void {
  deltas.delete(delta.previous);
  deltas.set(list, delta);
}

export function deltaOf<T>(list: readonly T[]): ListDelta<T> | undefined {
  return deltas.get(list) as ListDelta<T> | undefined;
}

/**
 * `memoizeByIdentity` for values derived from a list: when the list was
 * made from one whose value is known (`recordDelta`), `patch` makes the new
 * value from the old one and the difference; otherwise `build` reads the
 * whole list. `patch` must not modify the old value: requests still read it.
 */
export function memoizeByList<T, V>(
  build: (list: readonly T[]) => V,
  patch: (previous: V, delta: ListDelta<T>, list: readonly T[]) => V,
): (list: readonly T[]) => V {
  const cache = new WeakMap<readonly T[], V>();
  return (list) => {
    if (cache.has(list)) return cache.get(list) as V;
    const delta = deltaOf(list);
    const value = delta && cache.has(delta.previous) ? patch(cache.get(delta.previous) as V, delta, list) : build(list);
    cache.set(list, value);
    return value;
  };
}
