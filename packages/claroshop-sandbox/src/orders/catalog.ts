/**
 * What the sandbox seller sells. The product's demo registers SANDBOX_PRODUCTS in its own
 * catalogue; orders also carry SANDBOX_UNKNOWN_SKUS, which the demo must not register, so the
 * "line without a registered product" path is exercised.
 */
export interface SandboxProduct {
  sku: string;
  name: string;
  /** Price with IVA (16%), integer cents (MXN). */
  price: number;
}

export interface SandboxListing extends SandboxProduct {
  /** Claro Shop's own product id. */
  claroId: string;
  /** Child SKUs (sizes, colours); the parent SKU is used when there are none. */
  variants: readonly string[];
}

export const SANDBOX_LISTINGS: readonly SandboxListing[] = [
  { sku: "VOIT-BAL-N5", name: "Balón de Fútbol Voit Clásico No. 5", price: 34900, claroId: "2081345", variants: [] },
  { sku: "JBL-T510BT-NEG", name: "Audífonos Inalámbricos JBL Tune 510BT Bluetooth Negro", price: 89900, claroId: "1975021", variants: [] },
  { sku: "OST-LIC-BLSTPG", name: "Licuadora Oster 10 Velocidades Vaso de Vidrio", price: 129900, claroId: "1533872", variants: [] },
  { sku: "NESP-ESSMINI", name: "Cafetera Nespresso Essenza Mini Roja", price: 219900, claroId: "2110478", variants: [] },
  { sku: "TFAL-SART-28", name: "Sartén Antiadherente T-fal Día a Día 28 cm", price: 42900, claroId: "1688204", variants: [] },
  { sku: "BD-PLANCHA-VAP", name: "Plancha de Vapor Black+Decker Cerámica", price: 54900, claroId: "1720093", variants: [] },
  { sku: "CHEN-MOCH-ESC", name: "Mochila Escolar Chenson \"Happy\" Rosa", price: 59900, claroId: "2044517", variants: [] },
  { sku: "CHAR-TEN-H", name: "Tenis Deportivos Charly para Hombre", price: 79900, claroId: "1899631", variants: ["CHAR-TEN-H-26", "CHAR-TEN-H-27", "CHAR-TEN-H-28"] },
  { sku: "XIA-RWATCH3", name: "Reloj Inteligente Xiaomi Redmi Watch 3 Active", price: 99900, claroId: "2156710", variants: [] },
  { sku: "CARG-USBC-20W", name: "Cargador Rápido USB-C 20 W con Cable", price: 24900, claroId: "2013388", variants: [] },
  { sku: "FUND-SAMA54", name: "Funda Uso Rudo para Samsung Galaxy A54", price: 19900, claroId: "2097752", variants: [] },
  { sku: "SAB-MAT-300H", name: "Juego de Sábanas Matrimonial 300 Hilos", price: 64900, claroId: "1804466", variants: [] },
  { sku: "LAMP-LED-ESC", name: "Lámpara de Escritorio LED Flexible", price: 37900, claroId: "1912058", variants: [] },
  { sku: "TERM-ACX-1L", name: "Termo de Acero Inoxidable 1 L", price: 29900, claroId: "1961733", variants: [] },
  { sku: "BASC-DIG-BANO", name: "Báscula Digital de Baño 180 kg", price: 27900, claroId: "1874109", variants: [] },
  { sku: "PWB-10000", name: "Batería Portátil Power Bank 10000 mAh", price: 44900, claroId: "2002291", variants: [] },
  { sku: "JUG-MAD-DID", name: "Juguete Didáctico de Madera Figuras Geométricas", price: 31900, claroId: "1790845", variants: [] },
  { sku: "TAZ-CER-4P", name: "Set de Tazas de Cerámica (4 piezas)", price: 26900, claroId: "1846573", variants: [] },
  { sku: "MYT-VENT-16", name: "Ventilador de Pie Mytek 16\" 3 Velocidades", price: 69900, claroId: "2065914", variants: [] },
  { sku: "SCR-CUAD-100", name: "Cuaderno Profesional Scribe Raya 100 Hojas", price: 4900, claroId: "1701387", variants: [] },
  { sku: "ALM-MEMFOAM", name: "Almohada Memory Foam Ergonómica", price: 49900, claroId: "1937726", variants: [] },
  { sku: "SONY-SRSXB100", name: "Bocina Portátil Sony SRS-XB100 Bluetooth", price: 119900, claroId: "2178042", variants: [] },
  { sku: "LOG-K380", name: "Teclado Inalámbrico Logitech K380 Multidispositivo", price: 74900, claroId: "1989517", variants: [] },
  { sku: "MOUSE-OPT-INAL", name: "Mouse Óptico Inalámbrico 1600 DPI", price: 17900, claroId: "1958204", variants: [] },
  { sku: "NINJA-AF-4L", name: "Freidora de Aire Ninja 4 L", price: 249900, claroId: "2121093", variants: [] },
  { sku: "EVL-GUANT-12", name: "Guantes de Box Everlast 12 oz", price: 89900, claroId: "1866350", variants: ["EVL-GUANT-12-ROJ", "EVL-GUANT-12-NEG"] },
  { sku: "YOGA-TAP-6MM", name: "Tapete de Yoga Antiderrapante 6 mm", price: 33900, claroId: "1920786", variants: [] },
  { sku: "SILLA-GAM-ERG", name: "Silla Gamer Ergonómica Reclinable", price: 349900, claroId: "2139967", variants: [] },
  { sku: "PRESTO-OLLA-6L", name: "Olla Exprés Presto 6 L Acero", price: 159900, claroId: "1612408", variants: [] },
  { sku: "CAF-MOLIDO-1K", name: "Café Molido Veracruz Altura 1 kg", price: 28900, claroId: "2030159", variants: [] },
];

/** Sold on Claro Shop but never registered in the demo's catalogue. */
export const SANDBOX_UNKNOWN_LISTINGS: readonly SandboxListing[] = [
  { sku: "ZX-PLUMA-GEL12", name: "Plumas de Gel Azul (Paquete con 12)", price: 8900, claroId: "2190331", variants: [] },
  { sku: "ZX-FUNDA-TAB10", name: "Funda Universal para Tableta 10\" Piel Sintética", price: 21900, claroId: "2190874", variants: [] },
  { sku: "ZX-HDMI-2M", name: "Cable HDMI 2.0 de 2 m", price: 12900, claroId: "2191502", variants: [] },
  { sku: "ZX-CUCH-6P", name: "Set de Cuchillos de Cocina & Base (6 piezas)", price: 46900, claroId: "2192018", variants: [] },
  { sku: "ZX-ORG-BAMBU", name: "Organizador de Escritorio de Bambú", price: 27900, claroId: "2192765", variants: [] },
];

export const SANDBOX_PRODUCTS: readonly SandboxProduct[] = SANDBOX_LISTINGS.map(({ sku, name, price }) => ({
  sku,
  name,
  price,
}));

export const SANDBOX_UNKNOWN_SKUS: readonly string[] = SANDBOX_UNKNOWN_LISTINGS.map((l) => l.sku);

const BY_SKU = new Map<string, SandboxListing>(
  [...SANDBOX_LISTINGS, ...SANDBOX_UNKNOWN_LISTINGS].map((l) => [l.sku, l]),
);

export function findListing(sku: string): SandboxListing | undefined {
  return BY_SKU.get(sku);
}
