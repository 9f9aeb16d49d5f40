/** The version of `@chiase/client`, injected at build time; sent in the User-Agent. */
export const CLIENT_VERSION: string = __PACKAGE_VERSION__;
