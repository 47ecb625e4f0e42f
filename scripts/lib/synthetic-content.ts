/**
 * Realistic synthetic help-center content for benchmarks: articles of ~600 words in ~8 sections,
 * with the components, tables, lists and links real articles use. Deterministic for a given N.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS = (
  'mail account server inbox folder message device phone laptop password setting port security ' +
  'outgoing incoming sync offline archive backup webmail quota storage certificate connection app ' +
  'download upload delete copy read flag sender recipient attachment address domain record network'
).split(' ');
const APPS = ['Outlook', 'Thunderbird', 'Apple Mail', 'the Gmail app', 'Samsung Email', 'eM Client'];
const TOPICS = ['Sending', 'Receiving', 'Syncing', 'Folders', 'Passwords', 'Certificates', 'Storage', 'Backups', 'Phones', 'Webmail'];
const CATEGORIES = ['getting-started', 'mail-apps', 'troubleshooting', 'account-and-domain'];

/** Small deterministic PRNG so every run benchmarks the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, words = 12): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'mail');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences = 4): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(' ');
}

export function syntheticArticle(index: number, total: number): { slug: string; source: string } {
  const next = random(index + 1);
  const topic = TOPICS[index % TOPICS.length] ?? 'Mail';
  const app = APPS[index % APPS.length] ?? 'your app';
  const slug = `synthetic-${String(index).padStart(5, '0')}`;
  const sections: string[] = [];
  for (let s = 0; s < 8; s++) {
    const heading = s % 3 === 2 ? `### ${topic} detail ${s}` : `## ${topic} with ${app} part ${s}`;
    let body = paragraph(next, 3 + Math.floor(next() * 3));
    if (s === 1) body += `\n\n<Callout type="tip" title="Check the port">\n\nUse <Setting name="smtp.port" /> with <Setting name="smtp.security" />.\n\n</Callout>`;
    if (s === 2) body += `\n\n<Steps>\n\n1. ${sentence(next)}\n2. Enter <Setting name="imap.host" />.\n3. ${sentence(next)}\n\n</Steps>`;
    if (s === 4) body += `\n\n| Setting | Value |\n|---|---|\n| Server | <Setting name="pop3.host" /> |\n| Port | <Setting name="pop3.port" /> |`;
    if (s === 5) body += `\n\n<ServerSettings protocol="imap" />`;
    if (s === 6) body += `\n\n- ${sentence(next, 6)}\n- ${sentence(next, 6)}\n- See [another article](/articles/synthetic-${String((index + 1) % total).padStart(5, '0')}).`;
    sections.push(`${heading}\n\n${body}`);
  }
  const source = `---
title: "${topic} with ${app}: guide ${index}"
description: "${sentence(next, 14)}"
category: ${CATEGORIES[index % CATEGORIES.length]}
tags: [${topic.toLowerCase()}, ${app.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}, tag-${index % 25}]
updated: 2026-11-${String(1 + (index % 25)).padStart(2, '0')}
---

${paragraph(next, 3)}

${sections.join('\n\n')}
`;
  return { slug, source };
}

/**
 * Write a content folder with N synthetic articles plus the real provider settings, categories and
 * setup guides (so every page type is built), and return its path.
 */
export function writeSyntheticContent(dir: string, count: number, realContentDir: string): string {
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  cpSync(path.join(realContentDir, 'provider.yaml'), path.join(dir, 'provider.yaml'));
  cpSync(path.join(realContentDir, 'categories.yaml'), path.join(dir, 'categories.yaml'));
  cpSync(path.join(realContentDir, 'clients'), path.join(dir, 'clients'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const { slug, source } = syntheticArticle(i, count);
    writeFileSync(path.join(dir, 'articles', `${slug}.mdx`), source);
  }
  return dir;
}
