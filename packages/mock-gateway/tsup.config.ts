import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tooling/tsup.base';

// The bin is a second entry; `shims` gives the CJS build an `import.meta.url` for the lazy msw loader.
export default defineConfig(
  libraryConfig({ entry: ['src/index.ts', 'src/bin/chiase-mock-gateway.ts'], shims: true }),
);
