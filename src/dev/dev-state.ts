// What the dev server knows between builds: the last build's problems and which source file
// each URL came from. Kept on globalThis because this module itself may be loaded in several
// generations (see fresh-modules-hook.ts), and all of them must share one state.
import type { Problem } from "../../plugins/newsdesk/index.ts";

/** Shared dev-server state. */
export interface DevState {
  /** Problems of the last failed build; `undefined` after a successful one. */
  problems?: Problem[];
  /** URL path (`/news/2023/05/02/x/`) → project-relative input path of the last build. */
  pages: Map<string, string>;
}

const KEY = Symbol.for("newsdesk.devState");

/** The one DevState of this process. */
export function devState(): DevState {
  const holder = globalThis as unknown as Record<symbol, DevState | undefined>;
  holder[KEY] ??= { pages: new Map() };
  return holder[KEY];
}
