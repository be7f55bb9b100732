// Types of the Article Annotator's JavaScript API (npm package and the
// single-file module). The result types are the engine's own (SCHEMA.md).
import type { AnnotateOptions, AnnotationResult, Annotation, PlaceInfo, DateInfo, QuoteInfo, Entity } from './article_annotator.js';
export type { AnnotateOptions, AnnotationResult, Annotation, PlaceInfo, DateInfo, QuoteInfo, Entity };

/**
 * Annotates `text`: people, places, dates (resolved against
 * `options.referenceDate`, else a dateline in the text) and quotes with
 * their speakers. Loads the WebAssembly on first use. Rejects with an Error
 * only for bad options (an unknown kind, a malformed date).
 */
export function annotate(text: string, options?: AnnotateOptions): Promise<AnnotationResult>;

/** Resolves once the WebAssembly engine is loaded (annotate() does it by itself). */
export function ready(): Promise<void>;

/** The engine's version, e.g. "0.1.0". */
export function version(): Promise<string>;

/** The host page's publication day (YYYY-MM-DD) from its metadata, or null. Browser only. */
export function findPageDate(doc: Document, article?: Element | null): string | null;

/** The page's main article element, found by Mozilla's Readability (the bookmarklet's choice). Browser only. */
export function findArticle(doc?: Document): Promise<Element>;

/**
 * Annotates the page's article in place with a floating toolbar; called
 * again, toggles the highlights. Browser only.
 */
export function annotatePage(doc?: Document): ArticleAnnotatorElement;

/**
 * Defines the <article-annotator> element over an API (done on import in a
 * page; useful under another tag name). Returns null where there is no DOM.
 */
export function defineArticleAnnotator(
  api: { annotate: typeof annotate },
  tagName?: string,
): CustomElementConstructor | null;

/** The <article-annotator> element. */
export interface ArticleAnnotatorElement extends HTMLElement {
  /** The last result, or null before the first annotation. */
  readonly result: AnnotationResult | null;
  /** In place: the annotated element (the `for` selector's match, or one set here). */
  target: Element | null;
  /** Whether it annotates an element in place (else it is an editor). */
  readonly inPlace: boolean;
  /** In place: whether highlights are shown; setting it toggles them. */
  active: boolean;
  /** Editor mode: the text in the paste box. */
  text: string;
  /** Annotates again (after changing attributes or the text). */
  annotate(): Promise<void>;
  /** In place: switches the highlights on or off (off restores the DOM exactly). */
  toggle(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-annotator': ArticleAnnotatorElement;
  }
  interface HTMLElementEventMap {
    annotated: CustomEvent<AnnotationResult>;
    'annotator-error': CustomEvent<Error>;
  }
  /** The events bubble and are composed: a listener on the document hears them too. */
  interface DocumentEventMap {
    annotated: CustomEvent<AnnotationResult>;
    'annotator-error': CustomEvent<Error>;
  }
}
