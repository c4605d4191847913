// The publishing fixture site: a hostile headline, a draft, a scheduled article and news-window
// edges, built once per test process with a fixed build time. Shared by the publishing suites.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSite, type SiteBuild } from "../helpers/build-site.ts";

/** The title every output must carry inert and intact. */
export const HOSTILE = `</script><script>alert(1)</script> & "quotes" ]]>`;
/** "Now" for the news sitemap (NEWSDESK_BUILD_TIME). */
export const BUILD_TIME = "2026-01-10T12:00:00Z";

const article = (front: string, body = "Body text.\n") => `---\n${front.trim()}\n---\n\n${body}`;

/** Fixture articles by path under `content/`. Dates are New York wall-clock times. */
export const FILES: Record<string, string> = {
  // 11:00Z on Jan 10: inside the two-day window.
  "news/hostile.md": article(
    `
title: ${JSON.stringify(HOSTILE)}
date: "2026-01-10 06:00"
updated: "2026-01-10 08:30"
dek: ${JSON.stringify(`Dek: ${HOSTILE}`)}
authors:
  - name: ${JSON.stringify(`Ana ${HOSTILE}`)}
    role: Reporter
    url: "https://people.example/ana"
topics:
  - Public safety
  - Courts
image:
  src: network-map.jpg
  alt: ${JSON.stringify(`Map ${HOSTILE}`)}
  credit: "Illustration: The Newsdesk"
`,
    `First paragraph of the hostile story.

## Why it matters

:::pullquote{by="Carla Mendes"}
A knock on the door can save a life.
:::

Carla Mendes said: A knock on the door can save a life.

::stat{value=288 label="people arrested"}

## Why it matters

![Bars falling from left to right](/images/falling-bars.jpg)

### What's next

Closing paragraph.
`,
  ),
  // 13:00Z on Jan 8: 47 hours before the build, inside the window.
  "news/edge-inside.md": article(`
title: "Inside the window by an hour"
date: "2026-01-08 08:00"
topics: [Courts]
`),
  // 11:00Z on Jan 8: 49 hours before the build, outside the window.
  "news/edge-outside.md": article(`
title: "Outside the window by an hour"
date: "2026-01-08 06:00"
topics: [Courts]
`),
  "news/old.md": article(`
title: "An older story"
date: 2025-12-01
`),
  "news/a-draft.md": article(`
title: "A draft nobody should see"
date: "2026-01-09 10:00"
draft: true
`),
  "news/scheduled.md": article(`
title: "A story scheduled for later"
date: "2099-01-01 09:00"
`),
};

let build: Promise<SiteBuild> | undefined;

/** The fixture build (production mode), made once per process. */
export function fixtureSite(): Promise<SiteBuild> {
  build ??= (async () => {
    const saved = process.env.NEWSDESK_BUILD_TIME;
    process.env.NEWSDESK_BUILD_TIME = BUILD_TIME;
    try {
      return await buildSite({ files: FILES });
    } finally {
      if (saved === undefined) delete process.env.NEWSDESK_BUILD_TIME;
      else process.env.NEWSDESK_BUILD_TIME = saved;
    }
  })();
  return build;
}

/** A built file's text, by site path (`/feed.xml`, `/news/…/` → its index.html). */
export function readOutput(site: SiteBuild, sitePath: string): string {
  const file = sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
  return fs.readFileSync(path.join(site.outputDir, file), "utf8");
}

/** The URL of the fixture article built from `content/<file>`, or undefined when it was not built. */
export function urlOf(site: SiteBuild, file: string): string | undefined {
  return site.results.find((r) => r.inputPath.replace(/\\/g, "/").endsWith(`content/${file}`))?.url;
}
