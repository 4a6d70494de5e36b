import { CliArgsError, parseCliArgs } from "./cli-args";

describe("CLI arguments", () => {
  it("reads flags and takes keys only from the environment", () => {
    const options = parseCliArgs(["--port", "4100", "--orders=40", "--seed", "3"], {
      CLAROSHOP_PUBLIC_KEY: "pub", CLAROSHOP_PRIVATE_KEY: "priv",
    });
    expect(options).toMatchObject({ port: 4100, orderCount: 40, seed: 3, publicKey: "pub", privateKey: "priv" });
  });

  it("refuses unknown flags and bad numbers", () => {
    expect(() => parseCliArgs(["--private-key", "x"], {})).toThrow(CliArgsError);
    expect(() => parseCliArgs(["--port", "abc"], {})).toThrow(CliArgsError);
    expect(() => parseCliArgs(["--port"], {})).toThrow(CliArgsError);
    expect(parseCliArgs(["--help"], {})).toBe("help");
  });
});
