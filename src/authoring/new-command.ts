// What `npm run new -- …` was asked for: an article (a headline), one site page (`--page <kind>`), or every missing page (`--pages`).
import { NewPageError, pageKind } from "./new-page.ts";
import type { PageKind } from "./page-templates.ts";

export type NewCommand = { make: "article"; title: string } | { make: "page"; kind: PageKind } | { make: "pages" };

/**
 * Reads the command's arguments. Only a first argument `--page`, `--page=<kind>` or `--pages`
 * asks for pages; anything else is the headline, word for word, as it always was.
 */
export function parseNewCommand(args: readonly string[]): NewCommand {
  const [first = "", ...rest] = args;
  const extra = (flag: string, taken: number) => {
    if (rest.length > taken) throw new NewPageError(`\`${flag}\`: found \`${rest[taken]}\` after it, expected nothing more`);
  };
  if (first === "--pages") {
    extra("--pages", 0);
    return { make: "pages" };
  }
  if (first === "--page") {
    const kind = pageKind(rest[0]);
    extra(`--page ${kind}`, 1);
    return { make: "page", kind };
  }
  if (first.startsWith("--page=")) {
    const kind = pageKind(first.slice("--page=".length));
    extra(first, 0);
    return { make: "page", kind };
  }
  return { make: "article", title: args.join(" ") };
}
