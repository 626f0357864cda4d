// Types of scripts/checks/docs-pending.mjs for the TypeScript files that import it.
export declare const PENDING: readonly { readonly branch: string; readonly paths: readonly string[] }[];
export declare function pendingBranch(
  path: string,
): { readonly branch: string; readonly entry: string } | null;
