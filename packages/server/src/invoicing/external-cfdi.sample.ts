/**
 * A realistic stamped CFDI 4.0 (ingreso, IVA 16%, Timbre Fiscal Digital 1.1) for tests and demos,
 * issued by our issuer (issuer.ts). Not a valid seal: the signatures are shortened placeholders.
 */
import { ISSUER } from "./issuer";

export interface SampleCfdiOptions {
  series?: string | null;
  folio?: string | null;
  date?: string;
  /** Amounts as written in the XML. */
  subtotal?: string;
  tax?: string;
  total?: string;
  currency?: string;
  version?: string;
  type?: string;
  issuerRfc?: string;
  receiverRfc?: string;
  receiverName?: string;
  cfdiUse?: string;
  /** null: no Timbre Fiscal Digital at all. */
  uuid?: string | null;
}

/** Splits a total that includes IVA 16% into subtotal and tax, as the amounts of the XML. */
export function splitTotal(totalCents: number): { subtotal: string; tax: string; total: string } {
  const subtotalCents = Math.round(totalCents / 1.16);
  const fixed = (cents: number) => (cents / 100).toFixed(2);
  return { subtotal: fixed(subtotalCents), tax: fixed(totalCents - subtotalCents), total: fixed(totalCents) };
}

export function sampleCfdi(options: SampleCfdiOptions = {}): string {
  const amounts = { subtotal: "1000.00", tax: "160.00", total: "1160.00", ...pick(options, ["subtotal", "tax", "total"]) };
  const o = {
    series: "F",
    folio: "1024",
    date: "2026-01-15T10:30:00",
    currency: "MXN",
    version: "4.0",
    type: "I",
    issuerRfc: ISSUER.rfc,
    receiverRfc: "XAXX010101000",
    receiverName: "PUBLICO EN GENERAL",
    cfdiUse: "S01",
    uuid: "6F9A3C1E-2B4D-4E8F-9A1B-7C5D3E2F1A0B" as string | null,
    ...options,
  };
  const serie = o.series === null ? "" : ` Serie="${o.series}"`;
  const folio = o.folio === null ? "" : ` Folio="${o.folio}"`;
  const stamp =
    o.uuid === null
      ? ""
      : `
  <cfdi:Complemento>
    <tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital"
      xsi:schemaLocation="http://www.sat.gob.mx/TimbreFiscalDigital http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/TimbreFiscalDigitalv11.xsd"
      Version="1.1" UUID="${o.uuid}" FechaTimbrado="${o.date.slice(0, 17)}59"
      RfcProvCertif="SPR190613I52" SelloCFD="Jm3kR2lX...Q==" NoCertificadoSAT="30001000000500003456"
      SelloSAT="aV9sZ0Rm...A=="/>
  </cfdi:Complemento>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.sat.gob.mx/cfd/4 http://www.sat.gob.mx/sitio_internet/cfd/4/cfdv40.xsd"
  Version="${o.version}"${serie}${folio} Fecha="${o.date}" Sello="Jm3kR2lX...Q==" FormaPago="03"
  NoCertificado="30001000000500003416" Certificado="MIIFsDCCA5igAwIBAgIUMzAwMDEwMDAwMDA1MDAwMDM0MTYw..."
  SubTotal="${amounts.subtotal}" Moneda="${o.currency}" Total="${amounts.total}" TipoDeComprobante="${o.type}"
  Exportacion="01" MetodoPago="PUE" LugarExpedicion="${ISSUER.postalCode}">
  <cfdi:Emisor Rfc="${o.issuerRfc}" Nombre="${ISSUER.name.toUpperCase()}" RegimenFiscal="${ISSUER.regime}"/>
  <cfdi:Receptor Rfc="${o.receiverRfc}" Nombre="${o.receiverName}" DomicilioFiscalReceptor="${ISSUER.postalCode}"
    RegimenFiscalReceptor="616" UsoCFDI="${o.cfdiUse}"/>
  <cfdi:Conceptos>
    <cfdi:Concepto ClaveProdServ="43211503" NoIdentificacion="LAP-001" Cantidad="1" ClaveUnidad="H87" Unidad="Pieza"
      Descripcion="Laptop 14 pulgadas" ValorUnitario="${amounts.subtotal}" Importe="${amounts.subtotal}" ObjetoImp="02">
      <cfdi:Impuestos>
        <cfdi:Traslados>
          <cfdi:Traslado Base="${amounts.subtotal}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="${amounts.tax}"/>
        </cfdi:Traslados>
      </cfdi:Impuestos>
    </cfdi:Concepto>
  </cfdi:Conceptos>
  <cfdi:Impuestos TotalImpuestosTrasladados="${amounts.tax}">
    <cfdi:Traslados>
      <cfdi:Traslado Base="${amounts.subtotal}" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="${amounts.tax}"/>
    </cfdi:Traslados>
  </cfdi:Impuestos>${stamp}
</cfdi:Comprobante>
`;
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
