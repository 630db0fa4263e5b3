// The report worker: counts the local store for Biểu 06 and the Tổng quan charts. It opens
// IndexedDB itself, so 100,000 rows never cross to the UI thread. Exports have their own worker
// (export.worker.ts): Vite bundles a worker as one file, and exceljs and the PDF engine would make
// this one slow to start.
import '../zod-without-eval';
import { DeskDatabase } from '../store/database';
import { countDashboard } from './count-dashboard';
import { countDossiers } from './count-dossiers';
import type { ReportRequest, ReportResponse } from './report-protocol';

const databases = new Map<string, DeskDatabase>();
const databaseNamed = (name: string) => {
  let db = databases.get(name);
  if (!db) databases.set(name, (db = new DeskDatabase(name)));
  return db;
};

const answer = (response: ReportResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });

self.onmessage = async (message: MessageEvent<ReportRequest>) => {
  const request = message.data;
  try {
    if (request.kind === 'count') {
      const { lines, stats } = await countDossiers(databaseNamed(request.databaseName), request, (done, total) => answer({ kind: 'progress', id: request.id, done, total }));
      answer({ kind: 'counted', id: request.id, lines, stats });
    } else if (request.kind === 'dashboard') {
      answer({ kind: 'dashboard', id: request.id, figures: await countDashboard(databaseNamed(request.databaseName), request) });
    } else {
      answer({ kind: 'failed', id: request.id, message: 'Tiến trình đếm hồ sơ không xuất tệp.' });
    }
  } catch (error) {
    answer({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
