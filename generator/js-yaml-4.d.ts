/** The part of js-yaml 4 (installed as `js-yaml-4`, without types of its own) that load.ts uses. */
declare module 'js-yaml-4' {
  interface Type {
    readonly tag: string;
  }
  interface Schema {
    extend(types: { implicit?: readonly Type[]; explicit?: readonly Type[] }): Schema;
  }
  export const CORE_SCHEMA: Schema;
  export const types: Readonly<Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', Type>>;
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
}
