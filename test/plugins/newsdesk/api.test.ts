// Pins the public API of eleventy-plugin-newsdesk: adding or removing an export is a decision.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as api from "../../../plugins/newsdesk/index.ts";

const test = suite("public API of eleventy-plugin-newsdesk");

test("exports exactly these names (sorted)", () => {
  assert.equal(Object.keys(api).sort(), [
    "ContentError",
    "DEFAULTS",
    "buildNeighbourIndex",
    "compareRecords",
    "createNeighbourLookup",
    "default",
    "editDistance",
    "escapeHtml",
    "formatProblem",
    "formatProblems",
    "frontMatterLineCount",
    "isoWithOffset",
    "nearest",
    "newsdeskMarkdown",
    "offsetMinutes",
    "relativeFile",
    "renderArticleNav",
    "sortProblems",
    "statSources",
    "validateOptions",
    "wallClock",
  ]);
});

test("the default export is the Eleventy plugin, marked unique", () => {
  assert.type(api.default, "function");
  assert.is((api.default as unknown as { eleventyPackage: string }).eleventyPackage, "eleventy-plugin-newsdesk");
  assert.equal((api.default as unknown as { eleventyPluginOptions: unknown }).eleventyPluginOptions, { unique: true });
});

test("newsdeskMarkdown is a markdown-it plugin function (md, options)", () => {
  assert.type(api.newsdeskMarkdown, "function");
  assert.is(api.newsdeskMarkdown.length, 1);
});

test.run();
