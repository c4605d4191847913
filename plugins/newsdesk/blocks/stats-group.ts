// Core rule `stats_group`: checks each `:::stats` group and turns a bold-figure list into stats.
import type { StateCore, Token } from "markdown-it";
import { reportProblem } from "../directives/problems.ts";
import { statRecord } from "../stats/stat-record.ts";

/** What the `stat` and `stats_*` renderers read from `token.meta` besides the directive. */
export interface StatMeta {
  /** Set on stats inside a valid group: rendered as `li`. */
  inGroup?: boolean;
  /** Set on a group whose content is not stats: rendered as a plain `div`, the build fails. */
  invalid?: boolean;
  /** Set on a group written as a numbered list. */
  ordered?: boolean;
  /** Set on stats made from list items: the checked stat (label rendered from `children`). */
  fromList?: boolean;
}

const EXPECTED = "expected `::stat` lines, or one list whose items start with a bold figure, such as `- **288** people arrested`";

/** `paragraph_open` → `a paragraph`, a directive → `` `:::stats` ``, for messages. */
function described(token: Token): string {
  if (token.info && token.nesting === 1 && token.markup.startsWith(":")) return `\`${token.markup}${token.info}\``;
  const name = token.type.replace(/_(open|close)$/, "").replace(/_/g, " ");
  return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name === "inline" ? "line of text" : name}`;
}

/** The index of the token closing the one opened at `open` (same level, nesting -1). */
function closing(tokens: Token[], open: number): number {
  let i = open + 1;
  while (i < tokens.length && !(tokens[i].nesting === -1 && tokens[i].level === tokens[open].level)) i++;
  return i;
}

/** One list item → a `stat` token, or problems reported at its line. */
function itemStat(state: StateCore, tokens: Token[], start: number, end: number, locale: string): Token | undefined {
  const line = tokens[start].map?.[0] ?? 0;
  const report = (message: string) => reportProblem(state.env, line, `\`:::stats\` list item: ${message}`);
  const [open, inline, close] = tokens.slice(start + 1, end);
  if (end - start !== 4 || open.type !== "paragraph_open" || inline.type !== "inline" || close.type !== "paragraph_close") {
    report(`holds more than one line of Markdown; expected one line, a bold figure and its label, such as \`- **288** people arrested\``);
    return undefined;
  }
  // markdown-it leaves empty text tokens where emphasis delimiters were (`**288**` starts with one).
  const children = (inline.children ?? []).filter((t) => !(t.type === "text" && t.content === ""));
  const strongEnd = children.findIndex((t) => t.type === "strong_close");
  if (children[0]?.type !== "strong_open" || strongEnd < 0) {
    report(`\`${inline.content}\` does not start with a bold figure; expected \`**288** people arrested\``);
    return undefined;
  }
  const figure = children.slice(1, strongEnd);
  if (figure.some((t) => t.type !== "text")) {
    report(`the bold figure \`${inline.content.slice(0, inline.content.indexOf("**", 2) + 2)}\` holds Markdown; expected plain text such as \`**850 kg**\``);
    return undefined;
  }
  const label = children.slice(strongEnd + 1);
  if (label[0]?.type === "text") label[0].content = label[0].content.trimStart();
  const labelText = label.map((t) => t.content).join("").trim();
  if (!labelText) {
    report(`\`${inline.content}\` has no label; the rest of the item is the label, such as \`- **288** people arrested\``);
    return undefined;
  }
  const written = figure.map((t) => t.content).join("");
  const checked = statRecord(written, { label: labelText }, locale);
  if (!checked.ok) {
    checked.problems.forEach(report);
    return undefined;
  }
  const token = new state.Token("stat", "li", 0);
  token.block = true;
  token.map = tokens[start].map;
  token.content = inline.content;
  token.children = label;
  token.meta = { name: "stat", kind: "leaf", label: written, attributes: { label: labelText }, line, fromList: true, inGroup: true, stat: checked.stat };
  return token;
}

/** Creates the `stats_group` core rule for a site in `locale`. */
export function statsGroups(locale: string) {
  return function statsGroup(state: StateCore): void {
    // No work at all on Markdown without stats: one substring search.
    if (!state.src.includes("::stat")) return;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== "stats_open") continue;
      const end = closing(tokens, i);
      const meta = tokens[i].meta as StatMeta;
      const line = tokens[i].map?.[0] ?? 0;
      const inner = tokens.slice(i + 1, end);
      const list = inner[0]?.type === "bullet_list_open" || inner[0]?.type === "ordered_list_open";
      if (!inner.length) {
        reportProblem(state.env, line, `\`:::stats\` is empty; ${EXPECTED}`);
        meta.invalid = true;
      } else if (inner.every((t) => t.type === "stat")) {
        for (const t of inner) (t.meta as StatMeta).inGroup = true;
      } else if (list && closing(tokens, i + 1) === end - 1) {
        meta.ordered = inner[0].type === "ordered_list_open";
        const stats: Token[] = [];
        for (let item = i + 2; tokens[item].type === "list_item_open"; item = closing(tokens, item) + 1) {
          const stat = itemStat(state, tokens, item, closing(tokens, item), locale);
          if (stat) stats.push(stat);
        }
        tokens.splice(i + 1, inner.length, ...stats);
        i += stats.length;
        continue;
      } else {
        const stray = inner.find((t) => t.type !== "stat" && t.nesting !== -1) ?? inner[0];
        reportProblem(state.env, stray.map?.[0] ?? line, `\`:::stats\` holds ${described(stray)}; ${EXPECTED}`);
        meta.invalid = true;
        continue; // groups nested inside are still checked and rendered on their own
      }
      i = closing(tokens, i);
    }
  };
}
