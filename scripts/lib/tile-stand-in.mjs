// Moved to tooling/tile-stand-in.ts. This re-export only keeps branches that still import the old path working; import tooling/tile-stand-in.ts.
export * from '../../tooling/tile-stand-in.ts';
