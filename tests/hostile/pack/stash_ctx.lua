-- expect: ok
return {
  id = "stash_ctx",
  title = "hostile: stash_ctx",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local stash = require("stash")
    stash.ctx = ctx
    stash.note = "stashed"
  end,
}
