// The plugin's options: one interface, documented defaults, validated when the plugin is registered.

/** Options of eleventy-plugin-newsdesk. Every field is optional; defaults are in `DEFAULTS`. */
export interface NewsdeskOptions {
  /** BCP 47 locale for numbers and labels. Default: `"en-US"`. */
  locale?: string;

  // --- pull quotes (blocks/pull-quote.ts) ---

  // --- stat callouts (blocks/stat.ts) ---

  // --- previous/next links (neighbours.ts) ---
}

/** The defaults, merged once with the user's options. */
export const DEFAULTS = {
  locale: "en-US",
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
      problems.push(`unknown option \`${key}\`; known options: ${Object.keys(DEFAULTS).map((k) => `\`${k}\``).join(", ")}`);
    }
  }
  const options = { ...DEFAULTS, ...given } as ResolvedOptions;
  if (typeof options.locale !== "string" || !isSupportedLocale(options.locale)) {
    problems.push(`\`locale\`: got ${JSON.stringify(options.locale)}, expected a BCP 47 locale such as "en-US"`);
  }
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
