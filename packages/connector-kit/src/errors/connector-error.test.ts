import { createRequire } from 'node:module';
import { ChiaseError } from '@chiase/schema';
import { ChiaseError as CodesChiaseError } from '@chiase/schema/codes';
import { describe, expect, it } from 'vitest';
import { ConnectorAbortedError } from './connector-aborted-error';
import { ErrorBudgetExceededError } from './error-budget-exceeded-error';

describe('connector-kit errors', () => {
  // The kit extends the class of `@chiase/schema/codes` (no zod); callers usually import the root's.
  it('are instances of the ChiaseError of either @chiase/schema entry', () => {
    const error = new ErrorBudgetExceededError({ limit: 'maxErrors', value: 1, invalidRows: 2, rows: 10 });
    expect(CodesChiaseError).toBe(ChiaseError);
    expect(error).toBeInstanceOf(ChiaseError);
    expect(new ConnectorAbortedError({ checkpoint: undefined, reason: 'stopped' })).toBeInstanceOf(
      ChiaseError,
    );
    expect(ChiaseError.isInstance(error)).toBe(true);
  });

  // tsup's code splitting for CJS is experimental: check that the CJS build shares the class too.
  it('share one ChiaseError class between the CJS builds of both entries', () => {
    const require = createRequire(import.meta.url);
    const root = require('@chiase/schema') as { ChiaseError: unknown };
    const codes = require('@chiase/schema/codes') as { ChiaseError: unknown };
    expect(typeof root.ChiaseError).toBe('function');
    expect(codes.ChiaseError).toBe(root.ChiaseError);
  });
});
