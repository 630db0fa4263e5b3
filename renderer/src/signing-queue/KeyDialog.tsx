// The one passphrase/PIN entry of a signing session, then whose certificate it is, before anything
// is signed. With the session already open it goes straight to the certificate and the question.
import { useEffect, useState, type FormEvent } from 'react';
import type { SigningToken } from '../../../shared/host/signing-token';
import { formatVietnamDay } from '../dossiers/format';
import { ModalDialog } from '../forms/ModalDialog';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { DEFAULT_IDLE_LOCK_MS, type UnlockedKey } from '../signing/signing-session';
import { useSigningSession } from '../signing/session-instance';
import { signerCertificates } from '../signing/token-signer';
import { errorText } from './error-text';

type Props = { open: boolean; count: number; onClose(): void; onConfirm(key: UnlockedKey): void };

export function CertificateFacts({ certificate }: { certificate: UnlockedKey['certificate'] }) {
  const t = useT();
  return (
    <dl className="dialog__facts" data-testid="signing-certificate">
      <dt>{t('signing.cert.subject')}</dt>
      <dd>{certificate.subject.commonName ?? certificate.subject.text}</dd>
      {certificate.subject.organization && (
        <>
          <dt>{t('signing.cert.organization')}</dt>
          <dd>{certificate.subject.organization}</dd>
        </>
      )}
      <dt>{t('signing.cert.issuer')}</dt>
      <dd>{certificate.issuer.commonName ?? certificate.issuer.text}</dd>
      <dt>{t('signing.cert.validity')}</dt>
      <dd>{t('signing.cert.validityValue', { from: formatVietnamDay(certificate.validFrom), to: formatVietnamDay(certificate.validTo) })}</dd>
      <dt>{t('signing.cert.serial')}</dt>
      <dd className="signing-serial">{certificate.serialNumber}</dd>
    </dl>
  );
}

function TokenChoice({ onChoose }: { onChoose(choice: { tokenSerial: string; keyId: string; label: string; tokenLabel: string } | null): void }) {
  const t = useT();
  const host = useHost();
  const [tokens, setTokens] = useState<SigningToken[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let wanted = true;
    void host.signingTokens(undefined).then((answer) => {
      if (!wanted) return;
      setTokens(answer.ok ? answer.value : []);
      setProblem(answer.ok ? null : answer.error.message);
    });
    return () => {
      wanted = false;
    };
  }, [host, reload]);

  const options = (tokens ?? []).flatMap((token) => signerCertificates(token).map((certificate) => ({ token, certificate, value: `${token.serial}|${certificate.keyId}|${certificate.label}` })));
  return (
    <div className="field">
      <label className="field__label" htmlFor="signing-token">
        {t('signing.key.token')}
      </label>
      {tokens === null && <p className="field__hint">{t('signing.key.loadingTokens')}</p>}
      {tokens !== null && options.length > 0 && (
        <select
          id="signing-token"
          className="input"
          defaultValue=""
          onChange={(event) => {
            const found = options.find((option) => option.value === event.target.value);
            onChoose(found ? { tokenSerial: found.token.serial, keyId: found.certificate.keyId, label: found.certificate.label, tokenLabel: found.token.label } : null);
          }}
        >
          <option value="" disabled />
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {t('signing.key.tokenOption', { token: option.token.label, subject: option.certificate.subject })}
            </option>
          ))}
        </select>
      )}
      {tokens !== null && options.length === 0 && <p className="field__hint">{problem ?? t('signing.key.noTokens')}</p>}
      <button type="button" className="button button--small" onClick={() => setReload((n) => n + 1)}>
        {t('signing.key.reloadTokens')}
      </button>
    </div>
  );
}

export function KeyDialog({ open, count, onClose, onConfirm }: Props) {
  const t = useT();
  const host = useHost();
  const session = useSigningSession();
  const key = session.state((state) => state.key);
  const [source, setSource] = useState<'pkcs12' | 'pkcs11'>('pkcs12');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  // Lives only in this form's state while the dialog is open; cleared as soon as it is used.
  const [secret, setSecret] = useState('');
  const [token, setToken] = useState<{ tokenSerial: string; keyId: string; label: string; tokenLabel: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setSecret('');
    setFile(null);
    setProblem(null);
    onClose();
  };

  async function chooseFile() {
    const chosen = await host.openFile({ title: t('signing.key.chooseFile'), filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }], maxBytes: 1024 * 1024 });
    if (!chosen.ok) return setProblem(chosen.error.message);
    if (chosen.value) setFile({ name: chosen.value.name, bytes: chosen.value.bytes });
  }

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (source === 'pkcs12' && !file) return setProblem(t('signing.key.missingFile'));
    if (source === 'pkcs12' && !secret) return setProblem(t('signing.key.missingPassphrase'));
    if (source === 'pkcs11' && !token) return setProblem(t('signing.key.missingToken'));
    if (source === 'pkcs11' && !secret) return setProblem(t('signing.key.missingPin'));
    setBusy(true);
    setProblem(null);
    const entered = secret;
    setSecret('');
    const opened = source === 'pkcs12' ? await session.unlockWithP12(file!, entered) : await session.unlockWithToken({ ...token!, pin: entered });
    setBusy(false);
    // The (encrypted) file stays chosen after a refusal, so a mistyped passphrase is simply typed again.
    if (opened.ok) setFile(null);
    else setProblem(errorText(t, opened.error));
  }

  const minutes = DEFAULT_IDLE_LOCK_MS / 60_000;
  return (
    <ModalDialog open={open} onClose={close} labelledBy="signing-key-title" className="dialog--signing">
      <div className="dialog__body">
        <h2 id="signing-key-title" className="dialog__title">
          {key ? t('signing.cert.title') : t('signing.key.title')}
        </h2>
        {key ? (
          <>
            <CertificateFacts certificate={key.certificate} />
            <p>{t('signing.confirm.question', { count })}</p>
            <div className="dialog__actions">
              <button type="button" className="button button--primary" autoFocus onClick={() => onConfirm(key)}>
                {t('signing.confirm.sign', { count })}
              </button>
              <button type="button" className="button" onClick={() => session.lock()}>
                {t('signing.confirm.otherKey')}
              </button>
              <button type="button" className="button button--quiet" onClick={close}>
                {t('signing.key.cancel')}
              </button>
            </div>
          </>
        ) : (
          <form className="signing-key-form" onSubmit={(event) => void unlock(event)} noValidate>
            <fieldset className="choice-row">
              <legend className="field__label">{t('signing.key.source')}</legend>
              {(['pkcs12', 'pkcs11'] as const).map((value) => (
                <label key={value} className="choice-row__option">
                  <input type="radio" name="signing-source" value={value} checked={source === value} onChange={() => setSource(value)} />
                  {t(value === 'pkcs12' ? 'signing.key.sourcePkcs12' : 'signing.key.sourcePkcs11')}
                </label>
              ))}
            </fieldset>
            {source === 'pkcs12' ? (
              <div className="field">
                <button type="button" className="button" onClick={() => void chooseFile()}>
                  {t('signing.key.chooseFile')}
                </button>
                <p className="field__hint" data-testid="signing-key-file">
                  {file ? t('signing.key.fileChosen', { name: file.name }) : t('signing.key.noFile')}
                </p>
              </div>
            ) : (
              <TokenChoice onChoose={setToken} />
            )}
            <div className="field">
              <label className="field__label" htmlFor="signing-secret">
                {t(source === 'pkcs12' ? 'signing.key.passphrase' : 'signing.key.pin')}
              </label>
              <input id="signing-secret" className="input" type="password" autoComplete="off" value={secret} onChange={(event) => setSecret(event.target.value)} aria-describedby="signing-secret-hint" />
              <p id="signing-secret-hint" className="field__hint">
                {source === 'pkcs12' ? t('signing.key.passphraseHint', { minutes }) : t('signing.key.pinHint')}
              </p>
            </div>
            {problem && (
              <p className="card__error" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {busy ? t('signing.key.opening') : t('signing.key.open')}
              </button>
              <button type="button" className="button button--quiet" onClick={close}>
                {t('signing.key.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </ModalDialog>
  );
}
