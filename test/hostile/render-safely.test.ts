import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { renderSafely } from "../../src/body-safety/body-safety.ts";

const Safely = suite("renderSafely");
const where = { file: "content/news/a.md", line: 5 };

Safely("a body that exhausts the stack is a problem at its first line, rendered as nothing", () => {
  const problems: Problem[] = [];
  const recurse = (n: number): number => recurse(n + 1) + 1;
  assert.is(renderSafely(() => String(recurse(0)), where, (p) => problems.push(p)), "");
  assert.is(problems.length, 1);
  assert.match(problems[0]!.message, /^found a body that could not be rendered \(Maximum call stack size exceeded\), expected Markdown with fewer/);
  assert.equal([problems[0]!.file, problems[0]!.line], ["content/news/a.md", 5]);
});

Safely("other errors are not hidden", () => {
  assert.throws(() => renderSafely(() => { throw new TypeError("bug"); }, where, () => undefined), /bug/);
});

Safely("a body that renders is returned as it is", () => {
  assert.is(renderSafely(() => "<p>x</p>", where, () => assert.unreachable()), "<p>x</p>");
});

Safely.run();
