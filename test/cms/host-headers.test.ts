// What Netlify and Cloudflare Pages send for /admin/ and for the site's pages from content/_headers.
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { repoRoot } from "../helpers/built-site.ts";
import { headersFor, parseHeaderRules, ruleHeader } from "../helpers/site-headers.ts";

const rules = parseHeaderRules(fs.readFileSync(path.join(repoRoot, "content/_headers"), "utf8"));
const policies = (value: string | undefined) => (value ?? "").split(", ").filter(Boolean);
const sitePolicy = ruleHeader(rules, "/*", "Content-Security-Policy");
const adminPolicy = ruleHeader(rules, "/admin/*", "Content-Security-Policy");

test("the admin policy allows what Decap needs and nothing the site's pages get", () => {
  assert.match(adminPolicy, /script-src 'self' 'unsafe-eval'(;|$)/);
  assert.match(adminPolicy, /style-src 'self' 'unsafe-inline'(;|$)/);
  assert.match(adminPolicy, /default-src 'none'/);
  assert.match(adminPolicy, /frame-ancestors 'none'/);
  assert.not.match(sitePolicy, /'unsafe-eval'|'unsafe-inline'/);
});

test("Netlify: /admin/ gets the admin policy alone, a page the site's", () => {
  assert.equal(policies(headersFor(rules, "/admin/", "netlify")["content-security-policy"]), [adminPolicy]);
  assert.is(headersFor(rules, "/admin/", "netlify")["x-robots-tag"], "noindex");
  assert.equal(policies(headersFor(rules, "/news/", "netlify")["content-security-policy"]), [sitePolicy]);
  assert.is(headersFor(rules, "/news/", "netlify")["x-robots-tag"], undefined);
});

test("Cloudflare Pages: /admin/ gets both policies, joined, so the site's (no eval) is enforced there too", () => {
  assert.equal(policies(headersFor(rules, "/admin/", "cloudflare")["content-security-policy"]), [sitePolicy, adminPolicy]);
  assert.equal(policies(headersFor(rules, "/news/", "cloudflare")["content-security-policy"]), [sitePolicy]);
});

test.run();
