return {
  id = "d_cycle", kind = "indicator", title = "waits on c",
  requires = { "derived.c_cycle.value" },
  derive = function(p, ctx) return { value = 1 } end,
}
