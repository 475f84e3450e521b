-- wto/contribution.lua: steps 1-3 of docs/wto.md. Is there a subsidy at all
-- in the sense of SCM Art 1: a financial contribution by a government or
-- public body (Art 1.1(a)) that confers a benefit (Art 1.1(b)), measured
-- against the market (Art 14)?
local contribution = {}

-- The form each instrument takes under Art 1.1(a), and how its benefit is
-- judged: inherent (grants, revenue forgone, income support), terms (the
-- price or rate the government charges, against the Art 14 benchmark),
-- purchase (the price the government pays) or annex (remission on exports and
-- export credit insurance, judged by the Annex I tests of step 4).
local FORMS = {
  grant                   = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "inherent" },
  loan                    = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "terms", benchmark = "14(b)" },
  equity                  = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "terms", benchmark = "14(a)" },
  loan_guarantee          = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "terms", benchmark = "14(c)" },
  export_credit           = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "terms", benchmark = "14(b)" },
  export_credit_insurance = { node = "2.3", article = "1.1(a)(1)(i)", benefit = "annex" },
  tax_exemption           = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "inherent" },
  tax_credit              = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "inherent" },
  tax_holiday             = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "inherent" },
  tax_rate_change_general = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "inherent" },
  duty_drawback           = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "annex" },
  indirect_tax_exemption_exports = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "annex" },
  prior_stage_tax_remission      = { node = "2.4", article = "1.1(a)(1)(ii)", benefit = "annex" },
  provision_goods         = { node = "2.5", article = "1.1(a)(1)(iii)", benefit = "terms", benchmark = "14(d)" },
  provision_services      = { node = "2.5", article = "1.1(a)(1)(iii)", benefit = "terms", benchmark = "14(d)" },
  purchase_goods          = { node = "2.5", article = "1.1(a)(1)(iii)", benefit = "purchase", benchmark = "14(d)" },
  payment_to_funding_mechanism = { node = "2.6", article = "1.1(a)(1)(iv)", benefit = "terms" },
  entrusted_private_body  = { node = "2.6", article = "1.1(a)(1)(iv)", benefit = "terms" },
  income_price_support    = { node = "2.7", article = "1.1(a)(2)", benefit = "inherent" },
}

-- Instruments that are no financial contribution at all.
local NOT_A_CONTRIBUTION = {
  general_infrastructure = { node = "2.1", article = "1.1(a)(1)(iii)",
    why = "General infrastructure is excluded from the provision of goods or services " ..
          "(Art 1.1(a)(1)(iii)): no financial contribution, so no subsidy." },
  regulatory_measure = { node = "2.2", article = "1.1(a)(1)",
    why = "A purely regulatory measure transfers no funds, forgoes no revenue and provides " ..
          "or buys no goods (Art 1.1(a)(1)): no financial contribution, so no subsidy." },
}

function contribution.known_instrument(name)
  return FORMS[name] ~= nil or NOT_A_CONTRIBUTION[name] ~= nil
end

-- Step 1: the SCM Agreement disciplines subsidies to goods.
function contribution.in_scope(program, v)
  if program.product_scope == "services_only" then
    v:at("1.1"):cite("1.1"):flag("outside_scm_goods_only")
    v:note("The programme supports services only: the SCM Agreement covers goods " ..
      "(WTO Agreement Annex 1A); services subsidies fall under GATS (Art XV is still being " ..
      "negotiated; national treatment commitments under Art XVII may apply).")
    return false
  end
  return true
end

-- Step 2: the form of the financial contribution. Returns the form, or nil
-- when there is none.
function contribution.form(program, v)
  local none = NOT_A_CONTRIBUTION[program.instrument]
  if none then
    v:at(none.node):cite(none.article):note(none.why)
    return nil
  end
  local form = FORMS[program.instrument]
  v:at(form.node):cite(form.article)
  if program.granting_authority == "entrusted_private" and form.article ~= "1.1(a)(1)(iv)" then
    v:at("2.8"):cite("1.1(a)(1)(iv)"):note("A private body entrusted or directed by the " ..
      "government grants it: a financial contribution under Art 1.1(a)(1)(iv).")
  end
  return form
end

local function confers_benefit(terms, form)
  if form.benefit == "purchase" then return terms == "above_market" end
  return terms == "below_market" or terms == "free"
end

-- Step 3: the benefit. Returns false when there is none.
function contribution.benefit(program, form, v)
  if program.fundamental_research_independent == true then
    v:at("3.1"):cite("1.1(b)"):note("Fundamental research conducted independently by " ..
      "universities or research institutes, with no enterprise receiving the funds or an " ..
      "exclusive right to the results: no benefit to an enterprise or industry (the lapsed " ..
      "Art 8.2(a) said the Agreement does not apply to it; Art 1.1(b) reaches the same result).")
    v:doubt("medium")
    return false
  end
  if form.benefit == "annex" then return true end -- judged in step 4 (Annex I)
  if form.benefit == "inherent" then
    v:at("3.2"):cite("1.1(b)")
    return true
  end
  local terms = program.terms_vs_market
  if terms == nil or terms == "unknown" then
    v:at("3.5"):cite("1.1(b)"):gap("program.terms_vs_market")
    v:doubt("low", "The terms against the market are unknown: a benefit is assumed (the less " ..
      "favourable reading) until they are compared with the Art 14 benchmark" ..
      (form.benchmark and (" (Art " .. form.benchmark .. ")") or "") .. ".")
    return true
  end
  v:cite("1.1(b)")
  if form.benchmark then v:cite(form.benchmark) end
  if confers_benefit(terms, form) then
    v:at("3.4")
    return true
  end
  v:at("3.3"):note("The terms (" .. terms .. ") are no better for the recipient than the " ..
    "market's: no benefit (Art 1.1(b)" .. (form.benchmark and (", Art " .. form.benchmark) or "") ..
    "), so no subsidy.")
  return false
end

return contribution
