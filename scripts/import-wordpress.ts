// `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--dry-run]`: moves a WordPress
// archive in (modules/wordpress/README.md). Runs with `--conditions=react-server`, as the server does,
// because the media modules are server-only.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../db/client';
import { runMigrations } from '../db/migrate';
import { postgresServer } from '../db/embedded';
import { mediaStorage } from '../modules/media';
import { importWordpress, WxrError, type ImportReport } from '../modules/wordpress';

// As the launcher does: DATABASE_URL and the media store's settings may be set in .env.
for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { uploads: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file || positionals.length > 1 || !fs.existsSync(file)) {
  console.error('usage: npm run import:wordpress -- <export.xml> [--uploads <folder>] [--dry-run]');
  process.exit(2);
}
if (values.uploads && !fs.statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`--uploads ${values.uploads}: no such folder`);
  process.exit(2);
}

const server = await postgresServer((line) => console.log(`[bawaba] ${line}`));
await runMigrations(server.url);
const db = createDb(server.url, { max: 2 });
const started = Date.now();
let exitCode = 0;
try {
  const report = await importWordpress({
    file,
    db,
    uploads: values.uploads ?? null,
    storage: values['dry-run'] ? null : mediaStorage(),
    dryRun: values['dry-run'],
    onProgress: (done, total) => {
      const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
      process.stdout.write(`\r[bawaba] ${done}/${total} posts read (${rate.toFixed(0)}/s)`);
    },
  });
  process.stdout.write('\n');
  printReport(report, (Date.now() - started) / 1000);
} catch (error) {
  if (!(error instanceof WxrError)) throw error;
  console.error(`\n[bawaba] import stopped, nothing written: ${error.message}`);
  exitCode = 1;
} finally {
  await db.close();
  await server.stop();
}
process.exit(exitCode);

function printReport(report: ImportReport, seconds: number) {
  const line = (text: string) => console.log(`  ${text}`);
  console.log(report.dryRun ? '[bawaba] dry run: nothing was written. It would have:' : '[bawaba] import done:');
  const { created, updated, unchanged, conflict } = report.posts;
  line(`posts: ${created} created, ${updated} updated, ${unchanged} unchanged, ${conflict} kept as edited here`);
  line(
    `by status: ${
      Object.entries(report.byStatus)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  line(`pages skipped: ${report.pagesSkipped}`);
  line(
    `created: ${report.sectionsCreated} sections, ${report.tagsCreated} tags, ${report.authorsCreated} authors, ${report.imagesCreated} images`,
  );
  const dropped = Object.entries(report.dropped);
  if (dropped.length) line(`left out of bodies: ${dropped.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  for (const s of report.skipped) line(`skipped #${s.wpPostId} «${s.title}»: ${s.reason}`);
  for (const r of report.refused) line(`skipped ${r.what}: ${r.reason}`);
  for (const n of report.notes) line(`note #${n.wpPostId} «${n.title}»: ${n.note}`);
  line(`${seconds.toFixed(1)} s`);
}
