/** An emoji (with its variation selectors and joiners) at the start of a text, and the space after it. */
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*\s*)+/u;

/** Admonition props without an emoji `icon` and without an emoji at the start of a text `title`. */
export function withoutEmojiIcon<P extends {icon?: unknown; title?: unknown}>(props: P): P {
  const {icon, title, ...rest} = props;
  const out = {...rest} as P;
  if (icon !== undefined && !(typeof icon === 'string' && LEADING_EMOJI.test(icon))) out.icon = icon as P['icon'];
  if (title !== undefined)
    out.title = (typeof title === 'string' ? title.replace(LEADING_EMOJI, '') || undefined : title) as P['title'];
  return out;
}
