// `npm run new -- --page <kind>`: the starter text of each page a newsroom is asked for (about,
// masthead, corrections policy, ethics, contact, accessibility), with `TODO:` lines for what only
// the newsroom knows. A production build refuses a page that still has one (src/markdown/page-placeholders.ts).

/** The kinds of site page, in the order `--pages` writes them. */
export const PAGE_KINDS = ["about", "masthead", "corrections", "ethics", "contact", "accessibility"] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** One kind of page: where it is written, its front matter and its starter text. */
export interface SitePageTemplate {
  /** File under the content folder: `about.md`. */
  file: string;
  permalink: string;
  /** A layout in layouts/: the corrections and masthead pages list things under their text. */
  layout: string;
  /** What the page is for, in a few words (the command's list of kinds, AUTHORING.md). */
  purpose: string;
  title: (name: string) => string;
  description: (name: string) => string;
  body: (name: string) => string;
}

const about: SitePageTemplate = {
  file: "about.md",
  permalink: "/about/",
  layout: "page.11ty.ts",
  purpose: "who you are, what you cover, who owns and funds you",
  title: (name) => `About ${name}`,
  description: (name) => `Who runs ${name}, what it covers and how it reports.`,
  body: (name) => `TODO: two or three sentences on who you are: the newsroom, the place it serves and since when.

## What we cover

TODO: the beats and places you report on, and what you leave to others.

## Who owns and funds us

TODO: who owns ${name}, and where its money comes from (subscriptions, donations, advertising, grants), naming any funder that pays for a large share of it.

## How we work

The people who report and edit ${name} are listed on our [masthead](/masthead/). Every story is held to our [standards](/standards/); when we get something wrong, we say so on our [corrections page](/corrections/). To reach us, see [Contact](/contact/).
`,
};

const masthead: SitePageTemplate = {
  file: "masthead.md",
  permalink: "/masthead/",
  layout: "masthead.11ty.ts",
  purpose: "who runs the newsroom; the staff list under it comes from content/authors.json",
  title: () => "Masthead",
  description: (name) => `Who runs ${name}: its owner, its editors and its staff.`,
  body: (name) => `These are the people responsible for what ${name} publishes.

## Editors

TODO: the editor in charge, by name, and what they decide (e.g. "Editor: Jane Doe, who has the last word on every story").

TODO: any other editors by name and desk, or remove this line.

## Owner

TODO: who owns ${name} (a person, a company or a non-profit) and, for a company or non-profit, who sits on its board.

TODO: the staff list below is made from the profiles in content/authors.json, each name linking to that person's page; remove this line once you have checked it.
`,
};

const corrections: SitePageTemplate = {
  file: "corrections.md",
  permalink: "/corrections/",
  layout: "corrections.11ty.ts",
  purpose: "your corrections policy; every correction on the site is listed under it",
  title: () => "Corrections",
  description: (name) => `How ${name} corrects its mistakes, and every correction it has made.`,
  body: (name) => `${name} corrects its mistakes openly. A corrected story keeps the date it was first published and carries a note saying what was wrong, what we changed and when. Every such note is listed below, newest first.

## Asking for a correction

Write to us (see [Contact](/contact/)) with the story's headline and what you believe is wrong.

TODO: who reads each request (e.g. an editor who did not work on the story) and how soon they answer (e.g. within two working days).

## What we do not change

TODO: when, if ever, you take down or rewrite a published story (e.g. only for a legal reason or someone's safety), and how you tell readers you did.
`,
};

const ethics: SitePageTemplate = {
  file: "standards.md",
  permalink: "/standards/",
  layout: "page.11ty.ts",
  purpose: "your standards and ethics policy (also your publishing principles), at /standards/",
  title: () => "Standards and ethics",
  description: (name) => `The rules ${name} reports, edits and corrects by.`,
  body: (name) => `Every story ${name} publishes is reported and edited by these rules. If one falls short of them, tell us (see [Contact](/contact/)).

## Accuracy

Every figure names where it comes from, and an editor checks it against that source before the story is published. A quote is what the person said, in their words.

TODO: how many people read a story before it is published, and who has the last word.

## Independence

We take no payment, gift or trip from anyone we report on, and a reporter does not cover people or organisations they have a stake in. Sponsored content is labelled as sponsored wherever it appears.

TODO: your rules on political activity and outside work, and whom a reporter tells about a conflict of interest.

## Sources

We name our sources. When we agree not to, an editor knows who the source is and the story says why they are not named.

TODO: who may approve an unnamed source, and whether you ever pay for information.

## Corrections

We correct mistakes on the story itself and list every correction on our [corrections page](/corrections/).
`,
};

const contact: SitePageTemplate = {
  file: "contact.md",
  permalink: "/contact/",
  layout: "page.11ty.ts",
  purpose: "how readers reach the newsroom: email, post, phone, tips",
  title: () => "Contact",
  description: (name) => `How to reach ${name}'s editors and reporters.`,
  body: (name) => `${name} reads every message: a story we should look into, a mistake we made, or something on this site you could not use.

## Write to the newsroom

TODO: the newsroom's email address, e.g. **newsroom@example.org**.

TODO: a postal address, and a phone number with the hours someone answers it.

TODO: how soon you answer (e.g. within two working days).

## Send a tip safely

TODO: how to send a tip that should not be traced (e.g. a Signal number or a SecureDrop address), or remove this section.

## Corrections

To ask for a correction, see our [corrections page](/corrections/).
`,
};

const accessibility: SitePageTemplate = {
  file: "accessibility.md",
  permalink: "/accessibility/",
  layout: "page.11ty.ts",
  purpose: "your accessibility statement: what you aim for, how you check, what does not work yet",
  title: () => "Accessibility",
  description: (name) => `How ${name} makes its site usable by every reader, and how to tell us when it is not.`,
  body: (name) => `${name} wants every reader to be able to read, find and follow its stories, whatever device or assistive technology they use.

## What we aim for

This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.

## How we check

The site's test suite opens each kind of page in a real browser, in light and dark mode, at a phone's width and a laptop's, and runs axe-core's WCAG 2.2 A and AA checks on it; every page is also checked with an HTML validator. A change that fails either check is not published.

TODO: the checks people make by hand (e.g. with a screen reader, or with a keyboard alone), and when they last made them.

## Known limitations

Automated checks find only some barriers: they cannot tell whether an image's description says what matters in it, or whether a story is easy to follow.

TODO: what you know does not work well yet (e.g. old stories without image descriptions, documents in PDF, videos without captions).

## Tell us about a barrier

If part of this site is hard or impossible for you to use, tell us (see [Contact](/contact/)): the page, what you were trying to do and what happened.

TODO: who answers these reports, and how soon.
`,
};

/** Every kind's template. */
export const PAGE_TEMPLATES: Readonly<Record<PageKind, SitePageTemplate>> = { about, masthead, corrections, ethics, contact, accessibility };

/** Whether `value` names a kind of page. */
export function isPageKind(value: string): value is PageKind {
  return (PAGE_KINDS as readonly string[]).includes(value);
}

/** The Markdown source of a new page of `kind` for the site called `siteName` (`site.title`). */
export function pageSource(kind: PageKind, siteName: string): string {
  const page = PAGE_TEMPLATES[kind];
  return `---
title: ${JSON.stringify(page.title(siteName))}
description: ${JSON.stringify(page.description(siteName))}
layout: ${page.layout}
permalink: ${page.permalink}
---

${page.body(siteName)}`;
}
