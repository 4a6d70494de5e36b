import { Column, type ColumnOptions } from "typeorm";

/** A UTC instant with millisecond precision on every engine. */
export function DateTimeColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "datetime", precision: 3, ...options });
}

/** Money in integer cents (MXN). */
export function CentsColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: "int", ...options });
}
