import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error';
import {
  artefactKinds,
  artefactName,
  artefactSchema,
  isArtefactKind,
  parseArtefact,
  validateArtefact,
} from './artefact-registry';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'artefacts');
const serviceDescription = JSON.parse(
  readFileSync(join(FIXTURES, 'service-description', 'valid', 'rest-json-enterprise-lookup.json'), 'utf8'),
) as Record<string, unknown>;

describe('artefact registry', () => {
  it('lists the eleven Decree 47 artefacts with kebab-case kinds and PascalCase names', () => {
    expect(artefactKinds).toHaveLength(11);
    for (const kind of artefactKinds) {
      expect(kind).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(artefactName(kind)).toMatch(/^(?:[A-Z][a-z]+)+$/);
      expect(artefactName(kind).replace(/[A-Z]/g, (c, i) => (i === 0 ? '' : '-') + c.toLowerCase())).toBe(
        kind,
      );
    }
  });

  it('recognises kinds and nothing else', () => {
    expect(isArtefactKind('sharing-log-entry')).toBe(true);
    expect(isArtefactKind('SharingLogEntry')).toBe(false);
    expect(isArtefactKind('toString')).toBe(false);
    expect(isArtefactKind(42)).toBe(false);
  });

  it('parses a valid artefact, normalising free text to NFC', () => {
    const decomposed = { ...serviceDescription, name: { vi: 'Tra cứu doanh nghiệp'.normalize('NFD') } };
    const parsed = parseArtefact('service-description', decomposed);
    expect(parsed.name.vi).toBe('Tra cứu doanh nghiệp'.normalize('NFC'));
    expect(artefactSchema('service-description').safeParse(serviceDescription).success).toBe(true);
  });

  it('throws a ValidationError naming the artefact and every path, in both languages', () => {
    const input = { ...serviceDescription, sharingForm: 'mở', provider: { id: 'h47', name: 'Sở' } };
    try {
      parseArtefact('service-description', input);
      expect.unreachable();
    } catch (error) {
      expect(ValidationError.isInstance(error)).toBe(true);
      const { issues, localized } = error as ValidationError;
      expect(issues.map((issue) => issue.path).sort()).toEqual(['$.provider.id', '$.sharingForm']);
      expect(localized.vi).toContain('Mô tả dịch vụ chia sẻ dữ liệu không hợp lệ');
      expect(localized.en).toContain('Service description is invalid (2 issues)');
    }
  });

  it('reports a failure without throwing from validateArtefact, and rejects unknown kinds', () => {
    expect(validateArtefact('dispute', null).success).toBe(false);
    expect(() => validateArtefact('tax-return' as never, {})).toThrow(RangeError);
  });
});
