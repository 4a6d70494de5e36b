/** How the legacy API writes text and money. */
const NAMED: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
  á: "&aacute;", é: "&eacute;", í: "&iacute;", ó: "&oacute;", ú: "&uacute;",
  Á: "&Aacute;", É: "&Eacute;", Í: "&Iacute;", Ó: "&Oacute;", Ú: "&Uacute;",
  ñ: "&ntilde;", Ñ: "&Ntilde;", ü: "&uuml;", Ü: "&Uuml;", "¿": "&iquest;", "¡": "&iexcl;", "°": "&deg;",
};

/** Titles arrive HTML-entity encoded ("Bal&oacute;n"); anything else non-ASCII as a numeric entity. */
export function encodeHtmlEntities(text: string): string {
  let out = "";
  for (const ch of text) {
    const named = NAMED[ch];
    if (named) out += named;
    else if (ch.charCodeAt(0) > 126) out += `&#${ch.codePointAt(0) ?? 63};`;
    else out += ch;
  }
  return out;
}

/** Money travels as a decimal string with two places ("1299.00"). */
export function moneyString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
