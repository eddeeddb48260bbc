// The consumption module: charts and tables of kWh by zone and tariff, a metering point's tab and the
// account's page, the overview card and the exports; owns the range of months and its texts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/consumption',
    name: 'consumption',
    component: () => import('./consumption-page.vue'),
    meta: { title: 'consumption.accountTitle', requiresAuth: true },
  },
];
