import { cpus, totalmem } from "node:os";

/** The machine a run was measured on: the ratios travel, the absolute numbers only with this. */
export function machine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${model}, ${cores.length} cores, ${memory}, Node ${process.version} (${process.platform} ${process.arch})`;
}
