import type { ProductionServer } from '../production-server';

/** Samples each instance's resident memory (process and children) until stopped; keeps the peaks. */
export function sampleMemory(instances: ProductionServer[], everyMs = 250) {
  const peaks = instances.map((instance) => instance.rssMiB());
  const timer = setInterval(() => {
    instances.forEach((instance, i) => (peaks[i] = Math.max(peaks[i]!, instance.rssMiB())));
  }, everyMs);
  return {
    stop: (): number[] => {
      clearInterval(timer);
      return peaks;
    },
  };
}
