// Collects the problems of one Markdown document while it is parsed; reported together at the end.

/** A problem before file and front-matter offset are known: `line` is the 0-based body line. */
export interface DraftProblem {
  line: number;
  message: string;
  severity: "error" | "warning";
}

// Keyed by markdown-it's `env`: one document per env object, nothing attached to author data.
const drafts = new WeakMap<object, DraftProblem[]>();

function keyOf(env: unknown): object | undefined {
  return env !== null && typeof env === "object" ? env : undefined;
}

// Documents in which the block or inline rule produced a directive token (or a problem token).
const withDirectives = new WeakSet<object>();

/** Starts a fresh list for a document (the `newsdesk_begin` core rule calls this). */
export function beginProblems(env: unknown): void {
  const key = keyOf(env);
  if (!key) return;
  drafts.set(key, []);
  withDirectives.delete(key);
}

/** Notes that the document has directive tokens (the block and inline rules call this). */
export function markDirectives(env: unknown): void {
  const key = keyOf(env);
  if (key) withDirectives.add(key);
}

/**
 * Whether the document being parsed has any directive: core rules return at once when not, so
 * directive-free Markdown costs (almost) nothing. Always `true` when `env` is not an object.
 */
export function hasDirectives(env: unknown): boolean {
  const key = keyOf(env);
  return key ? withDirectives.has(key) : true;
}

/**
 * Records a problem at 0-based body line `line` (`token.map[0]` or a block rule's `startLine`).
 * Call it from parse-time rules (block, inline, core); never throws. The same problem reported
 * twice for the same line is kept once.
 */
export function reportProblem(env: unknown, line: number, message: string, severity: "error" | "warning" = "error"): void {
  const key = keyOf(env);
  if (!key) return;
  const list = drafts.get(key) ?? [];
  if (!list.some((p) => p.line === line && p.message === message)) list.push({ line, message, severity });
  drafts.set(key, list);
}

/** Returns and forgets the document's problems (the `newsdesk_report` core rule calls this). */
export function takeProblems(env: unknown): DraftProblem[] {
  const key = keyOf(env);
  if (!key) return [];
  const list = drafts.get(key) ?? [];
  drafts.delete(key);
  return list;
}

// A body line named inside a message (`the body has $53.2 million (line 14)`): written as a
// marker at parse time, when only the body line is known, and replaced by the file's line when
// the document's problems are placed (`newsdesk_report`).
const LINE_REF = /\u0000line:(\d+)\u0000/g;

/** A reference to 0-based body line `line` for use inside a problem's message. */
export function bodyLineRef(line: number): string {
  return `\u0000line:${line}\u0000`;
}

/** Replaces each `bodyLineRef` in `message` with `line N`, N from `fileLine` (the file's 1-based line). */
export function resolveLineRefs(message: string, fileLine: (line: number) => number | undefined): string {
  return message.replace(LINE_REF, (_, line: string) => {
    const found = fileLine(Number(line));
    return found === undefined ? `line ${Number(line) + 1} of the body` : `line ${found}`;
  });
}
