import type { ShippingType } from "../../graphql/generated";

/** What sendEvidence checks, in the order staff work through it. */
const CHECKLIST = ["INVOICE_ISSUED", "INVOICE_PAID", "INVOICE_EVIDENCE", "DELIVERY_PHOTO"] as const;

export interface ChecklistItem {
  code: string;
  done: boolean;
}

/**
 * The checklist from sendEvidence's `missing` codes. The delivery photo is asked only for manual
 * shipping; a code the list does not know (e.g. EVIDENCE_IN_PROGRESS) is added as missing.
 */
export function evidenceChecklist(missing: readonly string[], shippingType: ShippingType | null): ChecklistItem[] {
  const codes: string[] = CHECKLIST.filter(
    (code) => code !== "DELIVERY_PHOTO" || shippingType === "MANUAL" || missing.includes(code),
  );
  for (const code of missing) if (!codes.includes(code)) codes.push(code);
  return codes.map((code) => ({ code, done: !missing.includes(code) }));
}
