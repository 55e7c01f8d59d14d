/** Types for scripts/hosting.cjs (used by tests/build/manifest.test.ts). */
import type { Compiler } from "webpack";

export declare const DEV_URL: "https://localhost:3000/";
export declare const ENV_VAR: "ADDIN_BASE_URL";
export declare function validateProductionUrl(url: unknown, origin?: string): string;
export declare function resolveProductionUrl(
  env: Record<string, string | undefined>,
  packageJson: { config?: { productionUrl?: string } },
): { url: string; origin: string; isPlaceholder: boolean };
export declare function rewriteUrls(text: string, productionUrl: string, what?: string): string;
export declare function rewriteManifest(xml: string, productionUrl: string): string;
export declare function rewriteFunctionsMetadata(json: string, productionUrl: string): string;
export declare class RewriteHostingUrlsPlugin {
  constructor(options: { url: string; assets?: string[] });
  apply(compiler: Compiler): void;
}
