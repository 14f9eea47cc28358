// The portfolio page's app, loaded with the first files: it starts the worker, hands it the files' bytes, and renders
// what the worker answers. Everything stays in this tab: the worker is one of the page's own files, downloads are
// Blob URLs, nothing is sent anywhere.
import { render } from 'preact';
import { fill, progressText } from './fill.js';
import { Page } from './Page.js';
import {
  type CustomerDetail,
  type FileBytes,
  type FromWorker,
  NEEDS_PAGE,
  type NeedView,
  type Overview,
  PROBLEMS_PAGE,
  ROWS_PAGE,
  type RowList,
  type Stage,
  type ToWorker,
  type TypedFacts,
} from './protocol.js';
import type { PageWords } from './strings.js';

type Request = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export interface PageState {
  overview: Overview | null;
  /** The page of missing facts shown (the overview brings the first). */
  needs: { from: number; items: NeedView[] };
  busy: boolean;
  progress: { stage: Stage; done: number; total: number } | null;
  error: string;
  details: ReadonlyMap<string, CustomerDetail | null | 'loading'>;
  notice: string;
}

export interface Actions {
  fill(facts: TypedFacts[]): void;
  needsPage(from: number): void;
  moreProblems(file: string): void;
  open(tenantId: string): void;
  moreRows(tenantId: string, list: RowList): void;
  close(tenantId: string): void;
  download(what: 'plan-csv' | 'book-json'): void;
  startOver(): void;
}

class Controller {
  private worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: FromWorker) => void>();
  private readonly opened = new Set<string>();
  private state: PageState = {
    overview: null,
    needs: { from: 0, items: [] },
    busy: false,
    progress: null,
    error: '',
    details: new Map(),
    notice: '',
  };
  readonly words: PageWords;
  /** What the page's buttons and forms call, bound to this controller. */
  private readonly actions: Actions = {
    fill: (facts) => void this.fill(facts),
    needsPage: (from) => void this.needsPage(from),
    moreProblems: (file) => void this.moreProblems(file),
    open: (tenantId) => void this.open(tenantId),
    moreRows: (tenantId, list) => void this.moreRows(tenantId, list),
    close: (tenantId) => this.close(tenantId),
    download: (what) => void this.download(what),
    startOver: () => this.startOver(),
  };
  private readonly container: HTMLElement;
  private readonly status: HTMLElement | null;

  constructor(private readonly root: HTMLElement) {
    this.words = JSON.parse(root.querySelector('#pf-words')?.textContent ?? '{}') as PageWords;
    this.container = root.querySelector<HTMLElement>('#pf-app') ?? root;
    this.status = root.querySelector<HTMLElement>('#pf-status');
    this.worker = this.startWorker();
  }

  private startWorker(): Worker {
    // Vite bundles the worker as a file of its own (with core); it is fetched only now, from the page's origin.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || this.words.loadFailed);
    };
    return worker;
  }

  private request(message: Request, transfer: Transferable[] = []): Promise<FromWorker> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...message, id } as ToWorker, transfer);
    });
  }

  private receive(reply: FromWorker) {
    if (reply.kind === 'progress') {
      const stageStarts = this.state.progress?.stage !== reply.stage;
      this.set({ progress: { stage: reply.stage, done: reply.done, total: reply.total } });
      // The live region says each stage once; the bar and its text beside it move with every step.
      if (stageStarts) this.say(progressText(this.words, reply.stage, reply.done, reply.total));
      return;
    }
    const resolve = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.kind === 'failed') this.fail(reply.message);
    resolve?.(reply);
  }

  private fail(message: string) {
    this.set({ busy: false, progress: null, error: fill(this.words.failed, { message }) });
    this.say(this.state.error);
  }

  private say(text: string) {
    if (this.status) this.status.textContent = text;
  }

  private set(change: Partial<PageState>) {
    this.state = { ...this.state, ...change };
    render(<Page state={this.state} words={this.words} actions={this.actions} />, this.container);
  }

  /** A new overview: customers that were open are asked for again (their figures may have changed). */
  private accept(reply: FromWorker, notice = '') {
    if (reply.kind !== 'overview') return;
    const { overview } = reply;
    // Open customers keep their old figures until the new ones arrive: a panel does not close or flicker.
    const details = new Map([...this.state.details].filter(([tenantId]) => this.opened.has(tenantId)));
    // The page of missing facts being worked through stays (its figures come again).
    const from = this.state.needs.from < overview.needsTotal ? this.state.needs.from : 0;
    const needs = { from: 0, items: overview.needs };
    this.set({ overview, needs, busy: false, progress: null, error: '', details, notice });
    if (from > 0) this.needsPage(from);
    const t = this.words;
    this.say(overview.error ?? [notice, fill(t.progress.done, overview.totals)].filter(Boolean).join(' '));
    for (const tenantId of this.opened) this.open(tenantId);
  }

  async addFiles(files: File[], date: string) {
    this.set({ busy: true, error: '', notice: '' });
    try {
      const payload: FileBytes[] = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: await file.arrayBuffer() })),
      );
      const reply = await this.request(
        { kind: 'import', files: payload, date, locale: this.words.locale },
        payload.map((file) => file.bytes),
      );
      this.accept(reply);
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  async setDate(date: string) {
    if (!this.state.overview) return;
    this.set({ busy: true });
    this.accept(await this.request({ kind: 'date', date }));
  }

  async fill(facts: TypedFacts[]) {
    this.set({ busy: true });
    this.accept(await this.request({ kind: 'fill', facts }), this.words.applied);
  }

  async open(tenantId: string) {
    this.opened.add(tenantId);
    if (!this.state.details.has(tenantId)) {
      const details = new Map(this.state.details);
      details.set(tenantId, 'loading');
      this.set({ details });
    }
    const reply = await this.request({ kind: 'customer', tenantId });
    if (reply.kind !== 'customer' || !this.opened.has(tenantId)) return;
    const next = new Map(this.state.details);
    next.set(tenantId, reply.detail);
    this.set({ details: next });
  }

  async needsPage(from: number) {
    const reply = await this.request({ kind: 'needs', from, count: NEEDS_PAGE });
    if (reply.kind === 'needs') this.set({ needs: { from: reply.from, items: reply.needs } });
  }

  async moreProblems(file: string) {
    const group = this.state.overview?.problems.find((g) => g.file === file);
    if (!group) return;
    const reply = await this.request({ kind: 'problems', file, from: group.items.length, count: PROBLEMS_PAGE * 4 });
    const overview = this.state.overview;
    const now = overview?.problems.find((g) => g.file === file);
    if (reply.kind !== 'problems' || !overview || !now || now.items.length !== reply.from) return;
    const problems = overview.problems.map((g) => (g === now ? { ...g, items: [...g.items, ...reply.items] } : g));
    this.set({ overview: { ...overview, problems } });
  }

  /** The next window of a customer's reservations (or units not placed), added below the ones shown. */
  async moreRows(tenantId: string, list: RowList) {
    const shown = this.state.details.get(tenantId);
    if (!shown || shown === 'loading') return;
    const from = shown[list].length;
    const reply = await this.request({ kind: 'rows', tenantId, list, from, count: ROWS_PAGE });
    const now = this.state.details.get(tenantId);
    if (reply.kind !== 'rows' || !now || now === 'loading' || now[list].length !== reply.from) return;
    const details = new Map(this.state.details);
    details.set(
      tenantId,
      reply.list === 'unplaced'
        ? { ...now, unplaced: [...now.unplaced, ...reply.rows] }
        : { ...now, reservations: [...now.reservations, ...reply.rows] },
    );
    this.set({ details });
  }

  close(tenantId: string) {
    this.opened.delete(tenantId);
    const details = new Map(this.state.details);
    details.delete(tenantId);
    this.set({ details });
  }

  async download(what: 'plan-csv' | 'book-json') {
    const reply = await this.request({ kind: 'export', what });
    if (reply.kind !== 'export') return;
    const url = URL.createObjectURL(new Blob([reply.text], { type: reply.type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = reply.name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled; the URL is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  startOver() {
    this.worker.terminate();
    for (const resolve of this.pending.values()) resolve({ kind: 'failed', id: 0, message: '' });
    this.pending.clear();
    this.opened.clear();
    this.worker = this.startWorker();
    this.set({
      overview: null,
      needs: { from: 0, items: [] },
      busy: false,
      progress: null,
      error: '',
      details: new Map(),
      notice: '',
    });
    this.say('');
    this.root.querySelector<HTMLInputElement>('#pf-files')?.focus();
  }
}

let controller: Controller | undefined;

export function addFiles(root: HTMLElement, files: File[], date: string) {
  controller ??= new Controller(root);
  return controller.addFiles(files, date);
}

export function setDate(date: string) {
  return controller?.setDate(date);
}
