import { suite } from "uvu";
import * as assert from "uvu/assert";
import { locateField } from "../../src/front-matter/locate.ts";

const source = `---
# A comment line
"title": "Quoted key"
date: 2023-05-02
authors:
  - name: Ana
    role: Reporter

  - role: Photographer
    url: https://example.org
image:
  src: a.jpg
  alt: A photo
topics: [A, B]
---
title: not front matter
`;

const Locate = suite("locateField");

Locate("finds top-level keys, quoted or not", () => {
  assert.is(locateField(source, ["title"]), 3);
  assert.is(locateField(source, ["date"]), 4);
  assert.is(locateField(source, ["topics"]), 14);
});

Locate("finds list entries and keys inside them, across blank lines", () => {
  assert.is(locateField(source, ["authors", 0]), 6);
  assert.is(locateField(source, ["authors", 0, "role"]), 7);
  assert.is(locateField(source, ["authors", 1]), 9);
  assert.is(locateField(source, ["authors", 1, "url"]), 10);
});

Locate("falls back to the enclosing line for a missing key", () => {
  assert.is(locateField(source, ["authors", 1, "name"]), 9);
  assert.is(locateField(source, ["image", "caption"]), 11);
  assert.is(locateField(source, ["topics", 1]), 14);
});

Locate("points at line 1 for a field that is not there, never into the body", () => {
  assert.is(locateField(source, ["dek"]), 1);
  assert.is(locateField("no front matter", ["title"]), 1);
});

Locate("does not confuse a nested key with a top-level one", () => {
  const nested = "---\nimage:\n  title: x\ntitle: y\n---\n";
  assert.is(locateField(nested, ["title"]), 4);
});

Locate.run();
