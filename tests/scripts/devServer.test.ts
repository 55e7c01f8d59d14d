/*
 * The development server as `npm start` runs it (webpack-dev-server with the project's configuration,
 * over http here to avoid certificates): it listens on loopback, sends CORS only on the functions metadata
 * the manifest names (functions.json and the Russian functions.ru.json), and refuses source maps to other
 * origins however their URL is spelt.
 */
import { readFileSync } from "fs";
import { request } from "http";
import type { AddressInfo } from "net";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the configuration is CommonJS
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<webpack.Configuration & { devServer: WebpackDevServer.Configuration }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS helper shared with the configuration
const { crossOriginPaths, devServerHost } = require("../../scripts/devServer.cjs") as {
  crossOriginPaths: (manifestXml: string, serverUrl: string) => Set<string>;
  devServerHost: (env: Record<string, string | undefined>, warn?: (m: string) => void) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, shared with check-deploy
const { manifestUrls } = require("../../scripts/deploy/manifest.cjs") as {
  manifestUrls: (xml: string) => { urls: { url: string; role: string }[] };
};

const MANIFEST = readFileSync(`${__dirname}/../../manifest.xml`, "utf8");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: WebpackDevServer;
let port = 0;

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack({ ...config, infrastructureLogging: { level: "error" }, stats: "none" });
  const compiled = new Promise<void>((resolve) => compiler.hooks.done.tap("test", () => resolve()));
  server = new WebpackDevServer({ ...config.devServer, server: "http", port: 0 }, compiler);
  await server.start();
  await compiled;
  port = (server.server?.address() as AddressInfo).port;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

test("listens on loopback only", () => {
  const address = server.server?.address() as AddressInfo;
  expect(["127.0.0.1", "::1"]).toContain(address.address);
});

// Read from the manifest, not from the server's own list: Russian Excel fetches functions.ru.json.
const metadataPaths = manifestUrls(MANIFEST)
  .urls.filter((entry) => entry.role === "metadata")
  .map((entry) => new URL(entry.url).pathname);

test("the manifest names the English and the Russian functions metadata", () => {
  expect(metadataPaths).toEqual(["/functions.json", "/functions.ru.json"]);
});

test.each(metadataPaths)(
  "%s carries CORS (Excel on the web fetches it cross-origin), and answers a preflight",
  async (path) => {
    const answer = await get(path, { Origin: "https://excel.officeapps.live.com" });
    expect(answer.status).toBe(200);
    expect(answer.headers["access-control-allow-origin"]).toBe("*");
    expect(JSON.parse(answer.body).functions.length).toBeGreaterThan(0);
    const preflight = await get(path, { Origin: "https://excel.officeapps.live.com" }, "OPTIONS");
    expect(preflight.status).toBe(204);
  },
);

test("the CORS list is every metadata URL the manifest names on the server, and nothing else", () => {
  const renamed = MANIFEST.replace("functions.ru.json", "metadata/ru-RU.json").replace(
    'DefaultValue="https://localhost:3000/functions.json"',
    'DefaultValue="https://cdn.example.com/functions.json"',
  );
  expect([...crossOriginPaths(renamed, "https://localhost:3000/")]).toEqual(["/metadata/ru-RU.json"]);
  const none = MANIFEST.replace(
    /https:\/\/localhost:3000\/functions(\.ru)?\.json/g,
    "https://cdn.example.com/f.json",
  );
  expect(() => crossOriginPaths(none, "https://localhost:3000/")).toThrow(/names no functions metadata/);
});

test.each(["/taskpane.html", "/taskpane.js", "/functions.js", "/manifest.xml"])(
  "%s has no CORS header",
  async (path) => {
    const answer = await get(path, { Origin: "https://evil.example" });
    expect(answer.status).toBe(200);
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
  },
);

test("source maps go to the server's own pages, never to another origin", async () => {
  const own = await get("/functions.js.map", {
    Origin: `http://127.0.0.1:${port}`,
    Host: `127.0.0.1:${port}`,
  });
  expect(own.status).toBe(200);
  expect((await get("/functions.js.map")).status).toBe(200);
  const foreign = await get("/functions.js.map", { Origin: "https://evil.example" });
  expect(foreign.status).toBe(403);
  expect(foreign.headers["access-control-allow-origin"]).toBeUndefined();
  const crossSite = await get("/taskpane.js.map", { "Sec-Fetch-Site": "cross-site" });
  expect(crossSite.status).toBe(403);
});

// Spellings the file middleware decodes to a map: percent-escapes, dot segments, an escaped slash, a query.
const MAP_SPELLINGS = [
  "/taskpane.js.%6dap",
  "/taskpane.js.%6Dap",
  "/functions%2Ejs%2Emap",
  "/assets/..%2Ftaskpane.js.map",
  "/assets/%2e%2e/taskpane.js.map",
  "/./functions.js.map",
  "//functions.js.map",
  "/functions.js.map?v=1",
];

test.each(MAP_SPELLINGS)("%s: no source map for another origin", async (spelling) => {
  const foreign = await get(spelling, { Origin: "https://evil.example" });
  // Booleans, not the body: a failure would print the whole map.
  expect({ status: foreign.status, map: foreign.body.includes('"mappings"') }).toEqual({
    status: 403,
    map: false,
  });
  const crossSite = await get(spelling, { "Sec-Fetch-Site": "cross-site" });
  expect({ status: crossSite.status, map: crossSite.body.includes('"mappings"') }).toEqual({
    status: 403,
    map: false,
  });
});

test("the spellings above do reach the map from the server's own pages (so the refusals are real)", async () => {
  const served = [];
  for (const spelling of MAP_SPELLINGS) {
    const own = await get(spelling, { Origin: `http://127.0.0.1:${port}`, Host: `127.0.0.1:${port}` });
    if (own.status === 200 && own.body.includes('"mappings"')) served.push(spelling);
  }
  expect(served.length).toBeGreaterThanOrEqual(5);
});

test("ADDIN_DEV_HOST opens the server to the network, with a warning", () => {
  const warnings: string[] = [];
  expect(devServerHost({}, (m) => warnings.push(m))).toBe("localhost");
  expect(warnings).toEqual([]);
  expect(devServerHost({ ADDIN_DEV_HOST: "0.0.0.0" }, (m) => warnings.push(m))).toBe("0.0.0.0");
  expect(warnings.join()).toMatch(/reachable from the network/);
});
