// Chứng thư tin cậy và hình ảnh: the CA certificates verification trusts, and the officer's own
// signature and seal images (transparent PNGs) for the visible face of their signatures.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatVietnamDay } from '../dossiers/format';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { AppearanceSettings, type AppearanceImages } from '../signing/appearance-settings';
import { DEMO_ROOT_PEM } from '../signing/demo-root';
import { TimestampSetting } from '../signing/timestamp-setting';
import { TrustAnchorStore, type TrustAnchor } from '../signing/trust-anchors';
import { useDeskStore } from '../store/store-context';
import { demoAppearanceImages } from './demo-images';

function TrustAnchorsCard() {
  const t = useT();
  const host = useHost();
  const desk = useDeskStore();
  const [anchors, setAnchors] = useState<TrustAnchor[] | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const store = new TrustAnchorStore(desk.db);
  const reload = useCallback(() => void new TrustAnchorStore(desk.db).list().then(setAnchors), [desk]);
  useEffect(reload, [reload]);

  async function addDemoRoot() {
    const added = await store.addFile(new TextEncoder().encode(DEMO_ROOT_PEM), true);
    setNote(added.ok && added.value.length > 0 ? { text: t('signing.settings.anchors.added', { count: added.value.length }), error: false } : { text: t('signing.settings.anchors.alreadyThere'), error: false });
    reload();
  }

  async function add() {
    const chosen = await host.openFile({ title: t('signing.settings.anchors.add'), filters: [{ name: 'X.509', extensions: ['cer', 'crt', 'pem', 'der'] }], maxBytes: 1024 * 1024 });
    if (!chosen.ok) return setNote({ text: chosen.error.message, error: true });
    if (!chosen.value) return;
    const added = await store.addFile(chosen.value.bytes);
    if (!added.ok) return setNote({ text: added.error.message, error: true });
    setNote({ text: added.value.length > 0 ? t('signing.settings.anchors.added', { count: added.value.length }) : t('signing.settings.anchors.alreadyThere'), error: false });
    reload();
  }

  return (
    <section className="card" aria-labelledby="signing-anchors-title">
      <h2 id="signing-anchors-title" className="card__title">
        {t('signing.settings.anchors.title')}
      </h2>
      <p className="card__muted">{t('signing.settings.anchors.hint')}</p>
      {anchors !== null && anchors.length === 0 && <p className="card__text">{t('signing.settings.anchors.empty')}</p>}
      {anchors !== null && anchors.length > 0 && (
        <ul className="signing-anchors" data-testid="trust-anchors">
          {anchors.map((anchor) => (
            <li key={anchor.id} className="signing-anchors__item">
              <span>
                <strong>{anchor.name}</strong> {anchor.demo ? t('signing.settings.anchors.demo') : ''} — {t('signing.settings.anchors.validTo', { date: formatVietnamDay(anchor.validTo) })}
              </span>
              <button type="button" className="button button--small" aria-label={t('signing.settings.anchors.removeLabel', { name: anchor.name })} onClick={() => void store.remove(anchor.id).then(reload)}>
                {t('signing.settings.anchors.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="card__actions signing-wrap">
        <button type="button" className="button" onClick={() => void add()}>
          {t('signing.settings.anchors.add')}
        </button>
        {anchors !== null && !anchors.some((anchor) => anchor.demo) && (
          <button type="button" className="button button--quiet" onClick={() => void addDemoRoot()}>
            {t('signing.settings.anchors.addDemo')}
          </button>
        )}
        {note && (
          <span role="status" className={note.error ? 'card__error' : 'card__muted'}>
            {note.text}
          </span>
        )}
      </div>
    </section>
  );
}

function TimestampCard() {
  const t = useT();
  const desk = useDeskStore();
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => void new TimestampSetting(desk.db).get().then((url) => setText(url ?? '')), [desk]);

  async function save() {
    const saved = await new TimestampSetting(desk.db).set(text);
    if (!saved.ok) return setNote({ text: saved.error.message, error: true });
    setText(saved.value ?? '');
    setNote({ text: saved.value ? t('signing.settings.tsa.saved') : t('signing.settings.tsa.cleared'), error: false });
  }

  return (
    <section className="card" aria-labelledby="signing-tsa-title">
      <h2 id="signing-tsa-title" className="card__title">
        {t('signing.settings.tsa.title')}
      </h2>
      <p className="card__muted">{t('signing.settings.tsa.hint')}</p>
      <form
        className="card__actions signing-wrap"
        // Our own check answers in the officer's language; the browser's would not.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field__label">{t('signing.settings.tsa.label')}</span>
          <input className="input signing-tsa__input" type="text" inputMode="url" spellCheck={false} value={text} placeholder="http://tsa.ca.gov.vn" onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="button">
          {t('signing.settings.tsa.save')}
        </button>
        {note && (
          <span role="status" className={note.error ? 'card__error' : 'card__muted'}>
            {note.text}
          </span>
        )}
      </form>
    </section>
  );
}

/** A data: URL for a small PNG (the CSP's img-src allows data:); nothing to revoke afterwards. */
function useImageUrl(bytes: Uint8Array | null): string | null {
  return useMemo(() => {
    if (!bytes) return null;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `data:image/png;base64,${btoa(binary)}`;
  }, [bytes]);
}

function ImageChoice({ label, own, demo, onChoose, onReset }: { label: string; own: Uint8Array | null; demo: Uint8Array | null; onChoose(): void; onReset(): void }) {
  const t = useT();
  const url = useImageUrl(own ?? demo);
  return (
    <div className="signing-image">
      <p className="field__label">{label}</p>
      <div className="signing-image__frame">{url && <img src={url} alt={label} className="signing-image__img" />}</div>
      {!own && <p className="field__hint">{t('signing.settings.images.demo')}</p>}
      <div className="card__actions">
        <button type="button" className="button button--small" onClick={onChoose}>
          {t('signing.settings.images.choose')}
        </button>
        {own && (
          <button type="button" className="button button--small button--quiet" onClick={onReset}>
            {t('signing.settings.images.reset')}
          </button>
        )}
      </div>
    </div>
  );
}

function ImagesCard() {
  const t = useT();
  const host = useHost();
  const desk = useDeskStore();
  const officer = useProfile((state) => state.officer);
  const [images, setImages] = useState<AppearanceImages>({ signatureImage: null, sealImage: null });
  const [demo, setDemo] = useState<{ signatureImage: Uint8Array; sealImage: Uint8Array } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const officerId = officer?.id ?? null;

  useEffect(() => {
    void demoAppearanceImages().then(setDemo);
    if (officerId) void new AppearanceSettings(desk.db).of(officerId).then(setImages);
  }, [desk, officerId]);

  if (!officer) return <p className="card__muted">{t('signing.settings.images.noOfficer')}</p>;

  async function choose(kind: keyof AppearanceImages) {
    const chosen = await host.openFile({ title: t('signing.settings.images.choose'), filters: [{ name: 'PNG', extensions: ['png'] }], maxBytes: 2 * 1024 * 1024 });
    if (!chosen.ok) return setProblem(chosen.error.message);
    if (!chosen.value) return;
    const saved = await new AppearanceSettings(desk.db).set(officer!.id, kind, chosen.value.bytes);
    setProblem(saved.ok ? null : saved.error.message);
    if (saved.ok) setImages(saved.value);
  }

  async function reset(kind: keyof AppearanceImages) {
    const saved = await new AppearanceSettings(desk.db).set(officer!.id, kind, null);
    if (saved.ok) setImages(saved.value);
  }

  return (
    <section className="card" aria-labelledby="signing-images-title">
      <h2 id="signing-images-title" className="card__title">
        {t('signing.settings.images.title')}
      </h2>
      <p className="card__muted">{t('signing.settings.images.hint', { name: officer.name })}</p>
      <div className="signing-images">
        <ImageChoice label={t('signing.settings.images.signature')} own={images.signatureImage} demo={demo?.signatureImage ?? null} onChoose={() => void choose('signatureImage')} onReset={() => void reset('signatureImage')} />
        <ImageChoice label={t('signing.settings.images.seal')} own={images.sealImage} demo={demo?.sealImage ?? null} onChoose={() => void choose('sealImage')} onReset={() => void reset('sealImage')} />
      </div>
      {problem && (
        <p className="card__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

export function SigningSettings() {
  return (
    <div className="card-stack">
      <TrustAnchorsCard />
      <TimestampCard />
      <ImagesCard />
    </div>
  );
}
