// Shared data for the advisor tests: every combination of answers, and a stand-in
// for the client registry (the real one lives in lib/clients and may change).
import { offlineNeeds, organizations, type Answers } from '../../lib/advisor';

export const knownClientIds = ['thunderbird', 'apple-mail', 'outlook-classic', 'ios-mail'] as const;

/** devices 1..maxDevices × every offline need × every organization. */
export function allAnswers(maxDevices = 6, clients: string[] = []): Answers[] {
  const result: Answers[] = [];
  for (let devices = 1; devices <= maxDevices; devices++) {
    for (const offline of offlineNeeds) {
      for (const organize of organizations) {
        result.push({ devices, offline, organize, clients: [...clients] });
      }
    }
  }
  return result;
}

/** Every subset of `items`, each in the given order. */
export function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) {
    result.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  }
  return result;
}

export function describeAnswers(a: Answers): string {
  return `devices=${a.devices} offline=${a.offline} organize=${a.organize}`;
}
