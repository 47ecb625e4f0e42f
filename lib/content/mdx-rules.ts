import { PROTOCOLS } from '../protocol';
import type { ContentProblem } from './errors';

/**
 * The MDX components editors may use, and what each accepts. Checked before anything is
 * published so that a typo fails `npm run content:check` with the file and line, instead of a
 * blank page for customers. content/README.md documents each one; keep the two in step.
 */
export interface ComponentRule {
  /** attribute name → allowed values (null: any text) */
  attributes: Record<string, readonly string[] | null>;
  required?: readonly string[];
  /** Only meaningful in setup guides (they depend on the guide's protocol). */
  guideOnly?: boolean;
  /** Must be written inside this component. */
  parent?: string;
}

export const COMPONENT_RULES: Record<string, ComponentRule> = {
  Callout: { attributes: { type: ['note', 'tip', 'warning'], title: null } },
  Steps: { attributes: {} },
  Setting: { attributes: { name: null }, required: ['name'] },
  ServerSettings: { attributes: { protocol: ['imap', 'pop3', 'smtp'] } },
  DnsRecords: { attributes: {} },
  AutoSetupDnsRecords: { attributes: { records: ['hosts', 'services'] } },
  ProtocolComparison: { attributes: {} },
  Compare: { attributes: { topic: null, pop3: null, imap: null }, required: ['topic', 'pop3', 'imap'], parent: 'ProtocolComparison' },
  OnlyFor: { attributes: { protocol: PROTOCOLS }, required: ['protocol'], guideOnly: true },
  Protocol: { attributes: {}, guideOnly: true },
};

/** A few inline HTML elements are harmless and sometimes useful; everything else should be Markdown. */
export const ALLOWED_HTML = new Set(['br', 'kbd', 'abbr', 'sub', 'sup']);

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export interface LinkRef {
  href: string;
  line: number;
}

export interface ImageRef extends LinkRef {
  /** The description in ![description](/images/x.png); '' when missing. */
  alt: string;
}

export interface MdxScan {
  links: LinkRef[];
  images: ImageRef[];
}

/**
 * A remark plugin factory: walks the Markdown tree once, reports every component, attribute and
 * expression an editor may not use, and collects links and images for the link checker.
 */
export function remarkCheckMdx(options: {
  file: string;
  inGuide: boolean;
  settingNames: ReadonlySet<string>;
  problems: ContentProblem[];
  scan: MdxScan;
}) {
  const { file, inGuide, settingNames, problems, scan } = options;
  const report = (node: MdxNode, message: string) =>
    problems.push({ file, line: node.position?.start.line, message });

  const walk = (node: MdxNode, parents: string[]) => {
    switch (node.type) {
      case 'mdxjsEsm':
        // mdx-bundler's own frontmatter export has no position; only what an editor wrote does.
        if (node.position) report(node, 'import and export statements are not allowed in content; use the components listed in content/README.md');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(node.value ?? '').trim();
        if (code && !/^\/\*[\s\S]*\*\/$/.test(code)) {
          report(node, 'curly braces run code and are not allowed in content; write the text without { } (a comment {/* like this */} is fine)');
        }
        break;
      }
      case 'link':
      case 'definition':
        if (typeof node.url === 'string') scan.links.push({ href: node.url, line: node.position?.start.line ?? 1 });
        break;
      case 'image':
        if (typeof node.url === 'string') scan.images.push({ href: node.url, line: node.position?.start.line ?? 1, alt: (node.alt ?? '').trim() });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parents);
        break;
    }
    const name = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? [node.name] : [];
    for (const child of node.children ?? []) walk(child, [...parents, ...name]);
  };

  const checkElement = (node: MdxNode, parents: string[]) => {
    const name = node.name;
    if (!name) {
      report(node, 'empty <> fragments are not needed in content; remove them');
      return;
    }
    if (/^[a-z]/.test(name)) {
      if (!ALLOWED_HTML.has(name)) report(node, `<${name}> is HTML; write Markdown instead, or use a component from content/README.md`);
      return;
    }
    const rule = COMPONENT_RULES[name];
    if (!rule || (rule.guideOnly && !inGuide)) {
      const known = Object.entries(COMPONENT_RULES)
        .filter(([, r]) => inGuide || !r.guideOnly)
        .map(([n]) => n)
        .join(', ');
      report(node, `unknown component <${name}>${rule ? ' (it only works in setup guides)' : ''}; expected one of ${known}`);
      return;
    }
    if (rule.parent && !parents.includes(rule.parent)) {
      report(node, `<${name}> must be written inside <${rule.parent}>`);
    }
    const seen = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        report(node, `<${name}>: {…} attributes are not allowed; write name="value"`);
        continue;
      }
      const attrName = attribute.name;
      seen.add(attrName);
      if (!(attrName in rule.attributes)) {
        const allowed = Object.keys(rule.attributes);
        report(node, `<${name}>: unknown attribute "${attrName}"${allowed.length ? `; expected ${allowed.join(', ')}` : '; it takes none'}`);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        report(node, `<${name}>: "${attrName}" needs a text value in quotes, e.g. ${attrName}="…"`);
        continue;
      }
      const allowedValues = rule.attributes[attrName];
      if (allowedValues && !allowedValues.includes(attribute.value)) {
        report(node, `<${name}>: "${attrName}" must be one of ${allowedValues.join(', ')}; got "${attribute.value}"`);
      }
      if (name === 'Setting' && attrName === 'name' && !settingNames.has(attribute.value)) {
        report(node, `<Setting>: unknown name "${attribute.value}"; see the list of names in content/README.md`);
      }
    }
    for (const required of rule.required ?? []) {
      if (!seen.has(required)) report(node, `<${name}>: "${required}" is required`);
    }
  };

  return () => (tree: MdxNode) => {
    walk(tree, []);
  };
}
