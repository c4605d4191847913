// Topic names that differ yet share a URL slug (`C++` and `C`, `Café` and `Cafe`): one page would show both.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { locateField } from "../front-matter/locate.ts";
import { toSlug } from "./to-slug.ts";

/** The part of an article the check reads: where it is, its text (for lines) and its topics. */
export interface TopicSource {
  file: string;
  source: string;
  data: { topics?: unknown };
}

/**
 * Spellings that are one topic: the same letters in any case and spacing, in either Unicode
 * form (`Public safety`, `public  safety`), as the topic index already treats them.
 */
const spelling = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A problem for each topic name whose slug (and so its page, `/topics/<slug>/`, and feeds) an
 * earlier, different name already has: slugs keep only ASCII letters and digits, so `C++` and
 * `C#` become `c` and `Café` becomes `cafe`. Neither name is changed behind the author's back
 * (`c-plus-plus` would surprise as much as a merged page): the build fails naming both, at the
 * later one's line. The first name seen, in the order given (file order), keeps the slug. Linear.
 */
export function topicSlugClashes(articles: readonly TopicSource[]): Problem[] {
  const owners = new Map<string, { name: string; file: string }>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const topics = article.data.topics;
    if (!Array.isArray(topics)) continue;
    topics.forEach((name, i) => {
      if (typeof name !== "string") return;
      const slug = toSlug(name);
      if (slug === "") return;
      const owner = owners.get(slug);
      if (!owner) return void owners.set(slug, { name, file: article.file });
      if (spelling(owner.name) === spelling(name)) return;
      const where = owner.file === article.file ? "this article" : `\`${owner.file}\``;
      problems.push({
        file: article.file,
        line: locateField(article.source, ["topics", i]),
        message: `\`topics[${i + 1}]\`: found ${JSON.stringify(name)}, whose page \`/topics/${slug}/\` is already the page of ${JSON.stringify(owner.name)} (${where}), expected the same spelling as that topic, or a name whose letters and digits differ (URLs keep only those)`,
      });
    });
  }
  return problems;
}
