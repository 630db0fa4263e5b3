// Every IPC message must come from our own main frame on app://desk (or, in development only,
// from the electron-vite dev server). Anything else — a subframe, another origin, a navigated
// page — is answered with an error and never reaches a handler.
import { APP_ORIGIN } from '../../shared/app-identity';

export type SenderFrame = { url: string; parent: unknown | null } | null | undefined;
export type IpcSenderEvent = { senderFrame: SenderFrame; sender: { mainFrame: unknown } };

export function createSenderCheck(trustedOrigins: readonly string[] = [APP_ORIGIN]) {
  return function isTrustedSender(event: IpcSenderEvent): boolean {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null || frame !== event.sender.mainFrame) return false;
    let origin: string;
    try {
      const url = new URL(frame.url);
      origin = url.protocol === 'app:' ? `${url.protocol}//${url.host}` : url.origin;
    } catch {
      return false;
    }
    return trustedOrigins.includes(origin);
  };
}
