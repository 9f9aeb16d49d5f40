import { defineConfig } from 'tsup';
import { libraryConfig } from '../../tooling/tsup.base';

// Two entry points: the forms (and exceljs) load only for users of `@chiase/schema/forms`.
export default defineConfig(
  libraryConfig({ entry: { index: 'src/index.ts', forms: 'src/export/forms/index.ts' } }),
);
