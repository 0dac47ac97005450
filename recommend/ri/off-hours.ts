// Savings from switching non-production environments off outside business hours.
import type { NonProduction } from '../demand/types.ts';

export function businessHoursPerYear(np: NonProduction, startMs: number, hours: number): number {
  let on = 0;
  for (let h = 0; h < hours; h++) {
    const d = new Date(startMs + h * 3_600_000);
    const iso = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    if (np.businessHours.days.includes(iso) && d.getUTCHours() >= np.businessHours.from && d.getUTCHours() < np.businessHours.to) on++;
  }
  return on;
}

export function offHoursSaving(np: NonProduction, startMs: number, hours: number, onDemandHourly: number): { hoursOff: number; annualSavings: number } {
  const hoursOff = hours - businessHoursPerYear(np, startMs, hours);
  return { hoursOff, annualSavings: np.instances * hoursOff * onDemandHourly };
}
