// The benchmark's flags: npm run bench [-- --sizes 2,1000 --runs 2 --load 10 --soak 60 --burst 60 --images 4
// --dev-max 1000 --10000].

export interface BenchOptions {
  /** Post counts to measure, smallest first. */
  sizes: number[];
  /** Builds of each kind per size, floor and site alternating; the report gives the median. */
  runs: number;
  /** Seconds of each load row. */
  loadSeconds: number;
  /** Seconds of load on `npm start` at the largest size while its memory is watched; 0 leaves it out. */
  soakSeconds: number;
  /** Seconds of the reactions burst; 0 leaves the reactions section out. */
  burstSeconds: number;
  /** Camera-sized photos for the image section; 0 leaves it out. */
  images: number;
  /** Development servers are measured up to this size (a cold `next dev` at 10,000 posts says little more). */
  devMaxSize: number;
}

/** Returns the options from command-line flags such as `--sizes 2,1000` or `--runs=3`; throws on an unknown flag. */
export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (const flag of argv
    .join(" ")
    .split("--")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, value = ""] = flag.split(/[ =]/);
    flags.set(name, value);
  }
  const known = ["sizes", "runs", "load", "soak", "burst", "images", "dev-max", "10000"];
  const unknown = [...flags.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown flag --${unknown[0]}: the flags are --${known.join(", --")}.`);
  const number = (name: string, fallback: number) => Number(flags.get(name) || fallback);
  const sizes = (flags.get("sizes") || "2,1000").split(",").map(Number).filter(Boolean);
  if (flags.has("10000") && !sizes.includes(10000)) sizes.push(10000);
  return {
    sizes: sizes.sort((a, b) => a - b),
    runs: number("runs", 2),
    loadSeconds: number("load", 10),
    soakSeconds: number("soak", 60),
    burstSeconds: number("burst", 60),
    images: number("images", 4),
    devMaxSize: number("dev-max", 1000),
  };
}
