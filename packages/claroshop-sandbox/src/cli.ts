#!/usr/bin/env node
import { CliArgsError, parseCliArgs, USAGE } from "./cli-args";
import { startSandbox } from "./sandbox";

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof CliArgsError) {
      console.error(`${err.message}\n${USAGE}`);
      process.exit(2);
    }
    throw err;
  }
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const sandbox = await startSandbox(options);
  const settings = sandbox.admin.publicSettings();
  // The private key and the T1 password are never printed.
  console.log(
    [
      `Claro Shop sandbox listening (seed ${settings.seed}, ${settings.orderCount} orders)`,
      `  legacy API  ${sandbox.url}  (public key ${sandbox.publicKey})`,
      `  T1 base     ${sandbox.t1BaseUrl}  (user ${settings.t1Username}, seller ${sandbox.sellerId})`,
      `  T1 token    ${sandbox.t1TokenUrl}`,
      `  admin       ${sandbox.adminUrl}`,
    ].join("\n"),
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
