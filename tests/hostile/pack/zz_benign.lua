-- expect: ok
-- Runs last: the profile, the shared libraries and the globals must be
-- exactly as they were before any hostile rule ran.
return {
  id = "zz_benign",
  title = "A benign rule that runs after the hostile ones",
  source = { chapter = 2, section = "SME Promotion Policy", quote = "benign", lines = "L768" },
  evaluate = function(p, ctx)
    assert(p.finance.collateral_value_pct_loan == 210, "the profile was changed")
    assert(p.country.iso3 == "XHO" and p.derived.probe.collateral == 210, "the profile was changed")
    assert(leaked_global == nil, "a global leaked between rules")
    assert(string.upper("ok") == "OK" and ("ok"):upper() == "OK", "the string library was changed")
    assert(tostring(1) == "1" and type(_G.tostring) == "function", "a global function was changed")
    assert(getmetatable("") == false, "the string metatable is reachable")
    local keys = {}
    for k in pairs(p.finance) do keys[#keys + 1] = k end
    ctx:finding{ id = "benign_last", severity = "info", title = "Everything is intact",
                 message = "Profile, libraries and globals intact; finance keys: " ..
                           table.concat(keys, ", ") .. ".",
                 evidence = { { field = "finance.collateral_value_pct_loan" } } }
  end,
}
