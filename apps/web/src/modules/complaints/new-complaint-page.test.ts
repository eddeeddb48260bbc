import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mountApp, problem, sessionAnswer, settle } from '../../testing/mount-app.js';

const pointId = '0196a3c2-7d4e-7f00-8000-0000000000aa';
const billId = '0196a3c2-7d4e-7f00-8000-0000000000bb';
const complaintId = '0196a3c2-7d4e-7f00-8000-0000000000cc';

const points = {
  items: [
    {
      id: pointId,
      nickname: 'Кућа',
      address: { street: 'Главна 1', postalCode: '11000', city: 'Београд' },
    },
  ],
  total: 1,
  page: 1,
  pageSize: 100,
  totalToPay: '0.00',
};

const detail = {
  id: complaintId,
  number: 'P-000007',
  category: 'bill',
  status: 'received',
  meteringPointId: pointId,
  meteringPoint: 'Кућа',
  billId,
  billNumber: '2609-1',
  periodFrom: null,
  periodTo: null,
  receivedOn: '2026-12-07',
  answerDue: '2026-12-15',
  resolutionDue: '2026-12-22',
  updatedAt: '2026-12-07T10:00:00.000Z',
  text: 'The September bill is twice the usual.',
  events: [{ kind: 'filed', text: null, byStaff: false, at: '2026-12-07T10:00:00.000Z' }],
  attachments: [],
};

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

function api(answer: () => Response = () => jsonResponse(detail, 201)) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input).split('?')[0]!;
    const session = sessionAnswer(path);
    if (session) return session;
    sent.push({ method: init?.method ?? 'GET', path, body: init?.body });
    if (path === '/api/metering-points') return jsonResponse(points);
    if (path === '/api/complaints' && init?.method === 'POST') return answer();
    if (path === `/api/complaints/${complaintId}`) return jsonResponse(detail);
    return problem(404, 'NOT_FOUND');
  };
  return {
    fetch,
    sent,
    posts: () => sent.filter((s) => s.method === 'POST' && s.path === '/api/complaints'),
  };
}

const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const textarea = () => find('complaint-text')!.querySelector('textarea')!;

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input'));
  await settle();
}

async function choose(files: File[]) {
  const input = find('complaint-files')!.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}

async function send() {
  find('complaint-send')!.click();
  await settle();
  await settle();
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function open() {
  const mock = api();
  const app = await mountApp(
    `/complaints/new?meteringPointId=${pointId}&billId=${billId}&billNumber=2609-1`,
    'en',
    { fetch: mock.fetch },
  );
  unmount = () => app.wrapper.unmount();
  await settle();
  return { ...app, ...mock };
}

describe('the new complaint form', () => {
  it('comes from the bill page about that bill, and asks for the text before sending anything', async () => {
    const { posts } = await open();
    expect(find('complaint-bill')!.querySelector('input')!.value).toBe('2609-1');
    await send();
    expect(posts()).toHaveLength(0);
    expect(find('complaint-text')!.textContent).toMatch(/required/i);
  });

  it('refuses a file that is not a photo or a PDF before sending', async () => {
    const { posts } = await open();
    await type(textarea(), 'The September bill is twice the usual.');
    await choose([new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    expect(find('complaint-files')!.textContent).toContain('Only JPEG or PNG photos and PDF documents.');
    await send();
    expect(posts()).toHaveLength(0);
  });

  it('sends the fields and the photo as one multipart form and opens the complaint', async () => {
    const { posts, router } = await open();
    await type(textarea(), 'The September bill is twice the usual.');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'meter.jpg', { type: 'image/jpeg' });
    await choose([photo]);
    await send();
    expect(posts()).toHaveLength(1);
    const form = posts()[0]!.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.get('meteringPointId')).toBe(pointId);
    expect(form.get('category')).toBe('bill');
    expect(form.get('billId')).toBe(billId);
    expect(form.get('text')).toBe('The September bill is twice the usual.');
    expect((form.getAll('files')[0] as File).name).toBe('meter.jpg');
    expect(form.has('periodFrom')).toBe(false);
    // the complaint's page is a lazy chunk: on a busy machine its import takes longer than a second
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/complaints/${complaintId}`), {
      timeout: 10_000,
    });
  });

  it("shows the server's refusal of a file above the form", async () => {
    const mock = api(() => problem(415, 'COMPLAINT_ATTACHMENT_TYPE'));
    const app = await mountApp(`/complaints/new?meteringPointId=${pointId}&billId=${billId}`, 'en', {
      fetch: mock.fetch,
    });
    unmount = () => app.wrapper.unmount();
    await settle();
    await type(textarea(), 'The September bill is twice the usual.');
    await choose([new File(['%PDF-'], 'bill.pdf', { type: 'application/pdf' })]);
    await send();
    expect(find('complaint-error')!.textContent).toContain('An attachment can only be a photo');
    expect(app.router.currentRoute.value.path).toBe('/complaints/new');
  });
});
