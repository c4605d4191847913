// The sources an article's stat callouts cite, once each: for structured data (schema.org `citation`).
import MarkdownItClass, { type MarkdownIt } from "markdown-it";
import { documentStats } from "../blocks/stat-check.ts";
import { newsdeskMarkdown } from "../markdown.ts";

/** One cited source: the name shown after "Source:" and, when the stat links it, its URL. */
export interface StatSource {
  name: string;
  /** `sourceUrl` as written (`https://…` or relative); only URLs a page may carry. */
  url?: string;
}

/** What `statSources` needs to read figures as the site does. */
export interface StatSourcesOptions {
  /** The site's locale (the plugin's `locale` option). Default: `"en-US"`. */
  locale?: string;
}

// One parser per locale: reading sources only parses (no rendering) and reports nothing.
const parsers = new Map<string, MarkdownIt>();

function parserFor(locale: string): MarkdownIt {
  let md = parsers.get(locale);
  if (!md) {
    md = new MarkdownItClass({ html: true }).use(newsdeskMarkdown, {
      locale, verifyStats: "off", verifyPullQuotes: "off", onProblem: () => {},
    });
    parsers.set(locale, md);
  }
  return md;
}

/**
 * Every `source` the stat callouts of a Markdown body cite (`::stat` lines, alone or in a
 * `:::stats` group), in the order first cited, each name once (with the first `sourceUrl` given
 * for it). A stat with a mistake cites nothing: the build reports it. Markdown without `::stat`
 * costs one substring search. Values are as written: escape them for wherever they go.
 */
export function statSources(markdown: string, options: StatSourcesOptions = {}): StatSource[] {
  if (!markdown.includes("::stat")) return [];
  const locale = options.locale ?? "en-US";
  const tokens = parserFor(locale).parse(markdown, {});
  const byName = new Map<string, StatSource>();
  for (const { stat } of documentStats(tokens, locale)) {
    if (!stat.source) continue;
    const known = byName.get(stat.source);
    if (!known) byName.set(stat.source, stat.sourceUrl ? { name: stat.source, url: stat.sourceUrl } : { name: stat.source });
    else if (!known.url && stat.sourceUrl) known.url = stat.sourceUrl;
  }
  return [...byName.values()];
}
