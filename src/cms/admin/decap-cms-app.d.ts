// Types for the parts of Decap CMS's browser build that src/cms/admin/cms-entry.ts uses.
declare module "decap-cms-app/dist/decap-cms-app.js" {
  const CMS: {
    init(options?: { config?: Record<string, unknown> }): void;
    registerCustomFormat(name: string, extension: string, format: { fromFile(content: string): unknown; toFile(data: never): string }): void;
    registerEditorComponent(component: Record<string, unknown>): void;
    registerPreviewStyle(href: string): void;
    registerPreviewTemplate(collection: string, component: unknown): void;
    registerEventListener(listener: { name: string; handler: (event: never) => unknown }): void;
  };
  export default CMS;
}
