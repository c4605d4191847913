// Synthetic articles for the benchmark (issue 8): N articles of ~600 words with contract-1 front matter, seeded.
import * as W from "./archive-words.ts";

/** One generated article: its file name under `news/`, front matter, Markdown body and what it uses. */
export interface SyntheticArticle {
  fileName: string;
  /** The whole file: `---` front matter `---` and the body. */
  text: string;
  /** The Markdown after the front matter. */
  body: string;
  /** True when the body has a pull quote or stat callout (directive syntax). */
  hasDirectives: boolean;
  draft: boolean;
}

/** Mulberry32: a small seeded PRNG, so every run (and machine) gets the same archive. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2011, 0, 1);
const YEARS = 15;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const quoted = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

/**
 * Generates `count` articles from `seed`. The first k articles are the same for every count ≥ k,
 * so archives of different sizes are prefixes of one another.
 */
export function generateArticles(count: number, seed = 8): SyntheticArticle[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const titles = new Map<string, number>();
  const dates: string[] = [];
  const articles: SyntheticArticle[] = [];

  const sentence = () => `${pick(W.SUBJECTS)} ${pick(W.VERBS)} ${pick(W.OBJECTS)} ${pick(W.CLAUSES)}.`;
  const paragraph = (n = 3 + Math.floor(rand() * 3)) => Array.from({ length: n }, sentence).join(" ");

  for (let i = 0; i < count; i++) {
    // Dates over 15 years in three written forms; about one in ten repeats an earlier date exactly (ties).
    let date: string;
    if (dates.length && rand() < 0.1) date = pick(dates);
    else {
      const day = new Date(FIRST_DAY + Math.floor(rand() * YEARS * 365) * DAY_MS);
      const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      const hm = `${pad(6 + Math.floor(rand() * 15))}:${pad(Math.floor(rand() * 4) * 15)}`;
      const form = rand();
      date = form < 0.3 ? ymd : form < 0.9 ? `${ymd} ${hm}` : `${ymd}T${hm}:00-05:00`;
    }
    dates.push(date);

    // Titles repeat across the archive (few words, many articles): a counter keeps URLs unique.
    let title = `${pick(W.TITLE_PREFIXES)} ${pick(W.TITLE_THINGS)}`;
    const seen = titles.get(title) ?? 0;
    titles.set(title, seen + 1);
    if (seen) title = `${title}, part ${seen + 1}`;

    const authors = rand() < 0.3 ? [pick(W.AUTHORS), pick(W.AUTHORS)] : [pick(W.AUTHORS)];
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(W.TOPICS)))];
    const draft = rand() < 0.01;
    const series = rand() < 0.05 ? pick(W.SERIES) : undefined;
    const updated = rand() < 0.2 ? `${date.slice(0, 10)} 23:45` : undefined;

    const fm = [
      `title: ${quoted(title)}`,
      `date: ${quoted(date)}`,
      `dek: ${quoted(sentence())}`,
      "authors:",
      ...[...new Set(authors)].flatMap((a) => [`  - name: ${quoted(a.name)}`, `    role: ${quoted(a.role)}`]),
      "topics:",
      ...topics.map((t) => `  - ${quoted(t)}`),
      ...(updated ? [`updated: ${quoted(updated)}`] : []),
      ...(draft ? ["draft: true"] : []),
      ...(series ? [`series: ${quoted(series)}`] : []),
    ];

    const sections = 2 + Math.floor(rand() * 2);
    const parts: string[] = [paragraph(), paragraph()];
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${W.HEADINGS[(i + s) % W.HEADINGS.length]}`, paragraph(), paragraph());
    }
    let words = parts.reduce((sum, part) => sum + part.split(" ").length, 0);
    while (words < 590) {
      const more = paragraph(2);
      parts.push(more);
      words += more.split(" ").length;
    }

    let hasDirectives = false;
    if (rand() < 1 / 3) {
      hasDirectives = true;
      const source = pick(W.SOURCES);
      const quote = sentence();
      const at = 2 + Math.floor(rand() * (parts.length - 2));
      if (rand() < 0.5) {
        // Container form: the quoted sentence is also in the body, as an editor would lift it.
        parts.splice(at, 0, `${quote} ${paragraph(2)}`, `:::pullquote{by="${source.by}" role="${source.role}"}\n${quote}\n:::`);
      } else {
        parts.splice(at, 0, `${sentence()} :pull[${quote.slice(0, -1)}]{by="${source.by}"}, ${source.by} said. ${sentence()}`);
      }
    }
    if (rand() < 1 / 3) {
      hasDirectives = true;
      const at = 1 + Math.floor(rand() * (parts.length - 1));
      // The story states each figure its callouts repeat, as the plugin's verifyStats expects.
      const stated = (items: ReadonlyArray<{ figure: string; label: string }>) => `The records show ${items.map((f) => `${f.figure} ${f.label}`).join("; ")}.`;
      if (rand() < 0.5) {
        const item = pick(W.FIGURES);
        parts.splice(at, 0, stated([item]), `::stat[${item.figure}]{label="${item.label}"}`);
      } else {
        const items = [...new Set([pick(W.FIGURES), pick(W.FIGURES), pick(W.FIGURES)])];
        parts.splice(at, 0, stated(items), [`:::stats{title="By the numbers"}`, ...items.map((f) => `- **${f.figure}** ${f.label}`), ":::"].join("\n"));
      }
    }

    const body = `${parts.join("\n\n")}\n`;
    articles.push({
      fileName: `article-${pad(i + 1, 5)}.md`,
      text: `---\n${fm.join("\n")}\n---\n\n${body}`,
      body,
      hasDirectives,
      draft,
    });
  }
  return articles;
}
