// P6: the JavaScript a browser must load before the app starts (the entry script and its
// modulepreload links in dist/index.html), gzipped at level 9, stays within the budget.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const LIMIT_KB = 150;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");

const html = readFileSync(join(dist, "index.html"), "utf8");
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, "i"))?.[1];

const files = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, "src");
  if (src && /type\s*=\s*["']module["']/i.test(tag)) files.push(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attribute(tag, "href");
  if (href && attribute(tag, "rel")?.toLowerCase() === "modulepreload") files.push(href);
}
if (files.length === 0) {
  console.error("bundle-size: no entry script found in dist/index.html");
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const sizes = [...new Set(files)].map((url) => {
  const content = readFileSync(join(dist, url.replace(/^\//, "").split(/[?#]/)[0]));
  return { url, raw: content.length, gzip: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length };
});
const total = sizes.reduce((sum, file) => sum + file.gzip, 0);

console.log(`initial JS: ${kb(total)} KB gzip (limit ${LIMIT_KB} KB)`);
for (const file of sizes) console.log(`  ${file.url}: ${kb(file.gzip)} KB gzip (${kb(file.raw)} KB raw)`);
if (total > LIMIT_KB * 1024) {
  console.error(`bundle-size: initial JS exceeds ${LIMIT_KB} KB gzip by ${kb(total - LIMIT_KB * 1024)} KB`);
  process.exit(1);
}
