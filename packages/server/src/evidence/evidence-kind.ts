export enum EvidenceKind {
  INVOICE = "INVOICE",
  DELIVERY_PHOTO = "DELIVERY_PHOTO",
}

export enum EvidenceSubmissionState {
  QUEUED = "QUEUED",
  SENT = "SENT",
  FAILED = "FAILED",
}
