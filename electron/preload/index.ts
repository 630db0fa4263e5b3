// The one bridge between the sandboxed renderer and the main process: exposes exactly the
// DesktopHost methods (derived from the shared contract) and nothing else — no ipcRenderer,
// no process, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { hostChannel, hostMethodNames } from '../../shared/host/channels';
import { DESKTOP_HOST_GLOBAL } from '../../shared/host/desktop-host';

export function buildPreloadApi(invoke: (channel: string, request: unknown) => Promise<unknown>) {
  const api: Record<string, unknown> = { kind: 'electron' };
  for (const method of hostMethodNames) {
    api[method] = (request?: unknown) => invoke(hostChannel(method), request);
  }
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld(
  DESKTOP_HOST_GLOBAL,
  buildPreloadApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
