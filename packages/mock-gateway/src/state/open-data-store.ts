import type { Clock } from '../clock/clock';
import { CatalogueStore } from './catalogue-store';
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

  /** Removes a distribution's file (when the distribution itself goes). */
  deleteFile(datasetId: string, distributionId: string): void {
    this.files.delete(fileKey(datasetId, distributionId));
  }
}

function fileKey(datasetId: string, distributionId: string): string {
  return `${datasetId}\u0000${distributionId}`;
}
