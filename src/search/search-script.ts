// The search page's script: src/search/client/ compiled by esbuild into one small browser module.
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./client/search-client.ts", import.meta.url));

/**
 * The script's JavaScript. It is made for each indexed build (a few milliseconds), so it is
 * always the code beside this file; esbuild is loaded only here, when a build indexes.
 */
export async function searchScript(): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
