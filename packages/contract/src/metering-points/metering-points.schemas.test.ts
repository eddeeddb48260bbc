import { describe, expect, it } from 'vitest';
import { linkContractBody } from '../contracts/contracts.schemas.js';
import { meteringPointListQuery, meteringPointPatchBody } from './metering-points.schemas.js';

describe('metering point schemas', () => {
  it('reads the overview query with its defaults', () => {
    expect(meteringPointListQuery.parse({})).toEqual({
      page: 1,
      pageSize: 20,
      sort: 'nickname',
      order: 'asc',
    });
    expect(
      meteringPointListQuery.parse({
        page: '2',
        pageSize: '100',
        region: 'bg,NS',
        overdue: 'false',
        q: ' Кућа ',
      }),
    ).toMatchObject({ page: 2, pageSize: 100, region: ['BG', 'NS'], overdue: false, q: 'Кућа' });
    expect(meteringPointListQuery.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(meteringPointListQuery.safeParse({ overdue: 'yes' }).success).toBe(false);
    expect(meteringPointListQuery.safeParse({ region: "BG'" }).success).toBe(false);
  });

  it('trims a nickname; empty or null clears it; at most 60 characters', () => {
    expect(meteringPointPatchBody.parse({ nickname: '  Викендица ' })).toEqual({ nickname: 'Викендица' });
    expect(meteringPointPatchBody.parse({ nickname: '   ' })).toEqual({ nickname: null });
    expect(meteringPointPatchBody.parse({ nickname: null })).toEqual({ nickname: null });
    expect(meteringPointPatchBody.safeParse({ nickname: 'x'.repeat(61) }).success).toBe(false);
    expect(meteringPointPatchBody.safeParse({}).success).toBe(false);
  });

  it('takes the identifiers of a link in their printed form only', () => {
    expect(linkContractBody.parse({ billingNumber: ' 3045678912 ', jmbg: '1503985710037' })).toEqual({
      billingNumber: '3045678912',
      jmbg: '1503985710037',
    });
    expect(linkContractBody.safeParse({ billingNumber: '3045678912', pib: '10845217' }).success).toBe(false);
    expect(linkContractBody.safeParse({ billingNumber: '', jmbg: '1503985710037' }).success).toBe(false);
  });
});
