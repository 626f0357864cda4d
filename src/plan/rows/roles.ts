/**
 * One "Cơ quan thực hiện" cell that names both roles (internal): "Sở Tư pháp
 * chủ trì, phối hợp với các sở, ban, ngành", "Sở Nội vụ (chủ trì); Văn phòng
 * UBND tỉnh (phối hợp)", "Chủ trì: Sở Nội vụ; Phối hợp: Văn phòng UBND tỉnh".
 *
 * @internal
 * @module
 */
import { foldViAligned } from '../../core/text.js';

/** The lead and support a cell names, the role words taken out. @internal */
export interface Roles {
  readonly lead: string;
  readonly support: string;
}

const LEAD = /\(\s*chu tri\s*\)|chu tri\s*:|chu tri/gu;
const SUPPORT = /\(\s*phoi hop\s*\)|phoi hop\s*:|phoi hop(?:\s+(?:voi|cung))?/gu;

/** Punctuation and "và" around a part, taken off. */
function tidy(s: string): string {
  return s
    .replace(/^[\s,;:.\-–]+/u, '')
    .replace(/[\s,;:\-–]+$/u, '')
    .replace(/\s+(?:và|va)$/iu, '')
    .trim();
}

/**
 * Splits a cell at its role words: the text marked "chủ trì" (before "chủ
 * trì", after "Chủ trì:", or beside "(chủ trì)") is the lead, the text after
 * "phối hợp (với)", beside "(phối hợp)", or after the lead with no role of its
 * own, the support; "X phối hợp với Y" has X lead. Null when the cell names
 * no role, or names "phối hợp" with nothing before it to lead.
 *
 * @internal
 */
export function splitRoles(cell: string): Roles | null {
  const folded = foldViAligned(cell.normalize('NFC')).toLowerCase();
  const text = cell.normalize('NFC');
  if (folded.length !== text.length || (!folded.includes('chu tri') && !folded.includes('phoi hop')))
    return null;
  // Cut the text into runs, each ending at a role word; a run takes the role it ends with
  // ("Sở Nội vụ chủ trì", "Sở Nội vụ (chủ trì)") — or, for a label ("Chủ trì: …"), the
  // role of the words before it.
  const marks: { start: number; end: number; role: 'lead' | 'support'; label: boolean }[] = [];
  for (const [re, role] of [
    [LEAD, 'lead'],
    [SUPPORT, 'support'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const before = folded.charAt(m.index - 1);
      const after = folded.charAt(m.index + m[0].length);
      // a word inside another word is no role word
      if (/[a-z0-9]/u.test(before) || /[a-z0-9]/u.test(after)) continue;
      marks.push({ start: m.index, end: m.index + m[0].length, role, label: m[0].endsWith(':') });
    }
  }
  if (marks.length === 0) return null;
  marks.sort((a, b) => a.start - b.start);
  const lead: string[] = [];
  const support: string[] = [];
  let at = 0;
  let pending: 'lead' | 'support' | null = null;
  for (const m of marks) {
    const run = tidy(text.slice(at, m.start));
    if (m.label || (m.role === 'support' && folded.charAt(m.start) !== '(')) {
      // "Chủ trì: X", "X chủ trì, phối hợp với Y": the words before belong to the role open before
      if (run !== '') (pending === 'support' ? support : lead).push(run);
      pending = m.role;
    } else {
      // "X (chủ trì)", "X chủ trì", "Y (phối hợp)": the words before take this role
      if (run !== '') (m.role === 'lead' ? lead : support).push(run);
      // after the lead, names with no role of their own work with it
      if (m.role === 'lead') pending = 'support';
    }
    at = m.end;
  }
  const rest = tidy(text.slice(at));
  if (rest !== '') (pending === 'support' ? support : lead).push(rest);
  if (lead.length === 0) return null;
  return { lead: lead.join('; '), support: support.join('; ') };
}
