import type { GenerateGuideInput, ShippingType } from "../../graphql/generated";

// The server accepts 6 to 40 letters, digits or dashes.
const TRACKING_NUMBER = /^[A-Za-z0-9-]{6,40}$/;
const CARRIER_MAX_LENGTH = 60;

export interface ShippingForm {
  type: ShippingType;
  carrier: string;
  trackingNumber: string;
}

export type ShippingFormErrors = Partial<Record<"carrier" | "trackingNumber", "required" | "invalid">>;

/** What is wrong with a MANUAL form; AUTOMATIC needs nothing. */
export function shippingFormErrors(form: ShippingForm): ShippingFormErrors {
  if (form.type === "AUTOMATIC") return {};
  const errors: ShippingFormErrors = {};
  const carrier = form.carrier.trim();
  const tracking = form.trackingNumber.trim();
  if (!carrier) errors.carrier = "required";
  else if (carrier.length > CARRIER_MAX_LENGTH) errors.carrier = "invalid";
  if (!tracking) errors.trackingNumber = "required";
  else if (!TRACKING_NUMBER.test(tracking)) errors.trackingNumber = "invalid";
  return errors;
}

export function generateGuideInput(orderId: string, form: ShippingForm): GenerateGuideInput {
  return form.type === "AUTOMATIC"
    ? { orderId, type: "AUTOMATIC" }
    : { orderId, type: "MANUAL", carrier: form.carrier.trim(), trackingNumber: form.trackingNumber.trim() };
}
