// Who may call the DesktopHost: only the main frame of our own window, on app://desk (or on the
// dev server, when it is listed as one of our origins in development).
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../shared/app-identity';
import { createSenderCheck, type IpcSenderEvent } from './sender-check';

type Frame = { url: string; parent: Frame | null };

/** An IPC event sent by the main frame of a window showing `url`. */
function fromMainFrame(url: string): IpcSenderEvent {
  const frame: Frame = { url, parent: null };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

/** An IPC event sent by an iframe at `url` inside our app://desk main frame. */
function fromSubframe(url: string): IpcSenderEvent {
  const mainFrame: Frame = { url: 'app://desk/index.html', parent: null };
  return { senderFrame: { url, parent: mainFrame }, sender: { mainFrame } };
}

/** The default check: app://desk only. */
const isTrustedSender = createSenderCheck();

describe('the IPC sender check', () => {
  it.each(['app://desk/index.html', 'app://desk/', 'app://desk/index.html?tab=sync#top'])('lets our main frame on %s call the host', (url) => {
    expect(isTrustedSender(fromMainFrame(url))).toBe(true);
  });

  it('a subframe cannot call the host, even one on app://desk', () => {
    expect(isTrustedSender(fromSubframe('app://desk/preview.html'))).toBe(false);
    expect(isTrustedSender(fromSubframe('https://evil.example/'))).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example/',
    'file:///C:/Users/officer/Downloads/page.html',
    'app://other/index.html',
    'app://desk.evil.example/index.html',
    'app://desktop/index.html',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'devtools://devtools/bundled/inspector.html',
  ])('a main frame on another origin (%s) cannot call the host', (url) => {
    expect(isTrustedSender(fromMainFrame(url))).toBe(false);
  });

  it('a destroyed or navigated-away frame (null senderFrame) cannot call the host', () => {
    const mainFrame: Frame = { url: 'app://desk/index.html', parent: null };
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } })).toBe(false);
    expect(isTrustedSender({ senderFrame: undefined, sender: { mainFrame } })).toBe(false);
  });

  it('a top-level frame that is not the sender’s main frame cannot call the host', () => {
    const other: Frame = { url: 'app://desk/index.html', parent: null };
    const mainFrame: Frame = { url: 'app://desk/index.html', parent: null };
    expect(isTrustedSender({ senderFrame: other, sender: { mainFrame } })).toBe(false);
  });

  it('a frame that has a parent is refused even if it is reported as the main frame (defence in depth)', () => {
    const top: Frame = { url: 'app://desk/index.html', parent: null };
    const nested: Frame = { url: 'app://desk/index.html', parent: top };
    expect(isTrustedSender({ senderFrame: nested, sender: { mainFrame: nested } })).toBe(false);
  });

  it.each(['', 'not a url', 'app//desk/index.html', '://desk'])('a frame with a malformed URL (%j) cannot call the host', (url) => {
    expect(isTrustedSender(fromMainFrame(url))).toBe(false);
  });

  it('the dev server is trusted only when it is listed', () => {
    const devServer = 'http://localhost:5173';
    expect(isTrustedSender(fromMainFrame(`${devServer}/index.html`))).toBe(false);
    const inDevelopment = createSenderCheck([APP_ORIGIN, devServer]);
    expect(inDevelopment(fromMainFrame(`${devServer}/index.html`))).toBe(true);
    expect(inDevelopment(fromMainFrame('app://desk/index.html'))).toBe(true);
    expect(inDevelopment(fromMainFrame('http://localhost:5174/index.html'))).toBe(false);
    expect(inDevelopment(fromMainFrame('https://localhost:5173/index.html'))).toBe(false);
  });

  it('trusts nothing when no origin is listed', () => {
    expect(createSenderCheck([])(fromMainFrame('app://desk/index.html'))).toBe(false);
  });
});
