// The payments module: the pay page (choose bills, quote, card or IPS QR), the card payment's return
// page, the payment history and the financial card; owns the selection rules and its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/pay',
    name: 'pay',
    component: () => import('./pay-page.vue'),
    // nothing is paid in a staff member's read-only view of the account (support-view)
    meta: { title: 'pay.title', requiresAuth: true, paysOrChanges: true },
  },
  {
    path: '/payments',
    name: 'payments',
    component: () => import('./payments-page.vue'),
    meta: { title: 'payments.title', requiresAuth: true },
  },
  {
    // Where the card gateway sends the browser back; its query string is ignored (the page asks the API).
    path: '/payments/orders/:id',
    name: 'payment-order',
    component: () => import('./payment-order-page.vue'),
    props: true,
    meta: { title: 'paymentOrder.title', requiresAuth: true },
  },
];
