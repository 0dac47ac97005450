// What the testbed's auto scaling did, as recorded in the ground truth.

export type ScalingEventType =
  /** An alarm of the scaling policy changed state (ALARM or OK). */
  | 'alarm'
  /** The policy changed the desired capacity. */
  | 'scale-out'
  | 'scale-in'
  /** An instance was launched (pending: booting). */
  | 'launch'
  /** Boot finished: registered with the load balancer, health checks start (warming up). */
  | 'registered'
  /** First passed its health checks: it now receives traffic. */
  | 'in-service'
  | 'unhealthy'
  | 'healthy'
  /** Deregistered for scale-in: no new requests, in-flight ones finish. */
  | 'draining'
  | 'terminated';

export interface ScalingEvent {
  readonly type: ScalingEventType;
  /** Epoch ms and ISO 8601 of the same instant. */
  readonly atMs: number;
  readonly at: string;
  /** Real seconds since the testbed started; ÷ the time scale for AWS seconds. */
  readonly sinceStartSeconds: number;
  readonly instanceId?: string;
  readonly desiredFrom?: number;
  readonly desiredTo?: number;
  readonly alarm?: string;
  readonly alarmState?: 'ALARM' | 'OK';
  /** The alarm's datapoint (metric value) that caused it. */
  readonly value?: number;
  readonly reason: string;
}
