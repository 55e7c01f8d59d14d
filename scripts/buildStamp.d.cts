/** Types for scripts/buildStamp.cjs (used by tests/support/build.ts). */
import type { Compiler } from "webpack";

export declare const STAMP_FILE: "build-stamp.txt";
export declare class BuildStampPlugin {
  apply(compiler: Compiler): void;
}
