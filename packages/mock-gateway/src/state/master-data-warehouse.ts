/** One record of the master-data warehouse. */
export interface MasterDataRow {
  /** The record's fields. */
  readonly data: Record<string, unknown>;
  /** When the source last changed it (epoch ms), if the source said. */
  readonly updatedAtMs: number | undefined;
}

/**
 * The provincial master-data warehouse the `masterData` group writes into (Phú Yên plan §2.2): records
 * by business key, per entity. Only the configured entities exist; others are unknown (404).
 */
export class MasterDataWarehouse {
  private readonly entities: Map<string, Map<string, MasterDataRow>>;

  constructor(entities: readonly string[]) {
    this.entities = new Map(entities.map((name) => [name, new Map()]));
  }

  /** The records of `entity`, or `undefined` when the warehouse has no such entity. */
  entity(entity: string): Map<string, MasterDataRow> | undefined {
    return this.entities.get(entity);
  }

  /** Every record, per entity, as plain JSON. */
  toSnapshot(): Record<string, Array<[string, MasterDataRow]>> {
    return Object.fromEntries([...this.entities].map(([name, rows]) => [name, [...rows]]));
  }

  /** Puts back what {@link toSnapshot} saved, for the entities this warehouse has. */
  restoreSnapshot(snapshot: Record<string, Array<[string, MasterDataRow]>>): void {
    for (const [name, rows] of Object.entries(snapshot)) {
      const entity = this.entities.get(name);
      if (entity !== undefined) for (const [key, row] of rows) entity.set(key, row);
    }
  }

  /** The names of the entities. */
  get entityNames(): string[] {
    return [...this.entities.keys()];
  }
}
