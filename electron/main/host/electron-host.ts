// The DesktopHost answered by the main process: each method adapts one OS service.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { MAX_CHOSEN_FILE_BYTES, type HostMethods } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { isAllowedExternalUrl } from '../../../shared/host/external-links';
import { err, ok } from '../../../shared/result';
import { createTokenHostMethods } from '../signing/token-host';
import type { TokenService } from '../signing/token-service';
import type { createSecretStore } from './secret-store';
import type { createUpdateService } from './update-service';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.p12': 'application/x-pkcs12',
  '.pfx': 'application/x-pkcs12',
};

export type ElectronHostDeps = {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openExternal'>;
  window: () => BrowserWindow | null;
  appInfo: { name: string; version: string; platform: string; locale: string };
  secrets: ReturnType<typeof createSecretStore>;
  updates: ReturnType<typeof createUpdateService>;
  /** PKCS#11 USB tokens (electron/main/signing). */
  tokens: TokenService;
};

export function createElectronHost(deps: ElectronHostDeps): HostMethods {
  return {
    async getAppInfo() {
      return ok({ ...deps.appInfo, host: 'electron' as const });
    },
    async openFile(request) {
      const window = deps.window();
      const options = { title: request.title, properties: ['openFile' as const], filters: request.filters };
      const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      const limit = request.maxBytes ?? MAX_CHOSEN_FILE_BYTES;
      try {
        const info = await stat(filePath);
        if (info.size > limit) {
          return err(HostErrorCode.fileTooLarge, `Tệp quá lớn (${Math.ceil(info.size / 1048576)} MB); giới hạn là ${Math.floor(limit / 1048576)} MB.`);
        }
        const bytes = new Uint8Array(await readFile(filePath));
        const name = path.basename(filePath);
        return ok({ name, size: bytes.byteLength, type: MIME_BY_EXTENSION[path.extname(name).toLowerCase()] ?? '', bytes });
      } catch {
        return err(HostErrorCode.fileUnreadable, 'Không đọc được tệp đã chọn. Kiểm tra quyền truy cập hoặc chọn tệp khác.');
      }
    },
    async saveFile(request) {
      const window = deps.window();
      const options = { defaultPath: request.suggestedName, filters: request.filters };
      const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok({ saved: false });
      await writeFile(choice.filePath, request.bytes);
      return ok({ saved: true, fileName: path.basename(choice.filePath) });
    },
    getSecret: ({ key }) => deps.secrets.get(key),
    setSecret: ({ key, value }) => deps.secrets.set(key, value),
    deleteSecret: ({ key }) => deps.secrets.delete(key),
    deleteAllSecrets: () => deps.secrets.deleteAll(),
    // No key source is configured until the signing issue (#5) adds PKCS#12 files and PKCS#11 tokens.
    async listSigningKeys() {
      return ok([]);
    },
    async getUpdateStatus() {
      return ok(deps.updates.status());
    },
    checkForUpdates: () => deps.updates.check(),
    async installUpdate() {
      return deps.updates.install();
    },
    setUpdateChannel: ({ channel }) => deps.updates.setChannel(channel),
    async setRestartBlockers({ blockers }) {
      return deps.updates.setBlockers(blockers);
    },
    setUpdatePolicy: (policy) => deps.updates.setPolicy(policy),
    async openExternal({ url }) {
      if (!isAllowedExternalUrl(url)) {
        return err(HostErrorCode.notAllowed, 'Liên kết này không nằm trong danh sách được phép mở.');
      }
      await deps.shell.openExternal(url);
      return ok(null);
    },
    ...createTokenHostMethods(deps.tokens),
  };
}
