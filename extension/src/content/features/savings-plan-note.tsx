import { t } from '../../ui/i18n-core';
import type { Surface } from '../mount';

/** Savings plans are recognised only to say they are out of scope. */
export function showSavingsPlanNote(surface: Surface) {
  surface.draw({ title: t('panelTitle') }, <p>{t('savingsPlanOutOfScope')}</p>);
}
