import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import { headersFor, parseHeaderRules, ruleHeader } from "./site-headers.ts";

const Headers = suite("site headers: what the test server sends from _headers");

const RULES = parseHeaderRules(`# comment
/*
  Content-Security-Policy: default-src 'none'
  X-Content-Type-Options: nosniff

/img/*
  Cache-Control: public, max-age=31536000, immutable
/admin/*
  Content-Security-Policy: script-src 'self' 'unsafe-eval'
`);

Headers("every page gets the /* rule", () => {
  assert.equal(headersFor(RULES, "/news/a-story/"), { "content-security-policy": "default-src 'none'", "x-content-type-options": "nosniff" });
});

Headers("rules add up in file order; a header two rules set is joined, as Cloudflare Pages does", () => {
  assert.is(headersFor(RULES, "/img/a.webp")["cache-control"], "public, max-age=31536000, immutable");
  assert.is(headersFor(RULES, "/admin/")["content-security-policy"], "default-src 'none', script-src 'self' 'unsafe-eval'");
});

Headers("a dot in a pattern is a dot, not any character", () => {
  const rules = parseHeaderRules("/feed.xml\n  Content-Type: application/atom+xml\n");
  assert.is(headersFor(rules, "/feed.xml")["content-type"], "application/atom+xml");
  assert.equal(headersFor(rules, "/feedxxml"), {});
});

Headers("a header line outside any rule is an error with its line", () => {
  assert.throws(() => parseHeaderRules("  X-Frame-Options: DENY\n"), /_headers:1:/);
});

Headers("ruleHeader reads one rule's header, by the rule's exact pattern, and says when there is none", () => {
  assert.is(ruleHeader(RULES, "/admin/*", "Content-Security-Policy"), "script-src 'self' 'unsafe-eval'");
  assert.throws(() => ruleHeader(RULES, "/img/*", "Content-Security-Policy"), /_headers sets no Content-Security-Policy for \/img\/\*/);
});

Headers("Netlify's reading: a later rule's value replaces an earlier one's", () => {
  assert.is(headersFor(RULES, "/admin/", "netlify")["content-security-policy"], "script-src 'self' 'unsafe-eval'");
});

Headers("the sample site's own _headers gives every page its CSP", () => {
  const rules = parseHeaderRules(fs.readFileSync("content/_headers", "utf8"));
  assert.match(headersFor(rules, "/search/")["content-security-policy"] ?? "", /default-src 'none'/);
});

Headers.run();
