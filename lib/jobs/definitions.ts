/**
 * Every kind of job the portal runs. The app (when JOBS_IN_APP) and `npm run worker` work the
 * same list, so a job never depends on where it runs.
 */
import { deliveryJobDefinition } from '@/lib/notifications/delivery';
import { roundJobDefinition } from '@/lib/notifications/round';
import { draftRetentionJobDefinition } from '@/lib/retention/draft-sweep';
import { removalWarningJobDefinition } from '@/lib/retention/warning-delivery';
import type { JobDefinition } from './queue';

export function jobDefinitions(): JobDefinition<never>[] {
  return [roundJobDefinition(), deliveryJobDefinition(), draftRetentionJobDefinition(), removalWarningJobDefinition()] as JobDefinition<never>[];
}
