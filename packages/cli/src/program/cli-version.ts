/** The version of `@chiase/cli`, injected at build time; printed by `chiase --version`. */
export const CLI_VERSION: string = __PACKAGE_VERSION__;
