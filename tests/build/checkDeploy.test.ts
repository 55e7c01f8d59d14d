/*
 * scripts/check-deploy.mjs against a local https server (127.0.0.1, ephemeral port, offline) that serves a
 * small fake dist/ modelled on manifest.xml, under a throwaway CA made here with mkcert (the library
 * office-addin-dev-certs uses). The script runs as a child process and trusts that CA only through
 * NODE_EXTRA_CA_CERTS. Each case breaks one thing and expects exit 1 with a FAIL line naming it.
 */
import { execFile } from "child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { IncomingMessage, ServerResponse } from "http";
import https from "https";
import { createCA, createCert } from "mkcert";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { describeBuilt, DIST } from "../support/build";

jest.setTimeout(30_000);

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts", "check-deploy.mjs");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">`;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

/** What the server does; each test starts from a correct site and breaks one thing. */
interface Site {
  root: string;
  cors: boolean;
  types: Record<string, string>;
  headers: Record<string, Record<string, string>>;
  redirects: Record<string, string>;
  hang: Set<string>;
}

let tmp: string;
let caFile: string;
let server: https.Server;
let base: string;
let site: Site;

function manifest(url: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="TaskPaneApp">
  <Id>00000000-0000-4000-8000-000000000000</Id>
  <Version>1.0.0.0</Version>
  <DisplayName DefaultValue="Test"/>
  <IconUrl DefaultValue="${url}assets/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${url}assets/icon-64.png"/>
  <SupportUrl DefaultValue="${url}help.html"/>
  <DefaultSettings><SourceLocation DefaultValue="${url}taskpane.html"/></DefaultSettings>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts><Host xsi:type="Workbook"><AllFormFactors><ExtensionPoint xsi:type="CustomFunctions">
      <Script><SourceLocation resid="Functions.Script.Url"/></Script>
      <Page><SourceLocation resid="Taskpane.Url"/></Page>
      <Metadata><SourceLocation resid="Functions.Metadata.Url"/></Metadata>
      <Namespace resid="Functions.Namespace"/>
    </ExtensionPoint></AllFormFactors></Host></Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${url}assets/icon-16.png"/>
        <bt:Image id="Icon.32x32" DefaultValue="${url}assets/icon-32.png"/>
        <bt:Image id="Icon.80x80" DefaultValue="${url}assets/icon-80.png"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url}functions.js"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url}functions.json"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${url}taskpane.html"/>
      </bt:Urls>
      <bt:ShortStrings><bt:String id="Functions.Namespace" DefaultValue="CA"/></bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/** Writes a correct fake dist/ into a fresh folder. */
function freshSite(): Site {
  const root = mkdtempSync(path.join(tmp, "site-"));
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  write("manifest.xml", manifest(base));
  write("taskpane.html", `<!doctype html><html><head>${CSP}<script src=functions.js></script></head></html>`);
  const style = `<link rel="stylesheet" href="help.css">`;
  write(
    "help.html",
    `<!doctype html><html><head><meta charset=UTF-8>${CSP}${style}</head><body>Help</body></html>`,
  );
  write("help.css", "body { margin: 0 }");
  write("functions.js", "CustomFunctions.associate('RUTRADE', () => 0.4);");
  const helpUrl = (anchor: string) => `${base}help.html#${anchor}`;
  const functions = ["RUTRADE", "RUPOLL"].map((id) => ({ id, name: id, helpUrl: helpUrl(id.toLowerCase()) }));
  write("functions.json", JSON.stringify({ functions }));
  for (const size of [16, 32, 64, 80]) write(`assets/icon-${size}.png`, PNG);
  return { root, cors: true, types: {}, headers: {}, redirects: {}, hang: new Set() };
}

function serve(request: IncomingMessage, response: ServerResponse): void {
  const pathname = decodeURIComponent(new URL(request.url ?? "/", base).pathname);
  if (site.hang.has(pathname)) return;
  if (site.redirects[pathname]) {
    response.writeHead(302, { Location: site.redirects[pathname] }).end();
    return;
  }
  const file = path.join(site.root, pathname);
  if (!file.startsWith(site.root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, {
    "Content-Type": site.types[pathname] ?? TYPES[path.extname(file)] ?? "application/octet-stream",
    // Like a CORS middleware: the header answers cross-origin requests, which carry an Origin.
    ...(site.cors && request.headers.origin ? { "Access-Control-Allow-Origin": "*" } : {}),
    ...site.headers[pathname],
  });
  response.end(readFileSync(file));
}

/** Runs the script on a manifest; trusts the test CA (through NODE_EXTRA_CA_CERTS) only if asked to. */
function run(args: string[], trustTestCa = true, extraEnv = {}): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_TLS_REJECT_UNAUTHORIZED;
  delete env.SSL_CERT_FILE;
  if (trustTestCa) env.NODE_EXTRA_CA_CERTS = caFile;
  Object.assign(env, extraEnv);
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { env, cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}` });
    });
  });
}

const checkSite = (trustTestCa = true, extraEnv = {}) =>
  run([path.join(site.root, "manifest.xml")], trustTestCa, extraEnv);
const failLines = (out: string) => out.split("\n").filter((line) => line.startsWith("FAIL"));
const urlLines = (out: string) => out.split("\n").filter((line) => /^(OK|FAIL) /.test(line));

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "check-deploy-"));
  const names = { organization: "check-deploy test CA", countryCode: "US", state: "-", locality: "-" };
  const ca = await createCA({ ...names, validity: 2 });
  const cert = await createCert({ ca, domains: ["127.0.0.1", "localhost"], validity: 2 });
  caFile = path.join(tmp, "ca.pem");
  writeFileSync(caFile, ca.cert);
  server = https.createServer({ key: cert.key, cert: cert.cert }, serve);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  site = freshSite();
});

test("a correct deployment passes: every URL of the manifest and the help page answer OK", async () => {
  const { code, out } = await checkSite();
  expect(failLines(out)).toEqual([]);
  expect(code).toBe(0);
  const paths = ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"];
  paths.push("functions.js", "functions.json", "taskpane.html", "help.html", "help.css");
  const lines = urlLines(out);
  for (const file of paths) {
    expect(lines.filter((line) => line.includes(`${base}${file} `))).toEqual([
      expect.stringMatching(/^OK {3}200 /),
    ]);
  }
  expect(lines).toHaveLength(9);
  expect(out).toMatch(
    /functions\.json \(bt:Url Functions\.Metadata\.Url\): CORS \*; 2 functions, 1 help page$/m,
  );
  expect(out).toMatch(/help\.html \(SupportUrl, helpUrl of RUTRADE, RUPOLL\): CSP meta tag/);
  expect(out).toContain(`NODE_EXTRA_CA_CERTS (${caFile})`);
  expect(out).toMatch(/^OK {3}200 text\/css .*help\.css \(loaded by help\.html\)$/m);
  expect(out).toMatch(/functions\.js \(bt:Url Functions\.Script\.Url, loaded by taskpane\.html\)/);
  expect(out).toContain("All 9 URLs passed.");
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
    expect.stringMatching(/^FAIL 404 .*help\.css \(loaded by help\.html\): status 404, expected 200$/),
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

test("a page without a CSP fails; a CSP header instead of the meta tag passes", async () => {
  const help = path.join(site.root, "help.html");
  writeFileSync(help, readFileSync(help, "utf8").replace(CSP, ""));
  const { code, out } = await checkSite();
  expect(code).toBe(1);
  expect(failLines(out)).toEqual([expect.stringMatching(/help\.html .*no Content-Security-Policy/)]);

  site.headers["/help.html"] = { "Content-Security-Policy": "default-src 'self'" };
  const again = await checkSite();
  expect(again.out).toMatch(/^OK .*help\.html .*CSP header$/m);
  expect(again.code).toBe(0);
});

test("an untrusted CA fails with a readable TLS message; the system bundle (SSL_CERT_FILE) is trusted", async () => {
  const { code, out } = await checkSite(false);
  expect(code).toBe(1);
  const lines = failLines(out);
  expect(lines).toHaveLength(8);
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
      site = { ...freshSite(), root: copy };
      const { code, out } = await run([path.join(copy, "manifest.xml")]);
      expect(failLines(out)).toEqual([]);
      expect(code).toBe(0);
      expect(out).toMatch(/^OK {3}200 application\/json .*functions\.json .*CORS \*/m);
      expect(out).toMatch(/^OK {3}200 text\/html .*taskpane\.html .*CSP meta tag$/m);
      expect(out).toMatch(/^OK {3}200 text\/javascript .*taskpane\.js \(loaded by taskpane\.html\)$/m);
      expect(out).toMatch(/^OK {3}200 text\/css .*help\.css \(loaded by help\.html, help\.ru\.html\)$/m);
      expect(out).toMatch(
        /help\.ru\.html \(.*helpUrl of RUTRADE, .* in functions\.ru\.json\): CSP meta tag$/m,
      );
    });
  },
);
