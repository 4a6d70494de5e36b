import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises, mount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { type ProductFieldsFragment, SaveProductDocument } from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { mockApolloClient, waitFor } from "../test/mount-page";
import ProductForm from "./ProductForm.vue";

const saved: ProductFieldsFragment = {
  __typename: "Product",
  id: "p1",
  sku: "LIC-500",
  name: "Licuadora 500 W",
  price: "1299.50",
  stock: 3,
};
const saveMock = {
  request: {
    query: SaveProductDocument,
    variables: { input: { sku: "LIC-500", name: "Licuadora 500 W", price: "1299.50", stock: 3 } },
  },
  result: { data: { saveProduct: saved } },
};

function mountForm(mocks: Parameters<typeof mockApolloClient>[0], product: ProductFieldsFragment | null = null) {
  const client = mockApolloClient(mocks);
  const wrapper = mount(ProductForm, {
    props: { product },
    attachTo: document.body,
    global: { plugins: [createAppI18n("es-MX")], provide: { [DefaultApolloClient]: client } },
  });
  const fill = async (values: Partial<Record<"sku" | "name" | "price" | "stock", string>>) => {
    for (const [field, value] of Object.entries(values)) {
      await wrapper.find(`[data-test="field-${field}"] input`).setValue(value);
    }
  };
  const feedback = (field: string) => wrapper.find(`[data-test="field-${field}"] .n-form-item-feedback-wrapper`).text();
  return { wrapper, fill, feedback };
}

describe("ProductForm", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("says what is missing or wrong and sends nothing", async () => {
    // No mocks: a request would fail the test with "No more mocked responses".
    const { wrapper, fill, feedback } = mountForm([]);
    await fill({ sku: "LIC 500", price: "12.345", stock: "-1" });
    await wrapper.find("form").trigger("submit");
    await flushPromises();

    expect(feedback("sku")).toBe("Solo letras, números, puntos, guiones y guiones bajos, sin espacios");
    expect(feedback("name")).toBe("Escribe el nombre del producto");
    expect(feedback("price")).toBe("Escribe el precio en pesos con hasta dos decimales, p. ej. 1299.00");
    expect(feedback("stock")).toBe("Las existencias no pueden ser negativas");
    expect(wrapper.emitted("saved")).toBeUndefined();

    await fill({ sku: "LIC-500" });
    expect(feedback("sku")).toBe("");
  });

  it("sends saveProduct with the price as a decimal string and the stock as a number", async () => {
    const { wrapper, fill } = mountForm([saveMock]);
    await fill({ sku: " LIC-500 ", name: "Licuadora 500 W", price: "$1,299.5", stock: "3" });
    await wrapper.find("form").trigger("submit");
    await waitFor(() => wrapper.find('[data-test="saved"]').exists());

    expect(wrapper.find('[data-test="saved"]').text()).toBe("Producto LIC-500 guardado");
    expect(wrapper.emitted("saved")).toEqual([[saved]]);
  });

  it("edits a product by its SKU and shows the server's error", async () => {
    const { wrapper, fill } = mountForm(
      [{ ...saveMock, result: { errors: [new GraphQLError("El SKU ya está mapeado")] } }],
      { ...saved, price: "999.00" },
    );
    expect(wrapper.text()).toContain("Editar LIC-500");
    expect((wrapper.find('[data-test="field-price"] input').element as HTMLInputElement).value).toBe("999.00");

    await fill({ price: "1299.5" });
    await wrapper.find("form").trigger("submit");
    await waitFor(() => wrapper.find('[data-test="save-error"]').exists());

    expect(wrapper.find('[data-test="save-error"]').text()).toBe("El SKU ya está mapeado");
    expect(wrapper.emitted("saved")).toBeUndefined();
  });
});
