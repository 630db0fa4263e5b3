// Asks the host one question when a component appears and keeps the answer for rendering.
import { useEffect, useState } from 'react';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, type Result } from '../../../shared/result';
import { useHost } from './host-context';

/**
 * `ask` must be stable (declared at module level): a new function each render would ask again.
 * Undefined while the answer is on its way.
 */
export function useHostAnswer<T>(ask: (host: DesktopHost) => Promise<Result<T>>): Result<T> | undefined {
  const host = useHost();
  const [answer, setAnswer] = useState<Result<T>>();
  useEffect(() => {
    let wanted = true;
    ask(host).then(
      (result) => wanted && setAnswer(result),
      // Hosts answer with values, but a bug in one must still leave a readable screen.
      () => wanted && setAnswer(err(HostErrorCode.internal, 'Ứng dụng gặp lỗi khi thực hiện thao tác. Vui lòng thử lại.')),
    );
    return () => {
      wanted = false;
    };
  }, [host, ask]);
  return answer;
}
