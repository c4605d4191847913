// Eleventy's CLI with our error reporting and dev server (src/cli/run-cli.ts), under tsx: what
// `npm run build` (through scripts/build.mjs) and `npm start` run.
import { runCli } from "../src/cli/run-cli.ts";

await runCli(process.argv.slice(2));
