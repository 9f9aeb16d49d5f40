/**
 * The package version, replaced at build time by tsup's `define` (tooling/tsup.base.ts) and, in tests,
 * by vitest's `define` (vitest.config.ts). Read it through `CLI_VERSION`, never directly.
 */
declare const __PACKAGE_VERSION__: string;
