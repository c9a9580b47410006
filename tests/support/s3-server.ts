import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A real S3-protocol server in a process of its own (s3rver, a Node implementation of the S3 REST API
// that keeps objects in a folder), so the S3 store is tested over HTTP with the SDK's own requests,
// paging and error parsing, as it runs against S3, R2 or MinIO.

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The variables that make the app use this server (MEDIA_STORE=s3 and the rest). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

// s3rver's only credentials: requests signed with anything else are refused.
const ACCESS_KEY = 'S3RVER';
const BUCKET = 'bawaba-media-test';
const require = createRequire(import.meta.url);
const READY = /S3rver listening on (\S+):(\d+)/;

/** Starts the server on a free port with a fresh folder and an empty bucket; `stop` removes both. */
export async function startS3Server(): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'bawaba-s3-'));
  // The package ships its command-line program as a module without the `bin` wrapper: run that.
  const cli = require.resolve('@20minutes/s3rver/lib/cli.js');
  // s3rver signs a bucket-level path as `/bucket` where the SDK (and S3) sign `/bucket/`, so it would
  // refuse every listing; it still demands a well-formed SigV4 header from a known access key.
  const args = ['-d', directory, '-a', '127.0.0.1', '-p', '0', '--silent', '--allow-mismatched-signatures'];
  args.push('--configure-bucket', BUCKET);
  // Its listing continuation tokens are DES-encrypted, a cipher OpenSSL 3 keeps in its legacy provider.
  const node = ['--openssl-legacy-provider', '-e', `require(${JSON.stringify(cli)}).parseAsync()`, '--'];
  const child = spawn(process.execPath, [...node, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test run die without calling `stop`, the server goes with it rather than lingering.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  try {
    const port = await listeningPort(child);
    const endpoint = `http://127.0.0.1:${port}`;
    return {
      endpoint,
      bucket: BUCKET,
      region: 'us-east-1',
      accessKeyId: ACCESS_KEY,
      secretAccessKey: ACCESS_KEY,
      env: {
        MEDIA_STORE: 's3',
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: ACCESS_KEY,
        S3_SECRET_ACCESS_KEY: ACCESS_KEY,
        S3_FORCE_PATH_STYLE: 'true',
      },
      stop: async () => {
        process.off('exit', orphanGuard);
        await stopChild(child);
        await rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    process.off('exit', orphanGuard);
    await stopChild(child);
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve(Number(match[2]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`s3rver exited (${code}) before listening:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
