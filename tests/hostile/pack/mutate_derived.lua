-- expect: runtime read-only
return {
  id = "mutate_derived",
  title = "hostile: mutate_derived",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    p.derived.probe = { collateral = 0 } --!
  end,
}
