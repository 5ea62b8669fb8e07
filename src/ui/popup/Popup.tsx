// What the toolbar popup shows for the current tab: the count for the box being written, the profile in use,
// a switch to pause Civil Post on this site (the disabledSites setting), and the way to the settings.

import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabStatus } from '../../content/requests.ts';
import { SEVERITY_LABEL_KEYS } from '../findings.ts';
import { t } from '../i18n.ts';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../../settings/storage.ts';

type Loaded = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; status: TabStatus };

/** Pauses or resumes one site; the same setting as the options page's site switches, so locks apply. */
async function setPaused(platform: TabStatus['platform'], paused: boolean): Promise<void> {
  const { settings, own, readError } = await loadSettings();
  // Never write over settings that could not be read.
  if (readError) return;
  const rest = settings.disabledSites.filter((p) => p !== platform);
  await saveSettings({ disabledSites: paused ? [...rest, platform] : rest }, own);
}

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
  const [settings, setSettings] = useState<LoadedSettings | null>(null);

  const refresh = async (id: number) => {
    try {
      const status = (await browser.tabs.sendMessage(id, { type: 'civil-post-status' })) as TabStatus | undefined;
      setLoaded(status?.supported ? { kind: 'ready', status } : { kind: 'unsupported' });
    } catch {
      setLoaded({ kind: 'unsupported' });
    }
  };

  useEffect(() => {
    let id: number | undefined;
    void targetTab().then((tab) => {
      if (tab?.id === undefined) return setLoaded({ kind: 'unsupported' });
      id = tab.id;
      setTabId(tab.id);
      void refresh(tab.id);
    });
    const reread = () => void loadSettings().then(setSettings, () => {});
    reread();
    // A pause (here or on the options page) changes the settings; the tab's answer changes with them.
    const unwatch = watchSettings(() => {
      reread();
      if (id !== undefined) void refresh(id);
    });
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'focus-sidebar')?.shortcut ?? ''))
      .catch(() => {});
    return unwatch;
  }, []);

  const openSettings = () => {
    void browser.runtime.openOptionsPage();
  };

  return (
    <>
      <h1>{t('extName')}</h1>
      {loaded.kind === 'loading' && <p class="note">{t('popupLoading')}</p>}
      {loaded.kind === 'unsupported' && <p class="note">{t('popupUnsupported')}</p>}
      {loaded.kind === 'ready' && settings && (
        <Status
          status={loaded.status}
          paused={settings.settings.disabledSites.includes(loaded.status.platform)}
          locked={settings.locked.has('disabledSites') || !!settings.readError}
          onPause={(paused) => void setPaused(loaded.status.platform, paused).then(() => (tabId === null ? undefined : refresh(tabId)))}
        />
      )}
      <button type="button" class="button" onClick={openSettings}>
        {t('popupSettings')}
      </button>
      {shortcut && <p class="hint">{t('popupShortcut', [shortcut])}</p>}
    </>
  );
}

function Status({ status, paused, locked, onPause }: { status: TabStatus; paused: boolean; locked: boolean; onPause(paused: boolean): void }) {
  const counts = status.counts;
  return (
    <>
      {paused ? (
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
        <input type="checkbox" data-popup="pause" checked={paused} disabled={locked} onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)} />
        {t('popupPause', [status.site])}
      </label>
      {locked && <p class="note">{t('popupPauseLocked')}</p>}
    </>
  );
}
