// Fixture cases for verifyStats: each callout's figure looked for in the story, in four locales.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../../helpers/fixtures.ts";
import { fixtureRenderer } from "./fixture-renderer.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

runFixtures(path.join(dir, "stat-verify.txt"), fixtureRenderer({ verifyStats: "error" }));
runFixtures(path.join(dir, "stat-verify-en-gb.txt"), fixtureRenderer({ verifyStats: "error", locale: "en-GB" }));
runFixtures(path.join(dir, "stat-verify-de.txt"), fixtureRenderer({ verifyStats: "error", locale: "de-DE" }));
runFixtures(path.join(dir, "stat-verify-fr.txt"), fixtureRenderer({ verifyStats: "error", locale: "fr-FR" }));
