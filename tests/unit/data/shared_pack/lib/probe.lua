-- A test rule that reports what SEEN returns in its one finding's message.
return function(id, seen)
  return {
    id = id,
    title = id,
    source = { chapter = 1, section = "test", quote = "test", lines = "L1" },
    evaluate = function(p, ctx)
      ctx:finding{ id = id, severity = "info", title = id, message = tostring(seen()),
                   evidence = { { field = "country.iso3" } } }
    end,
  }
end
