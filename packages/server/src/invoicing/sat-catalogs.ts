/** SAT formats and catalogs shared by the invoices issued here and the CFDI attached from elsewhere. */

/** SAT's RFC shape: 3 letters (companies) or 4 (people), a yymmdd date, a 3-character key. */
export const RFC = /^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z\d]{2}[A\d]$/;

/** CFDI 4.0 "UsoCFDI" catalog (c_UsoCFDI). */
export const CFDI_USES: ReadonlySet<string> = new Set([
  "G01", "G02", "G03",
  "I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08",
  "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10",
  "S01", "CP01", "CN01",
]);

/** A fiscal folio (the stamp's UUID), as the SAT writes it: 8-4-4-4-12 hexadecimal digits. */
export const FISCAL_UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
