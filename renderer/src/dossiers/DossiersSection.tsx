// Hồ sơ: the list at #/ho-so, one dossier at #/ho-so/{dossierId}, inside one section frame so the
// heading keeps its place and focus moves only where the officer's keys send it.
import { useT } from '../i18n/language-store';
import { SectionFrame } from '../shell/SectionFrame';
import { useViewStore } from '../shell/view-store';
import { DossierDetail } from './detail/DossierDetail';
import { DossierListScreen } from './DossierListScreen';
import './dossiers.css';

export function DossiersSection() {
  const t = useT();
  const dossierId = useViewStore((state) => state.subPath);
  return (
    <SectionFrame section="dossiers" description={t('dossiers.description')} className={dossierId ? 'section--wide' : 'section--wide section--fill'}>
      {dossierId ? <DossierDetail key={dossierId} dossierId={dossierId} /> : <DossierListScreen />}
    </SectionFrame>
  );
}
