/**
 * Runs before first paint: applies the reader's saved theme so a dark-mode reader never sees a
 * white flash. Kept tiny and static so a CSP hash can allow it.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";
