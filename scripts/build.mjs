// `npm run build`: scripts/eleventy.ts with Eleventy's own modules loaded first, in plain Node,
// and tsx (what `node --import tsx` registers) only after them. While tsx's module hooks are
// registered every import takes a round trip to their thread; Eleventy's few hundred modules do
// not need them (~0.15 s of every build). Our TypeScript, imported after, goes through them.
// Plain JavaScript: this file is what runs before tsx can.
await import("@11ty/eleventy");
await import("tsx");
await import("./eleventy.ts");
