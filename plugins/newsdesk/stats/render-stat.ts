// Renders stat callouts as HTML: a figure in `<data>`, its label read as one phrase, a group as a figure.
import { escapeHtml } from "../escape-html.ts";
import { isSafeSourceUrl } from "./safe-url.ts";

/** One stat callout, checked: `text` is the figure as readers see it, `value` its number. */
export interface Stat {
  /** The figure as shown: `$53.4 million`, `850 kg`. Never empty. */
  text: string;
  /** Its machine value, for `<data value>`. Always finite. */
  value: number;
  /** What the figure counts, as plain text (escaped here). */
  label: string;
  /** The label as trusted HTML (markdown-it's inline output); used instead of `label` when given. */
  labelHtml?: string;
  /** Who published the figure. */
  source?: string;
  /** Where to read it; linked only when `isSafeSourceUrl` accepts it. */
  sourceUrl?: string;
  /** `id` of the stat element (`#id` on the directive). */
  id?: string;
  /** Extra classes (`.class` on the directive). */
  classes?: string[];
}

/** Class names of stat callouts (option `statClasses`). */
export interface StatClasses {
  stat: string;
  value: string;
  label: string;
  source: string;
  group: string;
  title: string;
  list: string;
}

/** Everything the renderers take from the plugin's options. */
export interface StatRenderOptions {
  classes: StatClasses;
  /** Words before the source: `Source:`. */
  sourcePrefix: string;
}

function classAttribute(...names: (string | undefined)[]): string {
  const list = names.flatMap((n) => n?.split(/\s+/) ?? []).filter(Boolean);
  return list.length ? ` class="${escapeHtml(list.join(" "))}"` : "";
}

/**
 * One stat, as GOV.UK's "big number": the value, a plain space, the label. The space is an
 * ordinary text node between the two elements, never inside a hidden element: plain text,
 * feeds, reader views and `innerText` get "288 people arrested" whatever a site's CSS does
 * (a `.visually-hidden` rule with `position: absolute` drops the space it holds), and the
 * stylesheet may still stack the two. `element` is `p` on its own, `li` in a group. A stat whose text has no digit or
 * whose value is not finite renders nothing: the build reports it, and the page never shows `NaN`.
 */
export function renderStat(stat: Stat, options: StatRenderOptions, element: "p" | "li" = "p"): string {
  if (!/\d/.test(stat.text) || !Number.isFinite(stat.value)) return "";
  const { classes } = options;
  const id = stat.id ? ` id="${escapeHtml(stat.id)}"` : "";
  const label = stat.labelHtml ?? escapeHtml(stat.label);
  let html = `<${element}${id}${classAttribute(classes.stat, ...(stat.classes ?? []))}>`
    + `<data${classAttribute(classes.value)} value="${escapeHtml(String(stat.value))}">${escapeHtml(stat.text.trim())}</data>`
    + " "
    + `<span${classAttribute(classes.label)}>${label}</span>`;
  if (stat.source) {
    const source = stat.sourceUrl && isSafeSourceUrl(stat.sourceUrl)
      ? `<a href="${escapeHtml(stat.sourceUrl)}">${escapeHtml(stat.source)}</a>`
      : escapeHtml(stat.source);
    const prefix = options.sourcePrefix ? `${escapeHtml(options.sourcePrefix)} ` : "";
    html += ` <small${classAttribute(classes.source)}>${prefix}${source}</small>`;
  }
  return `${html}</${element}>\n`;
}

/** Attributes of a group: its title and the directive's `#id`/`.class`. */
export interface StatGroup {
  title?: string;
  /** Written as a numbered list: the order means something, so it stays an `ol`. */
  ordered?: boolean;
  id?: string;
  classes?: string[];
}

/**
 * Opens a group. With a title: a `<figure>` named by its `<figcaption>` (HTML-AAM gives the
 * figure that name), then a `<ul>` (`<ol>` when written as a numbered list): a list tells
 * screen-reader users how many figures follow and lets them move between them. Without a
 * title: the list alone.
 */
export function renderStatGroupOpen(group: StatGroup, options: StatRenderOptions): string {
  const { classes } = options;
  const id = group.id ? ` id="${escapeHtml(group.id)}"` : "";
  const tag = group.ordered ? "ol" : "ul";
  const list = `<${tag}${classAttribute(classes.list)}>\n`;
  if (!group.title) return `<${tag}${id}${classAttribute(classes.group, classes.list, ...(group.classes ?? []))}>\n`;
  return `<figure${id}${classAttribute(classes.group, ...(group.classes ?? []))}>\n`
    + `<figcaption${classAttribute(classes.title)}>${escapeHtml(group.title)}</figcaption>\n${list}`;
}

/** Closes what `renderStatGroupOpen` opened. */
export function renderStatGroupClose(group: StatGroup): string {
  const tag = group.ordered ? "ol" : "ul";
  return group.title ? `</${tag}>\n</figure>\n` : `</${tag}>\n`;
}

/** A whole group at once (for shortcodes): opening, each stat as an `li`, closing. */
export function renderStatGroup(group: StatGroup, stats: readonly Stat[], options: StatRenderOptions): string {
  return renderStatGroupOpen(group, options) + stats.map((s) => renderStat(s, options, "li")).join("")
    + renderStatGroupClose(group);
}
