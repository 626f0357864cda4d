// Types of scripts/build-cli.mjs for the TypeScript files that import it.
export declare const root: string;
export declare const cliPath: string;
export declare function inputsHash(): string;
export declare function cliIsFresh(inputs?: string): boolean;
export declare function writeStamp(inputs?: string): void;
export declare function ensureCli(options?: { readonly log?: (line: string) => void }): {
  readonly built: boolean;
  readonly ms: number;
};
