/**
 * Reading a stamped CFDI 4.0 issued in another system (the XML staff attach instead of issuing
 * the invoice here), and checking it against the order. Pure: no I/O.
 *
 * The XML is parsed without entity expansion and without any DTD handling; a DOCTYPE or ENTITY
 * declaration is refused before parsing (uploads are already checked for that: second line).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ISSUER_TIME_ZONE } from "./issuer";
import { CFDI_USES, FISCAL_UUID, RFC } from "./sat-catalogs";

export const CFDI_NAMESPACE = "http://www.sat.gob.mx/cfd/4";
export const TFD_NAMESPACE = "http://www.sat.gob.mx/TimbreFiscalDigital";

/** What we keep of an external CFDI; amounts in cents. */
export interface ExternalCfdi {
  /** "Serie"; null when the CFDI has none. */
  series: string | null;
  /** "Folio"; null when the CFDI has none. */
  folio: string | null;
  /** "Fecha" as written: local time of the place of issue, without an offset. */
  date: string;
  /** "Fecha" as an instant, read in the issuer's time zone (see issuer.ts). */
  issuedAt: Date;
  currency: "MXN";
  subtotalCents: number;
  /** "Descuento"; 0 when absent. */
  discountCents: number;
  /** cfdi:Impuestos "TotalImpuestosTrasladados"; 0 when absent. */
  taxCents: number;
  /** cfdi:Impuestos "TotalImpuestosRetenidos"; 0 when absent. */
  withheldCents: number;
  totalCents: number;
  issuer: { rfc: string; name: string };
  receiver: { rfc: string; name: string; cfdiUse: string };
  /** The fiscal folio of tfd:TimbreFiscalDigital, upper case. */
  uuid: string;
}

export type CfdiReading = { ok: true; cfdi: ExternalCfdi } | { ok: false; problems: string[] };

export interface CfdiExpectations {
  /** The order's total: the CFDI must add up to it to the cent. */
  totalCents: number;
  /** Our RFC: the CFDI must be issued by us. */
  issuerRfc: string;
}

/** Storage limits of an Invoice row (series, folio, receiver name). */
const MAX_SERIES = 10;
const MAX_FOLIO = 20;
const MAX_NAME = 300;

const DECLARATIONS = /<!\s*(doctype|entity)/i;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // No entity expansion at all (not even the predefined five: decoded below, without recursion).
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: false,
  allowBooleanAttributes: false,
});

type XmlNode = Record<string, unknown>;
type Scope = ReadonlyMap<string, string>;

interface Element {
  node: XmlNode;
  scope: Scope;
}

/** Reads a stamped CFDI 4.0; the problems (es-MX) say why it cannot be used. */
export function parseExternalCfdi(input: string | Buffer): CfdiReading {
  const text = typeof input === "string" ? input : decodeUtf8(input);
  if (text === null) return refuse("El XML debe estar codificado en UTF-8.");
  const xml = text.replace(/^\uFEFF/, "");
  if (DECLARATIONS.test(xml)) return refuse("No se aceptan XML con declaraciones DOCTYPE o ENTITY.");
  if (XMLValidator.validate(xml) !== true) return refuse("El XML está mal formado: no se puede leer como CFDI.");
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch {
    return refuse("El XML está mal formado: no se puede leer como CFDI.");
  }

  const roots = elementsOf(document, new Map(), () => true);
  const root = roots.length === 1 ? roots[0] : null;
  if (!root || localName(root.key) !== "Comprobante") return refuse("El XML no es un CFDI: falta el nodo cfdi:Comprobante.");
  const comprobante = root.element;
  const version = attr(comprobante, "Version");
  if (version !== "4.0") {
    return refuse(version ? `La versión del CFDI es ${version}; solo se aceptan CFDI 4.0.` : "El CFDI no indica su versión; solo se aceptan CFDI 4.0.");
  }
  if (namespaceOf(root.key, comprobante.scope) !== CFDI_NAMESPACE) {
    return refuse(`El nodo cfdi:Comprobante no usa el espacio de nombres del CFDI 4.0 (${CFDI_NAMESPACE}).`);
  }

  const problems: string[] = [];
  const required = (element: Element | null, name: string, label: string): string => {
    const value = element ? attr(element, name) : null;
    if (!value && element) problems.push(`Al CFDI le falta el atributo ${label}.`);
    return value ?? "";
  };
  const amount = (element: Element | null, name: string, label: string, optional = false): number => {
    const value = element ? attr(element, name) : null;
    if (value === null || value === "") {
      if (!optional && element) problems.push(`Al CFDI le falta el atributo ${label}.`);
      return 0;
    }
    const cents = toCents(value);
    if (cents === null) problems.push(`El importe ${label} del CFDI no es válido: "${value}".`);
    return cents ?? 0;
  };
  const single = (parent: Element | null, namespace: string, name: string, label: string, optional = false): Element | null => {
    if (!parent) return null;
    const found = children(parent, namespace, name);
    if (found.length > 1) problems.push(`El CFDI tiene más de un nodo ${label}.`);
    if (found.length === 0 && !optional) problems.push(`Al CFDI le falta el nodo ${label}.`);
    return found[0] ?? null;
  };

  const date = required(comprobante, "Fecha", "Fecha");
  const issuedAt = date ? localTimeToInstant(date, ISSUER_TIME_ZONE) : null;
  if (date && !issuedAt) problems.push(`La Fecha del CFDI no es válida: "${date}" (se espera AAAA-MM-DDThh:mm:ss).`);
  const type = required(comprobante, "TipoDeComprobante", "TipoDeComprobante");
  if (type && type !== "I") problems.push(`El CFDI es de tipo "${type}"; solo se aceptan facturas de ingreso (tipo "I").`);
  const currency = required(comprobante, "Moneda", "Moneda");
  if (currency && currency !== "MXN") problems.push(`La moneda del CFDI es ${currency}; solo se aceptan facturas en pesos (MXN).`);
  const subtotalCents = amount(comprobante, "SubTotal", "SubTotal");
  const discountCents = amount(comprobante, "Descuento", "Descuento", true);
  const totalCents = amount(comprobante, "Total", "Total");

  const emisor = single(comprobante, CFDI_NAMESPACE, "Emisor", "cfdi:Emisor");
  const issuer = { rfc: required(emisor, "Rfc", "Rfc del emisor").toUpperCase(), name: required(emisor, "Nombre", "Nombre del emisor") };
  const receptor = single(comprobante, CFDI_NAMESPACE, "Receptor", "cfdi:Receptor");
  const receiver = {
    rfc: required(receptor, "Rfc", "Rfc del receptor").toUpperCase(),
    name: required(receptor, "Nombre", "Nombre del receptor"),
    cfdiUse: required(receptor, "UsoCFDI", "UsoCFDI del receptor").toUpperCase(),
  };
  const impuestos = single(comprobante, CFDI_NAMESPACE, "Impuestos", "cfdi:Impuestos", true);
  const taxCents = amount(impuestos, "TotalImpuestosTrasladados", "TotalImpuestosTrasladados", true);
  const withheldCents = amount(impuestos, "TotalImpuestosRetenidos", "TotalImpuestosRetenidos", true);

  const stamps = children(comprobante, CFDI_NAMESPACE, "Complemento").flatMap((c) => children(c, TFD_NAMESPACE, "TimbreFiscalDigital"));
  let uuid = "";
  if (stamps.length === 0) problems.push("El CFDI no está timbrado: falta el Timbre Fiscal Digital (UUID).");
  else if (stamps.length > 1) problems.push("El CFDI tiene más de un Timbre Fiscal Digital.");
  else {
    uuid = (attr(stamps[0], "UUID") ?? "").toUpperCase();
    if (!uuid) problems.push("El CFDI no está timbrado: al Timbre Fiscal Digital le falta el UUID.");
    else if (!FISCAL_UUID.test(uuid)) problems.push(`El UUID del CFDI no es válido: "${uuid}".`);
  }

  if (problems.length > 0) return { ok: false, problems };
  const series = attr(comprobante, "Serie") || null;
  const folio = attr(comprobante, "Folio") || null;
  return {
    ok: true,
    cfdi: {
      series,
      folio,
      date,
      issuedAt: issuedAt!,
      currency: "MXN",
      subtotalCents,
      discountCents,
      taxCents,
      withheldCents,
      totalCents,
      issuer,
      receiver,
      uuid,
    },
  };
}

/** What keeps a well-formed CFDI from being this order's invoice (es-MX); empty when nothing. */
export function checkExternalCfdi(cfdi: ExternalCfdi, expected: CfdiExpectations): string[] {
  const problems: string[] = [];
  if (cfdi.totalCents !== expected.totalCents) {
    problems.push(`El total del CFDI (${pesos(cfdi.totalCents)}) no coincide con el total del pedido (${pesos(expected.totalCents)}).`);
  }
  if (cfdi.issuer.rfc !== expected.issuerRfc.toUpperCase()) {
    problems.push(`El RFC del emisor del CFDI (${cfdi.issuer.rfc}) no es el nuestro (${expected.issuerRfc}).`);
  }
  if (!RFC.test(cfdi.receiver.rfc)) problems.push(`El RFC del receptor del CFDI no es válido: "${cfdi.receiver.rfc}".`);
  if (!CFDI_USES.has(cfdi.receiver.cfdiUse)) problems.push(`El uso CFDI "${cfdi.receiver.cfdiUse}" no existe en el catálogo del SAT.`);
  if (cfdi.receiver.name.length > MAX_NAME) problems.push(`El nombre del receptor del CFDI es demasiado largo (máximo ${MAX_NAME} caracteres).`);
  if (!cfdi.folio) problems.push("El CFDI no tiene Folio; se necesita para identificar la factura.");
  else if (cfdi.folio.length > MAX_FOLIO) problems.push(`El Folio del CFDI es demasiado largo (máximo ${MAX_FOLIO} caracteres).`);
  if (cfdi.series && cfdi.series.length > MAX_SERIES) problems.push(`La Serie del CFDI es demasiado larga (máximo ${MAX_SERIES} caracteres).`);
  return problems;
}

const refuse = (problem: string): CfdiReading => ({ ok: false, problems: [problem] });

function decodeUtf8(data: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return null;
  }
}

function localName(key: string): string {
  const colon = key.indexOf(":");
  return colon === -1 ? key : key.slice(colon + 1);
}

function namespaceOf(key: string, scope: Scope): string | undefined {
  const colon = key.indexOf(":");
  return scope.get(colon === -1 ? "" : key.slice(0, colon));
}

/** The element's scope: its parent's namespace declarations plus its own. */
function scopeOf(node: XmlNode, parent: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== "string") continue;
    const prefix = key === "@_xmlns" ? "" : key.startsWith("@_xmlns:") ? key.slice("@_xmlns:".length) : null;
    if (prefix === null) continue;
    scope ??= new Map(parent);
    scope.set(prefix, value.trim());
  }
  return scope ?? parent;
}

/** Child elements (with their key) of a parsed node; empty elements parse as "". */
function elementsOf(node: XmlNode, scope: Scope, wanted: (key: string) => boolean): { key: string; element: Element }[] {
  const found: { key: string; element: Element }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_") || key === "#text" || !wanted(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const child: XmlNode = item !== null && typeof item === "object" ? (item as XmlNode) : {};
      found.push({ key, element: { node: child, scope: scopeOf(child, scope) } });
    }
  }
  return found;
}

/** Child elements named `name` in `namespace`, whatever prefix the document gave it. */
function children(parent: Element, namespace: string, name: string): Element[] {
  return elementsOf(parent.node, parent.scope, (key) => localName(key) === name)
    .filter(({ key, element }) => namespaceOf(key, element.scope) === namespace)
    .map(({ element }) => element);
}

/** An unqualified attribute's value, entities decoded and whitespace normalized; null if absent. */
function attr(element: Element, name: string): string | null {
  const value = element.node[`@_${name}`];
  if (typeof value !== "string") return null;
  return decodeEntities(value).replace(/\s+/g, " ").trim();
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined XML entities and character references; nothing else, never recursively. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref];
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** "1234.5" -> 123450; null unless a non-negative decimal exact to the cent. */
function toCents(value: string): number | null {
  const match = /^(\d{1,15})(?:\.(\d{1,6}))?$/.exec(value);
  if (!match) return null;
  const decimals = (match[2] ?? "").padEnd(2, "0");
  if (/[^0]/.test(decimals.slice(2))) return null;
  const cents = Number(match[1]) * 100 + Number(decimals.slice(0, 2));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** "AAAA-MM-DDThh:mm:ss" wall-clock time in `timeZone` -> the instant; null when not a real time. */
export function localTimeToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day ||
    check.getUTCHours() !== hour || check.getUTCMinutes() !== minute || check.getUTCSeconds() !== second
  ) {
    return null;
  }
  // The zone's offset at that moment (twice: the first guess may straddle an offset change).
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMs(at: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(at / 1000) * 1000;
}

const pesos = (cents: number) =>
  `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
