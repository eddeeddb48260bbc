// SQL expressions over text columns that carry a domain rule, built from the rule's own tables so
// that the database and the code fold and order text the same way.
import { searchKeyDigraphs, searchKeyLetters } from '@portal/domain';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** searchKey() of `expression` in SQL: compare it with searchKey() of what the user typed. */
export function searchKeySql(expression: string): string {
  let sql = `lower(${expression})`;
  for (const [from, to] of searchKeyDigraphs) sql = `replace(${sql}, ${literal(from)}, ${literal(to)})`;
  return `translate(${sql}, ${literal(searchKeyLetters.from)}, ${literal(searchKeyLetters.to)})`;
}

/**
 * A key that sorts `expression` naturally: "Кућа 2" before "Кућа 10". Every run of digits is padded to
 * 60 places (longer than any name we keep), so text order is number order; the rest compares in lower
 * case. NULL stays NULL.
 */
export function naturalSortKeySql(expression: string): string {
  return (
    `(SELECT string_agg(CASE WHEN part[1] ~ '^[0-9]' THEN lpad(part[1], 60, '0') ELSE part[1] END, '' ` +
    `ORDER BY n) FROM regexp_matches(lower(${expression}), '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS parts(part, n))`
  );
}
