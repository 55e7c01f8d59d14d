/*
 * A local https server (127.0.0.1, ephemeral port, offline) serving a small fake dist/ modelled on the build
 * (manifest.xml, the pane and two help pages with their markers and CSP, pages.json, ru.js…), under a
 * throwaway CA made with mkcert (the library office-addin-dev-certs uses), and scripts/check-deploy.mjs run
 * against it as a child process that trusts that CA only through NODE_EXTRA_CA_CERTS. Each test starts from
 * a correct site (freshSite) and breaks one thing.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { IncomingMessage, ServerResponse } from "http";
import https from "https";
import { createCA, createCert } from "mkcert";
import { AddressInfo } from "net";
import os from "os";
import path from "path";
import { gzipSync } from "zlib";

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
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The pane's policy as the build writes it (less what does not matter here). */
export const PANE_CSP = `default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; object-src 'none'`;
export const HELP_CSP = `default-src 'self'; object-src 'none'`;
const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const marker = (page: string) => `<meta name="central-asia-indicators-page" content="${page}">`;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

/** What the server does. */
export interface Site {
  root: string;
  cors: boolean;
  types: Record<string, string>;
  headers: Record<string, Record<string, string>>;
  redirects: Record<string, string>;
  hang: Set<string>;
  /** A page answered for any missing file (as a single-page-app fallback does), if set. */
  fallback?: string;
  /** Paths answered with this many zero bytes, gzip-compressed. */
  gzipBombs: Record<string, number>;
}

export interface DeployServer {
  base: string;
  tmp: string;
  caFile: string;
  site: Site;
  close(): Promise<void>;
}

export function manifest(url: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="TaskPaneApp">
  <Id>00000000-0000-4000-8000-000000000000</Id>
  <Version>1.0.0.0</Version>
  <DisplayName DefaultValue="Test"/>
  <IconUrl DefaultValue="${url}assets/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${url}assets/icon-64.png"/>
  <SupportUrl DefaultValue="${url}help.html"><Override Locale="ru-RU" Value="${url}help.ru.html"/></SupportUrl>
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

/** Writes a correct fake dist/ into a fresh folder under `tmp`, for a server at `base`. */
export function freshSite(tmp: string, base: string): Site {
  const root = mkdtempSync(path.join(tmp, "site-"));
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  write("manifest.xml", manifest(base));
  const scripts = `<script src="${OFFICE_JS}"></script><script src=functions.js></script><script src=taskpane.js></script>`;
  write(
    "taskpane.html",
    `<!doctype html><html><head>${marker("taskpane.html")}${meta(PANE_CSP)}${scripts}</head></html>`,
  );
  for (const page of ["help.html", "help.ru.html"]) {
    const head = `${marker(page)}<meta charset=UTF-8>${meta(HELP_CSP)}<link rel="stylesheet" href="help.css">`;
    write(page, `<!doctype html><html><head>${head}</head><body>Help</body></html>`);
  }
  write("help.css", "body { margin: 0 }");
  write("functions.js", "CustomFunctions.associate('RUTRADE', () => 0.4);");
  write("taskpane.js", "import('./ru.js');");
  write("ru.js", "export const RU = {};");
  const helpUrl = (anchor: string) => `${base}help.html#${anchor}`;
  const functions = ["RUTRADE", "RUPOLL"].map((id) => ({ id, name: id, helpUrl: helpUrl(id.toLowerCase()) }));
  write("functions.json", JSON.stringify({ functions }));
  for (const size of [16, 32, 64, 80]) write(`assets/icon-${size}.png`, PNG);
  const pages = {
    "help.html": { marker: "help.html", loads: ["help.css"] },
    "help.ru.html": { marker: "help.ru.html", loads: ["help.css"] },
    "taskpane.html": { marker: "taskpane.html", loads: ["functions.js", "taskpane.js", "ru.js"] },
  };
  write("pages.json", JSON.stringify(pages));
  return { root, cors: true, types: {}, headers: {}, redirects: {}, hang: new Set(), gzipBombs: {} };
}

function serve(server: DeployServer, request: IncomingMessage, response: ServerResponse): void {
  const { site, base } = server;
  const pathname = decodeURIComponent(new URL(request.url ?? "/", base).pathname);
  if (site.hang.has(pathname)) return;
  if (site.redirects[pathname]) {
    response.writeHead(302, { Location: site.redirects[pathname] }).end();
    return;
  }
  const headers = {
    // Like a CORS middleware: the header answers cross-origin requests, which carry an Origin.
    ...(site.cors && request.headers.origin ? { "Access-Control-Allow-Origin": "*" } : {}),
    ...site.headers[pathname],
  };
  const bomb = site.gzipBombs[pathname];
  if (bomb !== undefined) {
    const body = gzipSync(Buffer.alloc(bomb));
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(pathname)],
      "Content-Encoding": "gzip",
      ...headers,
    });
    response.end(body);
    return;
  }
  let file = path.join(site.root, pathname);
  const found = file.startsWith(site.root + path.sep) && existsSync(file) && statSync(file).isFile();
  if (!found && site.fallback) {
    file = path.join(site.root, site.fallback);
  } else if (!found) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, {
    "Content-Type": site.types[pathname] ?? TYPES[path.extname(file)] ?? "application/octet-stream",
    ...headers,
  });
  response.end(readFileSync(file));
}

/** Starts the server with a fresh site; `server.site` may be replaced or changed by each test. */
export async function startDeployServer(): Promise<DeployServer> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "check-deploy-"));
  const names = { organization: "check-deploy test CA", countryCode: "US", state: "-", locality: "-" };
  const ca = await createCA({ ...names, validity: 2 });
  const cert = await createCert({ ca, domains: ["127.0.0.1", "localhost"], validity: 2 });
  const caFile = path.join(tmp, "ca.pem");
  writeFileSync(caFile, ca.cert);
  const state: DeployServer = {
    base: "",
    tmp,
    caFile,
    site: undefined as unknown as Site,
    close: async () => {
      httpsServer.closeAllConnections();
      await new Promise((resolve) => httpsServer.close(resolve));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  const httpsServer = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) =>
    serve(state, req, res),
  );
  await new Promise<void>((resolve) => httpsServer.listen(0, "127.0.0.1", resolve));
  state.base = `https://127.0.0.1:${(httpsServer.address() as AddressInfo).port}/`;
  state.site = freshSite(tmp, state.base);
  return state;
}

/** Runs check-deploy; trusts the test CA (through NODE_EXTRA_CA_CERTS) only if asked to. */
export function runCheckDeploy(
  caFile: string,
  args: string[],
  trustTestCa = true,
  extraEnv = {},
): Promise<{ code: number; out: string }> {
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

export const failLines = (out: string) => out.split("\n").filter((line) => line.startsWith("FAIL"));
export const urlLines = (out: string) => out.split("\n").filter((line) => /^(OK|FAIL) /.test(line));
