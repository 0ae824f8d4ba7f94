import { FORM_LAYOUTS } from '../../../../editing/form-layout';

type Field = { name: string; type?: string };
type Panel = Field[][];
interface HookArgs {
  layout: { layout: Panel[]; settings?: { displayName?: string } };
  query: unknown;
}

/**
 * Hook `Admin/CM/pages/EditView/mutate-edit-view-layout`: splits the edit view's panel into one panel
 * (one box on screen) per group of src/editing/form-layout.ts. The server already ordered the rows by
 * group (bootstrap/edit-view.ts); the layout says only the type's display name, which is unique.
 */
export function groupPanels({ layout, query }: HookArgs): HookArgs {
  const form = FORM_LAYOUTS.find((f) => f.displayName === layout.settings?.displayName);
  if (!form) return { layout, query };
  const groupOf = new Map(form.groups.flatMap((group, index) => group.fields.map((name) => [name, index] as const)));
  const panels: Panel[] = [];
  for (const panel of layout.layout) {
    if (panel.some((row) => row.some((field) => field.type === 'dynamiczone'))) {
      panels.push(panel);
      continue;
    }
    let current: Panel | undefined;
    let currentGroup: number | undefined;
    for (const row of panel) {
      const group = groupOf.get(row[0]?.name) ?? currentGroup;
      if (!current || group !== currentGroup) {
        current = [];
        panels.push(current);
        currentGroup = group;
      }
      current.push(row);
    }
  }
  return { layout: { ...layout, layout: panels }, query };
}
