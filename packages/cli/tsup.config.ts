import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tooling/tsup.base';

// The bin is a second entry, as in @chiase/mock-gateway; `shims` gives the CJS build an `import.meta.url`.
export default defineConfig(libraryConfig({ entry: ['src/index.ts', 'src/bin/chiase.ts'], shims: true }));
