export const SERVER_FILE: string;
export function compileServer(dirs: { projectDir: string; distDir: string }): Promise<void>;
