// Writes the sample images (content/images/*.jpg) and the logo (content/assets/logo.png) from our SVGs.
// Run with `npx tsx src/images/make-sample-images.ts`; the outputs are committed.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { courtColumns, fallingBars, logo, networkMap, portScanner } from "./sample-art.ts";

const root = process.cwd();
const art: Record<string, () => string> = {
  "network-map.jpg": networkMap,
  "falling-bars.jpg": fallingBars,
  "port-scanner.jpg": portScanner,
  "court-columns.jpg": courtColumns,
};

fs.mkdirSync(path.join(root, "content/images"), { recursive: true });
fs.mkdirSync(path.join(root, "content/assets"), { recursive: true });
for (const [name, draw] of Object.entries(art)) {
  await sharp(Buffer.from(draw())).jpeg({ quality: 82, mozjpeg: true }).toFile(path.join(root, "content/images", name));
}
await sharp(Buffer.from(logo())).png().toFile(path.join(root, "content/assets/logo.png"));
console.log("wrote content/images/*.jpg and content/assets/logo.png");
