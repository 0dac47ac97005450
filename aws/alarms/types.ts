// Alarm and scaling definitions in one canonical shape: what the recommendation turns into, what is
// read back from AWS (DescribePolicies / DescribeAlarms / DescribeScheduledActions), what is diffed,
// applied, backed up and restored. Field names follow the AWS APIs so exports read naturally.
// Alarm actions that point at a scaling policy of the group are written `policy:<PolicyName>`: ARNs
// change when a policy is re-created, names do not.

export interface StepAdjustmentDef {
  readonly MetricIntervalLowerBound?: number;
  readonly MetricIntervalUpperBound?: number;
  readonly ScalingAdjustment: number;
}

export interface PolicyDef {
  readonly PolicyName: string;
  readonly PolicyType: string;
  readonly AdjustmentType?: string;
  readonly MinAdjustmentMagnitude?: number;
  readonly ScalingAdjustment?: number;
  readonly Cooldown?: number;
  readonly MetricAggregationType?: string;
  readonly EstimatedInstanceWarmup?: number;
  readonly StepAdjustments?: readonly StepAdjustmentDef[];
  readonly TargetTrackingConfiguration?: {
    readonly PredefinedMetricSpecification?: { readonly PredefinedMetricType: string; readonly ResourceLabel?: string };
    readonly TargetValue: number;
    readonly DisableScaleIn?: boolean;
  };
}

export interface AlarmDef {
  readonly AlarmName: string;
  readonly AlarmDescription?: string;
  readonly ActionsEnabled: boolean;
  readonly AlarmActions: readonly string[];
  readonly OKActions: readonly string[];
  readonly InsufficientDataActions: readonly string[];
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: readonly { readonly Name: string; readonly Value: string }[];
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Period: number;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold: number;
  readonly ComparisonOperator: string;
  readonly TreatMissingData?: string;
  readonly Unit?: string;
}

export interface ScheduledDef {
  readonly ScheduledActionName: string;
  /** ISO 8601, UTC. */
  readonly StartTime?: string;
  readonly EndTime?: string;
  readonly Recurrence?: string;
  readonly MinSize?: number;
  readonly MaxSize?: number;
  readonly DesiredCapacity?: number;
  readonly TimeZone?: string;
}

/** Everything scaling-related of one Auto Scaling group. */
export interface GroupState {
  readonly asgName: string;
  readonly policies: readonly PolicyDef[];
  readonly alarms: readonly AlarmDef[];
  readonly scheduled: readonly ScheduledDef[];
}

/** Settings of the group itself: exported for the user to set; `alarms apply` does not change them. */
export interface GroupSettings {
  readonly MinSize: number;
  readonly MaxSize: number;
  readonly DefaultInstanceWarmup: number;
}

export interface AlarmDefinitions {
  readonly desired: GroupState;
  readonly group: GroupSettings;
  /** Things to check before applying (placeholder resource labels, assumed dates). */
  readonly warnings: readonly string[];
}

/** Names of the items in scope: what apply may create, change or delete. */
export interface Scope {
  readonly policies: readonly string[];
  readonly alarms: readonly string[];
  readonly scheduled: readonly string[];
}

export const BACKUP_SCHEMA = 'moodle-capacity/alarms-backup@1';

export interface BackupFile {
  readonly schema: typeof BACKUP_SCHEMA;
  readonly takenAt: string;
  readonly region: string;
  readonly endpoint: string | null;
  /** The state before apply. */
  readonly state: GroupState;
  /** What the apply that wrote this backup managed: rollback deletes these if the backup lacks them. */
  readonly managed: Scope;
  /** The group's size limits when the backup was taken (informational; rollback does not change them). */
  readonly group: { readonly MinSize: number; readonly MaxSize: number } | null;
}

export type ItemKind = 'policy' | 'alarm' | 'scheduled';

export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface Change {
  readonly kind: ItemKind;
  readonly name: string;
  readonly action: 'create' | 'update' | 'delete' | 'unchanged' | 'keep';
  readonly fields: readonly FieldChange[];
}
