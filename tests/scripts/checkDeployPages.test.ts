/*
 * check-deploy against a local https server (tests/support/deploySite.ts): what it checks of the pages and
 * the files they load. Each case is a host that Office could not use although every URL answers 200: a
 * missing chunk the pane loads later (ru.js), a page answered by another page (a fallback), a CSP header
 * that blocks office.js, a frame Office may not use, a compressed answer that inflates without end.
 */
import { readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import {
  type DeployServer,
  failLines,
  freshSite,
  HELP_CSP,
  OFFICE_JS,
  PANE_CSP,
  runCheckDeploy,
  type Site,
  startDeployServer,
} from "../support/deploySite";

jest.setTimeout(60_000);

let server: DeployServer;
let site: Site;

const checkSite = () => runCheckDeploy(server.caFile, [path.join(site.root, "manifest.xml")]);

beforeAll(async () => {
  server = await startDeployServer();
});

afterAll(() => server.close());

beforeEach(() => {
  site = server.site = freshSite(server.tmp, server.base);
});

test("a chunk the pane loads later (ru.js, named in no HTML) is fetched from the build's pages.json: missing, it fails", async () => {
  rmSync(path.join(site.root, "ru.js"));
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(/^FAIL 404 .*\/ru\.js \(loaded by taskpane\.html\): status 404, expected 200$/),
  ]);
});

test("without pages.json beside the manifest the check says what it cannot see", async () => {
  rmSync(path.join(site.root, "pages.json"));
  const { code, out } = await checkSite();
  expect(code).toBe(0);
  expect(out).toMatch(/^Note: no .*pages\.json .*not checked for their marker.*\(not ru\.js\)\.$/m);
});

test("a host answering a missing page with another page (a fallback) fails: each page carries its marker", async () => {
  rmSync(path.join(site.root, "help.ru.html"));
  site.fallback = "taskpane.html";
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      /^FAIL 200 text\/html .*\/help\.ru\.html \(SupportUrl \(ru-RU\)\): this is taskpane\.html, not help\.ru\.html: the host answers this URL with another page/,
    ),
  ]);
  // A page without any marker (not the page the build wrote) fails too.
  const help = path.join(site.root, "help.html");
  writeFileSync(
    help,
    readFileSync(help, "utf8").replace(/<meta name="central-asia-indicators-page"[^>]*>/, ""),
  );
  const unmarked = await checkSite();
  expect(failLines(unmarked.out)).toContainEqual(
    expect.stringMatching(/help\.html .*this is not help\.html as built: it has no <meta name=/),
  );
});

test("a page without a CSP fails; a CSP header instead of the meta tag passes when it allows what the page loads", async () => {
  const help = path.join(site.root, "help.html");
  writeFileSync(
    help,
    readFileSync(help, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""),
  );
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([expect.stringMatching(/help\.html .*no Content-Security-Policy/)]);

  site.headers["/help.html"] = { "Content-Security-Policy": HELP_CSP };
  const again = await checkSite();
  expect(again.out).toMatch(/^OK .*help\.html .*CSP header allows its 1 load$/m);
  expect(again.code).toBe(0);
});

test("a CSP header is read with the meta tag, as browsers enforce both: default-src 'self' blocks office.js", async () => {
  site.headers["/taskpane.html"] = { "Content-Security-Policy": "default-src 'self'" };
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      new RegExp(
        `taskpane\\.html .*: the CSP header blocks the script ${OFFICE_JS.replace(/[./]/g, "\\$&")} \\(default-src 'self'\\)$`,
      ),
    ),
  ]);
  // The same header with office.js's host added passes: both policies allow every load.
  site.headers["/taskpane.html"] = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com",
  };
  const allowed = await checkSite();
  expect(allowed.out).toMatch(/taskpane\.html .*CSP header \+ meta tag allows all 5 loads$/m);
  expect(allowed.code).toBe(0);
});

test.each([
  [
    "a meta tag that blocks the pane's own chunk",
    { meta: PANE_CSP.replace("script-src 'self'", "script-src") },
    /the CSP meta tag blocks the script https:\/\/127\.0\.0\.1:\d+\/functions\.js/,
  ],
  [
    "a header that blocks the functions metadata",
    { header: "connect-src 'none'" },
    /the CSP header blocks fetching https:\/\/127\.0\.0\.1:\d+\/functions\.json \(connect-src 'none'\)/,
  ],
  [
    "a second policy in one header (comma)",
    { header: `${PANE_CSP}, script-src 'none'` },
    /the CSP header blocks the script .*office\.js \(script-src 'none'\)/,
  ],
])("%s fails", async (_name, change, reason) => {
  const pane = path.join(site.root, "taskpane.html");
  if ("meta" in change) writeFileSync(pane, readFileSync(pane, "utf8").replace(PANE_CSP, change.meta));
  if ("header" in change) site.headers["/taskpane.html"] = { "Content-Security-Policy": change.header };
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([expect.stringMatching(reason)]);
});

test.each([
  [{ "X-Frame-Options": "DENY" }, /X-Frame-Options: DENY forbids Office's frame/],
  [{ "X-Frame-Options": "SAMEORIGIN" }, /X-Frame-Options: SAMEORIGIN forbids Office's frame/],
  [
    { "Content-Security-Policy": "frame-ancestors 'none'" },
    /blocks framing by https:\/\/excel\.officeapps\.live\.com \(frame-ancestors 'none'\)/,
  ],
  [
    { "Content-Security-Policy": "frame-ancestors 'self'" },
    /blocks framing by https:\/\/excel\.officeapps\.live\.com \(frame-ancestors 'self'\)/,
  ],
  [
    { "Content-Security-Policy": "frame-ancestors https://*.officeapps.live.com" },
    /blocks framing by https:\/\/excel\.cloud\.microsoft /,
  ],
])("the pane's page with %j fails: Excel on the web shows it in a frame", async (headers, reason) => {
  site.headers["/taskpane.html"] = headers;
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([expect.stringMatching(new RegExp(`taskpane\\.html .*${reason.source}`))]);
});

test("frame-ancestors naming Office's origins passes; X-Frame-Options on a help page (not framed) does not matter", async () => {
  const office =
    "https://*.officeapps.live.com https://*.cloud.microsoft https://*.office.com https://onedrive.live.com https://*.sharepoint.com";
  site.headers["/taskpane.html"] = { "Content-Security-Policy": `frame-ancestors 'self' ${office}` };
  site.headers["/help.html"] = { "X-Frame-Options": "DENY" };
  const { code, out } = await checkSite();
  expect(failLines(out)).toEqual([]);
  expect(code).toBe(0);
});

test("a compressed answer is decompressed to 20 MB at most: a gzip bomb fails without being inflated whole", async () => {
  site.gzipBombs["/taskpane.js"] = 200 * 1024 * 1024;
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      /taskpane\.js \(loaded by taskpane\.html\): the body cannot be decoded \(larger than 20 MB once decompressed \(gzip\)\)$/,
    ),
  ]);
});
