// Types for the parts of Eleventy 3's API this project uses: Eleventy ships JSDoc, not .d.ts files.
declare module "@11ty/eleventy" {
  import type MarkdownIt from "markdown-it";

  /** One item of a collection, as Eleventy hands it to collection callbacks and templates. */
  export interface CollectionItem<D = Record<string, any>> {
    inputPath: string;
    fileSlug: string;
    filePathStem: string;
    url: string;
    outputPath: string | false;
    date: Date;
    data: D;
    content?: unknown;
    rawInput?: string;
    templateContent?: string;
  }

  export interface CollectionApi {
    getAll(): CollectionItem[];
    getAllSorted(): CollectionItem[];
    getFilteredByTag(tag: string): CollectionItem[];
    getFilteredByGlob(glob: string | string[]): CollectionItem[];
  }

  export type EventName =
    | "eleventy.before"
    | "eleventy.after"
    | "eleventy.beforeWatch"
    | "eleventy.reset"
    | "eleventy.beforeConfig"
    | "eleventy.contentMap";

  /** The `eleventyConfig` object handed to a config file or plugin. */
  export interface EleventyConfig {
    dir?: Record<string, string>;
    pathPrefix?: string;
    versionCheck(range: string): void;
    addPlugin<O>(plugin: (config: EleventyConfig, options: O) => unknown, options?: O): void;
    addPlugin(plugin: (config: EleventyConfig) => unknown): void;
    addFilter(name: string, fn: (...args: any[]) => unknown): void;
    addAsyncFilter(name: string, fn: (...args: any[]) => Promise<unknown>): void;
    addShortcode(name: string, fn: (...args: any[]) => unknown): void;
    addPairedShortcode(name: string, fn: (content: string, ...args: any[]) => unknown): void;
    addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addTransform(name: string, fn: (this: { page: any }, content: string) => unknown): void;
    addPreprocessor(
      name: string,
      extensions: string,
      fn: (data: any, content: string) => unknown,
    ): void;
    addExtension(extensions: string | string[], options: Record<string, unknown>): void;
    addTemplateFormats(formats: string | string[]): void;
    /** A template that is not a file (Eleventy 3): `path` from the input folder, `content` as a file would hold it. */
    addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
    addDataExtension(extensions: string, options: { parser: (input: string) => unknown; read?: boolean }): void;
    addDateParsing(fn: (value: unknown) => unknown): void;
    addPassthroughCopy(input: string | Record<string, string>, options?: Record<string, unknown>): void;
    addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
    addLayoutAlias(alias: string, path: string): void;
    amendLibrary(name: "md", fn: (md: MarkdownIt) => unknown): void;
    setLibrary(name: "md", lib: MarkdownIt): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setDataDeepMerge(value: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(value: boolean): void;
    setUseGitIgnore(value: boolean): void;
    setWatchJavaScriptDependencies(value: boolean): void;
    setChokidarConfig(config: Record<string, unknown>): void;
    on(event: EventName | string, fn: (...args: any[]) => unknown): void;
    getFilter(name: string): (...args: any[]) => unknown;
    ignores: Set<string>;
    [key: string]: any;
  }

  export interface EleventyOptions {
    configPath?: string;
    config?: (config: EleventyConfig) => unknown;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    source?: string;
  }

  export interface JsonResult {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    rawInput?: string;
    content: string;
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    toJSON(): Promise<JsonResult[]>;
    write(): Promise<unknown>;
    setIsVerbose(value: boolean): void;
    /** Silences Eleventy's console output, error reports included (tests read the thrown error). */
    disableLogger(): void;
  }
  export default Eleventy;

  export const HtmlBasePlugin: (config: EleventyConfig, options?: Record<string, unknown>) => unknown;
  export const IdAttributePlugin: (config: EleventyConfig, options?: Record<string, unknown>) => unknown;
}
