/** A small but valid one-page PDF standing in for the carrier's label. */
function pdfText(text: string): string {
  // Only printable ASCII goes into the content stream; PDF string delimiters are escaped.
  return text
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/([\\()])/g, "\\$1");
}

export interface LabelFacts {
  nopedido: string;
  carrier: string;
  guide: string;
  recipient: string;
  cityLine: string;
}

export function labelPdf(facts: LabelFacts): Buffer {
  const lines = [
    `${facts.carrier} - Guia ${facts.guide}`,
    `Pedido Claro Shop ${facts.nopedido}`,
    `Destinatario: ${facts.recipient}`,
    facts.cityLine,
  ];
  const stream = [
    "BT", "/F1 14 Tf", "36 260 Td", "18 TL",
    ...lines.map((l) => `(${pdfText(l)}) Tj T*`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
