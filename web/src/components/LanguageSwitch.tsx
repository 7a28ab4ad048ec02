import { Button, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';

const NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Tiếng Việt ↔ English; the choice is remembered on this device and sent to the API. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const current: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Button.Group aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <Button
          key={lang}
          size="compact-sm"
          variant={lang === current ? 'filled' : 'default'}
          aria-pressed={lang === current}
          lang={lang}
          title={NAMES[lang]}
          onClick={async () => {
            if (lang === current) return;
            await changeLanguage(lang);
            await client.invalidateQueries();
          }}
        >
          {lang.toUpperCase()}
          <VisuallyHidden> – {NAMES[lang]}</VisuallyHidden>
        </Button>
      ))}
    </Button.Group>
  );
}
