// Test support: electron-updater's HTTP layer over Node's http module instead of Chromium's net
// (which needs a running Electron). Everything above it — GenericProvider, the sha512 check, the
// download cache — is electron-updater's own code. A proxy may be named, as Chromium would use one.
import { request, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';

export class LoopbackExecutor extends HttpExecutor<ClientRequest> {
  constructor(private readonly proxy?: { host: string; port: number }) {
    super();
  }

  // As ElectronHttpExecutor.download does over Chromium's net: the shared download machinery
  // (sha512 check included) with this executor's requests.
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      const downloader = this as unknown as { doDownload(o: unknown, d: unknown, redirects: number): void };
      downloader.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error: Error | null) => (error ? reject(error) : resolve(destination)), responseHandler: null },
        0,
      );
    });
  }

  createRequest(options: RequestOptions & { protocol?: string }, callback: (response: IncomingMessage) => void): ClientRequest {
    if (!this.proxy) return request(options, callback);
    // A forward proxy is asked for the absolute URL.
    const target = `${options.protocol ?? 'http:'}//${options.hostname ?? options.host}:${options.port}${options.path ?? '/'}`;
    return request({ ...options, hostname: this.proxy.host, host: this.proxy.host, port: this.proxy.port, path: target }, callback);
  }
}
