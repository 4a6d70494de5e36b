import { layoutWorkflow, NODE_HEIGHT } from "./workflow-layout";
import { workflow } from "./workflow.fixtures";

describe("layoutWorkflow", () => {
  const layout = layoutWorkflow(workflow);
  const node = (status: string) => layout.nodes.find((box) => box.status === status);

  it("puts the statuses left to right and Cancelado below them", () => {
    const [pending, shipped, delivered, cancelled] = ["PENDING", "SHIPPED", "DELIVERED", "CANCELLED"].map(node);
    expect(pending!.x).toBeLessThan(shipped!.x);
    expect(shipped!.x).toBeLessThan(delivered!.x);
    expect(new Set([pending!.y, shipped!.y, delivered!.y]).size).toBe(1);
    expect(cancelled!.y).toBeGreaterThan(pending!.y + NODE_HEIGHT);
    expect(layout.width).toBeGreaterThan(delivered!.x);
    expect(layout.height).toBeGreaterThan(cancelled!.y + NODE_HEIGHT);
  });

  it("draws one path per transition and keeps parallel labels apart", () => {
    expect(layout.edges).toHaveLength(workflow.transitions.length);
    const labels = layout.edges.map((edge) => `${edge.label.x},${edge.label.y}`);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
