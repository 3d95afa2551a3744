import pkg from "../../package.json" with { type: "json" };

/** The package version, shown by `--version` and written into JSON output. */
export const VERSION: string = pkg.version;
