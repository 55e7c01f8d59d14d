import assert from "node:assert/strict";
import { test } from "node:test";
import { describePane, shownIds } from "../support/pane.mjs";

describePane(
  "A row's detail: quote, citation, keyboard; basis, condition, note and linked records",
  (pane) => {
    test("opening a row shows its verbatim quote and the citation; keyboard works", async () => {
      const { page } = pane;
      const head = 'li.row[data-id="trade-growth.UZ"] button.row-head';
      await page.click(head);
      assert.equal(await page.getAttribute(head, "aria-expanded"), "true");
      const detail = 'li.row[data-id="trade-growth.UZ"] .detail';
      assert.ok(await page.isVisible(detail));
      const quote = (await page.textContent(`${detail} blockquote`)).trim();
      assert.ok(
        quote.startsWith("As a result, Russia’s trade turnover with all five countries is growing rapidly"),
        quote,
      );
      assert.ok(quote.includes("40 percent with Uzbekistan in the first nine months"));
      assert.equal(
        (await page.textContent(`${detail} blockquote mark`)).trim(),
        "40 percent with Uzbekistan in the first nine months",
      );
      const citation = await page.textContent(`${detail} .citation`);
      assert.match(
        citation,
        /Temur Umarov, “Russia and Central Asia: Never Closer, or Drifting Apart\?”, Carnegie Endowment/,
      );
      assert.equal(await page.getAttribute(head, "aria-controls"), await page.getAttribute(detail, "id"));

      // Enter closes it again, ArrowDown moves to the next row, Space opens that one.
      await page.focus(head);
      await page.keyboard.press("Enter");
      assert.equal(await page.getAttribute(head, "aria-expanded"), "false");
      await page.keyboard.press("ArrowDown");
      const focused = await page.evaluate("document.activeElement.getAttribute('data-id')");
      assert.equal(focused, "trade-growth.TJ");
      await page.keyboard.press(" ");
      assert.equal(
        await page.getAttribute('li.row[data-id="trade-growth.TJ"] button.row-head', "aria-expanded"),
        "true",
      );
      await page.keyboard.press("ArrowLeft");
      assert.equal(
        await page.getAttribute('li.row[data-id="trade-growth.TJ"] button.row-head', "aria-expanded"),
        "false",
      );
      await page.keyboard.press("End");
      const last = await page.evaluate("document.activeElement.getAttribute('data-id')");
      assert.equal(last, (await shownIds(page)).at(-1));
      // Roving tabindex: one row in the tab order.
      assert.equal(await page.$$eval("button.row-head[tabindex='0']", (b) => b.length), 1);
    });

    test("a stance shows what it rests on and its condition; a linked record opens from its link", async () => {
      const { page } = pane;
      const mir = 'li.row[data-id="allows-private-mir-use.KZ"]';
      assert.match(await page.textContent(`${mir} .row-meta`), /stance, stated, conditional/);
      await page.click(`${mir} button.row-head`);
      const facts = await page.textContent(`${mir} .facts`);
      assert.match(facts, /Basis\s*stated \(the sentence names it\)/);
      assert.match(facts, /Condition\s*only after obtaining US approval to do so/);

      // The MIR sentence's exception: a note, and a link to Kazakhstan's private use, both ways.
      assert.match(facts, /Related\s*banks-accept-mir\.KZ/);
      const banks = 'li.row[data-id="banks-accept-mir.KZ"]';
      await page.click(`${mir} fluent-button[data-action="show-related"]`);
      await page.locator(`${banks} .detail`).waitFor();
      const banksFacts = await page.textContent(`${banks} .facts`);
      assert.match(banksFacts, /Note.*only Kazakhstan GRANTS their use/);
      assert.match(banksFacts, /Related\s*allows-private-mir-use\.KZ/);
      assert.match(banksFacts, /Example of\s*abides-by-sanctions\.KZ/);

      const sanctions = 'li.row[data-id="abides-by-sanctions.KG"]';
      assert.match(await page.textContent(`${sanctions} .row-meta`), /stance, region-wide/);
      await page.click(`${sanctions} button.row-head`);
      const sanctionsFacts = await page.textContent(`${sanctions} .facts`);
      assert.match(sanctionsFacts, /Examples\s*banks-accept-mir\.KG/);
      assert.doesNotMatch(sanctionsFacts, /Related|telescopic/);

      // Filtered away, an example's row comes back: the link clears the filters.
      const distancing = 'li.row[data-id="integration-distancing"]';
      await page.selectOption("select[name=topic]", "integration");
      await page.click(`${distancing} button.row-head`);
      assert.match(
        await page.textContent(`${distancing} .facts`),
        /Examples\s*csto-exercises-cancelled\.KG, visit-postponed\.UZ, turkic-states-focus/,
      );
      await page.click(
        `${distancing} fluent-button[data-action="show-example"]:has-text("visit-postponed.UZ")`,
      );
      const visit = 'li.row[data-id="visit-postponed.UZ"]';
      await page.locator(`${visit} .detail`).waitFor();
      assert.equal(await page.getAttribute(`${visit} button.row-head`, "aria-expanded"), "true");
      assert.equal(
        await page.evaluate("document.activeElement.getAttribute('data-id')"),
        "visit-postponed.UZ",
      );
      assert.match(await page.textContent(`${visit} .facts`), /Example of\s*integration-distancing/);
      assert.match(await page.textContent(`${visit} .row-meta`), /Dec 2022/);
    });

    test("events show the source's hedge", async () => {
      const { page } = pane;
      assert.match(
        await page.textContent('li.row[data-id="wagner-recruitment-reports.TM"] .row-meta'),
        /event, reported$/,
      );
      assert.match(
        await page.textContent('li.row[data-id="drone-supply-accusation.TJ"] .row-meta'),
        /event, accused$/,
      );
      assert.match(
        await page.textContent('li.row[data-id="planned-media-law.KG"] .row-meta'),
        /event, planned$/,
      );
    });
  },
);
