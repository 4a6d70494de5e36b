import type { SandboxOptions } from "./sandbox.types";

export class CliArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliArgsError";
  }
}

export const USAGE = `Usage: claroshop-sandbox [--port 4100] [--host 127.0.0.1] [--orders 40] [--seed 1] [--guide-delay-ms 0]
Keys: CLAROSHOP_PUBLIC_KEY / CLAROSHOP_PRIVATE_KEY. T1: CLAROSHOP_T1_USERNAME / CLAROSHOP_T1_PASSWORD / CLAROSHOP_T1_SELLER_ID.`;

const NUMERIC: Record<string, "port" | "orderCount" | "seed" | "guideDelayMs"> = {
  "--port": "port",
  "--orders": "orderCount",
  "--seed": "seed",
  "--guide-delay-ms": "guideDelayMs",
};

type Env = Record<string, string | undefined>;

function fromEnv(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Reads `--name value` and `--name=value`; secrets come only from the environment. */
export function parseCliArgs(argv: readonly string[], env: Env): SandboxOptions | "help" {
  const options: SandboxOptions = {
    publicKey: fromEnv(env, "CLAROSHOP_PUBLIC_KEY"),
    privateKey: fromEnv(env, "CLAROSHOP_PRIVATE_KEY"),
    t1: {
      username: fromEnv(env, "CLAROSHOP_T1_USERNAME"),
      password: fromEnv(env, "CLAROSHOP_T1_PASSWORD"),
      sellerId: fromEnv(env, "CLAROSHOP_T1_SELLER_ID"),
    },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    const [name = "", inline] = arg.split("=", 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliArgsError(`${name} needs a value`);
    const numeric = NUMERIC[name];
    if (numeric) {
      if (!/^\d+$/.test(value)) throw new CliArgsError(`${name} must be a whole number`);
      options[numeric] = Number(value);
    } else if (name === "--host") {
      options.host = value;
    } else {
      throw new CliArgsError(`unknown option ${name}`);
    }
  }
  if (options.port !== undefined && options.port > 65535) throw new CliArgsError("--port must be at most 65535");
  return options;
}
