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
  /** The status or error of the attempt that stopped the round, when one failed; redelivered next round. */
  readonly failure?: string;
}

/** Sends one webhook request; the global `fetch` by default. */
export type WebhookFetch = (request: Request) => Promise<Response>;

/** Largest batch of changes in one delivery. */
const BATCH_SIZE = 100;

/** `sha256=` and the lower-case hex HMAC-SHA256 of `body` keyed with `secret` (the spec's `X-Chiase-Signature`). */
export function changeNotificationSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Pushes every change not yet acknowledged to each subscription's callback (the spec's
 * `nationalChanges` webhook): in order, in batches, signed; a batch is acknowledged by a 2xx answer,
 * after which `lastDeliveredSequence` moves on. Any other answer, or a network error, stops that
 * subscription's round; the same batch is sent again on the next round.
 */
export async function deliverSubscriptionChanges(
  subscriptions: Iterable<StoredSubscription>,
  database: NationalDatabase,
  clock: Clock,
  send: WebhookFetch,
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (const stored of subscriptions) {
    const { subscription } = stored;
    let delivered = 0;
    let failure: string | undefined;
    for (;;) {
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
      try {
        const answer = await send(
          new Request(subscription.callbackUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-chiase-signature': changeNotificationSignature(stored.secret, body),
            },
            body,
          }),
        );
        if (answer.status < 200 || answer.status > 299) {
          failure = `HTTP ${answer.status}`;
          break;
        }
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        break;
      }
      subscription.lastDeliveredSequence = (batch[batch.length - 1] as { sequence: number }).sequence;
      delivered += 1;
    }
    outcomes.push({
      subscriptionId: subscription.id,
      delivered,
      ...(failure === undefined ? {} : { failure }),
    });
  }
  return outcomes;
}
