// The kinds of build the benchmark measures, apart from how it runs them (bench/measure-build.ts).

/**
 * Which build: `full`, the Newsdesk site as production builds it (bodies in a worker thread from
 * 300 articles); `full-1t`, the same build in one thread (`NEWSDESK_RENDER_WORKER=off`); `bare`,
 * bare Eleventy over the same Markdown (bench/bare/).
 */
export type BuildKind = "full" | "full-1t" | "bare";

/** Every kind, in the order each round runs them. */
export const BUILD_KINDS: readonly BuildKind[] = ["full", "full-1t", "bare"];
