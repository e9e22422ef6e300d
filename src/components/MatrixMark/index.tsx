import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** The ✔ glyph alone, hidden from assistive tech: for legends that name it in words. */
export function MarkGlyph({count = 1}: {count?: number}): ReactNode {
  return (
    <span className={styles.mark} aria-hidden="true" data-mark>
      {Array.from({length: count}, () => '✔').join(' ')}
    </span>
  );
}

/**
 * A cell of a responsibility matrix: the ✔ glyph for sighted readers (hidden
 * from screen readers, which read symbols inconsistently) and words for
 * everyone else. An empty cell says "not responsible", consistently.
 * MDX: `<MatrixMark />` in a responsible party's cell, `<MatrixMark empty />` elsewhere.
 */
/** What a cell says in words: whether its party is responsible (the same words in the table and in a row's report). */
export function markWords(responsible: boolean): string {
  return responsible
    ? translate({
        id: 'responsibilityTable.mark.responsible',
        message: '负责',
        description: 'Screen-reader text of a check mark: this party is responsible',
      })
    : translate({
        id: 'responsibilityTable.mark.notResponsible',
        message: '不负责',
        description: 'Screen-reader text of an empty cell: this party is not responsible',
      });
}

export default function MatrixMark({empty = false}: {empty?: boolean}): ReactNode {
  if (empty) return <span className="visually-hidden">{markWords(false)}</span>;
  return (
    <>
      <MarkGlyph />
      <span className="visually-hidden">{markWords(true)}</span>
    </>
  );
}
