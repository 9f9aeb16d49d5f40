import { createRequire } from 'node:module';
import { MswNotInstalledError } from '../errors/msw-not-installed-error';

/** The parts of msw the msw face uses. */
export type MswModule = typeof import('msw');

/**
 * Loads the optional peer dependency `msw` (v2) synchronously, only when the msw face is used, so the
 * rest of the package works without it.
 *
 * @throws MswNotInstalledError when msw cannot be loaded.
 */
export function loadMsw(): MswModule {
  try {
    // The CJS build gets `import.meta.url` from tsup's shims.
    return createRequire(import.meta.url)('msw') as MswModule;
  } catch (error) {
    throw new MswNotInstalledError(error);
  }
}
