// The library as users get it: the build in dist/ (npm run bench builds it first). Under tsx the
// sources would be transformed with keepNames, which wraps every closure in a __name() call and
// would make the library look slower than it is. ZFXXGK_BENCH=src measures the sources instead.
const entry = process.env.ZFXXGK_BENCH === "src" ? "../src/index.js" : "../dist/index.js";

export const lib: typeof import("../src/index.js") = await import(entry);
