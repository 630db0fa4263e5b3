// Which problem an updater failure is, whether it comes from Chromium's net (the app) or Node (tests).
import { describe, expect, it } from 'vitest';
import { classifyUpdateError, problemMessages, UpdateRefused } from './update-problems';

const withCode = (message: string, code: string, statusCode?: number) => Object.assign(new Error(message), { code, statusCode });

describe('an updater failure', () => {
  it.each<[string, unknown, string]>([
    ['a sha512 mismatch', withCode('sha512 checksum mismatch, expected abc, got def', 'ERR_CHECKSUM_MISMATCH'), 'checksum'],
    ['an unsigned installer', withCode('New version 0.2.0 is not signed by the application owner', 'ERR_UPDATER_INVALID_SIGNATURE'), 'signature'],
    ['unparseable YAML', withCode('Cannot parse update info from latest.yml', 'ERR_UPDATER_INVALID_UPDATE_INFO'), 'metadata'],
    ['Chromium: proxy down', new Error('net::ERR_PROXY_CONNECTION_FAILED'), 'proxy'],
    ['Chromium: tunnel refused', new Error('net::ERR_TUNNEL_CONNECTION_FAILED'), 'proxy'],
    ['a proxy asking for credentials', withCode('HTTP error: Proxy Authentication Required', 'HTTP_ERROR_407', 407), 'proxy'],
    ['Chromium: offline', new Error('net::ERR_INTERNET_DISCONNECTED'), 'offline'],
    ['Chromium: unknown host', new Error('net::ERR_NAME_NOT_RESOLVED'), 'offline'],
    ['Node: connection refused', withCode('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED'), 'offline'],
    ['a server error', withCode('HTTP error: Internal Server Error', 'HTTP_ERROR_500', 500), 'server'],
    ['a missing channel file', withCode('Cannot find channel "pilot.yml" update info', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'), 'server'],
    ['something else', 'a string thrown', 'unknown'],
  ])('%s is "%s"', (_what, error, problem) => {
    expect(classifyUpdateError(error).problem).toBe(problem);
  });

  it('keeps only the first line of electron-updater\'s long messages for the log', () => {
    const { reason } = classifyUpdateError(withCode('Cannot parse update info\nrawData: <html>…', 'ERR_UPDATER_INVALID_UPDATE_INFO'));
    expect(reason).toBe('ERR_UPDATER_INVALID_UPDATE_INFO: Cannot parse update info');
  });

  it('passes our own refusals through with their reason', () => {
    expect(classifyUpdateError(new UpdateRefused('otherHost', 'points to http://evil.example/'))).toEqual({ problem: 'otherHost', reason: 'points to http://evil.example/' });
  });

  it('has a Vietnamese sentence for every problem', () => {
    for (const sentence of Object.values(problemMessages)) expect(sentence).toMatch(/[ăâđêôơư]/);
  });
});
