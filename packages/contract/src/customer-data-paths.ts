// Which paths are of one customer's own data, by their first segments alone: the SPA's client decides
// with this whether a request carries staff's view header, without loading every route declaration
// of the contract into the first page. A test holds it to customerDataModules (customer-data.ts).

const customerDataPathPrefixes = [
  '/api/contracts',
  '/api/metering-points',
  '/api/bills',
  '/api/consumption',
  '/api/payments',
  '/api/complaints',
  '/api/news',
] as const;

/** Whether a route's path (`/api/bills/:id/pdf`) belongs to a customer-data module. */
export function isCustomerDataPath(path: string): boolean {
  return customerDataPathPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
