// Core rule `stat_check`: each stat callout's figure must be in the article's prose; sources required on request.
import type { StateCore, Token } from "markdown-it";
import { directiveOf } from "../directives/registry.ts";
import { bodyLineRef, hasDirectives, reportProblem } from "../directives/problems.ts";
import type { ResolvedOptions } from "../options.ts";
import { bodyFigures } from "../stats/body-figures.ts";
import { calloutFigure, describeCallout, matchingFigure, nearFigure, type PlacedFigure } from "../stats/figure-match.ts";
import type { Stat } from "../stats/render-stat.ts";
import type { StatMeta } from "./stats-group.ts";
import { tokenStat } from "./token-stat.ts";

/** A stat callout of the document, with how it was written and where. */
export interface DocumentStat {
  stat: Stat;
  /** `::stat` for a directive line, `:::stats` for a list item of a group. */
  form: "::stat" | ":::stats";
  /** 0-based body line. */
  line: number;
}

// Tokens whose content is a callout, not the story: stat groups and pull quotes (a lifted pull
// quote's words stay in their paragraph, so the story still has them).
const CALLOUTS: Record<string, number> = { stats_open: 1, stats_close: -1, pull_quote_open: 1, pull_quote_close: -1 };

/** The prose text of an inline token, softbreaks and hard breaks as `\n`; code and images left out. */
function proseOf(inline: Token): string {
  let text = "";
  for (const child of inline.children ?? []) {
    if (child.type === "text") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += "\n";
    else if (child.type === "image") text += " ";
  }
  return text;
}

/** Every figure the story's prose writes, each with its 0-based body line. */
export function proseFigures(tokens: readonly Token[], locale: string): PlacedFigure[] {
  const figures: PlacedFigure[] = [];
  let depth = 0;
  for (const token of tokens) {
    depth += CALLOUTS[token.type] ?? 0;
    if (depth > 0 || token.type !== "inline") continue;
    const text = proseOf(token);
    const first = token.map?.[0] ?? 0;
    for (const figure of bodyFigures(text, locale)) {
      const line = first + (text.slice(0, figure.start).match(/\n/g)?.length ?? 0);
      figures.push({ ...figure, line });
    }
  }
  return figures;
}

/** Every stat callout of the document that reads (the ones with mistakes are reported elsewhere). */
export function documentStats(tokens: readonly Token[], locale: string): DocumentStat[] {
  const stats: DocumentStat[] = [];
  for (const token of tokens) {
    if (token.type !== "stat") continue;
    const meta = (token.meta ?? {}) as StatMeta;
    const stat = tokenStat(token, locale);
    if (stat) stats.push({ stat, form: meta.fromList ? ":::stats" : "::stat", line: token.map?.[0] ?? directiveOf(token)?.line ?? 0 });
  }
  return stats;
}

/** The message for a callout whose figure the prose does not write, with the nearest prose figure. */
export function missingFigureMessage(entry: DocumentStat, prose: readonly PlacedFigure[], locale: string): string | undefined {
  const callout = calloutFigure(entry.stat.text, entry.stat.value, locale);
  if (matchingFigure(callout, prose)) return undefined;
  const near = nearFigure(callout, prose);
  const hint = near ? `; the body has ${near.written} (${bodyLineRef(near.line)})` : "";
  return `${entry.form} figure ${describeCallout(callout)} ("${entry.stat.text}") is not in the article${hint}`;
}

/** The message for a callout without `source` under `requireStatSources`. */
export function missingSourceMessage(entry: DocumentStat): string {
  return entry.form === "::stat"
    ? `\`::stat\` figure \`${entry.stat.text}\` cites no source: expected \`source="…"\` (and \`sourceUrl="…"\` to link it), because \`requireStatSources\` is on`
    : `\`:::stats\` list item \`${entry.stat.text}\` cites no source, and a list item cannot carry one: expected the figure as a \`::stat[${entry.stat.text}]{label="…" source="…"}\` line in the group, because \`requireStatSources\` is on`;
}

/** Creates the `stat_check` core rule from the plugin's options. */
export function statCheck(options: Pick<ResolvedOptions, "locale" | "verifyStats" | "requireStatSources">) {
  const { locale, verifyStats, requireStatSources } = options;
  return function stat_check(state: StateCore): void {
    if (verifyStats === "off" && !requireStatSources) return;
    if (!state.src.includes("::stat") || !hasDirectives(state.env)) return;
    const stats = documentStats(state.tokens, locale);
    if (!stats.length) return;
    if (requireStatSources) {
      for (const entry of stats) if (!entry.stat.source) reportProblem(state.env, entry.line, missingSourceMessage(entry));
    }
    if (verifyStats === "off") return;
    const prose = proseFigures(state.tokens, locale);
    const severity = verifyStats === "error" ? "error" : "warning";
    for (const entry of stats) {
      const message = missingFigureMessage(entry, prose, locale);
      if (message) reportProblem(state.env, entry.line, message, severity);
    }
  };
}
