return {
  id = "b_base", kind = "indicator", title = "a base value",
  derive = function(p, ctx) return { value = 21 } end,
}
