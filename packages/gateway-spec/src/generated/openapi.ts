/**
 * GENERATED FILE, DO NOT EDIT.
 * Made by packages/gateway-spec/scripts/generate.mjs from spec/gateway.base.yaml, spec/groups/*.yaml
 * and @chiase/schema's artefactJsonSchemas(). Edit those, then run: npm run generate -w @chiase/gateway-spec
 */

export interface paths {
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token with client credentials (Decree 47/2020 Art. 40)
         * @description OAuth2 client-credentials grant (RFC 6749 §4.4) for a connection account. The consumer key and
         *     secret go **either** as HTTP Basic credentials **or** as `client_id` and `client_secret` form
         *     fields; gateways accept both. There is no refresh token: cache the token and ask for a new one a
         *     little before `expires_in` runs out. Errors here follow RFC 6749 §5.2, not problem+json, except
         *     the gateway's own 429/500/503.
         */
        post: operations["auth.token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The gateway's public signing keys, to verify the consumer assertions it forwards (Decree 47/2020 Art. 40)
         * @description A JSON Web Key Set (RFC 7517 §5). When the gateway relays a call to a provider (`invoke.call`), it
         *     forwards the authenticated caller as a JWT in the `X-JWT-Assertion` header (as API-manager gateways
         *     do), signed with one of these keys (`kid` in the token header names it). Claims: `iss` the gateway,
         *     `aud` the service id, `sub` the consumer agency's e-ID (QĐ 20/2020/QĐ-TTg), `client_id` the
         *     connection account, `iat`, `exp` (a few minutes later), `jti` the request id. A provider verifies the
         *     signature, issuer, audience and expiry before it serves anything (Art. 40). Keys rotate: cache the set
         *     and fetch it again when a token names an unknown `kid`. No authentication.
         */
        get: operations["auth.keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/1.0/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the catalogue of data-sharing services (Decree 47/2020 Art. 26.2c, 26.3)
         * @description Published services of every provider, and the caller's own drafts and withdrawn services. Filters combine with AND.
         */
        get: operations["services.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/1.0/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one data-sharing service description (Decree 47/2020 Art. 24.3, 26.3) */
        get: operations["services.get"];
        /**
         * Register or update a data-sharing service description (Decree 47/2020 Art. 24.3, 25)
         * @description Registers the description under its service identifier (Art. 35.2đ) when it is new (201), or replaces it (200). Register a service within one working day of it accepting connections (Art. 25.1; `registeredAt` records when the gateway received it), update it as soon as the service changes (Art. 25.2) and keep it complete and accurate (Art. 25.3). The body's `id` must equal `serviceId` (else 422). Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.
         */
        put: operations["services.put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/1.0/services/{serviceId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a data-sharing service from the catalogue (Decree 47/2020 Art. 25.2, 44)
         * @description Marks the description withdrawn; the entry stays readable so consumers can see why. Withdrawing a withdrawn service gets 409.
         */
        post: operations["services.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database-catalogue/1.0/databases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List shared-database catalogue entries (Decree 47/2020 Art. 11.3–11.4) */
        get: operations["databases.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/database-catalogue/1.0/databases/{databaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one shared-database catalogue entry (Decree 47/2020 Art. 11.4) */
        get: operations["databases.get"];
        /**
         * Add or update a shared-database catalogue entry (Decree 47/2020 Art. 11.3–11.4, Mẫu 02)
         * @description Adds the entry under `databaseId` when it is new (201), or replaces it (200). The entry holds the Art. 11.4 contents: name; purpose, scope and content; collection and update mechanism and sources; data items classed as open, default-shared or on-request per category of user. The body's `id` must equal `databaseId` (else 422). Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.
         */
        put: operations["databases.put"];
        post?: never;
        /** Remove a database from the shared-database catalogue (Decree 47/2020 Art. 11.3) */
        delete: operations["databases.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List open datasets (Decree 47/2020 Art. 21.2)
         * @description Datasets of every agency, newest change first. `reviewOverdue=true` keeps only datasets whose catalogue review is past due (reviewed at least every 6 months, Art. 20.3).
         */
        get: operations["openData.listDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets/{datasetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one open dataset (Decree 47/2020 Art. 21.2) */
        get: operations["openData.getDataset"];
        /**
         * Publish or update an open dataset (Decree 47/2020 Art. 17, 20, 21)
         * @description Publishes the dataset under `datasetId` when it is new (201), or replaces it (200). The body's `id` must equal `datasetId` (else 422). Its `distributions` are the dataset's distribution entries: putting the dataset puts them, and `openData.putDistribution` changes them one by one. Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.
         */
        put: operations["openData.putDataset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets/{datasetId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a periodic review of an open dataset's catalogue entry (Decree 47/2020 Art. 20.3)
         * @description Records that the agency reviewed the dataset's catalogue entry (at least every 6 months, Art. 20.3). The gateway sets the dataset's `catalogueReviewedOn` to `reviewedOn` and moves `nextReviewDue` 6 months on. Amend the dataset itself with `openData.putDataset`.
         */
        post: operations["openData.recordReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets/{datasetId}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the distributions of an open dataset (Decree 47/2020 Art. 21.1) */
        get: operations["openData.listDistributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets/{datasetId}/distributions/{distributionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one distribution of an open dataset (Decree 47/2020 Art. 21.1) */
        get: operations["openData.getDistribution"];
        /**
         * Add or update a distribution's description (Decree 47/2020 Art. 21.1)
         * @description Adds the distribution under `distributionId` when it is new (201), or replaces it (200); the body's `id`, when given, must equal `distributionId`. A downloadable package (Art. 21.1a) gets its file with `openData.uploadDistribution`; a distribution served through a data-sharing service (Art. 21.1b) names that service in `accessService`. Once a file is uploaded, `byteSize` and `sha256` in the body must be the file's (else 422).
         */
        put: operations["openData.putDistribution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open-data/1.0/datasets/{datasetId}/distributions/{distributionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the file of a downloadable distribution (Decree 47/2020 Art. 17, 21.1a)
         * @description The stored file as uploaded, with its SHA-256 in `Content-Digest`. 404 when the distribution has no file yet.
         */
        get: operations["openData.downloadDistribution"];
        /**
         * Upload the file of a downloadable distribution (Decree 47/2020 Art. 20.3, 21.1a)
         * @description Streams the file as the raw body (`Content-Type: application/octet-stream`, chunked or with a
         *     `Content-Length`). The gateway computes the file's SHA-256 and byte size as it stores it and
         *     writes them into the distribution's `sha256` (hex) and `byteSize`, with its `downloadUrl` and
         *     `modified`. Send `Content-Digest`
         *     (RFC 9530, `sha-256=:<base64>:`) when the digest is known beforehand: a file that does not match
         *     it is refused with 422 (`code: checksum_mismatch`) and nothing is stored. Otherwise compare the
         *     answered `sha256` with the one computed while sending. An upload is a data update for Art. 20.3:
         *     the dataset's `dataUpdatedOn` becomes the upload day.
         */
        put: operations["openData.uploadDistribution"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/focal-points/1.0/focal-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the published focal points of agencies (Decree 47/2020 Art. 7.2) */
        get: operations["focalPoints.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/focal-points/1.0/focal-points/{agencyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an agency's focal point (Decree 47/2020 Art. 7.1–7.2) */
        get: operations["focalPoints.get"];
        /**
         * Designate or update an agency's focal point (Decree 47/2020 Art. 7.1–7.2, Mẫu 01)
         * @description Publishes the officer the agency designated as its focal point for connecting and sharing data, with name, position and function, telephone and e-mail (Art. 7.1), when new (201), or replaces it (200). Only the agency itself may put its focal point. The body's `agency.id` must equal `agencyId` (else 422).
         */
        put: operations["focalPoints.put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection-requests/1.0/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connection requests, e.g. those pending for a provider (Decree 47/2020 Art. 35.1, 35.3)
         * @description Requests the caller sent and requests addressed to the caller's services, oldest deadline first. A provider's work list is `status=pending&providerAgencyId=<its id>`.
         */
        get: operations["connectionRequests.list"];
        put?: never;
        /**
         * Send a request to connect to a data-sharing service (Decree 47/2020 Art. 35.1–35.2)
         * @description Sends the request online through the service management system (Art. 35.1) with the Art. 35.2 contents: requesting agency id and name (a); application id and name, if needed (b); purpose and how the data will be used (c); the data items requested, each named, and their number (d); the service id and name (đ); access frequency (e); other information (g). The body's `id` names the request (409 when taken). The gateway sets the request's `receivedAt` and the provider's answer `deadline` (Art. 35.3).
         */
        post: operations["connectionRequests.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection-requests/1.0/requests/{connectionRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a connection request and its decision (Decree 47/2020 Art. 35.2–35.3) */
        get: operations["connectionRequests.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection-requests/1.0/requests/{connectionRequestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or refuse a connection request (Decree 47/2020 Art. 35.3, 40)
         * @description The provider's answer: accepted with the connection account created for the requester (Art. 35.3, Art. 40), or refused with the reasons (Art. 35.3) and the legal basis. Only the providing agency of the requested service may decide, once; a second decision gets 409 (`code: already_decided`). The decision's `requestId` must equal `connectionRequestId` (else 422). A decision after `deadline` is accepted and recorded as late (`decidedLate`).
         */
        post: operations["connectionRequests.decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dmdc/1.0/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the categories of common code lists (Decree 47/2020 Art. 34.1c)
         * @description Every code list the gateway shares (provinces, communes, ethnic groups, ...), with its version and number of items. Answers XML when `Accept: application/xml` is sent, e.g. `<CodeListCategoryPage><items><category><code>TINH</code><name>Tỉnh, thành phố</name><version>2025.07</version><itemCount>34</itemCount><updatedAt>2025-07-01T00:00:00+07:00</updatedAt><itemsUrl>/dmdc/1.0/categories/TINH/items</itemsUrl></category></items><nextCursor/></CodeListCategoryPage>`.
         */
        get: operations["codeLists.categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dmdc/1.0/categories/{categoryCode}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the items of one common code list, page by page (Decree 47/2020 Art. 34.1c)
         * @description The items valid on `effectiveOn` (today when absent), in code order. Items that ended carry `validTo` and the codes that replace them (e.g. provinces merged on 1 July 2025), so old codes can be mapped. Answers XML when `Accept: application/xml` is sent, e.g. `<CodeListItemPage><categoryCode>TINH</categoryCode><version>2025.07</version><items><item><code>01</code><name>Thành phố Hà Nội</name><parentCode/><validFrom/><validTo/><replacedBy/></item></items><nextCursor>b2Zmc2V0PTE</nextCursor></CodeListItemPage>`.
         */
        get: operations["codeLists.items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/master-data/1.0/entities/{entity}/upserts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upsert a batch of master-data records of one entity (Decree 47/2020 Art. 34.1b)
         * @description Creates or replaces each record by its `key`, all or nothing: when any record is invalid the gateway
         *     answers 422 with one `errors[]` entry per problem (`pointer` such as `/records/3/data/provinceCode`)
         *     and stores none. Upserting is idempotent: a record equal to the stored one counts as `unchanged`,
         *     and a record whose `updatedAt` is older than the stored one's is skipped as `stale`, so replaying a
         *     batch, or batches out of order, has no further effect. A retry with the same `Idempotency-Key`
         *     gets the first answer again. At most 1000 records, keys unique within the batch.
         */
        post: operations["masterData.upsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/master-data/1.0/entities/{entity}/deletions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a batch of master-data records of one entity by key (Decree 47/2020 Art. 34.1b)
         * @description Deletes the records with these keys, all or nothing. Deleting is idempotent: a key with no record counts as `notFound`, not as an error, so replaying a batch has no further effect. A retry with the same `Idempotency-Key` gets the first answer again. At most 1000 keys, unique within the batch.
         */
        post: operations["masterData.delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/national/1.0/databases/{database}/entities/{entity}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a full snapshot of one entity, page by page (TT 13/2017 Art. 21.1b, 21.2a)
         * @description Every current record of the entity, in key order. The first page fixes `snapshotAt`; the pages that follow (by `cursor`) are consistent with it. To keep a mirror in sync afterwards, read `national.changes` with `since = snapshotAt`.
         */
        get: operations["national.snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/national/1.0/databases/{database}/entities/{entity}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the changes of one entity since a time, deletes included (TT 13/2017 Art. 21.2b)
         * @description Every change after `since` (exclusive) up to `until`, in the order they happened (`sequence` ascending), deletes included. Give `since` for the first page and `cursor` for the next ones. When `nextCursor` is `null`, poll again later with `since = until`. A `since` older than the gateway keeps changes for gets 410 (`code: cursor_expired`): read a new snapshot.
         */
        get: operations["national.changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/national/1.0/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's push subscriptions (TT 13/2017 Art. 21.4b) */
        get: operations["national.listSubscriptions"];
        put?: never;
        /**
         * Subscribe to pushed changes of one entity (TT 13/2017 Art. 21.4b)
         * @description The gateway POSTs each batch of changes to `callbackUrl` (see the `nationalChanges` webhook), signed with the subscription's secret, and redelivers with backoff until the callback answers 2xx.
         */
        post: operations["national.subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/national/1.0/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a push subscription (TT 13/2017 Art. 21.4b) */
        delete: operations["national.unsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoke/1.0/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a registered data-sharing service through the gateway (Decree 47/2020 Art. 24.1, 46.1)
         * @description Relays the call to the provider's service registered under `serviceId` (its Art. 24.3 description
         *     says where and how), and relays the provider's answer back. `operation` picks one of the service's
         *     operations (its path, or its SOAP action); it may be left out when the service has one. The body is
         *     the provider's own: a JSON value, an XML document or a SOAP envelope, with the matching
         *     `Content-Type`; for an operation read with GET, the members of a JSON object body become query
         *     parameters. The caller needs an accepted connection to the service (Art. 35, 40), else 403. The
         *     gateway logs every call for the provider's sharing log (Art. 45). The provider receives the caller as
         *     a signed JWT in `X-JWT-Assertion` (claims and keys: `auth.keys`), its own path and query, and
         *     `X-Request-Id`; the caller's access token never reaches it.
         */
        post: operations["invoke.call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the gateway is up, and its version (Decree 47/2020 Art. 27.1)
         * @description No authentication. 200 while the gateway serves calls (`degraded` when some API groups do not); 503 with `Retry-After` while it is down or in announced maintenance.
         */
        get: operations["health.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    nationalChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes pushed to a subscriber's callback (TT 13/2017 Art. 21.4b)
         * @description Sent by the gateway to the subscription's `callbackUrl`, in order, one batch at a time. The subscriber answers 2xx once it stored the batch; any other answer or no answer makes the gateway redeliver the same batch later (so apply changes idempotently, by `sequence`).
         */
        post: operations["national.changesPushed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A request id (`X-Request-Id`). */
        RequestId: string;
        /** @description An identifier: letters, digits and `. _ : / -`, up to 128 characters, the form `@chiase/schema` uses for services and records. In a path it is one segment, so `/` is sent percent-encoded (`%2F`). */
        ResourceId: string;
        /** @description Cursor of the next page, to pass as `cursor`; `null` on the last page. */
        NextCursor: string | null;
        /** @description A message in Vietnamese and in English. */
        LocalizedMessage: {
            /** @description Vietnamese text (NFC). */
            vi: string;
            /** @description English text. */
            en: string;
        };
        /** @description An RFC 9457 problem detail. `code` is the machine-readable reason; `errors` locates each invalid field. Extension members may appear. */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI reference identifying the problem type; `about:blank` when `status` says it all.
             * @default about:blank
             */
            type: string;
            /** @description Short summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong in this occurrence, for a human. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request path, or a URI identifying this occurrence.
             */
            instance?: string;
            /**
             * @description Machine-readable reason, stable across versions: `invalid_request`, `validation_failed`, `token_expired`, `invalid_token`, `forbidden`, `not_found`, `conflict`, `already_decided`, `etag_mismatch`, `idempotency_key_reused`, `idempotency_key_in_progress`, `checksum_mismatch`, `payload_too_large`, `cursor_expired`, `rate_limited`, `unavailable`, `provider_error`, `provider_timeout`, `internal`.
             * @example etag_mismatch
             */
            code?: string;
            requestId?: components["schemas"]["RequestId"];
            message?: components["schemas"]["LocalizedMessage"];
            /** @description One entry per invalid field, parameter or header. */
            errors?: components["schemas"]["ProblemFieldError"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One invalid field. A body field is located by `pointer` (RFC 6901) and `path` (JSONPath, as `@chiase/schema` reports it); a query or path parameter by `parameter`; a header by `header`. */
        ProblemFieldError: {
            /**
             * @description JSON Pointer into the request body, e.g. `/records/3/data/provinceCode`.
             * @example /records/3/data/provinceCode
             */
            pointer?: string;
            /**
             * @description The same location as JSONPath, e.g. `$.records[3].data.provinceCode`.
             * @example $.records[3].data.provinceCode
             */
            path?: string;
            /** @description Name of the invalid query or path parameter. */
            parameter?: string;
            /** @description Name of the invalid header. */
            header?: string;
            /** @description Machine-readable reason (a validation issue code, e.g. `tax_code.check_digit`). */
            code?: string;
            /** @description What is wrong and what to do. */
            detail: string;
            message?: components["schemas"]["LocalizedMessage"];
        };
        /** @description A JSON Web Key Set (RFC 7517 §5) of public signing keys. */
        JsonWebKeySet: {
            keys: components["schemas"]["JsonWebKey"][];
        };
        /** @description A public JSON Web Key (RFC 7517 §4); members beyond these follow its key type (RFC 7518 §6). A private member (`d`) never appears. */
        JsonWebKey: {
            /** @enum {string} */
            kty: "EC" | "RSA" | "OKP";
            /** @description Key id, named by the `kid` header of the tokens it signs. */
            kid: string;
            /** @constant */
            use?: "sig";
            /** @description The signature algorithm (`ES256`, `RS256`, `PS256`, `EdDSA`). */
            alg?: string;
            crv?: string;
            x?: string;
            y?: string;
            n?: string;
            e?: string;
            /** @description Never present (a private key member). */
            d?: unknown;
        };
        /** @description Form fields of a client-credentials token request. */
        TokenRequest: {
            /** @constant */
            grant_type: "client_credentials";
            /** @description Space-separated scopes; the gateway's default scopes when absent. */
            scope?: string;
            /** @description The consumer key, when not sent as HTTP Basic. */
            client_id?: string;
            /** @description The consumer secret, when not sent as HTTP Basic. Never logged. */
            client_secret?: string;
        };
        /** @description A bearer access token (RFC 6749 §5.1). */
        TokenResponse: {
            /** @description The token to send as `Authorization: Bearer <access_token>`. Never logged. */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Lifetime of the token in seconds (3600 on most gateways). */
            expires_in: number;
            /** @description Granted scopes, space-separated (e.g. `am_application_scope default`). */
            scope?: string;
        };
        /** @description An OAuth2 error response (RFC 6749 §5.2). */
        TokenError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope";
            error_description?: string;
            /** Format: uri */
            error_uri?: string;
        };
        /** @description A service description as the catalogue holds it. */
        ServiceEntry: {
            id: components["schemas"]["ResourceId"];
            /** @description The entry's current `ETag`, as the header carries it. */
            etag: string;
            /**
             * Format: date-time
             * @description When the gateway first received the description (evidence for Art. 25.1).
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @description When the entry last changed (evidence for Art. 25.2).
             */
            updatedAt: string;
            service: components["schemas"]["ServiceDescription"];
            /** @description Why and when the service was withdrawn (`services.withdraw`, Decree 47/2020 Art. 44.1); absent while it is not. */
            withdrawal?: components["schemas"]["ServiceWithdrawal"];
        };
        /** @description A page of service catalogue entries. */
        ServiceEntryPage: {
            items: components["schemas"]["ServiceEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description Why and when a service is withdrawn. */
        ServiceWithdrawal: {
            /** @description Why the service is withdrawn, shown to consumers. */
            reason: string;
            /**
             * Format: date-time
             * @description When the withdrawal takes effect; now when absent.
             */
            effectiveAt?: string;
        };
        /** @description A shared-database catalogue entry as the catalogue holds it. */
        DatabaseEntry: {
            id: components["schemas"]["ResourceId"];
            /** @description The entry's current `ETag`, as the header carries it. */
            etag: string;
            /**
             * Format: date-time
             * @description When the gateway first received the entry.
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @description When the entry last changed.
             */
            updatedAt: string;
            database: components["schemas"]["DatabaseCatalogueEntry"];
        };
        /** @description A page of shared-database catalogue entries. */
        DatabaseEntryPage: {
            items: components["schemas"]["DatabaseEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description An open dataset as the gateway holds it, with the due date of its next review (Art. 20.3). */
        DatasetEntry: {
            id: components["schemas"]["ResourceId"];
            /** @description The entry's current `ETag`, as the header carries it. */
            etag: string;
            /**
             * Format: date-time
             * @description When the dataset was first published on the gateway.
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @description When the entry last changed (description, review or a distribution).
             */
            updatedAt: string;
            /**
             * Format: date
             * @description Day by which the next catalogue review is due: 6 months after the dataset's `catalogueReviewedOn`, or after its publication when it was never reviewed (Decree 47/2020 Art. 20.3).
             */
            nextReviewDue: string;
            dataset: components["schemas"]["OpenDataset"];
        };
        /** @description A page of open datasets. */
        DatasetEntryPage: {
            items: components["schemas"]["DatasetEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A periodic review of a dataset's catalogue entry (Decree 47/2020 Art. 20.3). */
        DatasetReview: {
            /**
             * Format: date
             * @description Day the review was done; not in the future.
             */
            reviewedOn: string;
            /** @description Whether the review led to a change of the catalogue entry ("sửa đổi (nếu có)"). */
            amended: boolean;
            /** @description What was reviewed or changed. */
            note?: string;
        };
        /** @description A distribution as the gateway holds it. */
        DistributionEntry: {
            id: components["schemas"]["ResourceId"];
            datasetId: components["schemas"]["ResourceId"];
            /** @description The entry's current `ETag`, as the header carries it. */
            etag: string;
            /**
             * Format: date-time
             * @description When the distribution was first added.
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @description When the description or the file last changed.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the current file was uploaded; `null` when none was.
             */
            uploadedAt: string | null;
            distribution: components["schemas"]["Distribution"];
        };
        /** @description A page of distributions. */
        DistributionEntryPage: {
            items: components["schemas"]["DistributionEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description An agency's focal point as the gateway publishes it. */
        FocalPointEntry: {
            agencyId: components["schemas"]["AgencyId"];
            /** @description The entry's current `ETag`, as the header carries it. */
            etag: string;
            /**
             * Format: date-time
             * @description When the focal point was first published.
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @description When the entry last changed.
             */
            updatedAt: string;
            focalPoint: components["schemas"]["FocalPoint"];
        };
        /** @description A page of focal points. */
        FocalPointEntryPage: {
            items: components["schemas"]["FocalPointEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description Where a connection request stands.
         * @enum {string}
         */
        ConnectionRequestStatus: "pending" | "accepted" | "refused";
        /** @description A connection request as the gateway tracks it, with its deadline and decision. */
        ConnectionRequestEntry: {
            id: components["schemas"]["ResourceId"];
            status: components["schemas"]["ConnectionRequestStatus"];
            providerAgencyId: components["schemas"]["AgencyId"];
            /**
             * Format: date
             * @description Last working day for the provider's answer, counted from the request's `receivedAt`: 5 working days after receipt (Decree 47/2020 Art. 35.3), 2 working days for requests received from 19 August 2025 (Decree 194/2025), skipping weekends and public holidays.
             */
            deadline: string;
            /** @description Whether the decision was recorded after `deadline`; `false` while pending. */
            decidedLate: boolean;
            request: components["schemas"]["ConnectionRequest"];
            /** @description The provider's decision; `null` while pending. */
            decision: components["schemas"]["ConnectionDecision"] | null;
        };
        /** @description A page of connection requests. */
        ConnectionRequestEntryPage: {
            items: components["schemas"]["ConnectionRequestEntry"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description One common code list. */
        CodeListCategory: {
            /** @description The category code (the national API's `CategoryCode`). */
            code: string;
            /** @description The list's name, in Vietnamese. */
            name: string;
            /** @description What the list holds and who maintains it. */
            description?: string;
            /** @description Version of the list (e.g. the ethnic-group list version), changed on every edit. */
            version: string;
            /** @description Number of items valid today. */
            itemCount: number;
            /**
             * Format: date-time
             * @description When the list last changed.
             */
            updatedAt: string;
            /**
             * Format: uri-reference
             * @description Where `codeLists.items` reads the items (the national API's `UrlGetList`).
             */
            itemsUrl: string;
        };
        /** @description A page of code-list categories. */
        CodeListCategoryPage: {
            items: components["schemas"]["CodeListCategory"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description One entry of a common code list, with its validity period. */
        CodeListItem: {
            /** @description The code (e.g. a 2-digit province code). */
            code: string;
            /** @description The name, in Vietnamese (NFC). */
            name: string;
            /** @description Code of the parent item in a hierarchical list (a commune's province); `null` at the top. */
            parentCode: string | null;
            /**
             * Format: date
             * @description First day the code is valid; `null` when unknown.
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Last day the code is valid; `null` while it is in force.
             */
            validTo: string | null;
            /** @description Codes that took over from this one when it ended (empty while in force). */
            replacedBy: string[];
            /** @description Further columns of the list (e.g. `level`, `shortName`), as text. */
            attributes?: {
                [key: string]: string;
            };
        };
        /** @description A page of one code list's items. */
        CodeListItemPage: {
            /** @description The category the items belong to. */
            categoryCode: string;
            /** @description The list version the page was read from; restart paging if it changes between pages. */
            version: string;
            items: components["schemas"]["CodeListItem"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A record's business key within its entity (e.g. a personal identification number or tax code). */
        MasterDataKey: string;
        /** @description One master-data record to create or replace. */
        MasterDataRecord: {
            key: components["schemas"]["MasterDataKey"];
            /** @description The record's fields, as the entity defines them; validated by the warehouse. */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the source last changed the record; an older one than stored is skipped as `stale`.
             */
            updatedAt?: string;
        };
        /** @description An atomic batch of upserts into one entity. */
        MasterDataUpsertBatch: {
            records: components["schemas"]["MasterDataRecord"][];
        };
        /** @description An atomic batch of deletions from one entity. */
        MasterDataDeleteBatch: {
            keys: components["schemas"]["MasterDataKey"][];
        };
        /** @description What an upsert batch changed. `created + updated + unchanged + stale` equals `received`. */
        MasterDataUpsertResult: {
            batchId: components["schemas"]["ResourceId"];
            entity: components["schemas"]["ResourceId"];
            /** @description Number of records in the batch. */
            received: number;
            /** @description Records that did not exist. */
            created: number;
            /** @description Records that existed and changed. */
            updated: number;
            /** @description Records equal to the stored ones. */
            unchanged: number;
            /** @description Records skipped because the stored one is newer (`updatedAt`). */
            stale: number;
            /**
             * Format: date-time
             * @description When the batch was applied.
             */
            appliedAt: string;
        };
        /** @description What a delete batch changed. `deleted + notFound` equals `received`. */
        MasterDataDeleteResult: {
            batchId: components["schemas"]["ResourceId"];
            entity: components["schemas"]["ResourceId"];
            /** @description Number of keys in the batch. */
            received: number;
            /** @description Records deleted. */
            deleted: number;
            /** @description Keys with no record (already deleted or never there). */
            notFound: number;
            /**
             * Format: date-time
             * @description When the batch was applied.
             */
            appliedAt: string;
        };
        /** @description One record of a national database entity, as it currently stands. */
        NationalRecord: {
            /** @description The record's key (e.g. a personal identification number). */
            key: string;
            /** @description Incremented on every change of the record. */
            version: number;
            /**
             * Format: date-time
             * @description When the record last changed in the national database.
             */
            updatedAt: string;
            /** @description The record's fields, as the database's exchange structure defines them. */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description A page of a consistent snapshot. */
        NationalSnapshotPage: {
            items: components["schemas"]["NationalRecord"][];
            nextCursor: components["schemas"]["NextCursor"];
            /**
             * Format: date-time
             * @description The time the snapshot reflects; read changes from here.
             */
            snapshotAt: string;
        };
        /** @description One change of a record. */
        NationalChange: {
            /** @description Position in the entity's change feed; strictly increasing. */
            sequence: number;
            /**
             * @description Whether the record was created or changed (`upsert`), or deleted.
             * @enum {string}
             */
            type: "upsert" | "delete";
            /** @description The record's key. */
            key: string;
            /**
             * Format: date-time
             * @description When the change happened.
             */
            changedAt: string;
            /** @description The record after the change; `null` for a delete. */
            record: components["schemas"]["NationalRecord"] | null;
        };
        /** @description A page of changes, oldest first. */
        NationalChangePage: {
            items: components["schemas"]["NationalChange"][];
            nextCursor: components["schemas"]["NextCursor"];
            /**
             * Format: date-time
             * @description Changes up to this time are complete once every page is read; the next `since`.
             */
            until: string;
        };
        /** @description What to push, and where. */
        NationalSubscriptionRequest: {
            database: components["schemas"]["ResourceId"];
            entity: components["schemas"]["ResourceId"];
            /**
             * Format: uri
             * @description Where the gateway POSTs batches of changes (HTTPS in production).
             */
            callbackUrl: string;
            /** @description Key of the `X-Chiase-Signature` HMAC. Never answered back or logged. */
            secret: string;
            /**
             * Format: date-time
             * @description Push changes after this time (e.g. a snapshot's `snapshotAt`); from now when absent.
             */
            since?: string;
        };
        /** @description A push subscription. */
        NationalSubscription: {
            id: components["schemas"]["ResourceId"];
            database: components["schemas"]["ResourceId"];
            entity: components["schemas"]["ResourceId"];
            /**
             * Format: uri
             * @description Where the gateway POSTs batches of changes.
             */
            callbackUrl: string;
            /**
             * @description `suspended` after deliveries kept failing; subscribe again to resume.
             * @enum {string}
             */
            status: "active" | "suspended";
            /**
             * Format: date-time
             * @description When the subscription was made.
             */
            createdAt: string;
            /** @description The `sequence` of the last change the callback acknowledged; `null` before the first. */
            lastDeliveredSequence?: number | null;
        };
        /** @description A page of push subscriptions. */
        NationalSubscriptionPage: {
            items: components["schemas"]["NationalSubscription"][];
            nextCursor: components["schemas"]["NextCursor"];
        };
        /** @description A batch of changes pushed to a subscriber. */
        NationalChangeNotification: {
            subscriptionId: components["schemas"]["ResourceId"];
            database: components["schemas"]["ResourceId"];
            entity: components["schemas"]["ResourceId"];
            changes: components["schemas"]["NationalChange"][];
            /**
             * Format: date-time
             * @description When this delivery was sent (redeliveries carry a new time).
             */
            sentAt: string;
        };
        /** @description A JSON value defined by the provider's exchange data structure (Decree 47/2020 Art. 24.3b). */
        ProviderJson: unknown;
        /** @description An XML document or SOAP envelope defined by the provider's XSD or WSDL (Decree 47/2020 Art. 24.3b). */
        ProviderXml: string;
        /** @description Liveness and version of the gateway. */
        Health: {
            /**
             * @description `ok` when every API group serves calls; `degraded` when some do not.
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @description Version of the gateway contract the gateway implements (this document's `info.version`). */
            version: string;
            /**
             * Format: date-time
             * @description The gateway's clock, to spot clock skew (tokens and deadlines depend on it).
             */
            time: string;
            /** @description State of each API group by tag name, when the gateway reports it. */
            groups?: {
                [key: string]: "ok" | "down";
            };
        };
        /**
         * ServiceDescription
         * @description Decree 47/2020 Art. 24.3 (a: services with technical parameters and documents; b: exchange data structure; c: other information), with the service identifier and name (Art. 35.2đ), sharing form and capacity (Art. 23.4), focal point (Art. 7), rules of use (Art. 22.2), validity of consumed data (Art. 41) and planned downtime (Art. 43.3).
         */
        ServiceDescription: {
            /** @description Decree 47/2020 Art. 35.2đ: the service identifier (mã định danh) consumers quote in a request. */
            id: components["schemas"]["ServiceId"];
            /** @description Decree 47/2020 Art. 35.2đ: the service name. */
            name: components["schemas"]["LocalizedText"];
            /** @description Chiase extension: a summary of what the service provides. */
            summary?: components["schemas"]["LocalizedText"];
            /** @description QĐ 20/2020/QĐ-TTg Art. 4; Decree 47/2020 Art. 24.2: the providing agency, by electronic identifier. */
            provider: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 23.4 (and Art. 3.4–3.6): the form of sharing, published with the service. */
            sharingForm: components["schemas"]["SharingForm"];
            /** @description Decree 47/2020 Art. 23.4: the connection capacity, published with the service. */
            capacity: components["schemas"]["ServiceCapacity"];
            /** @description Decree 47/2020 Art. 24.3a: the list of services (operations) with their technical parameters. */
            endpoints: components["schemas"]["ServiceEndpoint"][];
            /** @description Decree 47/2020 Art. 24.2, 24.3a: the technical documents (OpenAPI, WSDL, guides). */
            technicalDocuments: components["schemas"]["TechnicalDocument"][];
            /** @description Decree 47/2020 Art. 24.3b: the exchange data structure, complying with current standards. */
            dataStructure: components["schemas"]["ExchangeDataStructure"];
            /** @description Decree 47/2020 Art. 24.3c: other information consumers need to reach and use the service. */
            otherInformation?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 7.1–7.2: the provider's focal point for data sharing (Chiase publishes it here). */
            focalPoint: components["schemas"]["FocalPointPerson"];
            /** @description Decree 47/2020 Art. 22.1–22.2: where the public rules of use (quy chế khai thác) are published. */
            rulesOfUseUrl?: components["schemas"]["HttpUrl"];
            /** @description Decree 47/2020 Art. 41: how long data obtained through the service may be used. */
            consumedDataValidity?: components["schemas"]["ConsumedDataValidity"];
            /** @description Decree 47/2020 Art. 43.1a, 43.3: announced planned suspensions. */
            plannedDowntime?: components["schemas"]["PlannedDowntime"][];
            /** @description Chiase extension (Decree 47/2020 Art. 25–26): draft, published or withdrawn. */
            status: components["schemas"]["ServiceStatus"];
            /** @description Decree 47/2020 Art. 25.1: when the description was published (within 1 working day of going live). */
            publishedAt?: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 25.2: when the description was last updated (immediately after a change). */
            updatedAt?: components["schemas"]["IsoDateTime"];
        };
        /**
         * DatabaseCatalogueEntry
         * @description Decree 47/2020 Art. 11.4 a–d, Mẫu 02: a database catalogue entry (name; purpose, scope, content; collection and update mechanism and sources; data categories classed open / default / on-request per category of user).
         */
        DatabaseCatalogueEntry: {
            /** @description Chiase extension: the identifier of the entry in the catalogue. */
            id: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 11.4a; Mẫu 02 'Tên CSDL': the database name. */
            name: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.1: the kind of database. */
            level: components["schemas"]["DatabaseLevel"];
            /** @description Mẫu 02 'Tên đơn vị'; QĐ 20/2020/QĐ-TTg Art. 4: the agency that owns the database. */
            owner: components["schemas"]["AgencyReference"];
            /** @description Mẫu 02 'Thông tin liên hệ': whom to contact about the database. */
            contact?: components["schemas"]["Contact"];
            /** @description Decree 47/2020 Art. 11.4b: the purpose of the database. */
            purpose: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.4b: the scope of the database. */
            scope: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.4b: the content of the database. */
            content: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.4c: how data is collected and updated. */
            collectionMechanism: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.4c: the sources the data is collected from. */
            dataSources: components["schemas"]["PlainText"][];
            /** @description Decree 47/2020 Art. 11.4d: the data categories, each classed per category of user. */
            dataCategories: components["schemas"]["DataCategory"][];
            /** @description Chiase extension: when the entry was last changed. */
            updatedAt?: components["schemas"]["IsoDateTime"];
        };
        /**
         * OpenDataset
         * @description DCAT-AP 3 dcat:Dataset of open data (former Decree 47/2020 Art. 17–21): title and description, publisher, contact, update frequency, issued and modified dates, catalogue review and data update dates (former Art. 20.3), distributions.
         */
        OpenDataset: {
            /** @description DCAT-AP 3 dct:identifier (optional in DCAT-AP, required by Chiase): the identifier of the dataset. */
            id: components["schemas"]["RecordId"];
            /** @description DCAT-AP 3 dct:title (mandatory): the dataset name. */
            title: components["schemas"]["LocalizedText"];
            /** @description DCAT-AP 3 dct:description (mandatory): what the dataset contains. */
            description: components["schemas"]["LocalizedText"];
            /** @description DCAT-AP 3 dct:publisher (recommended); QĐ 20/2020/QĐ-TTg Art. 4: the publishing agency. */
            publisher: components["schemas"]["AgencyReference"];
            /** @description DCAT-AP 3 dcat:contactPoint (recommended); former Decree 47/2020 Art. 19.2: the feedback contact. */
            contactPoint: components["schemas"]["Contact"];
            /** @description DCAT-AP 3 dcat:keyword (recommended): keywords. */
            keywords?: components["schemas"]["PlainText"][];
            /** @description DCAT-AP 3 dct:spatial (recommended): the area covered, e.g. Tỉnh Kiên Giang. */
            spatial?: components["schemas"]["PlainText"];
            /**
             * @description DCAT-AP 3 dct:accrualPeriodicity (optional in DCAT-AP, required by Chiase): how often the data is updated.
             * @enum {string}
             */
            updateFrequency: "UPDATE_CONT" | "DAILY" | "WEEKLY" | "MONTHLY" | "QUARTERLY" | "BIANNUAL" | "ANNUAL" | "IRREG";
            /** @description DCAT-AP 3 dct:issued (optional in DCAT-AP, required by Chiase); former Decree 47/2020 Art. 20.3: the publication date. */
            issued: components["schemas"]["IsoDate"];
            /** @description DCAT-AP 3 dct:modified (optional in DCAT-AP, required by Chiase): when the dataset was last changed. */
            modified: components["schemas"]["IsoDate"];
            /** @description Former Decree 47/2020 Art. 20.3: the last review of the open-data catalogue (at least every 6 months). */
            catalogueReviewedOn?: components["schemas"]["IsoDate"];
            /** @description Former Decree 47/2020 Art. 20.3: the last data update (within 3 months of publication). */
            dataUpdatedOn?: components["schemas"]["IsoDate"];
            /** @description DCAT-AP 3 dcat:distribution (recommended); former Decree 47/2020 Art. 21.1: how the data is provided. */
            distributions: components["schemas"]["Distribution"][];
        };
        /**
         * Distribution
         * @description DCAT-AP 3 dcat:Distribution of open data (former Decree 47/2020 Art. 21.1): access URL, format, licence, and for a download its byte size and SHA-256.
         */
        Distribution: {
            /** @description DCAT-AP 3 dct:identifier (optional): the identifier of the distribution. */
            id?: components["schemas"]["RecordId"];
            /** @description DCAT-AP 3 dct:title (optional): the name of the distribution. */
            title?: components["schemas"]["LocalizedText"];
            /** @description DCAT-AP 3 dct:description (recommended): what the distribution contains. */
            description?: components["schemas"]["LocalizedText"];
            /** @description DCAT-AP 3 dcat:accessURL (mandatory): where the data can be reached. */
            accessUrl: components["schemas"]["HttpUrl"];
            /** @description DCAT-AP 3 dcat:downloadURL; former Decree 47/2020 Art. 21.1a: the file to download. */
            downloadUrl?: components["schemas"]["HttpUrl"];
            /** @description DCAT-AP 3 dcat:accessService; former Decree 47/2020 Art. 21.1b: the data-sharing service. */
            accessService?: components["schemas"]["ServiceId"];
            /** @description DCAT-AP 3 dct:format (recommended); former Decree 47/2020 Art. 17.1e: the file format. */
            format: components["schemas"]["DistributionFormat"];
            /** @description DCAT-AP 3 dcat:mediaType (optional): the IANA media type, e.g. text/csv. */
            mediaType?: string;
            /** @description DCAT-AP 3 dcat:byteSize: the size of the file in bytes (required with downloadUrl). */
            byteSize?: number;
            /** @description DCAT-AP 3 spdx:checksum (algorithm sha256): the file digest (required with downloadUrl). */
            sha256?: components["schemas"]["Sha256"];
            /** @description DCAT-AP 3 dct:license (recommended); former Decree 47/2020 Art. 17.1g, 18: the terms of use. */
            license: components["schemas"]["HttpUrl"];
            /** @description DCAT-AP 3 dct:issued (optional): when the distribution was first published. */
            issued?: components["schemas"]["IsoDate"];
            /** @description DCAT-AP 3 dct:modified (optional): when the distribution was last changed. */
            modified?: components["schemas"]["IsoDate"];
        };
        /**
         * FocalPoint
         * @description Decree 47/2020 Art. 7.1–7.2, Mẫu 01: an agency's data-sharing focal point (name, position and function, telephone, e-mail).
         */
        FocalPoint: {
            /** @description Decree 47/2020 Art. 7.1; QĐ 20/2020/QĐ-TTg Art. 4: the agency that names the focal point. */
            agency: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 7.1; Mẫu 01: the official and the contact details made public. */
            person: components["schemas"]["FocalPointPerson"];
            /** @description Decree 47/2020 Art. 7.1 (chỉ định): the date the official was named (Chiase extension). */
            appointedOn?: components["schemas"]["IsoDate"];
            /** @description Decree 47/2020 Art. 7.2: where the focal point information is published. */
            publishedUrl?: components["schemas"]["HttpUrl"];
            /** @description Chiase extension: when this record was last changed. */
            updatedAt?: components["schemas"]["IsoDateTime"];
        };
        /**
         * ConnectionRequest
         * @description Decree 47/2020 Art. 35.2 a–g: a request to connect: requester (a), application (b), purpose (c), data items with their names and number (d), service identifier and name (đ), access frequency (e), other information (g).
         */
        ConnectionRequest: {
            /** @description Chiase extension: the identifier of the request. */
            id: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 35.2a; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier and name. */
            requester: components["schemas"]["OrganisationReference"];
            /** @description Decree 47/2020 Art. 35.2b ('nếu cần'): the identifier and name of the connecting application. */
            application?: {
                /** @description Decree 47/2020 Art. 35.2b: the application identifier. */
                id: components["schemas"]["RecordId"];
                /** @description Decree 47/2020 Art. 35.2b: the application name. */
                name: components["schemas"]["PlainText"];
            };
            /** @description Decree 47/2020 Art. 35.2c: the purpose and how the data will be used after it is obtained. */
            purpose: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 35.2d: the data items requested, by name. */
            requestedItems: {
                /** @description Decree 47/2020 Art. 35.2d: the name of the data item (mục tin) requested. */
                name: components["schemas"]["PlainText"];
                /** @description Chiase extension: the item's code in the service's exchange data structure. */
                code?: components["schemas"]["DataItemCode"];
            }[];
            /** @description Decree 47/2020 Art. 35.2d ('số lượng'): the number of data items requested. */
            itemCount: number;
            /** @description Decree 47/2020 Art. 35.2đ: the identifier and name of the service. */
            service: {
                /** @description Decree 47/2020 Art. 35.2đ: the service identifier. */
                id: components["schemas"]["ServiceId"];
                /** @description Decree 47/2020 Art. 35.2đ: the service name. */
                name: components["schemas"]["PlainText"];
            };
            /** @description Decree 47/2020 Art. 35.2e: how often the data will be accessed. */
            accessFrequency: components["schemas"]["AccessFrequency"];
            /** @description Decree 47/2020 Art. 35.2g: other necessary information. */
            otherInformation?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 35.1: when the request was sent. */
            submittedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 35.3: when the provider received it (the answer deadline runs from here). */
            receivedAt?: components["schemas"]["IsoDateTime"];
        };
        /**
         * ConnectionDecision
         * @description Decree 47/2020 Art. 35.3, 40: the answer to a connection request: accepted with a connection account, or refused with reasons and legal basis.
         */
        ConnectionDecision: {
            /**
             * @description Decree 47/2020 Art. 35.3: the request is accepted and an account created.
             * @constant
             */
            outcome: "accepted";
            /** @description Chiase extension: the identifier of the connection request answered. */
            requestId: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides. */
            provider: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here). */
            requestReceivedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent. */
            decidedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 35.3, 40: the connection account created. */
            account: {
                /** @description Decree 47/2020 Art. 40.1: the account identifier (e.g. the consumer key), never the secret. */
                accountId: components["schemas"]["PlainText"];
                /** @description Decree 47/2020 Art. 40.1: how the account is identified and authenticated. */
                authentication: components["schemas"]["ServiceAuthentication"];
                /** @description Decree 47/2020 Art. 40.2: who issued the account (the provider, or the platform operator it delegated). */
                issuedBy: components["schemas"]["AgencyReference"];
                /** @description Chiase extension: the services the account may call. */
                services?: components["schemas"]["ServiceId"][];
                /** @description Chiase extension: the first day the account works. */
                validFrom?: components["schemas"]["IsoDate"];
                /** @description Chiase extension: the last day the account works (e.g. the end of a sharing agreement, Art. 38.4). */
                validUntil?: components["schemas"]["IsoDate"];
            };
        } | {
            /**
             * @description Decree 47/2020 Art. 35.3: the request is refused.
             * @constant
             */
            outcome: "refused";
            /** @description Chiase extension: the identifier of the connection request answered. */
            requestId: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides. */
            provider: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here). */
            requestReceivedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent. */
            decidedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 35.3 ('nêu rõ lý do từ chối'): the reasons for refusal. */
            reasons: components["schemas"]["LocalizedText"][];
            /** @description Decree 194/2025 Art. 16 (amending Art. 35.3, as reported): the legal basis of the refusal. */
            legalBasis: components["schemas"]["LegalReference"][];
        };
        /**
         * SharingAgreement
         * @description Decree 47/2020 Art. 36–39: the agreed content of on-request sharing with the 12 items of Art. 38 (parties; data; place; term; method; post-receipt processing; conditions and limits; commitments; security and authentication; retention; deletion; other matters).
         */
        SharingAgreement: {
            /** @description Chiase extension: the identifier of the agreement. */
            id: components["schemas"]["RecordId"];
            /** @description Chiase extension: the title of the agreement. */
            title: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.1: the providing agencies. */
            providers: components["schemas"]["AgencyReference"][];
            /** @description Decree 47/2020 Art. 38.1: the consuming agencies. */
            consumers: components["schemas"]["AgencyReference"][];
            /** @description Decree 47/2020 Art. 38.2: the data to be shared. */
            data: {
                /** @description Decree 47/2020 Art. 38.2: the data to be shared, in words. */
                description: components["schemas"]["LocalizedText"];
                /** @description Decree 47/2020 Art. 38.2: the data items, where listed. */
                items?: components["schemas"]["DataItem"][];
                /** @description Chiase extension: the services that carry the data. */
                services?: components["schemas"]["ServiceId"][];
            };
            /** @description Decree 47/2020 Art. 38.3: where the data is shared and used. */
            places: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.4: the term of connection and use (no end date: indefinite, Art. 23.3). */
            term: {
                /** @description Decree 47/2020 Art. 38.4: the first day. */
                from: components["schemas"]["IsoDate"];
                /** @description Decree 47/2020 Art. 38.4, 23.3: the last day; absent for an indefinite term. */
                until?: components["schemas"]["IsoDate"];
            };
            /** @description Decree 47/2020 Art. 38.5, 23.1: the methods of sharing. */
            methods: components["schemas"]["SharingMethod"][];
            /** @description Decree 47/2020 Art. 38.5: how the sharing is carried out. */
            methodDetails: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.6: how the data is processed after receipt. */
            postReceiptProcessing: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.7: conditions and limits on sharing and use. */
            conditionsAndLimits: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.8: the commitments to data protection and to the agreement. */
            commitments: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.9: security and authentication measures for transfer, storage and access. */
            securityMeasures: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.10: retention of shared data and of data derived from it. */
            retention: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.11: how data is deleted or destroyed after sharing or at the end. */
            deletionMethod: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 38.12: other matters the parties agree on, if any. */
            otherMatters?: components["schemas"]["LocalizedText"];
            /**
             * @description Decree 47/2020 Art. 36.3: how the agreement is recorded.
             * @enum {string}
             */
            recordedAs?: "document" | "electronic-document" | "information-system";
            /**
             * @description Decree 47/2020 Art. 37 (draft, confirmed/signed); Art. 44.1d (ended): the agreement's state.
             * @enum {string}
             */
            status: "draft" | "signed" | "ended";
            /** @description Decree 47/2020 Art. 37.3: when the agreement was confirmed (signed). */
            signedOn?: components["schemas"]["IsoDate"];
        };
        /**
         * SharingLogEntry
         * @description Decree 47/2020 Art. 45.2 a–đ: a sharing log entry: time and form of request and provision (a), requester identifier (b), request content (c), response status and data shared where needed (d), other information (đ).
         */
        SharingLogEntry: {
            /** @description Chiase extension: the identifier of the entry. */
            id: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 45.2a: when the data was requested. */
            requestedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 45.2a, 23.1: the form of the request and provision. */
            form: components["schemas"]["SharingMethod"];
            /** @description Decree 47/2020 Art. 45.2a: when the data was provided (absent if nothing was provided). */
            providedAt?: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 45.2b; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier. */
            requesterId: components["schemas"]["OrganisationId"];
            /** @description Chiase extension: the service called. */
            serviceId: components["schemas"]["ServiceId"];
            /** @description Decree 47/2020 Art. 45.2c: the content of the request (operation, parameters or a summary). */
            request: {
                /** @description Decree 47/2020 Art. 45.2c: the operation called, e.g. GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep. */
                operation?: components["schemas"]["PlainText"];
                /** @description Decree 47/2020 Art. 45.2c: the request parameters. */
                parameters?: {
                    [key: string]: unknown;
                };
                /** @description Decree 47/2020 Art. 45.2c: the request in words. */
                summary?: components["schemas"]["PlainText"];
            } | unknown | unknown | unknown;
            /** @description Decree 47/2020 Art. 45.2d: the response status. */
            status: {
                /**
                 * @description Decree 47/2020 Art. 45.2d: whether the request was met.
                 * @enum {string}
                 */
                outcome: "fulfilled" | "partial" | "refused" | "failed";
                /** @description Chiase extension: the HTTP status code returned. */
                httpStatus?: number;
            };
            /** @description Decree 47/2020 Art. 45.2d ('nếu cần thiết'): the content of the data shared. */
            sharedData?: {
                /** @description Decree 47/2020 Art. 45.2d: the number of records shared. */
                recordCount?: number;
                /** @description Decree 47/2020 Art. 45.2d: the data items shared. */
                itemCodes?: components["schemas"]["DataItemCode"][];
                /** @description Decree 47/2020 Art. 45.2d (Chiase: a digest instead of a copy): SHA-256 of the response body. */
                sha256?: components["schemas"]["Sha256"];
            };
            /** @description Decree 47/2020 Art. 45.2đ: other information useful to settle disputes, e.g. the request id. */
            otherInformation?: {
                [key: string]: components["schemas"]["PlainText"];
            };
        };
        /**
         * DataAssessmentReport
         * @description Decree 47/2020 Art. 16: the annual data assessment report: inventory (16.2a), standards compliance (b), quality: accuracy, integrity, anomalies (c), maintenance and logs (d), sharing (đ), other (e), proposed actions (16.3), sent before 31 December (16.4).
         */
        DataAssessmentReport: {
            /** @description Chiase extension: the identifier of the report. */
            id: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 16.1: the year assessed (the assessment is annual). */
            year: number;
            /** @description Decree 47/2020 Art. 16.4: the database owner (chủ quản) that assesses. */
            owner: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 16.1: the database assessed. */
            database: {
                /** @description Decree 47/2020 Art. 16.1: the database name. */
                name: components["schemas"]["LocalizedText"];
                /** @description Chiase extension: its entry in the database catalogue (Art. 11.4). */
                catalogueEntryId?: components["schemas"]["RecordId"];
            };
            /** @description Decree 47/2020 Art. 16.2a: the inventory of data content categories. */
            inventory: {
                /** @description Decree 47/2020 Art. 16.2a: the content category. */
                category: components["schemas"]["LocalizedText"];
                /** @description Chiase extension: the number of records. */
                recordCount?: number;
            }[];
            /** @description Decree 47/2020 Art. 16.2b: compliance with data standards, technical regulations and rules. */
            standardsCompliance: {
                /** @description Decree 47/2020 Art. 16.2b: the standard, regulation or rule, e.g. QCVN 102:2016/BTTTT. */
                standard: components["schemas"]["PlainText"];
                /** @description Decree 47/2020 Art. 16.2b: whether the data complies. */
                compliant: boolean;
                /** @description Decree 47/2020 Art. 16.2b: details of the assessment. */
                note?: components["schemas"]["LocalizedText"];
            }[];
            /** @description Decree 47/2020 Art. 16.2c: data quality: accuracy, integrity, anomalous data. */
            quality: {
                /** @description Decree 47/2020 Art. 16.2c: accuracy (độ chính xác). */
                accuracy: components["schemas"]["QualityFinding"];
                /** @description Decree 47/2020 Art. 16.2c: integrity (độ toàn vẹn). */
                integrity: components["schemas"]["QualityFinding"];
                /** @description Decree 47/2020 Art. 16.2c: anomalous data (dữ liệu bất thường). */
                anomalies: components["schemas"]["QualityFinding"];
            };
            /** @description Decree 47/2020 Art. 16.2d: maintenance, operation and updating, and the update and access logs. */
            maintenance: {
                /** @description Decree 47/2020 Art. 16.2d: the assessment. */
                summary: components["schemas"]["LocalizedText"];
                /** @description Decree 47/2020 Art. 16.2d (nhật ký cập nhật): whether an update log is kept. */
                updateLogKept: boolean;
                /** @description Decree 47/2020 Art. 16.2d (nhật ký khai thác), 45: whether an access log is kept. */
                accessLogKept: boolean;
            };
            /** @description Decree 47/2020 Art. 16.2đ: sharing: users and purposes, against the rules of use. */
            sharing: {
                /** @description Decree 47/2020 Art. 16.2đ: the assessment. */
                summary: components["schemas"]["LocalizedText"];
                /** @description Decree 47/2020 Art. 16.2đ (đối tượng sử dụng): who used the data. */
                users?: components["schemas"]["OrganisationReference"][];
                /** @description Decree 47/2020 Art. 16.2đ: whether the purposes complied with the rules of use. */
                purposesCompliant: boolean;
            };
            /** @description Decree 47/2020 Art. 16.2e: other contents required by IT authorities. */
            other?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 16.3: the proposed actions to maintain the data, if any. */
            proposedActions?: components["schemas"]["LocalizedText"][];
            /** @description Decree 47/2020 Art. 16.4: the IT unit the report goes to. */
            submittedTo: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 16.4: when the report was sent (before 31 December of the year). */
            submittedOn?: components["schemas"]["IsoDate"];
        };
        /**
         * Dispute
         * @description Decree 47/2020 Art. 47–50: a dispute about connecting, sharing or using data, with its category (Art. 47) and the steps of Art. 49 (provider; IT unit; national level).
         */
        Dispute: {
            /** @description Chiase extension: the identifier of the dispute. */
            id: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 47: the category. */
            category: components["schemas"]["DisputeCategory"];
            /** @description Decree 47/2020 Art. 49.1: the consumer that raises the dispute. */
            raisedBy: components["schemas"]["OrganisationReference"];
            /** @description Decree 47/2020 Art. 48.1: the provider of the data concerned. */
            provider: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 49.1: the subject of the request. */
            subject: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 49.1: the description of the problem. */
            description: components["schemas"]["LocalizedText"];
            /** @description Chiase extension: the service concerned. */
            serviceId?: components["schemas"]["ServiceId"];
            /** @description Decree 47/2020 Art. 50.1b: the sharing agreement concerned, if any. */
            agreementId?: components["schemas"]["RecordId"];
            /** @description Decree 47/2020 Art. 49: the steps taken, in order. */
            steps: components["schemas"]["DisputeStep"][];
            /**
             * @description Chiase extension: open, or resolved by one of the steps.
             * @enum {string}
             */
            status: "open" | "resolved";
        };
        /** @description Decree 47/2020 Art. 35.2đ: identifier of a data-sharing service (form set by Chiase: letters, digits and . _ : / -, up to 128 characters). */
        ServiceId: string;
        /** @description Engineering: text in Vietnamese (required) and English (optional), each trimmed and in NFC. */
        LocalizedText: {
            /** @description Engineering: the Vietnamese text (the official language of the record). */
            vi: components["schemas"]["PlainText"];
            /** @description Engineering: the English text, where the agency provides one. */
            en?: components["schemas"]["PlainText"];
        };
        /** @description Engineering: free text, trimmed and normalised to Unicode NFC on parse; must contain a non-space character. */
        PlainText: string;
        /** @description A state agency: its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name. */
        AgencyReference: {
            /** @description QĐ 20/2020/QĐ-TTg Art. 4 and 6: the agency electronic identifier, e.g. H47.22. */
            id: components["schemas"]["AgencyId"];
            /** @description Engineering: the official name of the agency, e.g. Sở Khoa học và Công nghệ tỉnh Kiên Giang. */
            name: components["schemas"]["PlainText"];
        };
        /** @description QĐ 20/2020/QĐ-TTg Art. 4 and 6: agency electronic identifier, e.g. H47.22 (≤ 35 characters of 0-9, A-Z and ".", first group [A-Y] + 2 digits; or Z01–Z99 + up to 32 characters). */
        AgencyId: string;
        /**
         * @description Decree 47/2020 Art. 3.4–3.6: open data (open), default sharing (default) or sharing on specific request (on-request).
         * @enum {string}
         */
        SharingForm: "open" | "default" | "on-request";
        /** @description Decree 47/2020 Art. 23.4: the connection capacity of a service (at least one limit: requests per second or per day, concurrent connections, records per response). */
        ServiceCapacity: {
            /** @description Decree 47/2020 Art. 23.4 (measure chosen by Chiase): sustained requests per second. */
            requestsPerSecond?: number;
            /** @description Decree 47/2020 Art. 23.4 (measure chosen by Chiase): requests per consumer per day. */
            requestsPerDay?: number;
            /** @description Decree 47/2020 Art. 23.4 (measure chosen by Chiase): consumers connected at the same time. */
            concurrentConnections?: number;
            /** @description Decree 47/2020 Art. 23.4 (measure chosen by Chiase): records returned by one call at most. */
            maxRecordsPerResponse?: number;
            /** @description Decree 47/2020 Art. 23.4: anything else about capacity, e.g. hours of service. */
            note?: components["schemas"]["LocalizedText"];
        } | unknown | unknown | unknown | unknown;
        /** @description Decree 47/2020 Art. 24.3a: one service operation with its technical parameters (path, method, version, protocol, formats, authentication, capacity). */
        ServiceEndpoint: {
            /** @description Decree 47/2020 Art. 24.3a: what the operation does. */
            name: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 24.3a: the resource path under the gateway, e.g. /dmdc/1.0/AllCategory. */
            path: string;
            /**
             * @description Decree 47/2020 Art. 24.3a: the HTTP method (SOAP operations use POST).
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            /** @description Decree 47/2020 Art. 24.3a: the version of the operation's interface, e.g. 1.0.0. */
            version: string;
            /**
             * @description Decree 47/2020 Art. 24.3a; TT 13/2017 (SOAP, WSDL): the protocol.
             * @enum {string}
             */
            protocol: "REST" | "SOAP";
            /** @description Decree 47/2020 Art. 24.3a: the message formats accepted and returned. */
            formats: components["schemas"]["MessageFormat"][];
            /** @description Decree 47/2020 Art. 24.3a, 40.1: how the consumer authenticates. */
            authentication: components["schemas"]["ServiceAuthentication"];
            /** @description Decree 47/2020 Art. 23.4: a capacity of this operation, where it differs from the service's. */
            capacity?: components["schemas"]["ServiceCapacity"];
        };
        /**
         * @description Decree 47/2020 Art. 24.3a: a message format of the service, JSON or XML.
         * @enum {string}
         */
        MessageFormat: "JSON" | "XML";
        /**
         * @description Decree 47/2020 Art. 24.3a, 40.1: how consumers authenticate (none only where the rules of use require no authentication).
         * @enum {string}
         */
        ServiceAuthentication: "oauth2-client-credentials" | "api-key" | "mutual-tls" | "basic" | "none";
        /** @description Decree 47/2020 Art. 24.2, 24.3a: a technical document of a service, by URL or inline. */
        TechnicalDocument: {
            /**
             * @description Decree 47/2020 Art. 24.3a: the kind of document (openapi, wsdl, xsd, guide, other).
             * @enum {string}
             */
            kind: "openapi" | "wsdl" | "xsd" | "guide" | "other";
            /** @description Chiase extension: the document's title. */
            title?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 24.3a: where to download the document (give url or content). */
            url?: components["schemas"]["HttpUrl"];
            /** @description Decree 47/2020 Art. 24.3a: the document itself, inline (give url or content). */
            content?: string;
            /** @description Chiase extension: the media type, e.g. application/vnd.oai.openapi+json or text/xml. */
            mediaType?: string;
        } & (unknown | unknown);
        /** @description Engineering: an absolute http or https URL. */
        HttpUrl: string;
        /** @description Decree 47/2020 Art. 3.2, 24.3b: the exchange data structure, as named data items, a JSON Schema or an XSD reference. */
        ExchangeDataStructure: {
            /** @description Decree 47/2020 Art. 24.3b: the standards and technical regulations the structure complies with. */
            standards?: components["schemas"]["PlainText"][];
            /** @description Decree 47/2020 Art. 24.3b, 35.2d: the named data items of the message, with their types. */
            items?: components["schemas"]["DataItem"][];
            /** @description Decree 47/2020 Art. 24.3b: the structure as a JSON Schema document. */
            jsonSchema?: {
                [key: string]: unknown;
            };
            /** @description Decree 47/2020 Art. 24.3b; TT 13/2017 (XML/XSD): where the XSD of the messages is published. */
            xsdUrl?: components["schemas"]["HttpUrl"];
        } | unknown | unknown | unknown;
        /** @description Decree 47/2020 Art. 3.2, 24.3b: a named data item of the exchange data structure, with its value type. */
        DataItem: {
            /** @description Decree 47/2020 Art. 24.3b: the machine name of the item in the exchange data structure. */
            code: components["schemas"]["DataItemCode"];
            /** @description Decree 47/2020 Art. 35.2d: the name consumers use to request the item. */
            name: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 24.3b: the value type of the item. */
            type: components["schemas"]["DataItemType"];
            /** @description Decree 47/2020 Art. 24.3b: what the item means, its unit or its format. */
            description?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 24.3b: whether every message carries the item (default: not stated). */
            required?: boolean;
            /** @description Decree 47/2020 Art. 9.2: the common code list (danh mục dùng chung) the values come from. */
            codeList?: components["schemas"]["PlainText"];
            /** @description Decree 47/2020 Art. 5.3: true when the item holds personal information, which needs protection. */
            personalData?: boolean;
        };
        /** @description Engineering: machine name of a data item, e.g. maSoDoanhNghiep (a letter or _, then letters, digits, _ . -; up to 128 characters). */
        DataItemCode: string;
        /**
         * @description Decree 47/2020 Art. 24.3b: the value type of a data item in the exchange data structure.
         * @enum {string}
         */
        DataItemType: "string" | "integer" | "number" | "boolean" | "date" | "date-time" | "object" | "array" | "binary";
        /** @description Decree 47/2020 Art. 7.1, Mẫu 01: the data-sharing focal point official and the contact details made public. */
        FocalPointPerson: {
            /** @description Decree 47/2020 Art. 7.1 (tên); Mẫu 01 'Họ và tên': the official's full name. */
            fullName: components["schemas"]["PlainText"];
            /** @description Decree 47/2020 Art. 7.1 (vị trí); Mẫu 01 'Chức vụ': the official's position. */
            position: components["schemas"]["PlainText"];
            /** @description Decree 47/2020 Art. 7.1 (chức năng): the official's function in data sharing. */
            duties?: components["schemas"]["LocalizedText"];
            /** @description Mẫu 01 'Đơn vị': the unit the official works in. */
            unit?: components["schemas"]["PlainText"];
            /** @description Mẫu 01 'Trình độ chuyên môn': the official's qualification (not required by Decree 47/2020). */
            qualification?: components["schemas"]["PlainText"];
            /** @description Decree 47/2020 Art. 7.1; Mẫu 01 'Số điện thoại': the public telephone number. */
            phone: components["schemas"]["PhoneNumber"];
            /** @description Decree 47/2020 Art. 7.1; Mẫu 01 'Địa chỉ thư điện tử': the public e-mail address. */
            email: components["schemas"]["EmailAddress"];
        };
        /** @description Engineering: a telephone number of 8 to 12 digits, optionally starting with +, with spaces, dots, dashes or parentheses. */
        PhoneNumber: string;
        /**
         * Format: email
         * @description Engineering: an e-mail address.
         */
        EmailAddress: string;
        /** @description Decree 47/2020 Art. 41: how long data obtained through the service may be used, by sharing method. */
        ConsumedDataValidity: {
            /**
             * @description Decree 47/2020 Art. 23.1a, 41.2a: online connection.
             * @constant
             */
            method: "online";
            /** @description Decree 47/2020 Art. 41.2a ('nếu không có quy định khác'): any other rule that applies. */
            note?: components["schemas"]["LocalizedText"];
        } | {
            /**
             * @description Decree 47/2020 Art. 23.1b, 41.2b: online synchronisation.
             * @constant
             */
            method: "synchronisation";
            /** @description Decree 47/2020 Art. 41.2b: validity counted from the last synchronisation, e.g. P1D. */
            validFor: components["schemas"]["IsoDuration"];
            /** @description Decree 47/2020 Art. 41.1: further conditions from the rules of use. */
            note?: components["schemas"]["LocalizedText"];
        } | {
            /**
             * @description Decree 47/2020 Art. 23.1c, 41.2c: packaged data on storage media.
             * @constant
             */
            method: "package";
            /** @description Decree 47/2020 Art. 41.2c: the time limit within which the package may be used, e.g. P6M. */
            validFor: components["schemas"]["IsoDuration"];
            /** @description Decree 47/2020 Art. 41.1: further conditions from the rules of use. */
            note?: components["schemas"]["LocalizedText"];
        };
        /** @description Engineering: a length of time as an ISO 8601 duration, e.g. P30D, P6M or PT12H. */
        IsoDuration: string;
        /** @description Decree 47/2020 Art. 43.1a, 43.3: a publicly announced planned suspension of the service. */
        PlannedDowntime: {
            /**
             * @description Decree 47/2020 Art. 43.1a: upgrade (nâng cấp), expansion (mở rộng) or maintenance (bảo trì).
             * @enum {string}
             */
            reason: "upgrade" | "expansion" | "maintenance";
            /** @description Decree 47/2020 Art. 43.3: when the notice was published (≥ 7 working days before the start). */
            announcedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 43.3: when the suspension starts. */
            startsAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 43.3: the expected time of restoration. */
            expectedRestorationAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 43.3: the public notice on the agency's web portal. */
            noticeUrl?: components["schemas"]["HttpUrl"];
            /** @description Chiase extension: details for consumers. */
            note?: components["schemas"]["LocalizedText"];
        };
        /** @description Engineering: an instant in ISO 8601 / RFC 3339 form with seconds and an offset, e.g. 2025-08-19T08:30:00+07:00. */
        IsoDateTime: string & (unknown & unknown);
        /**
         * @description Chiase extension (lifecycle in the service management system, Decree 47/2020 Art. 25–26): draft, published or withdrawn.
         * @enum {string}
         */
        ServiceStatus: "draft" | "published" | "withdrawn";
        /** @description Chiase extension: identifier of a record (letters, digits and . _ : / -, up to 128 characters), e.g. YC-2025-000123. */
        RecordId: string;
        /**
         * @description Decree 47/2020 Art. 11.1: national database (a); shared database of a ministry, sector or locality (b); other database inside one information system (c, internal).
         * @enum {string}
         */
        DatabaseLevel: "national" | "ministry" | "sector" | "local" | "internal";
        /** @description A contact with a name and at least an e-mail address or a telephone number. */
        Contact: {
            /** @description Engineering: the name of the person or desk to contact. */
            name: components["schemas"]["PlainText"];
            /** @description Engineering: the unit the contact belongs to, e.g. Phòng Công nghệ thông tin. */
            unit?: components["schemas"]["PlainText"];
            /** @description Engineering: the contact's e-mail address; an e-mail or a phone number is required. */
            email?: components["schemas"]["EmailAddress"];
            /** @description Engineering: the contact's telephone number; an e-mail or a phone number is required. */
            phone?: components["schemas"]["PhoneNumber"];
            /** @description Engineering: a web page or form for contact. */
            url?: components["schemas"]["HttpUrl"];
        } | unknown | unknown;
        /** @description Decree 47/2020 Art. 11.4d: a data category, classed as open, default or on-request sharing for each category of user. */
        DataCategory: {
            /** @description Decree 47/2020 Art. 11.4d: the name of the data category. */
            name: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 11.4d: the sharing form for each category of user. */
            access: {
                /** @description Decree 47/2020 Art. 11.4d (đối tượng khai thác, sử dụng): the category of user, e.g. Cơ quan nhà nước trong tỉnh. */
                userCategory: components["schemas"]["PlainText"];
                /** @description Decree 47/2020 Art. 11.4d: the form in which this category of user gets the data. */
                form: components["schemas"]["SharingForm"];
            }[];
            /** @description Chiase extension: the data items of the category. */
            items?: components["schemas"]["DataItem"][];
        };
        /**
         * Format: date
         * @description Engineering: a calendar date in ISO 8601 form YYYY-MM-DD (e.g. 2025-08-19).
         */
        IsoDate: string;
        /**
         * @description DCAT-AP 3 dct:format (EU file-type codes); former Decree 47/2020 Art. 17.1e, 3.8: an open format.
         * @enum {string}
         */
        DistributionFormat: "CSV" | "JSON" | "XML" | "XLSX" | "ODS" | "JSON_LD" | "RDF_XML" | "GEOJSON" | "ZIP";
        /** @description Engineering: a SHA-256 digest as 64 lowercase hexadecimal digits. */
        Sha256: string;
        /** @description An organisation (state agency or enterprise): its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name. */
        OrganisationReference: {
            /** @description QĐ 20/2020/QĐ-TTg Art. 4–6: agency e-ID (e.g. H47.22) or enterprise code (e.g. 0100109106). */
            id: components["schemas"]["OrganisationId"];
            /** @description Engineering: the official name of the organisation. */
            name: components["schemas"]["PlainText"];
        };
        /** @description QĐ 20/2020/QĐ-TTg Art. 4–6: electronic identifier of an organisation: an agency e-ID such as H47.22, or the enterprise code of an enterprise such as 0100109106 (Art. 5). */
        OrganisationId: string;
        /** @description Decree 47/2020 Art. 35.2e: how often the consumer will call the service. */
        AccessFrequency: {
            /** @description Decree 47/2020 Art. 35.2e: the number of requests in each period. */
            requests: number;
            /**
             * @description Decree 47/2020 Art. 35.2e: the period.
             * @enum {string}
             */
            per: "minute" | "hour" | "day" | "week" | "month" | "year";
            /** @description Decree 47/2020 Art. 35.2e: anything else about timing, e.g. peak hours. */
            note?: components["schemas"]["LocalizedText"];
        };
        /** @description A legal document and, optionally, the provision within it. */
        LegalReference: {
            /** @description Engineering: the legal document, e.g. Nghị định 47/2020/NĐ-CP. */
            document: components["schemas"]["PlainText"];
            /** @description Engineering: the article, clause or point, e.g. Điều 35 khoản 3. */
            provision?: components["schemas"]["PlainText"];
            /** @description Engineering: where the text can be read. */
            url?: components["schemas"]["HttpUrl"];
        };
        /**
         * @description Decree 47/2020 Art. 23.1: online connection (a, online), online synchronisation (b, synchronisation) or packaged data on storage media (c, package).
         * @enum {string}
         */
        SharingMethod: "online" | "synchronisation" | "package";
        /** @description Decree 47/2020 Art. 16.2c: a finding of the data quality assessment. */
        QualityFinding: {
            /** @description Decree 47/2020 Art. 16.2c: what was found. */
            summary: components["schemas"]["LocalizedText"];
            /** @description Chiase extension: the share of records that pass, from 0 to 1. */
            score?: number;
            /** @description Chiase extension: the number of faulty records found. */
            issuesFound?: number;
        };
        /**
         * @description Decree 47/2020 Art. 47: rights and obligations (1), technical infrastructure (2), standards and regulations (3), quality of shared data (4), connection plan (5), other (6).
         * @enum {string}
         */
        DisputeCategory: "rights-and-obligations" | "infrastructure" | "standards" | "data-quality" | "connection-plan" | "other";
        /** @description Decree 47/2020 Art. 49.1–49.3: one step of the dispute procedure. */
        DisputeStep: {
            /**
             * @description Decree 47/2020 Art. 49: provider (49.1), it-unit (49.2) or national (49.3).
             * @enum {string}
             */
            level: "provider" | "it-unit" | "national";
            /** @description Decree 47/2020 Art. 48–49: the body handling this step. */
            handler: components["schemas"]["AgencyReference"];
            /** @description Decree 47/2020 Art. 49.1–49.2: when the body received the request (the deadline runs from here). */
            submittedAt: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 49.1–49.2: when it answered. */
            answeredAt?: components["schemas"]["IsoDateTime"];
            /** @description Decree 47/2020 Art. 49.1–49.2: its answer or guidance. */
            answer?: components["schemas"]["LocalizedText"];
            /** @description Decree 47/2020 Art. 49.2 ('không giải quyết được'): whether the step settled the dispute. */
            resolved?: boolean;
        };
    };
    responses: {
        /** @description Done; nothing to return. */
        NoContent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is malformed (syntax, parameters, or headers); `errors[]` says where. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "code": "invalid_request",
                 *       "detail": "Query parameter limit must be an integer between 1 and 1000.",
                 *       "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11",
                 *       "errors": [
                 *         {
                 *           "parameter": "limit",
                 *           "detail": "must be <= 1000"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid access token (missing, expired or unknown). Get a new token and retry once. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "code": "token_expired",
                 *       "detail": "The access token has expired.",
                 *       "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The connection account may not do this (no accepted connection to the service, or not the owner of the entry). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description None of the media types in `Accept` can be produced. */
        NotAcceptable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (the entry already exists or was already decided), or a write with the same `Idempotency-Key` is still in progress. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The cursor or `since` is older than the gateway keeps (`code: cursor_expired`); start again from a new snapshot. */
        Gone: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` no longer matches: the entry changed since it was read (`code: etag_mismatch`). Read it again, reapply the change, and retry with the new `ETag`. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the gateway accepts (a batch of too many records, or too big a file). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is well-formed but invalid: `errors[]` lists each field (JSON pointer and JSON path) with what is wrong, in English and Vietnamese. */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unprocessable Content",
                 *       "status": 422,
                 *       "code": "validation_failed",
                 *       "detail": "The service description is invalid (1 issue).",
                 *       "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11",
                 *       "errors": [
                 *         {
                 *           "pointer": "/provider/agencyId",
                 *           "path": "$.provider.agencyId",
                 *           "code": "agency_id.format",
                 *           "detail": "Agency identifier \"h12\" must be upper case: \"H12\".",
                 *           "message": {
                 *             "vi": "Mã định danh cơ quan \"h12\" phải viết hoa: \"H12\".",
                 *             "en": "Agency identifier \"h12\" must be upper case: \"H12\"."
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limit reached; wait `Retry-After` before the next call. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The gateway failed. Safe methods and writes with an `Idempotency-Key` may be retried. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The provider's service failed or answered something the gateway could not relay (`code: provider_error`). */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The gateway or the service is temporarily unavailable (overload, or maintenance announced under Decree 47/2020 Art. 43); retry after `Retry-After`. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The provider's service did not answer in time (`code: provider_timeout`). */
        GatewayTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
        RequestId: components["schemas"]["RequestId"];
        /**
         * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
         * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
         */
        IdempotencyKey: string;
        /**
         * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
         * @example "3-8f14e45f"
         */
        IfMatch: string;
        /** @description The `nextCursor` of the previous page; omit for the first page. */
        Cursor: string;
        /** @description Most items per page. */
        Limit: number;
        /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
        Query: string;
        /** @description Only entries changed at or after this time. */
        UpdatedSince: string;
        /** @description Only entries of this agency (electronic identifier, QĐ 20/2020). */
        AgencyIdQuery: components["schemas"]["AgencyId"];
        /** @description The service identifier (Decree 47/2020 Art. 35.2đ). */
        ServiceId: components["schemas"]["ResourceId"];
        /** @description The catalogue entry's id (the entry's `id`), chosen by the agency when it first puts the entry. */
        DatabaseId: components["schemas"]["ResourceId"];
        /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
        DatasetId: components["schemas"]["ResourceId"];
        /** @description The distribution's id within its dataset, chosen by the publishing agency. */
        DistributionId: components["schemas"]["ResourceId"];
        /** @description The agency's electronic identifier (QĐ 20/2020). */
        AgencyIdPath: components["schemas"]["AgencyId"];
        /** @description The connection request's id (the request's `id`). */
        ConnectionRequestId: components["schemas"]["ResourceId"];
        /** @description The code list's category code, as `codeLists.categories` lists it. */
        CategoryCode: components["schemas"]["ResourceId"];
        /** @description The master-data entity the records belong to (e.g. `citizens`, `enterprises`), as the warehouse defines it; unknown entities get 404. */
        MasterDataEntity: components["schemas"]["ResourceId"];
        /** @description Code of the national database (e.g. `dancu` for the population database). */
        NationalDatabase: components["schemas"]["ResourceId"];
        /** @description The entity within the database (e.g. `citizens`). */
        NationalEntity: components["schemas"]["ResourceId"];
        /** @description The subscription's id, as the gateway assigned it. */
        SubscriptionId: components["schemas"]["ResourceId"];
    };
    requestBodies: never;
    headers: {
        /** @description The request's id (the caller's `X-Request-Id`, or one the gateway made). */
        "X-Request-Id": components["schemas"]["RequestId"];
        /**
         * @description Strong entity tag of the entry as stored; send it back in `If-Match` to update.
         * @example "3-8f14e45f"
         */
        ETag: string;
        /** @description URL of the created resource. */
        Location: string;
        /**
         * @description When to try again: a number of seconds or an HTTP date (RFC 9110 §10.2.3).
         * @example 30
         */
        "Retry-After": string;
        /** @description The authentication challenge (RFC 6750 §3), e.g. `Bearer error="invalid_token"`. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export interface operations {
    "auth.token": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A bearer token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `no-store` (RFC 6749 §5.1). */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "8c2b0f0e-3b5a-3c2f-9d0e-6e1f2a3b4c5d",
                     *       "token_type": "Bearer",
                     *       "expires_in": 3600,
                     *       "scope": "am_application_scope default"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Malformed request or unsupported grant (`invalid_request`, `unsupported_grant_type`, `invalid_scope`). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "unsupported_grant_type",
                     *       "error_description": "Only client_credentials is supported."
                     *     }
                     */
                    "application/json": components["schemas"]["TokenError"];
                };
            };
            /** @description Unknown consumer key or wrong secret (`invalid_client`). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed."
                     *     }
                     */
                    "application/json": components["schemas"]["TokenError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.keys": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current public keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "EC",
                     *           "crv": "P-256",
                     *           "kid": "gw-2026-11",
                     *           "use": "sig",
                     *           "alg": "ES256",
                     *           "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                     *           "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "services.list": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
                /** @description Only entries of this agency (electronic identifier, QĐ 20/2020). */
                agencyId?: components["parameters"]["AgencyIdQuery"];
                /** @description Only entries changed at or after this time. */
                updatedSince?: components["parameters"]["UpdatedSince"];
                /** @description Only services in this status (`draft`, `published`, `withdrawn`). */
                status?: components["schemas"]["ServiceStatus"];
                /** @description Only services shared in this form (`open`, `default`, `on-request`; Decree 47/2020 Art. 3.4–3.6, 23). */
                sharingForm?: components["schemas"]["SharingForm"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of catalogue entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "services.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The service identifier (Decree 47/2020 Art. 35.2đ). */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "services.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The service identifier (Decree 47/2020 Art. 35.2đ). */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceDescription"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEntry"];
                };
            };
            /** @description Registered. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "services.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The service identifier (Decree 47/2020 Art. 35.2đ). */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceWithdrawal"];
            };
        };
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "databases.list": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
                /** @description Only entries of this agency (electronic identifier, QĐ 20/2020). */
                agencyId?: components["parameters"]["AgencyIdQuery"];
                /** @description Only entries changed at or after this time. */
                updatedSince?: components["parameters"]["UpdatedSince"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of catalogue entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "databases.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The catalogue entry's id (the entry's `id`), chosen by the agency when it first puts the entry. */
                databaseId: components["parameters"]["DatabaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "databases.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The catalogue entry's id (the entry's `id`), chosen by the agency when it first puts the entry. */
                databaseId: components["parameters"]["DatabaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseCatalogueEntry"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseEntry"];
                };
            };
            /** @description Added. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "databases.delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The catalogue entry's id (the entry's `id`), chosen by the agency when it first puts the entry. */
                databaseId: components["parameters"]["DatabaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.listDatasets": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
                /** @description Only entries of this agency (electronic identifier, QĐ 20/2020). */
                agencyId?: components["parameters"]["AgencyIdQuery"];
                /** @description Only entries changed at or after this time. */
                updatedSince?: components["parameters"]["UpdatedSince"];
                /** @description Only datasets whose next catalogue review date has passed (true) or not (false). */
                reviewOverdue?: boolean;
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of datasets. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.getDataset": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.putDataset": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenDataset"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetEntry"];
                };
            };
            /** @description Published. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.recordReview": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetReview"];
            };
        };
        responses: {
            /** @description Review recorded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.listDistributions": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of distributions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.getDistribution": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
                /** @description The distribution's id within its dataset, chosen by the publishing agency. */
                distributionId: components["parameters"]["DistributionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The distribution. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.putDistribution": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
                /** @description The distribution's id within its dataset, chosen by the publishing agency. */
                distributionId: components["parameters"]["DistributionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Distribution"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionEntry"];
                };
            };
            /** @description Added. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.downloadDistribution": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
                /** @description The distribution's id within its dataset, chosen by the publishing agency. */
                distributionId: components["parameters"]["DistributionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description The file's SHA-256 (RFC 9530), e.g. `sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:`. */
                    "Content-Digest": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "openData.uploadDistribution": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The file's SHA-256 as an RFC 9530 digest, e.g. `sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:`. */
                "Content-Digest"?: string;
            };
            path: {
                /** @description The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset. */
                datasetId: components["parameters"]["DatasetId"];
                /** @description The distribution's id within its dataset, chosen by the publishing agency. */
                distributionId: components["parameters"]["DistributionId"];
            };
            cookie?: never;
        };
        /** @description The file's bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; the distribution holds the computed size and checksum. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "focalPoints.list": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
                /** @description Only entries changed at or after this time. */
                updatedSince?: components["parameters"]["UpdatedSince"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of focal points. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocalPointEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "focalPoints.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The agency's electronic identifier (QĐ 20/2020). */
                agencyId: components["parameters"]["AgencyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The focal point. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocalPointEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "focalPoints.put": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.
                 * @example "3-8f14e45f"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The agency's electronic identifier (QĐ 20/2020). */
                agencyId: components["parameters"]["AgencyIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FocalPoint"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocalPointEntry"];
                };
            };
            /** @description Designated. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocalPointEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "connectionRequests.list": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Only requests in this state. */
                status?: components["schemas"]["ConnectionRequestStatus"];
                /** @description Only requests to services of this providing agency. */
                providerAgencyId?: components["schemas"]["AgencyId"];
                /** @description Only requests from this requesting agency (Art. 35.2a). */
                requesterAgencyId?: components["schemas"]["AgencyId"];
                /** @description Only requests for this service (Art. 35.2đ). */
                serviceId?: components["schemas"]["ResourceId"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connection requests. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequestEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "connectionRequests.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionRequest"];
            };
        };
        responses: {
            /** @description Received; the provider must answer by `deadline`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequestEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "connectionRequests.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The connection request's id (the request's `id`). */
                connectionRequestId: components["parameters"]["ConnectionRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequestEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "connectionRequests.decide": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The connection request's id (the request's `id`). */
                connectionRequestId: components["parameters"]["ConnectionRequestId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionDecision"];
            };
        };
        responses: {
            /** @description Decided. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionRequestEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "codeLists.categories": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of categories. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeListCategoryPage"];
                    "application/xml": components["schemas"]["CodeListCategoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "codeLists.items": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
                /** @description Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike). */
                q?: components["parameters"]["Query"];
                /** @description Only items valid on this day. */
                effectiveOn?: string;
                /** @description Only items under this parent (e.g. the communes of one province). */
                parentCode?: string;
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The code list's category code, as `codeLists.categories` lists it. */
                categoryCode: components["parameters"]["CategoryCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of code-list items. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeListItemPage"];
                    "application/xml": components["schemas"]["CodeListItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "masterData.upsert": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The master-data entity the records belong to (e.g. `citizens`, `enterprises`), as the warehouse defines it; unknown entities get 404. */
                entity: components["parameters"]["MasterDataEntity"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MasterDataUpsertBatch"];
            };
        };
        responses: {
            /** @description Applied; the counts say what changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasterDataUpsertResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "masterData.delete": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The master-data entity the records belong to (e.g. `citizens`, `enterprises`), as the warehouse defines it; unknown entities get 404. */
                entity: components["parameters"]["MasterDataEntity"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MasterDataDeleteBatch"];
            };
        };
        responses: {
            /** @description Applied; the counts say what changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MasterDataDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.snapshot": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description Code of the national database (e.g. `dancu` for the population database). */
                database: components["parameters"]["NationalDatabase"];
                /** @description The entity within the database (e.g. `citizens`). */
                entity: components["parameters"]["NationalEntity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the snapshot. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalSnapshotPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.changes": {
        parameters: {
            query?: {
                /** @description Changes after this time; required unless `cursor` is given. */
                since?: string;
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description Code of the national database (e.g. `dancu` for the population database). */
                database: components["parameters"]["NationalDatabase"];
                /** @description The entity within the database (e.g. `citizens`). */
                entity: components["parameters"]["NationalEntity"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalChangePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.listSubscriptions": {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Most items per page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalSubscriptionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.subscribe": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NationalSubscriptionRequest"];
            };
        };
        responses: {
            /** @description Subscribed. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.unsubscribe": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The subscription's id, as the gateway assigned it. */
                subscriptionId: components["parameters"]["SubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoke.call": {
        parameters: {
            query?: {
                /** @description The provider operation to call: its path (e.g. `/chiTietDoanhNghiep`), a path filling a templated one, one segment per parameter (`/dmx/1.0/xa/30001` for `/dmx/1.0/xa/{maXa}`), or its SOAP action. */
                operation?: string;
            };
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.
                 * @example 5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The service identifier (Decree 47/2020 Art. 35.2đ). */
                serviceId: components["parameters"]["ServiceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProviderJson"];
                "application/xml": components["schemas"]["ProviderXml"];
                "application/soap+xml": components["schemas"]["ProviderXml"];
                "text/xml": components["schemas"]["ProviderXml"];
            };
        };
        responses: {
            /** @description The provider's answer, as it sent it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderJson"];
                    "application/xml": components["schemas"]["ProviderXml"];
                    "application/soap+xml": components["schemas"]["ProviderXml"];
                    "text/xml": components["schemas"]["ProviderXml"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "health.get": {
        parameters: {
            query?: never;
            header?: {
                /** @description A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "1.0.0",
                     *       "time": "2026-03-02T08:00:00+07:00"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "national.changesPushed": {
        parameters: {
            query?: never;
            header: {
                /** @description `sha256=` and the lower-case hex HMAC-SHA256 of the raw body keyed with the subscription's secret. Reject the delivery when it does not match. */
                "X-Chiase-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NationalChangeNotification"];
            };
        };
        responses: {
            /** @description Stored; the gateway sends the next batch. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
