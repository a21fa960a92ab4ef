import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// public/ as a fresh clone has it: installable-app manifests whose every icon exists at the
// size it claims, and robots.txt.
type Icon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = Record<string, unknown> & { icons: Icon[]; lang: string; name: string; short_name: string; name_localized: Record<string, string> };

const read = (file: string) => JSON.parse(readFileSync(path.join("public", file), "utf8")) as Manifest;
const manifests = { ko: read("manifest.webmanifest"), en: read("manifest.en.webmanifest") };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe.each(Object.entries(manifests))("manifest (%s)", (lang, m) => {
  it("has what Chromium requires to install: names, start URL in scope, standalone display, 192 and 512 px icons", () => {
    expect(m.lang).toBe(lang);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.short_name.length).toBeLessThanOrEqual(12);
    expect(m.start_url).toBe("/study");
    expect(m.scope).toBe("/");
    expect(m.display).toBe("standalone");
    const sizes = m.icons.filter((i) => i.type === "image/png" && (i.purpose ?? "any").split(" ").includes("any")).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(m.icons.filter((i) => i.purpose === "maskable").map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
  });

  it("names the app in both languages and colours it for light and dark", () => {
    const other = lang === "ko" ? "en" : "ko";
    expect(m.name_localized[other]).toBe(manifests[other].name);
    expect(manifests.ko.name).toMatch(/[가-힣]/);
    expect(manifests.en.name).not.toMatch(/[가-힣]/);
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(m.user_preferences).toEqual({
      color_scheme_dark: { theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/), background_color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    });
  });

  it("points only at icons that exist, each PNG at the size it claims and square", () => {
    for (const icon of m.icons) {
      const file = path.join("public", icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") expect(pngSize(file).join("x")).toBe(icon.sizes);
      if (icon.type === "image/svg+xml") expect(readFileSync(file, "utf8")).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    }
  });
});

describe("the two manifests", () => {
  it("describe the same app: only the language fields differ", () => {
    const perLanguage = new Set(["lang", "name", "short_name", "description", "name_localized", "short_name_localized", "shortcuts"]);
    const strip = (m: Manifest) => Object.fromEntries(Object.entries(m).filter(([k]) => !perLanguage.has(k)));
    expect(strip(manifests.en)).toEqual(strip(manifests.ko));
  });
});

describe("robots.txt and touch icon", () => {
  it("keeps crawlers out of the API and learners' pages", () => {
    const robots = readFileSync("public/robots.txt", "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/api\/$/m);
  });

  it("has an Apple touch icon of 180 px (linked by Next from app/apple-icon.png)", () => {
    expect(pngSize("app/apple-icon.png")).toEqual([180, 180]);
  });
});
