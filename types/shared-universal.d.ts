// Globals that exist in every place shared/ runs (browsers, workers, Node, Electron main), declared
// for the shared/ type check only, which loads neither the DOM nor Node typings on purpose.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly hash: string;
  readonly host: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly password: string;
  readonly pathname: string;
  readonly port: string;
  readonly protocol: string;
  readonly search: string;
  readonly username: string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
// WebCrypto and fetch, as far as shared/signing uses them (hashing, RSA signatures, the RFC 3161
// timestamp request); every runtime shared/ targets has them natively.
type BufferSource = ArrayBuffer | ArrayBufferView;
interface CryptoKey {
  readonly type: string;
  readonly algorithm: { name: string };
}
interface SubtleCrypto {
  digest(algorithm: string | { name: string }, data: BufferSource): Promise<ArrayBuffer>;
  importKey(format: 'pkcs8' | 'spki', keyData: BufferSource, algorithm: { name: string; hash?: string; namedCurve?: string }, extractable: boolean, usages: string[]): Promise<CryptoKey>;
  sign(algorithm: string | { name: string }, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(algorithm: string | { name: string; hash?: string }, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}
declare const crypto: { readonly subtle: SubtleCrypto; getRandomValues<T extends ArrayBufferView>(array: T): T };
declare function fetch(
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: Uint8Array; signal?: unknown },
): Promise<{ readonly ok: boolean; readonly status: number; readonly headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>;
declare const AbortSignal: { timeout(ms: number): unknown };
declare function btoa(data: string): string;
declare function atob(data: string): string;
