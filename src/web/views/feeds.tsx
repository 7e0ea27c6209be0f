import { CsrfField } from './layout.js';
import type { PageContext } from './page-context.js';

/** The private calendar address: shown once it exists, with a button to create or replace it. */
export function CalendarAddressPage({ ctx, address, webcal }: { ctx: PageContext; address: string | null; webcal: string | null }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t('sangam-calendar-title')}</h1>
      <p>{t('sangam-calendar-intro')}</p>
      {address ? (
        <>
          <div class="field">
            <label for="calendar-address">{t('sangam-calendar-address-label')}</label>
            <input id="calendar-address" type="url" value={address} readonly aria-describedby="calendar-address-hint" />
            <p class="hint" id="calendar-address-hint">{t('sangam-calendar-address-hint')}</p>
          </div>
          {webcal && <p><a href={webcal}>{t('sangam-calendar-subscribe')}</a></p>}
        </>
      ) : (
        <p>{t('sangam-calendar-none')}</p>
      )}
      <form method="post" action="/me/calendar">
        <CsrfField ctx={ctx} />
        {address && <p class="hint">{t('sangam-calendar-replace-hint')}</p>}
        <button class={address ? 'cdx-button' : 'cdx-button cdx-button--primary'} type="submit">
          {t(address ? 'sangam-calendar-replace' : 'sangam-calendar-create')}
        </button>
      </form>
    </>
  );
}
