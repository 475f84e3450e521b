-- ctx:check: held, not held, missing (a gap, never false), config thresholds,
-- the qualitative fallback, and ctx:evidence collecting what held.
return {
  id = "check_rule",
  title = "check helper",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    local high, ev = ctx:check{ field = "finance.collateral_value_pct_loan", op = ">",
                                config = "collateral_trigger", unit = "% of loan value" }
    assert(high == true, "collateral above the trigger")
    assert(ev.field == "finance.collateral_value_pct_loan" and ev.value == 210 and ev.threshold == 150)
    local low = ctx:check{ field = "macro.inflation_pct", op = ">", config = "inflation_high_pct" }
    assert(low == false, "inflation 7.8 is not above 10")
    local unknown = ctx:check{ field = "macro.exports_pct_gdp", op = ">=", threshold = 20 }
    assert(unknown == nil, "a missing field is nil, never false")
    local in_set = ctx:check{ field = "technology.capability_stage", op = "in",
                              threshold = { "operational", "duplicative" } }
    assert(in_set == true)
    local assessed, aev = ctx:check{ field = "finance.firms_finance_major_constraint_pct", op = ">",
                                     threshold = 30, fallback = "institutions.sme_agency.present" }
    assert(assessed == false and aev.field == "institutions.sme_agency.present")
    local held = ctx:evidence()
    assert(#held == 2 and held[1].field == "finance.collateral_value_pct_loan"
           and held[2].field == "technology.capability_stage")
    ctx:note("checked collateral and inflation")
    if high then
      ctx:finding{ id = "collateral_high", severity = "warning", title = "t", message = "m",
                   evidence = held }
    end
  end,
}
