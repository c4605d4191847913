// "Did you mean `title`?": the plugin's nearest-name rule, so front matter and directives suggest alike.
import { nearest } from "../../plugins/newsdesk/index.ts";

/** The known name closest to `name` (case-insensitive) when it is close enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  return nearest(name, known);
}
