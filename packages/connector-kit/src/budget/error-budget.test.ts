import { describe, expect, it } from 'vitest';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import { ErrorBudget } from './error-budget';

describe('ErrorBudget', () => {
  it('allows exactly maxErrors rejects and stops on the next one', () => {
    const budget = new ErrorBudget({ maxErrors: 2 });
    budget.countInvalid();
    budget.countInvalid();
    expect(() => budget.countInvalid()).toThrow(ErrorBudgetExceededError);
  });

  it('checks the rate only after minRowsForRate records during the run, and always at the end', () => {
    const budget = new ErrorBudget({ maxErrorRate: 0.1, minRowsForRate: 10 });
    budget.countInvalid(); // 100 % after one record, but too early to judge
    for (let i = 0; i < 8; i++) budget.countValid();
    expect(() => budget.countInvalid()).toThrow(ErrorBudgetExceededError); // 2 of 10 = 20 %
    const short = new ErrorBudget({ maxErrorRate: 0.1 });
    short.countInvalid();
    short.countValid();
    expect(() => short.finish()).toThrow(/maxErrorRate/);
  });

  it('continues from the counts of a resumed run', () => {
    const budget = new ErrorBudget({ maxErrors: 3 }, { valid: 100, invalid: 3 });
    expect(budget.rows).toBe(103);
    budget.countValid();
    expect(() => budget.countInvalid()).toThrow(ErrorBudgetExceededError); // the 4th reject overall
  });

  it('rejects impossible limits', () => {
    expect(() => new ErrorBudget({ maxErrors: -1 })).toThrow(RangeError);
    expect(() => new ErrorBudget({ maxErrorRate: 1.5 })).toThrow(RangeError);
  });

  it('says what was passed in both languages', () => {
    const budget = new ErrorBudget({ maxErrors: 0 });
    try {
      budget.countInvalid();
      expect.unreachable();
    } catch (error) {
      const e = error as ErrorBudgetExceededError;
      expect(e.code).toBe('budget.exceeded');
      expect(e).toMatchObject({ limit: 'maxErrors', value: 0, invalidRows: 1, rows: 1 });
      expect(e.localized.vi).toContain('vượt giới hạn maxErrors = 0');
      expect(e.localized.en).toContain('exceed maxErrors = 0');
    }
  });
});
