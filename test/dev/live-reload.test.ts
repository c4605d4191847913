// `npm start` picks up edits to any .ts file (issue 2) and shows content errors on the previewed
// page until they are fixed (issue 9): checked against a running dev server.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { get, startDevServer, waitFor, type DevServer } from "./dev-server.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/live-site/", import.meta.url));

function replaceIn(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, "utf8");
  assert.ok(text.includes(from), `${file} contains ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
}

async function pageContaining(server: DevServer, pathname: string, text: string) {
  return waitFor(`${pathname} to contain ${text}\n${server.output()}`, async () => {
    const page = await get(server.origin, pathname);
    return page.body.includes(text) ? page : undefined;
  });
}

const BAD_STORY = "---\ntitle: Story\nlayout: page.11ty.ts\n---\nA story.\n\n:::bogus\n";
const GOOD_STORY = "---\ntitle: Story\nlayout: page.11ty.ts\n---\nA fixed story.\n";

const fresh = suite<{ server: DevServer }>("npm start: code edits");
fresh.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE);
});
fresh.after(async (ctx) => {
  await ctx.server?.stop();
});

fresh("serves the first build", async ({ server }) => {
  const page = await pageContaining(server, "/", "VERSION-ONE");
  assert.ok(page.body.includes('data-frame="F1"'));
});

fresh("an edit to a module the plugin imports changes the served page", async ({ server }) => {
  // config → plugins/shout/index.ts → plugin.ts → render.ts: Eleventy alone would keep the old render.ts.
  replaceIn(server.dir, "plugins/shout/render.ts", "VERSION-ONE", "VERSION-TWO");
  const page = await pageContaining(server, "/", "VERSION-TWO");
  assert.not.ok(page.body.includes("VERSION-ONE"));
});

fresh("an edit to a src/ helper a layout imports changes the served page", async ({ server }) => {
  replaceIn(server.dir, "src/frame.ts", 'data-frame="F1"', 'data-frame="F2"');
  const page = await pageContaining(server, "/", 'data-frame="F2"');
  assert.ok(page.body.includes("VERSION-TWO"), "the earlier plugin edit is still in effect");
});

fresh("a second edit to the same file is picked up too", async ({ server }) => {
  replaceIn(server.dir, "plugins/shout/render.ts", "VERSION-TWO", "VERSION-THREE");
  await pageContaining(server, "/", "VERSION-THREE");
});
fresh.run();

const errors = suite<{ server: DevServer }>("npm start: content errors");
errors.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE);
});
errors.after(async (ctx) => {
  await ctx.server?.stop();
});

errors("a content error replaces the previewed page with an escaped error page", async ({ server }) => {
  await pageContaining(server, "/story/", "A story.");
  fs.writeFileSync(path.join(server.dir, "content/story.md"), BAD_STORY);
  const page = await pageContaining(server, "/story/", "nd-error-page");
  assert.is(page.status, 500);
  assert.match(page.body, '<code class="nd-where">content/story.md:7</code>: unknown directive <code>bogus</code> &lt;b&gt;; did you mean <code>pullquote</code>?');
  assert.match(page.body, "(this page)");
  assert.match(page.body, /<script type="module" integrity="sha512-[^"]+">/);
  assert.match(page.body, "class EleventyReload", "the live-reload client is in the page");
  const css = await get(server.origin, "/.newsdesk/error-page.css");
  assert.is(css.status, 200);
  assert.match(css.body, ".nd-error-page");
});

errors("other pages show the error page too, without claiming it is theirs", async ({ server }) => {
  const page = await get(server.origin, "/");
  assert.is(page.status, 500);
  assert.match(page.body, "content/story.md:7");
  assert.not.match(page.body, "(this page)");
});

errors("the error page goes away when the file is fixed", async ({ server }) => {
  fs.writeFileSync(path.join(server.dir, "content/story.md"), GOOD_STORY);
  const page = await pageContaining(server, "/story/", "A fixed story.");
  assert.is(page.status, 200);
  assert.not.match(page.body, "nd-error-page");
});
errors.run();

const startup = suite<{ server: DevServer }>("npm start: starting with a content error");
startup.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE, (dir) => fs.writeFileSync(path.join(dir, "content/story.md"), BAD_STORY));
});
startup.after(async (ctx) => {
  await ctx.server?.stop();
});

startup("the server starts and shows the error page", async ({ server }) => {
  const page = await pageContaining(server, "/story/", "nd-error-page");
  assert.is(page.status, 500);
  assert.match(server.output(), "content/story.md:7: unknown directive `bogus`");
  assert.not.match(server.output(), "    at ", "no stack trace in the terminal");
});

startup("and recovers when the file is fixed", async ({ server }) => {
  fs.writeFileSync(path.join(server.dir, "content/story.md"), GOOD_STORY);
  await pageContaining(server, "/story/", "A fixed story.");
});
startup.run();
