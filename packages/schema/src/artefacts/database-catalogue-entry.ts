import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { contactSchema } from './parts/contact';
import { dataItemListSchema } from './parts/data-item-list';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { localizedTextSchema } from './parts/localized-text';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { shared } from './parts/shared-definition';
import { sharingFormSchema } from './parts/sharing-form';

/** The kinds of database in state agencies, Decree 47/2020 Art. 11.1 a–c. */
export const databaseLevelSchema = shared(
  'DatabaseLevel',
  z.enum(['national', 'ministry', 'sector', 'local', 'internal']).meta({
    description:
      'Decree 47/2020 Art. 11.1: national database (a); shared database of a ministry, sector or locality (b); other database inside one information system (c, internal).',
  }),
);

const userAccessSchema = z.strictObject({
  /** Decree 47/2020 Art. 11.4d (đối tượng khai thác, sử dụng): the category of user, e.g. Cơ quan nhà nước trong tỉnh. */
  userCategory: plainTextSchema.describe(
    'Decree 47/2020 Art. 11.4d (đối tượng khai thác, sử dụng): the category of user, e.g. Cơ quan nhà nước trong tỉnh.',
  ),
  /** Decree 47/2020 Art. 11.4d: the form in which this category of user gets the data. */
  form: sharingFormSchema.describe(
    'Decree 47/2020 Art. 11.4d: the form in which this category of user gets the data.',
  ),
});

/**
 * A data category (hạng mục dữ liệu) of a database, Decree 47/2020 Art. 11.4d: classed as open,
 * default-shared or on-request for each category of user. A user category appears once.
 */
export const dataCategorySchema = shared(
  'DataCategory',
  z
    .strictObject({
      /** Decree 47/2020 Art. 11.4d: the name of the data category. */
      name: localizedTextSchema.describe('Decree 47/2020 Art. 11.4d: the name of the data category.'),
      /** Decree 47/2020 Art. 11.4d: the sharing form for each category of user. */
      access: z
        .array(userAccessSchema)
        .min(1)
        .describe('Decree 47/2020 Art. 11.4d: the sharing form for each category of user.'),
      /** Chiase extension: the data items of the category. */
      items: dataItemListSchema.optional().describe('Chiase extension: the data items of the category.'),
    })
    .superRefine((category, ctx) => {
      const seen = new Set<string>();
      category.access.forEach((entry, index) => {
        const key = entry.userCategory.toLocaleLowerCase('vi');
        if (seen.has(key)) {
          addRefinementIssue(ctx, {
            path: ['access', index, 'userCategory'],
            reason: 'data_category.duplicate_user_category',
            vi: `Đối tượng khai thác "${entry.userCategory}" đã được phân loại trong hạng mục này; mỗi đối tượng chỉ có một hình thức chia sẻ.`,
            en: `User category "${entry.userCategory}" is already classed in this data category; each has one sharing form.`,
          });
        }
        seen.add(key);
      });
    })
    .meta({
      description:
        'Decree 47/2020 Art. 11.4d: a data category, classed as open, default or on-request sharing for each category of user.',
    }),
);

/**
 * An entry of a ministry's, sector's or locality's database catalogue, Decree 47/2020 Art. 11.4 a–d,
 * as reported on form Mẫu 02 (Kiên Giang 1647/UBND-KGVX).
 */
export const databaseCatalogueEntrySchema = z
  .strictObject({
    /** Chiase extension: the identifier of the entry in the catalogue. */
    id: recordIdentifierSchema.describe('Chiase extension: the identifier of the entry in the catalogue.'),
    /** Decree 47/2020 Art. 11.4a; Mẫu 02 "Tên CSDL": the database name. */
    name: localizedTextSchema.describe("Decree 47/2020 Art. 11.4a; Mẫu 02 'Tên CSDL': the database name."),
    /** Decree 47/2020 Art. 11.1: the kind of database. */
    level: databaseLevelSchema.describe('Decree 47/2020 Art. 11.1: the kind of database.'),
    /** Mẫu 02 "Tên đơn vị"; QĐ 20/2020/QĐ-TTg Art. 4: the agency that owns the database. */
    owner: agencyReferenceSchema.describe(
      "Mẫu 02 'Tên đơn vị'; QĐ 20/2020/QĐ-TTg Art. 4: the agency that owns the database.",
    ),
    /** Mẫu 02 "Thông tin liên hệ": whom to contact about the database. */
    contact: contactSchema
      .optional()
      .describe("Mẫu 02 'Thông tin liên hệ': whom to contact about the database."),
    /** Decree 47/2020 Art. 11.4b: the purpose of the database. */
    purpose: localizedTextSchema.describe('Decree 47/2020 Art. 11.4b: the purpose of the database.'),
    /** Decree 47/2020 Art. 11.4b: the scope of the database. */
    scope: localizedTextSchema.describe('Decree 47/2020 Art. 11.4b: the scope of the database.'),
    /** Decree 47/2020 Art. 11.4b: the content of the database. */
    content: localizedTextSchema.describe('Decree 47/2020 Art. 11.4b: the content of the database.'),
    /** Decree 47/2020 Art. 11.4c: how data is collected and updated. */
    collectionMechanism: localizedTextSchema.describe(
      'Decree 47/2020 Art. 11.4c: how data is collected and updated.',
    ),
    /** Decree 47/2020 Art. 11.4c: the sources the data is collected from. */
    dataSources: z
      .array(plainTextSchema)
      .min(1)
      .describe('Decree 47/2020 Art. 11.4c: the sources the data is collected from.'),
    /** Decree 47/2020 Art. 11.4d: the data categories, each classed per category of user. */
    dataCategories: z
      .array(dataCategorySchema)
      .min(1)
      .describe('Decree 47/2020 Art. 11.4d: the data categories, each classed per category of user.'),
    /** Chiase extension: when the entry was last changed. */
    updatedAt: isoDateTimeSchema.optional().describe('Chiase extension: when the entry was last changed.'),
  })
  .meta({
    title: 'DatabaseCatalogueEntry',
    description:
      'Decree 47/2020 Art. 11.4 a–d, Mẫu 02: a database catalogue entry (name; purpose, scope, content; collection and update mechanism and sources; data categories classed open / default / on-request per category of user).',
  });

/** A database catalogue entry (see {@link databaseCatalogueEntrySchema}). */
export type DatabaseCatalogueEntry = z.infer<typeof databaseCatalogueEntrySchema>;
