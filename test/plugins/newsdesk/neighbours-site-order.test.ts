// The plugin's order agrees with the site's `collections.articles` order on ties.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import "../../helpers/property-seed.ts";
import { createNeighbourLookup, type CollectionItemLike } from "../../../plugins/newsdesk/neighbours/lookup.ts";
import { sortArticles } from "../../../src/collections/sort-articles.ts";
import { articleUrl } from "../../../src/permalinks/article-url.ts";

const ZONE = "America/New_York";
const START = Date.UTC(2023, 4, 2, 4);

const itemsArb = fc
  .array(
    fc.record({
      minutes: fc.constantFrom(0, 0, 30, 24 * 60),
      title: fc.constantFrom("Port bids", "Court backlog", "Bridge vote", "Ärger am Hafen"),
      slug: fc.option(fc.constantFrom("a-override", "port-bids", "zz"), { nil: undefined }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((row, i): CollectionItemLike & { data: { title: string; slug?: string } } => {
      const date = new Date(START + row.minutes * 60_000);
      return {
        inputPath: `./content/news/${String(i).padStart(2, "0")}-${i % 3}.md`,
        url: articleUrl({ date, title: row.title, slug: row.slug }, ZONE),
        date,
        fileSlug: `${i}`,
        data: { title: row.title, slug: row.slug },
      };
    }),
  );

const Order = suite("neighbour order vs the site's collection order");

Order("following next from the first article walks `sortArticles` order, ties included", () => {
  fc.assert(
    fc.property(itemsArb, (items) => {
      const expected = sortArticles(items).map((i) => i.inputPath);
      const index = createNeighbourLookup({ scopeBy: null, fallback: "unscoped" }).indexFor(items);
      const walked: string[] = [];
      let at = expected[0];
      while (at && walked.length <= items.length) {
        walked.push(at);
        at = index.get(at)!.next?.inputPath as string;
      }
      assert.equal(walked, expected);
    }),
    { numRuns: 300 },
  );
});

Order.run();
