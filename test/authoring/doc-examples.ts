// Reads the fenced examples out of AUTHORING.md: ```markdown blocks (articles) and ```markdown page
// blocks (site pages) must build cleanly, ```markdown error and ```markdown page error blocks must
// fail with exactly the lines of the ```text block after them.

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

/** The ```markdown page examples: whole site pages (front matter with a `permalink`) that must build without a problem. */
export function pageExamples(doc: string): Fence[] {
  return fences(doc).filter((f) => f.info === "markdown page");
}

/**
 * The file under `content/` a page example is written to: its permalink's name (`/masthead/` →
 * `masthead.md`), so it replaces the sample's page at that address rather than clashing with it.
 */
export function pageExampleFile(source: string): string {
  const permalink = /^permalink: \/([a-z0-9-]+)\/$/m.exec(source)?.[1];
  if (!permalink) throw new Error(`a page example needs a \`permalink: /name/\` line:\n${source}`);
  return `${permalink}.md`;
}

/** The ```markdown error examples (or ```markdown page error, with `info`), each with the ```text block that follows it. */
export function errorExamples(doc: string, info = "markdown error"): ErrorExample[] {
  const all = fences(doc);
  const out: ErrorExample[] = [];
  all.forEach((fence, i) => {
    if (fence.info !== info) return;
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
