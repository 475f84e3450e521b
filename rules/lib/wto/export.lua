-- wto/export.lua: step 4 of docs/wto.md. Is the subsidy contingent, in law
-- or in fact, upon export performance (SCM Art 3.1(a) and footnote 4)? The
-- Illustrative List of Annex I names the usual forms; three of them
-- (remission and drawback, items (g)-(i)) are export subsidies only in the
-- excess, and item (k) has a safe haven for export credits that follow the
-- OECD Arrangement's interest-rate provisions.
local export = {}

-- The Annex I item an instrument falls under when the profile names none.
local ITEM_OF_INSTRUMENT = {
  indirect_tax_exemption_exports = "g",
  prior_stage_tax_remission = "h",
  duty_drawback = "i",
  export_credit_insurance = "j",
  export_credit = "k",
}

-- Items (g)-(i): remission or drawback on exports is an export subsidy only
-- in excess of the taxes or duties borne (footnote 1; Annexes II and III).
local REMISSION_ITEMS = {
  g = "indirect taxes on exported products beyond those on like domestic products",
  h = "prior-stage cumulative indirect taxes beyond those on inputs consumed",
  i = "import charges beyond those on imported inputs consumed in the exported product",
}

-- Items that describe a measure tied to exports by their terms: naming one
-- means the programme is export-contingent in law.
local CONTINGENT_ITEMS = {
  a = "direct subsidies contingent upon export performance",
  b = "currency retention schemes or similar practices involving a bonus on exports",
  c = "internal transport and freight charges on export shipments on terms more favourable " ..
      "than for domestic shipments",
  d = "inputs provided for export production on terms more favourable than for domestic " ..
      "production or than those commercially available on world markets",
  e = "exemption, remission or deferral of direct taxes or social welfare charges " ..
      "specifically related to exports",
  f = "special deductions directly related to exports in the direct tax base",
  l = "any other charge on the public account constituting an export subsidy in the sense " ..
      "of GATT Art XVI",
}

-- Returns {kind = "none" | "export_subsidy" | "safe_haven" | "not_a_subsidy",
-- grounds = text}.
function export.assess(program, ctx, v)
  local item = program.annex_i_item or ITEM_OF_INSTRUMENT[program.instrument]
  local c = program.contingency or {}
  if item and REMISSION_ITEMS[item] then
    local annex = "Annex I(" .. item .. ")"
    local excess = program.drawback_or_remission_excess
    if excess == false then
      v:at("4.1a"):cite(annex, "fn 1", "Annex II")
      v:note(annex .. " makes remission an export subsidy only for " .. REMISSION_ITEMS[item] ..
        "; this programme stays within that limit, so it is not a subsidy (footnote 1, Annex II).")
      return { kind = "not_a_subsidy" }
    end
    v:cite("3.1(a)", annex)
    if excess == true then
      v:at("4.1b"):note("The remission exceeds what " .. annex .. " allows (" ..
        REMISSION_ITEMS[item] .. "): the excess is an export subsidy.")
    else
      v:at("4.1c"):gap("program.drawback_or_remission_excess")
      v:doubt("low", "Whether the remission exceeds the duties or taxes on inputs consumed is " ..
        "unknown: treated as excessive (the less favourable reading). Annex II requires a " ..
        "verification system for inputs consumed.")
    end
    return { kind = "export_subsidy", grounds = annex }
  end
  if item == "j" then
    local adequate = program.export_credit_premium_adequate
    if adequate == true and program.terms_vs_market == "below_market" then
      v:at("4.2d"):cite("3.1(a)", "Annex I(j)")
      v:doubt("medium", "Premiums cover long-term costs (item (j)), but the terms are below " ..
        "the market's: item (j) is no safe haven, and export-contingent cover on better than " ..
        "market terms is a prohibited export subsidy under Art 3.1(a) itself.")
      return { kind = "export_subsidy", grounds = "3.1(a)" }
    end
    if adequate == true then
      v:at("4.2a"):cite("Annex I(j)"):note("Export credit guarantees or insurance at premiums that cover the " ..
        "programme's long-term operating costs and losses are not an export subsidy under " ..
        "Annex I(j); with no better-than-market terms shown, there is no subsidy.")
      v:doubt("medium")
      return { kind = "not_a_subsidy" }
    end
    v:cite("3.1(a)", "Annex I(j)")
    if adequate == false then
      v:at("4.2b"):note("Premiums do not cover the programme's long-term costs and losses: " ..
        "an export subsidy (Annex I(j)).")
    else
      v:at("4.2c"):gap("program.export_credit_premium_adequate")
      v:doubt("low", "Premium adequacy is unknown: treated as inadequate (Annex I(j)), the " ..
        "less favourable reading.")
    end
    return { kind = "export_subsidy", grounds = "Annex I(j)" }
  end
  if item == "k" then
    if program.oecd_arrangement_conformity == true then
      v:at("4.3a"):cite("Annex I(k)"):flag("item_k_safe_haven")
      v:note("The export credit conforms to the interest-rate provisions of the OECD " ..
        "Arrangement: Annex I(k), second paragraph, says it is not an export subsidy " ..
        "prohibited by the Agreement. It remains an export-limited, specific subsidy, " ..
        "actionable if it causes adverse effects.")
      if ctx.applies_oecd_arrangement == false then
        v:doubt("medium", "The profile says the member does not apply the Arrangement: the " ..
          "safe haven needs the member to be a participant or to apply its interest-rate " ..
          "provisions in practice.")
      end
      return { kind = "safe_haven", grounds = "Annex I(k)" }
    end
    v:cite("3.1(a)", "Annex I(k)")
    if program.oecd_arrangement_conformity == nil then
      v:at("4.3b"):gap("program.oecd_arrangement_conformity")
      v:doubt("low", "Conformity with the OECD Arrangement is unknown: the item (k) safe " ..
        "haven is not assumed.")
    else
      v:at("4.3b")
    end
    v:note("Export credits below the government's cost of funds, outside the OECD " ..
      "Arrangement safe haven, are an export subsidy (Annex I(k), first paragraph).")
    return { kind = "export_subsidy", grounds = "Annex I(k)" }
  end
  if c.export_in_law == true or (item and CONTINGENT_ITEMS[item]) then
    v:at("4.4"):cite("3.1(a)")
    if item then
      v:cite("Annex I(" .. item .. ")")
      v:note("Export-contingent in law: Annex I(" .. item .. ") lists " .. CONTINGENT_ITEMS[item] .. ".")
      if c.export_in_law == false then
        v:doubt("medium", "The profile says the programme is not export-contingent in law, " ..
          "but names Annex I item (" .. item .. "): the item is followed.")
      end
    else
      v:note("Export-contingent in law: the legal instrument conditions the subsidy on " ..
        "exportation (Art 3.1(a)).")
    end
    return { kind = "export_subsidy", grounds = "in_law" }
  end
  if c.export_in_fact == true then
    v:at("4.5"):cite("3.1(a)", "fn 4")
    v:note("Export-contingent in fact: the facts show the subsidy is tied to actual or " ..
      "anticipated exportation or export earnings (Art 3.1(a), footnote 4).")
    return { kind = "export_subsidy", grounds = "in_fact" }
  end
  v:at("4.6")
  if program.contingency ~= nil then
    v:note("Not export-contingent. That recipients export does not by itself make a subsidy " ..
      "an export subsidy (footnote 4).")
  end
  return { kind = "none" }
end

return export
