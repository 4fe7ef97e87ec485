/**
 * A worker thread inherits its parent's Node options, `--import tsx` included: then every thread
 * loads tsx and sends each of its imports through tsx's loader thread, though it runs plain
 * JavaScript (the PGlite thread, the parser's prebuilt bundle). Measured in the API's process:
 * tsx's CommonJS hooks and esbuild's client loaded in each thread, on top of the one loader thread.
 */

/** Does this option (with its value, if separate) load tsx? */
const loadsTsx = (option: string, value: string | undefined): boolean => {
  const [name, inline] = option.split(/=(.*)/s, 2);
  if (!["--import", "--require", "-r", "--loader", "--experimental-loader"].includes(name ?? ""))
    return false;
  const target = inline ?? value ?? "";
  return /(^|[\\/])tsx([\\/@]|$)/.test(target) || /[\\/]tsx[\\/]dist[\\/]/.test(target);
};

/**
 * `argv` (the process's `execArgv` by default) without the options that load tsx: for a worker
 * that runs plain JavaScript. Other options (a heap limit, `--inspect`…) are kept.
 */
export function execArgvWithoutTsx(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i] as string;
    const separate = !option.includes("=") ? argv[i + 1] : undefined;
    if (loadsTsx(option, separate)) {
      if (!option.includes("=")) i++;
      continue;
    }
    out.push(option);
  }
  return out;
}
