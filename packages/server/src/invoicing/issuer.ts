/**
 * Who issues our invoices (the seller's fiscal identity): printed on the PDF and checked against
 * the Emisor of CFDI issued in another system. Constants until the fiscal data is configurable.
 */

/** Name or business name ("razón social") of the issuer. Placeholder. */
export const ISSUER_NAME = "Vendedor Demo SA de CV";

/** The issuer's RFC: SAT's test RFC until the real one is configured. */
export const ISSUER_RFC = "EKU9003173C9";

/** "Régimen fiscal" (c_RegimenFiscal): 601, General de Ley Personas Morales. */
export const ISSUER_TAX_REGIME = "601";

/** "Lugar de expedición": the postal code the invoices are issued from. Placeholder. */
export const ISSUER_POSTAL_CODE = "06000";

/** Time zone of the place of issue: a CFDI's Fecha is local time there, without an offset. */
export const ISSUER_TIME_ZONE = "America/Mexico_City";

export const ISSUER = {
  name: ISSUER_NAME,
  rfc: ISSUER_RFC,
  regime: ISSUER_TAX_REGIME,
  postalCode: ISSUER_POSTAL_CODE,
  timeZone: ISSUER_TIME_ZONE,
} as const;
