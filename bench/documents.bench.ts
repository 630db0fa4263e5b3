// PDF generation speed in Node, warm (fonts parsed once): a two-page Decree 30 decision rendered
// again and again, and a batch of 1,000 decisions drafted from different demo dossiers.
import os from 'node:os';
import { loadDocumentFonts } from '../scripts/documents/node-fonts';
import { buildDecisionDraft, layoutOf, renderDocument, type DecisionDraft, type DocumentFonts } from '../shared/documents';
import { fontMetrics } from '../shared/documents/fonts';
import { paginate } from '../shared/documents/layout/paginate';
import { sampleContext } from '../shared/documents/sample-documents';
import { vietnamWorkingCalendar } from '../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../shared/domain/demo/generate';
import { decision572 } from '../tests/documents/fixtures';
import { percentile, round, type Benchmark } from './lib/types';

const WARM_RUNS = 200;
const BATCH = 1_000;

/** A demo dossier's decision with the first part of the 572 plan as its Điều 1: two A4 pages. */
function twoPages(draft: DecisionDraft): DecisionDraft {
  const plan = decision572().articles[0]!.paragraphs.slice(1, 10);
  const [first, ...rest] = draft.articles;
  return { ...draft, articles: [{ paragraphs: [...first!.paragraphs, ...plan] }, ...rest] };
}

function decisionDrafts(count: number): DecisionDraft[] {
  const options = { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: '2026-03-16T03:00:00.000Z' };
  const drafts: DecisionDraft[] = [];
  for (const item of iterateDemoDossiers(5, count * 2, options)) {
    if (!item.dossier.receivedAt) continue;
    const draft = buildDecisionDraft(item.dossier, { ...sampleContext(item), number: drafts.length + 1 });
    if (!draft.ok) throw new Error(draft.error.message);
    drafts.push(twoPages(draft.value));
    if (drafts.length === count) break;
  }
  return drafts;
}

async function render(draft: DecisionDraft, fonts: DocumentFonts): Promise<number> {
  const result = await renderDocument(draft, fonts);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.length;
}

const decision: Benchmark = {
  name: 'pdf.decision',
  description: `Two-page decision to PDF in Node: ${WARM_RUNS} warm renders of one draft, then a batch of ${BATCH.toLocaleString('en')} drafts.`,
  async run() {
    const fonts = await loadDocumentFonts();
    const drafts = decisionDrafts(BATCH);
    const pages = drafts.slice(0, 50).map((d) => {
      const laid = paginate(layoutOf(d), fontMetrics(fonts));
      return laid.ok ? laid.value.length : 0;
    });
    const one = drafts[0]!;
    for (let i = 0; i < 20; i++) await render(one, fonts);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < WARM_RUNS; i++) {
      const started = performance.now();
      bytes = await render(one, fonts);
      samples.push(performance.now() - started);
    }
    const started = performance.now();
    // CPU time too: on a shared machine wall time says as much about the neighbours as about us.
    const cpu = process.cpuUsage();
    let batchBytes = 0;
    for (const draft of drafts) batchBytes += await render(draft, fonts);
    const batchMs = performance.now() - started;
    const batchCpu = process.cpuUsage(cpu);
    return {
      'pdf.decision.warm.ms': {
        value: round(percentile(samples, 50)),
        unit: 'ms',
        target: '≤ 20',
        p95: round(percentile(samples, 95)),
        pages: pages[0],
        kilobytes: round(bytes / 1024, 1),
      },
      'pdf.decision.batch.docsPerSec': {
        value: round((drafts.length / batchMs) * 1000, 1),
        unit: 'docs/s',
        target: '≥ 50',
        documents: drafts.length,
        twoPageShare: round(pages.filter((p) => p === 2).length / pages.length),
        averageKilobytes: round(batchBytes / drafts.length / 1024, 1),
        cpuMsPerDoc: round((batchCpu.user + batchCpu.system) / 1000 / drafts.length),
        loadAverage1m: round(os.loadavg()[0]!),
      },
    };
  },
};

export const benchmarks: Benchmark[] = [decision];
