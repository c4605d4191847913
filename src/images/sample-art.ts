// SVG sources for the sample articles' images and the publisher logo: abstract shapes we drew, no text.

const W = 1600;
const H = 900;

/** A deterministic pseudo-random sequence, so the art is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function svg(body: string, width = W, height = H): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** A night map: three land masses joined by a network of lit nodes (a sweep across continents). */
export function networkMap(): string {
  const r = random(7);
  const lands = [
    "M120 260 C260 140 480 170 560 300 C620 420 520 560 380 600 C240 640 110 520 120 260Z",
    "M700 220 C820 150 980 180 1010 300 C1040 430 930 520 820 500 C720 480 650 330 700 220Z",
    "M1120 330 C1250 260 1470 290 1500 420 C1530 560 1380 690 1240 660 C1130 640 1060 430 1120 330Z",
  ];
  const nodes: Array<[number, number]> = [];
  for (let i = 0; i < 28; i++) nodes.push([160 + r() * 1300, 220 + r() * 430]);
  const links = nodes
    .map(([x, y], i) => {
      const [x2, y2] = nodes[(i * 7 + 3) % nodes.length];
      return `<path d="M${x} ${y} Q${(x + x2) / 2} ${Math.min(y, y2) - 120} ${x2} ${y2}" stroke="#f2b84b" stroke-opacity="0.35" stroke-width="2" fill="none"/>`;
    })
    .join("");
  const dots = nodes.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${6 + r() * 8}" fill="#f2b84b"/>`).join("");
  return svg(
    `<rect width="${W}" height="${H}" fill="#10213a"/>` +
      lands.map((d) => `<path d="${d}" fill="#1d3a5f"/>`).join("") +
      links +
      dots,
  );
}

/** A falling bar chart on a grid: monthly counts that drop over a year. */
export function fallingBars(): string {
  const values = [92, 88, 95, 84, 80, 77, 70, 66, 61, 58, 52, 47];
  const grid = [0, 1, 2, 3, 4].map((i) => `<line x1="140" x2="1500" y1="${180 + i * 140}" y2="${180 + i * 140}" stroke="#c9d3dd" stroke-width="2"/>`).join("");
  const bars = values
    .map((v, i) => {
      const h = v * 6.5;
      return `<rect x="${170 + i * 112}" y="${740 - h}" width="76" height="${h}" rx="6" fill="${i < 6 ? "#8aa4bf" : "#1f6f8b"}"/>`;
    })
    .join("");
  const trend = values.map((v, i) => `${i ? "L" : "M"}${208 + i * 112} ${740 - v * 6.5 - 30}`).join(" ");
  return svg(
    `<rect width="${W}" height="${H}" fill="#f4f1ea"/>${grid}${bars}` +
      `<path d="${trend}" stroke="#c0392b" stroke-width="8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>` +
      `<line x1="140" x2="1500" y1="740" y2="740" stroke="#33414f" stroke-width="4"/>`,
  );
}

/** Trucks at a port of entry passing under a scanner arch, with scan lines. */
export function portScanner(): string {
  const trucks = [0, 1, 2]
    .map((i) => {
      const x = 180 + i * 430;
      return `<g transform="translate(${x} 520)"><rect width="260" height="150" rx="10" fill="${["#d35400", "#2c3e50", "#7f8c8d"][i]}"/><rect x="260" y="50" width="90" height="100" rx="10" fill="#34495e"/><circle cx="60" cy="165" r="28" fill="#1b1b1b"/><circle cx="300" cy="165" r="28" fill="#1b1b1b"/></g>`;
    })
    .join("");
  const scan = Array.from({ length: 12 }, (_, i) => `<line x1="${1040 + i * 12}" x2="${1040 + i * 12}" y1="300" y2="700" stroke="#4ee1a0" stroke-opacity="${0.15 + (i % 4) * 0.12}" stroke-width="6"/>`).join("");
  return svg(
    `<rect width="${W}" height="${H}" fill="#e8edf2"/><rect y="700" width="${W}" height="200" fill="#9aa5ae"/>` +
      `<path d="M0 780 H${W}" stroke="#f7f7f7" stroke-width="10" stroke-dasharray="60 40"/>` +
      trucks +
      `<path d="M1000 700 V260 H1230 V700" stroke="#2d3436" stroke-width="36" fill="none"/>${scan}`,
  );
}

/** A row of classical columns under a pediment, in morning light. */
export function courtColumns(): string {
  const columns = Array.from({ length: 8 }, (_, i) => {
    const x = 250 + i * 150;
    return `<rect x="${x}" y="360" width="70" height="380" fill="#ecebe6"/><rect x="${x - 12}" y="340" width="94" height="24" fill="#d8d5cc"/><rect x="${x - 12}" y="736" width="94" height="24" fill="#d8d5cc"/>` +
      `<rect x="${x + 46}" y="364" width="24" height="372" fill="#c9c5ba"/>`;
  });
  return svg(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6c89f"/><stop offset="1" stop-color="#8fb3d9"/></linearGradient></defs>` +
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>` +
      `<path d="M180 320 L800 120 L1420 320 Z" fill="#e2dfd6"/><rect x="180" y="310" width="1240" height="34" fill="#cfcabe"/>` +
      columns.join("") +
      `<rect x="140" y="760" width="1320" height="40" fill="#bdb8ab"/><rect x="100" y="800" width="1400" height="100" fill="#a9a394"/>`,
  );
}

/** The look of one sample portrait: background, skin, hair and clothing colours, and a hair shape. */
export interface PortraitLook {
  background: string;
  skin: string;
  hair: string;
  clothes: string;
  /** `short` or `long`. */
  hairstyle: "short" | "long";
}

/**
 * A sample staff portrait: a flat illustrated head and shoulders, square. The sample staff are
 * invented, so their "photos" are drawings that say so in their alt text.
 */
export function portrait(look: PortraitLook): string {
  const S = 640;
  const hair =
    look.hairstyle === "long"
      ? `<path d="M190 300 C180 170 250 120 320 120 C390 120 460 170 450 300 L460 470 L180 470 Z" fill="${look.hair}"/>`
      : `<path d="M208 270 C200 170 260 130 320 130 C380 130 440 170 432 270 C420 215 380 195 320 195 C260 195 220 215 208 270 Z" fill="${look.hair}"/>`;
  return svg(
    `<rect width="${S}" height="${S}" fill="${look.background}"/>` +
      (look.hairstyle === "long" ? hair : "") +
      `<path d="M110 640 C120 520 210 470 320 470 C430 470 520 520 530 640 Z" fill="${look.clothes}"/>` +
      `<rect x="285" y="380" width="70" height="110" rx="30" fill="${look.skin}"/>` +
      `<ellipse cx="320" cy="285" rx="112" ry="135" fill="${look.skin}"/>` +
      (look.hairstyle === "short" ? hair : "") +
      `<circle cx="280" cy="285" r="9" fill="#2b2b2b"/><circle cx="360" cy="285" r="9" fill="#2b2b2b"/>` +
      `<path d="M285 345 Q320 368 355 345" stroke="#7a4a3a" stroke-width="8" fill="none" stroke-linecap="round"/>`,
    S,
    S,
  );
}

/** The publisher logo: a square mark, an abstract folded page with three text lines. */
export function logo(): string {
  return svg(
    `<rect width="512" height="512" rx="96" fill="#1f3a5f"/>` +
      `<path d="M136 112 H316 L376 172 V400 H136 Z" fill="#f4f1ea"/><path d="M316 112 V172 H376 Z" fill="#c9d3dd"/>` +
      `<rect x="176" y="212" width="160" height="24" rx="12" fill="#c0392b"/><rect x="176" y="268" width="160" height="16" rx="8" fill="#8aa4bf"/>` +
      `<rect x="176" y="308" width="120" height="16" rx="8" fill="#8aa4bf"/><rect x="176" y="348" width="140" height="16" rx="8" fill="#8aa4bf"/>`,
    512,
    512,
  );
}
