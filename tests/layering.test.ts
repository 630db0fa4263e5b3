// Proves the layering rules in eslint.config.js fire: each forbidden import, placed in a file of
// the layer it would break, is reported; the allowed ones are not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ['renderer/src/fixture.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/fixture.tsx', "import fs from 'node:fs';\nexport const x = fs;"],
    ['renderer/src/fixture.ts', "import path from 'path';\nexport const x = path;"],
    ['renderer/src/fixture.ts', "import { createMainWindow } from '../../electron/main/main-window';\nexport const x = createMainWindow;"],
    ['shared/fixture.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/fixture.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;"],
    ['shared/fixture.ts', "import Dexie from 'dexie';\nexport const x = Dexie;"],
    ['shared/fixture.ts', "import { pickHost } from '../renderer/src/host/pick-host';\nexport const x = pickHost;"],
    ['shared/fixture.ts', 'export const x = () => window.location.href;'],
    ['shared/fixture.ts', 'export const x = () => process.env;'],
    ['electron/main/fixture.ts', "import { App } from '../../renderer/src/App';\nexport const x = App;"],
    ['portal/fixture.ts', "import { app } from 'electron';\nexport const x = app;"],
  ])('%s may not contain: %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/fixture.ts', "import { hostContract } from '../../shared/host/contract';\nexport const x = hostContract;"],
    ['electron/main/fixture.ts', "import { readFile } from 'node:fs/promises';\nimport { app } from 'electron';\nexport const x = [readFile, app];"],
    ['shared/fixture.ts', "import { z } from 'zod';\nexport const x = z;"],
  ])('%s may contain: %s', async (filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });

  it('explains the rule in the message an engineer sees', async () => {
    const [message] = await layeringErrors('renderer/src/fixture.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;");
    expect(message).toContain('DesktopHost');
  });
});
