// npm start's card gateway: the sandbox PSP on its own port, in this process, with keys kept in
// DATA_DIR/secrets.json. A deployment names its real gateway with PAYMENT_GATEWAY_URL instead.
import type { Clock } from '@portal/domain';
import { buildSandboxGateway, testCards } from '@portal/gateway-sandbox';
import type { FastifyInstance } from 'fastify';
import { browserHost, type ResolvedConfig } from './config.js';
import { getOrCreateSecret } from './secrets.js';

export interface StartedSandbox {
  app: FastifyInstance;
  url: string;
  banner: string[];
}

/** Starts the sandbox and points `config` at it; it keeps the portal's time (notifications are timed). */
export async function startSandboxGateway(config: ResolvedConfig, clock: Clock): Promise<StartedSandbox> {
  const merchantKey = await getOrCreateSecret(config.dataDir, 'sandboxGatewayMerchantKey');
  const notificationKey = await getOrCreateSecret(config.dataDir, 'sandboxGatewayNotificationKey');
  const app = await buildSandboxGateway({
    merchantKey,
    notificationKey,
    publicUrl: `http://${browserHost(config.host)}:${config.gatewaySandboxPort}`,
    logger: { level: config.logLevel, base: { app: 'gateway-sandbox' } },
    now: () => clock.now(),
  });
  const url = await app.listen({ port: config.gatewaySandboxPort, host: config.host });
  config.paymentGateway = { url, merchantKey, notificationKey };
  return {
    app,
    url,
    banner: [
      `  Sandbox card gateway: ${url} (test cards: ${testCards
        .map((card) => `${card.number.replace(/ /g, '')} ${card.outcome}`)
        .join(', ')})`,
    ],
  };
}
