import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compiledSerializerCompiler } from './serializer.js';

const compile = (schema: z.ZodType, checkWithZod = false) =>
  compiledSerializerCompiler({ checkWithZod })({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('compiled answers', () => {
  const schema = z.object({
    id: z.string(),
    amount: z.string(),
    meter: z.object({ serialNumber: z.string() }).nullable(),
    paidOn: z.string().nullable(),
  });

  it('write what zod writes: declared properties only, nulls as null', () => {
    const answer = { id: 'a', amount: '1.00', meter: null, paidOn: '2026-01-02', passwordHash: 'x' };
    expect(JSON.parse(compile(schema)(answer))).toEqual({
      id: 'a',
      amount: '1.00',
      meter: null,
      paidOn: '2026-01-02',
    });
    const withMeter = { ...answer, meter: { serialNumber: 'S1', secret: 1 } };
    expect(JSON.parse(compile(schema)(withMeter)).meter).toEqual({ serialNumber: 'S1' });
  });

  it('outside production, refuse an answer against the contract as zod does', () => {
    expect(() => compile(schema, true)({ id: 'a', amount: 1, meter: null, paidOn: null })).toThrow();
  });

  it('leave a tuple to zod', () => {
    const tuple = z.object({ years: z.tuple([z.number().int().nullable(), z.number().int().nullable()]) });
    expect(JSON.parse(compile(tuple)({ years: [1, null] }))).toEqual({ years: [1, null] });
  });
});
