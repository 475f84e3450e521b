-- Example rule (lesson 32, simplified): where collateral requirements shut
-- SMEs out of credit and no guarantee fund exists, recommend one.
local words = require("words")

return {
  id = "example.collateral_guarantee",
  title = "Collateral-poor SMEs need a credit guarantee fund first",
  source = { chapter = 2, section = "SME Promotion Policy",
             quote = "The Loan Guarantee Scheme was viewed as a relatively successful support measure.",
             lines = "L768" },
  requires = { "institutions.credit_guarantee_fund.present" },  -- without it: skipped, a data gap
  tags = { "finance", "sme" },
  measures = { "sme_credit_guarantee_fund" },

  evaluate = function(p, ctx)
    if p.institutions.credit_guarantee_fund.present then return end
    -- each check is true, false, or nil when the figure is missing (a data gap, never "no")
    local collateral = ctx:check{ field = "finance.collateral_value_pct_loan", op = ">",
                                  config = "collateral_pct_loan_trigger", unit = "% of loan value" }
    local constrained = ctx:check{ field = "finance.firms_finance_major_constraint_pct", op = ">",
                                   config = "finance_constraint_pct_trigger", unit = "% of firms" }
    if not ctx:any(collateral, constrained) then return end   -- false, or unknown
    local evidence = ctx:evidence()                           -- the checks that held
    local facts = {}
    for _, e in ipairs(evidence) do facts[#facts + 1] = e.field .. " at " .. words.percent(e.value) end
    evidence[#evidence + 1] = { field = "institutions.credit_guarantee_fund.present" }
    ctx:finding{
      id = "collateral_constraint_without_guarantee",
      severity = "warning",
      title = "Collateral requirements shut SMEs out of bank credit and no guarantee fund exists",
      message = "There is no credit guarantee fund, with " .. words.list(facts) .. ".",
      evidence = evidence,
      measures = { "sme_credit_guarantee_fund" },
    }
  end,
}
