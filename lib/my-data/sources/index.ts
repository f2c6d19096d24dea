import 'server-only';
import type { MyDataSource } from '../sections';
import { emailConfirmationsSource } from './email-confirmations';
import { formAttachmentsSource, formDraftsSource, formSubmissionsSource, submissionEventsSource } from './forms';
import { identityAccountsSource } from './identity-accounts';
import {
  informationRequestsSource,
  pendingNotificationsSource,
  submissionAccessLogSource,
  submissionComplementsSource,
  submissionFilesSource,
  submissionMessagesSource,
} from './matters';
import { personSource } from './person';
import { profileSource } from './profile';
import { representationsSource } from './representations';
import { servicesUsedSource } from './services-used';
import { sessionsSource } from './sessions';
import { signInsSource } from './sign-ins';

/**
 * Every source of the person's data, in the order the page and the download show them. A new
 * table holding a person's data adds its source here (and tests/integration/my-data.test.ts
 * checks that every column reaches the download).
 */
export const myDataSources: readonly MyDataSource[] = [
  personSource,
  profileSource,
  emailConfirmationsSource,
  servicesUsedSource,
  formSubmissionsSource,
  submissionEventsSource,
  submissionMessagesSource,
  informationRequestsSource,
  submissionComplementsSource,
  submissionFilesSource,
  submissionAccessLogSource,
  pendingNotificationsSource,
  formDraftsSource,
  formAttachmentsSource,
  signInsSource,
  representationsSource,
  identityAccountsSource,
  sessionsSource,
];
