import { declaredRoutes } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { firstPageRoutes } from './route-refs.js';

describe("the first page's route references", () => {
  it.each(Object.entries(firstPageRoutes))('%s is a declared route, as declared', (_name, ref) => {
    const route = declaredRoutes().find((r) => r.method === ref.method && r.path === ref.path);
    expect(route, `${ref.method} ${ref.path}`).toBeDefined();
    expect({ auth: ref.auth, binary: ref.binary }).toEqual({ auth: route!.auth, binary: route!.binary });
  });
});
