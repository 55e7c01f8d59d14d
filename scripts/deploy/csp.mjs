/**
 * Content-Security-Policy as a browser applies it, for `npm run check-deploy`: every policy of a page (each
 * Content-Security-Policy header, each comma-separated policy in one, and each <meta http-equiv> tag) is
 * enforced, so a load happens only if all of them allow it. A directive falls back as CSP Level 3 says
 * (script-src-elem → script-src → default-src); frame-ancestors is read from headers only, as browsers ignore
 * it in a meta tag. No network here.
 */

/**
 * @typedef {object} Policy
 * @property {"header" | "meta"} where
 * @property {Map<string, string[]>} directives name → source list (the first of a repeated directive wins)
 */

/** Which directives govern each kind of load, most specific first. */
const FALLBACKS = /** @type {const} */ ({
  script: ["script-src-elem", "script-src", "default-src"],
  style: ["style-src-elem", "style-src", "default-src"],
  connect: ["connect-src", "default-src"],
  "frame-ancestors": ["frame-ancestors"],
});

/**
 * Parses one policy string (one header value may hold several, separated by commas).
 * @param {string} text
 * @param {"header" | "meta"} where
 * @returns {Policy[]}
 */
export function parsePolicies(text, where) {
  return text
    .split(",")
    .map((policy) => {
      /** @type {Map<string, string[]>} */
      const directives = new Map();
      for (const part of policy.split(";")) {
        const [name, ...sources] = part.trim().split(/[\t\n\f\r ]+/);
        const key = (name ?? "").toLowerCase();
        if (!key || directives.has(key)) continue;
        // A meta tag cannot set these (browsers ignore them there).
        if (where === "meta" && ["frame-ancestors", "report-uri", "sandbox"].includes(key)) continue;
        directives.set(key, sources.filter(Boolean));
      }
      return { where, directives };
    })
    .filter((policy) => policy.directives.size > 0);
}

/**
 * Whether a source-list expression matches a URL loaded by a page of `selfOrigin`.
 * @param {string} source e.g. 'self', https:, *.example.com, https://cdn.example.com/lib/
 * @param {URL} url
 * @param {string} selfOrigin
 */
function sourceMatches(source, url, selfOrigin) {
  const expression = source.toLowerCase();
  if (expression === "'self'") {
    const self = new URL(selfOrigin);
    return (
      url.origin === selfOrigin ||
      (self.protocol === "http:" && url.protocol === "https:" && url.host === self.host)
    );
  }
  if (expression === "*") return ["http:", "https:", "ws:", "wss:"].includes(url.protocol);
  if (/^[a-z][a-z0-9+.-]*:$/.test(expression)) {
    return url.protocol === expression || (expression === "http:" && url.protocol === "https:");
  }
  if (expression.startsWith("'")) return false; // keywords, nonces and hashes name no URL
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/.*)?$/.exec(
    expression,
  );
  if (!match) return false;
  const [, scheme, host, port, path] = match;
  // Without a scheme, a host matches in the page's own scheme; http also admits its upgrade to https.
  const wantedScheme = scheme ?? new URL(selfOrigin).protocol.slice(0, -1);
  const protocol = url.protocol.slice(0, -1);
  if (protocol !== wantedScheme && !(wantedScheme === "http" && protocol === "https")) return false;
  const hostname = url.hostname.toLowerCase();
  if (host === "*") {
    // "*" as a host matches any host.
  } else if (host.startsWith("*.")) {
    if (!hostname.endsWith(host.slice(1))) return false;
  } else if (hostname !== host) {
    return false;
  }
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  if (port !== "*" && (url.port || defaultPort) !== (port ?? defaultPort)) return false;
  if (path && path !== "/") {
    const wanted = decodeURIComponent(path);
    const actual = decodeURIComponent(url.pathname);
    return wanted.endsWith("/") ? actual.startsWith(wanted) : actual === wanted;
  }
  return true;
}

/**
 * Whether one policy allows a load, and if not, the directive that blocks it.
 * @param {Policy} policy
 * @param {keyof typeof FALLBACKS} kind
 * @param {URL} url
 * @param {string} selfOrigin
 * @returns {string | null} null when allowed, else "script-src 'self'" (the blocking directive as written)
 */
function blockedBy(policy, kind, url, selfOrigin) {
  const name = FALLBACKS[kind].find((directive) => policy.directives.has(directive));
  if (name === undefined) return null;
  const sources = policy.directives.get(name) ?? [];
  const lowered = sources.map((s) => s.toLowerCase());
  // With 'strict-dynamic', a script tag needs a nonce or a hash: URL allow-lists are ignored.
  const strictDynamic = kind === "script" && lowered.includes("'strict-dynamic'");
  const allowed =
    !lowered.includes("'none'") &&
    !strictDynamic &&
    sources.some((source) => sourceMatches(source, url, selfOrigin));
  return allowed ? null : `${name} ${sources.join(" ") || "(empty)"}`;
}

/**
 * What the policies of a page block among the loads asked about; empty when all are allowed.
 * @param {Policy[]} policies
 * @param {string} pageUrl
 * @param {{ kind: keyof typeof FALLBACKS, url: string }[]} loads
 * @returns {string[]} one sentence per blocked load, naming the policy and its directive
 */
export function blockedLoads(policies, pageUrl, loads) {
  const selfOrigin = new URL(pageUrl).origin;
  const problems = [];
  for (const { kind, url } of loads) {
    for (const policy of policies) {
      const directive = blockedBy(policy, kind, new URL(url), selfOrigin);
      if (directive !== null) {
        const what =
          kind === "frame-ancestors"
            ? `framing by ${url}`
            : `${kind === "connect" ? "fetching" : `the ${kind}`} ${url}`;
        problems.push(
          `the CSP ${policy.where === "header" ? "header" : "meta tag"} blocks ${what} (${directive})`,
        );
        break;
      }
    }
  }
  return problems;
}
