// Registers one ipcMain handler per DesktopHost method, straight from the shared contract: the
// sender is checked, the request validated, the answer validated, and every failure becomes an
// `{ok: false, error}` value instead of a thrown exception in the renderer.
import type { IpcMainInvokeEvent } from 'electron';
import { hostChannel, hostContract, hostMethods, type HostMethod, type HostMethods } from '../../shared/host/contract';
import { HostErrorCode } from '../../shared/host/errors';
import { err, resultSchema, type Result } from '../../shared/result';
import type { IpcSenderEvent } from './sender-check';

export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
};

export type HostHandlers = HostMethods;

export async function dispatchHostCall<M extends HostMethod>(
  method: M,
  handlers: HostHandlers,
  rawRequest: unknown,
  log: (message: string) => void = () => {},
): Promise<Result<unknown>> {
  const { request: requestSchema, response: responseSchema } = hostContract[method];
  const parsed = requestSchema.safeParse(rawRequest);
  if (!parsed.success) {
    log(`ipc ${method}: invalid request: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return err(HostErrorCode.invalidRequest, 'Yêu cầu gửi tới ứng dụng không hợp lệ.');
  }
  let answer: unknown;
  try {
    const handler = handlers[method] as (request: unknown) => Promise<Result<unknown>>;
    answer = await handler(parsed.data);
  } catch (error) {
    log(`ipc ${method}: handler failed: ${error instanceof Error ? error.message : String(error)}`);
    return err(HostErrorCode.internal, 'Ứng dụng gặp lỗi khi thực hiện thao tác. Vui lòng thử lại.');
  }
  // The whole answer is checked, not only a success's value: a handler that returns something that
  // is not a Result (or an error without a code) must not reach the renderer, nor throw here.
  const checked = resultSchema(responseSchema).safeParse(answer);
  if (!checked.success) {
    log(`ipc ${method}: handler answered outside the contract`);
    return err(HostErrorCode.invalidResponse, 'Ứng dụng trả về dữ liệu không hợp lệ.');
  }
  return checked.data;
}

export function registerHostHandlers(
  ipcMain: IpcMainLike,
  handlers: HostHandlers,
  isTrustedSender: (event: IpcSenderEvent) => boolean,
  log: (message: string) => void = () => {},
): () => void {
  for (const method of hostMethods) {
    ipcMain.handle(hostChannel(method), async (event, rawRequest) => {
      if (!isTrustedSender(event as unknown as IpcSenderEvent)) {
        log(`ipc ${method}: refused a sender that is not our main frame`);
        return err(HostErrorCode.forbiddenSender, 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.');
      }
      return dispatchHostCall(method, handlers, rawRequest, log);
    });
  }
  return () => hostMethods.forEach((method) => ipcMain.removeHandler(hostChannel(method)));
}
