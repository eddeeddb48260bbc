// The card payment gateway as our payments module sees it. The only implementation talks HTTP to a
// hosted-payment-page PSP (the sandbox in development and tests, the bank's gateway in production);
// the card form is on the gateway's page, so no card data ever passes through us (PCI DSS SAQ-A).
import {
  createOrderRequest,
  gatewayOrder,
  gatewayPaths,
  type CreateOrderRequest,
  type GatewayOrder,
} from '@portal/gateway-protocol';
import { cardFeeOf, type CardFeeRule, type Para } from '@portal/domain';

export interface PaymentGateway {
  createOrder(order: CreateOrderRequest): Promise<GatewayOrder>;
  getOrder(gatewayOrderId: string): Promise<GatewayOrder>;
  /** cancels an order not yet paid; answers its state afterwards (an approved one stays approved) */
  cancelOrder(gatewayOrderId: string): Promise<GatewayOrder>;
  /** verifies notification signatures */
  readonly notificationKey: string;
  /** what the gateway charges on top of an amount */
  fee(amount: Para): Para;
  readonly feeRule: CardFeeRule;
}

/** The gateway did not answer as its protocol says (down, timed out, refused the order). */
export class GatewayUnavailableError extends Error {
  override name = 'GatewayUnavailableError';
}

/** The gateway answered that it has no such order (e.g. a sandbox restarted): nobody can pay it. */
export class GatewayOrderUnknownError extends Error {
  override name = 'GatewayOrderUnknownError';
}

export interface HttpGatewayOptions {
  baseUrl: string;
  merchantKey: string;
  notificationKey: string;
  feeRule: CardFeeRule;
  timeoutMs?: number;
}

export function httpPaymentGateway(options: HttpGatewayOptions): PaymentGateway {
  const call = async (path: string, init: RequestInit = {}): Promise<GatewayOrder> => {
    let response: Response;
    try {
      response = await fetch(new URL(path, options.baseUrl), {
        ...init,
        headers: {
          authorization: `Bearer ${options.merchantKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new GatewayUnavailableError(`gateway unreachable: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.status === 404) throw new GatewayOrderUnknownError(`gateway has no order at ${path}`);
    if (!response.ok)
      throw new GatewayUnavailableError(`gateway answered ${response.status}: ${text.slice(0, 200)}`);
    const parsed = gatewayOrder.safeParse(JSON.parse(text));
    if (!parsed.success) throw new GatewayUnavailableError('gateway answered with an unexpected body');
    return parsed.data;
  };
  return {
    notificationKey: options.notificationKey,
    feeRule: options.feeRule,
    fee: (amount) => cardFeeOf(options.feeRule, amount),
    createOrder: (order) =>
      call(gatewayPaths.orders, { method: 'POST', body: JSON.stringify(createOrderRequest.parse(order)) }),
    getOrder: (gatewayOrderId) => call(gatewayPaths.order(gatewayOrderId)),
    cancelOrder: (gatewayOrderId) =>
      call(gatewayPaths.cancel(gatewayOrderId), { method: 'POST', body: '{}' }),
  };
}
