// The `stat` and paired `stats` shortcodes for Nunjucks, Liquid and 11ty.js: the Markdown forms' HTML.
import MarkdownItClass, { type MarkdownIt } from "markdown-it";
import type { Problem } from "../errors.ts";
import { newsdeskMarkdown } from "../markdown.ts";
import type { ResolvedOptions } from "../options.ts";
import { renderStat } from "../stats/render-stat.ts";
import { statRecord } from "../stats/stat-record.ts";
import { statRenderOptions } from "./stat.ts";

type Attributes = Record<string, string | undefined>;

/** A shortcode's mistakes: each message, and for `stats` the 0-based line of its content it is on. */
export class ShortcodeProblems extends Error {
  constructor(
    readonly shortcode: "stat" | "stats",
    readonly problems: ReadonlyArray<{ message: string; line?: number }>,
    /** The content as parsed (`stats`), whose lines `line` counts. */
    readonly content = "",
  ) {
    super(`eleventy-plugin-newsdesk: shortcode \`${shortcode}\`: ${problems.map((p) => (p.line === undefined ? p.message : `line ${p.line + 1} of its content: ${p.message}`)).join("; ")}`);
    this.name = "ShortcodeProblems";
  }
}

/** Plain values of an object argument (Nunjucks keyword arguments, an 11ty.js object) as strings. */
function stringsOf(object: object): Attributes {
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(object)) {
    if (key !== "__keywords" && value !== undefined && value !== null) attributes[key] = String(value);
  }
  return attributes;
}

/** Removes the indentation common to every non-blank line (template content is often indented). */
function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

/**
 * `stat` — `{% stat "288", "people arrested", "Justice Department", "https://…" %}` (figure,
 * label, source, sourceUrl; Liquid and Nunjucks), `{% stat value=53400000, currency="USD",
 * label="…" %}` (Nunjucks keywords), `this.stat({ value: 53400000, currency: "USD", label: "…" })`
 * (11ty.js). A number as the figure is a `value`, written in the site's locale.
 *
 * `stats` (paired) — `{% stats "The operation in numbers" %}- **288** people arrested{% endstats %}`:
 * the content is what `:::stats` holds (a bold-figure list or `::stat` lines), the argument its title.
 *
 * Mistakes throw one `ShortcodeProblems` naming the shortcode, what was found and what was
 * expected (the plugin turns it into `file:line` problems listed with the rest of the build's).
 */
export function statShortcodes(options: ResolvedOptions) {
  const html = statRenderOptions(options);
  let markdown: MarkdownIt | undefined;
  let problems: Problem[] = [];
  // Only the options stats read: the resolved set would trip checks on what the user gave. The
  // group's Markdown is not the story, so its figures are not looked for in it here.
  const { locale, statClass, statsClass, statSourceLabel, renderers } = options;
  const md = () => markdown ??= new MarkdownItClass().use(newsdeskMarkdown, {
    locale, statClass, statsClass, statSourceLabel, renderers, verifyStats: "off", onProblem: (p: Problem) => problems.push(p),
  });

  function stat(figure?: unknown, label?: unknown, source?: unknown, sourceUrl?: unknown): string {
    let attributes: Attributes;
    let written: string | undefined;
    if (figure !== null && typeof figure === "object") {
      attributes = stringsOf(figure);
      written = attributes.figure;
      delete attributes.figure;
    } else {
      const keywords = [label, source, sourceUrl].find((a) => a !== null && typeof a === "object");
      const positional = [label, source, sourceUrl].filter((a) => a !== keywords);
      attributes = { label: positional[0] as string, source: positional[1] as string, sourceUrl: positional[2] as string };
      attributes = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, String(v)]));
      if (keywords) Object.assign(attributes, stringsOf(keywords));
      if (typeof figure === "number") attributes.value ??= String(figure);
      else if (figure !== undefined && figure !== null) written = String(figure);
    }
    const checked = statRecord(written, attributes, options.locale);
    if (!checked.ok) throw new ShortcodeProblems("stat", checked.problems.map((message) => ({ message })));
    return renderStat(checked.stat, html);
  }

  function stats(content: unknown, title?: unknown): string {
    if (title !== null && typeof title === "object") title = (title as { title?: unknown }).title;
    // The title becomes a directive attribute: backslash-escape what the attribute syntax reads.
    const attribute = title == null ? "" : `{title="${String(title).replace(/\s+/g, " ").replace(/[\\"&]/g, "\\$&")}"}`;
    problems = [];
    const body = dedent(String(content ?? ""));
    const rendered = md().render(`:::stats${attribute}\n${body}\n:::\n`, {});
    if (problems.length) {
      // Line 1 is the `:::stats` line the shortcode wrote; the content starts on line 2.
      const list = problems.map((p) => (p.line && p.line > 1 ? { message: p.message, line: p.line - 2 } : { message: p.message }));
      throw new ShortcodeProblems("stats", list, body);
    }
    return rendered;
  }

  return { stat, stats };
}
