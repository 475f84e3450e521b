-- expect: runtime read-only
return {
  id = "mutate_next",
  title = "hostile: mutate_next",
  source = { chapter = 0, quote = "hostile test", lines = "L1" },
  evaluate = function(p, ctx)
    local key, finance = next(p, "country")
    finance = p.finance
    local k, v = next(finance)
    finance[k] = 0 --!
  end,
}
