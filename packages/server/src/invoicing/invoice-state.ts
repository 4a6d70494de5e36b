export enum InvoiceState {
  DRAFT = "DRAFT",
  ISSUED = "ISSUED",
}
