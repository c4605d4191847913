// readArticleFiles and decodeArticle: which files under news/ are read, and what a file that cannot be an article reports.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { decodeArticle } from "../../src/articles/decode-article.ts";
import { ArticleFileCache, readArticleFiles } from "../../src/articles/read-article-files.ts";

const ARTICLE = "---\ntitle: A\ndate: 2023-05-02\n---\n\nBody.\n";

/** A temp input folder with `files` (path under it → text or bytes) and what `more` adds. */
function input(files: Record<string, string | Buffer>, more?: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-read-"));
  process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  more?.(dir);
  return dir;
}

/** `name: text` or `name: line N: problem` for each file read, names relative to news/. */
function summary(dir: string, cache?: ArticleFileCache): string[] {
  return readArticleFiles(dir, cache).map((f) => {
    const name = f.file.split("/news/")[1];
    return f.problems?.length ? `${name}: line ${f.problems[0]!.line}: ${f.problems[0]!.message}` : `${name}: ${f.source.length} characters`;
  });
}

const Read = suite("readArticleFiles");

Read("reads every .md file, sub-folders included, sorted, hidden names and node_modules left out", () => {
  const dir = input({ "news/b.md": ARTICLE, "news/a.md": ARTICLE, "news/2023/c.md": ARTICLE, "news/.draft.md": ARTICLE, "news/node_modules/x.md": ARTICLE, "news/notes.txt": "x", "about.md": ARTICLE });
  assert.equal(summary(dir), ["2023/c.md: 41 characters", "a.md: 41 characters", "b.md: 41 characters"]);
});

Read("reads the files inside a folder named like an article, and reports a FIFO instead of waiting on it", () => {
  const dir = input({ "news/folder.md/inner.md": ARTICLE }, (d) => execFileSync("mkfifo", [path.join(d, "news/pipe.md")]));
  assert.equal(summary(dir), ["folder.md/inner.md: 41 characters", "pipe.md: line 1: found a named pipe (FIFO) named `pipe.md`, expected a Markdown file (only regular files are read)"]);
});

Read("reports Markdown files with another extension instead of leaving them out", () => {
  const dir = input({ "news/a.MD": ARTICLE, "news/b.markdown": ARTICLE, "news/c.Md": ARTICLE, "news/d.mdown": ARTICLE });
  assert.equal(
    summary(dir).map((line) => line.split(":")[0]),
    ["a.MD", "b.markdown", "c.Md", "d.mdown"],
  );
  assert.ok(summary(dir).every((line) => line.includes("expected the extension `.md` (only `.md` files are articles: rename it)")));
});

Read("follows a link to an article inside the input, and reports links that leave it or lead to a folder", () => {
  const outside = input({ "secret.md": ARTICLE });
  const dir = input({ "drafts/kept.md": ARTICLE, "news/real.md": ARTICLE }, (d) => {
    fs.symlinkSync(path.join(d, "drafts/kept.md"), path.join(d, "news/inside.md"));
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(d, "news/outside.md"));
    fs.symlinkSync(path.join(d, "drafts"), path.join(d, "news/archive"));
    fs.symlinkSync(path.join(d, "missing.md"), path.join(d, "news/dangling.md"));
  });
  assert.equal(summary(dir), [
    "archive: line 1: found a symbolic link to a folder, expected the folder itself (links to folders are not followed)",
    "dangling.md: line 1: found a symbolic link to nothing (its target is missing), expected a Markdown file",
    "inside.md: 41 characters",
    "outside.md: line 1: found a symbolic link to a file outside the input folder, expected the article's own file (its text would be published)",
    "real.md: 41 characters",
  ]);
});

Read("reports a file that is not UTF-8 at its first bad byte, and drops a byte-order mark", () => {
  const dir = input({ "news/latin.md": Buffer.from("---\ntitle: Caf\xe9\n", "latin1"), "news/bom.md": `\uFEFF${ARTICLE}` });
  assert.equal(summary(dir), ["bom.md: 41 characters", "latin.md: line 2: found a byte that is not UTF-8 (`0xE9`, column 11), expected the file saved as UTF-8 (a text in another encoding would be published as `\uFFFD`)"]);
  assert.ok(readArticleFiles(dir)[0]!.source.startsWith("---\n"));
});

Read("reads the same way through the dev server's cache, and gives the same result while a file is unchanged", () => {
  const dir = input({ "news/a.md": ARTICLE, "news/latin.md": Buffer.from("x\xff", "latin1") });
  const cache = new ArticleFileCache();
  assert.equal(summary(dir, cache), summary(dir));
  assert.is(readArticleFiles(dir, cache)[0]!.source, readArticleFiles(dir, cache)[0]!.source);
});

Read("finds no articles in an input without news/", () => {
  assert.equal(readArticleFiles(input({ "about.md": ARTICLE })), []);
});

Read.run();

const Decode = suite("decodeArticle");

Decode("decodes UTF-8, multi-byte characters included", () => {
  assert.equal(decodeArticle(Buffer.from("Café — 日本 🙂")), { ok: true, text: "Café — 日本 🙂" });
});

Decode("locates overlong forms, surrogates, truncated sequences and stray continuation bytes", () => {
  const at = (bytes: number[]) => {
    const decoded = decodeArticle(Uint8Array.from(bytes));
    return decoded.ok ? "ok" : `${decoded.line}:${decoded.column}:${decoded.byte.toString(16)}`;
  };
  assert.is(at([0x61, 0xc0, 0xaf]), "1:2:c0");
  assert.is(at([0x0a, 0x0a, 0x61, 0xed, 0xa0, 0x80]), "3:2:ed");
  assert.is(at([0x61, 0x62, 0xe2, 0x82]), "1:3:e2");
  assert.is(at([0x80]), "1:1:80");
  assert.is(at([0xf4, 0x90, 0x80, 0x80]), "1:1:f4");
  assert.is(at([0xf0, 0x9f, 0x99, 0x82]), "ok");
});

Decode.run();
