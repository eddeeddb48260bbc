// Server-to-server notifications to the merchant: the JSON body is signed over its exact bytes, and a
// notification the merchant does not answer with 2xx is sent again (same eventId, fresh signature
// timestamp) after each of the retry delays. Only ids and statuses are logged, never a body.
import { signatureHeader, signNotification, type GatewayNotification } from '@portal/gateway-protocol';
import type { FastifyBaseLogger } from 'fastify';

export interface DeliveryResult {
  delivered: boolean;
  /** the merchant's HTTP status, null on a network error or timeout */
  httpStatus: number | null;
}

export interface Notifier {
  /** the first attempt now, then retries in the background until one succeeds or the delays run out */
  send(notifyUrl: string, notification: GatewayNotification): void;
  /** one attempt, awaited */
  deliverOnce(notifyUrl: string, notification: GatewayNotification): Promise<DeliveryResult>;
  /** cancels pending retries and in-flight requests */
  close(): void;
}

export function createNotifier(options: {
  notificationKey: string;
  retryDelaysMs: readonly number[];
  now: () => Date;
  log: FastifyBaseLogger;
  timeoutMs?: number;
}): Notifier {
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<AbortController>();
  let closed = false;

  async function deliverOnce(notifyUrl: string, notification: GatewayNotification): Promise<DeliveryResult> {
    const body = JSON.stringify(notification);
    const timestamp = Math.floor(options.now().getTime() / 1000);
    const controller = new AbortController();
    inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
    try {
      const response = await fetch(notifyUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [signatureHeader]: signNotification(options.notificationKey, body, timestamp),
          'user-agent': 'SandboxPay-Notifier/1',
        },
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
      await response.body?.cancel().catch(() => undefined);
      return { delivered: response.status >= 200 && response.status < 300, httpStatus: response.status };
    } catch {
      return { delivered: false, httpStatus: null };
    } finally {
      clearTimeout(timeout);
      inFlight.delete(controller);
    }
  }

  function send(notifyUrl: string, notification: GatewayNotification): void {
    const attempt = async (index: number): Promise<void> => {
      if (closed) return;
      const result = await deliverOnce(notifyUrl, notification);
      const context = {
        eventId: notification.eventId,
        orderId: notification.orderId,
        status: notification.status,
        attempt: index + 1,
        httpStatus: result.httpStatus,
      };
      if (result.delivered) {
        options.log.info(context, 'notification delivered');
        return;
      }
      const delay = options.retryDelaysMs[index];
      if (delay === undefined || closed) {
        options.log.error(context, 'notification not delivered, giving up');
        return;
      }
      options.log.warn({ ...context, retryInMs: delay }, 'notification not delivered, will retry');
      const timer = setTimeout(() => {
        timers.delete(timer);
        void attempt(index + 1);
      }, delay);
      timers.add(timer);
    };
    void attempt(0);
  }

  return {
    send,
    deliverOnce,
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const controller of inFlight) controller.abort();
    },
  };
}
