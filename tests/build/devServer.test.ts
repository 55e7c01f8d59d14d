/*
 * The development server as `npm start` runs it (webpack-dev-server with the project's configuration,
 * over http here to avoid certificates): it listens on loopback, sends CORS only on functions.json, and
 * refuses source maps to other origins.
 */
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
const { devServerHost } = require("../../scripts/devServer.cjs") as {
  devServerHost: (env: Record<string, string | undefined>, warn?: (m: string) => void) => string;
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

let server: WebpackDevServer;
let port = 0;

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
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

test("functions.json carries CORS (Excel on the web fetches it cross-origin), and answers a preflight", async () => {
  const answer = await get("/functions.json", { Origin: "https://excel.officeapps.live.com" });
  expect(answer.status).toBe(200);
  expect(answer.headers["access-control-allow-origin"]).toBe("*");
  const preflight = await get("/functions.json", { Origin: "https://excel.officeapps.live.com" }, "OPTIONS");
  expect(preflight.status).toBe(204);
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

test("ADDIN_DEV_HOST opens the server to the network, with a warning", () => {
  const warnings: string[] = [];
  expect(devServerHost({}, (m) => warnings.push(m))).toBe("localhost");
  expect(warnings).toEqual([]);
  expect(devServerHost({ ADDIN_DEV_HOST: "0.0.0.0" }, (m) => warnings.push(m))).toBe("0.0.0.0");
  expect(warnings.join()).toMatch(/reachable from the network/);
});
