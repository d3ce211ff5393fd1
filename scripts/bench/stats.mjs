// Summaries of timing samples, shared by the benchmarks.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarise(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}
