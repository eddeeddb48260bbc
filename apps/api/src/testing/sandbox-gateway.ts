// The sandbox card gateway running for real on a local port, and a browser's part of paying on its
// hosted page (posting the card form), for integration tests and benchmarks.
import { buildSandboxGateway, type SandboxGatewayOptions } from '@portal/gateway-sandbox';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { testClock } from './clock.js';

export const sandboxKeys = {
  merchantKey: 'test-merchant-key-0123456789',
  notificationKey: 'test-notification-key-0123456789abcdef',
};

export interface RunningSandbox {
  app: FastifyInstance;
  url: string;
  /** the portal's configuration for it */
  config: NonNullable<Config['paymentGateway']>;
  close: () => Promise<void>;
}

export async function startSandboxGateway(
  options: Partial<SandboxGatewayOptions> = {},
): Promise<RunningSandbox> {
  const app = await buildSandboxGateway({
    ...sandboxKeys,
    notificationRetryDelaysMs: [200, 500],
    now: () => testClock.now(),
    ...options,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    config: { url, ...sandboxKeys },
    close: () => app.close(),
  };
}

/** Submits the hosted payment page's form as a browser would; answers where the gateway redirects to. */
export async function payOnGatewayPage(paymentPageUrl: string, cardNumber: string): Promise<string> {
  const response = await fetch(paymentPageUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ cardNumber, expiry: '12/30', cvv: '123', cardholder: 'MARKO PETROVIC' }),
  });
  const location = response.headers.get('location');
  if (response.status !== 303 || !location)
    throw new Error(`the payment page answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return location;
}
