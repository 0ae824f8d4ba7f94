import datapackage from 'datapackage';

/** One problem a Frictionless validation found, e.g. `services: Foreign key "organization_id" violation in row 3`. */
export type DataPackageProblem = string;

/**
 * Validates a Tabular Data Package on disk with Frictionless's JavaScript implementation: the descriptor
 * against the tabular-data-package profile, then every resource's rows against its Table Schema (types
 * and formats, required columns, unique primary keys) and its foreign keys against the tables they name.
 */
export async function validateDataPackage(descriptorFile: string): Promise<DataPackageProblem[]> {
  const pkg = await datapackage.Package.load(descriptorFile);
  const problems = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  if (!pkg.valid) return problems;
  for (const resource of pkg.resources) {
    const rows = await resource.read({ keyed: true, forceCast: true }).catch((error: Error) => [error]);
    for (const row of rows)
      if (row instanceof Error) {
        const details = (row as Error & { errors?: Error[] }).errors?.map((e) => e.message) ?? [];
        problems.push(`${resource.name}: ${[row.message, ...details].join('; ')}`);
      }
    await resource.checkRelations().catch((error: Error) => problems.push(`${resource.name}: ${error.message}`));
  }
  return problems;
}
