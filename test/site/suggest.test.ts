import { suite } from "uvu";
import * as assert from "uvu/assert";
import { editDistance } from "../../plugins/newsdesk/index.ts";
import { suggest } from "../../src/front-matter/suggest.ts";
import { KNOWN_KEYS } from "../../src/front-matter/fields.ts";

const Distance = suite("editDistance");

Distance("counts a swap of neighbours as one edit", () => {
  assert.is(editDistance("titel", "title"), 1);
});

Distance("counts insertions, deletions and substitutions", () => {
  assert.is(editDistance("dat", "date"), 1);
  assert.is(editDistance("dates", "date"), 1);
  assert.is(editDistance("dake", "date"), 1);
  assert.is(editDistance("", "abc"), 3);
  assert.is(editDistance("kitten", "sitting"), 3);
});

Distance.run();

const Suggest = suite("suggest");

Suggest("finds the field a typo was meant to be", () => {
  assert.is(suggest("titel", KNOWN_KEYS), "title");
  assert.is(suggest("autors", KNOWN_KEYS), "authors");
  assert.is(suggest("topic", KNOWN_KEYS), "topics");
  assert.is(suggest("Title", KNOWN_KEYS), "title");
  assert.is(suggest("permalnk", KNOWN_KEYS), "permalink");
});

Suggest("suggests nothing for a name unlike any field", () => {
  assert.is(suggest("colour", KNOWN_KEYS), undefined);
  assert.is(suggest("x", KNOWN_KEYS), undefined);
});

Suggest.run();
