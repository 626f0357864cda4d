/**
 * Issues as lines for a terminal: `source: path: message [code]`, Vietnamese
 * by default, English with `--lang en`.
 *
 * @module
 */
import { formatPath, type Issue } from '../../core/result.js';

/** One line per issue. */
export function formatIssues(source: string, issues: readonly Issue[], lang: 'vi' | 'en'): string {
  return issues
    .map((i) => {
      const path = formatPath(i.path);
      const message = lang === 'en' ? i.messageEn : i.message;
      return `${source}: ${path === '' ? '' : `${path}: `}${message} [${i.code}]`;
    })
    .join('\n');
}

/** Issues as plain JSON objects with the path both as text and as keys. */
export function issuesToJson(issues: readonly Issue[]): object[] {
  return issues.map((i) => ({
    path: formatPath(i.path),
    keys: i.path,
    code: i.code,
    message: i.message,
    messageEn: i.messageEn,
  }));
}
