import { createHmac } from 'node:crypto';
import type { Clock } from '../clock/clock';
import type { NationalDatabase } from './national-database';

/** A push subscription as the gateway keeps it (TT 13/2017/TT-BTTTT Art. 21.4b). */
export interface StoredSubscription {
  /** The consumer key that made it. */
  readonly owner: string;
  /** Key of the `X-Chiase-Signature` HMAC; never answered back or logged. */
  readonly secret: string;
  /** Sequence after which changes are pushed (from the request's `since`, or the feed's end when made). */
  readonly startAfterSequence: number;
  /** The spec's `NationalSubscription`, as answered. */
  readonly subscription: { id: string; callbackUrl: string; lastDeliveredSequence: number | null } & Record<
    string,
    unknown
  >;
}

/** What one delivery round did for one subscription. */
export interface DeliveryOutcome {
  readonly subscriptionId: string;
  /** Batches the callback acknowledged (2xx). */
  readonly delivered: number;
  /** Requests sent to the callback in this round, retries included. */
  readonly attempts: number;
  /** The status or error of the last attempt, when a batch was still refused after every retry; redelivered next round. */
  readonly failure?: string;
}

/** Sends one webhook request; the global `fetch` by default. */
export type WebhookFetch = (request: Request) => Promise<Response>;

/** How hard the gateway tries to push one batch within a round. Every field is optional. */
export interface WebhookRetrySettings {
  /** Attempts per batch in one round, the first included. Default 3. */
  readonly attempts?: number;
  /** Wait before the first retry, in ms, doubled for each further one (exponential backoff). Default 500. */
  readonly retryDelayMs?: number;
  /** How long one attempt waits for the callback's answer, in ms; no answer counts as a failure. Default 10,000. */
  readonly timeoutMs?: number;
}

/** Largest batch of changes in one delivery. */
const BATCH_SIZE = 100;
const DEFAULT_RETRY: Required<WebhookRetrySettings> = { attempts: 3, retryDelayMs: 500, timeoutMs: 10_000 };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One attempt: the failure (status or error) or `undefined` when the callback acknowledged with 2xx. */
async function attempt(send: WebhookFetch, request: Request, timeoutMs: number): Promise<string | undefined> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(`no answer within ${timeoutMs} ms`);
    }, timeoutMs);
  });
  try {
    const answered = send(new Request(request, { signal: controller.signal })).then((answer) =>
      answer.status >= 200 && answer.status <= 299 ? undefined : `HTTP ${answer.status}`,
    );
    return await Promise.race([answered, timeout]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** `sha256=` and the lower-case hex HMAC-SHA256 of `body` keyed with `secret` (the spec's `X-Chiase-Signature`). */
export function changeNotificationSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Pushes every change not yet acknowledged to each subscription's callback (the spec's
 * `nationalChanges` webhook): in order, in batches, signed; a batch is acknowledged by a 2xx answer,
 * after which `lastDeliveredSequence` moves on. Any other answer, a network error or no answer in time
 * makes the gateway send the same batch again after a growing pause, up to `retry.attempts` times; if
 * it is still refused, that subscription's round stops and the batch is sent again on the next round.
 */
export async function deliverSubscriptionChanges(
  subscriptions: Iterable<StoredSubscription>,
  database: NationalDatabase,
  clock: Clock,
  send: WebhookFetch,
  retry: WebhookRetrySettings = {},
): Promise<DeliveryOutcome[]> {
  const { attempts: maxAttempts, retryDelayMs, timeoutMs } = { ...DEFAULT_RETRY, ...retry };
  const outcomes: DeliveryOutcome[] = [];
  for (const stored of subscriptions) {
    const { subscription } = stored;
    let delivered = 0;
    let attempts = 0;
    let failure: string | undefined;
    while (failure === undefined) {
      const after = subscription.lastDeliveredSequence ?? stored.startAfterSequence;
      const batch = database
        .changes()
        .filter((c) => c.sequence > after)
        .slice(0, BATCH_SIZE);
      if (batch.length === 0) break;
      const body = JSON.stringify({
        subscriptionId: subscription.id,
        database: subscription.database,
        entity: subscription.entity,
        changes: batch.map(({ sequence, type, key, changedAt, record }) => ({
          sequence,
          type,
          key,
          changedAt,
          record,
        })),
        sentAt: new Date(clock.now()).toISOString(),
      });
      const request = new Request(subscription.callbackUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-chiase-signature': changeNotificationSignature(stored.secret, body),
        },
        body,
      });
      for (let tried = 0; tried < Math.max(1, maxAttempts); tried++) {
        if (tried > 0) await pause(retryDelayMs * 2 ** (tried - 1));
        attempts += 1;
        failure = await attempt(send, request.clone(), timeoutMs);
        if (failure === undefined) break;
      }
      if (failure !== undefined) break;
      subscription.lastDeliveredSequence = (batch[batch.length - 1] as { sequence: number }).sequence;
      delivered += 1;
    }
    outcomes.push({
      subscriptionId: subscription.id,
      delivered,
      attempts,
      ...(failure === undefined ? {} : { failure }),
    });
  }
  return outcomes;
}
