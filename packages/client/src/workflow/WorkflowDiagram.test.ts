import { mount } from "@vue/test-utils";
import { createAppI18n } from "../i18n/i18n";
import { workflow } from "./workflow.fixtures";
import WorkflowDiagram from "./WorkflowDiagram.vue";

function mountDiagram(props: InstanceType<typeof WorkflowDiagram>["$props"]) {
  return mount(WorkflowDiagram, { props, global: { plugins: [createAppI18n("es-MX")] } });
}

describe("WorkflowDiagram", () => {
  it("draws one node per status and one labelled arrow per transition, with the counts", () => {
    const wrapper = mountDiagram({ workflow, counts: { PENDING: 2, SHIPPED: 5, DELIVERED: 1 } });

    const nodes = wrapper.findAll('[data-test^="node-"]');
    expect(nodes.map((node) => node.find(".node-name").text())).toEqual([
      "Pendiente",
      "Embarcado",
      "Entregado",
      "Cancelado",
    ]);
    const edges = wrapper.findAll('[data-test^="edge-"]');
    expect(edges).toHaveLength(8);
    expect(edges.map((edge) => edge.find(".edge-label").text())).toEqual([
      "Generar guía",
      "Claro Shop: embarcado",
      "Enviar evidencia",
      "Claro Shop: entregado",
      "Claro Shop: entregado",
      "Cancelar",
      "Claro Shop: cancelado",
      "Claro Shop: cancelado",
    ]);
    expect(wrapper.find('[data-test="edge-generateGuide-PENDING-SHIPPED"] title').text()).toBe(
      "Generar guía: de Pendiente a Embarcado",
    );
    expect(wrapper.find('[data-test="count-PENDING"]').text()).toBe("2 pedidos");
    expect(wrapper.find('[data-test="count-SHIPPED"]').text()).toBe("5 pedidos");
    expect(wrapper.find('[data-test="count-DELIVERED"]').text()).toBe("1 pedido");
    expect(wrapper.find('[data-test="count-CANCELLED"]').text()).toBe("Sin pedidos");
  });

  it("draws only what the server's workflow has", () => {
    const wrapper = mountDiagram({
      workflow: { ...workflow, statuses: ["PENDING", "SHIPPED"], transitions: workflow.transitions.slice(0, 1) },
    });

    expect(wrapper.findAll('[data-test^="node-"]')).toHaveLength(2);
    expect(wrapper.findAll('[data-test^="edge-"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="count-PENDING"]').exists()).toBe(false);
  });

  it("highlights the current status and its next actions", () => {
    const wrapper = mountDiagram({ workflow, current: "SHIPPED", next: ["sendEvidence", "marketplaceCancelled"] });

    const current = wrapper.findAll(".node.current");
    expect(current.map((node) => node.attributes("data-test"))).toEqual(["node-SHIPPED"]);
    expect(current[0]?.attributes("aria-current")).toBe("step");
    // Only the arrows leaving the current status: PENDING → CANCELLED is not next.
    expect(wrapper.findAll(".edge.next").map((edge) => edge.attributes("data-test"))).toEqual([
      "edge-sendEvidence-SHIPPED-DELIVERED",
      "edge-marketplaceCancelled-SHIPPED-CANCELLED",
    ]);
  });
});
