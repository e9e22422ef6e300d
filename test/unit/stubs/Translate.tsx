import React, {Fragment, type ReactNode} from 'react';
import {lookupMessage} from './locale';

type Values = Record<string, ReactNode>;

function interpolate(text: string, values?: Values): ReactNode {
  if (!values) return text;
  const parts = text.split(/(\{\w+\})/g).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (key === undefined || !(key in values)) return part;
    const value = values[key];
    return typeof value === 'string' || typeof value === 'number' ? (
      String(value)
    ) : (
      <Fragment key={i}>{value}</Fragment>
    );
  });
  return parts.every((p) => typeof p === 'string') ? parts.join('') : <>{parts}</>;
}

export function translate({id, message}: {id?: string; message?: string}, values?: Record<string, string | number>) {
  return String(interpolate(lookupMessage(id, message), values as Values) as string);
}

export default function Translate({id, children, values}: {id?: string; children?: string; values?: Values}) {
  return <>{interpolate(lookupMessage(id, children), values)}</>;
}
