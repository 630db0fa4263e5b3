// "0:30", "1:05", "59:59": the wait before the next sign-in attempt, rounded up to the second.
export function countdownText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
