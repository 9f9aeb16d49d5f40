import type { Clock } from '../clock/clock';
import { type CatalogueEntry, CatalogueStore } from './catalogue-store';
import type { StoredDocument } from './gateway-state';

/** A file uploaded for a distribution (Decree 47/2020 Art. 21.1a), with what the gateway computed of it. */
export interface DistributionFile {
  /** The file as uploaded. */
  readonly bytes: Uint8Array;
  /** Its SHA-256, lower-case hex. */
  readonly sha256: string;
  /** When it was uploaded (ISO 8601). */
  readonly uploadedAt: string;
}

/**
 * Open datasets (by id) and, per dataset, its distributions (by distribution id) and uploaded files.
 * A dataset document's `distributions` array and the distribution store are kept equal: writing one
 * writes the other (the spec's `openData.putDataset` / `openData.putDistribution`).
 */
export class OpenDataStore {
  /** Datasets by id (`DatasetEntry.dataset` is the stored document). */
  readonly datasets: CatalogueStore<StoredDocument>;
  private readonly distributions = new Map<string, CatalogueStore<StoredDocument>>();
  private readonly files = new Map<string, DistributionFile>();

  constructor(private readonly clock: Clock) {
    this.datasets = new CatalogueStore(clock);
  }

  /** The distributions of `datasetId` (an empty store when there are none). */
  distributionsOf(datasetId: string): CatalogueStore<StoredDocument> {
    let store = this.distributions.get(datasetId);
    if (store === undefined) {
      store = new CatalogueStore(this.clock);
      this.distributions.set(datasetId, store);
    }
    return store;
  }

  /** The file uploaded for a distribution, if any. */
  fileOf(datasetId: string, distributionId: string): DistributionFile | undefined {
    return this.files.get(fileKey(datasetId, distributionId));
  }

  /** Stores the file of a distribution, replacing the previous one. */
  putFile(datasetId: string, distributionId: string, file: DistributionFile): void {
    this.files.set(fileKey(datasetId, distributionId), file);
  }

  /** Everything held, as plain JSON (files in base64). */
  toSnapshot(): OpenDataSnapshot {
    return {
      datasets: this.datasets.list(),
      distributions: Object.fromEntries([...this.distributions].map(([id, store]) => [id, store.list()])),
      files: [...this.files].map(([key, file]) => {
        const [datasetId = '', distributionId = ''] = key.split('\u0000');
        return {
          datasetId,
          distributionId,
          base64: Buffer.from(file.bytes).toString('base64'),
          sha256: file.sha256,
          uploadedAt: file.uploadedAt,
        };
      }),
    };
  }

  /** Puts back what {@link toSnapshot} saved. */
  restoreSnapshot(snapshot: OpenDataSnapshot): void {
    for (const entry of snapshot.datasets) this.datasets.restore(entry);
    for (const [datasetId, entries] of Object.entries(snapshot.distributions)) {
      const store = this.distributionsOf(datasetId);
      for (const entry of entries) store.restore(entry);
    }
    for (const file of snapshot.files) {
      this.putFile(file.datasetId, file.distributionId, {
        bytes: new Uint8Array(Buffer.from(file.base64, 'base64')),
        sha256: file.sha256,
        uploadedAt: file.uploadedAt,
      });
    }
  }

  /** Removes a distribution's file (when the distribution itself goes). */
  deleteFile(datasetId: string, distributionId: string): void {
    this.files.delete(fileKey(datasetId, distributionId));
  }
}

/** Open data as saved in a snapshot: datasets, distributions per dataset, files (base64). */
export interface OpenDataSnapshot {
  readonly datasets: CatalogueEntry<StoredDocument>[];
  readonly distributions: Record<string, CatalogueEntry<StoredDocument>[]>;
  readonly files: Array<{
    datasetId: string;
    distributionId: string;
    base64: string;
    sha256: string;
    uploadedAt: string;
  }>;
}

function fileKey(datasetId: string, distributionId: string): string {
  return `${datasetId}\u0000${distributionId}`;
}
