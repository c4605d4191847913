import { suite } from "uvu";
import * as assert from "uvu/assert";
import { topicSlugClashes, type TopicSource } from "../../src/slugs/topic-slug-clashes.ts";

/** An article in `file` with `topics`, written one per line from line 4. */
function article(file: string, topics: string[]): TopicSource {
  const source = ["---", "title: T", "date: 2023-05-02", "topics:", ...topics.map((t) => `  - ${JSON.stringify(t)}`), "---", ""].join("\n");
  return { file, source, data: { topics } };
}

const Clashes = suite("topicSlugClashes");

Clashes("names both spellings when different topic names share a slug, at the later one's line", () => {
  assert.equal(topicSlugClashes([article("content/news/a.md", ["Courts", "C"]), article("content/news/b.md", ["C++", "Café"]), article("content/news/c.md", ["Cafe"])]), [
    {
      file: "content/news/b.md",
      line: 5,
      message: '`topics[1]`: found "C++", whose page `/topics/c/` is already the page of "C" (`content/news/a.md`), expected the same spelling as that topic, or a name whose letters and digits differ (URLs keep only those)',
    },
    {
      file: "content/news/c.md",
      line: 5,
      message: '`topics[1]`: found "Cafe", whose page `/topics/cafe/` is already the page of "Café" (`content/news/b.md`), expected the same spelling as that topic, or a name whose letters and digits differ (URLs keep only those)',
    },
  ]);
});

Clashes("takes spellings that differ only in case, spacing or Unicode form as one topic", () => {
  const decomposed = "Cafe\u0301";
  assert.equal(topicSlugClashes([article("content/news/a.md", ["Public safety", "Café"]), article("content/news/b.md", ["public  Safety", decomposed])]), []);
});

Clashes.run();
