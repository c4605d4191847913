// "4 min read": words in the rendered article at 230 words a minute, rounded up.

/** Words a minute an adult reads news copy at (the figure most newsrooms use). */
export const WORDS_PER_MINUTE = 230;

/** Counts the words of rendered HTML (tags and entities don't count), never returning less than 1 minute. */
export function readingMinutes(html: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const text = html.replace(/<[^>]*>/g, " ").replace(/&[#a-z0-9]+;/gi, " ");
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
