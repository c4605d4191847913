// Writes the sample images (content/images/*.jpg), the staff portraits and the logo (content/assets/logo.png) from our SVGs.
// Run with `npx tsx src/images/make-sample-images.ts`; the outputs are committed.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { courtColumns, fallingBars, logo, networkMap, portScanner, portrait, type PortraitLook } from "./sample-art.ts";

const root = process.cwd();
const art: Record<string, () => string> = {
  "network-map.jpg": networkMap,
  "falling-bars.jpg": fallingBars,
  "port-scanner.jpg": portScanner,
  "court-columns.jpg": courtColumns,
};

// The sample staff's portraits (content/authors.json `photo`): drawings, as the people are invented.
const portraits: Record<string, PortraitLook> = {
  "daniel-reyes.jpg": { background: "#c9dbe8", skin: "#c68b62", hair: "#2a211c", clothes: "#3d5a73", hairstyle: "short" },
  "maya-okafor.jpg": { background: "#f0dcc4", skin: "#7b4f36", hair: "#1d1712", clothes: "#8e3b46", hairstyle: "long" },
  "priya-raman.jpg": { background: "#d6e5d3", skin: "#a8704f", hair: "#231a17", clothes: "#4a4e69", hairstyle: "long" },
};

fs.mkdirSync(path.join(root, "content/images/authors"), { recursive: true });
for (const [name, look] of Object.entries(portraits)) {
  await sharp(Buffer.from(portrait(look))).jpeg({ quality: 82, mozjpeg: true }).toFile(path.join(root, "content/images/authors", name));
}
fs.mkdirSync(path.join(root, "content/images"), { recursive: true });
fs.mkdirSync(path.join(root, "content/assets"), { recursive: true });
for (const [name, draw] of Object.entries(art)) {
  await sharp(Buffer.from(draw())).jpeg({ quality: 82, mozjpeg: true }).toFile(path.join(root, "content/images", name));
}
await sharp(Buffer.from(logo())).png().toFile(path.join(root, "content/assets/logo.png"));
console.log("wrote content/images/*.jpg, content/images/authors/*.jpg and content/assets/logo.png");
