// The search page's script (served as /assets/search.js): reveals the form, runs Pagefind, lists results.
import { FILTERS, META, PAGEFIND_DIR, SEARCH_PAGE, type FilterKey } from "../search-names.ts";
import { excerptParts } from "./excerpt-parts.ts";
import { statusMessage } from "./status-message.ts";

/** The parts of Pagefind's browser API (pagefind.js) this script uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** Results shown at once; "Show more results" adds as many again. */
const PAGE = 20;
/** Typing pauses this long before a search runs, so a screen reader hears one count, not one per key. */
const TYPING_PAUSE_MS = 300;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

async function start(): Promise<void> {
  const form = byId<HTMLFormElement>(SEARCH_PAGE.form);
  const input = byId<HTMLInputElement>(SEARCH_PAGE.input);
  const status = byId<HTMLElement>(SEARCH_PAGE.status);
  const list = byId<HTMLOListElement>(SEARCH_PAGE.results);
  if (!form || !input || !status || !list) return;
  const selects = new Map(FILTERS.map((f) => [f.key, byId<HTMLSelectElement>(SEARCH_PAGE.filterPrefix + f.key)!]));

  let pagefind: Pagefind;
  try {
    // Pagefind's bundle sits beside this script's folder, under any path prefix.
    pagefind = (await import(new URL(`../${PAGEFIND_DIR}/pagefind.js`, import.meta.url).href)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
    fillFilters(selects, await pagefind.filters());
  } catch {
    status.textContent = "Search is not available right now. Browse the latest news or the topics instead.";
    return;
  }
  form.hidden = false;

  // A search is in the address (`/search/?q=…&topic=…`): links and the back button keep it.
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const [key, select] of selects) select.value = params.get(key) ?? "";

  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let more: (() => void) | undefined;

  async function search(): Promise<void> {
    clearTimeout(timer);
    const mine = ++run;
    const query = input!.value.trim();
    const chosen = [...selects].filter(([, s]) => s.value !== "");
    remember(query, chosen);
    list!.replaceChildren();
    more?.();
    if (!query && chosen.length === 0) {
      status!.textContent = "";
      return;
    }
    const found = await pagefind.search(query || null, {
      filters: Object.fromEntries(chosen.map(([key, s]) => [key, s.value])),
      // Without words there is no relevance to sort by: newest first.
      ...(query ? {} : { sort: { [META.datetime]: "desc" } }),
    });
    if (!found || mine !== run) return;
    const state = { query, filters: chosen.map(([, s]) => s.value) };
    let shown = 0;
    const showMore = async () => {
      const next = await Promise.all(found.results.slice(shown, shown + PAGE).map((r) => r.data()));
      if (mine !== run) return;
      list!.append(...next.map(resultItem));
      shown += next.length;
      status!.textContent = statusMessage(state, found.results.length, shown);
      more?.();
      if (shown < found.results.length) more = moreButton(list!, showMore);
    };
    await showMore();
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  for (const select of selects.values()) select.addEventListener("change", () => void search());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search();
  });
  if (input.value || [...selects.values()].some((s) => s.value)) await search();
}

/** Each filter's values with their article counts; years newest first, names in alphabetical order. */
function fillFilters(selects: Map<FilterKey, HTMLSelectElement>, available: Record<string, Record<string, number>>): void {
  for (const [key, select] of selects) {
    const values = Object.entries(available[key] ?? {});
    values.sort(([a], [b]) => (key === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
  }
}

/** Puts the search in the address without a new history entry per keystroke. */
function remember(query: string, chosen: [FilterKey, HTMLSelectElement][]): void {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, select] of chosen) params.set(key, select.value);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

/** One result: headline link, date, excerpt with the matched words in `<mark>`. */
function resultItem(data: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const item = element("li", SEARCH_PAGE.resultClass);
  const heading = element("h2", `${SEARCH_PAGE.resultClass}__title`);
  const link = element("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta[META.date]) {
    const date = element("p", `${SEARCH_PAGE.resultClass}__date`);
    const time = element("time");
    if (data.meta[META.datetime]) time.dateTime = data.meta[META.datetime]!;
    time.textContent = data.meta[META.date]!;
    date.append(time);
    item.append(date);
  }
  const excerpt = element("p", SEARCH_PAGE.excerptClass);
  for (const part of excerptParts(data.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(element("mark"), { textContent: part.text }));
  }
  item.append(excerpt);
  return item;
}

/** A "Show more results" button after the list; returns what removes it. */
function moreButton(list: HTMLOListElement, onClick: () => Promise<void>): () => void {
  const button = element("button", `${SEARCH_PAGE.resultClass}s__more`);
  button.type = "button";
  button.textContent = "Show more results";
  button.addEventListener("click", () => {
    // The first new result takes focus, so a keyboard reader goes on where the list grew.
    const before = list.children.length;
    void onClick().then(() => (list.children[before]?.querySelector("a") as HTMLElement | null)?.focus());
  });
  list.after(button);
  return () => button.remove();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  return made;
}

void start();
