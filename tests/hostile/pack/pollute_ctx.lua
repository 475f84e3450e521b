-- expect: runtime read-only
return {
  id = "pollute_ctx",
  title = "hostile: pollute_ctx",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    ctx.finding = function() end --!
  end,
}
