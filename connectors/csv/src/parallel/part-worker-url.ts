import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The part worker's script, beside this package's bundle (`csv-part-worker.js`, or `.cjs` in the
 * CommonJS build); run from the sources (the package's tests), the built one in `dist/`. Undefined
 * when it is not there (the package bundled into something else): validation then stays on one thread.
 */
export function partWorkerUrl(): URL | undefined {
  const here = import.meta.url;
  const url = here.endsWith('.ts')
    ? new URL('../../dist/csv-part-worker.js', here)
    : new URL(`./csv-part-worker.${here.endsWith('.cjs') ? 'cjs' : 'js'}`, here);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
