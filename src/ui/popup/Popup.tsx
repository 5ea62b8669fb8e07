// What the toolbar popup shows for the current tab: the count for the box being written, the profile in use,
// a switch to pause Civil Post on this site, and the way to the settings.

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabStatus } from '../../content/requests.ts';
import { SEVERITY_LABEL_KEYS } from '../findings.ts';
import { t } from '../i18n.ts';
import { setPaused } from '../local-state.ts';

type Loaded = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; status: TabStatus };

/** The tab the popup is about: the active tab, or (when the popup is open in a tab of its own) the last one used. */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id && !tab.url?.startsWith(browser.runtime.getURL('')));
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

export function Popup() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [shortcut, setShortcut] = useState('');

  const refresh = async (id: number) => {
    try {
      const status = (await browser.tabs.sendMessage(id, { type: 'civil-post-status' })) as TabStatus | undefined;
      setLoaded(status?.supported ? { kind: 'ready', status } : { kind: 'unsupported' });
    } catch {
      setLoaded({ kind: 'unsupported' });
    }
  };

  useEffect(() => {
    void targetTab().then((tab) => {
      if (tab?.id === undefined) return setLoaded({ kind: 'unsupported' });
      setTabId(tab.id);
      void refresh(tab.id);
    });
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'focus-sidebar')?.shortcut ?? ''))
      .catch(() => {});
  }, []);

  const openSettings = () => {
    void browser.runtime.openOptionsPage();
  };

  return (
    <>
      <h1>{t('extName')}</h1>
      {loaded.kind === 'loading' && <p class="note">{t('popupLoading')}</p>}
      {loaded.kind === 'unsupported' && <p class="note">{t('popupUnsupported')}</p>}
      {loaded.kind === 'ready' && <Status status={loaded.status} onPause={async (paused) => {
        await setPaused(loaded.status.site, paused);
        if (tabId !== null) setTimeout(() => void refresh(tabId), 150);
      }} />}
      <button type="button" class="button" onClick={openSettings}>
        {t('popupSettings')}
      </button>
      {shortcut && <p class="hint">{t('popupShortcut', [shortcut])}</p>}
    </>
  );
}

function Status({ status, onPause }: { status: TabStatus; onPause(paused: boolean): void }) {
  const counts = status.counts;
  return (
    <>
      {status.paused ? (
        <p class="note" data-popup="paused">{t('popupPausedNote', [status.site])}</p>
      ) : status.active ? (
        <section aria-labelledby="popup-count">
          <p class="count" id="popup-count" data-popup="count">
            {t('popupCount', [String(status.count ?? 0)])}
          </p>
          {counts && (
            <ul class="counts">
              {(['error', 'warning', 'info'] as const).map((s) => (
                <li key={s}>
                  <span class={`sev sev--${s}`}>
                    {t(SEVERITY_LABEL_KEYS[s])} {counts[s]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p class="note" data-popup="idle">{t('popupNoBox')}</p>
      )}
      {status.account && (
        <p class="profile" data-popup="profile">
          {t('popupProfile', [t(status.account === 'official' ? 'sidebarProfileOfficial' : 'sidebarProfilePersonal')])}
          {status.handle ? ` (@${status.handle})` : ''}
        </p>
      )}
      <label class="switch">
        <input type="checkbox" data-popup="pause" checked={status.paused} onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)} />
        {t('popupPause', [status.site])}
      </label>
    </>
  );
}
