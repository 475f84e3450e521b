-- expect: ok
-- A benign indicator: rules check that what it derived reached them intact.
return {
  id = "probe",
  kind = "indicator",
  title = "Copies a profile value",
  requires = { "finance.collateral_value_pct_loan" },
  derive = function(p, ctx)
    return { collateral = p.finance.collateral_value_pct_loan }
  end,
}
