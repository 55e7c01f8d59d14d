/**
 * HTTPS GET for `npm run check-deploy`, with Node's own https module: no redirect is followed, each request
 * has a deadline, and TLS failures become sentences.
 *
 * Trust: Node's bundled CA list (what Node trusts by default), the system's CA bundle where it is a file
 * (Linux; read by this module, since Node 20 does not use the system store by default), and the
 * certificates in NODE_EXTRA_CA_CERTS. The list is given to the agent explicitly (as a secure context), so the
 * three are trusted together.
 */
import { existsSync, readFileSync } from "node:fs";
import https from "node:https";
import tls from "node:tls";
import zlib from "node:zlib";

/** Where Linux distributions keep the system CA bundle (Debian/Ubuntu/Alpine, Fedora/RHEL, openSUSE, BSD). */
const SYSTEM_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/ssl/cert.pem",
];
/** The most a body may be, as sent and once decompressed: no file of the add-in comes near it. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * The CA certificates to trust, and a sentence saying where they came from.
 * Throws if NODE_EXTRA_CA_CERTS is set but cannot be read or holds no certificate.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ secureContext: tls.SecureContext, description: string }}
 */
export function trustedCertificates(env) {
  const ca = [...tls.rootCertificates];
  const parts = ["Node's CA list"];
  const systemFile = [env.SSL_CERT_FILE, ...SYSTEM_BUNDLES].find((file) => file && existsSync(file));
  if (systemFile) {
    try {
      const pem = readFileSync(systemFile, "utf8");
      if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new Error("no certificate");
      ca.push(pem);
      parts.push(`the system CAs (${systemFile})`);
    } catch {
      parts.push(`not the system CAs (${systemFile} is unreadable)`);
    }
  }
  const extra = env.NODE_EXTRA_CA_CERTS;
  if (extra && extra === systemFile) {
    parts.push(`NODE_EXTRA_CA_CERTS (${extra})`);
  } else if (extra) {
    let pem;
    try {
      pem = readFileSync(extra, "utf8");
    } catch (err) {
      throw new Error(
        `NODE_EXTRA_CA_CERTS=${extra} cannot be read (${err instanceof Error ? err.message : err})`,
      );
    }
    if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
      throw new Error(`NODE_EXTRA_CA_CERTS=${extra} holds no PEM certificate`);
    }
    ca.push(pem);
    parts.push(`NODE_EXTRA_CA_CERTS (${extra})`);
  }
  const description = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  // One context for every request: building it parses a few hundred certificates.
  return { secureContext: tls.createSecureContext({ ca }), description };
}

/** Printed once under the results when a certificate was not trusted. */
export const UNTRUSTED_HINT =
  "If the host uses your organisation's own CA, run with NODE_EXTRA_CA_CERTS=/path/to/ca.pem " +
  "(Office on your users' machines must trust that CA too).";

/** Certificate errors that mean "the issuer is not trusted here". */
const UNTRUSTED = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
]);

/**
 * A readable sentence for a failed request.
 * @param {NodeJS.ErrnoException & { reason?: string }} err
 * @param {string} url
 */
function describeRequestError(err, url) {
  const code = err.code ?? "";
  const host = new URL(url).host;
  if (UNTRUSTED.has(code)) {
    return `TLS: the certificate of ${host} is not trusted (${code}): its issuer is not among the trusted CAs`;
  }
  if (code === "CERT_HAS_EXPIRED") return `TLS: the certificate of ${host} has expired`;
  if (code === "CERT_NOT_YET_VALID") return `TLS: the certificate of ${host} is not valid yet`;
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return `TLS: the certificate does not name ${new URL(url).hostname} (${err.reason ?? err.message})`;
  }
  if (code === "ECONNREFUSED") return `connection to ${host} refused: nothing listens there`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `host ${new URL(url).hostname} not found (DNS)`;
  if (code === "ECONNRESET") return `connection to ${host} reset by the server`;
  if (code === "EPROTO" || code.startsWith("ERR_SSL_")) {
    return `TLS handshake with ${host} failed (${code}): does it serve https on that port?`;
  }
  return code ? `${code}: ${err.message}` : err.message;
}

/**
 * @typedef {object} Response
 * @property {number} status
 * @property {import("node:http").IncomingHttpHeaders} headers
 * @property {Buffer} body the decoded body (gzip, deflate and br are undone)
 */

/**
 * GET a URL without following redirects; resolves with the response, or rejects with a readable Error.
 * @param {string} url
 * @param {{ agent: https.Agent, timeoutMs: number, headers?: Record<string, string> }} options
 * @returns {Promise<Response>}
 */
export function get(url, { agent, timeoutMs, headers = {} }) {
  return new Promise((resolve, reject) => {
    let settled = false;
    /** @param {() => void} action */
    const settle = (action) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const request = https.get(
      url,
      { agent, headers: { "User-Agent": "check-deploy", Accept: "*/*", ...headers } },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        response.on("data", (/** @type {Buffer} */ chunk) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) {
            request.destroy(new Error(`the response is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
          } else {
            chunks.push(chunk);
          }
        });
        response.on("error", (err) => settle(() => reject(new Error(describeRequestError(err, url)))));
        response.on("end", () =>
          settle(() => {
            try {
              const body = decode(Buffer.concat(chunks), response.headers["content-encoding"]);
              resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
            } catch (err) {
              reject(new Error(`the body cannot be decoded (${err instanceof Error ? err.message : err})`));
            }
          }),
        );
      },
    );
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`no complete answer within ${timeoutMs / 1000} s`)));
      request.destroy();
    }, timeoutMs);
    request.on("error", (err) => settle(() => reject(new Error(describeRequestError(err, url)))));
  });
}

/**
 * Undoes the Content-Encoding (each coding of a list, last applied first), never producing more than
 * MAX_BODY_BYTES: a small compressed answer can inflate to gigabytes.
 * @param {Buffer} body
 * @param {string | undefined} encoding
 */
function decode(body, encoding) {
  const codings = (encoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  const limit = { maxOutputLength: MAX_BODY_BYTES };
  let decoded = body;
  for (const coding of codings.reverse()) {
    try {
      if (coding === "gzip" || coding === "x-gzip") decoded = zlib.gunzipSync(decoded, limit);
      else if (coding === "deflate") decoded = zlib.inflateSync(decoded, limit);
      else if (coding === "br") decoded = zlib.brotliDecompressSync(decoded, limit);
      else if (coding !== "identity") throw new Error(`unknown content coding "${coding}"`);
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code === "ERR_BUFFER_TOO_LARGE") {
        throw new Error(`larger than ${MAX_BODY_BYTES / 1024 / 1024} MB once decompressed (${coding})`);
      }
      throw err;
    }
  }
  return decoded;
}
