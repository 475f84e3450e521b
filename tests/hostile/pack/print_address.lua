-- expect: ok
return {
  id = "print_address",
  title = "hostile: print_address",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    assert(tostring(ctx) == "latecomer.ctx" and tostring({}) == "table")
  end,
}
