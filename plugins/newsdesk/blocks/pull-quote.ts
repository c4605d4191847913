// Pull quotes: the `:::pullquote` container and the lifted `:pull[…]`, with their renderers.
import type { MarkdownIt } from "markdown-it";
import type { Block } from "../directives/registry.ts";
import type { ResolvedOptions } from "../options.ts";
import { pullQuoteCheck } from "./pull-quote-check.ts";
import { pullQuoteClose, pullQuoteOpen, type PullQuoteFrame } from "./pull-quote-html.ts";
import { pullQuoteLift } from "./pull-quote-lift.ts";

/** Attributes of both forms: attribution (`by`, `role`), and `#id`/`.class` for the figure. */
const ATTRIBUTES = {
  by: {},
  role: {},
  id: { validate: (v: string) => /^[A-Za-z][\w-]*$/.test(v), expected: "letters, digits, `-` and `_`, starting with a letter, such as `key-quote`" },
  class: { validate: (v: string) => /^-?[_A-Za-z][\w-]*( -?[_A-Za-z][\w-]*)*$/.test(v), expected: "CSS class names such as `wide`" },
};

function frameOf(meta: Record<string, unknown> | null): PullQuoteFrame {
  const attributes = (meta?.attributes ?? {}) as Record<string, string>;
  return { by: attributes.by, role: attributes.role, id: attributes.id, class: attributes.class, hidden: meta?.hidden === true };
}

/** The pull-quote block: `:::pullquote{by role}` … `:::` and `:pull[text]{by role}`. */
export function pullQuoteBlock(options: ResolvedOptions, md: MarkdownIt): Block {
  const escape = md.utils.escapeHtml;
  return {
    directives: [
      { name: "pullquote", kind: "container", token: "pull_quote", label: "forbidden", attributes: ATTRIBUTES },
      { name: "pull", kind: "inline", token: "pull", attributes: ATTRIBUTES },
    ],
    renderers: {
      pull_quote_open: (tokens, idx) => pullQuoteOpen(frameOf(tokens[idx].meta), options.pullQuoteClass, escape),
      pull_quote_close: (tokens, idx) => pullQuoteClose(frameOf(tokens[idx].meta), escape),
      // The lifted words stay ordinary text of their paragraph.
      pull_open: () => "",
      pull_close: () => "",
    },
    install(md) {
      md.core.ruler.before("newsdesk_report", "pull_quote_lift", pullQuoteLift);
      md.core.ruler.before("newsdesk_report", "pull_quote_check", pullQuoteCheck(options.verifyPullQuotes, options.verifyQuoteAttribution));
    },
  };
}
