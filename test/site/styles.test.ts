// The design tokens in base.css: all defined in both schemes, and every text colour readable (WCAG AA).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";

const css = fs.readFileSync("src/styles/base.css", "utf8");
const TOKENS = ["text", "muted", "bg", "surface", "accent", "rule", "font-serif", "font-sans", "measure", "space"];

/** `--nd-*` declarations of the first `:root {…}` after `from` in base.css. */
function tokens(from: number): Record<string, string> {
  const start = css.indexOf(":root {", from);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/--nd-([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

const light = tokens(0);
const dark = { ...light, ...tokens(css.indexOf("@media (prefers-color-scheme: dark)")) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const Tokens = suite("design tokens");

Tokens("defines every contract token on :root", () => {
  for (const name of TOKENS) assert.ok(light[name], `--nd-${name} missing`);
});

Tokens("gives every colour a dark value", () => {
  const darkOnly = tokens(css.indexOf("@media (prefers-color-scheme: dark)"));
  for (const name of ["text", "muted", "bg", "surface", "accent", "rule"]) assert.ok(darkOnly[name], `dark --nd-${name} missing`);
});

for (const [scheme, t] of [["light", light], ["dark", dark]] as const) {
  Tokens(`text colours reach 4.5:1 on both backgrounds (${scheme})`, () => {
    for (const fg of ["text", "muted", "accent"]) {
      for (const bg of ["bg", "surface"]) {
        const ratio = contrast(t[fg], t[bg]);
        assert.ok(ratio >= 4.5, `${scheme}: --nd-${fg} ${t[fg]} on --nd-${bg} ${t[bg]} is ${ratio.toFixed(2)}:1`);
      }
    }
  });
}

Tokens("has visible focus, a skip link shown on focus, and print rules", () => {
  assert.match(css, /:focus-visible\s*{\s*outline: 3px solid var\(--nd-accent\)/);
  assert.match(css, /\.skip-link:focus\s*{\s*top:/);
  assert.match(css, /@media print[\s\S]*\.site-nav,[\s\S]*display: none[\s\S]*a\[href\]::after\s*{\s*content: " \(" attr\(href\) "\)"/);
});

Tokens.run();
