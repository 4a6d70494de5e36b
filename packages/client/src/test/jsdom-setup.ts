// Every test starts signed out with a clean storage; modules read it when first imported.
localStorage.clear();

// jsdom has no layout, so naive-ui's virtual lists would measure a 0px viewport and render no
// row. This ResizeObserver reports every observed element as a 1024×768 box instead, except table
// rows (what a virtual table measures row by row): those get the height the table assumes for a
// row it has not drawn, so drawing one changes nothing. A 768px row would make the list grow and
// re-scroll itself by that much after every row it draws, which no browser does (Chromium draws
// the orders rows 40px tall: 12px more per row, absorbed as the list measures them).
const TABLE_ROW_HEIGHT = 28; // naive-ui's DataTable minRowHeight, the height its virtual list assumes

class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(target: Element): void {
    const height = target instanceof HTMLTableRowElement ? TABLE_ROW_HEIGHT : 768;
    const rect = { x: 0, y: 0, top: 0, left: 0, width: 1024, height, right: 1024, bottom: height };
    const size = [{ inlineSize: rect.width, blockSize: rect.height }];
    const entry: ResizeObserverEntry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: size,
      contentBoxSize: size,
      devicePixelContentBoxSize: size,
    };
    queueMicrotask(() => this.callback([entry], this));
  }

  unobserve(): void {}

  disconnect(): void {}
}

window.ResizeObserver = FixedSizeResizeObserver;

// Apollo Client 3.14 warns about APIs that @vue/apollo-composable 4.2 still calls.
(globalThis as Record<symbol, unknown>)[Symbol.for("apollo.deprecations")] = true;
