// Eleventy's CLI (cmd.cjs) through its programmatic API, with content errors printed for people,
// and in serve/watch mode fresh code on every edit plus an error page in the browser. Takes every
// flag Eleventy's CLI takes, plus `--verbose`. Run by scripts/eleventy.ts (`npm run build` and `npm start`).
import { parseCliArgs } from "../dev/cli-args.ts";
import { registerFreshModules } from "../dev/register.ts";
import { installErrorReporter, wantsStackTraces, type ErrorHandlerLike } from "../dev/error-reporter.ts";
import { devState } from "../dev/dev-state.ts";
import { freshOutput, type FreshOutput } from "../build/fresh-output.ts";
import type { Problem } from "../../plugins/newsdesk/index.ts";

/** The parts of an Eleventy instance the CLI drives (Eleventy ships no types for them). */
interface EleventyCli {
  errorHandler: ErrorHandlerLike & { fatal(error: unknown, message?: string): void };
  eleventyServe: { reload(event: Record<string, unknown>): Promise<void> };
  setFormats(formats?: string): void;
  init(): Promise<void>;
  setIsVerbose(value: boolean): void;
  setIgnoreInitial(value: boolean): void;
  setIncrementalFile(file: string): void;
  setIncrementalBuild(value: boolean): void;
  watch(): Promise<void>;
  serve(port?: string): Promise<void>;
  stopWatch(): Promise<void>;
  write(): Promise<unknown>;
  toJSON(): Promise<unknown>;
  toNDJSON(): Promise<NodeJS.ReadableStream>;
}

/** Runs Eleventy with `args` (the command line's arguments, without `node` and the script). */
export async function runCli(args: string[]): Promise<void> {
  let argv: ReturnType<typeof parseCliArgs>;
  try {
    argv = parseCliArgs(args);
  } catch (error) {
    // A mistyped flag is the user's mistake: say which, with no stack trace.
    console.error(`[newsdesk] ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const live = argv.serve || argv.watch;
  const verbose = wantsStackTraces(argv.verbose);
  const configPath = argv.config ?? "eleventy.config.ts";

  // Before Eleventy imports the config: every later import of our modules goes through the hook.
  if (live) registerFreshModules(process.cwd());

  const eleventyModule = await import("@11ty/eleventy");
  const { Eleventy } = eleventyModule as unknown as {
    Eleventy: { new (input?: string, output?: string, options?: Record<string, unknown>): EleventyCli; getVersion(): string; getHelp(): string };
  };
  const importFile = (eleventyModule as unknown as { ImportFile: Parameters<typeof import("../dev/dev-config.ts").devConfig>[1] }).ImportFile;

  if (argv.version) {
    console.log(Eleventy.getVersion());
  } else if (argv.help) {
    console.log(Eleventy.getHelp());
  } else {
    const devConfig = live ? (await import("../dev/dev-config.ts")).devConfig(configPath, importFile, { host: argv.host }) : undefined;
    // A production build writes a new folder, swapped in only when the build succeeds: nothing
    // of an earlier build, a preview or another branch survives in what is deployed.
    let fresh: FreshOutput | undefined;
    try {
      fresh = !live && argv.to === "fs" && !argv.dryrun ? freshOutput(argv.output ?? "_site", argv.input ?? "content") : undefined;
    } catch (error) {
      console.error(`[newsdesk] ${(error as Error).message}`);
      process.exitCode = 1;
      return;
    }
    const elev = new Eleventy(argv.input, fresh?.staging ?? argv.output, {
      source: "cli",
      quietMode: argv.quiet,
      configPath,
      pathPrefix: argv.pathprefix,
      runMode: argv.serve ? "serve" : argv.watch ? "watch" : "build",
      dryRun: argv.dryrun,
      loader: argv.loader,
      config: devConfig,
    });

    let reloadForError: (() => void) | undefined;
    installErrorReporter(elev.errorHandler, {
      verbose,
      onError(problems: Problem[] | undefined, error: unknown) {
        if (!live) return;
        // Anything but a content error is shown as one problem: the page must not look fine.
        devState().problems = problems ?? [{ file: "build", message: firstLine(error) }];
        reloadForError?.();
      },
    });
    process.on("unhandledRejection", (error) => elev.errorHandler.fatal(error, "Unhandled rejection in promise"));
    process.on("uncaughtException", (error) => {
      // A closed pipe (`npm run build | head`): printing the error would raise it again, forever.
      if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(process.exitCode ?? 0);
      elev.errorHandler.fatal(error, "Uncaught exception");
    });

    try {
      elev.setFormats(argv.formats);
      await elev.init();
      if (argv.to === "json" || argv.to === "ndjson") elev.setIsVerbose(false);
      elev.setIgnoreInitial(argv["ignore-initial"]);
      if (argv.incremental) elev.setIncrementalFile(argv.incremental);
      else if (argv.incremental !== undefined) elev.setIncrementalBuild(true);

      if (live) {
        if (argv.to === "json" || argv.to === "ndjson") {
          throw new Error("--to=json and --to=ndjson are not compatible with --serve or --watch.");
        }
        await startLive(elev);
        // A failed build leaves the old files in place: reload open pages so they show the error page.
        reloadForError = () => void elev.eleventyServe.reload({ files: [], build: {} }).catch(() => undefined);
      } else if (argv.to === "fs") {
        await elev.write();
        fresh?.commit();
      } else if (argv.to === "json") {
        console.log(JSON.stringify(await elev.toJSON(), null, 2));
      } else if (argv.to === "ndjson") {
        (await elev.toNDJSON()).pipe(process.stdout);
      } else {
        throw new Error(`Invalid --to value: ${argv.to}. Supported values: \`fs\` (default), \`json\`, and \`ndjson\`.`);
      }
    } catch (error) {
      fresh?.discard();
      // Already printed by the reporter when it came from the build; `once` skips it then.
      (elev.errorHandler as unknown as { once(type: string, e: unknown, m: string): void }).once("fatal", error, "Eleventy Fatal Error (CLI)");
      process.exitCode = 1;
    }

    /**
     * Eleventy's watch() builds first and throws if that build fails, before it watches anything.
     * A mistake in an article must not stop `npm start`: the failed first build is already on the
     * error page (devState), so let watch() go on and pick up the fix.
     */
    async function startLive(elev: EleventyCli): Promise<void> {
      const write = elev.write.bind(elev);
      elev.write = async () => {
        elev.write = write; // only the first build is forgiven; later ones fail inside Eleventy's loop
        try {
          return await write();
        } catch (error) {
          if (!devState().problems) throw error;
          return [[], []];
        }
      };
      await elev.watch();
      if (argv.serve) await elev.serve(argv.port);
      process.on("SIGINT", async () => {
        await elev.stopWatch();
        process.exit(0);
      });
    }
}
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? "build failed";
}
