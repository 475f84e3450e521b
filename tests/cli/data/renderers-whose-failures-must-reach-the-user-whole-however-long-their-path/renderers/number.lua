-- A renderer that returns a number instead of text.
return {
  id = "number", kind = "renderer", format = "number", title = "returns a number",
  render = function(doc, ctx) return 42 end,
}
