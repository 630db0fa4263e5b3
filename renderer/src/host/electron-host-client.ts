// The renderer's side of the Electron bridge: calls the preload's `window.desktopHost` and trusts no
// answer until it matches the shared contract, so a faulty or tampered main process cannot hand the
// UI a shape it does not expect.
import { hostContract, hostMethods, type HostMethod, type HostMethods } from '../../../shared/host/contract';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, resultSchema, type Result } from '../../../shared/result';

type BridgeCall = (request: unknown) => Promise<unknown>;

const INVALID_ANSWER = 'Ứng dụng trả về dữ liệu không hợp lệ.';
const CALL_FAILED = 'Ứng dụng gặp lỗi khi thực hiện thao tác. Vui lòng thử lại.';

export function createElectronHostClient(bridge: unknown, log: (message: string) => void = () => {}): DesktopHost {
  const calls = (bridge ?? {}) as Partial<Record<HostMethod, unknown>>;
  const client: Partial<Record<HostMethod, (request: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of hostMethods) {
    const answerSchema = resultSchema(hostContract[method].response);
    client[method] = async (request) => {
      const call = calls[method];
      if (typeof call !== 'function') return err(HostErrorCode.unavailable, CALL_FAILED);
      let answer: unknown;
      try {
        answer = await (call as BridgeCall)(request);
      } catch (error) {
        log(`host ${method}: the bridge failed: ${error instanceof Error ? error.message : String(error)}`);
        return err(HostErrorCode.internal, CALL_FAILED);
      }
      const checked = answerSchema.safeParse(answer);
      if (!checked.success) {
        log(`host ${method}: answer outside the contract`);
        return err(HostErrorCode.invalidResponse, INVALID_ANSWER);
      }
      return checked.data as Result<unknown>;
    };
  }
  // The loop above fills every method of the contract; the compiler cannot follow a loop.
  return { kind: 'electron', ...(client as HostMethods) };
}
