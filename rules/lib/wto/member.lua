-- wto/member.lua: step 0 of docs/wto.md. Who the member is at as_of: whether
-- the Agreements bind it (`binding`), which date the Agreements' transition
-- periods are judged at (`law_date`), and the special and differential
-- treatment (S&DT) category Art 27 and Annex VII give it.
local law = require("wto.law")
local dates = require("wto.dates")

local member = {}

-- 0.1 and 0.2: is the country bound at as_of?
local function binding(w, as_of, v)
  local ctx = { as_of = as_of, law_date = as_of, binding = true }
  if as_of < law.wto_in_force then
    v:at("0.1a"):note("as_of (" .. as_of .. ") precedes the WTO (in force 1 January 1995): " ..
      "the programme is judged under the Agreements' permanent disciplines, every transition " ..
      "period over, which is what a country copying it today would face.")
    ctx.law_date = law.permanent
    ctx.binding = false
  else
    v:at("0.1b")
  end
  if w.member == false then
    v:at("0.2a"):note("Not a WTO member at as_of: the classification is hypothetical, what " ..
      "the programme would be on accession.")
    ctx.binding = false
  elseif w.accession_date and w.accession_date > as_of then
    v:at("0.2b"):note("Accession (" .. w.accession_date .. ") is after as_of: the " ..
      "classification is hypothetical until then.")
    ctx.binding = false
  elseif w.member == nil and w.accession_date == nil then
    v:at("0.2c"):gap("wto.member")
    v:doubt("medium", "WTO membership is not stated: treated as a member.")
  else
    v:at("0.2d")
  end
  return ctx
end

-- 0.3d-f: Annex VII(b) as read with Doha para 10.1. Returns true while the
-- member is still in Annex VII(b).
local function still_in_annex_vii_b(w, cfg, v)
  local current = w.gnp_pc_current_usd
  local last3 = w.gnp_pc_const1990_last3
  local threshold = law.annex_vii_b_gnp_usd_1990
  if current ~= nil and current < law.annex_vii_b_current_usd_floor then
    v:at("0.3d"):note(string.format("Annex VII(b) member: GNP per capita in current dollars " ..
      "(US$%g) is below US$1,000, so it cannot leave Annex VII(b) (Doha para 10.1).", current))
    return true
  end
  if last3 == nil or #last3 < law.annex_vii_b_consecutive_years then
    v:at("0.3f"):gap("wto.gnp_pc_const1990_last3")
    if current == nil then v:gap("wto.gnp_pc_current_usd") end
    v:doubt("low", "Annex VII(b) member without the three years of GNP per capita in " ..
      "constant 1990 dollars (Doha para 10.1): treated as graduated, the less favourable " ..
      "reading, until the data shows otherwise.")
    return false
  end
  local above, near = 0, false
  local watch = threshold * cfg.graduation_watch_gnp_pct / 100
  for i = #last3 - law.annex_vii_b_consecutive_years + 1, #last3 do
    if last3[i] >= threshold then above = above + 1 end
    if last3[i] >= watch then near = true end
  end
  if above == law.annex_vii_b_consecutive_years then
    v:at("0.3e"):note("Annex VII(b) member whose GNP per capita has reached US$1,000 in " ..
      "constant 1990 dollars for three consecutive years: it has left Annex VII(b) (Doha " ..
      "para 10.1) and is treated as any other developing member.")
    return false
  end
  local below = law.annex_vii_b_consecutive_years - above
  v:at("0.3d"):note("Annex VII(b) member, still below US$1,000 in constant 1990 dollars in " ..
    (below == law.annex_vii_b_consecutive_years and "each" or tostring(below)) ..
    " of the last three years (Doha para 10.1).")
  if near then
    v:flag("graduation_watch"):note(string.format("GNP per capita has reached %g%% of the " ..
      "US$1,000 threshold: plan for graduation from Annex VII(b).", cfg.graduation_watch_gnp_pct))
  end
  return true
end

-- 0.3: the S&DT category. Returns {category, ldc, nfidc, ends,
-- accession_override}; category is developed | annex_vii_a | annex_vii_b |
-- developing.
local function special_treatment(w, as_of, cfg, v)
  local st = {
    nfidc = w.nfidc == true,
    accession_override = w.accession_override_export_subsidies == true,
    ldc = false,
  }
  local dev = w.dev_status
  if dev == "developed" then
    v:at("0.3a")
    st.category = "developed"
    return st
  end
  if dev == nil then
    v:at("0.3h"):gap("wto.dev_status")
    v:doubt("medium", "Development status is not stated: treated as a developing member " ..
      "outside Annex VII.")
  end
  local ldc = w.un_ldc == true or (w.un_ldc == nil and dev == "ldc")
  if w.un_ldc == false and dev == "ldc" then
    v:doubt("medium", "dev_status says ldc but un_ldc is false: Annex VII(a) follows the " ..
      "UN list, so the member is not treated as least developed.")
  end
  if ldc and w.ldc_graduation_date and w.ldc_graduation_date <= as_of then
    v:at("0.3c"):note("Graduated from the UN LDC list on " .. w.ldc_graduation_date ..
      ": no longer in Annex VII(a).")
  elseif ldc then
    v:at("0.3b")
    st.category, st.ldc = "annex_vii_a", true
    if w.ldc_graduation_date then
      st.ends = w.ldc_graduation_date
      if dates.within_years(w.ldc_graduation_date, as_of, cfg.graduation_watch_years) then
        v:flag("graduation_watch"):note("LDC graduation is scheduled for " ..
          w.ldc_graduation_date .. ": Annex VII(a) treatment ends then.")
      end
    end
    return st
  end
  if w.annex_vii_b_listed == true and still_in_annex_vii_b(w, cfg, v) then
    st.category = "annex_vii_b"
    return st
  end
  v:at("0.3g")
  st.category = "developing"
  return st
end

-- The member context the later steps read.
function member.context(p, as_of, cfg, v)
  local w = p.wto or {}
  local ctx = binding(w, as_of, v)
  ctx.status = special_treatment(w, as_of, cfg, v)
  ctx.applies_oecd_arrangement = w.applies_oecd_export_credit_arrangement
  return ctx
end

return member
