/*
 * Reading the pane as a Russian user meets it, to find English left untranslated: every visible text node
 * (the charts' SVG text included), the drop-downs' options, the charts' spoken summaries (SVG <title>) and the
 * names and hints the pane gives (placeholder, aria-label, title). Left out, because they stay as they are in
 * every language: the source's own English (the quotes in <blockquote>, and words marked lang="en": the
 * source's words inside a translation, its title and its publishers' names; in an attribute, which cannot
 * mark them, the source's words in “…”), code (ids, formulas, file names, the card's property names) and
 * keys (<kbd>), and the clipboard fallback holding TSV.
 */
/* global document, NodeFilter -- page.evaluate functions run in the page */
import { readFileSync } from "node:fs";
import { DIST } from "./paths.mjs";
import { join } from "node:path";

/** Latin words a Russian pane may show, each with its reason (latin-allowed.json, shared with Jest). */
export const LATIN_ALLOWED = new Set(
  Object.keys(JSON.parse(readFileSync(new URL("./latin-allowed.json", import.meta.url), "utf8"))),
);

/** @param {import("playwright-core").Page} page @returns {Promise<string[]>} */
export function paneTexts(page) {
  return page.evaluate(() => {
    const FIXED = "blockquote, code, kbd, textarea.clipboard-fallback, script, style";
    /** @param {Element} element */
    const excluded = (element) => {
      if (element.closest(FIXED) !== null) return true;
      const marked = element.closest("[lang]");
      return marked !== null && marked !== document.documentElement && marked.getAttribute("lang") === "en";
    };
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? "").trim();
      if (parent === null || text === "" || excluded(parent)) continue;
      const spoken = parent.closest("option, svg title") !== null;
      if (spoken || parent.checkVisibility({ visibilityProperty: true })) texts.push(text);
    }
    for (const element of document.body.querySelectorAll("[placeholder], [aria-label], [title]")) {
      if (excluded(element)) continue;
      for (const name of ["placeholder", "aria-label", "title"]) {
        const value = element.getAttribute(name)?.replace(/“[^”]*”/g, "“…”");
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Words of 3+ Latin letters not on the allow-list, each with the text it is in. @param {string[]} texts */
export function englishWords(texts) {
  return texts.flatMap((text) =>
    (text.match(/[A-Za-z]{3,}/g) ?? [])
      .filter((word) => !LATIN_ALLOWED.has(word))
      .map((word) => `${word} in “${text}”`),
  );
}

/** Text with non-breaking spaces as plain ones (Russian puts one between a number and "%"). */
export const plain = (/** @type {string} */ text) => text.replace(/\u00a0/g, " ");

/** The functions' names in a Russian Excel, as the built Russian metadata (dist/functions.ru.json) gives them. */
export function russianFunctionNames() {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.ru.json"), "utf8"));
  return new Map(metadata.functions.map((/** @type {{ id: string, name: string }} */ f) => [f.id, f.name]));
}
