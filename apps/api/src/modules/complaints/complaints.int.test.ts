// Complaints through the real API and database: filing with files (refusals store nothing), the
// owner-only files, support's inbox by deadline, and each step's status, e-mail and audit event.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrismaClient } from '@portal/db';
import { belgradeDateOf, complaintDeadlines } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { testClock } from '../../testing/clock.js';
import {
  createCustomer,
  createUser,
  linkPoints,
  type TestCustomer,
  type TestUser,
} from '../../testing/customer-data.js';
import { jpegBytes, multipart, pdfBytes, type MultipartFile } from '../../testing/multipart.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let dataDir: string;
let owner: TestUser;
let stranger: TestUser;
let support: TestUser;
let household: TestCustomer;

beforeAll(async () => {
  prisma = testDatabaseClient();
  dataDir = await mkdtemp(join(tmpdir(), 'complaints-'));
  app = await buildTestApp({ prisma, config: { dataDir } });
  owner = await createUser(app, prisma);
  stranger = await createUser(app, prisma);
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  household = await createCustomer(prisma, {
    points: [
      {
        bills: [
          {
            periodStart: '2026-09-01',
            periodEnd: '2026-09-30',
            dueDate: '2026-10-20',
            total: '100.00',
            paid: '0',
          },
        ],
      },
    ],
  });
  await linkPoints(prisma, owner.id, household.meteringPointIds);
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const photo: MultipartFile = { name: 'brojilo.jpeg', type: 'image/jpeg', data: jpegBytes(2048) };
const scan: MultipartFile = { name: 'racun.pdf', type: 'application/pdf', data: pdfBytes() };

async function file(user: TestUser, fields: Record<string, string>, files: MultipartFile[] = []) {
  const body = await multipart(fields, files);
  return app.inject({
    method: 'POST',
    url: '/api/complaints',
    headers: { authorization: user.authorization, ...body.headers },
    payload: body.payload,
  });
}

const billFields = () => ({
  meteringPointId: household.meteringPointIds[0]!,
  category: 'bill',
  billId: household.billIds[0]!,
  text: 'Račun za septembar je dvostruko veći nego inače.',
});

const get = (user: TestUser, url: string) =>
  app.inject({ method: 'GET', url, headers: { authorization: user.authorization } });

const storedFiles = async () => (await readdir(join(dataDir, 'complaints')).catch(() => [])).length;
const complaintsOf = (userId: string) => prisma.complaint.count({ where: { userId } });
const mailsTo = (user: TestUser) =>
  prisma.mailOutbox.findMany({
    where: { toAddress: `${user.username}@example.rs`, template: 'complaintUpdate' },
    orderBy: { createdAt: 'asc' },
  });

describe('filing a complaint', () => {
  let complaintId: string;

  it('files a complaint about a bill with a photo and a PDF: number, deadlines, files, e-mail, audit', async () => {
    const answer = await file(owner, billFields(), [photo, scan]);
    expect(answer.statusCode, answer.body).toBe(201);
    const complaint = answer.json();
    complaintId = complaint.id;
    const due = complaintDeadlines(belgradeDateOf(testClock.now()));
    expect(complaint).toMatchObject({
      category: 'bill',
      status: 'received',
      billId: household.billIds[0],
      answerDue: due.answerDue,
      resolutionDue: due.resolutionDue,
      events: [{ kind: 'filed', byStaff: false }],
    });
    expect(complaint.number).toMatch(/^P-\d{6,}$/);
    expect(
      complaint.attachments.map((a: { filename: string; contentType: string }) => [
        a.filename,
        a.contentType,
      ]),
    ).toEqual([
      ['brojilo.jpg', 'image/jpeg'],
      ['racun.pdf', 'application/pdf'],
    ]);
    expect(await readdir(join(dataDir, 'complaints', complaintId))).toHaveLength(2);
    const mails = await mailsTo(owner);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(complaint.number);
    expect(
      await prisma.auditEvent.count({ where: { action: 'complaint.file', subjectId: complaintId } }),
    ).toBe(1);
  });

  it('marks the bill "under complaint" in the bill list and on the bill', async () => {
    const list = await get(owner, `/api/metering-points/${household.meteringPointIds[0]}/bills`);
    expect(list.json().items[0].underComplaint).toBe(true);
    expect((await get(owner, `/api/bills/${household.billIds[0]}`)).json().underComplaint).toBe(true);
  });

  it("lists the customer's own complaints only, and shows one with its history to its owner only", async () => {
    const mine = await get(owner, '/api/complaints');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((c: { id: string }) => c.id)).toContain(complaintId);
    expect((await get(stranger, '/api/complaints')).json().items).toEqual([]);
    expect((await get(owner, `/api/complaints/${complaintId}`)).statusCode).toBe(200);
    const foreign = await get(stranger, `/api/complaints/${complaintId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
  });

  it('serves an attachment to its owner and staff only', async () => {
    const { attachments } = (await get(owner, `/api/complaints/${complaintId}`)).json();
    const url = `/api/complaints/${complaintId}/attachments/${attachments[0].id}`;
    const own = await get(owner, url);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(own.rawPayload.equals(Buffer.from(photo.data))).toBe(true);
    expect((await get(stranger, url)).statusCode).toBe(404);
    // staff's own token opens no customer route; support's route does, audited
    expect((await get(support, url)).statusCode).toBe(403);
    const staffRead = await get(support, `/api/support${url.slice(4)}`);
    expect(staffRead.statusCode).toBe(200);
    expect(
      await prisma.auditEvent.count({
        where: { action: 'support.complaint.attachment', subjectId: complaintId },
      }),
    ).toBe(1);
    // an attachment of another complaint under this complaint's id
    const other = await file(owner, { ...billFields(), category: 'reading' }, [scan]);
    const otherFile = other.json().attachments[0].id;
    expect((await get(owner, `/api/complaints/${complaintId}/attachments/${otherFile}`)).statusCode).toBe(
      404,
    );
  });
});

describe('refusals store nothing', () => {
  async function expectNothingStored(answer: Awaited<ReturnType<typeof file>>, status: number, code: string) {
    expect(answer.statusCode, answer.body).toBe(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json().code).toBe(code);
  }

  it('refuses a file that is not a photo or a PDF by its content, whatever its name and type', async () => {
    const [before, filesBefore] = [await complaintsOf(owner.id), await storedFiles()];
    const html = { name: 'photo.jpg', type: 'image/jpeg', data: new TextEncoder().encode('<html><script>') };
    await expectNothingStored(
      await file(owner, billFields(), [photo, html]),
      415,
      'COMPLAINT_ATTACHMENT_TYPE',
    );
    expect(await complaintsOf(owner.id)).toBe(before);
    expect(await storedFiles()).toBe(filesBefore);
  });

  it('refuses a file over 5 MB and more than 5 files', async () => {
    const [before, filesBefore] = [await complaintsOf(owner.id), await storedFiles()];
    const big = { ...photo, data: jpegBytes(5 * 1024 * 1024 + 1) };
    await expectNothingStored(await file(owner, billFields(), [big]), 413, 'COMPLAINT_ATTACHMENT_TOO_LARGE');
    const six = Array.from({ length: 6 }, () => photo);
    await expectNothingStored(await file(owner, billFields(), six), 413, 'COMPLAINT_ATTACHMENT_TOO_LARGE');
    expect(await complaintsOf(owner.id)).toBe(before);
    expect(await storedFiles()).toBe(filesBefore);
  });

  it('refuses missing or wrong fields per field, a JSON body, and metering points or bills not the customer’s', async () => {
    const noBill = await file(owner, { ...billFields(), billId: '' });
    expect(noBill.statusCode).toBe(400);
    expect(noBill.json().errors).toEqual([expect.objectContaining({ path: 'billId', code: 'required' })]);
    const short = await file(owner, { ...billFields(), text: 'kratko' });
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'text', code: 'too_short' })]);
    const json = await app.inject({
      method: 'POST',
      url: '/api/complaints',
      headers: { authorization: owner.authorization },
      payload: billFields(),
    });
    expect(json.statusCode).toBe(415);
    expect((await file(stranger, billFields(), [photo])).statusCode).toBe(404);
    const other = await createCustomer(prisma, {
      points: [
        {
          bills: [
            {
              periodStart: '2026-09-01',
              periodEnd: '2026-09-30',
              dueDate: '2026-10-20',
              total: '1.00',
              paid: '0',
            },
          ],
        },
      ],
    });
    // a bill of a metering point that is not the one named
    await linkPoints(prisma, owner.id, other.meteringPointIds);
    expect((await file(owner, { ...billFields(), billId: other.billIds[0]! })).statusCode).toBe(404);
  });
});

describe("support's inbox and steps", () => {
  async function seeded(
    answerDue: string,
    status: 'RECEIVED' | 'ANSWERED' = 'RECEIVED',
    resolutionDue = '2020-01-30',
  ) {
    return (
      await prisma.complaint.create({
        data: {
          userId: owner.id,
          meteringPointId: household.meteringPointIds[0]!,
          category: 'SUPPLY',
          text: 'Nestanak struje tri dana zaredom.',
          status,
          receivedOn: new Date('2019-12-20'),
          answerDue: new Date(answerDue),
          resolutionDue: new Date(resolutionDue),
          events: { create: { kind: 'FILED' } },
        },
      })
    ).id;
  }

  it('orders open complaints by the deadline that counts now', async () => {
    const later = await seeded('2020-01-09');
    const sooner = await seeded('2020-01-03');
    // answered: its resolution deadline counts, which is between the two
    const answered = await seeded('2020-01-01', 'ANSWERED', '2020-01-05');
    const inbox = await get(support, '/api/support/complaints?pageSize=100');
    expect(inbox.statusCode, inbox.body).toBe(200);
    const ids = inbox.json().items.map((c: { id: string }) => c.id);
    expect(ids.slice(0, 3)).toEqual([sooner, answered, later]);
    expect(inbox.json().items[1].nextDue).toBe('2020-01-05');
    expect((await get(owner, '/api/support/complaints')).statusCode).toBe(403);
    expect(
      await prisma.auditEvent.count({
        where: { action: 'support.complaints.inbox', actorUserId: support.id },
      }),
    ).toBeGreaterThan(0);
    await prisma.complaint.deleteMany({ where: { id: { in: [later, sooner, answered] } } });
  });

  it('takes a complaint through review, a question, the reply, the answer and the closing: e-mail and audit at each', async () => {
    const id = (await file(owner, billFields())).json().id as string;
    const mailsBefore = (await mailsTo(owner)).length;
    const step = (body: object) =>
      app.inject({
        method: 'POST',
        url: `/api/support/complaints/${id}/steps`,
        headers: { authorization: support.authorization },
        payload: body,
      });
    expect((await step({ step: 'review' })).json().status).toBe('in_review');
    expect((await step({ step: 'requestInfo', text: 'Pošaljite fotografiju brojila.' })).json().status).toBe(
      'in_review',
    );
    const reply = await app.inject({
      method: 'POST',
      url: `/api/complaints/${id}/replies`,
      headers: { authorization: owner.authorization },
      payload: { text: 'Fotografija je u prilogu prvog prigovora.' },
    });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(
      (await step({ step: 'answer', text: 'Obračun je ispravljen, novi račun stiže.' })).json().status,
    ).toBe('answered');
    const closed = await step({ step: 'close' });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'filed',
      'in_review',
      'info_requested',
      'customer_reply',
      'answered',
      'closed',
    ]);
    // one e-mail per change of support's (the customer's own reply is not mailed back)
    const mails = (await mailsTo(owner)).slice(mailsBefore);
    expect(mails).toHaveLength(4);
    expect(mails[2]!.textBody).toContain('Obračun je ispravljen');
    for (const action of ['review', 'requestInfo', 'answer', 'close'])
      expect(
        await prisma.auditEvent.count({ where: { action: `support.complaint.${action}`, subjectId: id } }),
      ).toBe(1);
    // nothing more on a closed complaint
    const again = await step({ step: 'answer', text: 'Još jedan odgovor na prigovor.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('COMPLAINT_STEP_NOT_ALLOWED');
    const late = await app.inject({
      method: 'POST',
      url: `/api/complaints/${id}/replies`,
      headers: { authorization: owner.authorization },
      payload: { text: 'Ipak imam još jedno pitanje.' },
    });
    expect(late.statusCode).toBe(409);
  });

  it("lets staff read the customer's complaints through an opened access, and write nothing with it", async () => {
    const id = (await file(owner, billFields(), [photo])).json().id as string;
    const access = await prisma.supportAccess.create({
      data: {
        staffUserId: support.id,
        viewedUserId: owner.id,
        customerId: household.customerId,
        reasonCategory: 'ticket',
        reason: '4711',
        openedAt: testClock.now(),
        expiresAt: new Date(testClock.now().getTime() + 30 * 60_000),
      },
    });
    const viewing = (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: { authorization: support.authorization, 'x-support-access': access.id },
        ...(payload ? { payload } : {}),
      });
    expect((await viewing('GET', '/api/complaints')).json().items.map((c: { id: string }) => c.id)).toContain(
      id,
    );
    expect((await viewing('GET', `/api/complaints/${id}`)).statusCode).toBe(200);
    const reply = await viewing('POST', `/api/complaints/${id}/replies`, { text: 'Napisao radnik podrške.' });
    expect(reply.statusCode).toBe(403);
    expect(reply.json().code).toBe('SUPPORT_ACCESS_READ_ONLY');
  });

  it('lets support read any complaint, audited, and no customer use the staff routes', async () => {
    const id = (await file(owner, billFields())).json().id as string;
    const read = await get(support, `/api/support/complaints/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().username).toBe(owner.username);
    expect(
      await prisma.auditEvent.count({ where: { action: 'support.complaint.read', subjectId: id } }),
    ).toBe(1);
    expect((await get(owner, `/api/support/complaints/${id}`)).statusCode).toBe(403);
  });
});
