// The plugin's options: one interface, documented defaults, validated when the plugin is registered.
import { SCOPE_FALLBACKS, type ScopeFallback } from "./neighbours/neighbour-index.ts";
import type { DateStyle } from "./neighbours/date-format.ts";
import type { RendererRule } from "markdown-it";
import type { Problem } from "./errors.ts";
import { nearest } from "./directives/suggest.ts";

/** Options of eleventy-plugin-newsdesk. Every field is optional; defaults are in `DEFAULTS`. */
export interface NewsdeskOptions {
  /** BCP 47 locale for numbers and labels. Default: `"en-US"`. */
  locale?: string;
  /**
   * Receives every content problem (errors and warnings) instead of the plugin printing warnings
   * and failing the build with its errors at `eleventy.after`: for a site that merges the plugin's
   * problems with its own (front matter, images) into one report. Default: `null`.
   */
  onProblem?: ((problem: Problem) => void) | null;

  // --- pull quotes (blocks/pull-quote.ts) ---
  /** Class of the pull quote's `<figure>`. Default: `"pull-quote"`. */
  pullQuoteClass?: string;
  /**
   * What to do with a `:::pullquote` whose text is not in the article's body: `"off"`, `"warn"`
   * (printed, the build goes on) or `"error"` (the build fails). Default: `"warn"`.
   */
  verifyPullQuotes?: PullQuoteCheck;
  /**
   * What to do with a pull quote (`:::pullquote`, `:pull`) whose `by` is not named in the
   * article's body (the full name or its last word): `"off"`, `"warn"` or `"error"`. Default: `"off"`.
   */
  verifyQuoteAttribution?: PullQuoteCheck;
  /**
   * Replacement markdown-it renderers by token type, for any block: `pull_quote_open`,
   * `pull_quote_close`, `pull_open`, `pull_close`, … Default: `{}` (the plugin's own).
   */
  renderers?: Record<string, RendererRule>;

  // --- stat callouts (blocks/stat.ts) ---
  /** Class of each stat; its parts get `__value`, `__label`, `__source`. Default: `"stat"`. */
  statClass?: string;
  /** Class of a `:::stats` group; its parts get `__title`, `__list`. Default: `"stats"`. */
  statsClass?: string;
  /** Words before a stat's source (`Source: Justice Department`); `""` for none. Default: `"Source:"`. */
  statSourceLabel?: string;
  /**
   * What to do with a stat callout (`::stat`, a `:::stats` item) whose figure the article's prose
   * does not write in any form (README "Editorial checks"): `"off"`, `"warn"` or `"error"`.
   * Default: `"warn"`.
   */
  verifyStats?: PullQuoteCheck;
  /** Every stat callout must name its `source`; one without is an error. Default: `false`. */
  requireStatSources?: boolean;

  // --- previous/next links (neighbours/) ---
  /** IANA time zone the nav's dates are shown in (use the site's). Default: `"UTC"`. */
  timeZone?: string;
  /** Front-matter key that scopes previous/next (e.g. `"series"`); `null` = whole collection. Default: `null`. */
  scopeBy?: string | null;
  /** With `scopeBy`: what articles without a scope link to (`"unscoped"`, `"all"`, `"none"`). Default: `"unscoped"`. */
  scopeFallback?: ScopeFallback;
  /** `aria-label` of the previous/next `<nav>`. Default: `"More stories"`. */
  navLabel?: string;
  /** Words on the link to the article published earlier. Default: `"Previous article"`. */
  previousLabel?: string;
  /** Words on the link to the article published later. Default: `"Next article"`. */
  nextLabel?: string;
  /** Class of the `<nav>`; its parts get `__list`, `__item`, `__link`, ... Default: `"article-nav"`. */
  navClass?: string;
  /** `dateStyle` of the nav's dates. Default: `"long"` (`May 2, 2023`). */
  navDateStyle?: DateStyle;
}

/** The defaults, merged once with the user's options. */
export const DEFAULTS = {
  locale: "en-US",
  onProblem: null as ((problem: Problem) => void) | null,
  // pull quotes
  pullQuoteClass: "pull-quote",
  verifyPullQuotes: "warn" as PullQuoteCheck,
  verifyQuoteAttribution: "off" as PullQuoteCheck,
  renderers: {} as Record<string, RendererRule>,
  // stat callouts
  statClass: "stat",
  statsClass: "stats",
  statSourceLabel: "Source:",
  verifyStats: "warn" as PullQuoteCheck,
  requireStatSources: false,
  // previous/next links
  timeZone: "UTC",
  scopeBy: null as string | null,
  scopeFallback: "unscoped" as ScopeFallback,
  navLabel: "More stories",
  previousLabel: "Previous article",
  nextLabel: "Next article",
  navClass: "article-nav",
  navDateStyle: "long" as DateStyle,
} satisfies Required<NewsdeskOptions>;

/** Options after defaults are merged and validation has passed. */
export type ResolvedOptions = typeof DEFAULTS;

/**
 * Merges `DEFAULTS` with the user's options and checks every field; throws one error that names
 * every wrong option, what was given and what is allowed.
 */
export function validateOptions(user: unknown = {}): ResolvedOptions {
  const problems: string[] = [];
  if (user === null || typeof user !== "object" || Array.isArray(user)) {
    throw new TypeError(
      `eleventy-plugin-newsdesk: options must be an object, got ${JSON.stringify(user)}`,
    );
  }
  const given = user as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(key in DEFAULTS)) {
      const guess = nearest(key, Object.keys(DEFAULTS));
      const hint = guess ? `; did you mean \`${guess}\`?` : "";
      problems.push(`unknown option \`${key}\`; known options: ${Object.keys(DEFAULTS).map((k) => `\`${k}\``).join(", ")}${hint}`);
    }
  }
  const options = { ...DEFAULTS, ...given } as ResolvedOptions;
  if (typeof options.locale !== "string" || !isSupportedLocale(options.locale)) {
    problems.push(`\`locale\`: got ${JSON.stringify(options.locale)}, expected a BCP 47 locale such as "en-US"`);
  }
  if (options.onProblem !== null && typeof options.onProblem !== "function") {
    problems.push(`\`onProblem\`: got ${JSON.stringify(options.onProblem)}, expected a function that takes a problem, or null`);
  }
  problems.push(...pullQuoteOptionProblems(options));
  problems.push(...statOptionProblems(options));
  problems.push(...neighbourOptionProblems(options, given));
  if (problems.length) {
    throw new TypeError(`eleventy-plugin-newsdesk: invalid options:\n- ${problems.join("\n- ")}`);
  }
  return options;
}

function isSupportedLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

// --- pull quotes: validation ---

/** Values of the editorial checks: `verifyPullQuotes`, `verifyQuoteAttribution`, `verifyStats`. */
export type PullQuoteCheck = "off" | "warn" | "error";

function pullQuoteOptionProblems(options: ResolvedOptions): string[] {
  const problems: string[] = [];
  if (typeof options.pullQuoteClass !== "string" || !/^-?[_a-zA-Z][-_a-zA-Z0-9]*$/.test(options.pullQuoteClass)) {
    problems.push(`\`pullQuoteClass\`: got ${JSON.stringify(options.pullQuoteClass)}, expected a CSS class name such as "pull-quote"`);
  }
  for (const key of ["verifyPullQuotes", "verifyQuoteAttribution"] as const) problems.push(...checkProblems(options, key));
  const renderers: unknown = options.renderers;
  if (renderers === null || typeof renderers !== "object" || Array.isArray(renderers)) {
    problems.push(`\`renderers\`: got ${JSON.stringify(renderers)}, expected an object of markdown-it render functions by token type`);
  } else {
    for (const [type, rule] of Object.entries(renderers)) {
      if (typeof rule !== "function") problems.push(`\`renderers.${type}\`: got ${JSON.stringify(rule)}, expected a markdown-it render function`);
    }
  }
  return problems;
}

function checkProblems(options: ResolvedOptions, key: "verifyPullQuotes" | "verifyQuoteAttribution" | "verifyStats"): string[] {
  return ["off", "warn", "error"].includes(options[key])
    ? []
    : [`\`${key}\`: got ${JSON.stringify(options[key])}, expected "off", "warn" or "error"`];
}

// --- stat callouts: validation ---

function statOptionProblems(options: ResolvedOptions): string[] {
  const problems: string[] = [];
  const classes = [["statClass", "stat"], ["statsClass", "stats"]] as const;
  for (const [key, example] of classes) {
    if (typeof options[key] !== "string" || !/^-?[_a-zA-Z][-_a-zA-Z0-9]*$/.test(options[key])) {
      problems.push(`\`${key}\`: got ${JSON.stringify(options[key])}, expected a CSS class name such as "${example}"`);
    }
  }
  problems.push(...checkProblems(options, "verifyStats"));
  if (typeof options.requireStatSources !== "boolean") {
    problems.push(`\`requireStatSources\`: got ${JSON.stringify(options.requireStatSources)}, expected true or false`);
  }
  if (typeof options.statSourceLabel !== "string") {
    problems.push(`\`statSourceLabel\`: got ${JSON.stringify(options.statSourceLabel)}, expected words such as "Source:", or ""`);
  }
  return problems;
}

// --- previous/next links: validation ---

function neighbourOptionProblems(options: ResolvedOptions, given: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const text = (key: "navLabel" | "previousLabel" | "nextLabel", example: string) => {
    if (typeof options[key] !== "string" || !options[key].trim()) {
      problems.push(`\`${key}\`: got ${JSON.stringify(options[key])}, expected non-empty words such as "${example}"`);
    }
  };
  text("navLabel", "More stories");
  text("previousLabel", "Older");
  text("nextLabel", "Newer");
  if (typeof options.timeZone !== "string" || !isTimeZone(options.timeZone)) {
    problems.push(`\`timeZone\`: got ${JSON.stringify(options.timeZone)}, expected an IANA time zone such as "America/New_York"`);
  }
  if (options.scopeBy !== null && (typeof options.scopeBy !== "string" || !options.scopeBy.trim())) {
    problems.push(`\`scopeBy\`: got ${JSON.stringify(options.scopeBy)}, expected a front-matter key such as "series", or null`);
  }
  if (!SCOPE_FALLBACKS.includes(options.scopeFallback)) {
    problems.push(`\`scopeFallback\`: got ${JSON.stringify(options.scopeFallback)}, expected one of ${SCOPE_FALLBACKS.map((f) => `"${f}"`).join(", ")}`);
  } else if ("scopeFallback" in given && options.scopeBy === null) {
    problems.push(`\`scopeFallback\`: only applies with \`scopeBy\` (e.g. \`scopeBy: "series"\`), which is not set`);
  }
  if (typeof options.navClass !== "string" || !/^-?[_a-zA-Z][-_a-zA-Z0-9]*$/.test(options.navClass)) {
    problems.push(`\`navClass\`: got ${JSON.stringify(options.navClass)}, expected a CSS class name such as "article-nav"`);
  }
  if (!["full", "long", "medium", "short"].includes(options.navDateStyle)) {
    problems.push(`\`navDateStyle\`: got ${JSON.stringify(options.navDateStyle)}, expected "full", "long", "medium" or "short"`);
  }
  return problems;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
