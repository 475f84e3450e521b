return {
  id = "c_cycle", kind = "indicator", title = "waits on d",
  requires = { "derived.d_cycle.value" },
  derive = function(p, ctx) return { value = 1 } end,
}
