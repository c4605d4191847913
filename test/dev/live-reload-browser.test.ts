// `npm start` in Chromium: the live-reload client gets through the server's guard (its requests,
// its WebSocket's Host and Origin), so a saved file shows in the open page without a manual reload.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDevServer, type DevServer } from "./dev-server.ts";
import { launchChromium, type RunningBrowser } from "../helpers/browser.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/live-site/", import.meta.url));

const browser = suite<{ server: DevServer; chromium: RunningBrowser }>("npm start in a browser");
browser.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE);
  ctx.chromium = await launchChromium();
});
browser.after(async (ctx) => {
  await ctx.chromium?.close();
  await ctx.server?.stop();
});

browser("a saved file reaches the open page through the reload socket", async ({ server, chromium }) => {
  const page = await chromium.context.newPage();
  const refused: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 400) refused.push(response.url());
  });
  const socket = page.waitForEvent("websocket", { timeout: 20_000 });
  await page.goto(`${server.origin}/story/`);
  const ws = await socket;
  assert.match(ws.url(), `ws://127.0.0.1:${server.port}`);
  assert.not.ok(ws.isClosed(), "the reload socket stays open");
  const file = path.join(server.dir, "content/story.md");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n*$/, "\n\nSaved while the page was open.\n"));
  await page.waitForFunction(() => document.body.textContent?.includes("Saved while the page was open."), undefined, { timeout: 30_000 });
  assert.equal(refused, [], "no request of the page was refused");
  await page.close();
});
browser.run();
