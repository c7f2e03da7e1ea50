import { describe, expect, it } from "vitest";

import { parseCpuModel } from "./machine";

describe("parseCpuModel", () => {
  it("reads the first model name", () => {
    expect(parseCpuModel("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor \nprocessor\t: 1\nmodel name\t: other\n")).toBe(
      "Intel(R) Xeon(R) Processor",
    );
  });

  it("is null without one (some ARM kernels)", () => {
    expect(parseCpuModel("processor\t: 0\nBogoMIPS\t: 50.00\n")).toBeNull();
  });
});
