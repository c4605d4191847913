// Reads the fenced examples out of AUTHORING.md: ```markdown blocks must build cleanly,
// ```markdown error blocks must fail with exactly the lines of the ```text block after them.

/** One fenced block of the document. */
export interface Fence {
  /** Info string, e.g. `markdown` or `markdown error`. */
  info: string;
  body: string;
  /** 1-based line of the opening fence in the document, for test names. */
  line: number;
}

/** An example that must fail, with the lines it must print. */
export interface ErrorExample {
  source: string;
  expected: string[];
  line: number;
}

/** Every fenced block, in order. */
export function fences(doc: string): Fence[] {
  const out: Fence[] = [];
  const lines = doc.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S.*)?$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i]);
    out.push({ info: (open[1] ?? "").trim(), body: `${body.join("\n")}\n`, line: start + 1 });
  }
  return out;
}

/** The ```markdown examples that must build without a problem. */
export function validExamples(doc: string): Fence[] {
  return fences(doc).filter((f) => f.info === "markdown");
}

/** The ```markdown error examples, each with the ```text block that follows it. */
export function errorExamples(doc: string): ErrorExample[] {
  const all = fences(doc);
  const out: ErrorExample[] = [];
  all.forEach((fence, i) => {
    if (fence.info !== "markdown error") return;
    const next = all[i + 1];
    if (next?.info !== "text") throw new Error(`AUTHORING.md:${fence.line}: an error example must be followed by a \`\`\`text block with its message`);
    out.push({ source: fence.body, expected: next.body.trimEnd().split("\n"), line: fence.line });
  });
  return out;
}

/** A body snippet becomes an article with a minimal front matter; whole articles stay as they are. */
export function asArticle(source: string, n: number): string {
  if (source.startsWith("---\n")) return source;
  return `---\ntitle: "AUTHORING example ${n}"\ndate: 2024-04-${String(n + 1).padStart(2, "0")}\n---\n\n${source}`;
}
