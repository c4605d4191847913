import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { propertySeed } from "./property-seed.ts";

const test = suite("propertySeed");

test("a fixed seed unless asked, the asked one, or a fresh one for `random`", () => {
  assert.is(propertySeed(undefined), propertySeed(""));
  assert.is(propertySeed("42"), 42);
  assert.ok(Number.isInteger(propertySeed("random")));
  assert.throws(() => propertySeed("soon"), /PROPERTY_SEED: found "soon", expected an integer or "random"/);
});

test("the global seed makes two draws the same", () => {
  const draw = () => fc.sample(fc.array(fc.integer(), { maxLength: 20 }), 5);
  assert.equal(draw(), draw());
});

test.run();
