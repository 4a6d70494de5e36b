/**
 * Claro Shop titles arrive HTML-entity encoded ("Bal&oacute;n"). A small decoder instead of a
 * dependency: numeric entities plus the named ones Spanish product titles use.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú",
  Aacute: "Á", Eacute: "É", Iacute: "Í", Oacute: "Ó", Uacute: "Ú",
  agrave: "à", egrave: "è", igrave: "ì", ograve: "ò", ugrave: "ù",
  Agrave: "À", Egrave: "È", Igrave: "Ì", Ograve: "Ò", Ugrave: "Ù",
  acirc: "â", ecirc: "ê", icirc: "î", ocirc: "ô", ucirc: "û",
  auml: "ä", euml: "ë", iuml: "ï", ouml: "ö", uuml: "ü",
  Auml: "Ä", Euml: "Ë", Iuml: "Ï", Ouml: "Ö", Uuml: "Ü",
  ntilde: "ñ", Ntilde: "Ñ", ccedil: "ç", Ccedil: "Ç",
  iquest: "¿", iexcl: "¡", deg: "°", ordf: "ª", ordm: "º", middot: "·",
  laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™", euro: "€",
  ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  times: "×", frac12: "½", frac14: "¼", frac34: "¾", sup2: "²", sup3: "³", micro: "µ",
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

function fromCodePoint(code: number, original: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : original;
}

/** Decodes named and numeric entities; unknown or invalid ones are left as they came. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text; // most titles: nothing to decode
  return text.replace(ENTITY, (whole: string, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return fromCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith("#")) return fromCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED[body] ?? whole;
  });
}
