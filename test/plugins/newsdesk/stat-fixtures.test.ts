// Fixture cases for stat callouts: rendered HTML plus every problem with its line, in four locales.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../../helpers/fixtures.ts";
import { fixtureRenderer } from "./fixture-renderer.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

// Rendering and syntax cases: their callouts are not written into a story (stat-verify*.txt checks that).
const render = { verifyStats: "off" } as const;
runFixtures(path.join(dir, "stat.txt"), fixtureRenderer(render));
runFixtures(path.join(dir, "stat-errors.txt"), fixtureRenderer(render));
runFixtures(path.join(dir, "stat-locales.txt"), fixtureRenderer({ ...render, locale: "de-DE" }));
runFixtures(path.join(dir, "stat-locales-fr.txt"), fixtureRenderer({ ...render, locale: "fr-FR" }));
runFixtures(path.join(dir, "stat-options.txt"), fixtureRenderer({
  ...render, statClass: "nd-stat", statsClass: "nd-stats", statSourceLabel: "Quelle:",
}));
