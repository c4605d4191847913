import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeArchive } from "../../bench/generate-archive.ts";
import { hugoBinary, hugoLine, measureHugo, writeHugoSite } from "../../bench/hugo.ts";

const Hugo = suite("bench: Hugo over the same Markdown");

Hugo("hugoBinary finds hugo on a PATH, and nothing where there is none", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-path-"));
  try {
    assert.is(hugoBinary(dir), undefined);
    fs.writeFileSync(path.join(dir, "hugo"), "", { mode: 0o755 });
    assert.is(hugoBinary(["/nonexistent", dir].join(path.delimiter)), path.join(dir, "hugo"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Hugo("hugoLine reports medians and how much slower full and bare are", () => {
  const sample = (wallMs: number, cpuMs: number, peakRssMb: number) => ({ wallMs, cpuMs, peakRssMb, version: "hugo v0.111.3+extended" });
  assert.is(
    hugoLine(4000, [sample(1600, 3000, 150), sample(1800, 3200, 170), sample(1700, 3100, 160)], 17_000, 5_100),
    "Hugo (hugo v0.111.3+extended, trivial layouts) at 4,000 articles: 1.70 s wall, 3.10 s CPU, 170 MB (median of 3); full takes 10.00× its wall time, bare 3.00×",
  );
});

Hugo("the Hugo site holds the bare build's articles, and its config and layouts", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-site-"));
  try {
    const archive = writeArchive(path.join(work, "archive"), 20, 8);
    const site = writeHugoSite(archive.root, path.join(archive.bareInput, "news"));
    assert.is(fs.readdirSync(path.join(site, "content/news")).length, fs.readdirSync(path.join(archive.bareInput, "news")).length);
    assert.ok(fs.existsSync(path.join(site, "hugo.toml")) && fs.existsSync(path.join(site, "layouts/_default/single.html")));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

// Debian's hugo: .ci/run installs it, so CI always runs this; elsewhere it is skipped, never passed.
const hugo = hugoBinary();
const builds = "Hugo builds the archive and is measured (wall, CPU, RSS, version)";
if (hugo) {
  Hugo(builds, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-site-"));
    try {
      const archive = writeArchive(path.join(work, "archive"), 20, 8);
      const sample = measureHugo(hugo, writeHugoSite(archive.root, path.join(archive.bareInput, "news")), work);
      assert.ok(sample.wallMs > 0 && sample.cpuMs > 0 && sample.peakRssMb > 0, JSON.stringify(sample));
      assert.match(sample.version, /^hugo v\d/);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
} else if (/^(1|true)$/i.test(process.env.CI ?? "")) {
  Hugo("hugo is installed (required when CI=true: apt-get install -y hugo)", () => {
    throw new Error("hugo is not on the PATH; .ci/run installs it with apt-get install -y hugo");
  });
} else {
  Hugo.skip(builds, () => undefined);
}

Hugo.run();
