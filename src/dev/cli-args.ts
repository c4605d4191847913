// Parses Eleventy's command-line flags (the same ones `cmd.cjs` accepts) plus our `--verbose` and
// `--host`, so `npm run build -- --pathprefix=/x/` keeps working through our wrapper.
import { hostFlagProblem } from "./allowed-host.ts";

/** The flags Eleventy's CLI knows, as cmd.cjs spells them, and `verbose`. */
export interface CliArgs {
  input?: string;
  output?: string;
  formats?: string;
  config?: string;
  pathprefix?: string;
  port?: string;
  /** Ours: the address the dev server listens on (allowed-host.ts); loopback when absent. */
  host?: string;
  to: string;
  /** `""` for bare `--incremental`, a path for `--incremental=file.md`, absent otherwise. */
  incremental?: string;
  loader?: string;
  quiet?: boolean;
  version: boolean;
  watch: boolean;
  dryrun: boolean;
  help: boolean;
  serve: boolean;
  "ignore-initial": boolean;
  /** Ours: print stack traces for content errors too. */
  verbose: boolean;
}

const STRINGS = new Set(["input", "output", "formats", "config", "pathprefix", "port", "host", "to", "incremental", "loader"]);
const BOOLEANS = new Set(["quiet", "version", "watch", "dryrun", "help", "serve", "ignore-initial", "verbose"]);

/**
 * `--name=value`, `--name value` (strings), `--flag`, `--flag=false`. Unknown flags throw with
 * Eleventy's own wording; `--incremental` takes a value only after `=`, as in Eleventy. A `--host`
 * that cannot be listened on throws, naming what was found.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const out: Record<string, string | boolean | undefined> = {
    to: "fs",
    version: false,
    watch: false,
    dryrun: false,
    help: false,
    serve: false,
    "ignore-initial": false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new Error(`We don’t know what '${arg}' is. Use --help to see the list of supported commands.`);
    const [, name, inline] = match;
    if (STRINGS.has(name)) {
      if (inline !== undefined) out[name] = inline;
      else if (name === "incremental") out[name] = "";
      else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) out[name] = argv[++i];
      else out[name] = "";
    } else if (BOOLEANS.has(name)) {
      out[name] = inline === undefined ? true : !/^(false|0|no)$/i.test(inline);
    } else {
      throw new Error(`We don’t know what '--${name}' is. Use --help to see the list of supported commands.`);
    }
  }
  if (typeof out.host === "string") {
    const problem = hostFlagProblem(out.host);
    if (problem) throw new Error(problem);
  }
  return out as unknown as CliArgs;
}
