// GENERATED FILE, DO NOT EDIT.
// Made by packages/gateway-spec/scripts/generate.mjs from spec/gateway.base.yaml, spec/groups/*.yaml
// and @chiase/schema's artefactJsonSchemas(). Edit those, then run: npm run generate -w @chiase/gateway-spec

/** The gateway contract (OpenAPI 3.1) as a typed const: the content of openapi.yaml. */
export const openApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Chiase reference gateway profile",
    "version": "1.0.0",
    "summary": "The LGSP/NGSP data-sharing gateway contract used by the Chiase SDK (Decree 47/2020/NĐ-CP).",
    "description": "The **reference profile** of a Vietnamese data-sharing gateway (a ministry's or province's LGSP,\nor the NGSP), shaped like the API-manager gateways in production: a token at `POST /token`\n(OAuth2 client credentials) and every API under its own base path `/<context>/<version>/<resource>`.\nA deployment whose gateway differs (token path, where credentials go, base paths per API group,\nextra headers) is described by a Chiase *profile* that overrides those parts; the operations,\ntheir shapes and their semantics stay as written here.\n\nEach API group is a tag; its base path is in the tag's `x-chiase-base-path` and every path of the\ngroup starts with it. Each operation names the legal text it serves in its summary and, as a list,\nin `x-chiase-law`.\n\nConventions, the same for every operation:\n- **Authentication**: `Authorization: Bearer <access_token>` from `POST /token` on every call but\n  the token request and health checks (Decree 47/2020 Art. 40).\n- **Media types**: JSON by default; XML where an operation declares it (content negotiation with\n  `Accept`). Errors are always RFC 9457 `application/problem+json`, with field-level `errors[]`.\n- **Request id**: every response carries `X-Request-Id`; a caller may send its own (it is echoed),\n  otherwise the gateway makes one. Quote it when reporting a problem.\n- **Paging**: list operations take `cursor` and `limit` and answer `{ items, nextCursor }`;\n  `nextCursor` is `null` on the last page. Cursors are opaque.\n- **Writes** accept an `Idempotency-Key`: a retried write with the same key and the same body gets\n  the first answer again and has no second effect; the same key with a different body is refused\n  with 422 (`code: idempotency_key_reused`), and with 409 while the first is still in progress.\n- **Catalogue entries** carry an `ETag`; updates take `If-Match` and fail with 412 when the entry\n  changed since it was read. Without `If-Match` the update applies unconditionally.\n- **Back-pressure**: 429 and 503 carry `Retry-After` (seconds or an HTTP date).\n- **Times** are RFC 3339 date-times with an offset; dates are `YYYY-MM-DD`.\n- **Operation ids** are `<group>.<verb>` (`services.list`, `services.put`, `openData.uploadDistribution`):\n  the group is the tag, the verb the method name a client exposes.\n",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "https://{gateway}",
      "description": "An LGSP or the NGSP (an API-manager gateway; 8243 is its usual HTTPS port).",
      "variables": {
        "gateway": {
          "default": "localhost:8243",
          "description": "Host (and port) of the gateway."
        }
      }
    },
    {
      "url": "http://127.0.0.1:{port}",
      "description": "The Chiase mock gateway (`@chiase/mock-gateway`) on this machine.",
      "variables": {
        "port": {
          "default": "4010",
          "description": "Port the mock gateway listens on."
        }
      }
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "auth",
      "x-displayName": "Authentication",
      "x-chiase-base-path": "",
      "description": "Access tokens for connection accounts (Decree 47/2020 Art. 40). The token path is at the root of the gateway, as on API-manager gateways."
    },
    {
      "name": "services",
      "x-displayName": "Services catalogue",
      "x-chiase-base-path": "/catalog/1.0",
      "description": "The catalogue of data-sharing services (Decree 47/2020 Art. 24–26): providers register, update and withdraw service descriptions; consumers search them."
    },
    {
      "name": "databases",
      "x-displayName": "Database catalogue",
      "x-chiase-base-path": "/database-catalogue/1.0",
      "description": "The agency's entries in the shared-database catalogue (Decree 47/2020 Art. 11.3–11.4, form Mẫu 02)."
    },
    {
      "name": "openData",
      "x-displayName": "Open data",
      "x-chiase-base-path": "/open-data/1.0",
      "description": "Open datasets and their distributions, with file upload and checksum, catalogue review and data update dates (Decree 47/2020 Art. 17–21; those articles were repealed by Decree 194/2025, the practice continues under the Law on Data)."
    },
    {
      "name": "focalPoints",
      "x-displayName": "Focal points",
      "x-chiase-base-path": "/focal-points/1.0",
      "description": "Each agency's data-sharing focal point, published (Decree 47/2020 Art. 7.1–7.2, form Mẫu 01)."
    },
    {
      "name": "connectionRequests",
      "x-displayName": "Connection requests",
      "x-chiase-base-path": "/connection-requests/1.0",
      "description": "Requests to connect to a data-sharing service and the provider's decision: an account, or a refusal with reasons and legal basis (Decree 47/2020 Art. 35, 40; Decree 194/2025)."
    },
    {
      "name": "codeLists",
      "x-displayName": "Common code lists",
      "x-chiase-base-path": "/dmdc/1.0",
      "description": "Common code lists, shared by default (Decree 47/2020 Art. 34.1c): a list of categories, then the paged items of one category, in JSON or XML, like the national `dmdc` API."
    },
    {
      "name": "masterData",
      "x-displayName": "Master data",
      "x-chiase-base-path": "/master-data/1.0",
      "description": "Master data copied into the provincial shared data warehouse (Decree 47/2020 Art. 34.1b; Phú Yên database plan 2023–2030 §2.2): idempotent, atomic batches of upserts and deletes per entity."
    },
    {
      "name": "national",
      "x-displayName": "National databases",
      "x-chiase-base-path": "/national/1.0",
      "description": "Reads from national databases as TT 13/2017/TT-BTTTT Art. 21 describes them: bulk snapshot pages (Art. 21.1b, 21.2a), changes since a time, deletes included, in order (Art. 21.2b), and push subscriptions (Art. 21.4b). What a national mirror consumes (Công văn 2051)."
    },
    {
      "name": "invoke",
      "x-displayName": "Service invocation",
      "x-chiase-base-path": "/invoke/1.0",
      "description": "Calling a registered provider's data-sharing service through the gateway (Decree 47/2020 Art. 24.1, 46.1). The body and answer are the provider's own (JSON, XML or SOAP)."
    },
    {
      "name": "health",
      "x-displayName": "Health",
      "x-chiase-base-path": "",
      "description": "Liveness and version of the gateway (Decree 47/2020 Art. 27.1). No authentication."
    }
  ],
  "paths": {
    "/token": {
      "post": {
        "tags": [
          "auth"
        ],
        "operationId": "auth.token",
        "summary": "Request an access token with client credentials (Decree 47/2020 Art. 40)",
        "description": "OAuth2 client-credentials grant (RFC 6749 §4.4) for a connection account. The consumer key and\nsecret go **either** as HTTP Basic credentials **or** as `client_id` and `client_secret` form\nfields; gateways accept both. There is no refresh token: cache the token and ask for a new one a\nlittle before `expires_in` runs out. Errors here follow RFC 6749 §5.2, not problem+json, except\nthe gateway's own 429/500/503.\n",
        "x-chiase-law": [
          "Decree 47/2020 Art. 40.1",
          "Decree 47/2020 Art. 40.2"
        ],
        "security": [
          {
            "clientBasic": []
          },
          {}
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              },
              "example": {
                "grant_type": "client_credentials"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A bearer token.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "Cache-Control": {
                "description": "Always `no-store` (RFC 6749 §5.1).",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenResponse"
                },
                "example": {
                  "access_token": "8c2b0f0e-3b5a-3c2f-9d0e-6e1f2a3b4c5d",
                  "token_type": "Bearer",
                  "expires_in": 3600,
                  "scope": "am_application_scope default"
                }
              }
            }
          },
          "400": {
            "description": "Malformed request or unsupported grant (`invalid_request`, `unsupported_grant_type`, `invalid_scope`).",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenError"
                },
                "example": {
                  "error": "unsupported_grant_type",
                  "error_description": "Only client_credentials is supported."
                }
              }
            }
          },
          "401": {
            "description": "Unknown consumer key or wrong secret (`invalid_client`).",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "WWW-Authenticate": {
                "$ref": "#/components/headers/WWW-Authenticate"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenError"
                },
                "example": {
                  "error": "invalid_client",
                  "error_description": "Client authentication failed."
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/jwks": {
      "get": {
        "tags": [
          "auth"
        ],
        "operationId": "auth.keys",
        "summary": "The gateway's public signing keys, to verify the consumer assertions it forwards (Decree 47/2020 Art. 40)",
        "description": "A JSON Web Key Set (RFC 7517 §5). When the gateway relays a call to a provider (`invoke.call`), it\nforwards the authenticated caller as a JWT in the `X-JWT-Assertion` header (as API-manager gateways\ndo), signed with one of these keys (`kid` in the token header names it). Claims: `iss` the gateway,\n`aud` the service id, `sub` the consumer agency's e-ID (QĐ 20/2020/QĐ-TTg), `client_id` the\nconnection account, `iat`, `exp` (a few minutes later), `jti` the request id. A provider verifies the\nsignature, issuer, audience and expiry before it serves anything (Art. 40). Keys rotate: cache the set\nand fetch it again when a token names an unknown `kid`. No authentication.\n",
        "x-chiase-law": [
          "Decree 47/2020 Art. 40.1",
          "Decree 47/2020 Art. 8.4"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          }
        ],
        "responses": {
          "200": {
            "description": "The current public keys.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JsonWebKeySet"
                },
                "example": {
                  "keys": [
                    {
                      "kty": "EC",
                      "crv": "P-256",
                      "kid": "gw-2026-11",
                      "use": "sig",
                      "alg": "ES256",
                      "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                      "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/catalog/1.0/services": {
      "get": {
        "tags": [
          "services"
        ],
        "operationId": "services.list",
        "summary": "Search the catalogue of data-sharing services (Decree 47/2020 Art. 26.2c, 26.3)",
        "description": "Published services of every provider, and the caller's own drafts and withdrawn services. Filters combine with AND.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 26.2c",
          "Decree 47/2020 Art. 26.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          },
          {
            "$ref": "#/components/parameters/AgencyIdQuery"
          },
          {
            "$ref": "#/components/parameters/UpdatedSince"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only services in this status (`draft`, `published`, `withdrawn`).",
            "schema": {
              "$ref": "#/components/schemas/ServiceStatus"
            }
          },
          {
            "name": "sharingForm",
            "in": "query",
            "required": false,
            "description": "Only services shared in this form (`open`, `default`, `on-request`; Decree 47/2020 Art. 3.4–3.6, 23).",
            "schema": {
              "$ref": "#/components/schemas/SharingForm"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of catalogue entries.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/catalog/1.0/services/{serviceId}": {
      "get": {
        "tags": [
          "services"
        ],
        "operationId": "services.get",
        "summary": "Read one data-sharing service description (Decree 47/2020 Art. 24.3, 26.3)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 24.3",
          "Decree 47/2020 Art. 26.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ServiceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The catalogue entry.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "services"
        ],
        "operationId": "services.put",
        "summary": "Register or update a data-sharing service description (Decree 47/2020 Art. 24.3, 25)",
        "description": "Registers the description under its service identifier (Art. 35.2đ) when it is new (201), or replaces it (200). Register a service within one working day of it accepting connections (Art. 25.1; `registeredAt` records when the gateway received it), update it as soon as the service changes (Art. 25.2) and keep it complete and accurate (Art. 25.3). The body's `id` must equal `serviceId` (else 422). Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 24.3",
          "Decree 47/2020 Art. 25.1",
          "Decree 47/2020 Art. 25.2",
          "Decree 47/2020 Art. 25.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ServiceId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ServiceDescription"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceEntry"
                }
              }
            }
          },
          "201": {
            "description": "Registered.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/catalog/1.0/services/{serviceId}/withdrawal": {
      "post": {
        "tags": [
          "services"
        ],
        "operationId": "services.withdraw",
        "summary": "Withdraw a data-sharing service from the catalogue (Decree 47/2020 Art. 25.2, 44)",
        "description": "Marks the description withdrawn; the entry stays readable so consumers can see why. Withdrawing a withdrawn service gets 409.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 25.2",
          "Decree 47/2020 Art. 44.1"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ServiceId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ServiceWithdrawal"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Withdrawn.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ServiceEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/database-catalogue/1.0/databases": {
      "get": {
        "tags": [
          "databases"
        ],
        "operationId": "databases.list",
        "summary": "List shared-database catalogue entries (Decree 47/2020 Art. 11.3–11.4)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 11.3",
          "Decree 47/2020 Art. 11.4"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          },
          {
            "$ref": "#/components/parameters/AgencyIdQuery"
          },
          {
            "$ref": "#/components/parameters/UpdatedSince"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of catalogue entries.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/database-catalogue/1.0/databases/{databaseId}": {
      "get": {
        "tags": [
          "databases"
        ],
        "operationId": "databases.get",
        "summary": "Read one shared-database catalogue entry (Decree 47/2020 Art. 11.4)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 11.4"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatabaseId"
          }
        ],
        "responses": {
          "200": {
            "description": "The catalogue entry.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "databases"
        ],
        "operationId": "databases.put",
        "summary": "Add or update a shared-database catalogue entry (Decree 47/2020 Art. 11.3–11.4, Mẫu 02)",
        "description": "Adds the entry under `databaseId` when it is new (201), or replaces it (200). The entry holds the Art. 11.4 contents: name; purpose, scope and content; collection and update mechanism and sources; data items classed as open, default-shared or on-request per category of user. The body's `id` must equal `databaseId` (else 422). Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 11.3",
          "Decree 47/2020 Art. 11.4"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatabaseId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DatabaseCatalogueEntry"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseEntry"
                }
              }
            }
          },
          "201": {
            "description": "Added.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatabaseEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "tags": [
          "databases"
        ],
        "operationId": "databases.delete",
        "summary": "Remove a database from the shared-database catalogue (Decree 47/2020 Art. 11.3)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 11.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatabaseId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContent"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets": {
      "get": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.listDatasets",
        "summary": "List open datasets (Decree 47/2020 Art. 21.2)",
        "description": "Datasets of every agency, newest change first. `reviewOverdue=true` keeps only datasets whose catalogue review is past due (reviewed at least every 6 months, Art. 20.3).",
        "x-chiase-law": [
          "Decree 47/2020 Art. 20.3",
          "Decree 47/2020 Art. 21.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          },
          {
            "$ref": "#/components/parameters/AgencyIdQuery"
          },
          {
            "$ref": "#/components/parameters/UpdatedSince"
          },
          {
            "name": "reviewOverdue",
            "in": "query",
            "required": false,
            "description": "Only datasets whose next catalogue review date has passed (true) or not (false).",
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of datasets.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets/{datasetId}": {
      "get": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.getDataset",
        "summary": "Read one open dataset (Decree 47/2020 Art. 21.2)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 21.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          }
        ],
        "responses": {
          "200": {
            "description": "The dataset.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.putDataset",
        "summary": "Publish or update an open dataset (Decree 47/2020 Art. 17, 20, 21)",
        "description": "Publishes the dataset under `datasetId` when it is new (201), or replaces it (200). The body's `id` must equal `datasetId` (else 422). Its `distributions` are the dataset's distribution entries: putting the dataset puts them, and `openData.putDistribution` changes them one by one. Send `If-Match` with the `ETag` last read so a concurrent change is not overwritten.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 17",
          "Decree 47/2020 Art. 20.1",
          "Decree 47/2020 Art. 21.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OpenDataset"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetEntry"
                }
              }
            }
          },
          "201": {
            "description": "Published.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets/{datasetId}/review": {
      "post": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.recordReview",
        "summary": "Record a periodic review of an open dataset's catalogue entry (Decree 47/2020 Art. 20.3)",
        "description": "Records that the agency reviewed the dataset's catalogue entry (at least every 6 months, Art. 20.3). The gateway sets the dataset's `catalogueReviewedOn` to `reviewedOn` and moves `nextReviewDue` 6 months on. Amend the dataset itself with `openData.putDataset`.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 20.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DatasetReview"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Review recorded.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DatasetEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets/{datasetId}/distributions": {
      "get": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.listDistributions",
        "summary": "List the distributions of an open dataset (Decree 47/2020 Art. 21.1)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 21.1"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of distributions.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DistributionEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets/{datasetId}/distributions/{distributionId}": {
      "get": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.getDistribution",
        "summary": "Read one distribution of an open dataset (Decree 47/2020 Art. 21.1)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 21.1"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/DistributionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The distribution.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DistributionEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.putDistribution",
        "summary": "Add or update a distribution's description (Decree 47/2020 Art. 21.1)",
        "description": "Adds the distribution under `distributionId` when it is new (201), or replaces it (200); the body's `id`, when given, must equal `distributionId`. A downloadable package (Art. 21.1a) gets its file with `openData.uploadDistribution`; a distribution served through a data-sharing service (Art. 21.1b) names that service in `accessService`. Once a file is uploaded, `byteSize` and `sha256` in the body must be the file's (else 422).",
        "x-chiase-law": [
          "Decree 47/2020 Art. 21.1"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/DistributionId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Distribution"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DistributionEntry"
                }
              }
            }
          },
          "201": {
            "description": "Added.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DistributionEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/open-data/1.0/datasets/{datasetId}/distributions/{distributionId}/file": {
      "put": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.uploadDistribution",
        "summary": "Upload the file of a downloadable distribution (Decree 47/2020 Art. 20.3, 21.1a)",
        "description": "Streams the file as the raw body (`Content-Type: application/octet-stream`, chunked or with a\n`Content-Length`). The gateway computes the file's SHA-256 and byte size as it stores it and\nwrites them into the distribution's `sha256` (hex) and `byteSize`, with its `downloadUrl` and\n`modified`. Send `Content-Digest`\n(RFC 9530, `sha-256=:<base64>:`) when the digest is known beforehand: a file that does not match\nit is refused with 422 (`code: checksum_mismatch`) and nothing is stored. Otherwise compare the\nanswered `sha256` with the one computed while sending. An upload is a data update for Art. 20.3:\nthe dataset's `dataUpdatedOn` becomes the upload day.\n",
        "x-chiase-law": [
          "Decree 47/2020 Art. 20.3",
          "Decree 47/2020 Art. 21.1a"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/DistributionId"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "name": "Content-Digest",
            "in": "header",
            "required": false,
            "description": "The file's SHA-256 as an RFC 9530 digest, e.g. `sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:`.",
            "schema": {
              "type": "string",
              "pattern": "^sha-256=:[A-Za-z0-9+/]{43}=:$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The file's bytes.",
          "content": {
            "application/octet-stream": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Stored; the distribution holds the computed size and checksum.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DistributionEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "get": {
        "tags": [
          "openData"
        ],
        "operationId": "openData.downloadDistribution",
        "summary": "Download the file of a downloadable distribution (Decree 47/2020 Art. 17, 21.1a)",
        "description": "The stored file as uploaded, with its SHA-256 in `Content-Digest`. 404 when the distribution has no file yet.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 17",
          "Decree 47/2020 Art. 21.1a"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/DatasetId"
          },
          {
            "$ref": "#/components/parameters/DistributionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The file's bytes.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "Content-Digest": {
                "description": "The file's SHA-256 (RFC 9530), e.g. `sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/octet-stream": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/focal-points/1.0/focal-points": {
      "get": {
        "tags": [
          "focalPoints"
        ],
        "operationId": "focalPoints.list",
        "summary": "List the published focal points of agencies (Decree 47/2020 Art. 7.2)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 7.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          },
          {
            "$ref": "#/components/parameters/UpdatedSince"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of focal points.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FocalPointEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/focal-points/1.0/focal-points/{agencyId}": {
      "get": {
        "tags": [
          "focalPoints"
        ],
        "operationId": "focalPoints.get",
        "summary": "Read an agency's focal point (Decree 47/2020 Art. 7.1–7.2)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 7.1",
          "Decree 47/2020 Art. 7.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/AgencyIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The focal point.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FocalPointEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "put": {
        "tags": [
          "focalPoints"
        ],
        "operationId": "focalPoints.put",
        "summary": "Designate or update an agency's focal point (Decree 47/2020 Art. 7.1–7.2, Mẫu 01)",
        "description": "Publishes the officer the agency designated as its focal point for connecting and sharing data, with name, position and function, telephone and e-mail (Art. 7.1), when new (201), or replaces it (200). Only the agency itself may put its focal point. The body's `agency.id` must equal `agencyId` (else 422).",
        "x-chiase-law": [
          "Decree 47/2020 Art. 7.1",
          "Decree 47/2020 Art. 7.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/AgencyIdPath"
          },
          {
            "$ref": "#/components/parameters/IfMatch"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FocalPoint"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Updated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FocalPointEntry"
                }
              }
            }
          },
          "201": {
            "description": "Designated.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FocalPointEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/connection-requests/1.0/requests": {
      "get": {
        "tags": [
          "connectionRequests"
        ],
        "operationId": "connectionRequests.list",
        "summary": "List connection requests, e.g. those pending for a provider (Decree 47/2020 Art. 35.1, 35.3)",
        "description": "Requests the caller sent and requests addressed to the caller's services, oldest deadline first. A provider's work list is `status=pending&providerAgencyId=<its id>`.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 35.1",
          "Decree 47/2020 Art. 35.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only requests in this state.",
            "schema": {
              "$ref": "#/components/schemas/ConnectionRequestStatus"
            }
          },
          {
            "name": "providerAgencyId",
            "in": "query",
            "required": false,
            "description": "Only requests to services of this providing agency.",
            "schema": {
              "$ref": "#/components/schemas/AgencyId"
            }
          },
          {
            "name": "requesterAgencyId",
            "in": "query",
            "required": false,
            "description": "Only requests from this requesting agency (Art. 35.2a).",
            "schema": {
              "$ref": "#/components/schemas/AgencyId"
            }
          },
          {
            "name": "serviceId",
            "in": "query",
            "required": false,
            "description": "Only requests for this service (Art. 35.2đ).",
            "schema": {
              "$ref": "#/components/schemas/ResourceId"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of connection requests.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionRequestEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "connectionRequests"
        ],
        "operationId": "connectionRequests.create",
        "summary": "Send a request to connect to a data-sharing service (Decree 47/2020 Art. 35.1–35.2)",
        "description": "Sends the request online through the service management system (Art. 35.1) with the Art. 35.2 contents: requesting agency id and name (a); application id and name, if needed (b); purpose and how the data will be used (c); the data items requested, each named, and their number (d); the service id and name (đ); access frequency (e); other information (g). The body's `id` names the request (409 when taken). The gateway sets the request's `receivedAt` and the provider's answer `deadline` (Art. 35.3).",
        "x-chiase-law": [
          "Decree 47/2020 Art. 35.1",
          "Decree 47/2020 Art. 35.2",
          "Decree 47/2020 Art. 35.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Received; the provider must answer by `deadline`.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionRequestEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/connection-requests/1.0/requests/{connectionRequestId}": {
      "get": {
        "tags": [
          "connectionRequests"
        ],
        "operationId": "connectionRequests.get",
        "summary": "Read a connection request and its decision (Decree 47/2020 Art. 35.2–35.3)",
        "x-chiase-law": [
          "Decree 47/2020 Art. 35.2",
          "Decree 47/2020 Art. 35.3"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ConnectionRequestId"
          }
        ],
        "responses": {
          "200": {
            "description": "The connection request.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionRequestEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/connection-requests/1.0/requests/{connectionRequestId}/decision": {
      "post": {
        "tags": [
          "connectionRequests"
        ],
        "operationId": "connectionRequests.decide",
        "summary": "Accept or refuse a connection request (Decree 47/2020 Art. 35.3, 40)",
        "description": "The provider's answer: accepted with the connection account created for the requester (Art. 35.3, Art. 40), or refused with the reasons (Art. 35.3) and the legal basis. Only the providing agency of the requested service may decide, once; a second decision gets 409 (`code: already_decided`). The decision's `requestId` must equal `connectionRequestId` (else 422). A decision after `deadline` is accepted and recorded as late (`decidedLate`).",
        "x-chiase-law": [
          "Decree 47/2020 Art. 35.3",
          "Decree 47/2020 Art. 40.1",
          "Decree 47/2020 Art. 40.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ConnectionRequestId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConnectionDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Decided.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectionRequestEntry"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/dmdc/1.0/categories": {
      "get": {
        "tags": [
          "codeLists"
        ],
        "operationId": "codeLists.categories",
        "summary": "List the categories of common code lists (Decree 47/2020 Art. 34.1c)",
        "description": "Every code list the gateway shares (provinces, communes, ethnic groups, ...), with its version and number of items. Answers XML when `Accept: application/xml` is sent, e.g. `<CodeListCategoryPage><items><category><code>TINH</code><name>Tỉnh, thành phố</name><version>2025.07</version><itemCount>34</itemCount><updatedAt>2025-07-01T00:00:00+07:00</updatedAt><itemsUrl>/dmdc/1.0/categories/TINH/items</itemsUrl></category></items><nextCursor/></CodeListCategoryPage>`.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 34.1c"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of categories.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CodeListCategoryPage"
                }
              },
              "application/xml": {
                "schema": {
                  "$ref": "#/components/schemas/CodeListCategoryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "406": {
            "$ref": "#/components/responses/NotAcceptable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/dmdc/1.0/categories/{categoryCode}/items": {
      "get": {
        "tags": [
          "codeLists"
        ],
        "operationId": "codeLists.items",
        "summary": "Read the items of one common code list, page by page (Decree 47/2020 Art. 34.1c)",
        "description": "The items valid on `effectiveOn` (today when absent), in code order. Items that ended carry `validTo` and the codes that replace them (e.g. provinces merged on 1 July 2025), so old codes can be mapped. Answers XML when `Accept: application/xml` is sent, e.g. `<CodeListItemPage><categoryCode>TINH</categoryCode><version>2025.07</version><items><item><code>01</code><name>Thành phố Hà Nội</name><parentCode/><validFrom/><validTo/><replacedBy/></item></items><nextCursor>b2Zmc2V0PTE</nextCursor></CodeListItemPage>`.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 34.1c"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/CategoryCode"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Query"
          },
          {
            "name": "effectiveOn",
            "in": "query",
            "required": false,
            "description": "Only items valid on this day.",
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "parentCode",
            "in": "query",
            "required": false,
            "description": "Only items under this parent (e.g. the communes of one province).",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of code-list items.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CodeListItemPage"
                }
              },
              "application/xml": {
                "schema": {
                  "$ref": "#/components/schemas/CodeListItemPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "406": {
            "$ref": "#/components/responses/NotAcceptable"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/master-data/1.0/entities/{entity}/upserts": {
      "post": {
        "tags": [
          "masterData"
        ],
        "operationId": "masterData.upsert",
        "summary": "Upsert a batch of master-data records of one entity (Decree 47/2020 Art. 34.1b)",
        "description": "Creates or replaces each record by its `key`, all or nothing: when any record is invalid the gateway\nanswers 422 with one `errors[]` entry per problem (`pointer` such as `/records/3/data/provinceCode`)\nand stores none. Upserting is idempotent: a record equal to the stored one counts as `unchanged`,\nand a record whose `updatedAt` is older than the stored one's is skipped as `stale`, so replaying a\nbatch, or batches out of order, has no further effect. A retry with the same `Idempotency-Key`\ngets the first answer again. At most 1000 records, keys unique within the batch.\n",
        "x-chiase-law": [
          "Decree 47/2020 Art. 34.1b",
          "Phú Yên database plan 2023–2030 §2.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/MasterDataEntity"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MasterDataUpsertBatch"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Applied; the counts say what changed.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MasterDataUpsertResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/master-data/1.0/entities/{entity}/deletions": {
      "post": {
        "tags": [
          "masterData"
        ],
        "operationId": "masterData.delete",
        "summary": "Delete a batch of master-data records of one entity by key (Decree 47/2020 Art. 34.1b)",
        "description": "Deletes the records with these keys, all or nothing. Deleting is idempotent: a key with no record counts as `notFound`, not as an error, so replaying a batch has no further effect. A retry with the same `Idempotency-Key` gets the first answer again. At most 1000 keys, unique within the batch.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 34.1b",
          "Phú Yên database plan 2023–2030 §2.2"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/MasterDataEntity"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MasterDataDeleteBatch"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Applied; the counts say what changed.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MasterDataDeleteResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/national/1.0/databases/{database}/entities/{entity}/snapshot": {
      "get": {
        "tags": [
          "national"
        ],
        "operationId": "national.snapshot",
        "summary": "Read a full snapshot of one entity, page by page (TT 13/2017 Art. 21.1b, 21.2a)",
        "description": "Every current record of the entity, in key order. The first page fixes `snapshotAt`; the pages that follow (by `cursor`) are consistent with it. To keep a mirror in sync afterwards, read `national.changes` with `since = snapshotAt`.",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.1b",
          "TT 13/2017/TT-BTTTT Art. 21.2a",
          "TT 13/2017/TT-BTTTT Art. 21.3a"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/NationalDatabase"
          },
          {
            "$ref": "#/components/parameters/NationalEntity"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the snapshot.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NationalSnapshotPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "410": {
            "$ref": "#/components/responses/Gone"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/national/1.0/databases/{database}/entities/{entity}/changes": {
      "get": {
        "tags": [
          "national"
        ],
        "operationId": "national.changes",
        "summary": "Read the changes of one entity since a time, deletes included (TT 13/2017 Art. 21.2b)",
        "description": "Every change after `since` (exclusive) up to `until`, in the order they happened (`sequence` ascending), deletes included. Give `since` for the first page and `cursor` for the next ones. When `nextCursor` is `null`, poll again later with `since = until`. A `since` older than the gateway keeps changes for gets 410 (`code: cursor_expired`): read a new snapshot.",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.2b"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/NationalDatabase"
          },
          {
            "$ref": "#/components/parameters/NationalEntity"
          },
          {
            "name": "since",
            "in": "query",
            "required": false,
            "description": "Changes after this time; required unless `cursor` is given.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of changes.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NationalChangePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "410": {
            "$ref": "#/components/responses/Gone"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/national/1.0/subscriptions": {
      "get": {
        "tags": [
          "national"
        ],
        "operationId": "national.listSubscriptions",
        "summary": "List the caller's push subscriptions (TT 13/2017 Art. 21.4b)",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.4b"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of subscriptions.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NationalSubscriptionPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "tags": [
          "national"
        ],
        "operationId": "national.subscribe",
        "summary": "Subscribe to pushed changes of one entity (TT 13/2017 Art. 21.4b)",
        "description": "The gateway POSTs each batch of changes to `callbackUrl` (see the `nationalChanges` webhook), signed with the subscription's secret, and redelivers with backoff until the callback answers 2xx.",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.4b"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NationalSubscriptionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Subscribed.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NationalSubscription"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/national/1.0/subscriptions/{subscriptionId}": {
      "delete": {
        "tags": [
          "national"
        ],
        "operationId": "national.unsubscribe",
        "summary": "End a push subscription (TT 13/2017 Art. 21.4b)",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.4b"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "responses": {
          "204": {
            "$ref": "#/components/responses/NoContent"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/invoke/1.0/services/{serviceId}": {
      "post": {
        "tags": [
          "invoke"
        ],
        "operationId": "invoke.call",
        "summary": "Call a registered data-sharing service through the gateway (Decree 47/2020 Art. 24.1, 46.1)",
        "description": "Relays the call to the provider's service registered under `serviceId` (its Art. 24.3 description\nsays where and how), and relays the provider's answer back. `operation` picks one of the service's\noperations (its path, or its SOAP action); it may be left out when the service has one. The body is\nthe provider's own: a JSON value, an XML document or a SOAP envelope, with the matching\n`Content-Type`; for an operation read with GET, the members of a JSON object body become query\nparameters. The caller needs an accepted connection to the service (Art. 35, 40), else 403. The\ngateway logs every call for the provider's sharing log (Art. 45). The provider receives the caller as\na signed JWT in `X-JWT-Assertion` (claims and keys: `auth.keys`), its own path and query, and\n`X-Request-Id`; the caller's access token never reaches it.\n",
        "x-chiase-law": [
          "Decree 47/2020 Art. 24.1",
          "Decree 47/2020 Art. 45.1",
          "Decree 47/2020 Art. 46.1"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          },
          {
            "$ref": "#/components/parameters/ServiceId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "name": "operation",
            "in": "query",
            "required": false,
            "description": "The provider operation to call: its path (e.g. `/chiTietDoanhNghiep`), a path filling a templated one, one segment per parameter (`/dmx/1.0/xa/30001` for `/dmx/1.0/xa/{maXa}`), or its SOAP action.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 512
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProviderJson"
              }
            },
            "application/xml": {
              "schema": {
                "$ref": "#/components/schemas/ProviderXml"
              }
            },
            "application/soap+xml": {
              "schema": {
                "$ref": "#/components/schemas/ProviderXml"
              }
            },
            "text/xml": {
              "schema": {
                "$ref": "#/components/schemas/ProviderXml"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The provider's answer, as it sent it.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProviderJson"
                }
              },
              "application/xml": {
                "schema": {
                  "$ref": "#/components/schemas/ProviderXml"
                }
              },
              "application/soap+xml": {
                "schema": {
                  "$ref": "#/components/schemas/ProviderXml"
                }
              },
              "text/xml": {
                "schema": {
                  "$ref": "#/components/schemas/ProviderXml"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "406": {
            "$ref": "#/components/responses/NotAcceptable"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "502": {
            "$ref": "#/components/responses/BadGateway"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/health": {
      "get": {
        "tags": [
          "health"
        ],
        "operationId": "health.get",
        "summary": "Check that the gateway is up, and its version (Decree 47/2020 Art. 27.1)",
        "description": "No authentication. 200 while the gateway serves calls (`degraded` when some API groups do not); 503 with `Retry-After` while it is down or in announced maintenance.",
        "x-chiase-law": [
          "Decree 47/2020 Art. 27.1"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequestId"
          }
        ],
        "responses": {
          "200": {
            "description": "The gateway is up.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/X-Request-Id"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                },
                "example": {
                  "status": "ok",
                  "version": "1.0.0",
                  "time": "2026-03-02T08:00:00+07:00"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "An access token from `POST /token`, sent as `Authorization: Bearer <access_token>`. Expired or unknown tokens get 401; renew before `expires_in` runs out."
      },
      "clientBasic": {
        "type": "http",
        "scheme": "basic",
        "description": "The connection account's consumer key and secret as HTTP Basic credentials, on `POST /token` only. Gateways also accept them as `client_id` and `client_secret` form fields instead."
      }
    },
    "parameters": {
      "RequestId": {
        "name": "X-Request-Id",
        "in": "header",
        "required": false,
        "description": "A caller-chosen id for this request, echoed in the response's `X-Request-Id`. When absent the gateway makes one.",
        "schema": {
          "$ref": "#/components/schemas/RequestId"
        }
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A unique key for this write (a UUID is best). Retrying with the same key and body returns the first answer and has no second effect; the same key with a different body gets 422 (`idempotency_key_reused`); a retry while the first is still running gets 409. Keys are kept at least 24 hours.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "5c0b9b7e-2f5e-4f21-9d8a-0f6f8e1f3c44"
      },
      "IfMatch": {
        "name": "If-Match",
        "in": "header",
        "required": false,
        "description": "The entry's `ETag` as last read. When it no longer matches the gateway answers 412 and changes nothing. Without it the write applies unconditionally.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "\"3-8f14e45f\""
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "The `nextCursor` of the previous page; omit for the first page.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 2048
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Most items per page.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100
        }
      },
      "Query": {
        "name": "q",
        "in": "query",
        "required": false,
        "description": "Free-text search over names and descriptions (accent-insensitive; NFC and NFD match alike).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "UpdatedSince": {
        "name": "updatedSince",
        "in": "query",
        "required": false,
        "description": "Only entries changed at or after this time.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "AgencyIdQuery": {
        "name": "agencyId",
        "in": "query",
        "required": false,
        "description": "Only entries of this agency (electronic identifier, QĐ 20/2020).",
        "schema": {
          "$ref": "#/components/schemas/AgencyId"
        }
      },
      "ServiceId": {
        "name": "serviceId",
        "in": "path",
        "required": true,
        "description": "The service identifier (Decree 47/2020 Art. 35.2đ).",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "DatabaseId": {
        "name": "databaseId",
        "in": "path",
        "required": true,
        "description": "The catalogue entry's id (the entry's `id`), chosen by the agency when it first puts the entry.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "DatasetId": {
        "name": "datasetId",
        "in": "path",
        "required": true,
        "description": "The dataset's id (its `id`), chosen by the publishing agency when it first puts the dataset.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "DistributionId": {
        "name": "distributionId",
        "in": "path",
        "required": true,
        "description": "The distribution's id within its dataset, chosen by the publishing agency.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "AgencyIdPath": {
        "name": "agencyId",
        "in": "path",
        "required": true,
        "description": "The agency's electronic identifier (QĐ 20/2020).",
        "schema": {
          "$ref": "#/components/schemas/AgencyId"
        }
      },
      "ConnectionRequestId": {
        "name": "connectionRequestId",
        "in": "path",
        "required": true,
        "description": "The connection request's id (the request's `id`).",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "CategoryCode": {
        "name": "categoryCode",
        "in": "path",
        "required": true,
        "description": "The code list's category code, as `codeLists.categories` lists it.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "MasterDataEntity": {
        "name": "entity",
        "in": "path",
        "required": true,
        "description": "The master-data entity the records belong to (e.g. `citizens`, `enterprises`), as the warehouse defines it; unknown entities get 404.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "NationalDatabase": {
        "name": "database",
        "in": "path",
        "required": true,
        "description": "Code of the national database (e.g. `dancu` for the population database).",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "NationalEntity": {
        "name": "entity",
        "in": "path",
        "required": true,
        "description": "The entity within the database (e.g. `citizens`).",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      },
      "SubscriptionId": {
        "name": "subscriptionId",
        "in": "path",
        "required": true,
        "description": "The subscription's id, as the gateway assigned it.",
        "schema": {
          "$ref": "#/components/schemas/ResourceId"
        }
      }
    },
    "headers": {
      "X-Request-Id": {
        "description": "The request's id (the caller's `X-Request-Id`, or one the gateway made).",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/RequestId"
        }
      },
      "ETag": {
        "description": "Strong entity tag of the entry as stored; send it back in `If-Match` to update.",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "\"3-8f14e45f\""
      },
      "Location": {
        "description": "URL of the created resource.",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uri-reference"
        }
      },
      "Retry-After": {
        "description": "When to try again: a number of seconds or an HTTP date (RFC 9110 §10.2.3).",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^(?:\\d+|[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$"
        },
        "example": "30"
      },
      "WWW-Authenticate": {
        "description": "The authentication challenge (RFC 6750 §3), e.g. `Bearer error=\"invalid_token\"`.",
        "required": false,
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "NoContent": {
        "description": "Done; nothing to return.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        }
      },
      "BadRequest": {
        "description": "The request is malformed (syntax, parameters, or headers); `errors[]` says where.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "code": "invalid_request",
              "detail": "Query parameter limit must be an integer between 1 and 1000.",
              "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11",
              "errors": [
                {
                  "parameter": "limit",
                  "detail": "must be <= 1000"
                }
              ]
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No valid access token (missing, expired or unknown). Get a new token and retry once.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "WWW-Authenticate": {
            "$ref": "#/components/headers/WWW-Authenticate"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Unauthorized",
              "status": 401,
              "code": "token_expired",
              "detail": "The access token has expired.",
              "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The connection account may not do this (no accepted connection to the service, or not the owner of the entry).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "NotAcceptable": {
        "description": "None of the media types in `Accept` can be produced.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the current state (the entry already exists or was already decided), or a write with the same `Idempotency-Key` is still in progress.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Gone": {
        "description": "The cursor or `since` is older than the gateway keeps (`code: cursor_expired`); start again from a new snapshot.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PreconditionFailed": {
        "description": "`If-Match` no longer matches: the entry changed since it was read (`code: etag_mismatch`). Read it again, reapply the change, and retry with the new `ETag`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is larger than the gateway accepts (a batch of too many records, or too big a file).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "UnprocessableContent": {
        "description": "The body is well-formed but invalid: `errors[]` lists each field (JSON pointer and JSON path) with what is wrong, in English and Vietnamese.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "example": {
              "type": "about:blank",
              "title": "Unprocessable Content",
              "status": 422,
              "code": "validation_failed",
              "detail": "The service description is invalid (1 issue).",
              "requestId": "2b1c7a52-90a4-4a4e-8d5a-2f1d8f5f0e11",
              "errors": [
                {
                  "pointer": "/provider/agencyId",
                  "path": "$.provider.agencyId",
                  "code": "agency_id.format",
                  "detail": "Agency identifier \"h12\" must be upper case: \"H12\".",
                  "message": {
                    "vi": "Mã định danh cơ quan \"h12\" phải viết hoa: \"H12\".",
                    "en": "Agency identifier \"h12\" must be upper case: \"H12\"."
                  }
                }
              ]
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limit reached; wait `Retry-After` before the next call.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "InternalServerError": {
        "description": "The gateway failed. Safe methods and writes with an `Idempotency-Key` may be retried.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "BadGateway": {
        "description": "The provider's service failed or answered something the gateway could not relay (`code: provider_error`).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "The gateway or the service is temporarily unavailable (overload, or maintenance announced under Decree 47/2020 Art. 43); retry after `Retry-After`.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "The provider's service did not answer in time (`code: provider_timeout`).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/X-Request-Id"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    },
    "schemas": {
      "RequestId": {
        "type": "string",
        "description": "A request id (`X-Request-Id`).",
        "pattern": "^[A-Za-z0-9._:-]{1,128}$"
      },
      "ResourceId": {
        "type": "string",
        "description": "An identifier: letters, digits and `. _ : / -`, up to 128 characters, the form `@chiase/schema` uses for services and records. In a path it is one segment, so `/` is sent percent-encoded (`%2F`).",
        "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,126}[A-Za-z0-9])?$"
      },
      "NextCursor": {
        "type": [
          "string",
          "null"
        ],
        "description": "Cursor of the next page, to pass as `cursor`; `null` on the last page."
      },
      "LocalizedMessage": {
        "type": "object",
        "description": "A message in Vietnamese and in English.",
        "required": [
          "vi",
          "en"
        ],
        "properties": {
          "vi": {
            "type": "string",
            "description": "Vietnamese text (NFC)."
          },
          "en": {
            "type": "string",
            "description": "English text."
          }
        }
      },
      "Problem": {
        "type": "object",
        "description": "An RFC 9457 problem detail. `code` is the machine-readable reason; `errors` locates each invalid field. Extension members may appear.",
        "required": [
          "type",
          "title",
          "status"
        ],
        "properties": {
          "type": {
            "type": "string",
            "format": "uri-reference",
            "description": "A URI reference identifying the problem type; `about:blank` when `status` says it all.",
            "default": "about:blank"
          },
          "title": {
            "type": "string",
            "description": "Short summary of the problem type."
          },
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599,
            "description": "The HTTP status code."
          },
          "detail": {
            "type": "string",
            "description": "What went wrong in this occurrence, for a human."
          },
          "instance": {
            "type": "string",
            "format": "uri-reference",
            "description": "The request path, or a URI identifying this occurrence."
          },
          "code": {
            "type": "string",
            "description": "Machine-readable reason, stable across versions: `invalid_request`, `validation_failed`, `token_expired`, `invalid_token`, `forbidden`, `not_found`, `conflict`, `already_decided`, `etag_mismatch`, `idempotency_key_reused`, `idempotency_key_in_progress`, `checksum_mismatch`, `payload_too_large`, `cursor_expired`, `rate_limited`, `unavailable`, `provider_error`, `provider_timeout`, `internal`.",
            "examples": [
              "etag_mismatch"
            ]
          },
          "requestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "message": {
            "$ref": "#/components/schemas/LocalizedMessage"
          },
          "errors": {
            "type": "array",
            "description": "One entry per invalid field, parameter or header.",
            "items": {
              "$ref": "#/components/schemas/ProblemFieldError"
            }
          }
        },
        "additionalProperties": true
      },
      "ProblemFieldError": {
        "type": "object",
        "description": "One invalid field. A body field is located by `pointer` (RFC 6901) and `path` (JSONPath, as `@chiase/schema` reports it); a query or path parameter by `parameter`; a header by `header`.",
        "required": [
          "detail"
        ],
        "properties": {
          "pointer": {
            "type": "string",
            "description": "JSON Pointer into the request body, e.g. `/records/3/data/provinceCode`.",
            "examples": [
              "/records/3/data/provinceCode"
            ]
          },
          "path": {
            "type": "string",
            "description": "The same location as JSONPath, e.g. `$.records[3].data.provinceCode`.",
            "examples": [
              "$.records[3].data.provinceCode"
            ]
          },
          "parameter": {
            "type": "string",
            "description": "Name of the invalid query or path parameter."
          },
          "header": {
            "type": "string",
            "description": "Name of the invalid header."
          },
          "code": {
            "type": "string",
            "description": "Machine-readable reason (a validation issue code, e.g. `tax_code.check_digit`)."
          },
          "detail": {
            "type": "string",
            "description": "What is wrong and what to do."
          },
          "message": {
            "$ref": "#/components/schemas/LocalizedMessage"
          }
        }
      },
      "JsonWebKeySet": {
        "type": "object",
        "description": "A JSON Web Key Set (RFC 7517 §5) of public signing keys.",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/JsonWebKey"
            }
          }
        }
      },
      "JsonWebKey": {
        "type": "object",
        "description": "A public JSON Web Key (RFC 7517 §4); members beyond these follow its key type (RFC 7518 §6). A private member (`d`) never appears.",
        "required": [
          "kty",
          "kid"
        ],
        "properties": {
          "kty": {
            "type": "string",
            "enum": [
              "EC",
              "RSA",
              "OKP"
            ]
          },
          "kid": {
            "type": "string",
            "minLength": 1,
            "description": "Key id, named by the `kid` header of the tokens it signs."
          },
          "use": {
            "type": "string",
            "const": "sig"
          },
          "alg": {
            "type": "string",
            "description": "The signature algorithm (`ES256`, `RS256`, `PS256`, `EdDSA`)."
          },
          "crv": {
            "type": "string"
          },
          "x": {
            "type": "string"
          },
          "y": {
            "type": "string"
          },
          "n": {
            "type": "string"
          },
          "e": {
            "type": "string"
          },
          "d": {
            "description": "Never present (a private key member).",
            "not": {}
          }
        }
      },
      "TokenRequest": {
        "type": "object",
        "description": "Form fields of a client-credentials token request.",
        "required": [
          "grant_type"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "const": "client_credentials"
          },
          "scope": {
            "type": "string",
            "description": "Space-separated scopes; the gateway's default scopes when absent."
          },
          "client_id": {
            "type": "string",
            "description": "The consumer key, when not sent as HTTP Basic."
          },
          "client_secret": {
            "type": "string",
            "description": "The consumer secret, when not sent as HTTP Basic. Never logged."
          }
        }
      },
      "TokenResponse": {
        "type": "object",
        "description": "A bearer access token (RFC 6749 §5.1).",
        "required": [
          "access_token",
          "token_type",
          "expires_in"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "minLength": 1,
            "description": "The token to send as `Authorization: Bearer <access_token>`. Never logged."
          },
          "token_type": {
            "type": "string",
            "const": "Bearer"
          },
          "expires_in": {
            "type": "integer",
            "minimum": 0,
            "description": "Lifetime of the token in seconds (3600 on most gateways)."
          },
          "scope": {
            "type": "string",
            "description": "Granted scopes, space-separated (e.g. `am_application_scope default`)."
          }
        }
      },
      "TokenError": {
        "type": "object",
        "description": "An OAuth2 error response (RFC 6749 §5.2).",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "enum": [
              "invalid_request",
              "invalid_client",
              "invalid_grant",
              "unauthorized_client",
              "unsupported_grant_type",
              "invalid_scope"
            ]
          },
          "error_description": {
            "type": "string"
          },
          "error_uri": {
            "type": "string",
            "format": "uri"
          }
        }
      },
      "ServiceEntry": {
        "type": "object",
        "description": "A service description as the catalogue holds it.",
        "required": [
          "id",
          "etag",
          "registeredAt",
          "updatedAt",
          "service"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "etag": {
            "type": "string",
            "description": "The entry's current `ETag`, as the header carries it."
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the gateway first received the description (evidence for Art. 25.1)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the entry last changed (evidence for Art. 25.2)."
          },
          "service": {
            "$ref": "#/components/schemas/ServiceDescription"
          },
          "withdrawal": {
            "description": "Why and when the service was withdrawn (`services.withdraw`, Decree 47/2020 Art. 44.1); absent while it is not.",
            "$ref": "#/components/schemas/ServiceWithdrawal"
          }
        }
      },
      "ServiceEntryPage": {
        "type": "object",
        "description": "A page of service catalogue entries.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ServiceEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "ServiceWithdrawal": {
        "type": "object",
        "description": "Why and when a service is withdrawn.",
        "required": [
          "reason"
        ],
        "properties": {
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "Why the service is withdrawn, shown to consumers."
          },
          "effectiveAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the withdrawal takes effect; now when absent."
          }
        }
      },
      "DatabaseEntry": {
        "type": "object",
        "description": "A shared-database catalogue entry as the catalogue holds it.",
        "required": [
          "id",
          "etag",
          "registeredAt",
          "updatedAt",
          "database"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "etag": {
            "type": "string",
            "description": "The entry's current `ETag`, as the header carries it."
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the gateway first received the entry."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the entry last changed."
          },
          "database": {
            "$ref": "#/components/schemas/DatabaseCatalogueEntry"
          }
        }
      },
      "DatabaseEntryPage": {
        "type": "object",
        "description": "A page of shared-database catalogue entries.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DatabaseEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "DatasetEntry": {
        "type": "object",
        "description": "An open dataset as the gateway holds it, with the due date of its next review (Art. 20.3).",
        "required": [
          "id",
          "etag",
          "registeredAt",
          "updatedAt",
          "nextReviewDue",
          "dataset"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "etag": {
            "type": "string",
            "description": "The entry's current `ETag`, as the header carries it."
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the dataset was first published on the gateway."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the entry last changed (description, review or a distribution)."
          },
          "nextReviewDue": {
            "type": "string",
            "format": "date",
            "description": "Day by which the next catalogue review is due: 6 months after the dataset's `catalogueReviewedOn`, or after its publication when it was never reviewed (Decree 47/2020 Art. 20.3)."
          },
          "dataset": {
            "$ref": "#/components/schemas/OpenDataset"
          }
        }
      },
      "DatasetEntryPage": {
        "type": "object",
        "description": "A page of open datasets.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DatasetEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "DatasetReview": {
        "type": "object",
        "description": "A periodic review of a dataset's catalogue entry (Decree 47/2020 Art. 20.3).",
        "required": [
          "reviewedOn",
          "amended"
        ],
        "properties": {
          "reviewedOn": {
            "type": "string",
            "format": "date",
            "description": "Day the review was done; not in the future."
          },
          "amended": {
            "type": "boolean",
            "description": "Whether the review led to a change of the catalogue entry (\"sửa đổi (nếu có)\")."
          },
          "note": {
            "type": "string",
            "maxLength": 2000,
            "description": "What was reviewed or changed."
          }
        }
      },
      "DistributionEntry": {
        "type": "object",
        "description": "A distribution as the gateway holds it.",
        "required": [
          "id",
          "datasetId",
          "etag",
          "registeredAt",
          "updatedAt",
          "uploadedAt",
          "distribution"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "datasetId": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "etag": {
            "type": "string",
            "description": "The entry's current `ETag`, as the header carries it."
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the distribution was first added."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the description or the file last changed."
          },
          "uploadedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the current file was uploaded; `null` when none was."
          },
          "distribution": {
            "$ref": "#/components/schemas/Distribution"
          }
        }
      },
      "DistributionEntryPage": {
        "type": "object",
        "description": "A page of distributions.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DistributionEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "FocalPointEntry": {
        "type": "object",
        "description": "An agency's focal point as the gateway publishes it.",
        "required": [
          "agencyId",
          "etag",
          "registeredAt",
          "updatedAt",
          "focalPoint"
        ],
        "properties": {
          "agencyId": {
            "$ref": "#/components/schemas/AgencyId"
          },
          "etag": {
            "type": "string",
            "description": "The entry's current `ETag`, as the header carries it."
          },
          "registeredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the focal point was first published."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the entry last changed."
          },
          "focalPoint": {
            "$ref": "#/components/schemas/FocalPoint"
          }
        }
      },
      "FocalPointEntryPage": {
        "type": "object",
        "description": "A page of focal points.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FocalPointEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "ConnectionRequestStatus": {
        "type": "string",
        "description": "Where a connection request stands.",
        "enum": [
          "pending",
          "accepted",
          "refused"
        ]
      },
      "ConnectionRequestEntry": {
        "type": "object",
        "description": "A connection request as the gateway tracks it, with its deadline and decision.",
        "required": [
          "id",
          "status",
          "providerAgencyId",
          "deadline",
          "decidedLate",
          "request",
          "decision"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "status": {
            "$ref": "#/components/schemas/ConnectionRequestStatus"
          },
          "providerAgencyId": {
            "$ref": "#/components/schemas/AgencyId"
          },
          "deadline": {
            "type": "string",
            "format": "date",
            "description": "Last working day for the provider's answer, counted from the request's `receivedAt`: 5 working days after receipt (Decree 47/2020 Art. 35.3), 2 working days for requests received from 19 August 2025 (Decree 194/2025), skipping weekends and public holidays."
          },
          "decidedLate": {
            "type": "boolean",
            "description": "Whether the decision was recorded after `deadline`; `false` while pending."
          },
          "request": {
            "$ref": "#/components/schemas/ConnectionRequest"
          },
          "decision": {
            "description": "The provider's decision; `null` while pending.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ConnectionDecision"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ConnectionRequestEntryPage": {
        "type": "object",
        "description": "A page of connection requests.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConnectionRequestEntry"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "CodeListCategory": {
        "type": "object",
        "description": "One common code list.",
        "xml": {
          "name": "category"
        },
        "required": [
          "code",
          "name",
          "version",
          "itemCount",
          "updatedAt",
          "itemsUrl"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "The category code (the national API's `CategoryCode`)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The list's name, in Vietnamese."
          },
          "description": {
            "type": "string",
            "description": "What the list holds and who maintains it."
          },
          "version": {
            "type": "string",
            "minLength": 1,
            "description": "Version of the list (e.g. the ethnic-group list version), changed on every edit."
          },
          "itemCount": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of items valid today."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the list last changed."
          },
          "itemsUrl": {
            "type": "string",
            "format": "uri-reference",
            "description": "Where `codeLists.items` reads the items (the national API's `UrlGetList`)."
          }
        }
      },
      "CodeListCategoryPage": {
        "type": "object",
        "description": "A page of code-list categories.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "xml": {
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/CodeListCategory"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "CodeListItem": {
        "type": "object",
        "description": "One entry of a common code list, with its validity period.",
        "xml": {
          "name": "item"
        },
        "required": [
          "code",
          "name",
          "parentCode",
          "validFrom",
          "validTo",
          "replacedBy"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1,
            "description": "The code (e.g. a 2-digit province code)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The name, in Vietnamese (NFC)."
          },
          "parentCode": {
            "type": [
              "string",
              "null"
            ],
            "description": "Code of the parent item in a hierarchical list (a commune's province); `null` at the top."
          },
          "validFrom": {
            "type": [
              "string",
              "null"
            ],
            "format": "date",
            "description": "First day the code is valid; `null` when unknown."
          },
          "validTo": {
            "type": [
              "string",
              "null"
            ],
            "format": "date",
            "description": "Last day the code is valid; `null` while it is in force."
          },
          "replacedBy": {
            "type": "array",
            "description": "Codes that took over from this one when it ended (empty while in force).",
            "xml": {
              "wrapped": true
            },
            "items": {
              "type": "string",
              "xml": {
                "name": "code"
              }
            }
          },
          "attributes": {
            "type": "object",
            "description": "Further columns of the list (e.g. `level`, `shortName`), as text.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "CodeListItemPage": {
        "type": "object",
        "description": "A page of one code list's items.",
        "required": [
          "categoryCode",
          "version",
          "items",
          "nextCursor"
        ],
        "properties": {
          "categoryCode": {
            "type": "string",
            "minLength": 1,
            "description": "The category the items belong to."
          },
          "version": {
            "type": "string",
            "minLength": 1,
            "description": "The list version the page was read from; restart paging if it changes between pages."
          },
          "items": {
            "type": "array",
            "xml": {
              "wrapped": true
            },
            "items": {
              "$ref": "#/components/schemas/CodeListItem"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "MasterDataKey": {
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "description": "A record's business key within its entity (e.g. a personal identification number or tax code)."
      },
      "MasterDataRecord": {
        "type": "object",
        "description": "One master-data record to create or replace.",
        "required": [
          "key",
          "data"
        ],
        "properties": {
          "key": {
            "$ref": "#/components/schemas/MasterDataKey"
          },
          "data": {
            "type": "object",
            "description": "The record's fields, as the entity defines them; validated by the warehouse.",
            "additionalProperties": true
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the source last changed the record; an older one than stored is skipped as `stale`."
          }
        }
      },
      "MasterDataUpsertBatch": {
        "type": "object",
        "description": "An atomic batch of upserts into one entity.",
        "required": [
          "records"
        ],
        "properties": {
          "records": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/MasterDataRecord"
            }
          }
        }
      },
      "MasterDataDeleteBatch": {
        "type": "object",
        "description": "An atomic batch of deletions from one entity.",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1000,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/MasterDataKey"
            }
          }
        }
      },
      "MasterDataUpsertResult": {
        "type": "object",
        "description": "What an upsert batch changed. `created + updated + unchanged + stale` equals `received`.",
        "required": [
          "batchId",
          "entity",
          "received",
          "created",
          "updated",
          "unchanged",
          "stale",
          "appliedAt"
        ],
        "properties": {
          "batchId": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "entity": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "received": {
            "type": "integer",
            "minimum": 1,
            "description": "Number of records in the batch."
          },
          "created": {
            "type": "integer",
            "minimum": 0,
            "description": "Records that did not exist."
          },
          "updated": {
            "type": "integer",
            "minimum": 0,
            "description": "Records that existed and changed."
          },
          "unchanged": {
            "type": "integer",
            "minimum": 0,
            "description": "Records equal to the stored ones."
          },
          "stale": {
            "type": "integer",
            "minimum": 0,
            "description": "Records skipped because the stored one is newer (`updatedAt`)."
          },
          "appliedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the batch was applied."
          }
        }
      },
      "MasterDataDeleteResult": {
        "type": "object",
        "description": "What a delete batch changed. `deleted + notFound` equals `received`.",
        "required": [
          "batchId",
          "entity",
          "received",
          "deleted",
          "notFound",
          "appliedAt"
        ],
        "properties": {
          "batchId": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "entity": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "received": {
            "type": "integer",
            "minimum": 1,
            "description": "Number of keys in the batch."
          },
          "deleted": {
            "type": "integer",
            "minimum": 0,
            "description": "Records deleted."
          },
          "notFound": {
            "type": "integer",
            "minimum": 0,
            "description": "Keys with no record (already deleted or never there)."
          },
          "appliedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the batch was applied."
          }
        }
      },
      "NationalRecord": {
        "type": "object",
        "description": "One record of a national database entity, as it currently stands.",
        "required": [
          "key",
          "version",
          "updatedAt",
          "data"
        ],
        "properties": {
          "key": {
            "type": "string",
            "minLength": 1,
            "description": "The record's key (e.g. a personal identification number)."
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "description": "Incremented on every change of the record."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the record last changed in the national database."
          },
          "data": {
            "type": "object",
            "description": "The record's fields, as the database's exchange structure defines them.",
            "additionalProperties": true
          }
        }
      },
      "NationalSnapshotPage": {
        "type": "object",
        "description": "A page of a consistent snapshot.",
        "required": [
          "items",
          "nextCursor",
          "snapshotAt"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NationalRecord"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          },
          "snapshotAt": {
            "type": "string",
            "format": "date-time",
            "description": "The time the snapshot reflects; read changes from here."
          }
        }
      },
      "NationalChange": {
        "type": "object",
        "description": "One change of a record.",
        "required": [
          "sequence",
          "type",
          "key",
          "changedAt",
          "record"
        ],
        "properties": {
          "sequence": {
            "type": "integer",
            "minimum": 1,
            "description": "Position in the entity's change feed; strictly increasing."
          },
          "type": {
            "type": "string",
            "enum": [
              "upsert",
              "delete"
            ],
            "description": "Whether the record was created or changed (`upsert`), or deleted."
          },
          "key": {
            "type": "string",
            "minLength": 1,
            "description": "The record's key."
          },
          "changedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the change happened."
          },
          "record": {
            "description": "The record after the change; `null` for a delete.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/NationalRecord"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "NationalChangePage": {
        "type": "object",
        "description": "A page of changes, oldest first.",
        "required": [
          "items",
          "nextCursor",
          "until"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NationalChange"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          },
          "until": {
            "type": "string",
            "format": "date-time",
            "description": "Changes up to this time are complete once every page is read; the next `since`."
          }
        }
      },
      "NationalSubscriptionRequest": {
        "type": "object",
        "description": "What to push, and where.",
        "required": [
          "database",
          "entity",
          "callbackUrl",
          "secret"
        ],
        "properties": {
          "database": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "entity": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "callbackUrl": {
            "type": "string",
            "format": "uri",
            "pattern": "^https?://",
            "description": "Where the gateway POSTs batches of changes (HTTPS in production)."
          },
          "secret": {
            "type": "string",
            "minLength": 16,
            "maxLength": 256,
            "writeOnly": true,
            "description": "Key of the `X-Chiase-Signature` HMAC. Never answered back or logged."
          },
          "since": {
            "type": "string",
            "format": "date-time",
            "description": "Push changes after this time (e.g. a snapshot's `snapshotAt`); from now when absent."
          }
        }
      },
      "NationalSubscription": {
        "type": "object",
        "description": "A push subscription.",
        "required": [
          "id",
          "database",
          "entity",
          "callbackUrl",
          "status",
          "createdAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "database": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "entity": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "callbackUrl": {
            "type": "string",
            "format": "uri",
            "description": "Where the gateway POSTs batches of changes."
          },
          "status": {
            "type": "string",
            "enum": [
              "active",
              "suspended"
            ],
            "description": "`suspended` after deliveries kept failing; subscribe again to resume."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the subscription was made."
          },
          "lastDeliveredSequence": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The `sequence` of the last change the callback acknowledged; `null` before the first."
          }
        }
      },
      "NationalSubscriptionPage": {
        "type": "object",
        "description": "A page of push subscriptions.",
        "required": [
          "items",
          "nextCursor"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/NationalSubscription"
            }
          },
          "nextCursor": {
            "$ref": "#/components/schemas/NextCursor"
          }
        }
      },
      "NationalChangeNotification": {
        "type": "object",
        "description": "A batch of changes pushed to a subscriber.",
        "required": [
          "subscriptionId",
          "database",
          "entity",
          "changes",
          "sentAt"
        ],
        "properties": {
          "subscriptionId": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "database": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "entity": {
            "$ref": "#/components/schemas/ResourceId"
          },
          "changes": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/NationalChange"
            }
          },
          "sentAt": {
            "type": "string",
            "format": "date-time",
            "description": "When this delivery was sent (redeliveries carry a new time)."
          }
        }
      },
      "ProviderJson": {
        "description": "A JSON value defined by the provider's exchange data structure (Decree 47/2020 Art. 24.3b)."
      },
      "ProviderXml": {
        "type": "string",
        "description": "An XML document or SOAP envelope defined by the provider's XSD or WSDL (Decree 47/2020 Art. 24.3b)."
      },
      "Health": {
        "type": "object",
        "description": "Liveness and version of the gateway.",
        "required": [
          "status",
          "version",
          "time"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok",
              "degraded"
            ],
            "description": "`ok` when every API group serves calls; `degraded` when some do not."
          },
          "version": {
            "type": "string",
            "minLength": 1,
            "description": "Version of the gateway contract the gateway implements (this document's `info.version`)."
          },
          "time": {
            "type": "string",
            "format": "date-time",
            "description": "The gateway's clock, to spot clock skew (tokens and deadlines depend on it)."
          },
          "groups": {
            "type": "object",
            "description": "State of each API group by tag name, when the gateway reports it.",
            "additionalProperties": {
              "type": "string",
              "enum": [
                "ok",
                "down"
              ]
            }
          }
        }
      },
      "ServiceDescription": {
        "title": "ServiceDescription",
        "description": "Decree 47/2020 Art. 24.3 (a: services with technical parameters and documents; b: exchange data structure; c: other information), with the service identifier and name (Art. 35.2đ), sharing form and capacity (Art. 23.4), focal point (Art. 7), rules of use (Art. 22.2), validity of consumed data (Art. 41) and planned downtime (Art. 43.3).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Decree 47/2020 Art. 35.2đ: the service identifier (mã định danh) consumers quote in a request.",
            "$ref": "#/components/schemas/ServiceId"
          },
          "name": {
            "description": "Decree 47/2020 Art. 35.2đ: the service name.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "summary": {
            "description": "Chiase extension: a summary of what the service provides.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "provider": {
            "description": "QĐ 20/2020/QĐ-TTg Art. 4; Decree 47/2020 Art. 24.2: the providing agency, by electronic identifier.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "sharingForm": {
            "description": "Decree 47/2020 Art. 23.4 (and Art. 3.4–3.6): the form of sharing, published with the service.",
            "$ref": "#/components/schemas/SharingForm"
          },
          "capacity": {
            "description": "Decree 47/2020 Art. 23.4: the connection capacity, published with the service.",
            "$ref": "#/components/schemas/ServiceCapacity"
          },
          "endpoints": {
            "description": "Decree 47/2020 Art. 24.3a: the list of services (operations) with their technical parameters.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ServiceEndpoint"
            }
          },
          "technicalDocuments": {
            "description": "Decree 47/2020 Art. 24.2, 24.3a: the technical documents (OpenAPI, WSDL, guides).",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TechnicalDocument"
            }
          },
          "dataStructure": {
            "description": "Decree 47/2020 Art. 24.3b: the exchange data structure, complying with current standards.",
            "$ref": "#/components/schemas/ExchangeDataStructure"
          },
          "otherInformation": {
            "description": "Decree 47/2020 Art. 24.3c: other information consumers need to reach and use the service.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "focalPoint": {
            "description": "Decree 47/2020 Art. 7.1–7.2: the provider's focal point for data sharing (Chiase publishes it here).",
            "$ref": "#/components/schemas/FocalPointPerson"
          },
          "rulesOfUseUrl": {
            "description": "Decree 47/2020 Art. 22.1–22.2: where the public rules of use (quy chế khai thác) are published.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "consumedDataValidity": {
            "description": "Decree 47/2020 Art. 41: how long data obtained through the service may be used.",
            "$ref": "#/components/schemas/ConsumedDataValidity"
          },
          "plannedDowntime": {
            "description": "Decree 47/2020 Art. 43.1a, 43.3: announced planned suspensions.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlannedDowntime"
            }
          },
          "status": {
            "description": "Chiase extension (Decree 47/2020 Art. 25–26): draft, published or withdrawn.",
            "$ref": "#/components/schemas/ServiceStatus"
          },
          "publishedAt": {
            "description": "Decree 47/2020 Art. 25.1: when the description was published (within 1 working day of going live).",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "updatedAt": {
            "description": "Decree 47/2020 Art. 25.2: when the description was last updated (immediately after a change).",
            "$ref": "#/components/schemas/IsoDateTime"
          }
        },
        "required": [
          "id",
          "name",
          "provider",
          "sharingForm",
          "capacity",
          "endpoints",
          "technicalDocuments",
          "dataStructure",
          "focalPoint",
          "status"
        ],
        "additionalProperties": false
      },
      "DatabaseCatalogueEntry": {
        "title": "DatabaseCatalogueEntry",
        "description": "Decree 47/2020 Art. 11.4 a–d, Mẫu 02: a database catalogue entry (name; purpose, scope, content; collection and update mechanism and sources; data categories classed open / default / on-request per category of user).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the entry in the catalogue.",
            "$ref": "#/components/schemas/RecordId"
          },
          "name": {
            "description": "Decree 47/2020 Art. 11.4a; Mẫu 02 'Tên CSDL': the database name.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "level": {
            "description": "Decree 47/2020 Art. 11.1: the kind of database.",
            "$ref": "#/components/schemas/DatabaseLevel"
          },
          "owner": {
            "description": "Mẫu 02 'Tên đơn vị'; QĐ 20/2020/QĐ-TTg Art. 4: the agency that owns the database.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "contact": {
            "description": "Mẫu 02 'Thông tin liên hệ': whom to contact about the database.",
            "$ref": "#/components/schemas/Contact"
          },
          "purpose": {
            "description": "Decree 47/2020 Art. 11.4b: the purpose of the database.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "scope": {
            "description": "Decree 47/2020 Art. 11.4b: the scope of the database.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "content": {
            "description": "Decree 47/2020 Art. 11.4b: the content of the database.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "collectionMechanism": {
            "description": "Decree 47/2020 Art. 11.4c: how data is collected and updated.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "dataSources": {
            "description": "Decree 47/2020 Art. 11.4c: the sources the data is collected from.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlainText"
            }
          },
          "dataCategories": {
            "description": "Decree 47/2020 Art. 11.4d: the data categories, each classed per category of user.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DataCategory"
            }
          },
          "updatedAt": {
            "description": "Chiase extension: when the entry was last changed.",
            "$ref": "#/components/schemas/IsoDateTime"
          }
        },
        "required": [
          "id",
          "name",
          "level",
          "owner",
          "purpose",
          "scope",
          "content",
          "collectionMechanism",
          "dataSources",
          "dataCategories"
        ],
        "additionalProperties": false
      },
      "OpenDataset": {
        "title": "OpenDataset",
        "description": "DCAT-AP 3 dcat:Dataset of open data (former Decree 47/2020 Art. 17–21): title and description, publisher, contact, update frequency, issued and modified dates, catalogue review and data update dates (former Art. 20.3), distributions.",
        "type": "object",
        "properties": {
          "id": {
            "description": "DCAT-AP 3 dct:identifier (optional in DCAT-AP, required by Chiase): the identifier of the dataset.",
            "$ref": "#/components/schemas/RecordId"
          },
          "title": {
            "description": "DCAT-AP 3 dct:title (mandatory): the dataset name.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "description": {
            "description": "DCAT-AP 3 dct:description (mandatory): what the dataset contains.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "publisher": {
            "description": "DCAT-AP 3 dct:publisher (recommended); QĐ 20/2020/QĐ-TTg Art. 4: the publishing agency.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "contactPoint": {
            "description": "DCAT-AP 3 dcat:contactPoint (recommended); former Decree 47/2020 Art. 19.2: the feedback contact.",
            "$ref": "#/components/schemas/Contact"
          },
          "keywords": {
            "description": "DCAT-AP 3 dcat:keyword (recommended): keywords.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlainText"
            }
          },
          "spatial": {
            "description": "DCAT-AP 3 dct:spatial (recommended): the area covered, e.g. Tỉnh Kiên Giang.",
            "$ref": "#/components/schemas/PlainText"
          },
          "updateFrequency": {
            "description": "DCAT-AP 3 dct:accrualPeriodicity (optional in DCAT-AP, required by Chiase): how often the data is updated.",
            "type": "string",
            "enum": [
              "UPDATE_CONT",
              "DAILY",
              "WEEKLY",
              "MONTHLY",
              "QUARTERLY",
              "BIANNUAL",
              "ANNUAL",
              "IRREG"
            ]
          },
          "issued": {
            "description": "DCAT-AP 3 dct:issued (optional in DCAT-AP, required by Chiase); former Decree 47/2020 Art. 20.3: the publication date.",
            "$ref": "#/components/schemas/IsoDate"
          },
          "modified": {
            "description": "DCAT-AP 3 dct:modified (optional in DCAT-AP, required by Chiase): when the dataset was last changed.",
            "$ref": "#/components/schemas/IsoDate"
          },
          "catalogueReviewedOn": {
            "description": "Former Decree 47/2020 Art. 20.3: the last review of the open-data catalogue (at least every 6 months).",
            "$ref": "#/components/schemas/IsoDate"
          },
          "dataUpdatedOn": {
            "description": "Former Decree 47/2020 Art. 20.3: the last data update (within 3 months of publication).",
            "$ref": "#/components/schemas/IsoDate"
          },
          "distributions": {
            "description": "DCAT-AP 3 dcat:distribution (recommended); former Decree 47/2020 Art. 21.1: how the data is provided.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Distribution"
            }
          }
        },
        "required": [
          "id",
          "title",
          "description",
          "publisher",
          "contactPoint",
          "updateFrequency",
          "issued",
          "modified",
          "distributions"
        ],
        "additionalProperties": false
      },
      "Distribution": {
        "title": "Distribution",
        "description": "DCAT-AP 3 dcat:Distribution of open data (former Decree 47/2020 Art. 21.1): access URL, format, licence, and for a download its byte size and SHA-256.",
        "type": "object",
        "properties": {
          "id": {
            "description": "DCAT-AP 3 dct:identifier (optional): the identifier of the distribution.",
            "$ref": "#/components/schemas/RecordId"
          },
          "title": {
            "description": "DCAT-AP 3 dct:title (optional): the name of the distribution.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "description": {
            "description": "DCAT-AP 3 dct:description (recommended): what the distribution contains.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "accessUrl": {
            "description": "DCAT-AP 3 dcat:accessURL (mandatory): where the data can be reached.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "downloadUrl": {
            "description": "DCAT-AP 3 dcat:downloadURL; former Decree 47/2020 Art. 21.1a: the file to download.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "accessService": {
            "description": "DCAT-AP 3 dcat:accessService; former Decree 47/2020 Art. 21.1b: the data-sharing service.",
            "$ref": "#/components/schemas/ServiceId"
          },
          "format": {
            "description": "DCAT-AP 3 dct:format (recommended); former Decree 47/2020 Art. 17.1e: the file format.",
            "$ref": "#/components/schemas/DistributionFormat"
          },
          "mediaType": {
            "description": "DCAT-AP 3 dcat:mediaType (optional): the IANA media type, e.g. text/csv.",
            "type": "string",
            "pattern": "^[a-z]+\\/[a-z0-9.+-]+$"
          },
          "byteSize": {
            "description": "DCAT-AP 3 dcat:byteSize: the size of the file in bytes (required with downloadUrl).",
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "sha256": {
            "description": "DCAT-AP 3 spdx:checksum (algorithm sha256): the file digest (required with downloadUrl).",
            "$ref": "#/components/schemas/Sha256"
          },
          "license": {
            "description": "DCAT-AP 3 dct:license (recommended); former Decree 47/2020 Art. 17.1g, 18: the terms of use.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "issued": {
            "description": "DCAT-AP 3 dct:issued (optional): when the distribution was first published.",
            "$ref": "#/components/schemas/IsoDate"
          },
          "modified": {
            "description": "DCAT-AP 3 dct:modified (optional): when the distribution was last changed.",
            "$ref": "#/components/schemas/IsoDate"
          }
        },
        "required": [
          "accessUrl",
          "format",
          "license"
        ],
        "additionalProperties": false
      },
      "FocalPoint": {
        "title": "FocalPoint",
        "description": "Decree 47/2020 Art. 7.1–7.2, Mẫu 01: an agency's data-sharing focal point (name, position and function, telephone, e-mail).",
        "type": "object",
        "properties": {
          "agency": {
            "description": "Decree 47/2020 Art. 7.1; QĐ 20/2020/QĐ-TTg Art. 4: the agency that names the focal point.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "person": {
            "description": "Decree 47/2020 Art. 7.1; Mẫu 01: the official and the contact details made public.",
            "$ref": "#/components/schemas/FocalPointPerson"
          },
          "appointedOn": {
            "description": "Decree 47/2020 Art. 7.1 (chỉ định): the date the official was named (Chiase extension).",
            "$ref": "#/components/schemas/IsoDate"
          },
          "publishedUrl": {
            "description": "Decree 47/2020 Art. 7.2: where the focal point information is published.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "updatedAt": {
            "description": "Chiase extension: when this record was last changed.",
            "$ref": "#/components/schemas/IsoDateTime"
          }
        },
        "required": [
          "agency",
          "person"
        ],
        "additionalProperties": false
      },
      "ConnectionRequest": {
        "title": "ConnectionRequest",
        "description": "Decree 47/2020 Art. 35.2 a–g: a request to connect: requester (a), application (b), purpose (c), data items with their names and number (d), service identifier and name (đ), access frequency (e), other information (g).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the request.",
            "$ref": "#/components/schemas/RecordId"
          },
          "requester": {
            "description": "Decree 47/2020 Art. 35.2a; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier and name.",
            "$ref": "#/components/schemas/OrganisationReference"
          },
          "application": {
            "description": "Decree 47/2020 Art. 35.2b ('nếu cần'): the identifier and name of the connecting application.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Decree 47/2020 Art. 35.2b: the application identifier.",
                "$ref": "#/components/schemas/RecordId"
              },
              "name": {
                "description": "Decree 47/2020 Art. 35.2b: the application name.",
                "$ref": "#/components/schemas/PlainText"
              }
            },
            "required": [
              "id",
              "name"
            ],
            "additionalProperties": false
          },
          "purpose": {
            "description": "Decree 47/2020 Art. 35.2c: the purpose and how the data will be used after it is obtained.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "requestedItems": {
            "description": "Decree 47/2020 Art. 35.2d: the data items requested, by name.",
            "minItems": 1,
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "description": "Decree 47/2020 Art. 35.2d: the name of the data item (mục tin) requested.",
                  "$ref": "#/components/schemas/PlainText"
                },
                "code": {
                  "description": "Chiase extension: the item's code in the service's exchange data structure.",
                  "$ref": "#/components/schemas/DataItemCode"
                }
              },
              "required": [
                "name"
              ],
              "additionalProperties": false
            }
          },
          "itemCount": {
            "description": "Decree 47/2020 Art. 35.2d ('số lượng'): the number of data items requested.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "service": {
            "description": "Decree 47/2020 Art. 35.2đ: the identifier and name of the service.",
            "type": "object",
            "properties": {
              "id": {
                "description": "Decree 47/2020 Art. 35.2đ: the service identifier.",
                "$ref": "#/components/schemas/ServiceId"
              },
              "name": {
                "description": "Decree 47/2020 Art. 35.2đ: the service name.",
                "$ref": "#/components/schemas/PlainText"
              }
            },
            "required": [
              "id",
              "name"
            ],
            "additionalProperties": false
          },
          "accessFrequency": {
            "description": "Decree 47/2020 Art. 35.2e: how often the data will be accessed.",
            "$ref": "#/components/schemas/AccessFrequency"
          },
          "otherInformation": {
            "description": "Decree 47/2020 Art. 35.2g: other necessary information.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "submittedAt": {
            "description": "Decree 47/2020 Art. 35.1: when the request was sent.",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "receivedAt": {
            "description": "Decree 47/2020 Art. 35.3: when the provider received it (the answer deadline runs from here).",
            "$ref": "#/components/schemas/IsoDateTime"
          }
        },
        "required": [
          "id",
          "requester",
          "purpose",
          "requestedItems",
          "itemCount",
          "service",
          "accessFrequency",
          "submittedAt"
        ],
        "additionalProperties": false
      },
      "ConnectionDecision": {
        "title": "ConnectionDecision",
        "description": "Decree 47/2020 Art. 35.3, 40: the answer to a connection request: accepted with a connection account, or refused with reasons and legal basis.",
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "outcome": {
                "description": "Decree 47/2020 Art. 35.3: the request is accepted and an account created.",
                "type": "string",
                "const": "accepted"
              },
              "requestId": {
                "description": "Chiase extension: the identifier of the connection request answered.",
                "$ref": "#/components/schemas/RecordId"
              },
              "provider": {
                "description": "Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides.",
                "$ref": "#/components/schemas/AgencyReference"
              },
              "requestReceivedAt": {
                "description": "Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here).",
                "$ref": "#/components/schemas/IsoDateTime"
              },
              "decidedAt": {
                "description": "Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent.",
                "$ref": "#/components/schemas/IsoDateTime"
              },
              "account": {
                "description": "Decree 47/2020 Art. 35.3, 40: the connection account created.",
                "type": "object",
                "properties": {
                  "accountId": {
                    "description": "Decree 47/2020 Art. 40.1: the account identifier (e.g. the consumer key), never the secret.",
                    "$ref": "#/components/schemas/PlainText"
                  },
                  "authentication": {
                    "description": "Decree 47/2020 Art. 40.1: how the account is identified and authenticated.",
                    "$ref": "#/components/schemas/ServiceAuthentication"
                  },
                  "issuedBy": {
                    "description": "Decree 47/2020 Art. 40.2: who issued the account (the provider, or the platform operator it delegated).",
                    "$ref": "#/components/schemas/AgencyReference"
                  },
                  "services": {
                    "description": "Chiase extension: the services the account may call.",
                    "minItems": 1,
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ServiceId"
                    }
                  },
                  "validFrom": {
                    "description": "Chiase extension: the first day the account works.",
                    "$ref": "#/components/schemas/IsoDate"
                  },
                  "validUntil": {
                    "description": "Chiase extension: the last day the account works (e.g. the end of a sharing agreement, Art. 38.4).",
                    "$ref": "#/components/schemas/IsoDate"
                  }
                },
                "required": [
                  "accountId",
                  "authentication",
                  "issuedBy"
                ],
                "additionalProperties": false
              }
            },
            "required": [
              "outcome",
              "requestId",
              "provider",
              "requestReceivedAt",
              "decidedAt",
              "account"
            ],
            "additionalProperties": false
          },
          {
            "type": "object",
            "properties": {
              "outcome": {
                "description": "Decree 47/2020 Art. 35.3: the request is refused.",
                "type": "string",
                "const": "refused"
              },
              "requestId": {
                "description": "Chiase extension: the identifier of the connection request answered.",
                "$ref": "#/components/schemas/RecordId"
              },
              "provider": {
                "description": "Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides.",
                "$ref": "#/components/schemas/AgencyReference"
              },
              "requestReceivedAt": {
                "description": "Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here).",
                "$ref": "#/components/schemas/IsoDateTime"
              },
              "decidedAt": {
                "description": "Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent.",
                "$ref": "#/components/schemas/IsoDateTime"
              },
              "reasons": {
                "description": "Decree 47/2020 Art. 35.3 ('nêu rõ lý do từ chối'): the reasons for refusal.",
                "minItems": 1,
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/LocalizedText"
                }
              },
              "legalBasis": {
                "description": "Decree 194/2025 Art. 16 (amending Art. 35.3, as reported): the legal basis of the refusal.",
                "minItems": 1,
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/LegalReference"
                }
              }
            },
            "required": [
              "outcome",
              "requestId",
              "provider",
              "requestReceivedAt",
              "decidedAt",
              "reasons",
              "legalBasis"
            ],
            "additionalProperties": false
          }
        ]
      },
      "SharingAgreement": {
        "title": "SharingAgreement",
        "description": "Decree 47/2020 Art. 36–39: the agreed content of on-request sharing with the 12 items of Art. 38 (parties; data; place; term; method; post-receipt processing; conditions and limits; commitments; security and authentication; retention; deletion; other matters).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the agreement.",
            "$ref": "#/components/schemas/RecordId"
          },
          "title": {
            "description": "Chiase extension: the title of the agreement.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "providers": {
            "description": "Decree 47/2020 Art. 38.1: the providing agencies.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgencyReference"
            }
          },
          "consumers": {
            "description": "Decree 47/2020 Art. 38.1: the consuming agencies.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgencyReference"
            }
          },
          "data": {
            "description": "Decree 47/2020 Art. 38.2: the data to be shared.",
            "type": "object",
            "properties": {
              "description": {
                "description": "Decree 47/2020 Art. 38.2: the data to be shared, in words.",
                "$ref": "#/components/schemas/LocalizedText"
              },
              "items": {
                "description": "Decree 47/2020 Art. 38.2: the data items, where listed.",
                "minItems": 1,
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DataItem"
                }
              },
              "services": {
                "description": "Chiase extension: the services that carry the data.",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ServiceId"
                }
              }
            },
            "required": [
              "description"
            ],
            "additionalProperties": false
          },
          "places": {
            "description": "Decree 47/2020 Art. 38.3: where the data is shared and used.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "term": {
            "description": "Decree 47/2020 Art. 38.4: the term of connection and use (no end date: indefinite, Art. 23.3).",
            "type": "object",
            "properties": {
              "from": {
                "description": "Decree 47/2020 Art. 38.4: the first day.",
                "$ref": "#/components/schemas/IsoDate"
              },
              "until": {
                "description": "Decree 47/2020 Art. 38.4, 23.3: the last day; absent for an indefinite term.",
                "$ref": "#/components/schemas/IsoDate"
              }
            },
            "required": [
              "from"
            ],
            "additionalProperties": false
          },
          "methods": {
            "description": "Decree 47/2020 Art. 38.5, 23.1: the methods of sharing.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SharingMethod"
            }
          },
          "methodDetails": {
            "description": "Decree 47/2020 Art. 38.5: how the sharing is carried out.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "postReceiptProcessing": {
            "description": "Decree 47/2020 Art. 38.6: how the data is processed after receipt.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "conditionsAndLimits": {
            "description": "Decree 47/2020 Art. 38.7: conditions and limits on sharing and use.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "commitments": {
            "description": "Decree 47/2020 Art. 38.8: the commitments to data protection and to the agreement.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "securityMeasures": {
            "description": "Decree 47/2020 Art. 38.9: security and authentication measures for transfer, storage and access.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "retention": {
            "description": "Decree 47/2020 Art. 38.10: retention of shared data and of data derived from it.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "deletionMethod": {
            "description": "Decree 47/2020 Art. 38.11: how data is deleted or destroyed after sharing or at the end.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "otherMatters": {
            "description": "Decree 47/2020 Art. 38.12: other matters the parties agree on, if any.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "recordedAs": {
            "description": "Decree 47/2020 Art. 36.3: how the agreement is recorded.",
            "type": "string",
            "enum": [
              "document",
              "electronic-document",
              "information-system"
            ]
          },
          "status": {
            "description": "Decree 47/2020 Art. 37 (draft, confirmed/signed); Art. 44.1d (ended): the agreement's state.",
            "type": "string",
            "enum": [
              "draft",
              "signed",
              "ended"
            ]
          },
          "signedOn": {
            "description": "Decree 47/2020 Art. 37.3: when the agreement was confirmed (signed).",
            "$ref": "#/components/schemas/IsoDate"
          }
        },
        "required": [
          "id",
          "title",
          "providers",
          "consumers",
          "data",
          "places",
          "term",
          "methods",
          "methodDetails",
          "postReceiptProcessing",
          "conditionsAndLimits",
          "commitments",
          "securityMeasures",
          "retention",
          "deletionMethod",
          "status"
        ],
        "additionalProperties": false
      },
      "SharingLogEntry": {
        "title": "SharingLogEntry",
        "description": "Decree 47/2020 Art. 45.2 a–đ: a sharing log entry: time and form of request and provision (a), requester identifier (b), request content (c), response status and data shared where needed (d), other information (đ).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the entry.",
            "$ref": "#/components/schemas/RecordId"
          },
          "requestedAt": {
            "description": "Decree 47/2020 Art. 45.2a: when the data was requested.",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "form": {
            "description": "Decree 47/2020 Art. 45.2a, 23.1: the form of the request and provision.",
            "$ref": "#/components/schemas/SharingMethod"
          },
          "providedAt": {
            "description": "Decree 47/2020 Art. 45.2a: when the data was provided (absent if nothing was provided).",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "requesterId": {
            "description": "Decree 47/2020 Art. 45.2b; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier.",
            "$ref": "#/components/schemas/OrganisationId"
          },
          "serviceId": {
            "description": "Chiase extension: the service called.",
            "$ref": "#/components/schemas/ServiceId"
          },
          "request": {
            "anyOf": [
              {
                "required": [
                  "operation"
                ]
              },
              {
                "required": [
                  "parameters"
                ]
              },
              {
                "required": [
                  "summary"
                ]
              }
            ],
            "description": "Decree 47/2020 Art. 45.2c: the content of the request (operation, parameters or a summary).",
            "type": "object",
            "properties": {
              "operation": {
                "description": "Decree 47/2020 Art. 45.2c: the operation called, e.g. GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep.",
                "$ref": "#/components/schemas/PlainText"
              },
              "parameters": {
                "description": "Decree 47/2020 Art. 45.2c: the request parameters.",
                "type": "object",
                "propertyNames": {
                  "type": "string"
                },
                "additionalProperties": {}
              },
              "summary": {
                "description": "Decree 47/2020 Art. 45.2c: the request in words.",
                "$ref": "#/components/schemas/PlainText"
              }
            },
            "additionalProperties": false
          },
          "status": {
            "description": "Decree 47/2020 Art. 45.2d: the response status.",
            "type": "object",
            "properties": {
              "outcome": {
                "description": "Decree 47/2020 Art. 45.2d: whether the request was met.",
                "type": "string",
                "enum": [
                  "fulfilled",
                  "partial",
                  "refused",
                  "failed"
                ]
              },
              "httpStatus": {
                "description": "Chiase extension: the HTTP status code returned.",
                "type": "integer",
                "minimum": 100,
                "maximum": 599
              }
            },
            "required": [
              "outcome"
            ],
            "additionalProperties": false
          },
          "sharedData": {
            "description": "Decree 47/2020 Art. 45.2d ('nếu cần thiết'): the content of the data shared.",
            "type": "object",
            "properties": {
              "recordCount": {
                "description": "Decree 47/2020 Art. 45.2d: the number of records shared.",
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991
              },
              "itemCodes": {
                "description": "Decree 47/2020 Art. 45.2d: the data items shared.",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/DataItemCode"
                }
              },
              "sha256": {
                "description": "Decree 47/2020 Art. 45.2d (Chiase: a digest instead of a copy): SHA-256 of the response body.",
                "$ref": "#/components/schemas/Sha256"
              }
            },
            "additionalProperties": false
          },
          "otherInformation": {
            "description": "Decree 47/2020 Art. 45.2đ: other information useful to settle disputes, e.g. the request id.",
            "type": "object",
            "propertyNames": {
              "type": "string"
            },
            "additionalProperties": {
              "$ref": "#/components/schemas/PlainText"
            }
          }
        },
        "required": [
          "id",
          "requestedAt",
          "form",
          "requesterId",
          "serviceId",
          "request",
          "status"
        ],
        "additionalProperties": false
      },
      "DataAssessmentReport": {
        "title": "DataAssessmentReport",
        "description": "Decree 47/2020 Art. 16: the annual data assessment report: inventory (16.2a), standards compliance (b), quality: accuracy, integrity, anomalies (c), maintenance and logs (d), sharing (đ), other (e), proposed actions (16.3), sent before 31 December (16.4).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the report.",
            "$ref": "#/components/schemas/RecordId"
          },
          "year": {
            "description": "Decree 47/2020 Art. 16.1: the year assessed (the assessment is annual).",
            "type": "integer",
            "minimum": 2020,
            "maximum": 2100
          },
          "owner": {
            "description": "Decree 47/2020 Art. 16.4: the database owner (chủ quản) that assesses.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "database": {
            "description": "Decree 47/2020 Art. 16.1: the database assessed.",
            "type": "object",
            "properties": {
              "name": {
                "description": "Decree 47/2020 Art. 16.1: the database name.",
                "$ref": "#/components/schemas/LocalizedText"
              },
              "catalogueEntryId": {
                "description": "Chiase extension: its entry in the database catalogue (Art. 11.4).",
                "$ref": "#/components/schemas/RecordId"
              }
            },
            "required": [
              "name"
            ],
            "additionalProperties": false
          },
          "inventory": {
            "description": "Decree 47/2020 Art. 16.2a: the inventory of data content categories.",
            "minItems": 1,
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "category": {
                  "description": "Decree 47/2020 Art. 16.2a: the content category.",
                  "$ref": "#/components/schemas/LocalizedText"
                },
                "recordCount": {
                  "description": "Chiase extension: the number of records.",
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                }
              },
              "required": [
                "category"
              ],
              "additionalProperties": false
            }
          },
          "standardsCompliance": {
            "description": "Decree 47/2020 Art. 16.2b: compliance with data standards, technical regulations and rules.",
            "minItems": 1,
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "standard": {
                  "description": "Decree 47/2020 Art. 16.2b: the standard, regulation or rule, e.g. QCVN 102:2016/BTTTT.",
                  "$ref": "#/components/schemas/PlainText"
                },
                "compliant": {
                  "description": "Decree 47/2020 Art. 16.2b: whether the data complies.",
                  "type": "boolean"
                },
                "note": {
                  "description": "Decree 47/2020 Art. 16.2b: details of the assessment.",
                  "$ref": "#/components/schemas/LocalizedText"
                }
              },
              "required": [
                "standard",
                "compliant"
              ],
              "additionalProperties": false
            }
          },
          "quality": {
            "description": "Decree 47/2020 Art. 16.2c: data quality: accuracy, integrity, anomalous data.",
            "type": "object",
            "properties": {
              "accuracy": {
                "description": "Decree 47/2020 Art. 16.2c: accuracy (độ chính xác).",
                "$ref": "#/components/schemas/QualityFinding"
              },
              "integrity": {
                "description": "Decree 47/2020 Art. 16.2c: integrity (độ toàn vẹn).",
                "$ref": "#/components/schemas/QualityFinding"
              },
              "anomalies": {
                "description": "Decree 47/2020 Art. 16.2c: anomalous data (dữ liệu bất thường).",
                "$ref": "#/components/schemas/QualityFinding"
              }
            },
            "required": [
              "accuracy",
              "integrity",
              "anomalies"
            ],
            "additionalProperties": false
          },
          "maintenance": {
            "description": "Decree 47/2020 Art. 16.2d: maintenance, operation and updating, and the update and access logs.",
            "type": "object",
            "properties": {
              "summary": {
                "description": "Decree 47/2020 Art. 16.2d: the assessment.",
                "$ref": "#/components/schemas/LocalizedText"
              },
              "updateLogKept": {
                "description": "Decree 47/2020 Art. 16.2d (nhật ký cập nhật): whether an update log is kept.",
                "type": "boolean"
              },
              "accessLogKept": {
                "description": "Decree 47/2020 Art. 16.2d (nhật ký khai thác), 45: whether an access log is kept.",
                "type": "boolean"
              }
            },
            "required": [
              "summary",
              "updateLogKept",
              "accessLogKept"
            ],
            "additionalProperties": false
          },
          "sharing": {
            "description": "Decree 47/2020 Art. 16.2đ: sharing: users and purposes, against the rules of use.",
            "type": "object",
            "properties": {
              "summary": {
                "description": "Decree 47/2020 Art. 16.2đ: the assessment.",
                "$ref": "#/components/schemas/LocalizedText"
              },
              "users": {
                "description": "Decree 47/2020 Art. 16.2đ (đối tượng sử dụng): who used the data.",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/OrganisationReference"
                }
              },
              "purposesCompliant": {
                "description": "Decree 47/2020 Art. 16.2đ: whether the purposes complied with the rules of use.",
                "type": "boolean"
              }
            },
            "required": [
              "summary",
              "purposesCompliant"
            ],
            "additionalProperties": false
          },
          "other": {
            "description": "Decree 47/2020 Art. 16.2e: other contents required by IT authorities.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "proposedActions": {
            "description": "Decree 47/2020 Art. 16.3: the proposed actions to maintain the data, if any.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LocalizedText"
            }
          },
          "submittedTo": {
            "description": "Decree 47/2020 Art. 16.4: the IT unit the report goes to.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "submittedOn": {
            "description": "Decree 47/2020 Art. 16.4: when the report was sent (before 31 December of the year).",
            "$ref": "#/components/schemas/IsoDate"
          }
        },
        "required": [
          "id",
          "year",
          "owner",
          "database",
          "inventory",
          "standardsCompliance",
          "quality",
          "maintenance",
          "sharing",
          "submittedTo"
        ],
        "additionalProperties": false
      },
      "Dispute": {
        "title": "Dispute",
        "description": "Decree 47/2020 Art. 47–50: a dispute about connecting, sharing or using data, with its category (Art. 47) and the steps of Art. 49 (provider; IT unit; national level).",
        "type": "object",
        "properties": {
          "id": {
            "description": "Chiase extension: the identifier of the dispute.",
            "$ref": "#/components/schemas/RecordId"
          },
          "category": {
            "description": "Decree 47/2020 Art. 47: the category.",
            "$ref": "#/components/schemas/DisputeCategory"
          },
          "raisedBy": {
            "description": "Decree 47/2020 Art. 49.1: the consumer that raises the dispute.",
            "$ref": "#/components/schemas/OrganisationReference"
          },
          "provider": {
            "description": "Decree 47/2020 Art. 48.1: the provider of the data concerned.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "subject": {
            "description": "Decree 47/2020 Art. 49.1: the subject of the request.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "description": {
            "description": "Decree 47/2020 Art. 49.1: the description of the problem.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "serviceId": {
            "description": "Chiase extension: the service concerned.",
            "$ref": "#/components/schemas/ServiceId"
          },
          "agreementId": {
            "description": "Decree 47/2020 Art. 50.1b: the sharing agreement concerned, if any.",
            "$ref": "#/components/schemas/RecordId"
          },
          "steps": {
            "description": "Decree 47/2020 Art. 49: the steps taken, in order.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DisputeStep"
            }
          },
          "status": {
            "description": "Chiase extension: open, or resolved by one of the steps.",
            "type": "string",
            "enum": [
              "open",
              "resolved"
            ]
          }
        },
        "required": [
          "id",
          "category",
          "raisedBy",
          "provider",
          "subject",
          "description",
          "steps",
          "status"
        ],
        "additionalProperties": false
      },
      "ServiceId": {
        "description": "Decree 47/2020 Art. 35.2đ: identifier of a data-sharing service (form set by Chiase: letters, digits and . _ : / -, up to 128 characters).",
        "type": "string",
        "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,126}[A-Za-z0-9])?$"
      },
      "LocalizedText": {
        "description": "Engineering: text in Vietnamese (required) and English (optional), each trimmed and in NFC.",
        "type": "object",
        "properties": {
          "vi": {
            "description": "Engineering: the Vietnamese text (the official language of the record).",
            "$ref": "#/components/schemas/PlainText"
          },
          "en": {
            "description": "Engineering: the English text, where the agency provides one.",
            "$ref": "#/components/schemas/PlainText"
          }
        },
        "required": [
          "vi"
        ],
        "additionalProperties": false
      },
      "PlainText": {
        "description": "Engineering: free text, trimmed and normalised to Unicode NFC on parse; must contain a non-space character.",
        "type": "string",
        "minLength": 1,
        "pattern": "\\S"
      },
      "AgencyReference": {
        "description": "A state agency: its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name.",
        "type": "object",
        "properties": {
          "id": {
            "description": "QĐ 20/2020/QĐ-TTg Art. 4 and 6: the agency electronic identifier, e.g. H47.22.",
            "$ref": "#/components/schemas/AgencyId"
          },
          "name": {
            "description": "Engineering: the official name of the agency, e.g. Sở Khoa học và Công nghệ tỉnh Kiên Giang.",
            "$ref": "#/components/schemas/PlainText"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "additionalProperties": false
      },
      "AgencyId": {
        "pattern": "^(?:(?=[0-9A-Z.]{1,35}$)[A-Y][0-9]{2}(?:\\.[0-9A-Z]+)*|Z(?:0[1-9]|[1-9][0-9])(?!\\.)[0-9A-Z.]{1,32})$",
        "description": "QĐ 20/2020/QĐ-TTg Art. 4 and 6: agency electronic identifier, e.g. H47.22 (≤ 35 characters of 0-9, A-Z and \".\", first group [A-Y] + 2 digits; or Z01–Z99 + up to 32 characters).",
        "type": "string"
      },
      "SharingForm": {
        "description": "Decree 47/2020 Art. 3.4–3.6: open data (open), default sharing (default) or sharing on specific request (on-request).",
        "type": "string",
        "enum": [
          "open",
          "default",
          "on-request"
        ]
      },
      "ServiceCapacity": {
        "anyOf": [
          {
            "required": [
              "requestsPerSecond"
            ]
          },
          {
            "required": [
              "requestsPerDay"
            ]
          },
          {
            "required": [
              "concurrentConnections"
            ]
          },
          {
            "required": [
              "maxRecordsPerResponse"
            ]
          }
        ],
        "description": "Decree 47/2020 Art. 23.4: the connection capacity of a service (at least one limit: requests per second or per day, concurrent connections, records per response).",
        "type": "object",
        "properties": {
          "requestsPerSecond": {
            "description": "Decree 47/2020 Art. 23.4 (measure chosen by Chiase): sustained requests per second.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "requestsPerDay": {
            "description": "Decree 47/2020 Art. 23.4 (measure chosen by Chiase): requests per consumer per day.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "concurrentConnections": {
            "description": "Decree 47/2020 Art. 23.4 (measure chosen by Chiase): consumers connected at the same time.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "maxRecordsPerResponse": {
            "description": "Decree 47/2020 Art. 23.4 (measure chosen by Chiase): records returned by one call at most.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "note": {
            "description": "Decree 47/2020 Art. 23.4: anything else about capacity, e.g. hours of service.",
            "$ref": "#/components/schemas/LocalizedText"
          }
        },
        "additionalProperties": false
      },
      "ServiceEndpoint": {
        "description": "Decree 47/2020 Art. 24.3a: one service operation with its technical parameters (path, method, version, protocol, formats, authentication, capacity).",
        "type": "object",
        "properties": {
          "name": {
            "description": "Decree 47/2020 Art. 24.3a: what the operation does.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "path": {
            "description": "Decree 47/2020 Art. 24.3a: the resource path under the gateway, e.g. /dmdc/1.0/AllCategory.",
            "type": "string",
            "pattern": "^\\/[^\\s?#]*$"
          },
          "method": {
            "description": "Decree 47/2020 Art. 24.3a: the HTTP method (SOAP operations use POST).",
            "type": "string",
            "enum": [
              "GET",
              "POST",
              "PUT",
              "PATCH",
              "DELETE"
            ]
          },
          "version": {
            "description": "Decree 47/2020 Art. 24.3a: the version of the operation's interface, e.g. 1.0.0.",
            "type": "string",
            "pattern": "^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$"
          },
          "protocol": {
            "description": "Decree 47/2020 Art. 24.3a; TT 13/2017 (SOAP, WSDL): the protocol.",
            "type": "string",
            "enum": [
              "REST",
              "SOAP"
            ]
          },
          "formats": {
            "uniqueItems": true,
            "description": "Decree 47/2020 Art. 24.3a: the message formats accepted and returned.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MessageFormat"
            }
          },
          "authentication": {
            "description": "Decree 47/2020 Art. 24.3a, 40.1: how the consumer authenticates.",
            "$ref": "#/components/schemas/ServiceAuthentication"
          },
          "capacity": {
            "description": "Decree 47/2020 Art. 23.4: a capacity of this operation, where it differs from the service's.",
            "$ref": "#/components/schemas/ServiceCapacity"
          }
        },
        "required": [
          "name",
          "path",
          "method",
          "version",
          "protocol",
          "formats",
          "authentication"
        ],
        "additionalProperties": false
      },
      "MessageFormat": {
        "description": "Decree 47/2020 Art. 24.3a: a message format of the service, JSON or XML.",
        "type": "string",
        "enum": [
          "JSON",
          "XML"
        ]
      },
      "ServiceAuthentication": {
        "description": "Decree 47/2020 Art. 24.3a, 40.1: how consumers authenticate (none only where the rules of use require no authentication).",
        "type": "string",
        "enum": [
          "oauth2-client-credentials",
          "api-key",
          "mutual-tls",
          "basic",
          "none"
        ]
      },
      "TechnicalDocument": {
        "oneOf": [
          {
            "required": [
              "url"
            ]
          },
          {
            "required": [
              "content"
            ]
          }
        ],
        "description": "Decree 47/2020 Art. 24.2, 24.3a: a technical document of a service, by URL or inline.",
        "type": "object",
        "properties": {
          "kind": {
            "description": "Decree 47/2020 Art. 24.3a: the kind of document (openapi, wsdl, xsd, guide, other).",
            "type": "string",
            "enum": [
              "openapi",
              "wsdl",
              "xsd",
              "guide",
              "other"
            ]
          },
          "title": {
            "description": "Chiase extension: the document's title.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "url": {
            "description": "Decree 47/2020 Art. 24.3a: where to download the document (give url or content).",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "content": {
            "description": "Decree 47/2020 Art. 24.3a: the document itself, inline (give url or content).",
            "type": "string",
            "minLength": 1
          },
          "mediaType": {
            "description": "Chiase extension: the media type, e.g. application/vnd.oai.openapi+json or text/xml.",
            "type": "string",
            "pattern": "^[a-z]+\\/[a-z0-9.+-]+$"
          }
        },
        "required": [
          "kind"
        ],
        "additionalProperties": false
      },
      "HttpUrl": {
        "description": "Engineering: an absolute http or https URL.",
        "type": "string",
        "pattern": "^https?:\\/\\/[^\\s/?#]+[^\\s]*$"
      },
      "ExchangeDataStructure": {
        "anyOf": [
          {
            "required": [
              "items"
            ]
          },
          {
            "required": [
              "jsonSchema"
            ]
          },
          {
            "required": [
              "xsdUrl"
            ]
          }
        ],
        "description": "Decree 47/2020 Art. 3.2, 24.3b: the exchange data structure, as named data items, a JSON Schema or an XSD reference.",
        "type": "object",
        "properties": {
          "standards": {
            "description": "Decree 47/2020 Art. 24.3b: the standards and technical regulations the structure complies with.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlainText"
            }
          },
          "items": {
            "description": "Decree 47/2020 Art. 24.3b, 35.2d: the named data items of the message, with their types.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DataItem"
            }
          },
          "jsonSchema": {
            "description": "Decree 47/2020 Art. 24.3b: the structure as a JSON Schema document.",
            "type": "object",
            "propertyNames": {
              "type": "string"
            },
            "additionalProperties": {}
          },
          "xsdUrl": {
            "description": "Decree 47/2020 Art. 24.3b; TT 13/2017 (XML/XSD): where the XSD of the messages is published.",
            "$ref": "#/components/schemas/HttpUrl"
          }
        },
        "additionalProperties": false
      },
      "DataItem": {
        "description": "Decree 47/2020 Art. 3.2, 24.3b: a named data item of the exchange data structure, with its value type.",
        "type": "object",
        "properties": {
          "code": {
            "description": "Decree 47/2020 Art. 24.3b: the machine name of the item in the exchange data structure.",
            "$ref": "#/components/schemas/DataItemCode"
          },
          "name": {
            "description": "Decree 47/2020 Art. 35.2d: the name consumers use to request the item.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "type": {
            "description": "Decree 47/2020 Art. 24.3b: the value type of the item.",
            "$ref": "#/components/schemas/DataItemType"
          },
          "description": {
            "description": "Decree 47/2020 Art. 24.3b: what the item means, its unit or its format.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "required": {
            "description": "Decree 47/2020 Art. 24.3b: whether every message carries the item (default: not stated).",
            "type": "boolean"
          },
          "codeList": {
            "description": "Decree 47/2020 Art. 9.2: the common code list (danh mục dùng chung) the values come from.",
            "$ref": "#/components/schemas/PlainText"
          },
          "personalData": {
            "description": "Decree 47/2020 Art. 5.3: true when the item holds personal information, which needs protection.",
            "type": "boolean"
          }
        },
        "required": [
          "code",
          "name",
          "type"
        ],
        "additionalProperties": false
      },
      "DataItemCode": {
        "description": "Engineering: machine name of a data item, e.g. maSoDoanhNghiep (a letter or _, then letters, digits, _ . -; up to 128 characters).",
        "type": "string",
        "pattern": "^[A-Za-z_][A-Za-z0-9_.-]{0,127}$"
      },
      "DataItemType": {
        "description": "Decree 47/2020 Art. 24.3b: the value type of a data item in the exchange data structure.",
        "type": "string",
        "enum": [
          "string",
          "integer",
          "number",
          "boolean",
          "date",
          "date-time",
          "object",
          "array",
          "binary"
        ]
      },
      "FocalPointPerson": {
        "description": "Decree 47/2020 Art. 7.1, Mẫu 01: the data-sharing focal point official and the contact details made public.",
        "type": "object",
        "properties": {
          "fullName": {
            "description": "Decree 47/2020 Art. 7.1 (tên); Mẫu 01 'Họ và tên': the official's full name.",
            "$ref": "#/components/schemas/PlainText"
          },
          "position": {
            "description": "Decree 47/2020 Art. 7.1 (vị trí); Mẫu 01 'Chức vụ': the official's position.",
            "$ref": "#/components/schemas/PlainText"
          },
          "duties": {
            "description": "Decree 47/2020 Art. 7.1 (chức năng): the official's function in data sharing.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "unit": {
            "description": "Mẫu 01 'Đơn vị': the unit the official works in.",
            "$ref": "#/components/schemas/PlainText"
          },
          "qualification": {
            "description": "Mẫu 01 'Trình độ chuyên môn': the official's qualification (not required by Decree 47/2020).",
            "$ref": "#/components/schemas/PlainText"
          },
          "phone": {
            "description": "Decree 47/2020 Art. 7.1; Mẫu 01 'Số điện thoại': the public telephone number.",
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "email": {
            "description": "Decree 47/2020 Art. 7.1; Mẫu 01 'Địa chỉ thư điện tử': the public e-mail address.",
            "$ref": "#/components/schemas/EmailAddress"
          }
        },
        "required": [
          "fullName",
          "position",
          "phone",
          "email"
        ],
        "additionalProperties": false
      },
      "PhoneNumber": {
        "description": "Engineering: a telephone number of 8 to 12 digits, optionally starting with +, with spaces, dots, dashes or parentheses.",
        "type": "string",
        "pattern": "^(?=(?:\\D*\\d){8,12}\\D*$)\\+?[0-9(][0-9 .()-]*[0-9]$"
      },
      "EmailAddress": {
        "description": "Engineering: an e-mail address.",
        "type": "string",
        "format": "email",
        "pattern": "^(?!\\.)(?!.*\\.\\.)([A-Za-z0-9_'+\\-\\.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
      },
      "ConsumedDataValidity": {
        "description": "Decree 47/2020 Art. 41: how long data obtained through the service may be used, by sharing method.",
        "oneOf": [
          {
            "type": "object",
            "properties": {
              "method": {
                "description": "Decree 47/2020 Art. 23.1a, 41.2a: online connection.",
                "type": "string",
                "const": "online"
              },
              "note": {
                "description": "Decree 47/2020 Art. 41.2a ('nếu không có quy định khác'): any other rule that applies.",
                "$ref": "#/components/schemas/LocalizedText"
              }
            },
            "required": [
              "method"
            ],
            "additionalProperties": false
          },
          {
            "type": "object",
            "properties": {
              "method": {
                "description": "Decree 47/2020 Art. 23.1b, 41.2b: online synchronisation.",
                "type": "string",
                "const": "synchronisation"
              },
              "validFor": {
                "description": "Decree 47/2020 Art. 41.2b: validity counted from the last synchronisation, e.g. P1D.",
                "$ref": "#/components/schemas/IsoDuration"
              },
              "note": {
                "description": "Decree 47/2020 Art. 41.1: further conditions from the rules of use.",
                "$ref": "#/components/schemas/LocalizedText"
              }
            },
            "required": [
              "method",
              "validFor"
            ],
            "additionalProperties": false
          },
          {
            "type": "object",
            "properties": {
              "method": {
                "description": "Decree 47/2020 Art. 23.1c, 41.2c: packaged data on storage media.",
                "type": "string",
                "const": "package"
              },
              "validFor": {
                "description": "Decree 47/2020 Art. 41.2c: the time limit within which the package may be used, e.g. P6M.",
                "$ref": "#/components/schemas/IsoDuration"
              },
              "note": {
                "description": "Decree 47/2020 Art. 41.1: further conditions from the rules of use.",
                "$ref": "#/components/schemas/LocalizedText"
              }
            },
            "required": [
              "method",
              "validFor"
            ],
            "additionalProperties": false
          }
        ]
      },
      "IsoDuration": {
        "description": "Engineering: a length of time as an ISO 8601 duration, e.g. P30D, P6M or PT12H.",
        "type": "string",
        "pattern": "^P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?$"
      },
      "PlannedDowntime": {
        "description": "Decree 47/2020 Art. 43.1a, 43.3: a publicly announced planned suspension of the service.",
        "type": "object",
        "properties": {
          "reason": {
            "description": "Decree 47/2020 Art. 43.1a: upgrade (nâng cấp), expansion (mở rộng) or maintenance (bảo trì).",
            "type": "string",
            "enum": [
              "upgrade",
              "expansion",
              "maintenance"
            ]
          },
          "announcedAt": {
            "description": "Decree 47/2020 Art. 43.3: when the notice was published (≥ 7 working days before the start).",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "startsAt": {
            "description": "Decree 47/2020 Art. 43.3: when the suspension starts.",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "expectedRestorationAt": {
            "description": "Decree 47/2020 Art. 43.3: the expected time of restoration.",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "noticeUrl": {
            "description": "Decree 47/2020 Art. 43.3: the public notice on the agency's web portal.",
            "$ref": "#/components/schemas/HttpUrl"
          },
          "note": {
            "description": "Chiase extension: details for consumers.",
            "$ref": "#/components/schemas/LocalizedText"
          }
        },
        "required": [
          "reason",
          "announcedAt",
          "startsAt",
          "expectedRestorationAt"
        ],
        "additionalProperties": false
      },
      "IsoDateTime": {
        "description": "Engineering: an instant in ISO 8601 / RFC 3339 form with seconds and an offset, e.g. 2025-08-19T08:30:00+07:00.",
        "type": "string",
        "allOf": [
          {
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          {
            "pattern": "T\\d\\d:\\d\\d:\\d\\d"
          }
        ]
      },
      "ServiceStatus": {
        "description": "Chiase extension (lifecycle in the service management system, Decree 47/2020 Art. 25–26): draft, published or withdrawn.",
        "type": "string",
        "enum": [
          "draft",
          "published",
          "withdrawn"
        ]
      },
      "RecordId": {
        "description": "Chiase extension: identifier of a record (letters, digits and . _ : / -, up to 128 characters), e.g. YC-2025-000123.",
        "type": "string",
        "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,126}[A-Za-z0-9])?$"
      },
      "DatabaseLevel": {
        "description": "Decree 47/2020 Art. 11.1: national database (a); shared database of a ministry, sector or locality (b); other database inside one information system (c, internal).",
        "type": "string",
        "enum": [
          "national",
          "ministry",
          "sector",
          "local",
          "internal"
        ]
      },
      "Contact": {
        "anyOf": [
          {
            "required": [
              "email"
            ]
          },
          {
            "required": [
              "phone"
            ]
          }
        ],
        "description": "A contact with a name and at least an e-mail address or a telephone number.",
        "type": "object",
        "properties": {
          "name": {
            "description": "Engineering: the name of the person or desk to contact.",
            "$ref": "#/components/schemas/PlainText"
          },
          "unit": {
            "description": "Engineering: the unit the contact belongs to, e.g. Phòng Công nghệ thông tin.",
            "$ref": "#/components/schemas/PlainText"
          },
          "email": {
            "description": "Engineering: the contact's e-mail address; an e-mail or a phone number is required.",
            "$ref": "#/components/schemas/EmailAddress"
          },
          "phone": {
            "description": "Engineering: the contact's telephone number; an e-mail or a phone number is required.",
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "url": {
            "description": "Engineering: a web page or form for contact.",
            "$ref": "#/components/schemas/HttpUrl"
          }
        },
        "required": [
          "name"
        ],
        "additionalProperties": false
      },
      "DataCategory": {
        "description": "Decree 47/2020 Art. 11.4d: a data category, classed as open, default or on-request sharing for each category of user.",
        "type": "object",
        "properties": {
          "name": {
            "description": "Decree 47/2020 Art. 11.4d: the name of the data category.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "access": {
            "description": "Decree 47/2020 Art. 11.4d: the sharing form for each category of user.",
            "minItems": 1,
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "userCategory": {
                  "description": "Decree 47/2020 Art. 11.4d (đối tượng khai thác, sử dụng): the category of user, e.g. Cơ quan nhà nước trong tỉnh.",
                  "$ref": "#/components/schemas/PlainText"
                },
                "form": {
                  "description": "Decree 47/2020 Art. 11.4d: the form in which this category of user gets the data.",
                  "$ref": "#/components/schemas/SharingForm"
                }
              },
              "required": [
                "userCategory",
                "form"
              ],
              "additionalProperties": false
            }
          },
          "items": {
            "description": "Chiase extension: the data items of the category.",
            "minItems": 1,
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DataItem"
            }
          }
        },
        "required": [
          "name",
          "access"
        ],
        "additionalProperties": false
      },
      "IsoDate": {
        "description": "Engineering: a calendar date in ISO 8601 form YYYY-MM-DD (e.g. 2025-08-19).",
        "type": "string",
        "format": "date",
        "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
      },
      "DistributionFormat": {
        "description": "DCAT-AP 3 dct:format (EU file-type codes); former Decree 47/2020 Art. 17.1e, 3.8: an open format.",
        "type": "string",
        "enum": [
          "CSV",
          "JSON",
          "XML",
          "XLSX",
          "ODS",
          "JSON_LD",
          "RDF_XML",
          "GEOJSON",
          "ZIP"
        ]
      },
      "Sha256": {
        "description": "Engineering: a SHA-256 digest as 64 lowercase hexadecimal digits.",
        "type": "string",
        "pattern": "^[0-9a-f]{64}$"
      },
      "OrganisationReference": {
        "description": "An organisation (state agency or enterprise): its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name.",
        "type": "object",
        "properties": {
          "id": {
            "description": "QĐ 20/2020/QĐ-TTg Art. 4–6: agency e-ID (e.g. H47.22) or enterprise code (e.g. 0100109106).",
            "$ref": "#/components/schemas/OrganisationId"
          },
          "name": {
            "description": "Engineering: the official name of the organisation.",
            "$ref": "#/components/schemas/PlainText"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "additionalProperties": false
      },
      "OrganisationId": {
        "pattern": "^(?:(?:(?=[0-9A-Z.]{1,35}$)[A-Y][0-9]{2}(?:\\.[0-9A-Z]+)*|Z(?:0[1-9]|[1-9][0-9])(?!\\.)[0-9A-Z.]{1,32})|[0-9]{10}(?:-[0-9]{3})?)$",
        "description": "QĐ 20/2020/QĐ-TTg Art. 4–6: electronic identifier of an organisation: an agency e-ID such as H47.22, or the enterprise code of an enterprise such as 0100109106 (Art. 5).",
        "type": "string"
      },
      "AccessFrequency": {
        "description": "Decree 47/2020 Art. 35.2e: how often the consumer will call the service.",
        "type": "object",
        "properties": {
          "requests": {
            "description": "Decree 47/2020 Art. 35.2e: the number of requests in each period.",
            "type": "integer",
            "exclusiveMinimum": 0,
            "maximum": 9007199254740991
          },
          "per": {
            "description": "Decree 47/2020 Art. 35.2e: the period.",
            "type": "string",
            "enum": [
              "minute",
              "hour",
              "day",
              "week",
              "month",
              "year"
            ]
          },
          "note": {
            "description": "Decree 47/2020 Art. 35.2e: anything else about timing, e.g. peak hours.",
            "$ref": "#/components/schemas/LocalizedText"
          }
        },
        "required": [
          "requests",
          "per"
        ],
        "additionalProperties": false
      },
      "LegalReference": {
        "description": "A legal document and, optionally, the provision within it.",
        "type": "object",
        "properties": {
          "document": {
            "description": "Engineering: the legal document, e.g. Nghị định 47/2020/NĐ-CP.",
            "$ref": "#/components/schemas/PlainText"
          },
          "provision": {
            "description": "Engineering: the article, clause or point, e.g. Điều 35 khoản 3.",
            "$ref": "#/components/schemas/PlainText"
          },
          "url": {
            "description": "Engineering: where the text can be read.",
            "$ref": "#/components/schemas/HttpUrl"
          }
        },
        "required": [
          "document"
        ],
        "additionalProperties": false
      },
      "SharingMethod": {
        "description": "Decree 47/2020 Art. 23.1: online connection (a, online), online synchronisation (b, synchronisation) or packaged data on storage media (c, package).",
        "type": "string",
        "enum": [
          "online",
          "synchronisation",
          "package"
        ]
      },
      "QualityFinding": {
        "description": "Decree 47/2020 Art. 16.2c: a finding of the data quality assessment.",
        "type": "object",
        "properties": {
          "summary": {
            "description": "Decree 47/2020 Art. 16.2c: what was found.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "score": {
            "description": "Chiase extension: the share of records that pass, from 0 to 1.",
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "issuesFound": {
            "description": "Chiase extension: the number of faulty records found.",
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          }
        },
        "required": [
          "summary"
        ],
        "additionalProperties": false
      },
      "DisputeCategory": {
        "description": "Decree 47/2020 Art. 47: rights and obligations (1), technical infrastructure (2), standards and regulations (3), quality of shared data (4), connection plan (5), other (6).",
        "type": "string",
        "enum": [
          "rights-and-obligations",
          "infrastructure",
          "standards",
          "data-quality",
          "connection-plan",
          "other"
        ]
      },
      "DisputeStep": {
        "description": "Decree 47/2020 Art. 49.1–49.3: one step of the dispute procedure.",
        "type": "object",
        "properties": {
          "level": {
            "description": "Decree 47/2020 Art. 49: provider (49.1), it-unit (49.2) or national (49.3).",
            "type": "string",
            "enum": [
              "provider",
              "it-unit",
              "national"
            ]
          },
          "handler": {
            "description": "Decree 47/2020 Art. 48–49: the body handling this step.",
            "$ref": "#/components/schemas/AgencyReference"
          },
          "submittedAt": {
            "description": "Decree 47/2020 Art. 49.1–49.2: when the body received the request (the deadline runs from here).",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "answeredAt": {
            "description": "Decree 47/2020 Art. 49.1–49.2: when it answered.",
            "$ref": "#/components/schemas/IsoDateTime"
          },
          "answer": {
            "description": "Decree 47/2020 Art. 49.1–49.2: its answer or guidance.",
            "$ref": "#/components/schemas/LocalizedText"
          },
          "resolved": {
            "description": "Decree 47/2020 Art. 49.2 ('không giải quyết được'): whether the step settled the dispute.",
            "type": "boolean"
          }
        },
        "required": [
          "level",
          "handler",
          "submittedAt"
        ],
        "additionalProperties": false
      }
    }
  },
  "webhooks": {
    "nationalChanges": {
      "post": {
        "tags": [
          "national"
        ],
        "operationId": "national.changesPushed",
        "summary": "Changes pushed to a subscriber's callback (TT 13/2017 Art. 21.4b)",
        "description": "Sent by the gateway to the subscription's `callbackUrl`, in order, one batch at a time. The subscriber answers 2xx once it stored the batch; any other answer or no answer makes the gateway redeliver the same batch later (so apply changes idempotently, by `sequence`).",
        "x-chiase-law": [
          "TT 13/2017/TT-BTTTT Art. 21.4b"
        ],
        "security": [],
        "parameters": [
          {
            "name": "X-Chiase-Signature",
            "in": "header",
            "required": true,
            "description": "`sha256=` and the lower-case hex HMAC-SHA256 of the raw body keyed with the subscription's secret. Reject the delivery when it does not match.",
            "schema": {
              "type": "string",
              "pattern": "^sha256=[0-9a-f]{64}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NationalChangeNotification"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Stored; the gateway sends the next batch."
          }
        }
      }
    }
  }
} as const;

/** The operationId of every operation under `paths` (webhooks excluded), in document order. */
export const operationIds = [
  "auth.token",
  "auth.keys",
  "services.list",
  "services.get",
  "services.put",
  "services.withdraw",
  "databases.list",
  "databases.get",
  "databases.put",
  "databases.delete",
  "openData.listDatasets",
  "openData.getDataset",
  "openData.putDataset",
  "openData.recordReview",
  "openData.listDistributions",
  "openData.getDistribution",
  "openData.putDistribution",
  "openData.downloadDistribution",
  "openData.uploadDistribution",
  "focalPoints.list",
  "focalPoints.get",
  "focalPoints.put",
  "connectionRequests.list",
  "connectionRequests.create",
  "connectionRequests.get",
  "connectionRequests.decide",
  "codeLists.categories",
  "codeLists.items",
  "masterData.upsert",
  "masterData.delete",
  "national.snapshot",
  "national.changes",
  "national.listSubscriptions",
  "national.subscribe",
  "national.unsubscribe",
  "invoke.call",
  "health.get"
] as const;
