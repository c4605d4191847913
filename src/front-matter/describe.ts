// How a found value is named in an error message: the value itself when short, else its kind.

/** `"May the 4th"`-style description of a YAML value for "found …" in an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    if (value.trim() === "") return "empty text";
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `\`${JSON.stringify(shown)}\``;
  }
  if (typeof value === "number" || typeof value === "boolean") return `\`${String(value)}\` (a ${typeof value})`;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (value instanceof Date) return `\`${value.toISOString()}\``;
  return "a set of fields";
}
