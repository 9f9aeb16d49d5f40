import type { Language } from '@chiase/schema';

/** The languages `--lang` accepts. */
export const CLI_LANGUAGES: readonly Language[] = ['vi', 'en'];

/** True when `value` is a language the CLI speaks. */
export function isCliLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/**
 * The language of the user's locale: Vietnamese when the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`
 * (POSIX precedence) starts with `vi` (`vi_VN.UTF-8`), English otherwise.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return locale?.trim().toLowerCase().startsWith('vi') === true ? 'vi' : 'en';
}
