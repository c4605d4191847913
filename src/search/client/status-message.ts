// What the search page's live region says: how many results, for what, in which filters.

/** A search as the reader set it: the words typed and the filter values chosen (by label). */
export interface SearchState {
  query: string;
  /** Chosen filter values, e.g. `["Courts", "2031"]`, in the form's order. */
  filters: string[];
}

const quote = (text: string) => `“${text}”`;

/** ` for “ransomware” in Courts, 2031`, or `` when nothing is asked. */
function described(state: SearchState): string {
  const words = state.query ? ` for ${quote(state.query)}` : "";
  const within = state.filters.length ? ` in ${state.filters.join(", ")}` : "";
  return `${words}${within}`;
}

/**
 * The sentence a screen reader hears after each search: `3 results for “fentanyl”`,
 * `1 result in Courts`, `No results for “xyzzy”. Try fewer or other words.`; `shown` < `count`
 * adds how many are on the page.
 */
export function statusMessage(state: SearchState, count: number, shown = count): string {
  if (count === 0) {
    const hint = state.filters.length ? "Try other words or fewer filters." : "Try fewer or other words.";
    return `No results${described(state)}. ${hint}`;
  }
  const total = `${count} ${count === 1 ? "result" : "results"}${described(state)}`;
  return shown < count ? `${total}, showing the first ${shown}.` : `${total}.`;
}
