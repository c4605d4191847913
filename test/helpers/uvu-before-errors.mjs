// Module hook for the test run (test/run.ts): uvu 0.5 runs a suite's `before` hooks inside a
// `try … finally` whose `return` swallows what they throw, so a suite whose setup fails shows
// `(0 / N)` and no reason at all. This rewrites that one line of uvu as it loads so the error is
// reported as a failure, with its message and stack, like a failing test's.
const BEFORE = "for (hook of before) await hook(state);";
const REPORTED = `try { ${BEFORE} } catch (err) { if (errors.length) errors += '\\n'; errors += format('before: ' + (err && err.message), err, name); write(FAIL); throw err; }`;

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!/\/node_modules\/uvu\/dist\/index\.mjs$/.test(url)) return result;
  const source = String(result.source);
  if (!source.includes(BEFORE)) throw new Error(`test/helpers/uvu-before-errors.mjs: uvu's runner changed (no \`${BEFORE}\` in ${url}); update or remove this hook`);
  return { ...result, source: source.replace(BEFORE, REPORTED) };
}
