// Fixture cases for directives and pull quotes: rendered HTML plus every problem with its line.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../../helpers/fixtures.ts";
import { fixtureRenderer } from "./fixture-renderer.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

runFixtures(path.join(dir, "pull-quote.txt"), fixtureRenderer());
runFixtures(path.join(dir, "directives-text.txt"), fixtureRenderer());
runFixtures(path.join(dir, "directives-errors.txt"), fixtureRenderer());
runFixtures(path.join(dir, "pull-quote-verify.txt"), fixtureRenderer({ verifyPullQuotes: "error" }));
runFixtures(path.join(dir, "pull-quote-attribution.txt"), fixtureRenderer({ verifyQuoteAttribution: "error" }));
