// The stat a `stat` token stands for: checked at parse time, or read again from its directive.
import type { Token } from "markdown-it";
import { directiveOf } from "../directives/registry.ts";
import type { Stat } from "../stats/render-stat.ts";
import { statRecord } from "../stats/stat-record.ts";
import type { StatMeta } from "./stats-group.ts";

/** The token's stat, or `undefined` for one whose mistakes were reported when it was parsed. */
export function tokenStat(token: Token, locale: string): Stat | undefined {
  const meta = (token.meta ?? {}) as StatMeta & { stat?: Stat };
  if (meta.stat) return meta.stat;
  const directive = directiveOf(token);
  if (!directive) return undefined;
  const checked = statRecord(directive.label, directive.attributes, locale);
  return checked.ok ? checked.stat : undefined;
}
