// English sentences of the demo screens; typed by the Vietnamese ones.
import type { demoVi } from './demo.vi';

export const demoEn: Record<keyof typeof demoVi, string> = {
  'demo.title': 'Demo data',
  'demo.explain':
    'The demo data looks real but is entirely invented (applicants, citizen IDs and tax codes are made up), it comes from a fixed seed so every load is the same, and the performance benchmarks use this very generator.',
  'demo.count': 'Number of dossiers',
  'demo.count.missing': 'Enter how many dossiers to load.',
  'demo.count.notWhole': 'The number of dossiers is a positive whole number, for example 1000.',
  'demo.count.outOfRange': 'The number of dossiers must be from 1 to {max}.',
  'demo.load': 'Load demo data',
  'demo.progressLabel': 'Demo data loading progress',
  'demo.loading': 'Loading {done}/{total} dossiers…',
  'demo.done': 'Loaded {n} dossiers',
  'demo.failed': 'The demo data could not be loaded. Check the storage on this computer and try again.',
  'demo.storage.nearlyFull': 'Storage nearly full ({percent}%)',
  'demo.storage.short': 'Storage {percent}%',
  'demo.storage.detail': 'More than 80% of the space the browser allows is used: new dossiers and files may fail to save. Open Settings for details.',
} as const;
