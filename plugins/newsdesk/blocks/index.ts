// The blocks the plugin registers. Adding a block is one line here (see directives/registry.ts).
import type { MarkdownIt } from "markdown-it";
import type { ResolvedOptions } from "../options.ts";
import type { Block } from "../directives/registry.ts";
import { pullQuoteBlock } from "./pull-quote.ts";
import { statBlock } from "./stat.ts";

/** Every block factory, in registration order. */
export const BLOCKS: ReadonlyArray<(options: ResolvedOptions, md: MarkdownIt) => Block> = [
  pullQuoteBlock,
  statBlock,
];
