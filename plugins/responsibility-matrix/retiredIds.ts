import type {ClientModule} from '@docusaurus/types';
import {SHARED_RESPONSIBILITIES_PATH} from '../../src/data/responsibilities/pages';

/**
 * Tables off screen skip layout until near the viewport (content-visibility),
 * so the page's height changes after the first scroll and the target moves:
 * keep it in place for half a second, unless the reader scrolls first.
 */
function land(target: HTMLElement): void {
  let frames = 30;
  const stop = () => (frames = 0);
  for (const type of ['wheel', 'touchstart', 'keydown'] as const)
    window.addEventListener(type, stop, {once: true, passive: true});
  target.scrollIntoView();
  let landed = target.getBoundingClientRect().top;
  const hold = () => {
    if (frames-- <= 0) return;
    if (target.getBoundingClientRect().top !== landed) {
      target.scrollIntoView();
      landed = target.getBoundingClientRect().top;
    }
    requestAnimationFrame(hold);
  };
  requestAnimationFrame(hold);
}

/**
 * Old console links still land: a `#id` retired by the import (no element has
 * it any more) scrolls to the section that held it, and the address shows the
 * section's id. The data loads only when a hash has no target, so ordinary
 * page loads pay nothing for this.
 */
const retiredIds: ClientModule = {
  onRouteDidUpdate({location}) {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id === '' || !location.pathname.endsWith(SHARED_RESPONSIBILITIES_PATH) || document.getElementById(id)) return;
    void import('../../src/data/responsibilities/sharedResponsibilities').then(({sharedResponsibilities}) => {
      const section = sharedResponsibilities.retired?.[id];
      const target = section ? document.getElementById(section) : null;
      if (!target) return;
      window.history.replaceState(window.history.state, '', `${location.pathname}${location.search}#${section}`);
      land(target);
    });
  },
};

export default retiredIds;
