// A price file: what `recommend --prices FILE` reads. The project ships a dated third-party snapshot
// (pricing/ec2-prices.snapshot.json); users replace it with their own prices (EDP discounts etc.).

export type CommitmentId =
  | 'ri-1yr-no-upfront'
  | 'ri-1yr-partial-upfront'
  | 'ri-1yr-all-upfront'
  | 'ri-3yr-no-upfront'
  | 'ri-3yr-partial-upfront'
  | 'ri-3yr-all-upfront'
  | 'savings-plan-1yr-no-upfront'
  | 'savings-plan-3yr-no-upfront';

export const COMMITMENT_IDS: readonly CommitmentId[] = [
  'ri-1yr-no-upfront',
  'ri-1yr-partial-upfront',
  'ri-1yr-all-upfront',
  'ri-3yr-no-upfront',
  'ri-3yr-partial-upfront',
  'ri-3yr-all-upfront',
  'savings-plan-1yr-no-upfront',
  'savings-plan-3yr-no-upfront',
];

export interface CommitmentPrice {
  /** Hourly rate with any upfront payment spread over the term. */
  readonly effectiveHourly: number;
  /** Paid at purchase, per instance; absent when the source does not say. */
  readonly upfront?: number;
}

export interface InstancePrice {
  readonly onDemandHourly: number;
  readonly source: string;
  readonly date: string;
  readonly commitments: Readonly<Partial<Record<CommitmentId, CommitmentPrice>>>;
}

export interface PriceFile {
  readonly path: string;
  readonly label: string;
  readonly currency: string;
  readonly snapshotDate: string;
  readonly notes: readonly string[];
  readonly regions: Readonly<Record<string, Readonly<Record<string, InstancePrice>>>>;
}

export function termYears(id: CommitmentId): number {
  return id.includes('3yr') ? 3 : 1;
}

export function commitmentLabel(id: CommitmentId): string {
  const kind = id.startsWith('ri-') ? 'Standard RI' : 'Savings Plan';
  const payment = id.endsWith('no-upfront') ? 'no upfront' : id.endsWith('partial-upfront') ? 'partial upfront' : 'all upfront';
  return `${kind}, ${termYears(id)} yr, ${payment}`;
}
