import type { MockedResponse } from "@apollo/client/testing/core";
import { flushPromises, type VueWrapper } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { useSession } from "../../auth/use-session";
import {
  AttachExternalInvoiceDocument,
  GenerateGuideDocument,
  GenerateOrderDocument,
  type GenerateGuideMutation,
  OrderWorkflowDocument,
  ProductOptionsDocument,
  SendEvidenceDocument,
} from "../../graphql/generated";
import { mountPage, waitFor } from "../../test/mount-page";
import { workflowData } from "../../workflow/workflow.fixtures";
import { action, orderDetail, orderMock, shippedOrder, statusChangedMock } from "./order-detail.fixtures";
import OrderPage from "./OrderPage.vue";
import ProductPicker from "./ProductPicker.vue";

const productsMock: MockedResponse = {
  request: { query: ProductOptionsDocument, variables: { first: 20 } },
  result: {
    data: { products: [{ __typename: "Product", id: "p2", sku: "CAB-USBC", name: "Cable USB-C 1 m", stock: 40 }] },
  },
};

// The page's compact workflow diagram asks for the workflow once.
const workflowMock: MockedResponse = { request: { query: OrderWorkflowDocument }, result: { data: workflowData } };

async function mountOrder(mocks: ReadonlyArray<MockedResponse>) {
  const mounted = await mountPage(OrderPage, { path: "/pedidos/1", mocks: [...mocks, workflowMock] });
  await flushPromises();
  await waitFor(() => mounted.wrapper.find('[data-test="order-header"]').exists());
  return mounted;
}

const text = (wrapper: VueWrapper, selector: string) => wrapper.find(selector).text().replace(/\s+/g, " ").trim();
const isDisabled = (wrapper: VueWrapper, selector: string) => wrapper.find(selector).attributes("disabled") !== undefined;

describe("OrderPage", () => {
  beforeEach(() => {
    useSession().signIn({ token: "t", user: { __typename: "User", id: "u1", email: "ana@tienda.mx", role: "STAFF" } });
  });
  afterEach(() => {
    useSession().clear();
    document.body.innerHTML = "";
  });

  it("shows a pending order, its line issue and the generate-order form", async () => {
    const { wrapper } = await mountOrder([orderMock(orderDetail()), statusChangedMock("1"), productsMock]);

    expect(text(wrapper, '[data-test="order-number"]')).toBe("Pedido CS-1001");
    expect(text(wrapper, '[data-test="order-status"]')).toBe("Pendiente");
    // 03:00 UTC on New Year's Day is New Year's Eve in Mexico City.
    expect(text(wrapper, '[data-test="order-placed-at"]')).toBe("31 dic 2024, 9:00 p.m.");
    expect(text(wrapper, '[data-test="order-total"]')).toBe("$1,598.00");
    expect(text(wrapper, '[data-test="customer-section"]')).toContain("5512345678");

    const issueRow = wrapper.find('[data-test="item-12"]');
    expect(issueRow.classes()).toContain("issue");
    expect(text(wrapper, '[data-test="item-issue-12"]')).toBe("SKU no registrado");
    expect(wrapper.find('[data-test="item-11"]').classes()).not.toContain("issue");
    expect(text(wrapper, '[data-test="item-11"]')).toContain("AUD-01 · Audífonos BT");

    expect(wrapper.find('[data-test="mapping-CS-CAB-09"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="mapping-CS-AUD-01"]').exists()).toBe(false);
    // Nothing is generated until every unknown SKU has a product.
    expect(isDisabled(wrapper, '[data-test="generate-order"]')).toBe(true);
    // The guide waits for the sales order; cancelling is offered.
    expect(text(wrapper, '[data-test="guide-blocked"]')).toBe("Falta: Pedido interno generado");
    expect(isDisabled(wrapper, '[data-test="generate-guide"]')).toBe(true);
    expect(wrapper.find('[data-test="cancel-order"]').exists()).toBe(true);
  });

  it("generates the order with the product picked for the unknown SKU", async () => {
    const generated = orderDetail({
      lineIssues: [],
      salesOrder: { __typename: "SalesOrder", id: "s1", folio: "PV-000123", generatedAt: "2025-01-02T16:00:00Z", generatedBy: "ana@tienda.mx" },
      nextActions: [action("generateGuide"), action("createInvoice"), action("cancelOrder")],
    });
    const generate: MockedResponse = {
      request: {
        query: GenerateOrderDocument,
        variables: { input: { orderId: "1", skuMappings: [{ sku: "CS-CAB-09", productId: "p2" }], allowBackorder: true } },
      },
      result: { data: { generateOrder: generated } },
    };
    const { wrapper } = await mountOrder([orderMock(orderDetail()), statusChangedMock("1"), productsMock, generate]);

    wrapper.findComponent(ProductPicker).vm.$emit("update:modelValue", "p2");
    await wrapper.find('[data-test="allow-backorder"]').trigger("click");
    await flushPromises();
    expect(isDisabled(wrapper, '[data-test="generate-order"]')).toBe(false);
    await wrapper.find('[data-test="generate-order"]').trigger("click");

    await waitFor(() => wrapper.find('[data-test="sales-order"]').exists());
    expect(text(wrapper, '[data-test="sales-order"]')).toContain("PV-000123");
    expect(text(wrapper, '[data-test="page-notice"]')).toBe("Pedido interno generado");
    expect(wrapper.find('[data-test="generate-order-section"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="item-12"]').classes()).not.toContain("issue");
    expect(isDisabled(wrapper, '[data-test="generate-guide"]')).toBe(false);
  });

  it("validates a manual guide and sends its carrier and tracking number", async () => {
    const ready = orderDetail({
      lineIssues: [],
      salesOrder: { __typename: "SalesOrder", id: "s1", folio: "PV-000123", generatedAt: "2025-01-02T16:00:00Z", generatedBy: "sistema" },
      nextActions: [action("generateGuide"), action("createInvoice"), action("cancelOrder")],
    });
    const shipped = shippedOrder({
      shippingType: "MANUAL",
      shipment: { __typename: "Shipment", id: "sh1", type: "MANUAL", carrier: "Estafeta", trackingNumber: "EST-123456", shippedAt: "2025-01-02T17:00:00Z", labelUrl: null },
      nextActions: [action("createInvoice"), action("attachEvidence"), action("sendEvidence", ["INVOICE_ISSUED", "INVOICE_PAID", "INVOICE_EVIDENCE", "DELIVERY_PHOTO"])],
    });
    const guide: MockedResponse<GenerateGuideMutation> = {
      request: {
        query: GenerateGuideDocument,
        variables: { input: { orderId: "1", type: "MANUAL", carrier: "Estafeta", trackingNumber: "EST-123456" } },
      },
      result: { data: { generateGuide: shipped } },
    };
    const { wrapper } = await mountOrder([orderMock(ready), statusChangedMock("1"), guide]);

    await wrapper.find('[data-test="type-MANUAL"] input').setValue(true);
    await waitFor(() => wrapper.find('[data-test="carrier"]').exists());
    expect(text(wrapper, '[data-test="generate-guide"]')).toBe("Guardar envío");

    await wrapper.find('[data-test="guide-form"]').trigger("submit");
    expect(text(wrapper, '[data-test="carrier-field"]')).toContain("Escribe la paquetería");
    expect(text(wrapper, '[data-test="tracking-field"]')).toContain("Escribe el número de guía");

    await wrapper.find('[data-test="carrier"] input').setValue("  Estafeta ");
    await wrapper.find('[data-test="tracking"] input').setValue("EST 12");
    await wrapper.find('[data-test="guide-form"]').trigger("submit");
    expect(text(wrapper, '[data-test="tracking-field"]')).toContain("De 6 a 40 letras, números o guiones");
    expect(text(wrapper, '[data-test="carrier-field"]')).not.toContain("Escribe la paquetería");

    await wrapper.find('[data-test="tracking"] input').setValue("EST-123456");
    await wrapper.find('[data-test="guide-form"]').trigger("submit");

    // The answer lands in the cache and the page follows it: no refetch.
    await waitFor(() => wrapper.find('[data-test="tracking-number"]').exists());
    expect(wrapper.find('[data-test="action-error"]').exists()).toBe(false);
    expect(text(wrapper, '[data-test="action-success"]')).toBe("Envío registrado");
    expect(text(wrapper, '[data-test="tracking-number"]')).toBe("EST-123456");
    expect(text(wrapper, '[data-test="order-status"]')).toBe("Embarcado");
    expect(wrapper.find('[data-test="guide-form"]').exists()).toBe(false);
  });

  it("marks what evidence is missing and keeps «Enviar evidencia» disabled", async () => {
    const order = shippedOrder({
      shippingType: "MANUAL",
      nextActions: [action("addPayment"), action("attachEvidence"), action("sendEvidence", ["INVOICE_PAID", "DELIVERY_PHOTO"])],
    });
    const { wrapper } = await mountOrder([orderMock(order), statusChangedMock("1")]);

    const marks = wrapper.findAll('[data-test="evidence-checklist"] li').map((item) => [
      item.attributes("data-test"),
      item.attributes("data-done"),
    ]);
    expect(marks).toEqual([
      ["check-INVOICE_ISSUED", "true"],
      ["check-INVOICE_PAID", "false"],
      ["check-INVOICE_EVIDENCE", "true"],
      ["check-DELIVERY_PHOTO", "false"],
    ]);
    expect(text(wrapper, '[data-test="check-INVOICE_PAID"]')).toContain("Factura pagada");
    expect(text(wrapper, '[data-test="check-DELIVERY_PHOTO"]')).toContain("Foto de entrega adjunta");
    expect(isDisabled(wrapper, '[data-test="send-evidence"]')).toBe(true);
  });

  it("enables «Enviar evidencia» when nothing is missing", async () => {
    const { wrapper } = await mountOrder([orderMock(shippedOrder()), statusChangedMock("1")]);

    const items = wrapper.findAll('[data-test="evidence-checklist"] li');
    // Automatic shipping asks for no delivery photo.
    expect(items.map((item) => item.attributes("data-test"))).toEqual([
      "check-INVOICE_ISSUED",
      "check-INVOICE_PAID",
      "check-INVOICE_EVIDENCE",
    ]);
    expect(items.every((item) => item.attributes("data-done") === "true")).toBe(true);
    expect(isDisabled(wrapper, '[data-test="send-evidence"]')).toBe(false);
  });

  it("lists in Spanish what the server says is missing when sending evidence", async () => {
    const refused: MockedResponse = {
      request: { query: SendEvidenceDocument, variables: { orderId: "1" } },
      result: {
        errors: [
          new GraphQLError("Antes de enviar la evidencia falta: INVOICE_PAID, INVOICE_EVIDENCE.", {
            extensions: { code: "REQUIREMENTS_MISSING", missing: ["INVOICE_PAID", "INVOICE_EVIDENCE"] },
          }),
        ],
      },
    };
    const { wrapper } = await mountOrder([orderMock(shippedOrder()), statusChangedMock("1"), refused]);

    await wrapper.find('[data-test="send-evidence"]').trigger("click");
    await waitFor(() => wrapper.find('[data-test="action-missing"]').exists());

    expect(wrapper.findAll('[data-test="action-missing"] li').map((item) => item.text())).toEqual([
      "Factura pagada",
      "Factura adjunta como evidencia",
    ]);
    expect(wrapper.find('[data-test="action-success"]').exists()).toBe(false);
  });

  it("follows a status change made elsewhere without reloading", async () => {
    const { wrapper } = await mountOrder([
      orderMock(orderDetail()),
      statusChangedMock("1", { order: orderDetail({ status: "CANCELLED", nextActions: [] }), from: "PENDING", delay: 50 }),
      productsMock,
    ]);

    // The query answered PENDING: only the pushed change can say CANCELLED.
    await waitFor(() => text(wrapper, '[data-test="order-status"]') === "Cancelado");
    expect(wrapper.find('[data-test="cancel-section"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="generate-order-section"]').exists()).toBe(false);
  });

  it("highlights the order's status and its enabled actions on the workflow diagram", async () => {
    const order = shippedOrder({ nextActions: [action("attachEvidence"), action("sendEvidence", ["INVOICE_PAID"])] });
    const { wrapper } = await mountOrder([orderMock(order), statusChangedMock("1")]);
    await waitFor(() => wrapper.find('[data-test="order-workflow"] [data-test="workflow-diagram"]').exists());

    const diagram = wrapper.find('[data-test="order-workflow"]');
    const current = diagram.findAll(".node.current").map((node) => node.attributes("data-test"));
    expect(current).toEqual(["node-SHIPPED"]);
    expect(diagram.find('[data-test="node-SHIPPED"]').attributes("aria-current")).toBe("step");
    // sendEvidence still misses a requirement: it is not offered as next.
    expect(diagram.findAll(".edge.next")).toHaveLength(0);
  });

  it("marks the enabled next action's edge from the current status", async () => {
    const { wrapper } = await mountOrder([orderMock(shippedOrder()), statusChangedMock("1")]);
    await waitFor(() => wrapper.find('[data-test="order-workflow"] [data-test="workflow-diagram"]').exists());

    const next = wrapper.findAll('[data-test="order-workflow"] .edge.next').map((edge) => edge.attributes("data-test"));
    expect(next).toEqual(["edge-sendEvidence-SHIPPED-DELIVERED"]);
  });

  it("attaches an external CFDI with both uploads and lists the server's problems when refused", async () => {
    const uploads = ["up-xml", "up-pdf"];
    const fetchMock = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const file = (init?.body as FormData).get("file") as File;
      const uploadId = file.name.endsWith(".xml") ? uploads[0] : uploads[1];
      return { status: 201, json: async () => ({ uploadId, contentType: file.type, size: file.size }) } as Response;
    });
    const originalFetch = globalThis.fetch;
    globalThis.fetch = fetchMock;
    const problems = [
      "El total del CFDI ($1,500.00) no coincide con el total del pedido ($1,598.00).",
      "El CFDI no está timbrado: falta el Timbre Fiscal Digital (UUID).",
    ];
    const refused: MockedResponse = {
      request: {
        query: AttachExternalInvoiceDocument,
        variables: { input: { orderId: "1", xmlUploadId: "up-xml", pdfUploadId: "up-pdf" } },
      },
      result: {
        errors: [new GraphQLError(problems[0] ?? "", { extensions: { code: "BAD_USER_INPUT", problems } })],
      },
    };
    try {
      const { wrapper } = await mountOrder([orderMock(orderDetail()), statusChangedMock("1"), productsMock, refused]);
      expect(isDisabled(wrapper, '[data-test="attach-external"]')).toBe(true);

      const pick = async (selector: string, file: File) => {
        const input = wrapper.find(selector);
        Object.defineProperty(input.element, "files", { value: [file], configurable: true });
        await input.trigger("change");
      };
      await pick('[data-test="external-xml"]', new File(["<cfdi/>"], "factura.xml", { type: "application/xml" }));
      await pick('[data-test="external-pdf"]', new File(["%PDF"], "factura.pdf", { type: "application/pdf" }));
      await wrapper.find('[data-test="external-invoice"]').trigger("submit");
      await waitFor(() => wrapper.find('[data-test="external-problems"]').exists());

      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(["/uploads", "/uploads"]);
      expect(wrapper.findAll('[data-test="external-problems"] li').map((item) => item.text())).toEqual(problems);
      expect(wrapper.find('[data-test="action-success"]').exists()).toBe(false);
    } finally {
      globalThis.fetch = originalFetch;
    }
  });

  it("shows the fiscal UUID of an attached invoice and offers no external CFDI then", async () => {
    const invoice = {
      __typename: "Invoice" as const,
      id: "inv1",
      state: "ISSUED" as const,
      series: "EXT",
      folio: "77",
      receiverRfc: "XAXX010101000",
      subtotal: "1377.59",
      tax: "220.41",
      total: "1598.00",
      paid: false,
      uuid: "6F1E2D3C-4B5A-4987-8654-3210FEDCBA98",
      pdfUrl: "/files/ext-77.pdf",
      payments: [],
    };
    const order = shippedOrder({ invoice, nextActions: [action("addPayment"), action("attachEvidence")] });
    const { wrapper } = await mountOrder([orderMock(order), statusChangedMock("1")]);

    expect(text(wrapper, '[data-test="invoice-uuid"]')).toBe("Folio fiscal (UUID) 6F1E2D3C-4B5A-4987-8654-3210FEDCBA98");
    expect(wrapper.find('[data-test="external-invoice"]').exists()).toBe(false);
  });
});
