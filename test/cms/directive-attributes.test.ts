// Reading and writing a directive's {…} attributes as the plugin reads them: quoting, references, #id and .class kept.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeValue, quoteValue, readAttributes, writeAttributes } from "../../src/cms/directive-attributes.ts";

test("reads quoted, bare, #id and .class attributes in order", () => {
  assert.equal(readAttributes(`by="Lena Park" role='Transit director' #q1 .wide n=3 flag`), [
    { key: "by", value: "Lena Park" },
    { key: "role", value: "Transit director" },
    { key: "#", value: "q1" },
    { key: ".", value: "wide" },
    { key: "n", value: "3" },
    { key: "flag", value: "" },
  ]);
});

test("decodes character references and backslash escapes as the plugin does", () => {
  assert.equal(readAttributes(String.raw`by="Lena &quot;Lee&quot; Park" x="a \" b" y="&#233;&#x41;&amp;"`), [
    { key: "by", value: 'Lena "Lee" Park' },
    { key: "x", value: 'a " b' },
    { key: "y", value: "éA&" },
  ]);
  assert.is(decodeValue("&bogus; &#0;"), "&bogus; &#0;", "unknown or invalid references stay as written");
});

test("a list it is not sure of is undefined, so the component leaves the text alone", () => {
  assert.is(readAttributes(`by="never closed`), undefined);
  assert.is(readAttributes(`=x`), undefined);
});

test("quotes a value so that reading it back gives it again", () => {
  for (const value of ['Lena "Lee" Park', "a \\ b", "&amp; stays &amp;", "R&D", "two\nlines"]) {
    const written = quoteValue(value);
    assert.equal(readAttributes(`v=${written}`), [{ key: "v", value: value.replace(/\n/g, " ") }], written);
  }
  assert.is(quoteValue('say "hi"'), '"say &quot;hi&quot;"');
});

test("writes named values (empty ones left out), then the others as they were", () => {
  const rest = readAttributes("#q1 .wide flag n=3")!;
  assert.is(writeAttributes([["by", "Ana"], ["role", ""], ["source", undefined]], rest), '{by="Ana" #q1 .wide flag n="3"}');
  assert.is(writeAttributes([["by", ""]]), "");
});

test.run();
