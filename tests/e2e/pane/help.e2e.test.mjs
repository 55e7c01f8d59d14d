/*
 * The help pages as a browser shows them, under their own Content-Security-Policy (which allows no inline
 * style): the shared stylesheet loads and applies, and the English and Russian pages link to each other.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { watchConsole } from "../support/browser.mjs";
import { describePane, unexpectedConsole } from "../support/pane.mjs";

/** A help page opened in the pane's browser, with its console watched. */
async function openHelp(pane, name) {
  const page = await pane.context.newPage();
  const errors = watchConsole(page);
  const response = await page.goto(`${pane.origin}/${name}`);
  assert.equal(response?.status(), 200, `${name} is served`);
  return { page, errors };
}

describePane("The help pages", (pane) => {
  for (const [name, lang] of [
    ["help.html", "en"],
    ["help.ru.html", "ru"],
  ]) {
    test(`${name}: styled by help.css, nothing blocked, nothing logged`, async () => {
      const { page, errors } = await openHelp(pane, name);
      try {
        assert.equal(await page.getAttribute("html", "lang"), lang);
        const sheets = await page.$$eval("link[rel=stylesheet]", (links) =>
          links.map((link) => link.sheet?.href),
        );
        assert.deepEqual(sheets, [`${pane.origin}/help.css`]);
        // The skip link sits off-screen until focused: only the stylesheet puts it there.
        const left = await page.$eval(".skip-link", (link) => link.getBoundingClientRect().left);
        assert.ok(left < 0, `the skip link is off-screen (left ${left})`);
        await page.keyboard.press("Tab");
        const focusedLeft = await page.$eval(".skip-link", (link) => link.getBoundingClientRect().left);
        assert.ok(focusedLeft >= 0, "focused, the skip link comes into view");
        assert.deepEqual(unexpectedConsole(errors), [], "no console error, no CSP violation");
      } finally {
        await page.close();
      }
    });
  }

  test("each page links to the other language", async () => {
    const { page } = await openHelp(pane, "help.html");
    try {
      await page.click('a[hreflang="ru"]');
      await page.waitForURL(/help\.ru\.html$/);
      assert.equal(await page.getAttribute("html", "lang"), "ru");
      await page.click('header a[hreflang="en"]');
      await page.waitForURL(/help\.html$/);
      assert.equal(await page.getAttribute("html", "lang"), "en");
    } finally {
      await page.close();
    }
  });
});
