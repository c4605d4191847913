// An article's kind (`type:` in front matter): the label readers see and the schema.org type search engines read.
import { site } from "../site.ts";

/** What one kind of article is shown and described as. */
export interface ArticleTypeInfo {
  /** The front-matter value, e.g. `opinion`. */
  name: string;
  /** The label above the headline (`Opinion`); empty for news, which needs none. */
  label: string;
  /** The schema.org type of its JSON-LD, e.g. `OpinionNewsArticle`. */
  schema: string;
  /** Labelled in lists and feeds too (sponsored content), not only on its page. */
  everywhere: boolean;
}

/** The kinds an article may be (`site.articleTypes`): the first is the default. */
export const ARTICLE_TYPES: readonly string[] = Object.keys(site.articleTypes);

/** The kind of an article whose front matter has `type: value` (validated), news when it has none. */
export function articleType(value: unknown, types: Readonly<Record<string, Omit<ArticleTypeInfo, "name">>> = site.articleTypes): ArticleTypeInfo {
  const name = typeof value === "string" && Object.hasOwn(types, value) ? value : Object.keys(types)[0]!;
  return { name, ...types[name]! };
}
