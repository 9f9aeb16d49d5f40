import type { OperationDefinition } from '../gateway/operation';
import { codeListOperations } from './code-list-operations';
import { databaseOperations } from './database-operations';
import { healthOperations } from './health-operations';
import { nationalOperations } from './national-operations';
import { serviceOperations } from './service-operations';
import { authOperations } from './token-operations';

/** Every operation the mock gateway serves, group by group as in the spec. */
export const ALL_OPERATIONS: readonly OperationDefinition[] = [
  ...authOperations,
  ...serviceOperations,
  ...databaseOperations,
  ...codeListOperations,
  ...nationalOperations,
  ...healthOperations,
];
