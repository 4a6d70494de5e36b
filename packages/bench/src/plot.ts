/** SVG plots of latency distributions, rendered headlessly with Vega-Lite and Vega. */
import type { TopLevelSpec } from "vega-lite" with { "resolution-mode": "import" };
import type { Distribution } from "./figure";

const MAX_POINTS_PER_ARM = 20_000;

/** Evenly thinned copy, so a plot's data stays bounded while keeping the distribution's shape. */
function thin(samples: number[]): number[] {
  if (samples.length <= MAX_POINTS_PER_ARM) return samples;
  const sorted = [...samples].sort((a, b) => a - b);
  const step = sorted.length / MAX_POINTS_PER_ARM;
  return Array.from({ length: MAX_POINTS_PER_ARM }, (_, i) => sorted[Math.floor(i * step)]);
}

export async function distributionSvg(title: string, distributions: Distribution[]): Promise<string> {
  // ES modules: loaded with import() from this CommonJS package.
  const vega = await import("vega");
  const vegaLite = await import("vega-lite");
  const unit = distributions[0]?.unit ?? "ms";
  const values = distributions.flatMap((d) => thin(d.samples).map((v) => ({ arm: d.label, value: Math.round(v * 1000) / 1000 })));
  const x = { field: "value", type: "quantitative", title: unit } as const;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, anchor: "start", fontSize: 13 },
    data: { values },
    config: { font: "sans-serif", view: { stroke: null } },
    vconcat: [
      {
        width: 640,
        height: { step: 28 },
        mark: { type: "boxplot", extent: "min-max", size: 18 },
        encoding: {
          y: { field: "arm", type: "nominal", title: null, sort: distributions.map((d) => d.label) },
          x,
          color: { field: "arm", type: "nominal", legend: null, sort: distributions.map((d) => d.label) },
        },
      },
      {
        width: 640,
        height: 160,
        mark: { type: "bar", opacity: 0.55, binSpacing: 0 },
        encoding: {
          x: { ...x, bin: { maxbins: 60 } },
          y: { aggregate: "count", type: "quantitative", title: "samples", stack: null },
          color: { field: "arm", type: "nominal", title: null, sort: distributions.map((d) => d.label) },
        },
      },
    ],
  };
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg: string = await view.toSVG();
  view.finalize();
  return svg;
}
