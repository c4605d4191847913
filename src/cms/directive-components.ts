// The CMS's editor components: pull quotes (container and lifted), a stat and a stats group, in the plugin's directive syntax.
import { readAttributes, writeAttributes, type WrittenAttribute } from "./directive-attributes.ts";

/** A field of a component's form, as Decap's `registerEditorComponent` takes it. */
export interface ComponentField {
  name: string;
  label: string;
  widget: "string" | "text" | "list";
  required?: boolean;
  hint?: string;
  fields?: ComponentField[];
}

/**
 * What a component's form holds. `original` is the text it was read from: written back as it was
 * while the form's values are those it was read with, so opening and saving an article never
 * rewrites a directive the author did not touch (quoting, attribute order, spacing).
 */
export type ComponentData = Record<string, unknown> & { original?: string; rest?: WrittenAttribute[] };

/** One editor component: Decap's `registerEditorComponent` options, without the preview. */
export interface DirectiveComponent {
  id: string;
  label: string;
  /** `inline` for a component inside a paragraph (`:pull[…]`). */
  type?: "inline";
  fields: ComponentField[];
  /** Matches the directive from the start of a block (or, inline, at the current offset). */
  pattern: RegExp;
  /** The form's values from a match of `pattern`. */
  fromBlock: (match: RegExpMatchArray) => ComponentData;
  /** The directive text for the form's values. */
  toBlock: (data: ComponentData) => string;
}

const text = (v: unknown): string => (typeof v === "string" ? v : "");
const END = String.raw`(?=\n|$)`;

/** `attrs` split into the named values the form shows and the rest, kept as written. */
function splitAttributes(inner: string | undefined, names: readonly string[]): { named: Record<string, string>; rest: WrittenAttribute[] } | undefined {
  const all = readAttributes(inner ?? "");
  if (!all) return undefined;
  const named: Record<string, string> = {};
  const rest: WrittenAttribute[] = [];
  for (const a of all) {
    if (names.includes(a.key) && !(a.key in named)) named[a.key] = a.value;
    else rest.push(a);
  }
  return { named, rest };
}

/** The form's values equal those `original` gives: write `original` back unchanged. */
function unchanged(component: DirectiveComponent, data: ComponentData, names: readonly string[]): boolean {
  if (typeof data.original !== "string") return false;
  const match = data.original.match(component.pattern);
  if (!match || match[0] !== data.original) return false;
  const original = component.fromBlock(match);
  return names.every((n) => JSON.stringify(original[n] ?? "") === JSON.stringify(data[n] ?? ""));
}

function component(def: Omit<DirectiveComponent, "toBlock"> & { write: (data: ComponentData) => string }): DirectiveComponent {
  const names = def.fields.map((f) => f.name);
  const self: DirectiveComponent = {
    ...def,
    toBlock: (data) => (unchanged(self, data, names) ? data.original! : def.write(data)),
  };
  return self;
}

/** `:::pullquote{by=… role=…}` … `:::`. */
export const pullQuoteComponent = component({
  id: "newsdesk-pullquote",
  label: "Pull quote",
  fields: [
    { name: "quote", label: "Quote (Markdown)", widget: "text", required: true },
    { name: "by", label: "Said by", widget: "string", required: false },
    { name: "role", label: "Their role", widget: "string", required: false },
  ],
  pattern: new RegExp(String.raw`^:::pullquote(?:\{([^\n]*)\})?[ \t]*\n([\s\S]*?)\n:::[ \t]*${END}`),
  fromBlock: (m) => {
    const attrs = splitAttributes(m[1], ["by", "role"]);
    return { quote: m[2] ?? "", by: attrs?.named.by ?? "", role: attrs?.named.role ?? "", rest: attrs?.rest ?? [], original: m[0] };
  },
  write: (d) => `:::pullquote${writeAttributes([["by", text(d.by)], ["role", text(d.role)]], d.rest)}\n${text(d.quote).trim()}\n:::`,
});

/** `:pull[words]{by=…}` inside a paragraph: the words stay in the story and are lifted out. */
export const liftedPullQuoteComponent = component({
  id: "newsdesk-pull",
  label: "Lifted pull quote",
  type: "inline",
  fields: [
    { name: "words", label: "Words of the paragraph to lift", widget: "string", required: true },
    { name: "by", label: "Said by", widget: "string", required: false },
    { name: "role", label: "Their role", widget: "string", required: false },
  ],
  pattern: /:pull\[([^\]\n]*)\](?:\{([^}\n]*)\})?/,
  fromBlock: (m) => {
    const attrs = splitAttributes(m[2], ["by", "role"]);
    return { words: m[1] ?? "", by: attrs?.named.by ?? "", role: attrs?.named.role ?? "", rest: attrs?.rest ?? [], original: m[0] };
  },
  write: (d) => `:pull[${text(d.words).replace(/[\[\]\n]/g, " ")}]${writeAttributes([["by", text(d.by)], ["role", text(d.role)]], d.rest)}`,
});

const STAT_NAMES = ["value", "label", "source", "sourceUrl"] as const;

/** `::stat[figure]{label=… source=… sourceUrl=…}` (or `value=` instead of, or with, the figure). */
export const statComponent = component({
  id: "newsdesk-stat",
  label: "Stat",
  fields: [
    { name: "figure", label: "Figure as readers see it (e.g. 288, $53.4 million)", widget: "string", required: false },
    { name: "value", label: "Machine value (a plain number; optional with a figure)", widget: "string", required: false },
    { name: "label", label: "Label", widget: "string", required: true },
    { name: "source", label: "Source", widget: "string", required: false },
    { name: "sourceUrl", label: "Source address", widget: "string", required: false },
  ],
  pattern: new RegExp(String.raw`^::stat(?:\[([^\]\n]*)\])?(?:\{([^}\n]*)\})?[ \t]*${END}`),
  fromBlock: (m) => {
    const attrs = splitAttributes(m[2], STAT_NAMES);
    const data: ComponentData = { figure: m[1] ?? "", rest: attrs?.rest ?? [], original: m[0] };
    for (const n of STAT_NAMES) data[n] = attrs?.named[n] ?? "";
    return data;
  },
  write: (d) => {
    const figure = text(d.figure) ? `[${text(d.figure).replace(/[\[\]\n]/g, " ")}]` : "";
    const value = text(d.value).trim();
    const attrs = writeAttributes(STAT_NAMES.map((n) => [n, n === "value" ? value : text(d[n])] as const), d.rest);
    // A plain number unquoted, as the plugin's README writes `value=53400000`.
    return `::stat${figure}${attrs.replace(/^\{value="(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)"/i, "{value=$1")}`;
  },
});

/** One entry of a stats group's list: `- **288** people arrested`. */
export interface StatItem {
  figure: string;
  label: string;
}

const ITEM = /^([-*+]|\d+[.)])[ \t]+\*\*([^*\n]+)\*\*[ \t]*([^\n]*)$/;

/** `:::stats{title=…}` holding a list whose items start with a bold figure. */
export const statsGroupComponent = component({
  id: "newsdesk-stats",
  label: "Stats group",
  fields: [
    { name: "title", label: "Title (names the figures)", widget: "string", required: false },
    {
      name: "items",
      label: "Figures",
      widget: "list",
      fields: [
        { name: "figure", label: "Figure", widget: "string", required: true },
        { name: "label", label: "Label", widget: "string", required: true },
      ],
    },
  ],
  pattern: new RegExp(String.raw`^:::stats(?:\{([^\n]*)\})?[ \t]*\n((?:(?:[-*+]|\d+[.)])[ \t]+\*\*[^*\n]+\*\*[^\n]*\n)+):::[ \t]*${END}`),
  fromBlock: (m) => {
    const attrs = splitAttributes(m[1], ["title"]);
    const lines = (m[2] ?? "").replace(/\n$/, "").split("\n");
    const ordered = /^\d/.test(lines[0] ?? "");
    const items: StatItem[] = lines.map((line) => {
      const item = ITEM.exec(line);
      return { figure: item?.[2] ?? "", label: item?.[3] ?? "" };
    });
    return { title: attrs?.named.title ?? "", items, ordered, rest: attrs?.rest ?? [], original: m[0] };
  },
  write: (d) => {
    const items = Array.isArray(d.items) ? (d.items as Partial<StatItem>[]) : [];
    const lines = items
      .filter((i) => text(i?.figure).trim())
      .map((i, n) => `${d.ordered ? `${n + 1}.` : "-"} **${text(i.figure).trim().replace(/\*/g, "")}** ${text(i.label).trim()}`.trimEnd());
    return `:::stats${writeAttributes([["title", text(d.title)]], d.rest)}\n${lines.join("\n")}${lines.length ? "\n" : ""}:::`;
  },
});

/** Every component, in the order the editor's menu lists them. */
export const DIRECTIVE_COMPONENTS: readonly DirectiveComponent[] = [pullQuoteComponent, liftedPullQuoteComponent, statComponent, statsGroupComponent];
