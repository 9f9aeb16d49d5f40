import { checkIfMatch } from '../conventions/entity-tag';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry } from '../state/catalogue-store';
import type { StoredDocument } from '../state/gateway-state';
import { validateArtefactBody } from '../validation/validate-body';
import { listCatalogue, requireEntry, requireOwner } from './catalogue-listing';
import { putCatalogueEntry } from './catalogue-put';

const BASE = '/database-catalogue/1.0/databases';
const DATABASE = { vi: 'mục CSDL', en: 'database entry' };
/** The `@chiase/schema` artefact kind of a shared-database catalogue entry (Mẫu 02). */
const KIND = 'database-catalogue-entry';

/** `DatabaseEntry` of the spec. */
function project(entry: CatalogueEntry<StoredDocument>): unknown {
  return {
    id: entry.id,
    etag: entry.etag,
    registeredAt: entry.registeredAt,
    updatedAt: entry.updatedAt,
    database: entry.value,
  };
}

function read(context: OperationContext): StoredDocument {
  return validateArtefactBody(KIND, context.json());
}

/** `GET /database-catalogue/1.0/databases` (Decree 47/2020 Art. 11.3–11.4). */
export const listDatabases: OperationDefinition = {
  operationId: 'databases.list',
  group: 'databases',
  method: 'GET',
  path: BASE,
  handle: (context) => listCatalogue(context, context.state.databases, { project }),
};

/** `GET /database-catalogue/1.0/databases/{databaseId}` (Decree 47/2020 Art. 11.4). */
export const getDatabase: OperationDefinition = {
  operationId: 'databases.get',
  group: 'databases',
  method: 'GET',
  path: `${BASE}/{databaseId}`,
  handle(context) {
    const entry = requireEntry(context.state.databases, context.params.databaseId ?? '', DATABASE);
    return jsonResponse(project(entry), { etag: entry.etag });
  },
};

/**
 * `PUT /database-catalogue/1.0/databases/{databaseId}`: adds the entry (201) or replaces it (200)
 * (Decree 47/2020 Art. 11.3–11.4). The body's `id` must equal `databaseId`.
 */
export const putDatabase: OperationDefinition = {
  operationId: 'databases.put',
  group: 'databases',
  method: 'PUT',
  path: `${BASE}/{databaseId}`,
  handle(context) {
    const id = context.params.databaseId ?? '';
    return putCatalogueEntry(context, context.state.databases, id, read(context), project);
  },
};

/** `DELETE /database-catalogue/1.0/databases/{databaseId}` (Decree 47/2020 Art. 11.3). */
export const deleteDatabase: OperationDefinition = {
  operationId: 'databases.delete',
  group: 'databases',
  method: 'DELETE',
  path: `${BASE}/{databaseId}`,
  handle(context) {
    const id = context.params.databaseId ?? '';
    const entry = requireEntry(context.state.databases, id, DATABASE);
    requireOwner(context, entry);
    checkIfMatch(context.request, entry.etag);
    context.state.databases.delete(id);
    return new Response(null, { status: 204 });
  },
};

/** The operations of the `databases` group. */
export const databaseOperations: readonly OperationDefinition[] = [
  listDatabases,
  getDatabase,
  putDatabase,
  deleteDatabase,
];
