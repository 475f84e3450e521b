local words = require("words")
return {
  id = "collateral",
  title = "Collateral above the trigger",
  source = { chapter = 2, quote = "test", lines = "L1" },
  requires = { "finance.collateral_value_pct_loan" },
  tags = { "finance" },
  evaluate = function(p, ctx)
    local high = ctx:check{ field = "finance.collateral_value_pct_loan", op = ">",
                            config = "collateral_trigger" }
    local t = ctx:trend("finance.collateral_value_pct_loan", { years = 5 })
    if high then
      ctx:finding{ id = "collateral_high", severity = "warning", title = "Collateral is high",
                   message = "Collateral is " .. words.percent(p.finance.collateral_value_pct_loan),
                   evidence = ctx:evidence() }
    end
    if t then ctx:note("collateral changed by " .. t.change) end
  end,
}
