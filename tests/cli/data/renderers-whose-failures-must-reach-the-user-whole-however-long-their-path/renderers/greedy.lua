-- A renderer that exceeds its memory limit: its error message, behind a
-- long plugin path, must reach the user whole.
return {
  id = "greedy", kind = "renderer", format = "greedy", title = "allocates without end",
  render = function(doc, ctx) return string.rep("x", 1 << 30) end,
}
