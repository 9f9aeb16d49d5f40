import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tooling/tsup.base';

// Three entry points: `@chiase/schema/codes` needs no zod, and the forms (and exceljs) load only for
// users of `@chiase/schema/forms`. Splitting keeps one copy of shared code (one ChiaseError class)
// whichever entries a program loads, in ESM and in CJS alike.
export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', codes: 'src/codes/index.ts', forms: 'src/export/forms/index.ts' },
    splitting: true,
  }),
);
