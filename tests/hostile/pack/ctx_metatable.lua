-- expect: runtime
return {
  id = "ctx_metatable",
  title = "hostile: ctx_metatable",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    getmetatable(ctx).__index = {} --!
  end,
}
