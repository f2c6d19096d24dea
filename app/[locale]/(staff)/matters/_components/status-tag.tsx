import type { SubmissionStatus } from '@/db/schema';

const tone: Record<SubmissionStatus, string> = {
  sent: 'border-coat bg-info-light text-info-dark',
  received: 'border-coat bg-info-light text-info-dark',
  processing: 'border-coat bg-info-light text-info-dark',
  information_requested: 'border-notice bg-notice-light text-gray-90',
  decided: 'border-ok bg-ok-light text-ok-dark',
  cancelled: 'border-gray-60 bg-gray-5 text-gray-80',
};

/** A matter's status as a tag; the name carries the meaning, the colour only helps. */
export function StatusTag({ status, label }: { status: SubmissionStatus; label: string }) {
  return <span className={`inline-block border px-2 py-0.5 text-sm font-bold ${tone[status]}`}>{label}</span>;
}
