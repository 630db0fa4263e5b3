// What a section's address shows to an officer whose role does not have it ("Bạn không có quyền…").
import type { Role } from '../../../../shared/domain/officers/officer';
import { useT } from '../../i18n/language-store';
import { SectionFrame } from '../../shell/SectionFrame';
import { sectionById, type SectionId } from '../../shell/sections';

export function ForbiddenSection({ section, role }: { section: SectionId; role: Role }) {
  const t = useT();
  return (
    <SectionFrame section={section} description={t('accounts.forbidden.hint', { role: t(`profile.role.${role}`) })}>
      <p className="card__error" role="alert">
        {t('accounts.forbidden.title', { section: t(sectionById(section).title) })}
      </p>
    </SectionFrame>
  );
}
