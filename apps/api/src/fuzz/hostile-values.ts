// What the fuzz test mixes into otherwise valid requests: boundary dates and numbers, control
// characters, lone surrogates, huge strings, wrong types, traversal and injection attempts.
import fc from 'fast-check';

/** Dates at the edges: the first years (which PostgreSQL or JavaScript cannot hold), then leap days. */
export const edgeYearDates = ['0000-01-01', '0001-01-01', '0001-12-31', '9999-12-31'];
export const leapDays = ['2024-02-29', '2020-02-29', '2000-02-29', '2028-02-29'];
export const interestingDates = [...edgeYearDates, ...leapDays, '1970-01-01', '2100-12-31'];

/** C0 and C1 controls, DEL and lone surrogates: none belongs in text a person typed. */
export const controlCharacters = [
  '\u0000',
  '\u0001',
  '\u0009',
  '\u000a',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udfff',
];

const megabyte = 'a'.repeat(1 << 20);

const strings = [
  '\u0000',
  'a\u0000b',
  'demo.business\u0000',
  '\u0007\u0008\u001b[2J',
  '\t',
  '\r\nSet-Cookie: x=1',
  '\u007f\u0085\u009f',
  '\uD800',
  '\uDFFFx\uD800',
  '\u202Eevil',
  '\uFEFF',
  '\u00A0',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  "' OR '1'='1",
  '"; DROP TABLE bill; --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '',
  ' ',
  ...interestingDates,
  '1899-12-31',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '+275760-09-13',
  '-000001-01-01',
  '9007199254740991',
  '9007199254740993',
  '-9007199254740991',
  '2147483648',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '1.5',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  'true',
  'null',
  '[]',
  '{}',
  '💡'.repeat(50),
];

/** Text that a field should refuse or survive. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...strings) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10_000), 'ж'.repeat(100_000), megabyte) },
);

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

/** Any JSON value in the place of a field: hostile text or the wrong type. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 31,
      2 ** 53 - 1,
      2 ** 64,
      1e308,
      -1e308,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>([], {}, [null], { '': '' }, nested(200), Array(10_000).fill(0)),
  },
);

/** Whole bodies that are not what any operation takes. */
export const hostileJsonBodies = [
  '{"login":',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  'null',
  '[]',
  '"x"',
  '\u0000',
  `{"x":"${megabyte}"}`,
  '['.repeat(5000),
];

/** Path segments as they go on the wire (already percent-encoded, or deliberately not). */
export const hostilePathSegments = [
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2e%2e',
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%',
  '%C0%AE%C0%AE',
  '%ED%A0%80',
  'x'.repeat(101),
  'x'.repeat(5000),
  '1',
  '-1',
  '9007199254740993',
  'not-an-id',
  '00000000-0000-0000-0000-000000000000',
  '%F0%9F%92%A5',
];

export const hostileHeaderValues = {
  authorization: [
    'Bearer garbage',
    'Bearer ',
    'Basic ZGVtbzpkZW1v',
    'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    `Bearer ${'a'.repeat(8000)}`,
  ],
  acceptLanguage: ['xx;q=abc', ',,,;q=0', 'en;q=NaN', 'sr-Latn;q=2, *', 'a'.repeat(4000)],
  contentType: [
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/json; charset=latin1',
    'multipart/form-data; boundary=x',
    'application/xml',
  ],
};
