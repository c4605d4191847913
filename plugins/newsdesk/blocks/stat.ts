// Stat callouts: the `::stat` leaf and the `:::stats` group, with their renderers.
import type { MarkdownIt, Token } from "markdown-it";
import { directiveOf, type Block } from "../directives/registry.ts";
import type { ResolvedOptions } from "../options.ts";
import { renderStat, renderStatGroupClose, renderStatGroupOpen, type StatGroup, type StatRenderOptions } from "../stats/render-stat.ts";
import { STAT_ATTRIBUTES, statRecord } from "../stats/stat-record.ts";
import { statsGroups, type StatMeta } from "./stats-group.ts";
import { statCheck } from "./stat-check.ts";
import { tokenStat } from "./token-stat.ts";

/** Class names and words of stat callouts, from the plugin's options (BEM parts of `statClass`). */
export function statRenderOptions(options: ResolvedOptions): StatRenderOptions {
  const { statClass: stat, statsClass: group } = options;
  return {
    classes: {
      stat, value: `${stat}__value`, label: `${stat}__label`, source: `${stat}__source`,
      group, title: `${group}__title`, list: `${group}__list`,
    },
    sourcePrefix: options.statSourceLabel,
  };
}

function groupOf(token: Token): StatGroup {
  const attributes = directiveOf(token)?.attributes ?? {};
  const ordered = (token.meta as StatMeta | null)?.ordered;
  return { title: attributes.title?.trim() || undefined, id: attributes.id, classes: attributes.class?.split(/\s+/).filter(Boolean), ordered };
}

/**
 * The stat block: `::stat[288]{label="…" source="…" sourceUrl="…"}`, `::stat{value=53400000
 * currency=USD notation=compact label="…"}`, and `:::stats{title="…"}` holding `::stat` lines or
 * a list of `- **figure** label` items (a good list in any plain Markdown preview).
 */
export function statBlock(options: ResolvedOptions, _md: MarkdownIt): Block {
  const { locale } = options;
  const html = statRenderOptions(options);
  const statAttributes = Object.fromEntries(STAT_ATTRIBUTES.map((name) => [name, {}]));
  return {
    directives: [
      {
        name: "stat", kind: "leaf", token: "stat", label: "optional", attributes: statAttributes,
        check: (directive) => {
          const checked = statRecord(directive.label, directive.attributes, locale);
          return checked.ok ? [] : checked.problems.map((p) => `\`::stat\`: ${p}`);
        },
      },
      { name: "stats", kind: "container", token: "stats", label: "forbidden", attributes: { title: {}, id: {}, class: {} } },
    ],
    renderers: {
      stat: (tokens, idx, mdOptions, env, self) => {
        const token = tokens[idx];
        const meta = (token.meta ?? {}) as StatMeta;
        const stat = tokenStat(token, locale);
        if (!stat) return ""; // reported at parse time; never an empty or NaN figure on the page
        const labelHtml = meta.fromList ? self.renderInline(token.children ?? [], mdOptions, env) : undefined;
        return renderStat(labelHtml ? { ...stat, labelHtml } : stat, html, meta.inGroup ? "li" : "p");
      },
      stats_open: (tokens, idx) => ((tokens[idx].meta as StatMeta)?.invalid
        ? `<div class="${html.classes.group}">\n`
        : renderStatGroupOpen(groupOf(tokens[idx]), html)),
      stats_close: (tokens, idx) => ((tokens[idx].meta as StatMeta)?.invalid ? "</div>\n" : renderStatGroupClose(groupOf(tokens[idx]))),
    },
    install(md) {
      md.core.ruler.before("newsdesk_report", "stats_group", statsGroups(locale));
      md.core.ruler.before("newsdesk_report", "stat_check", statCheck(options));
    },
  };
}
