// Parses an article's YAML front matter; a syntax error comes back with the file line it is on.
import * as yaml from "js-yaml";

/** The parsed YAML, or the 1-based file line and js-yaml's reason for a syntax error. */
export type ParsedYaml = { ok: true; data: unknown } | { ok: false; line: number; reason: string };

/**
 * `text` is the YAML between the `---` lines; its first line is file line `firstLine`.
 * CORE_SCHEMA: no timestamp type, so dates stay strings until they are read in the site's zone.
 */
export function parseYaml(text: string, firstLine: number): ParsedYaml {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {} };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { ok: false, line: yamlErrorLine(text, error) + firstLine, reason: error.reason };
  }
}

/**
 * The 0-based line of the YAML error. js-yaml 4 puts "unexpected end of the stream" errors after
 * the last line; the author's mistake (an unclosed `[` or quote) is on the last line with text.
 */
function yamlErrorLine(text: string, error: yaml.YAMLException): number {
  if (error.mark && error.mark.position >= text.trimEnd().length) {
    return text.trimEnd().split("\n").length - 1;
  }
  return error.mark?.line ?? 0;
}
