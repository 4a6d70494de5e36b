import { useI18n } from "vue-i18n";

/** Spanish (or English) text for a requirement code; an unknown code shows as it came. */
export function useRequirementLabel(): (code: string) => string {
  const { t, te } = useI18n();
  return (code) => (te(`order.requirements.${code}`) ? t(`order.requirements.${code}`) : code);
}
