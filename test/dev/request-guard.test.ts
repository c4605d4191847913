// The dev server's request guard and host rules as pure functions: which targets, Host headers
// and `--host` values are refused, and why.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MAX_TARGET_LENGTH, originProblem, requestProblem, targetProblem } from "../../src/dev/request-guard.ts";
import { hostFlagProblem, hostHeaderProblem, isAllowedHostName, isLoopback } from "../../src/dev/allowed-host.ts";
import { parseCliArgs } from "../../src/dev/cli-args.ts";

/** Targets a browser sends for the site's pages and files: all answered. */
const SERVED = ["/", "/news/", "/news/2024/05/02/a-story/", "/img/x-480.jpeg", "/feed.xml?utm=1", "/caf%C3%A9/", "/a%20b.html", "//news/", "/100%25/", "/.11ty/reload-client.js", "/a[1]|b^/"];

/** Refused targets, each with a word of the reason given. */
const REFUSED: [string | undefined, string][] = [
  [undefined, "not a path"],
  ["", "not a path"],
  ["*", "not a path"],
  ["http://evil.example/", "not a path"],
  ["news/", "not a path"],
  ["/%ff", "not valid UTF-8"],
  ["/%c3", "not valid UTF-8"],
  ["/%", "not valid UTF-8"],
  ["/a%2", "not valid UTF-8"],
  ["/%zz", "not valid UTF-8"],
  ["/%c0%ae%c0%ae/", "not valid UTF-8"], // overlong UTF-8 for `.`
  ["/x?q=%ff", "query string"],
  ["/..%2f_site_old%2fsecret.txt", "encoded `/`"],
  ["/..%2F_site_old%2Fsecret.txt", "encoded `/`"],
  ["/%2e%2e/_site_old/secret.txt", "`..` segment"],
  ["/%2E%2E/x", "`..` segment"],
  ["/.%2e/x", "`..` segment"],
  ["/../x", "`..` segment"],
  ["/news/../../x", "`..` segment"],
  ["/./x", "`.` or `..`"],
  ["/..%5c_site_old%5csecret.txt", "`\\`"],
  ["/..\\_site_old\\secret.txt", "`\\`"],
  ["/%5c%5cevil.example/x", "`\\`"],
  ["/%252e%252e%252f_site_old", "twice"],
  ["/%252f", "twice"],
  ["/%00", "control character"],
  ["/index.html%00.txt", "control character"],
  ["/a%0d%0aSet-Cookie:x", "control character"],
  ["/%7f", "control character"],
  ["/a b", "space"],
  ["/caf\u00e9/", "percent-encoded"],
  ["/x#y", "fragment"],
  [`/${"a".repeat(MAX_TARGET_LENGTH)}`, "longer than"],
];

const target = suite("targetProblem");
target("answers the site's own URLs", () => {
  for (const url of SERVED) assert.is(targetProblem(url), undefined, url);
});
target("a target exactly at the length limit is answered", () => {
  assert.is(targetProblem(`/${"a".repeat(MAX_TARGET_LENGTH - 1)}`), undefined);
});
for (const [url, reason] of REFUSED) {
  target(`refuses ${JSON.stringify(url?.slice(0, 40))} (${reason})`, () => {
    const problem = targetProblem(url);
    assert.type(problem, "string");
    assert.ok(problem!.includes(reason), `${problem} mentions ${reason}`);
  });
}
target.run();

const host = suite("hostHeaderProblem");
host("answers loopback names, IP addresses and the --host name", () => {
  for (const value of ["localhost", "localhost:8080", "LOCALHOST:1", "127.0.0.1:8080", "[::1]:8080", "[::1]", "192.0.2.7", "app.localhost:8080", "localhost.:8080"]) {
    assert.is(hostHeaderProblem(value, "127.0.0.1"), undefined, value);
  }
  assert.is(hostHeaderProblem("devbox.lan:8080", "devbox.lan"), undefined);
});
host("refuses a missing, malformed or foreign Host", () => {
  const cases: [string | undefined, string][] = [
    [undefined, "no Host"],
    ["", "no Host"],
    ["evil.example", "another site"],
    ["evil.example:8080", "another site"],
    ["localhost.evil.example", "another site"],
    ["a b", "not a host name"],
    ["user@localhost", "not a host name"],
    ["localhost:", "not a host name"],
    ["localhost:8080:1", "not a host name"],
    ["[::1", "not a host name"],
    ["[not-v6]:80", "not a host name"],
    ["localhost:99999", "above 65535"],
  ];
  for (const [value, reason] of cases) {
    const problem = hostHeaderProblem(value, "127.0.0.1");
    assert.ok(problem?.includes(reason), `${JSON.stringify(value)}: ${problem}`);
  }
});
host("requestProblem checks the target, then the Host", () => {
  assert.is(requestProblem({ url: "/", host: "localhost:1" }, "127.0.0.1"), undefined);
  assert.match(requestProblem({ url: "/%ff", host: "evil.example" }, "127.0.0.1")!, "UTF-8");
  assert.match(requestProblem({ url: "/", host: "evil.example" }, "127.0.0.1")!, "another site");
});
host("a WebSocket's Origin must be a page of this server", () => {
  assert.is(originProblem(undefined, "127.0.0.1:8080"), undefined, "no Origin: not a browser");
  assert.is(originProblem("http://127.0.0.1:8080", "127.0.0.1:8080"), undefined);
  assert.is(originProblem("http://LOCALHOST:8080", "localhost:8080"), undefined);
  for (const origin of ["http://evil.example", "http://127.0.0.1:8081", "http://localhost:8080", "null", "not a url"]) {
    assert.match(originProblem(origin, "127.0.0.1:8080") ?? "", "Origin", origin);
  }
  assert.match(originProblem("http://127.0.0.1:8080", undefined) ?? "", "Origin", "no Host");
});
host.run();

const flag = suite("--host");
flag("takes addresses and host names", () => {
  for (const value of ["127.0.0.1", "0.0.0.0", "::", "::1", "192.0.2.7", "localhost", "devbox.lan"]) {
    assert.is(hostFlagProblem(value), undefined, value);
    assert.is(parseCliArgs(["--serve", "--host", value]).host, value);
  }
  assert.is(parseCliArgs(["--serve", "--host=0.0.0.0"]).host, "0.0.0.0");
  assert.is(parseCliArgs(["--serve"]).host, undefined);
});
flag("refuses what cannot be listened on, naming it", () => {
  for (const value of ["", "http://localhost", "a b", "[::1]", "-x", "local_host"]) {
    assert.throws(() => parseCliArgs([`--host=${value}`]), (error: Error) => error.message === `\`--host\` expects an address to listen on, such as \`127.0.0.1\`, \`0.0.0.0\` or \`::\`; found \`${value}\``, value);
  }
});
flag("loopback and the allowed names", () => {
  assert.ok(isLoopback("127.0.0.1") && isLoopback("127.0.0.2") && isLoopback("::1") && isLoopback("localhost"));
  assert.not.ok(isLoopback("0.0.0.0") || isLoopback("::") || isLoopback("192.0.2.7") || isLoopback("128.0.0.1"));
  assert.ok(isAllowedHostName("devbox.lan.", "devbox.lan"));
  assert.not.ok(isAllowedHostName("devbox.lan", "127.0.0.1"));
});
flag.run();
