// An article: headline, dek, date and body.
import { html, raw } from "../src/html.ts";

export const data = { layout: "base.11ty.ts" };

interface ArticleData {
  title: string;
  dek?: string;
  page: { date: Date };
  content: string;
}

export function render(data: ArticleData): string {
  return html`<article>
<h1>${data.title}</h1>
${data.dek && html`<p class="dek">${data.dek}</p>`}
${raw(data.content)}
</article>`.toString();
}
