import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { InvalidResponseError } from '../errors/response-errors';
import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query, requestOptions, type WriteOptions, writeHeaders } from './api-resource';
import { CountingStream } from './counting-stream';
import { HashingStream } from './hashing-stream';
import type { DatasetEntry, DatasetReview, Distribution, DistributionEntry, OpenDataset } from './types';

/** Filters of `openData.listDatasets`. */
export interface ListDatasetsParams extends CursorParams {
  /** Free-text search. */
  q?: string;
  /** Only datasets of this agency. */
  agencyId?: string;
  /** Only datasets changed at or after this time (RFC 3339). */
  updatedSince?: string;
  /** Only datasets whose catalogue review is past due (true) or not (false) (Decree 47/2020 Art. 20.3). */
  reviewOverdue?: boolean;
}

/** Options of `openData.uploadDistribution`. */
export interface UploadOptions extends WriteOptions {
  /**
   * The file's SHA-256 when known beforehand, as 64 hex digits (either case): sent as `Content-Digest`
   * (RFC 9530), so that the gateway refuses a file that does not match (422 `checksum_mismatch`), and
   * compared with the digest the gateway stores; the file is then not hashed again by the client.
   * Default: none; the client computes the digest while sending and compares that with the gateway's.
   */
  sha256?: string;
}

/** What an upload returns: the gateway's entry and what the client measured while sending. */
export interface UploadedDistribution {
  /** The distribution entry; its `distribution.sha256` and `byteSize` are the gateway's measure. */
  entry: DistributionEntry;
  /**
   * SHA-256 of the bytes sent, as 64 lower-case hex digits: `options.sha256` (lower-cased) when given,
   * otherwise computed on the way.
   */
  sha256: string;
  /** Number of bytes sent. */
  byteSize: number;
}

/** A downloaded distribution file. */
export interface DownloadedFile {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** The `Content-Digest` the gateway sent, if any (already checked against the bytes). */
  contentDigest: string | undefined;
}

// Bytes read from a file per chunk of an upload.
const UPLOAD_CHUNK_BYTES = 512 * 1024;

/**
 * A caller's SHA-256, lower-cased.
 *
 * @throws TypeError when it is not 64 hex digits (it would be sent as a truncated `Content-Digest`).
 */
function givenSha256(value: unknown): string {
  if (typeof value === 'string' && /^[0-9a-f]{64}$/i.test(value)) return value.toLowerCase();
  const got =
    typeof value === 'string'
      ? `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`
      : `an ${typeof value}`;
  throw new TypeError(
    `options.sha256 must be a SHA-256 as 64 hexadecimal digits, got ${got}. / options.sha256 phải là SHA-256 gồm 64 chữ số thập lục phân, nhận được ${got}.`,
  );
}

function hexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

function checksumMismatch(path: string, requestId: string, what: string): InvalidResponseError {
  return new InvalidResponseError({
    code: 'gateway.checksum_mismatch',
    requestId,
    path,
    message: {
      vi: `${path}: SHA-256 không khớp (${what}). Tệp có thể đã bị hỏng trên đường truyền; hãy tải lại. Mã yêu cầu: ${requestId}.`,
      en: `${path}: SHA-256 mismatch (${what}). The file may have been damaged in transit; transfer it again. Request id: ${requestId}.`,
    },
  });
}

/** Open datasets and their distributions (Decree 47/2020 Art. 17–21): `client.openData`. */
export class OpenData extends ApiResource {
  /** Lists open datasets, newest change first (Art. 21.2). */
  listDatasets(params?: ListDatasetsParams, options?: RequestOptions): PagePromise<DatasetEntry> {
    return this.paged<DatasetEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'openData',
        path: '/datasets',
        query: query({ ...params, cursor: cursor ?? params?.cursor }),
        responseSchema: 'DatasetEntryPage',
      }),
      options,
    );
  }

  /** Reads one dataset with its review and update dates (Art. 20.3, 21.2). */
  getDataset(datasetId: string, options?: RequestOptions): Promise<DatasetEntry> {
    return this.send<DatasetEntry>(
      {
        method: 'GET',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}`,
        responseSchema: 'DatasetEntry',
      },
      options,
    );
  }

  /** Publishes a dataset under `datasetId`, or replaces its description (Art. 17, 20, 21). */
  putDataset(datasetId: string, dataset: OpenDataset, options?: WriteOptions): Promise<DatasetEntry> {
    return this.send<DatasetEntry>(
      {
        method: 'PUT',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}`,
        json: dataset,
        headers: writeHeaders(options),
        responseSchema: 'DatasetEntry',
      },
      requestOptions(options),
    );
  }

  /** Records a periodic review of the dataset's catalogue entry (at least every 6 months, Art. 20.3). */
  recordReview(datasetId: string, review: DatasetReview, options?: WriteOptions): Promise<DatasetEntry> {
    return this.send<DatasetEntry>(
      {
        method: 'POST',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/review`,
        json: review,
        headers: writeHeaders(options),
        responseSchema: 'DatasetEntry',
      },
      requestOptions(options),
    );
  }

  /** Lists a dataset's distributions (Art. 21.1). */
  listDistributions(
    datasetId: string,
    params?: CursorParams,
    options?: RequestOptions,
  ): PagePromise<DistributionEntry> {
    return this.paged<DistributionEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/distributions`,
        query: query({ limit: params?.limit, cursor: cursor ?? params?.cursor }),
        responseSchema: 'DistributionEntryPage',
      }),
      options,
    );
  }

  /** Reads one distribution. */
  getDistribution(
    datasetId: string,
    distributionId: string,
    options?: RequestOptions,
  ): Promise<DistributionEntry> {
    return this.send<DistributionEntry>(
      {
        method: 'GET',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/distributions/${segment(distributionId)}`,
        responseSchema: 'DistributionEntry',
      },
      options,
    );
  }

  /** Adds a distribution under `distributionId`, or replaces its description (Art. 21.1). */
  putDistribution(
    datasetId: string,
    distributionId: string,
    distribution: Distribution,
    options?: WriteOptions,
  ): Promise<DistributionEntry> {
    return this.send<DistributionEntry>(
      {
        method: 'PUT',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/distributions/${segment(distributionId)}`,
        json: distribution,
        headers: writeHeaders(options),
        responseSchema: 'DistributionEntry',
      },
      requestOptions(options),
    );
  }

  /**
   * Uploads the file of a downloadable distribution (Art. 21.1a), streamed: from a file path (reopened
   * for each attempt, so the upload can be retried), a stream (sent once, never retried) or bytes.
   * The distribution's `sha256` the gateway answers is compared with `options.sha256` when given (the
   * bytes are then only counted, not hashed), otherwise with the SHA-256 computed on the way; a
   * mismatch throws `InvalidResponseError` (`gateway.checksum_mismatch`).
   *
   * @throws TypeError, before anything is sent, when `options.sha256` is not 64 hex digits.
   */
  async uploadDistribution(
    datasetId: string,
    distributionId: string,
    source: string | Readable | Uint8Array,
    options?: UploadOptions,
  ): Promise<UploadedDistribution> {
    const given = options?.sha256 === undefined ? undefined : givenSha256(options.sha256);
    let current: CountingStream | undefined;
    const open = (from: () => Readable): Readable => {
      // A digest the caller knows is not computed again: hashing a 200 MB file costs ~140 ms of CPU.
      const counting = given === undefined ? new HashingStream() : new CountingStream();
      current = counting;
      // Errors of the source (a file that vanished) end the upload instead of hanging it.
      return pipeline(from(), counting, () => undefined);
    };
    const headers: Record<string, string> = { ...writeHeaders(options) };
    if (given !== undefined) headers['Content-Digest'] = `sha-256=:${hexToBase64(given)}:`;
    let data: Readable | (() => Readable);
    if (typeof source === 'string') {
      const info = await stat(source);
      headers['Content-Length'] = String(info.size);
      // 512 KiB reads: a large distribution goes out in a third less time than with 64 KiB ones.
      data = () => open(() => createReadStream(source, { highWaterMark: UPLOAD_CHUNK_BYTES }));
    } else if (source instanceof Uint8Array) {
      headers['Content-Length'] = String(source.byteLength);
      data = () => open(() => Readable.from([Buffer.from(source)]));
    } else {
      data = open(() => source);
    }
    const { sha256: _sha256, ...writeOptions } = options ?? {};
    const { data: entry, response } = await this.transport.execute<DistributionEntry>(
      {
        method: 'PUT',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/distributions/${segment(distributionId)}/file`,
        body: { data, contentType: 'application/octet-stream' },
        headers,
        responseSchema: 'DistributionEntry',
      },
      requestOptions(writeOptions),
    );
    const sent = current as CountingStream | undefined;
    const sha256 = given ?? (sent instanceof HashingStream ? sent.sha256 : '');
    const path = new URL(response.url).pathname;
    // The gateway writes the digest it computed into the distribution (gateway contract, openData.uploadDistribution).
    const stored = (entry.distribution as { sha256?: unknown } | undefined)?.sha256;
    if (typeof stored === 'string' && stored !== sha256) {
      throw checksumMismatch(
        path,
        response.requestId,
        given === undefined ? 'gateway vs. bytes sent' : 'gateway vs. options.sha256',
      );
    }
    return { entry, sha256, byteSize: sent?.byteSize ?? 0 };
  }

  /** Downloads the file of a distribution (Art. 17, 21.1a), checking its `Content-Digest` when sent. */
  async downloadDistribution(
    datasetId: string,
    distributionId: string,
    options?: RequestOptions,
  ): Promise<DownloadedFile> {
    const { data, response } = await this.transport.execute<unknown>(
      {
        method: 'GET',
        group: 'openData',
        path: `/datasets/${segment(datasetId)}/distributions/${segment(distributionId)}/file`,
        accept: 'application/octet-stream, application/problem+json;q=0.9',
      },
      options,
    );
    const bytes =
      data instanceof Uint8Array
        ? data
        : typeof data === 'string'
          ? new TextEncoder().encode(data)
          : new Uint8Array();
    const contentDigest = response.headers['content-digest'];
    const match =
      contentDigest === undefined ? undefined : /sha-256=:([A-Za-z0-9+/=]+):/.exec(contentDigest)?.[1];
    if (match !== undefined) {
      const actual = createHash('sha256').update(bytes).digest('base64');
      if (actual !== match)
        throw checksumMismatch(new URL(response.url).pathname, response.requestId, 'Content-Digest');
    }
    return { bytes, contentDigest };
  }
}
