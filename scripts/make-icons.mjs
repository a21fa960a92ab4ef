// Writes the app's icons and web app manifests into public/ (run by hand after changing the
// design: node scripts/make-icons.mjs; the outputs are committed). The icon is a small
// sequence diagram: two hosts' timelines and the three segments of the handshake.
// PNGs are rendered with sharp, which Next installs for image optimisation.
import { writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = (rel) => path.join(root, "public", rel);
const BLUE = "#0b63ce";

function arrow([x1, y1], [x2, y2]) {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
  const head = 46;
  const side = (sign) => {
    const a = (sign * Math.PI) / 6; // 30° either side of the shaft
    const [dx, dy] = [-(ux * Math.cos(a) - uy * Math.sin(a)), -(ux * Math.sin(a) + uy * Math.cos(a))];
    return `${(x2 + dx * head).toFixed(1)} ${(y2 + dy * head).toFixed(1)}`;
  };
  return `M${x1} ${y1}L${x2} ${y2}M${side(1)}L${x2} ${y2}L${side(-1)}`;
}

/** The glyph on a 512 grid; it stays inside the maskable safe zone (a circle of radius 204.8). */
const glyph = [
  `<path d="M150 112V400M362 112V400" stroke="#9cc4f8" stroke-width="14" stroke-linecap="round"/>`,
  `<path d="${arrow([150, 146], [362, 200])}${arrow([362, 238], [150, 292])}${arrow([150, 330], [362, 384])}" stroke="#fff" stroke-width="22" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`,
].join("");

const svg = ({ rounded, scale = 1 }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
  `<rect width="512" height="512"${rounded ? ' rx="112"' : ""} fill="${BLUE}"/>` +
  `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${glyph}</g></svg>\n`;

const anySvg = svg({ rounded: true });
const maskableSvg = svg({ rounded: false, scale: 0.9 });
const appleSvg = svg({ rounded: false, scale: 0.92 });

let sharp;
try {
  sharp = (await import("sharp")).default;
} catch {
  console.error("make-icons needs sharp (installed with next; run npm install).");
  process.exit(1);
}
const png = (source, size, file) => sharp(Buffer.from(source), { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toFile(out(file));

writeFileSync(out("icons/icon.svg"), anySvg);
writeFileSync(out("icons/maskable.svg"), maskableSvg);
// app/icon.svg and app/apple-icon.png: Next links them from every page (the favicon and the
// home-screen icon iOS uses, which it rounds itself).
writeFileSync(path.join(root, "app", "icon.svg"), anySvg);
await sharp(Buffer.from(appleSvg), { density: 300 })
  .resize(180, 180)
  .png({ compressionLevel: 9 })
  .toFile(path.join(root, "app", "apple-icon.png"));
await Promise.all([
  png(anySvg, 192, "icons/icon-192.png"),
  png(anySvg, 512, "icons/icon-512.png"),
  png(maskableSvg, 192, "icons/maskable-192.png"),
  png(maskableSvg, 512, "icons/maskable-512.png"),
]);

// One manifest per language (the page links the one of its language, so an installed app is
// named in it); each also names the app in the other language for browsers that read
// name_localized. Theme colours follow the app's light and dark backgrounds.
const names = {
  ko: { name: "TCP 핸드셰이크 학습", short_name: "TCP 학습", description: "3-way 핸드셰이크부터 TIME_WAIT까지, 면접에서 설명할 수 있을 때까지." },
  en: {
    name: "TCP Handshake Trainer",
    short_name: "TCP Trainer",
    description: "From the 3-way handshake to TIME_WAIT, until you can explain it in an interview.",
  },
};
const shortcuts = { ko: ["학습", "드릴"], en: ["Study", "Drills"] };
for (const lang of ["ko", "en"]) {
  const other = lang === "ko" ? "en" : "ko";
  const manifest = {
    id: "/",
    lang,
    dir: "ltr",
    ...names[lang],
    name_localized: { [other]: names[other].name },
    short_name_localized: { [other]: names[other].short_name },
    start_url: "/study",
    scope: "/",
    display: "standalone",
    orientation: "any",
    categories: ["education"],
    theme_color: "#f8fafc",
    background_color: "#f8fafc",
    user_preferences: { color_scheme_dark: { theme_color: "#0b1120", background_color: "#0b1120" } },
    icons: [
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: shortcuts[lang][0], url: "/study", icons: [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }] },
      { name: shortcuts[lang][1], url: "/drills", icons: [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }] },
    ],
  };
  writeFileSync(out(lang === "ko" ? "manifest.webmanifest" : "manifest.en.webmanifest"), `${JSON.stringify(manifest, null, 2)}\n`);
}
console.log("Icons and manifests written to public/.");
