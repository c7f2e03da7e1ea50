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
