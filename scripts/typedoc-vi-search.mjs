// A typedoc plugin (typedoc.json "plugin"): the docs site's search finds
// Vietnamese words, typed with or without diacritics.
//
// typedoc's search is lunr. Its index keeps one token per word, passed through
// `lunr.trimmer`, which strips every character outside [A-Za-z0-9_] from both
// ends of a token: "quá" is indexed as "qu" and "đúng" as "ng", so a search for
// "quá hạn" or "đúng hạn" finds nothing, and "qua han" finds only unrelated
// words. The search box sends each word as `*word*` (a substring match).
//
// This plugin adds two search fields to every page (documents, and the
// comments of the API), computed from the page's text:
// - `vi`: each word that has a letter outside ASCII, lower-cased in NFC and
//   written `_word_` — the underscores are word characters, so the trimmer
//   leaves the word whole, and `*quá*` still matches `_quá_`;
// - `viFolded`: the same words folded by the library's own kernel (`foldVi`:
//   diacritics dropped, đ → d, NFC and NFD alike), so "qua han" finds "quá hạn".
// ASCII words are already in typedoc's own `name`, `comment` and `document`
// fields (searchInComments and searchInDocuments are on).
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { IndexEvent } from 'typedoc';

const { foldVi, toNfc } = await tsImport('../src/core/text.ts', import.meta.url);

// Letters, combining marks and digits: one run per word. Linear, no backtracking.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const hasNonAscii = (word) => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
};

/** The words of a text that lunr would mangle, as the two extra fields. */
export function viSearchFields(text) {
  const vi = [];
  const folded = [];
  for (const m of toNfc(text).toLowerCase().matchAll(WORD)) {
    const word = m[0];
    if (!hasNonAscii(word)) continue;
    vi.push(`_${word}_`);
    const f = foldVi(word);
    if (f !== '' && f !== word) folded.push(f);
  }
  return { vi: vi.join(' '), viFolded: folded.join(' ') };
}

function partsText(parts) {
  return parts ? parts.map((p) => p.text).join('') : '';
}

function commentText(comment) {
  if (!comment) return '';
  return [partsText(comment.summary), ...comment.blockTags.map((t) => partsText(t.content))].join('\n');
}

/** The text typedoc shows for a page: a document's content, or a declaration's comments. */
function reflectionText(refl) {
  const texts = [refl.name];
  if (refl.isDocument?.()) texts.push(partsText(refl.content));
  texts.push(commentText(refl.comment));
  for (const s of refl.signatures ?? []) texts.push(commentText(s.comment));
  if (refl.getSignature) texts.push(commentText(refl.getSignature.comment));
  if (refl.setSignature) texts.push(commentText(refl.setSignature.comment));
  return texts.join('\n');
}

/**
 * Pages ranked higher in every search they match. The glossary maps each
 * Vietnamese term to its English name and function, so it should come up
 * among the ten results the search box shows, beside the API pages.
 */
const PAGE_BOOSTS = new Map([['docs/glossary.md', 3]]);
/** The repository root, as typedoc writes paths (forward slashes), with a final slash. */
const root = fileURLToPath(new URL('..', import.meta.url)).replaceAll('\\', '/');

export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    // As heavy as a name (typedoc weighs `name` 10, comments and documents 1):
    // a Vietnamese word matched whole outranks an API name that merely contains
    // its letters ("han" in "applyChanges"). English queries match neither field.
    event.searchFieldWeights.vi = 10;
    event.searchFieldWeights.viFolded = 10;
    event.searchResults.forEach((refl, i) => {
      event.searchFields[i] = { ...event.searchFields[i], ...viSearchFields(reflectionText(refl)) };
      const file = refl.isDocument?.() ? refl.project.files.getReflectionPath(refl) : undefined;
      const boost = file?.startsWith(root) ? PAGE_BOOSTS.get(file.slice(root.length)) : undefined;
      if (boost !== undefined) refl.relevanceBoost = (refl.relevanceBoost ?? 1) * boost;
    });
  });
}
