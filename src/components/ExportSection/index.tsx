import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * The section components of the Zilliz docs' landing pages (Hero, Bars,
 * Blocks, Cards, Stories, Banner), as an export uses them: each wraps
 * ordinary Markdown (headings, text, lists of links, images, code). Here each
 * is a `<section>` around that content, so it reads in order, in every
 * locale, with or without JavaScript; the variant only changes the look
 * (a list of links in Cards becomes a grid of cards).
 */
export type ExportSectionVariant = 'hero' | 'bars' | 'blocks' | 'cards' | 'stories' | 'banner';

export default function ExportSection({
  variant,
  children,
}: {
  variant: ExportSectionVariant;
  children?: ReactNode;
}): ReactNode {
  return <section className={clsx(styles.section, styles[variant])}>{children}</section>;
}

/** The component an export imports as `@site/src/components/<Name>`. */
export function exportSection(variant: ExportSectionVariant, displayName: string) {
  function Section({children}: {children?: ReactNode}): ReactNode {
    return <ExportSection variant={variant}>{children}</ExportSection>;
  }
  Section.displayName = displayName;
  return Section;
}
