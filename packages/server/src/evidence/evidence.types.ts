import { Field, ID, InputType } from "type-graphql";
import { EvidenceKind } from "./evidence-kind";

@InputType({ description: "Attaches a file sent to POST /uploads to an order as evidence." })
export class AttachEvidenceInput {
  @Field(() => ID, { description: "The order (not cancelled nor delivered)." })
  orderId: string;

  @Field(() => ID, { description: 'The "uploadId" POST /uploads answered; each upload can be attached once.' })
  uploadId: string;

  @Field(() => EvidenceKind, { description: "INVOICE takes a PDF or XML; DELIVERY_PHOTO takes a JPEG, PNG or WebP image." })
  kind: EvidenceKind;
}
