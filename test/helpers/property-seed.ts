// Property tests (fast-check) run on one fixed seed, so that a CI run is repeatable and a red run is
// about the change, not the draw. `PROPERTY_SEED=<n>` replays a seed; `PROPERTY_SEED=random` draws a
// new one each run to explore (fast-check prints the seed and the shrunk counterexample on failure).
// Every property test file imports this before its first property.
import fc from "fast-check";

const DEFAULT_SEED = 20261128;

/** The seed of this run: `PROPERTY_SEED` (a number or `random`), else {@link DEFAULT_SEED}. */
export function propertySeed(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_SEED;
  if (value === "random") return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`PROPERTY_SEED: found ${JSON.stringify(value)}, expected an integer or "random"`);
  return seed;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed(process.env.PROPERTY_SEED) });
