// Global data handed to Eleventy frozen: settings no template may change, read without proxies.

/**
 * Freezes `value` and every plain object and array inside it (class instances, such as the image
 * pipeline, stay as they are: they have state of their own). Besides stating that templates must
 * not change site settings, it keeps Eleventy from wrapping them: each page of a pagination
 * template reads its global data through a Proxy (Eleventy's ProxyWrap) unless the object is
 * frozen, and every property read then runs a proxy trap (docs/performance.md).
 */
export function frozen<T>(value: T): T {
  if (Array.isArray(value) || isPlainObject(value)) {
    if (!Object.isFrozen(value)) {
      Object.freeze(value);
      for (const inner of Object.values(value as object)) frozen(inner);
    }
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
