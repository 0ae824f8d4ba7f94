// Moved to tooling/chromium.ts. This re-export only keeps branches that still import the old path working; import tooling/chromium.ts.
export * from '../../tooling/chromium.ts';
