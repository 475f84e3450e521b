-- Fails at run time: the report must list it under rule errors.
return {
  id = "tech_broken",
  title = "A rule with a bug",
  source = { chapter = 1, section = "Technology", quote = "bug" },
  tags = { "test" },
  evaluate = function(p, ctx)
    local missing = nil
    return missing.field
  end,
}
