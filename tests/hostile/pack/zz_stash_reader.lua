-- expect: ok
-- Reads the module stash_ctx wrote its ctx into: a fresh instance, empty.
return {
  id = "zz_stash_reader",
  title = "A rule that looks for a ctx another rule stashed",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local stash = require("stash")
    if stash.ctx then
      -- were it there, it would be dead: this call would raise
      stash.ctx:finding{ id = "stolen", severity = "critical", title = "t", message = "m",
                         evidence = { { field = "country.year" } } }
    end
    ctx:finding{ id = "stash_isolated", severity = "info", title = "No ctx survived its call",
                 message = "The module instance was fresh.",
                 evidence = { { field = "country.year" } } }
  end,
}
