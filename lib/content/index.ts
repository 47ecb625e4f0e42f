export { getContent, loadContent, publishedView, type Article, type ClientGuide, type Content } from './load';
export { ContentError, formatProblem, type ContentProblem } from './errors';
export type { Category } from './schema';
export type { Heading, Section } from './structure';
export * from './queries';
