import React, {useMemo, type ReactNode} from 'react';
import TOCItems from '@theme-original/TOCItems';
import type TOCItemsType from '@theme/TOCItems';
import type {WrapperProps} from '@docusaurus/types';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLinkedId, usePartyFilter} from '@site/src/hooks/usePartyFilter';
import {useShownLanguage} from '../DocItem/Layout/pageLanguage';
import {firstPaintCss, shownEntries} from './matrixEntries';

type Props = WrapperProps<typeof TOCItemsType>;

/**
 * The table of contents (desktop and phone) lists only the matrix sections
 * the party filter leaves on the page, and carries the doc's language when
 * the doc is shown in another one than the reader's. Until React hydrates it renders every
 * entry, as the server did, and CSS made from the same data hides them.
 */
export default function TOCItemsWrapper(props: Props): ReactNode {
  const [filter] = usePartyFilter();
  const linkedId = useLinkedId();
  const toc = useMemo(() => shownEntries(props.toc, filter, linkedId), [props.toc, filter, linkedId]);
  const css = useMemo(() => firstPaintCss(props.toc), [props.toc]);
  // Until hydration only: then React lists only the shown entries. A <style> the client inserts
  // (after a client-side navigation) differs from the minified one of the built page, so the
  // content-security policy, which allows the built pages' inline styles, would block it.
  const isBrowser = useIsBrowser();
  // The entries are the doc's headings: on a doc shown in another language, they are in that language.
  const lang = useShownLanguage();
  const items = <TOCItems {...props} toc={toc} />;
  return (
    <>
      {/* Set as HTML: the build minifies inline CSS, and hydration must not compare the text. */}
      {!isBrowser && css && <style dangerouslySetInnerHTML={{__html: css}} />}
      {lang ? (
        <div lang={lang} className="contents">
          {items}
        </div>
      ) : (
        items
      )}
    </>
  );
}
