// The SQL of the staff's audit view, shaped for audit_event's indexes so that no page reads the trail:
// - one staff member (support's own view, or a supervisor's filter): their events through the
//   (actor_user_id, occurred_at desc) index, newest first, stopping at the page's end;
// - every staff member: one branch per action through the (action, occurred_at desc) index, each
//   stopping at the page's end, merged newest first. Staff actions are staff's only, so a branch
//   rarely skips a row; a single query over all actions would sort every staff event instead (and a
//   join per staff member makes the planner guess each one's rows, then read all of them).
// The counts stop at `cap` for the same reason. Only placeholders are put into the text.

export interface AuditFilter {
  staffIds: string[];
  actions: readonly string[];
  subjectUserId: string | null;
  /** Europe/Belgrade calendar days, both included */
  from: string | null;
  to: string | null;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

const columns = `id::text AS id, occurred_at, action, actor_user_id::text AS actor_user_id,
  subject_type, subject_id, details`;

/** What every branch asks besides actor and action: $1..$3 (a missing bound is no bound). */
const common = `($1::text IS NULL OR (subject_type = 'user' AND subject_id = $1::text))
  AND ($2::date IS NULL OR occurred_at >= $2::date::timestamp AT TIME ZONE 'Europe/Belgrade')
  AND ($3::date IS NULL OR occurred_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Belgrade')`;

function base(filter: AuditFilter): unknown[] {
  return [filter.subjectUserId, filter.from, filter.to];
}

/** The page: `offset` rows skipped, `limit` answered, newest first (ties: the later id first). */
export function pageStatement(filter: AuditFilter, offset: number, limit: number): Statement {
  if (filter.staffIds.length === 1)
    return {
      sql: `SELECT ${columns} FROM audit_event
             WHERE actor_user_id = $4::uuid AND action = ANY($5::text[]) AND ${common}
             ORDER BY occurred_at DESC, audit_event.id DESC LIMIT $7 OFFSET $6`,
      params: [...base(filter), filter.staffIds[0], [...filter.actions], offset, limit],
    };
  // $4: the staff, $5: each branch's rows, $6 and $7: the page's offset and size, then the actions
  const params = [...base(filter), filter.staffIds, offset + limit, offset, limit];
  const branches = filter.actions.map((action) => {
    params.push(action);
    return `(SELECT id AS event_id, ${columns} FROM audit_event
              WHERE action = $${params.length}::text AND actor_user_id = ANY($4::uuid[]) AND ${common}
              ORDER BY occurred_at DESC, audit_event.id DESC LIMIT $5)`;
  });
  return {
    sql: `SELECT id, occurred_at, action, actor_user_id, subject_type, subject_id, details
            FROM (${branches.join(' UNION ALL ')}) AS e
           ORDER BY occurred_at DESC, event_id DESC LIMIT $7 OFFSET $6`,
    params,
  };
}

/** How many events match, counted up to `cap + 1` (more: the answer says "at least `cap`"). */
export function countStatement(filter: AuditFilter, cap: number): Statement {
  if (filter.staffIds.length === 1)
    return {
      sql: `SELECT count(*)::int AS total FROM (SELECT 1 FROM audit_event
             WHERE actor_user_id = $4::uuid AND action = ANY($5::text[]) AND ${common} LIMIT $6) AS capped`,
      params: [...base(filter), filter.staffIds[0], [...filter.actions], cap + 1],
    };
  const params = [...base(filter), filter.staffIds, cap + 1];
  const branches = filter.actions.map((action) => {
    params.push(action);
    return `(SELECT 1 FROM audit_event
              WHERE action = $${params.length}::text AND actor_user_id = ANY($4::uuid[]) AND ${common} LIMIT $5)`;
  });
  return {
    sql: `SELECT count(*)::int AS total
            FROM (SELECT 1 FROM (${branches.join(' UNION ALL ')}) AS b LIMIT $5) AS capped`,
    params,
  };
}
