import { ApolloError } from "@apollo/client/core";
import { GraphQLError } from "graphql";
import { evidenceChecklist } from "./evidence-checklist";
import { requirementsMissing } from "./order-actions";
import { remainingAmount } from "./payment-methods";
import { generateGuideInput, shippingFormErrors } from "./shipping-form";

describe("shipping form", () => {
  it("asks nothing for an automatic guide", () => {
    const form = { type: "AUTOMATIC" as const, carrier: "", trackingNumber: "" };
    expect(shippingFormErrors(form)).toEqual({});
    expect(generateGuideInput("7", form)).toEqual({ orderId: "7", type: "AUTOMATIC" });
  });

  it("needs a carrier and a tracking number of 6 to 40 letters, digits or dashes for a manual one", () => {
    expect(shippingFormErrors({ type: "MANUAL", carrier: " ", trackingNumber: "" })).toEqual({
      carrier: "required",
      trackingNumber: "required",
    });
    expect(shippingFormErrors({ type: "MANUAL", carrier: "DHL", trackingNumber: "AB 123456" })).toEqual({
      trackingNumber: "invalid",
    });
    expect(shippingFormErrors({ type: "MANUAL", carrier: "DHL", trackingNumber: "12345" }).trackingNumber).toBe("invalid");
    expect(shippingFormErrors({ type: "MANUAL", carrier: "DHL", trackingNumber: "x".repeat(41) }).trackingNumber).toBe("invalid");
    const form = { type: "MANUAL" as const, carrier: " DHL ", trackingNumber: " JD-014600 " };
    expect(shippingFormErrors(form)).toEqual({});
    expect(generateGuideInput("7", form)).toEqual({ orderId: "7", type: "MANUAL", carrier: "DHL", trackingNumber: "JD-014600" });
  });
});

describe("evidence checklist", () => {
  it("asks for the delivery photo only for manual shipping, and adds codes it does not know", () => {
    expect(evidenceChecklist([], "AUTOMATIC").map((item) => item.code)).toEqual([
      "INVOICE_ISSUED",
      "INVOICE_PAID",
      "INVOICE_EVIDENCE",
    ]);
    expect(evidenceChecklist(["DELIVERY_PHOTO", "EVIDENCE_IN_PROGRESS"], "MANUAL")).toEqual([
      { code: "INVOICE_ISSUED", done: true },
      { code: "INVOICE_PAID", done: true },
      { code: "INVOICE_EVIDENCE", done: true },
      { code: "DELIVERY_PHOTO", done: false },
      { code: "EVIDENCE_IN_PROGRESS", done: false },
    ]);
  });
});

describe("remainingAmount", () => {
  it("is what payments have not covered, in exact cents", () => {
    expect(remainingAmount("1598.00", [])).toBe("1598.00");
    expect(remainingAmount("0.30", [{ amount: "0.10" }, { amount: "0.20" }])).toBe("0.00");
    expect(remainingAmount("1598.00", [{ amount: "1000.10" }])).toBe("597.90");
  });
});

describe("requirementsMissing", () => {
  it("reads the codes of a REQUIREMENTS_MISSING error and nothing else", () => {
    const missing = new GraphQLError("Faltan requisitos", {
      extensions: { code: "REQUIREMENTS_MISSING", missing: ["INVOICE_PAID", 3] },
    });
    const conflict = new GraphQLError("El pedido cambió", { extensions: { code: "CONFLICT" } });
    expect(requirementsMissing(new ApolloError({ graphQLErrors: [missing, conflict] }))).toEqual(["INVOICE_PAID"]);
    expect(requirementsMissing(new ApolloError({ graphQLErrors: [conflict] }))).toEqual([]);
    expect(requirementsMissing(null)).toEqual([]);
  });
});
