// Visual regression: each kind of page, 390 and 1280 px, light and dark, against the PNGs in test/visual/references/.
import * as fs from "node:fs";
import * as path from "node:path";
import sharp from "sharp";
import type { Page } from "playwright-core";
import { suite } from "uvu";
import { builtSite, repoRoot } from "../helpers/built-site.ts";
import { browserSuite } from "../browser/gate.ts";
import { visit, type Look } from "../browser/session.ts";
import { compareImages, type RawImage, type Tolerance } from "./compare-images.ts";
import { visualShots } from "./visual-pages.ts";

/** The committed references, one PNG per page kind and look. */
export const REFERENCE_DIR = path.join(repoRoot, "test/visual/references");
/** Where a failing comparison writes what it saw and the diff (under the git-ignored test/screenshots/). */
export const FAILURE_DIR = path.join(repoRoot, "test/screenshots/visual");

/** A phone (390 px, the common iPhone width) and a laptop, each light and dark. */
export const VISUAL_LOOKS: Look[] = [
  { scheme: "light", width: 1280 },
  { scheme: "dark", width: 1280 },
  { scheme: "light", width: 390 },
  { scheme: "dark", width: 390 },
];

/**
 * Generous per pixel (a font hinted a shade differently is the same page), strict on area: a
 * heading moved by a few pixels or a changed colour exceeds it; anti-aliased edges never count.
 */
export const TOLERANCE: Tolerance = { threshold: 0.15, maxDiffRatio: 0.002 };

/**
 * Whole pages, so a change anywhere on them is seen, down to this many CSS pixels: a guard, so a
 * page that grows without end (a loop in a layout) cannot make a reference of megabytes. The
 * longest sample page, the section front at 390 px, is under it.
 */
const MAX_HEIGHT = 6500;

/**
 * References are stored as palette PNGs (up to 256 colours, libimagequant quality 70, no
 * dithering), and screenshots are reduced the same way before they are compared: under half the
 * bytes of a full-colour PNG with photos and accents still true to tone (fewer colours shift
 * them, so a reference would show a reviewer colours the page does not have), and a deterministic step, so an unchanged page still matches exactly.
 */
const PALETTE = { palette: true, colours: 256, quality: 70, dither: 0, compressionLevel: 9, effort: 10 } as const;

const updating = /^(1|true)$/i.test(process.env.UPDATE ?? "");
const relative = (file: string) => path.relative(repoRoot, file);

/** Loads every image (lazy ones too, as a reader scrolling would) and the fonts, so a shot never catches a page half drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of Array.from(document.images)) img.loading = "eager";
    await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
}

/** The page's top {@link MAX_HEIGHT} pixels, as stored: palette PNG bytes and their pixels. */
async function shoot(page: Page, width: number): Promise<{ png: Buffer; raw: RawImage }> {
  const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  const screenshot = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
    animations: "disabled",
    caret: "hide",
    scale: "css",
    // The copyright year is the build's clock; a new year is not a design change. Hidden, not
    // masked: its line keeps its place and the shot shows no painted box.
    style: ".site-footer__copyright { visibility: hidden; }",
  });
  const png = await sharp(screenshot).png(PALETTE).toBuffer();
  return { png, raw: await decode(png) };
}

async function decode(png: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

async function encode(image: RawImage): Promise<Buffer> {
  return sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 9 }).toBuffer();
}

const Visual = suite("visual regression");
const { register, done } = browserSuite(Visual);

// Only this run's failures are left to look at.
fs.rmSync(FAILURE_DIR, { recursive: true, force: true });

try {
  const shots = visualShots(await builtSite());
  const expected = new Set<string>();
  for (const shot of shots) {
    for (const look of VISUAL_LOOKS) {
      const file = `${shot.name}-${look.width}-${look.scheme}.png`;
      expected.add(file);
      const reference = path.join(REFERENCE_DIR, file);
      register(`${relative(reference)}: ${shot.kind}, ${look.scheme}, ${look.width} px`, async () => {
        if ("missing" in shot) throw new Error(`${shot.kind}: ${shot.missing}`);
        const { page, problems } = await visit(look, shot.path, "/", shot.expectStatus);
        if (problems.length) throw new Error(`${shot.path} (${look.scheme}, ${look.width} px) loaded with problems:\n${problems.join("\n")}`);
        if (shot.name === "search") {
          // The results are the script's: wait until it has said how many it found.
          await page.waitForFunction(() => /\d/.test(document.getElementById("search-status")?.textContent ?? ""), undefined, { timeout: 10_000 });
        }
        await settle(page);
        const actual = await shoot(page, look.width);
        if (updating) {
          fs.mkdirSync(REFERENCE_DIR, { recursive: true });
          fs.writeFileSync(reference, actual.png);
          return;
        }
        if (!fs.existsSync(reference)) {
          throw new Error(`${relative(reference)}: no reference for ${shot.path}; expected one (make the references with \`npm run screenshots:update\`, then look at them before committing)`);
        }
        const result = compareImages(await decode(fs.readFileSync(reference)), actual.raw, TOLERANCE);
        if (result.matches) return;
        fs.mkdirSync(FAILURE_DIR, { recursive: true });
        const stem = path.join(FAILURE_DIR, file.replace(/\.png$/, ""));
        fs.writeFileSync(`${stem}.actual.png`, actual.png);
        fs.writeFileSync(`${stem}.diff.png`, await encode(result.diff));
        throw new Error(
          `${shot.path} (${look.scheme}, ${look.width} px) no longer looks like ${relative(reference)}: ${result.reason}.\n` +
            `  What it looks like now: ${relative(`${stem}.actual.png`)}\n  Differences in red: ${relative(`${stem}.diff.png`)}\n` +
            "  If the change is meant, make new references with `npm run screenshots:update` and commit them with it.",
        );
      });
    }
  }
  register(`${relative(REFERENCE_DIR)} holds a reference for each shot and nothing else`, () => {
    const present = fs.existsSync(REFERENCE_DIR) ? fs.readdirSync(REFERENCE_DIR) : [];
    const stale = present.filter((f) => !expected.has(f));
    if (updating) {
      for (const f of stale) fs.rmSync(path.join(REFERENCE_DIR, f));
      return;
    }
    if (stale.length) throw new Error(`${relative(REFERENCE_DIR)}: found ${stale.join(", ")}, which no shot takes; expected only ${[...expected].join(", ")} (\`npm run screenshots:update\` removes them)`);
  });
} catch (error) {
  register("the sample site builds", () => {
    throw error;
  });
}

done();
Visual.run();
