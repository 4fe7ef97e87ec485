/** Retries, deadlines and polling of the job queue, from the environment (tests shorten them). */

/** How jobs are retried and how fast a dead worker's job is taken over. */
export interface QueueSettings {
  /** Retries after the first attempt before a job goes to the dead-letter list. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss's backoff). */
  retryDelaySeconds: number;
  /**
   * Seconds a job may stay active: a worker killed mid-job holds it this long, then the job is
   * retried by another worker.
   */
  expireSeconds: number;
  /** How often a worker looks for due jobs, in seconds. */
  pollingSeconds: number;
  /** How often pg-boss's maintenance (expiring jobs of dead workers) runs, in seconds. */
  maintenanceSeconds: number;
}

const positive = (raw: string | undefined, fallback: number, min = 1) => {
  const n = Number(raw);
  return raw !== undefined && Number.isFinite(n) && n >= min ? n : fallback;
};

/** Reads WHOSAID_QUEUE_RETRY_LIMIT, _RETRY_DELAY_SECONDS, _EXPIRE_SECONDS, _POLLING_SECONDS, _MAINTENANCE_SECONDS. */
export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    retryLimit: Math.floor(positive(env.WHOSAID_QUEUE_RETRY_LIMIT, 3, 0)),
    retryDelaySeconds: Math.floor(positive(env.WHOSAID_QUEUE_RETRY_DELAY_SECONDS, 30)),
    expireSeconds: Math.floor(positive(env.WHOSAID_QUEUE_EXPIRE_SECONDS, 300)),
    pollingSeconds: positive(env.WHOSAID_QUEUE_POLLING_SECONDS, 2, 0.5),
    maintenanceSeconds: Math.floor(positive(env.WHOSAID_QUEUE_MAINTENANCE_SECONDS, 60)),
  };
}
