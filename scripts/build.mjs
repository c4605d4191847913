// `npm run build` and `npm start`: Eleventy's modules loaded first, then tsx, then our CLI
// (src/cli/run-cli.ts). Every import made under tsx's module hooks is a round trip to their
// thread; Eleventy's own modules are JavaScript and need none of it (docs/performance.md).
// Plain JavaScript: this file is what runs before anything can run TypeScript.
const live = process.argv.slice(2).some((arg) => /^--(serve|watch)(=|$)/.test(arg));

// Eleventy registers an ESM resolve hook (another thread on Node 20) that only busts its import
// cache for files changed while it watches. A one-off build changes none: Eleventy's own switch
// (ELEVENTY_SKIP_ESM_RESOLVER, 11ty/eleventy#3371) turns it off.
if (!live) process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
await import("@11ty/eleventy");
await import("tsx");
await import("./eleventy.ts");
