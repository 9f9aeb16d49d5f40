import type { OperationDefinition } from '../gateway/operation';
import { codeListOperations } from './code-list-operations';
import { connectionRequestOperations } from './connection-request-operations';
import { databaseOperations } from './database-operations';
import { focalPointOperations } from './focal-point-operations';
import { healthOperations } from './health-operations';
import { invokeOperations } from './invoke-operations';
import { masterDataOperations } from './master-data-operations';
import { nationalOperations } from './national-operations';
import { openDataOperations } from './open-data-operations';
import { serviceOperations } from './service-operations';
import { authOperations } from './token-operations';

/** Every operation the mock gateway serves, group by group as in the spec. */
export const ALL_OPERATIONS: readonly OperationDefinition[] = [
  ...authOperations,
  ...serviceOperations,
  ...databaseOperations,
  ...openDataOperations,
  ...focalPointOperations,
  ...connectionRequestOperations,
  ...codeListOperations,
  ...masterDataOperations,
  ...nationalOperations,
  ...invokeOperations,
  ...healthOperations,
];
