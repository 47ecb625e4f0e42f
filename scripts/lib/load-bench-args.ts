/** Command-line options shared by the autocannon load benchmarks (bench:feedback, bench:load). */
export interface LoadBenchArgs {
  json: string | null;
  duration: number;
  connections: number;
}

export function parseLoadBenchArgs(argv: string[], usage: string): LoadBenchArgs {
  const args: LoadBenchArgs = { json: null, duration: 20, connections: 50 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const positive = (name: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number of at least 1\n${usage}`);
      i += 1;
      return n;
    };
    if (flag === '--json') {
      if (!value || value.startsWith('--')) throw new Error(`--json needs a file name\n${usage}`);
      args.json = value;
      i += 1;
    } else if (flag === '--duration') args.duration = positive('--duration');
    else if (flag === '--connections') args.connections = positive('--connections');
    else if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n${usage}`);
  }
  return args;
}
