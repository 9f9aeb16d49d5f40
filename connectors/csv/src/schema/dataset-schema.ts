import * as z from 'zod';
import { normalizeHeader } from './normalize-header';

/** The value types a dataset column can declare. */
export const COLUMN_TYPES = ['string', 'integer', 'decimal', 'date', 'boolean', 'enum'] as const;

/** The value formats checked by `@chiase/schema` validators or by this package. */
export const COLUMN_FORMATS = [
  'personal-id',
  'tax-code',
  'province-code',
  'commune-code',
  'email',
  'phone',
] as const;

function custom(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  reason: string,
  vi: string,
  en: string,
) {
  ctx.addIssue({ code: 'custom', path, message: en, params: { reason, vi, en } });
}

const columnSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .refine((name) => name !== '__proto__', { message: '"__proto__" cannot name a column' })
      .describe('Column name in the output and in records'),
    title: z.string().optional().describe('Human title, for documentation'),
    header: z
      .array(z.string().min(1))
      .optional()
      .describe('Other header texts accepted for this column (matched ignoring case and spacing)'),
    type: z.enum(COLUMN_TYPES),
    required: z.boolean().default(false).describe('An empty cell is an error (default false)'),
    format: z.enum(COLUMN_FORMATS).optional().describe('Only with type "string"'),
    values: z.array(z.string()).min(1).optional().describe('The allowed values of an "enum" column'),
    maxLength: z.int().positive().optional().describe('Longest text, in characters ("string" columns)'),
    decimalSeparator: z.enum(['.', ',']).default('.').describe('Of "decimal" columns (default ".")'),
  })
  .superRefine((column, ctx) => {
    if (column.type === 'enum' && !column.values) {
      custom(
        ctx,
        ['values'],
        'schema.enum_values',
        'Cột kiểu "enum" phải khai báo danh sách giá trị "values".',
        'An "enum" column must list its allowed "values".',
      );
    }
    if (column.type !== 'enum' && column.values) {
      custom(
        ctx,
        ['values'],
        'schema.values_without_enum',
        '"values" chỉ dùng cho cột kiểu "enum".',
        '"values" applies only to "enum" columns.',
      );
    }
    if (column.format && column.type !== 'string') {
      custom(
        ctx,
        ['format'],
        'schema.format_type',
        '"format" chỉ dùng cho cột kiểu "string".',
        '"format" applies only to "string" columns.',
      );
    }
  });

/**
 * zod schema of a dataset schema file: the columns a register must have, with type, whether
 * required, and format. Example:
 * `{"columns":[{"name":"citizen_id","header":["Số định danh"],"type":"string","required":true,"format":"personal-id"}]}`
 */
export const datasetSchemaSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().optional().describe('Dataset identifier'),
    title: z.string().optional(),
    columns: z.array(columnSchema).min(1),
    unknownColumns: z
      .enum(['ignore', 'error'])
      .default('ignore')
      .describe('What to do with header columns the schema does not declare (default "ignore")'),
  })
  .superRefine((schema, ctx) => {
    const seen = new Map<string, number>();
    schema.columns.forEach((column, i) => {
      for (const label of [column.name, ...(column.header ?? [])]) {
        const key = normalizeHeader(label);
        const first = seen.get(key);
        if (first !== undefined && first !== i) {
          custom(
            ctx,
            ['columns', i],
            'schema.duplicate_header',
            `Tên hoặc tiêu đề "${label}" đã dùng cho cột ở vị trí ${first}.`,
            `Name or header "${label}" is already used by the column at index ${first}.`,
          );
        }
        seen.set(key, i);
      }
    });
  });

/** A dataset schema, as read from its JSON file (defaults applied). */
export type DatasetSchema = z.output<typeof datasetSchemaSchema>;
/** One column of a {@link DatasetSchema}. */
export type DatasetColumn = DatasetSchema['columns'][number];
