import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { describeBuilt, DIST } from "../support/build";

/**
 * Every page the add-in serves carries a Content-Security-Policy that lets office.js load from Microsoft's
 * CDN but runs no inline or evaluated script, and the pages load scripts only from their own host or that CDN.
 */
const ROOT = join(__dirname, "..", "..");
const TEMPLATES = ["src/taskpane/taskpane.html", "src/help/help.html", "src/help/help.ru.html"];
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function policyOf(html: string): Map<string, string[]> {
  const meta = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta");
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function scriptsOf(html: string): { src: string | null; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    src: /\bsrc=["']?([^"'\s>]+)/i.exec(m[1])?.[1] ?? null,
    body: m[2].trim(),
  }));
}

const pages: [string, string][] = [
  ...TEMPLATES.map((t) => [t, readFileSync(join(ROOT, t), "utf8")] as [string, string]),
  ...(existsSync(DIST)
    ? readdirSync(DIST)
        .filter((f) => f.endsWith(".html"))
        .map((f) => [`dist/${f}`, readFileSync(join(DIST, f), "utf8")] as [string, string])
    : []),
];

/**
 * Exactly what each page may load. The pane: its own files, office.js from Microsoft's CDN (which loads the
 * rest of itself from the same host), inline styles (Fluent's components set style attributes), data:
 * images (a select's chevron), and office.js's telemetry frame. The help page: its own files only (its
 * styles are in help.css, so no inline style is allowed).
 */
const PANE_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "frame-src": ["https://telemetryservice.firstpartyapps.oaspapps.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};
const HELP_POLICY = {
  "default-src": ["'self'"],
  "style-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

describe.each(pages)("%s", (name, html) => {
  test("has exactly the allow-list it needs, nothing broader", () => {
    const expected = /help(\.[a-z]{2})?\.html$/.test(name) ? HELP_POLICY : PANE_POLICY;
    expect(Object.fromEntries(policyOf(html))).toEqual(expected);
  });

  test("has a CSP that forbids inline and evaluated script and plugins", () => {
    const policy = policyOf(html);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const scriptSources = policy.get("script-src") ?? policy.get("default-src") ?? [];
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(scriptSources.every((s) => s === "'self'" || s.startsWith("https://"))).toBe(true);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  test("runs no inline script; loads scripts only from its own host or office.js from Microsoft's CDN", () => {
    for (const script of scriptsOf(html)) {
      expect(script.body).toBe("");
      expect(script.src).not.toBeNull();
      const src = script.src as string;
      expect(src === OFFICE_JS || !/^[a-z]+:/i.test(src)).toBe(true);
    }
  });

  test("has no inline event handlers", () => {
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

test("the pane page loads office.js before the add-in's own bundles", () => {
  const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  expect(scriptsOf(html)[0]?.src).toBe(OFFICE_JS);
});

const builtManifest = join(DIST, "manifest.xml");
describeBuilt(
  "the built manifest (dist/manifest.xml)",
  ["manifest.xml", "taskpane.html", "help.html"],
  () => {
    const xml = existsSync(builtManifest) ? readFileSync(builtManifest, "utf8") : "";
    const urls = [...xml.matchAll(/(?:DefaultValue|Url)="([a-z]+:\/\/[^"]+)"/gi)].map((m) => m[1]);
    const origin = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "https://invalid/")
      .origin;

    test("asks for ReadWriteDocument, the least Excel.run writes need", () => {
      expect(/<Permissions>([^<]+)<\/Permissions>/.exec(xml)?.[1]).toBe("ReadWriteDocument");
    });

    test("trusts no other domain (AppDomains empty or absent)", () => {
      expect(xml).not.toMatch(/<AppDomain>/);
    });

    test("every URL is https and on the add-in's own host", () => {
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        expect(url).toMatch(/^https:\/\//);
        expect(new URL(url).origin).toBe(origin);
      }
    });

    // A development build points at localhost by design: this test is about production builds only, and a
    // development build shows it as skipped.
    (origin.includes("localhost") ? test.skip : test)(
      "a production build leaves no localhost anywhere",
      () => {
        expect(xml).not.toMatch(/localhost/i);
        expect(readFileSync(join(DIST, "functions.json"), "utf8")).not.toMatch(/localhost/i);
      },
    );
  },
);
