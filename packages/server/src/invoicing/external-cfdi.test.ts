import { checkExternalCfdi, localTimeToInstant, parseExternalCfdi, type ExternalCfdi } from "./external-cfdi";
import { sampleCfdi } from "./external-cfdi.sample";
import { ISSUER_RFC } from "./issuer";

function read(xml: string | Buffer): ExternalCfdi {
  const result = parseExternalCfdi(xml);
  if (!result.ok) throw new Error(`refused: ${result.problems.join(" | ")}`);
  return result.cfdi;
}

function problemsOf(xml: string | Buffer): string[] {
  const result = parseExternalCfdi(xml);
  if (result.ok) throw new Error("accepted");
  return result.problems;
}

describe("external CFDI 4.0", () => {
  it("reads a stamped CFDI: identity, parties, amounts in cents and the UUID", () => {
    const cfdi = read(sampleCfdi({ receiverRfc: "EKU9003173C9", receiverName: "ESCUELA KEMPER URGATE", cfdiUse: "G03" }));
    expect(cfdi).toEqual({
      series: "F",
      folio: "1024",
      date: "2026-01-15T10:30:00",
      // Mexico City, UTC-6 (no daylight saving time since 2022).
      issuedAt: new Date("2026-01-15T16:30:00Z"),
      currency: "MXN",
      subtotalCents: 100000,
      discountCents: 0,
      taxCents: 16000,
      withheldCents: 0,
      totalCents: 116000,
      issuer: { rfc: ISSUER_RFC, name: "VENDEDOR DEMO SA DE CV" },
      receiver: { rfc: "EKU9003173C9", name: "ESCUELA KEMPER URGATE", cfdiUse: "G03" },
      uuid: "6F9A3C1E-2B4D-4E8F-9A1B-7C5D3E2F1A0B",
    });
    expect(checkExternalCfdi(cfdi, { totalCents: 116000, issuerRfc: ISSUER_RFC })).toEqual([]);
  });

  it("is lenient about attribute order, whitespace, BOM, entities and other prefixes for the namespaces", () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<c:Comprobante
    Total = "1160.000000"   TipoDeComprobante="I" Moneda="MXN"
    SubTotal="1000" Folio=" 77 " Fecha="2026-07-01T00:05:09" Version="4.0"
    xmlns:c="http://www.sat.gob.mx/cfd/4">
  <c:Receptor UsoCFDI="s01" Nombre="Juan  P&#233;rez &amp; Hijos" Rfc="xaxx010101000" />
  <c:Emisor Nombre="VENDEDOR DEMO" Rfc="${ISSUER_RFC}"/>
  <c:Impuestos TotalImpuestosTrasladados="160.0"/>
  <c:Complemento>
    <otro:Algo xmlns:otro="urn:otro"/>
    <t:TimbreFiscalDigital xmlns:t="http://www.sat.gob.mx/TimbreFiscalDigital" UUID="6f9a3c1e-2b4d-4e8f-9a1b-7c5d3e2f1a0b" Version="1.1"/>
  </c:Complemento>
</c:Comprobante>`;
    const cfdi = read(Buffer.from(xml, "utf8"));
    expect(cfdi).toMatchObject({
      series: null,
      folio: "77",
      issuedAt: new Date("2026-07-01T06:05:09Z"),
      subtotalCents: 100000,
      taxCents: 16000,
      totalCents: 116000,
      receiver: { rfc: "XAXX010101000", name: "Juan Pérez & Hijos", cfdiUse: "S01" },
      uuid: "6F9A3C1E-2B4D-4E8F-9A1B-7C5D3E2F1A0B",
    });
  });

  it("takes no taxes as zero and reads discounts and withholdings", () => {
    const xml = sampleCfdi()
      .replace('TotalImpuestosTrasladados="160.00"', 'TotalImpuestosTrasladados="160.00" TotalImpuestosRetenidos="10.67"')
      .replace('SubTotal="1000.00"', 'SubTotal="1000.00" Descuento="5.50"');
    expect(read(xml)).toMatchObject({ discountCents: 550, withheldCents: 1067, taxCents: 16000 });
    const untaxed = sampleCfdi().replace(/<cfdi:Impuestos TotalImpuestosTrasladados[\s\S]*?<\/cfdi:Impuestos>/, "");
    expect(read(untaxed).taxCents).toBe(0);
  });

  it("refuses a CFDI without the stamp or its UUID, or with a malformed UUID", () => {
    expect(problemsOf(sampleCfdi({ uuid: null }))).toEqual(["El CFDI no está timbrado: falta el Timbre Fiscal Digital (UUID)."]);
    expect(problemsOf(sampleCfdi().replace(/ UUID="[^"]*"/, ""))).toEqual([
      "El CFDI no está timbrado: al Timbre Fiscal Digital le falta el UUID.",
    ]);
    expect(problemsOf(sampleCfdi({ uuid: "no-es-un-uuid" }))[0]).toMatch(/UUID del CFDI no es válido/);
    // The right local name in the wrong namespace is not the SAT's stamp.
    const foreign = sampleCfdi().replace('xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital"', 'xmlns:tfd="urn:falso"');
    expect(problemsOf(foreign)[0]).toMatch(/falta el Timbre Fiscal Digital/);
  });

  it("refuses other versions, types and currencies", () => {
    const v33 = sampleCfdi({ version: "3.3" }).replace("http://www.sat.gob.mx/cfd/4", "http://www.sat.gob.mx/cfd/3");
    expect(problemsOf(v33)).toEqual(["La versión del CFDI es 3.3; solo se aceptan CFDI 4.0."]);
    expect(problemsOf(sampleCfdi().replace('xmlns:cfdi="http://www.sat.gob.mx/cfd/4"', 'xmlns:cfdi="http://www.sat.gob.mx/cfd/3"'))[0]).toMatch(
      /espacio de nombres/,
    );
    expect(problemsOf(sampleCfdi({ currency: "USD" }))).toEqual(["La moneda del CFDI es USD; solo se aceptan facturas en pesos (MXN)."]);
    expect(problemsOf(sampleCfdi({ type: "E" }))[0]).toMatch(/tipo "E"/);
    // Several problems at once are all listed.
    expect(problemsOf(sampleCfdi({ currency: "USD", type: "P", uuid: null }))).toHaveLength(3);
  });

  it("refuses DOCTYPE and ENTITY declarations before parsing", () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
${sampleCfdi().replace(/^<\?xml[^>]*>\s*/, "").replace('Nombre="PUBLICO EN GENERAL"', 'Nombre="&lol2;"')}`;
    expect(problemsOf(bomb)).toEqual(["No se aceptan XML con declaraciones DOCTYPE o ENTITY."]);
    const xxe = sampleCfdi().replace("<cfdi:Comprobante", '<!doctype x SYSTEM "file:///etc/passwd">\n<cfdi:Comprobante');
    expect(problemsOf(xxe)).toEqual(["No se aceptan XML con declaraciones DOCTYPE o ENTITY."]);
    expect(problemsOf(`<a><! ENTITY x "y"></a>`)).toEqual(["No se aceptan XML con declaraciones DOCTYPE o ENTITY."]);
  });

  it("refuses malformed XML, non-CFDI XML and invalid UTF-8", () => {
    const malformed = "El XML está mal formado: no se puede leer como CFDI.";
    expect(problemsOf(sampleCfdi().replace("</cfdi:Comprobante>", ""))).toEqual([malformed]);
    expect(problemsOf(sampleCfdi().replace('Total="1160.00"', 'Total="1160.00" Total="1.00"'))).toEqual([malformed]);
    expect(problemsOf("no es xml")).toEqual([malformed]);
    expect(problemsOf("")).toEqual([malformed]);
    expect(problemsOf(`<?xml version="1.0"?><factura total="1"/>`)).toEqual(["El XML no es un CFDI: falta el nodo cfdi:Comprobante."]);
    expect(problemsOf(Buffer.from([0x3c, 0x61, 0xff, 0x3e]))).toEqual(["El XML debe estar codificado en UTF-8."]);
  });

  it("refuses missing parts and amounts that are not exact to the cent", () => {
    expect(problemsOf(sampleCfdi().replace(/<cfdi:Emisor[^>]*\/>/, ""))).toEqual(["Al CFDI le falta el nodo cfdi:Emisor."]);
    expect(problemsOf(sampleCfdi().replace(/ Fecha="[^"]*"/, ""))).toEqual(["Al CFDI le falta el atributo Fecha."]);
    expect(problemsOf(sampleCfdi({ date: "2026-02-30T10:00:00" }))[0]).toMatch(/Fecha del CFDI no es válida/);
    expect(problemsOf(sampleCfdi({ total: "1160.005" }))).toEqual(['El importe Total del CFDI no es válido: "1160.005".']);
    expect(problemsOf(sampleCfdi({ total: "-1160.00" }))[0]).toMatch(/Total/);
    expect(problemsOf(sampleCfdi().replace(/ UsoCFDI="[^"]*"/, ""))).toEqual(["Al CFDI le falta el atributo UsoCFDI del receptor."]);
  });

  it("checks the CFDI against the order: total to the cent, our RFC, the receiver and the folio", () => {
    const check = (options: Parameters<typeof sampleCfdi>[0], totalCents = 116000) =>
      checkExternalCfdi(read(sampleCfdi(options)), { totalCents, issuerRfc: ISSUER_RFC });
    expect(check({}, 116001)).toEqual(["El total del CFDI ($1,160.00) no coincide con el total del pedido ($1,160.01)."]);
    expect(check({ issuerRfc: "AAA010101AAA" })).toEqual([`El RFC del emisor del CFDI (AAA010101AAA) no es el nuestro (${ISSUER_RFC}).`]);
    expect(check({ receiverRfc: "ABC123" })).toEqual(['El RFC del receptor del CFDI no es válido: "ABC123".']);
    expect(check({ cfdiUse: "Z99" })).toEqual(['El uso CFDI "Z99" no existe en el catálogo del SAT.']);
    expect(check({ folio: null })).toEqual(["El CFDI no tiene Folio; se necesita para identificar la factura."]);
    expect(check({ folio: "1".repeat(21), series: "SERIE-LARGA" })).toHaveLength(2);
    expect(check({ issuerRfc: "AAA010101AAA" }, 1)).toHaveLength(2);
  });

  it("reads local times in a time zone, refusing impossible ones", () => {
    expect(localTimeToInstant("2026-01-15T10:30:00", "America/Mexico_City")).toEqual(new Date("2026-01-15T16:30:00Z"));
    // Mexico City still had daylight saving time in 2021 (UTC-5 in July).
    expect(localTimeToInstant("2021-07-01T12:00:00", "America/Mexico_City")).toEqual(new Date("2021-07-01T17:00:00Z"));
    expect(localTimeToInstant("2026-01-15 10:30:00", "America/Mexico_City")).toBeNull();
    expect(localTimeToInstant("2026-13-01T00:00:00", "America/Mexico_City")).toBeNull();
  });
});
