import { toProductInput, validateProduct } from "./product-form";

const valid = { sku: "SKU-1", name: "Licuadora", price: "1299.5", stock: "3" };

describe("validateProduct", () => {
  it("accepts a complete product", () => {
    expect(validateProduct(valid)).toEqual({});
    expect(validateProduct({ ...valid, price: "$1,299.00", stock: "0" })).toEqual({});
  });

  it("names every field that is missing or wrong", () => {
    expect(validateProduct({ sku: " ", name: "", price: "", stock: "" })).toEqual({
      sku: "skuRequired",
      name: "nameRequired",
      price: "priceRequired",
      stock: "stockRequired",
    });
    expect(validateProduct({ sku: "SKU 1", name: "x", price: "12.345", stock: "1.5" })).toEqual({
      sku: "skuInvalid",
      price: "priceInvalid",
      stock: "stockInvalid",
    });
    expect(validateProduct({ ...valid, price: "0", stock: "-2" })).toEqual({
      price: "pricePositive",
      stock: "stockNegative",
    });
  });
});

describe("toProductInput", () => {
  it("sends the price as a decimal string with two decimals and the stock as a number", () => {
    expect(toProductInput({ sku: " SKU-1 ", name: " Licuadora ", price: "$1,299.5", stock: " 3 " })).toEqual({
      sku: "SKU-1",
      name: "Licuadora",
      price: "1299.50",
      stock: 3,
    });
  });
});
