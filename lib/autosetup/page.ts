import { hashSource, standaloneCsp } from '../security/headers.mjs';
import { escapeXml } from './xml';

/**
 * A small stand-alone HTML page for the profile download's error answers (400 and 404). Route
 * handlers cannot render the site's React layout with a 400 status, so this page carries its own
 * minimal styles (light and dark, readable at 375 px) and never contains anything the visitor
 * sent: every text here is ours or comes from provider.yaml and the setup guides.
 */

export interface PageLink {
  href: string;
  label: string;
}

export interface ProblemPage {
  status: 400 | 404;
  title: string;
  /** Plain sentences; escaped on output. */
  message: string;
  /** A fresh, empty form to try again (the rejected input is deliberately not filled back in). */
  form?: { action: string; hint: string };
  links: PageLink[];
}

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5}
body{margin:0;background:#fff;color:#0f172a}
header{border-bottom:1px solid #e2e8f0;padding:.75rem 1rem}
header a{font-weight:700;color:#0f172a;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
a{color:#1d4ed8}
label{display:block;font-weight:600;margin-top:1.5rem}
.hint{color:#475569;margin:.25rem 0 .5rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem}
input{flex:1 1 14rem;min-width:0;min-height:2.75rem;padding:0 .75rem;font:inherit;border:1px solid #64748b;border-radius:.375rem;background:#fff;color:#0f172a}
button{min-height:2.75rem;padding:0 1rem;font:inherit;font-weight:600;border:0;border-radius:.375rem;background:#1d4ed8;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
ul{padding-left:1.25rem}
li{margin:.5rem 0}
@media (prefers-color-scheme:dark){
body{background:#020617;color:#f1f5f9}
header{border-color:#1e293b}
header a{color:#f1f5f9}
a{color:#93c5fd}
.hint{color:#cbd5e1}
input{background:#0f172a;color:#f1f5f9;border-color:#94a3b8}
button{background:#93c5fd;color:#020617}
:focus-visible{outline-color:#93c5fd}
}`.trim();

/**
 * The policy for every answer that is not a page of the site (API, XML, profiles, this page):
 * nothing may load or run except this page's one style block. proxy.ts sets it (the one place
 * Content-Security-Policy is set); it is built here because this page is what it must allow.
 */
export const PROBLEM_PAGE_CSP = standaloneCsp({ styleHashes: [hashSource(STYLE)] });

export function renderProblemPage(page: ProblemPage): string {
  const e = escapeXml;
  const form = page.form
    ? `
<form method="get" action="${e(page.form.action)}">
<label for="email">Your email address</label>
<p class="hint" id="email-hint">${e(page.form.hint)}</p>
<div class="row">
<input id="email" name="email" type="email" required autocomplete="email" inputmode="email" spellcheck="false" maxlength="254" aria-describedby="problem email-hint">
<button type="submit">Download profile</button>
</div>
</form>`
    : '';
  const links = page.links.length
    ? `\n<ul>\n${page.links.map((link) => `<li><a href="${e(link.href)}">${e(link.label)}</a></li>`).join('\n')}\n</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(page.title)} · Mailguide</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Mailguide</a></header>
<main>
<h1>${e(page.title)}</h1>
<p id="problem">${e(page.message)}</p>${form}${links}
</main>
</body>
</html>
`;
}
