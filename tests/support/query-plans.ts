import type postgres from 'postgres';

// What tests/integration/query-plans.test.ts needs to look at the plans of the statements the real
// query functions send: a recorder for postgres.js's `debug` hook, and a walk over EXPLAIN's JSON.

export interface Statement {
  text: string;
  parameters: unknown[];
}

let recording: Statement[] | null = null;

/**
 * Notes the statements a database handle sends while a recording is on: postgres.js reads its `debug`
 * option at every query, from the options object the client exposes, so an open pool can be watched.
 */
export function recordStatements(handle: { $client: { options: { debug?: unknown } } }) {
  handle.$client.options.debug = (_connection: number, text: string, parameters: unknown[]) =>
    recording?.push({ text, parameters: [...parameters] });
}

/** The statements `run` sent, in order. */
export async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  try {
    await run();
    return recording;
  } finally {
    recording = null;
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan, depth first. */
function* nodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* nodes(child);
}

/** The tables a statement's plan reads in full (a Seq Scan node), as the planner chose with these values. */
export async function sequentialScans(sql: postgres.Sql, statement: Statement): Promise<string[]> {
  const [row] = await sql.unsafe(`explain (format json) ${statement.text}`, statement.parameters as never[]);
  const [plan] = (row as unknown as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'];
  return [...nodes(plan!.Plan)].filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'] ?? '?');
}
