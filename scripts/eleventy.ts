// `npm start` (and `npm run build` when it cannot use the production bundle, scripts/build.mjs):
// Eleventy's CLI with our error reporting and dev server (src/cli/run-cli.ts), under tsx.
import { runCli } from "../src/cli/run-cli.ts";

await runCli(process.argv.slice(2));
