-- expect: ok
-- Runs first: its finding must come out exactly like this whatever the
-- hostile rules after it do.
return {
  id = "aa_benign",
  title = "A benign rule that runs before the hostile ones",
  source = { chapter = 2, section = "SME Promotion Policy", quote = "benign", lines = "L768" },
  requires = { "finance.collateral_value_pct_loan" },
  tags = { "finance" },
  evaluate = function(p, ctx)
    local high = ctx:check{ field = "finance.collateral_value_pct_loan", op = ">",
                            config = "collateral_trigger" }
    if high then
      ctx:finding{ id = "benign_first", severity = "warning", title = "Collateral is high",
                   message = string.format("Collateral averages %.0f%% of the loan value.",
                                           p.finance.collateral_value_pct_loan),
                   evidence = ctx:evidence() }
    end
  end,
}
