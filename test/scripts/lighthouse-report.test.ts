// failingAudits (scripts/lighthouse-report.ts): the audits that cost a Lighthouse category points, and only those.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { failingAudits, type LighthouseResult } from "../../scripts/lighthouse-report.ts";

// A result shaped as Lighthouse 12 writes it, cut down to the fields read.
const LHR: LighthouseResult = {
  categories: {
    performance: { score: 0.95, auditRefs: [{ id: "total-blocking-time", weight: 30 }, { id: "first-contentful-paint", weight: 10 }, { id: "diagnostics", weight: 0 }] },
    accessibility: { score: 0.9, auditRefs: [{ id: "color-contrast", weight: 7 }, { id: "image-alt", weight: 10 }, { id: "manual-check", weight: 0 }] },
    seo: { score: 1, auditRefs: [{ id: "document-title", weight: 1 }, { id: "hreflang", weight: 1 }] },
  },
  audits: {
    "total-blocking-time": { title: "Total Blocking Time", score: 0.58, scoreDisplayMode: "numeric", displayValue: "500 ms" },
    "first-contentful-paint": { title: "First Contentful Paint", score: 1, scoreDisplayMode: "numeric", displayValue: "0.9 s" },
    diagnostics: { title: "Diagnostics", score: 0, scoreDisplayMode: "binary" },
    "color-contrast": { title: "Background and foreground colors do not have a sufficient contrast ratio.", score: 0, scoreDisplayMode: "binary" },
    "image-alt": { title: "Image elements have [alt] attributes", score: 1, scoreDisplayMode: "binary" },
    "manual-check": { title: "Manual", score: null, scoreDisplayMode: "manual" },
    "document-title": { title: "Document has a `<title>` element", score: 1, scoreDisplayMode: "binary" },
    hreflang: { title: "Document has a valid `hreflang`", score: null, scoreDisplayMode: "notApplicable" },
  },
};

const Failing = suite("failingAudits");

Failing("lists each weighted audit below full marks, with its value, category by category", () => {
  assert.equal(failingAudits(LHR, ["performance", "accessibility", "seo"]), [
    "performance: Total Blocking Time (500 ms), score 0.58",
    "accessibility: Background and foreground colors do not have a sufficient contrast ratio., score 0",
  ]);
});

Failing("only the categories asked for; a category missing from the result adds nothing", () => {
  assert.equal(failingAudits(LHR, ["seo", "best-practices"]), []);
  assert.equal(failingAudits(LHR, ["accessibility"]).length, 1);
});

Failing("an informative audit scored below 1 does not count", () => {
  const informative: LighthouseResult = {
    categories: { performance: { score: 1, auditRefs: [{ id: "x", weight: 5 }] } },
    audits: { x: { title: "X", score: 0.5, scoreDisplayMode: "informative" } },
  };
  assert.equal(failingAudits(informative, ["performance"]), []);
});

Failing.run();
