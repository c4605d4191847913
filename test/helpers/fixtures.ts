// Runs fixture files in markdown-it's format, one uvu test per case, named after file and line.
//
// A case is a header line, a line with a single `.`, the input (Markdown), a `.`, the expected
// output, and a closing `.`:
//
//     attribution with role
//     .
//     :::pullquote{by="Jane Doe" role="Attorney General"}
//     …
//     :::
//     .
//     <figure class="pull-quote">…</figure>
//     .
//
// Blank lines and text between cases are ignored. `UPDATE=1 npx tsx test/run.ts <pattern>`
// rewrites every expected output with what the code produces now (review the diff!).
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";

/** One fixture case; `line` is the 1-based line of its header. */
export interface FixtureCase {
  file: string;
  line: number;
  header: string;
  input: string;
  expected: string;
  /** Line indexes (0-based) of the expected block, for `UPDATE=1`. */
  expectedLines: [number, number];
}

/** Parses a fixture file; throws on a case that is not closed, naming its line. */
export function readFixtures(file: string): FixtureCase[] {
  const lines = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n").split("\n");
  const cases: FixtureCase[] = [];
  const name = path.basename(file);
  let i = 0;
  const block = (from: number): number => {
    let end = from;
    while (end < lines.length && lines[end] !== ".") end++;
    if (end >= lines.length) throw new Error(`${name}:${from}: a fixture block is never closed with a line \`.\``);
    return end;
  };
  while (i < lines.length) {
    if (!lines[i].trim() || lines[i + 1] !== ".") {
      i++;
      continue;
    }
    const header = lines[i].trim();
    const inputEnd = block(i + 2);
    const expectedEnd = block(inputEnd + 1);
    cases.push({
      file: name,
      line: i + 1,
      header,
      input: lines.slice(i + 2, inputEnd).join("\n") + "\n",
      expected: lines.slice(inputEnd + 1, expectedEnd).join("\n"),
      expectedLines: [inputEnd + 1, expectedEnd],
    });
    i = expectedEnd + 1;
  }
  return cases;
}

/**
 * Registers one test per case of `file` (`pull-quote.txt line 12: attribution with role`) on a
 * uvu suite named after the file, and runs it. `render` returns the actual output for an input;
 * trailing white space is ignored on both sides.
 */
export function runFixtures(file: string, render: (input: string, fixture: FixtureCase) => string): void {
  const cases = readFixtures(file);
  const test = suite(path.basename(file));
  const updates = new Map<FixtureCase, string>();
  for (const fixture of cases) {
    test(`${fixture.file} line ${fixture.line}: ${fixture.header}`, () => {
      const actual = render(fixture.input, fixture).trimEnd();
      if (process.env.UPDATE === "1") updates.set(fixture, actual);
      else assert.fixture(actual, fixture.expected.trimEnd());
    });
  }
  test.after(() => {
    if (!updates.size) return;
    const lines = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n").split("\n");
    // From the last case up, so earlier line numbers stay valid while splicing.
    for (const [fixture, actual] of [...updates].reverse()) {
      const [from, to] = fixture.expectedLines;
      lines.splice(from, to - from, ...actual.split("\n"));
    }
    fs.writeFileSync(file, lines.join("\n"));
  });
  test.run();
}
