-- Sorted iteration and three-valued logic.
return {
  id = "order_rule",
  title = "ordering helpers",
  source = { chapter = 1, quote = "test", lines = "L1" },
  evaluate = function(p, ctx)
    local keys = ctx:keys({ b = 1, a = 2, [3] = 0, [1] = 0, c = 3 })
    assert(table.concat(keys, ",") == "1,3,a,b,c", table.concat(keys, ","))
    local inst = ctx:keys(p.institutions)
    assert(table.concat(inst, ",") == "credit_guarantee_fund,sme_agency,sme_framework_law")
    local items = { { n = "x", v = 2 }, { n = "y" }, { n = "z", v = 1 }, { n = "w", v = 2 } }
    local asc, desc = ctx:sorted(items, "v"), ctx:sorted(items, "v", "desc")
    local function names(l) local o = {} for i, it in ipairs(l) do o[i] = it.n end return table.concat(o) end
    assert(names(asc) == "zxwy", names(asc))
    assert(names(desc) == "xwzy", names(desc))
    assert(table.concat(ctx:sorted({ 3, 1, 2 }), "") == "123")
    assert(ctx:all(true, 1) == true and ctx:all(true, nil) == nil and ctx:all(nil, false) == false)
    assert(ctx:any(false, nil) == nil and ctx:any(nil, true) == true and ctx:any(false) == false)
    assert(ctx:negate(nil) == nil and ctx:negate(false) == true)
    local seen = {}
    for k in pairs({ z = 1, y = 2, x = 3 }) do seen[#seen + 1] = k end
    ctx:finding{ id = "ordered", severity = "info", title = "t", message = table.concat(seen, ","),
                 evidence = { { field = "country.year" } } }
  end,
}
