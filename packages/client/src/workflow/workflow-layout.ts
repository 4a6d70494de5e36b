import type { OrderStatus, OrderWorkflowQuery } from "../graphql/generated";

export type Workflow = OrderWorkflowQuery["orderWorkflow"];
export type WorkflowTransition = Workflow["transitions"][number];

export interface Point {
  x: number;
  y: number;
}

export interface NodeBox extends Point {
  status: OrderStatus;
}

export interface EdgePath {
  transition: WorkflowTransition;
  /** SVG path from the edge of one node to the edge of the other. */
  d: string;
  label: Point;
}

export interface WorkflowLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgePath[];
}

export const NODE_WIDTH = 140;
export const NODE_HEIGHT = 64;
const COLUMN_GAP = 330;
const MARGIN = 24;
const MAIN_ROW_Y = 130;
const LOWER_ROW_Y = 370;
const PARALLEL_SPREAD = 64;
// Parallel arrows put their labels at different points along them, so steep ones do not collide.
const LABEL_STAGGER = 0.22;
const SKIP_BEND = 110;

/** Statuses drawn under the main row: where an order leaves the normal flow. */
const LOWER_ROW: readonly OrderStatus[] = ["CANCELLED"];

/** Where a ray from the centre of a node towards `toward` leaves the node's box. */
function boxExit(center: Point, toward: Point): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Lays the statuses out left to right (leaving ones below) and bends parallel arrows apart. */
export function layoutWorkflow(workflow: Workflow): WorkflowLayout {
  const main = workflow.statuses.filter((status) => !LOWER_ROW.includes(status));
  const centers = new Map<OrderStatus, Point>();
  main.forEach((status, column) => {
    centers.set(status, { x: MARGIN + NODE_WIDTH / 2 + column * COLUMN_GAP, y: MAIN_ROW_Y });
  });
  const lower = workflow.statuses.filter((status) => LOWER_ROW.includes(status));
  lower.forEach((status, index) => {
    // Under the statuses it is reached from, so its arrows stay short.
    const sources = workflow.transitions
      .filter((transition) => transition.to === status)
      .map((transition) => centers.get(transition.from)?.x)
      .filter((x): x is number => x !== undefined);
    const x = sources.length > 0 ? (Math.min(...sources) + Math.max(...sources)) / 2 : MARGIN + NODE_WIDTH / 2;
    centers.set(status, { x: x + index * COLUMN_GAP, y: LOWER_ROW_Y });
  });

  const pairKey = (transition: WorkflowTransition) => `${transition.from}>${transition.to}`;
  const pairSizes = new Map<string, number>();
  for (const transition of workflow.transitions) {
    pairSizes.set(pairKey(transition), (pairSizes.get(pairKey(transition)) ?? 0) + 1);
  }
  const pairSeen = new Map<string, number>();

  const edges: EdgePath[] = [];
  for (const transition of workflow.transitions) {
    const from = centers.get(transition.from);
    const to = centers.get(transition.to);
    if (!from || !to) continue;
    const key = pairKey(transition);
    const index = pairSeen.get(key) ?? 0;
    pairSeen.set(key, index + 1);
    const size = pairSizes.get(key) ?? 1;

    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    // Left of the direction of travel: "up" for an arrow going right.
    const normal = { x: dy / length, y: -dx / length };
    const skipped = from.y === to.y ? Math.max(0, Math.round(Math.abs(dx) / COLUMN_GAP) - 1) : 0;
    const rank = index - (size - 1) / 2;
    const offset = rank * PARALLEL_SPREAD + skipped * SKIP_BEND;
    const control = { x: (from.x + to.x) / 2 + normal.x * offset, y: (from.y + to.y) / 2 + normal.y * offset };
    const start = boxExit(from, control);
    const end = boxExit(to, control);
    const at = 0.5 + rank * LABEL_STAGGER;
    const label = {
      x: round((1 - at) ** 2 * start.x + 2 * (1 - at) * at * control.x + at ** 2 * end.x),
      y: round((1 - at) ** 2 * start.y + 2 * (1 - at) * at * control.y + at ** 2 * end.y),
    };
    const d = `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;
    edges.push({ transition, d, label });
  }

  const nodes = workflow.statuses.flatMap((status) => {
    const center = centers.get(status);
    return center ? [{ status, x: center.x - NODE_WIDTH / 2, y: center.y - NODE_HEIGHT / 2 }] : [];
  });
  const width = Math.max(...nodes.map((node) => node.x + NODE_WIDTH), 0) + MARGIN;
  const height = Math.max(...nodes.map((node) => node.y + NODE_HEIGHT), 0) + MARGIN;
  return { width, height, nodes, edges };
}
