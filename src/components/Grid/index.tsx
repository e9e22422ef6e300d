import React, {Children, isValidElement, type CSSProperties, type ReactNode} from 'react';
import styles from './styles.module.css';

/** `"20,80"` → `"20fr 80fr"`; anything else gives equal columns. */
export function gridColumns(columnSize: number, widthRatios: string | undefined): string {
  const ratios = (widthRatios ?? '').split(',').map((r) => Number(r.trim()));
  const valid = ratios.length === columnSize && ratios.every((r) => Number.isFinite(r) && r > 0);
  return Array.from({length: columnSize}, (_, i) => `${valid ? ratios[i] : 1}fr`).join(' ');
}

/**
 * The editor's layout grid (release notes: a date beside its notes; feature
 * tables): one column per child `<div>`, sized by `widthRatios`. On narrow
 * screens and in print the columns stack, in reading order.
 */
export default function Grid({
  columnSize,
  widthRatios,
  children,
}: {
  columnSize?: string | number;
  widthRatios?: string;
  children?: ReactNode;
}): ReactNode {
  const columns = Children.toArray(children).filter(isValidElement);
  const count = Number(columnSize) > 0 ? Number(columnSize) : columns.length || 1;
  const style = {'--grid-columns': gridColumns(count, widthRatios)} as CSSProperties;
  return (
    <div className={styles.grid} style={style}>
      {children}
    </div>
  );
}
