export interface ConsoleCapture {
  /** Every line printed through console since the capture started. */
  readonly lines: string[];
  /** Gives console back and returns everything it printed meanwhile, to check it for secrets. */
  restore(): string;
}

/** Captures (and silences) everything printed through console until `restore()`. */
export function captureConsole(): ConsoleCapture {
  const lines: string[] = [];
  const spies = (["log", "warn", "error", "info", "debug"] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    }),
  );
  return {
    lines,
    restore() {
      for (const spy of spies) spy.mockRestore();
      return lines.join("\n");
    },
  };
}
