import { createI18n } from "vue-i18n";
import en from "./en.json";
import esMX from "./es-MX.json";

export type MessageSchema = typeof esMX;
export type AppLocale = "es-MX" | "en";

export const DEFAULT_LOCALE: AppLocale = "es-MX";
const LOCALE_STORAGE_KEY = "pedidos.locale";

export function readStoredLocale(): AppLocale {
  return localStorage.getItem(LOCALE_STORAGE_KEY) === "en" ? "en" : DEFAULT_LOCALE;
}

export function storeLocale(locale: AppLocale): void {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export function createAppI18n(locale: AppLocale = readStoredLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { "es-MX": esMX, en },
  });
}
