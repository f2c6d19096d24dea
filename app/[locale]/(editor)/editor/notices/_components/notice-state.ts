/** Where a notice stands at `at`: on the front page now, waiting for its start, or past its end. */
export function noticeState(notice: { startsAt: Date; endsAt: Date | null }, at: Date): 'current' | 'scheduled' | 'ended' {
  if (notice.startsAt > at) return 'scheduled';
  if (notice.endsAt && notice.endsAt <= at) return 'ended';
  return 'current';
}
