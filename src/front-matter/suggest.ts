// "Did you mean `title`?": the plugin's nearest-name rule, so front matter and directives suggest alike.
import { nearest } from "../../plugins/newsdesk/index.ts";

/** The known name closest to `name` (case-insensitive) when it is close enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  return nearest(name, known);
}

/**
 * `unknown field, did you mean \`title\`?`, or `unknown field, expected one of \`a\`, \`b\``
 * when no known name is close: what an article's front matter and the staff file say of a key
 * they do not have.
 */
export function unknownField(name: string, known: readonly string[]): string {
  const guess = suggest(name, known);
  return `unknown field, ${guess ? `did you mean \`${guess}\`?` : `expected one of ${known.map((k) => `\`${k}\``).join(", ")}`}`;
}
