// Builds a checked stat from what an author wrote: a figure as text, or a value with formatting.
import { FORMAT_ATTRIBUTES, formatOptions, parseValueAttribute } from "./format-options.ts";
import { formatFigure } from "./format-figure.ts";
import { parseFigure } from "./parse-figure.ts";
import type { Stat } from "./render-stat.ts";
import { isSafeSourceUrl } from "./safe-url.ts";

/** Attributes a single stat accepts: its words, its source, `#id`/`.class`, and formatting. */
export const STAT_ATTRIBUTES: readonly string[] = ["label", "value", "source", "sourceUrl", "id", "class", ...FORMAT_ATTRIBUTES];

/** A stat ready to render, or every problem with it (messages without a `file:line`). */
export type StatResult = { ok: true; stat: Stat } | { ok: false; problems: string[] };

/**
 * Reads one stat. `figure` is the text as written (`[288]`, `**850 kg**`), shown as is, its value
 * derived with `parseFigure`; or `value=` gives the number and the plugin writes it in `locale`
 * with the formatting attributes. Both: the text is shown and `value` is its machine value (for
 * figures no parser should guess at, `about 300`). `label` is required, `sourceUrl` must be
 * http(s) or relative and needs a `source` to link.
 */
export function statRecord(
  figure: string | undefined,
  attributes: Readonly<Record<string, string | undefined>>,
  locale: string,
): StatResult {
  const problems: string[] = [];
  const text = figure?.trim();
  const formatting = FORMAT_ATTRIBUTES.filter((name) => attributes[name] !== undefined);
  let value: number | undefined;
  let shown = text;

  if (attributes.value !== undefined) {
    value = parseValueAttribute(attributes.value);
    if (value === undefined) {
      problems.push(`\`value=${attributes.value}\` is not a number; expected digits as machines write them, such as \`value=53400000\` or \`value=0.64\``);
    }
  }
  if (text !== undefined && formatting.length) {
    problems.push(`${formatting.map((n) => `\`${n}\``).join(", ")} ${formatting.length > 1 ? "format" : "formats"} \`value\`, but the figure \`${text}\` is shown as written; remove ${formatting.length > 1 ? "them" : "it"}, or give \`value=\` instead of the figure`);
  } else if (text === undefined && value !== undefined) {
    const checked = formatOptions(attributes);
    if (checked.ok) shown = formatFigure(value, checked.options, locale);
    else problems.push(...checked.problems);
  }
  if (text === "" && value === undefined) {
    problems.push("the figure is empty; expected a figure such as `[288]` or `[$53.4 million]`, or `value=`");
  } else if (text === undefined && attributes.value === undefined) {
    problems.push("no figure; expected the figure as written, `::stat[288]{label=\"…\"}`, or its value, `::stat{value=288 label=\"…\"}`");
  } else if (text && attributes.value !== undefined && !/\d/.test(text)) {
    // Shown as written, so it must show a number: never `NaN`, `Infinity` or words alone.
    problems.push(`the figure \`${text}\` has no digits; a stat shows a number, such as \`[about 300]\` with \`value=300\``);
  } else if (text && attributes.value === undefined) {
    const parsed = parseFigure(text, locale);
    if (parsed.ok) value = parsed.figure.value;
    else problems.push(`cannot read the figure: ${parsed.reason}`);
  }

  const label = attributes.label?.trim();
  if (!label) {
    problems.push(label === undefined
      ? "missing `label`; expected what the figure counts, such as `label=\"people arrested\"`"
      : "`label` is empty; expected what the figure counts, such as `label=\"people arrested\"`");
  }
  const source = attributes.source?.trim() || undefined;
  const sourceUrl = attributes.sourceUrl?.trim();
  if (sourceUrl !== undefined && !isSafeSourceUrl(sourceUrl)) {
    problems.push(`\`sourceUrl=${attributes.sourceUrl}\` is not a link a page may carry; expected an \`https://\` or \`http://\` URL, or a relative one such as \`/reports/2023\``);
  } else if (sourceUrl !== undefined && !source) {
    problems.push("`sourceUrl` without `source`; expected the name to link, such as `source=\"Justice Department\"`");
  }

  if (problems.length || value === undefined || !shown || !label) return { ok: false, problems };
  const stat: Stat = { text: shown, value, label };
  if (source) stat.source = source;
  if (source && sourceUrl) stat.sourceUrl = sourceUrl;
  if (attributes.id) stat.id = attributes.id;
  if (attributes.class) stat.classes = attributes.class.split(/\s+/).filter(Boolean);
  return { ok: true, stat };
}
