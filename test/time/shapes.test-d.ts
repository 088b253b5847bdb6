import { describe, expectTypeOf, it } from "vitest";

import type { EdtfReading } from "../../src/time/edtf-read.js";
import type { PeriodResult } from "../../src/time/edtf.js";
import type * as schema from "../../src/time/schema.js";
import type { PeriodTypes } from "../../src/time/shapes.js";

// The EDTF reader and writer sit below the schema and take their types from
// the shapes; everything else takes them from the schema. They are one type each.
describe("the period types below the schema are the schema's types", () => {
  it("for every period type the reader and writer use", () => {
    expectTypeOf<PeriodTypes["date"]>().toEqualTypeOf<schema.DatePeriod>();
    expectTypeOf<PeriodTypes["season"]>().toEqualTypeOf<schema.SeasonPeriod>();
    expectTypeOf<PeriodTypes["subyear"]>().toEqualTypeOf<schema.SubyearPeriod>();
    expectTypeOf<PeriodTypes["point"]>().toEqualTypeOf<schema.PeriodPoint>();
    expectTypeOf<PeriodTypes["period"]>().toEqualTypeOf<schema.Period>();
  });

  it("for what the reader returns", () => {
    expectTypeOf<EdtfReading>().toEqualTypeOf<PeriodResult>();
  });
});
