/** The languages every Chiase message exists in. */
export type Language = 'vi' | 'en';

/** A user-facing message in Vietnamese and in English. */
export interface LocalizedMessage {
  /** Vietnamese text (NFC). */
  vi: string;
  /** English text. */
  en: string;
}
