-- wto/specificity.lua: step 9 of docs/wto.md. Is a subsidy that is neither
-- prohibited nor exempted specific to "certain enterprises" (SCM Art 2)?
-- Only specific subsidies are actionable (Art 1.2); a non-specific one is
-- outside Parts III and V.
local specificity = {}

local OBJECTIVE_CONDITIONS = {
  "objective_criteria", "automatic_eligibility", "criteria_strictly_adhered",
  "criteria_spelled_out_in_law",
}

local DE_FACTO_FACTORS = {
  limited_number_users = "use by a limited number of certain enterprises",
  predominant_use = "predominant use by certain enterprises",
  disproportionate_amounts = "disproportionately large amounts to certain enterprises",
  discretionary_grants = "the manner in which discretion has been exercised",
}
local DE_FACTO_ORDER = {
  "limited_number_users", "predominant_use", "disproportionate_amounts", "discretionary_grants",
}

local function says_something(e)
  if e == nil then return false end
  for _ in pairs(e) do return true end
  return false
end

-- Returns true when specific.
function specificity.assess(program, v)
  if program.instrument == "tax_rate_change_general" then
    v:at("9.1"):cite("2.2"):note("Setting or changing a generally applicable tax rate is " ..
      "not a specific subsidy (Art 2.2, second sentence).")
    return false
  end
  local e = program.eligibility or {}
  local df = program.de_facto_indicators or {}
  local specific = false
  if e.explicit_limit_enterprises_or_industries == true or (e.sectors and #e.sectors > 0) then
    v:at("9.2"):cite("2.1(a)"):note("Access is explicitly limited to certain enterprises " ..
      "or industries" .. ((e.sectors and #e.sectors > 0) and
      (" (" .. table.concat(e.sectors, ", ") .. ")") or "") .. ": specific de jure (Art 2.1(a)).")
    specific = true
  end
  if e.region_limited == true then
    v:at("9.3"):cite("2.2"):note("Limited to enterprises in a designated region within the " ..
      "granting authority's jurisdiction: specific (Art 2.2).")
    if program.granting_authority == "subnational" then
      v:doubt("medium", "A subnational programme open throughout the authority's own " ..
        "territory is not regionally specific: Art 2.2 looks at regions within the granting " ..
        "authority's jurisdiction.")
    end
    specific = true
  end
  local factors = {}
  for _, k in ipairs(DE_FACTO_ORDER) do
    if df[k] == true then factors[#factors + 1] = DE_FACTO_FACTORS[k] end
  end
  if #factors > 0 then
    v:at("9.4"):cite("2.1(c)"):note("Specific in fact (Art 2.1(c)): " ..
      table.concat(factors, "; ") .. ".")
    specific = true
  end
  if specific then return true end

  local failed, unknown = {}, 0
  for _, k in ipairs(OBJECTIVE_CONDITIONS) do
    if e[k] == false then failed[#failed + 1] = k:gsub("_", " ") elseif e[k] == nil then unknown = unknown + 1 end
  end
  local de_facto_checked = true
  for _, k in ipairs(DE_FACTO_ORDER) do
    if df[k] == nil and k ~= "discretionary_grants" then de_facto_checked = false end
  end
  if #failed > 0 then
    v:at("9.6"):cite("2.1(b)", "2.1(c)")
    v:doubt("medium", "The Art 2.1(b) safe harbour needs objective criteria, automatic " ..
      "eligibility, strict adherence and criteria spelled out in law; here it fails (" ..
      table.concat(failed, ", ") .. "), and discretion in granting points to specificity in " ..
      "fact (Art 2.1(c)).")
    return true
  end
  if not says_something(program.eligibility) then
    v:at("9.8"):gap("program.eligibility")
    v:doubt("low", "Eligibility is not described: specificity cannot be ruled out and is " ..
      "assumed (the less favourable reading).")
    return true
  end
  if unknown == 0 then
    v:at("9.5"):cite("2.1(b)")
    if e.size_based == true then v:cite("fn 2") end
    v:note("Eligibility follows objective criteria" .. (e.size_based == true and
      " (firm size, a criterion footnote 2 names)" or "") .. ", is automatic, strictly " ..
      "adhered to and spelled out in law: not specific (Art 2.1(b)).")
  else
    v:at("9.7"):cite("2.1(a)")
    if e.size_based == true then v:cite("2.1(b)", "fn 2") end
    v:doubt("medium", "Access is not limited on its face (Art 2.1(a)), but the Art 2.1(b) " ..
      "conditions are only partly documented.")
  end
  if not de_facto_checked then
    v:gap("program.de_facto_indicators")
    v:doubt("medium", "The Art 2.1(c) factors (number of users, predominant use, " ..
      "disproportionate amounts) are not documented; they can make it specific in fact.")
  end
  return false
end

return specificity
