// The benchmark page: the renderer's real store code (DeskStore, Dexie, list index), its sync engine
// (sync.dom.ts), the report counting (reports.dom.ts), the database-encryption comparison
// (encryption.dom.ts) and the shared demo generator, driven from bench/store.bench.ts,
// bench/sync.bench.ts, bench/reports.bench.ts and bench/security.bench.ts through window.deskBench.
import '../../renderer/src/zod-without-eval';
import Dexie from 'dexie';
import { iterateDemoDossiers, type DemoDossier } from '../../shared/domain/demo/generate';
import { demoStaff } from '../../shared/domain/demo/staff';
import type { DossierIntake } from '../../shared/domain/dossiers/dossier';
import type { DossierFilter, DossierSort } from '../../renderer/src/dossiers/list-index';
import { importDossiers } from '../../renderer/src/store/bulk-import';
import { DeskDatabase } from '../../renderer/src/store/database';
import { DeskStore } from '../../renderer/src/store/desk-store';
import { backupBench } from './backup.dom';
import { encryptionBench } from './encryption.dom';
import { openRawDesk, putRaw } from './raw-store.dom';
import { reportsBench } from './reports.dom';
import { syncBench } from './sync.dom';

const NOW = '2026-11-20T03:00:00.000Z';
let store: DeskStore;

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

const bench = {
  /**
   * Imports `count` generated dossiers with their events through importDossiers, and the same rows
   * with plain bulkPut into a second database; generation is outside both timings.
   */
  async importAll(count: number, seed: number) {
    await Dexie.delete('bench-desk');
    await Dexie.delete('bench-raw');
    const db = new DeskDatabase('bench-desk');
    const raw = openRawDesk('bench-raw');
    store = new DeskStore({ db, now: () => NOW });
    let importMs = 0;
    let rawMs = 0;
    let dossiers = 0;
    let events = 0;
    let chunk: DemoDossier[] = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      const items = chunk;
      chunk = [];
      importMs += (await timeAsync(() => importDossiers(db, items, { total: items.length, batchSize: items.length })))[1];
      rawMs += await putRaw(raw, items);
      dossiers += items.length;
      events += items.reduce((n, i) => n + i.events.length, 0);
    };
    for (const item of iterateDemoDossiers(seed, count, { catalogue: store.catalogue, calendar: store.calendar, now: NOW })) {
      chunk.push(item);
      if (chunk.length === 2000) await flush();
    }
    await flush();
    raw.close();
    await Dexie.delete('bench-raw');
    return { importMs, rawMs, dossiers, events };
  },

  async loadList() {
    return (await timeAsync(() => store.load()))[1];
  },

  /** Every filter and sort the list offers, first page each, `rounds` times. */
  firstPages(rounds: number) {
    const procedures = store.catalogue.procedures.map((p) => p.code);
    const staff = demoStaff(store.catalogue);
    const filters: DossierFilter[] = [
      {},
      ...[1, 2, 4, 5, 6, 9, 10].map((s) => ({ statuses: [s] })),
      { statuses: [2, 4, 5] },
      ...procedures.slice(0, 6).map((procedureCode) => ({ procedureCode })),
      ...store.catalogue.fields.map((f) => ({ fieldCode: f.code })),
      { assigneeId: 'unassigned' },
      ...staff.filter((o) => o.role === 'specialist').slice(0, 4).map((o) => ({ assigneeId: o.id })),
      { due: 'overdue' },
      { due: 'due-soon' },
      ...(['online', 'counter', 'postal'] as const).map((channel) => ({ channel })),
      { statuses: [4], due: 'overdue', channel: 'online' },
    ];
    const sorts: DossierSort[] = (['dueDate', 'receivedAt', 'code', 'updatedAt'] as const).flatMap((key) => [
      { key, direction: 'asc' as const },
      { key, direction: 'desc' as const },
    ]);
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) for (const filter of filters) for (const sort of sorts) samples.push(time(() => store.query(filter, sort))[1]);
    const facetSamples = Array.from({ length: 20 }, () => time(() => store.facets())[1]);
    return { samples, combinations: filters.length * sorts.length, facetSamples };
  },

  /** Accent-insensitive searches as officers type them, to the first 50 hits. */
  search(rounds: number) {
    const sample = store.query({}, { key: 'code', direction: 'asc' }, 5000, 40).rows;
    const queries = [
      'nguyen', 'tran thi', 'Lê Văn', 'pham', 'hoang anh', 'dang ky', 'chuyen giao cong nghe', 'nhan hieu', 'buc xa', 'cong ty',
      ...sample.slice(0, 10).map((r) => r.code),
      ...sample.slice(10, 20).map((r) => r.applicantIdNumber.slice(0, 8)),
      ...sample.slice(20, 30).map((r) => r.applicantName.split(' ').slice(-2).join(' ')),
    ];
    const samples: number[] = [];
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        const [page, ms] = time(() => store.query({ query }, { key: 'dueDate', direction: 'asc' }, 0, 50));
        samples.push(ms);
        hits += page.rows.length;
      }
    }
    return { samples, queries: queries.length, averageHits: hits / samples.length };
  },

  async open(count: number) {
    const rows = store.query({}, { key: 'updatedAt', direction: 'desc' }, 0, 100_000).rows;
    const samples: number[] = [];
    let events = 0;
    for (let i = 0; i < count; i++) {
      const row = rows[(i * 7919) % rows.length]!;
      const [opened, ms] = await timeAsync(() => store.open(row.id));
      samples.push(ms);
      events += opened?.events.length ?? 0;
    }
    return { samples, averageEvents: events / count };
  },

  /** Counter intake then assignment, each one transaction with event, projection and outbox entry. */
  async actions(count: number) {
    const unit = 'CUDCN';
    const staff = demoStaff(store.catalogue).filter((o) => o.unitCode === unit);
    const clerk = staff.find((o) => o.role === 'clerk')!;
    const head = staff.find((o) => o.role === 'head')!;
    const specialist = staff.find((o) => o.role === 'specialist')!;
    const procedure = store.catalogue.procedures.find((p) => p.unitCode === unit && p.applicantKinds.includes('person'))!;
    const draft: Omit<DossierIntake, 'code'> = {
      procedureCode: procedure.code,
      channel: 'counter',
      applicant: { kind: 'person', name: 'Nguyễn Văn Bình', idNumber: '001190012345', phone: '0912345678', email: '', address: 'Hà Nội' },
      summary: 'Đăng ký chuyển giao công nghệ sản xuất phân bón hữu cơ',
      documents: procedure.components.map((c) => ({ componentCode: c.code, originals: c.originals, copies: c.copies })),
    };
    const intake: number[] = [];
    const assign: number[] = [];
    for (let i = 0; i < count; i++) {
      const [received, ms] = await timeAsync(() => store.intake(draft, [], clerk));
      if (!received.ok) throw new Error(received.error.message);
      intake.push(ms);
      const command = { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: specialist.role } };
      const [assigned, ms2] = await timeAsync(() => store.act(received.value.dossier.id, command, head));
      if (!assigned.ok) throw new Error(assigned.error.message);
      assign.push(ms2);
    }
    return { intake, assign };
  },

  async memoryMB() {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : -1;
  },
};

(globalThis as unknown as { deskBench: typeof bench & typeof syncBench & typeof reportsBench & typeof encryptionBench & typeof backupBench }).deskBench = {
  ...bench,
  ...syncBench,
  ...reportsBench,
  ...encryptionBench,
  ...backupBench,
};
document.getElementById('status')!.textContent = 'benchmarks loaded';
