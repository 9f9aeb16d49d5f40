import type { AccessGrant } from './access-grant';

/** Where the provider looks up a consumer's rights; a database-backed store implements this. */
export interface AccessRights {
  /** The grant of `consumerId` on `serviceId`, or undefined (then the request is denied). */
  find(consumerId: string, serviceId: string): Promise<AccessGrant | undefined>;
}

/** Access rights that can be changed, e.g. when a connection request is accepted (Art. 35.3, 40). */
export interface ManagedAccessRights extends AccessRights {
  /** Adds or replaces the grant of its consumer on its service. */
  grant(grant: AccessGrant): void | Promise<void>;
  /** Removes the grant of `consumerId` on `serviceId`; true when there was one. */
  revoke(consumerId: string, serviceId: string): boolean | Promise<boolean>;
  /** Every grant. */
  list(): AccessGrant[] | Promise<AccessGrant[]>;
}

/** Access rights kept in memory, changed by `grant` and `revoke`. */
export interface MemoryAccessRights extends ManagedAccessRights {
  /** Adds or replaces the grant of its consumer on its service. */
  grant(grant: AccessGrant): void;
  /** Removes the grant of `consumerId` on `serviceId`; true when there was one. */
  revoke(consumerId: string, serviceId: string): boolean;
  /** Every grant, in the order given. */
  list(): AccessGrant[];
}

/** Access rights held in memory, initialised with `grants`. */
export function createMemoryAccessRights(grants: readonly AccessGrant[] = []): MemoryAccessRights {
  const byKey = new Map<string, AccessGrant>();
  const keyOf = (consumerId: string, serviceId: string) => `${consumerId}\u0000${serviceId}`;
  for (const grant of grants) byKey.set(keyOf(grant.consumerId, grant.serviceId), grant);
  return {
    async find(consumerId, serviceId) {
      return byKey.get(keyOf(consumerId, serviceId));
    },
    grant(grant) {
      byKey.set(keyOf(grant.consumerId, grant.serviceId), grant);
    },
    revoke(consumerId, serviceId) {
      return byKey.delete(keyOf(consumerId, serviceId));
    },
    list() {
      return [...byKey.values()];
    },
  };
}
