/*
 * scripts/check-deploy.mjs against a local https server serving a small fake dist/ (tests/support/deploySite.ts):
 * the URLs of the manifest, CORS, content types, TLS trust, redirects, time-outs and usage errors. Each case
 * breaks one thing and expects exit 1 with a FAIL line naming it. What is checked of the pages (marker, files
 * they load, CSP, framing, size) is in checkDeployPages.test.ts.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { describeBuilt, DIST } from "../support/build";
import {
  type DeployServer,
  failLines,
  freshSite,
  runCheckDeploy,
  type Site,
  startDeployServer,
  urlLines,
} from "../support/deploySite";

jest.setTimeout(30_000);

let server: DeployServer;
let base: string;
let site: Site;
let caFile: string;
let tmp: string;

const run = (args: string[], trustTestCa = true, extraEnv = {}) =>
  runCheckDeploy(caFile, args, trustTestCa, extraEnv);
const checkSite = (trustTestCa = true, extraEnv = {}) =>
  run([path.join(site.root, "manifest.xml")], trustTestCa, extraEnv);

beforeAll(async () => {
  server = await startDeployServer();
  ({ base, caFile, tmp } = server);
});

afterAll(() => server.close());

beforeEach(() => {
  site = server.site = freshSite(tmp, base);
});

test("a correct deployment passes: every URL of the manifest, the help pages and what the pages load answer OK", async () => {
  const { code, out } = await checkSite();
  expect(failLines(out)).toEqual([]);
  expect(code).toBe(0);
  const paths = ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"];
  paths.push("functions.js", "functions.json", "taskpane.html", "help.html", "help.ru.html", "help.css");
  paths.push("taskpane.js", "ru.js");
  const lines = urlLines(out);
  for (const file of paths) {
    expect(lines.filter((line) => line.includes(`${base}${file} `))).toEqual([
      expect.stringMatching(/^OK {3}200 /),
    ]);
  }
  expect(lines).toHaveLength(12);
  expect(out).toMatch(
    /functions\.json \(bt:Url Functions\.Metadata\.Url\): CORS \*; 2 functions, 1 help page$/m,
  );
  expect(out).toMatch(
    /help\.html \(SupportUrl, helpUrl of RUTRADE, RUPOLL\): is help\.html; CSP meta tag allows its 1 load$/m,
  );
  // office.js, three scripts of the build and the functions metadata.
  expect(out).toMatch(
    /taskpane\.html \(SourceLocation, bt:Url Taskpane\.Url\): is taskpane\.html; CSP meta tag allows all 5 loads$/m,
  );
  expect(out).toContain(`NODE_EXTRA_CA_CERTS (${caFile})`);
  expect(out).toMatch(/^OK {3}200 text\/css .*help\.css \(loaded by help\.html, help\.ru\.html\)$/m);
  expect(out).toMatch(/functions\.js \(bt:Url Functions\.Script\.Url, loaded by taskpane\.html\)/);
  expect(out).toMatch(/^OK {3}200 text\/javascript .*ru\.js \(loaded by taskpane\.html\)$/m);
  expect(out).toContain("All 12 URLs passed.");
});

test("functions.json without CORS fails, naming functions.json and CORS", async () => {
  site.cors = false;
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      /functions\.json .*CORS: no Access-Control-Allow-Origin header for Origin https:\/\/excel/,
    ),
  ]);
});

test("functions.json answering another origin fails", async () => {
  site.headers["/functions.json"] = { "Access-Control-Allow-Origin": "https://example.com" };
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([expect.stringMatching(/functions\.json .*"https:\/\/example\.com"/)]);
});

test("a missing icon fails with its 404", async () => {
  rmSync(path.join(site.root, "assets", "icon-80.png"));
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    `FAIL 404 text/plain       ${base}assets/icon-80.png (bt:Image Icon.80x80): status 404, expected 200`,
  ]);
});

test("a stylesheet a page loads from the host is checked: missing, it fails naming the page", async () => {
  rmSync(path.join(site.root, "help.css"));
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      /^FAIL 404 .*help\.css \(loaded by help\.html, help\.ru\.html\): status 404, expected 200$/,
    ),
  ]);
});

test("a page with the wrong content type fails", async () => {
  site.types["/taskpane.html"] = "text/plain";
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(
      /^FAIL 200 text\/plain .*taskpane\.html .*content type text\/plain, expected text\/html$/,
    ),
  ]);
});

test("an untrusted CA fails with a readable TLS message; the system bundle (SSL_CERT_FILE) is trusted", async () => {
  const { code, out } = await checkSite(false);
  expect(code).toBe(1);
  const lines = failLines(out);
  expect(lines).toHaveLength(9);
  for (const line of lines) {
    expect(line).toMatch(
      /TLS: the certificate of 127\.0\.0\.1:\d+ is not trusted \([A-Z_]+\): its issuer is not among the trusted CAs$/,
    );
  }
  expect(out).toMatch(/^If the host uses your organisation's own CA, run with NODE_EXTRA_CA_CERTS=/m);
  // Node's default agent ignores the system store; the script reads it, found here through SSL_CERT_FILE.
  const system = await checkSite(false, { SSL_CERT_FILE: caFile });
  expect(system.out).toContain(`the system CAs (${caFile})`);
  expect(system.code).toBe(0);
});

test("an http:// URL in the manifest fails without being fetched", async () => {
  const file = path.join(site.root, "manifest.xml");
  const httpBase = base.replace("https:", "http:");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(`${base}assets/icon-16.png`, `${httpBase}assets/icon-16.png`),
  );
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    `FAIL --- -                ${httpBase}assets/icon-16.png (bt:Image Icon.16x16): not https (http://): Office loads add-in files only over HTTPS`,
  ]);
});

test("a redirect fails with its Location; a help page that is missing fails; a silent host times out", async () => {
  site.redirects["/functions.js"] = `${base}js/functions.js`;
  const json = path.join(site.root, "functions.json");
  writeFileSync(json, readFileSync(json, "utf8").replace("help.html#rupoll", "gone.html#rupoll"));
  site.hang.add("/assets/icon-64.png");
  const { code, out } = await run([path.join(site.root, "manifest.xml"), "--timeout", "700"]);
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([
    expect.stringMatching(/icon-64\.png .*no complete answer within 0\.7 s$/),
    expect.stringMatching(
      /^FAIL 302 .*functions\.js .*redirects to https:\/\/127\.0\.0\.1:\d+\/js\/functions\.js/,
    ),
    expect.stringMatching(/^FAIL 404 .*gone\.html \(helpUrl of RUPOLL\): status 404, expected 200$/),
  ]);
});

test("usage errors exit 2: no manifest, a malformed manifest, an unknown option", async () => {
  const missing = await run([path.join(site.root, "nothing.xml")]);
  expect(missing).toEqual({ code: 2, out: expect.stringContaining("cannot read the manifest") });
  const malformed = path.join(site.root, "bad.xml");
  writeFileSync(malformed, "<OfficeApp><IconUrl DefaultValue='x'></OfficeApp>");
  expect(await run([malformed])).toEqual({
    code: 2,
    out: expect.stringContaining("cannot parse the manifest"),
  });
  expect(await run(["--base", base])).toEqual({
    code: 2,
    out: expect.stringContaining("unknown option --base"),
  });
});

describeBuilt(
  "the production build in dist/, served as is",
  ["manifest.xml", "functions.json", "functions.ru.json"],
  () => {
    test("passes once its URLs point at the local server", async () => {
      const copy = path.join(tmp, "dist");
      cpSync(DIST, copy, { recursive: true });
      const xml = readFileSync(path.join(copy, "manifest.xml"), "utf8");
      const taskpane = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "";
      const builtBase = new URL(".", taskpane).href;
      for (const file of ["manifest.xml", "functions.json", "functions.ru.json"]) {
        const text = readFileSync(path.join(copy, file), "utf8");
        writeFileSync(path.join(copy, file), text.split(builtBase).join(base));
      }
      site = server.site = { ...freshSite(tmp, base), root: copy };
      const { code, out } = await run([path.join(copy, "manifest.xml")]);
      expect(failLines(out)).toEqual([]);
      expect(code).toBe(0);
      expect(out).toMatch(/^OK {3}200 application\/json .*functions\.json .*CORS \*/m);
      expect(out).toMatch(
        /^OK {3}200 text\/html .*taskpane\.html .*: is taskpane\.html; CSP meta tag allows all 7 loads$/m,
      );
      expect(out).toMatch(/^OK {3}200 text\/javascript .*taskpane\.js \(loaded by taskpane\.html\)$/m);
      expect(out).toMatch(/^OK {3}200 text\/css .*help\.css \(loaded by help\.html, help\.ru\.html\)$/m);
      expect(out).toMatch(
        /help\.ru\.html \(.*helpUrl of RUTRADE, .* in functions\.ru\.json\): is help\.ru\.html; CSP meta tag allows its 1 load$/m,
      );
      // ru.js, which no HTML names, found in the build's pages.json;
      expect(out).toMatch(/^OK {3}200 text\/javascript .*\/ru\.js \(loaded by taskpane\.html\)$/m);
      // card.js (the country cards' builder, loaded by CA.COUNTRY's first card), found the same way.
      expect(out).toMatch(/^OK {3}200 text\/javascript .*\/card\.js \(loaded by taskpane\.html\)$/m);
      expect(out).toContain("All 14 URLs passed.");
    });
  },
);
