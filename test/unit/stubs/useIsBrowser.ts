let hydrated = true;
/** false renders as the server (and a reader without JavaScript) sees the page. */
export const setHydrated = (value: boolean) => {
  hydrated = value;
};
export default function useIsBrowser(): boolean {
  return hydrated;
}
