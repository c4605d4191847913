// What a Lighthouse result says is wrong: the audits that cost a category points, in words.

/** The part of Lighthouse's result (LHR) the script reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string } | undefined>;
  /** Set when the run itself failed (the page never painted, Chromium crashed): its scores are 0. */
  runtimeError?: { code: string; message: string };
}

/**
 * `performance: Largest Contentful Paint (2.9 s), score 0.82`: each audit of `categories` that
 * counts towards its score (weight above 0) and did not get full marks. Audits Lighthouse only
 * reports on (informative, manual, not applicable) never cost points and are left out.
 */
export function failingAudits(lhr: LighthouseResult, categories: readonly string[]): string[] {
  const lines: string[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) continue;
      if (!["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)) continue;
      lines.push(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}, score ${audit.score}`);
    }
  }
  return lines;
}
