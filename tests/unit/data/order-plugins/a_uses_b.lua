-- Sorts before b_base but needs its output: runs after it.
return {
  id = "a_uses_b", kind = "indicator", title = "doubles b",
  requires = { "derived.b_base.value" },
  derive = function(p, ctx) return { value = p.derived.b_base.value * 2 } end,
}
