// A plain page (About, Corrections, Contact): its title and Markdown body in the article column.
import { html, raw } from "../src/html.ts";

export const data = { layout: "base.11ty.ts" };

/** What a page reads: its title and rendered body. */
export interface PageData {
  title: string;
  content: string;
}

/** `<article class="page">` with the title as its heading. */
export function render(data: PageData): string {
  return html`<article class="page">
<h1 class="page__title">${data.title}</h1>
${raw(data.content)}
</article>`.toString();
}
