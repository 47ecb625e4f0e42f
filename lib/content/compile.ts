import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { ContentProblem } from './errors';
import { remarkCheckMdx, type MdxScan } from './mdx-rules';
import { rehypeCollectStructure, type DocumentStructure } from './structure';

/**
 * The one place that owns mdx-bundler and the remark/rehype plugin list (DESIGN.md rule 3).
 * Bump COMPILER_VERSION when the output of this module changes, so cached output is rebuilt.
 */
export const COMPILER_VERSION = '2';

export interface CompiledMdx extends DocumentStructure, MdxScan {
  /** Function body from mdx-bundler; evaluated on the server only (never shipped to browsers). */
  code: string;
}

export interface SplitSource {
  /** The YAML between the --- lines. */
  frontmatter: string;
  /** The body with the frontmatter replaced by blank lines, so MDX line numbers are file line numbers. */
  body: string;
}

export function splitFrontmatter(source: string): SplitSource | null {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  const lines = match[0].split('\n').length - 1;
  return { frontmatter: match[1] ?? '', body: '\n'.repeat(lines) + source.slice(match[0].length) };
}

interface EsbuildMessage {
  text: string;
  location?: { line: number } | null;
  /** @mdx-js/esbuild puts the parser's own message (a VFileMessage) here. */
  detail?: { reason?: string; cause?: { reason?: string } };
}

/** Compile one MDX body. Never throws for content mistakes: they come back as problems. */
export async function compileMdx(
  body: string,
  options: { file: string; inGuide: boolean; settingNames: ReadonlySet<string> },
): Promise<{ compiled: CompiledMdx | null; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const scan: MdxScan = { links: [], images: [] };
  const structure: DocumentStructure = { headings: [], sections: [] };
  try {
    const result = await bundleMDX({
      source: body,
      cwd: path.dirname(path.resolve(options.file)),
      mdxOptions(mdx) {
        mdx.development = false;
        mdx.remarkPlugins = [
          ...(mdx.remarkPlugins ?? []),
          remarkGfm,
          remarkCheckMdx({ ...options, problems, scan }),
        ];
        mdx.rehypePlugins = [...(mdx.rehypePlugins ?? []), rehypeSlug, rehypeCollectStructure(structure)];
        return mdx;
      },
      esbuildOptions(esbuild) {
        // Content may not import anything (mdx-rules.ts), so mdx-bundler's node-resolve plugin has
        // nothing to find; it only stat()s and realpath()s its way through node_modules for the
        // entry file, which was 15% of compile time on 1,000 articles.
        esbuild.plugins = esbuild.plugins?.filter((plugin) => plugin.name !== 'node-resolve');
        esbuild.logLevel = 'silent';
        esbuild.target = 'es2022';
        return esbuild;
      },
    });
    if (problems.length > 0) return { compiled: null, problems };
    return { compiled: { code: result.code, ...structure, ...scan }, problems };
  } catch (error) {
    if (problems.length > 0) return { compiled: null, problems };
    const messages = (error as { errors?: EsbuildMessage[] }).errors;
    if (Array.isArray(messages) && messages.length > 0) {
      for (const message of messages) {
        const reason = cleanMdxMessage(message.detail?.cause?.reason ?? message.detail?.reason ?? message.text);
        // An unclosed component is reported at 0:0 with the opening tag's place in the text: "(11:1-11:22)".
        const place = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
        const line = message.location?.line || (place ? Number(place[1]) : undefined);
        const closing = /^Expected a closing tag for `<(\w+)>`/.exec(reason);
        const text = closing
          ? `MDX syntax error: <${closing[1]}> is opened here but never closed; add </${closing[1]}> where its content ends`
          : `MDX syntax error: ${reason}${/name|expression/i.test(reason) ? ' (a literal < or { in text must be written as &lt; or &#123;)' : ''}`;
        problems.push({ file: options.file, line, message: text });
      }
    } else {
      const text = error instanceof Error ? error.message : String(error);
      problems.push({ file: options.file, message: `could not compile: ${cleanMdxMessage(text)}` });
    }
    return { compiled: null, problems };
  }
}

function cleanMdxMessage(text: string): string {
  const first = text.split('\n')[0] ?? text;
  return first.replace(/^\[plugin: @mdx-js\/esbuild\]\s*/, '').replace(/_mdx_bundler_entry_point-[\w-]+\.mdx:?/g, '').trim();
}
