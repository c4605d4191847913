// Checks a parsed directive against its spec: label, unknown, missing and invalid attributes.
import type { SpacedValue } from "./attributes.ts";
import type { Directive, DirectiveSpec } from "./registry.ts";
import { writtenName } from "./registry.ts";
import { nearest } from "./suggest.ts";

function list(names: readonly string[]): string {
  return names.length ? names.map((n) => `\`${n}\``).join(", ") : "none";
}

/**
 * Every problem of `directive` as a message; the spec's own `check` runs last. Unknown and
 * invalid attributes are removed from `directive.attributes` once reported, so renderers only
 * ever see values that passed.
 */
export function validateDirective(spec: DirectiveSpec, directive: Directive): string[] {
  const written = `\`${writtenName(spec.kind, spec.name)}\``;
  const problems: string[] = [];
  const known = Object.keys(spec.attributes);
  // `{by=Jane Doe}`: one value with a space, not an attribute `Doe`. The value is kept whole.
  for (const run of (directive.spaced ?? []) as SpacedValue[]) {
    if (!(run.key in spec.attributes) || !run.words.every((w) => !(w in spec.attributes))) continue;
    const whole = [run.value, ...run.words].join(" ");
    problems.push(`${written}: \`${run.key}=${whole}\`: quote values with spaces: expected \`${run.key}="${whole}"\``);
    for (const word of run.words) delete directive.attributes[word];
    directive.attributes[run.key] = whole;
  }
  if (spec.label === "required" && directive.label === undefined) {
    problems.push(`${written}: missing label: expected \`${writtenName(spec.kind, spec.name)}[…]\``);
  }
  if (spec.label === "forbidden" && directive.label !== undefined) {
    problems.push(`${written}: found a label \`[${directive.label}]\`, expected none (use attributes: ${list(known)})`);
  }
  for (const [key, value] of Object.entries(directive.attributes)) {
    const attribute = spec.attributes[key];
    if (!attribute) {
      const guess = nearest(key, known);
      const hint = guess ? `; did you mean \`${guess}\`?` : "";
      problems.push(`${written}: unknown attribute \`${key}\`, expected one of ${list(known)}${hint}`);
      delete directive.attributes[key];
    } else if (attribute.validate && !attribute.validate(value)) {
      problems.push(`${written}: attribute \`${key}\` is \`${value}\`, expected ${attribute.expected ?? "a valid value"}`);
      delete directive.attributes[key];
    }
  }
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    if (attribute.required && !(key in directive.attributes)) {
      problems.push(`${written}: missing required attribute \`${key}\`: expected \`{${key}="…"}\``);
    }
  }
  return spec.check ? [...problems, ...spec.check(directive)] : problems;
}
