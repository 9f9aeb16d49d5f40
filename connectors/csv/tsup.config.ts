import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tooling/tsup.base';

// Two entry points: the library, and the worker that validates the later part of a large file
// (src/parallel/validate-in-two-parts.ts), found beside the bundle at run time. `shims` gives the
// CommonJS build the `import.meta.url` it is found with.
export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', 'csv-part-worker': 'src/parallel/csv-part-worker.ts' },
    shims: true,
  }),
);
