import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi/index';

export type Language = 'vi' | 'en';
export const LANGUAGES: Language[] = ['vi', 'en'];
const STORAGE_KEY = 'khien.language';
export const NAMESPACES = ['common', 'work', 'case', 'plan', 'actions'] as const;

type Bundle = Record<string, unknown>;
type Loader = () => Promise<{ default: Bundle }>;

/** Vietnamese is the default and ships with the first page; English loads when chosen. */
const loaders: Record<Language, () => Promise<Record<string, Bundle>>> = {
  vi: async () => vi,
  en: () => import('./en/index').then((m) => m.default),
};

/** Catalogues of screens that are not on the first page: loaded with the screen that needs them. */
const lazyLoaders: Record<Language, Record<string, Loader>> = {
  vi: {
    protection: () => import('./vi/protection'),
    rewards: () => import('./vi/rewards'),
    record: () => import('./vi/record'),
    clock: () => import('./vi/clock'),
    programme: () => import('./vi/programme'),
    account: () => import('./vi/account'),
    dashboard: () => import('./vi/dashboard'),
    campaigns: () => import('./vi/campaigns'),
    identities: () => import('./vi/identities'),
    reports: () => import('./vi/reports'),
    plans: () => import('./vi/plans'),
    org: () => import('./vi/org'),
  },
  en: {
    protection: () => import('./en/protection'),
    rewards: () => import('./en/rewards'),
    record: () => import('./en/record'),
    clock: () => import('./en/clock'),
    programme: () => import('./en/programme'),
    account: () => import('./en/account'),
    dashboard: () => import('./en/dashboard'),
    campaigns: () => import('./en/campaigns'),
    identities: () => import('./en/identities'),
    reports: () => import('./en/reports'),
    plans: () => import('./en/plans'),
    org: () => import('./en/org'),
  },
};

const backend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const lang: Language = language === 'en' ? 'en' : 'vi';
    const lazy = lazyLoaders[lang][namespace];
    const load = lazy ? lazy().then((m) => m.default) : loaders[lang]().then((b) => b[namespace] ?? {});
    load.then((data) => callback(null, data as never)).catch((e: unknown) => callback(e as Error, false));
  },
};

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

async function load(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'common')) return;
  const bundle = await loaders[lang]();
  for (const [ns, resources] of Object.entries(bundle)) i18n.addResourceBundle(lang, ns, resources, true, true);
}

export async function initI18n(): Promise<void> {
  const lang = storedLanguage();
  await i18n
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: 'vi',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: {},
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  await load('vi');
  await load(lang);
  document.documentElement.lang = lang;
}

/** Switches the interface language and remembers the choice on this device. */
export async function changeLanguage(lang: Language): Promise<void> {
  await load(lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this visit.
  }
}
