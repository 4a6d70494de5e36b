/**
 * What can be done to an order now, and what blocks the rest: the `Order.nextActions` field.
 * Pure, derived from the state machine's requirements so the two never disagree.
 */
import { EvidenceSubmissionState } from "../evidence/evidence-kind";
import { InvoiceState } from "../invoicing/invoice-state";
import { evidenceRequirementsMissing, OrderStatus, REQUIREMENTS, type OrderFacts } from "./order-status";

export interface NextAction {
  action: string;
  enabled: boolean;
  missing: string[];
}

const unmet = (facts: OrderFacts, ...codes: (keyof typeof REQUIREMENTS)[]): string[] =>
  codes.filter((code) => !REQUIREMENTS[code].isMet(facts));

const action = (name: string, missing: string[] = []): NextAction => ({
  action: name,
  enabled: missing.length === 0,
  missing,
});

export function nextActions(facts: OrderFacts): NextAction[] {
  const actions: NextAction[] = [];
  const { status } = facts;
  if (status === OrderStatus.PENDING) {
    if (!facts.hasSalesOrder) actions.push(action("generateOrder"));
    // Shipping type and tracking come with the generateGuide call itself.
    actions.push(action("generateGuide", unmet(facts, "SALES_ORDER")));
  }
  if (status !== OrderStatus.CANCELLED) {
    if (facts.invoiceState === null) actions.push(action("createInvoice"));
    if (facts.invoiceState === InvoiceState.DRAFT) actions.push(action("issueInvoice"));
    if (facts.invoiceState === InvoiceState.ISSUED && !facts.invoicePaid) actions.push(action("addPayment"));
  }
  if (status === OrderStatus.SHIPPED) {
    const inFlight =
      facts.evidenceSubmission === EvidenceSubmissionState.QUEUED ||
      facts.evidenceSubmission === EvidenceSubmissionState.SENT;
    if (!inFlight) actions.push(action("attachEvidence"));
    const missing = evidenceRequirementsMissing(facts);
    if (inFlight) missing.push("EVIDENCE_IN_PROGRESS");
    actions.push(action("sendEvidence", missing));
  }
  if (status === OrderStatus.PENDING) actions.push(action("cancelOrder"));
  return actions;
}
