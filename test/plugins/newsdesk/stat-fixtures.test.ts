// Fixture cases for stat callouts: rendered HTML plus every problem with its line, in four locales.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../../helpers/fixtures.ts";
import { fixtureRenderer } from "./fixture-renderer.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

runFixtures(path.join(dir, "stat.txt"), fixtureRenderer());
runFixtures(path.join(dir, "stat-errors.txt"), fixtureRenderer());
runFixtures(path.join(dir, "stat-locales.txt"), fixtureRenderer({ locale: "de-DE" }));
runFixtures(path.join(dir, "stat-locales-fr.txt"), fixtureRenderer({ locale: "fr-FR" }));
runFixtures(path.join(dir, "stat-options.txt"), fixtureRenderer({
  statClass: "nd-stat", statsClass: "nd-stats", statSourceLabel: "Quelle:",
}));
