// The parts of Frictionless's datapackage-js (npm `datapackage`, no types of its own) the tests use.
declare module 'datapackage' {
  export interface Resource {
    name: string;
    read(options?: { keyed?: boolean; forceCast?: boolean }): Promise<(Record<string, unknown> | Error)[]>;
    checkRelations(): Promise<true>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
  const datapackage: { Package: typeof Package };
  export default datapackage;
}
