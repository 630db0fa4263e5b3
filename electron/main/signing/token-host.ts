// The DesktopHost methods of the USB-token block, answered by the token service. Kept beside the
// service so electron-host.ts only spreads them in.
import type { HostMethods } from '../../../shared/host/contract';
import { ok } from '../../../shared/result';
import type { TokenService } from './token-service';

export type TokenHostMethods = Pick<HostMethods, 'signingTokens' | 'tokenLogin' | 'tokenSign' | 'tokenLogout'>;

export function createTokenHostMethods(tokens: TokenService): TokenHostMethods {
  return {
    signingTokens: () => tokens.listTokens(),
    tokenLogin: (request) => tokens.login(request),
    // The contract refines keyId/keyLabel; dispatchHostCall hands over the parsed request.
    tokenSign: (request) => tokens.sign(request),
    async tokenLogout({ tokenSerial }) {
      await tokens.logout(tokenSerial);
      return ok(null);
    },
  };
}
