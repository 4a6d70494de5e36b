export enum ShippingType {
  AUTOMATIC = "AUTOMATIC",
  MANUAL = "MANUAL",
}
