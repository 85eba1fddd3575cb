export function buildCli(outfile?: string, project?: string): Promise<unknown>;
