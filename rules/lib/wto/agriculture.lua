-- wto/agriculture.lua: step 5 of docs/wto.md. SCM Art 3.1 applies "except as
-- provided in the Agreement on Agriculture": export subsidies on agricultural
-- products are governed by the AoA (Arts 3.3, 8, 9, 10) and the 2015 Nairobi
-- Decision on Export Competition, which eliminated them on fixed dates.
-- Local-content subsidies on agricultural products stay under SCM Art 3.1(b)
-- (step 7), and domestic support under the AoA's own disciplines.
local law = require("wto.law")

local agriculture = {}

-- For an export subsidy: returns nil when the SCM governs (industrial goods,
-- or mixed scope), else {prohibited = true} or {exempt = true, basis, ends}.
function agriculture.gate(program, ctx, v)
  local scope = program.product_scope or "industrial"
  if scope == "industrial" then return nil end
  if scope == "mixed" then
    v:at("5.1"):doubt("medium", "The programme covers industrial and agricultural products: " ..
      "judged under the SCM Agreement, the stricter regime for export subsidies; its " ..
      "agricultural part falls under the AoA and the Nairobi Decision instead.")
    return nil
  end
  v:flag("agriculture_aoa"):cite("AoA 3.3")
  local st = ctx.status
  local developing = st.category ~= "developed"
  if program.aoa_art9_4_type == true and developing then
    local small = st.ldc or st.nfidc
    local last = small and law.aoa_9_4_last_day.ldc_or_nfidc or law.aoa_9_4_last_day.developing
    v:cite("AoA 9.4", "Nairobi para 8")
    if ctx.law_date <= last then
      v:at("5.2"):note("Marketing and internal transport subsidies on agricultural exports " ..
        "(AoA Art 9.4) remain open to " .. (small and "least-developed and net " ..
        "food-importing developing" or "developing") .. " members until " .. last ..
        " (Nairobi para 8).")
      return { exempt = true, basis = "AoA 9.4 (Nairobi para 8)", ends = last }
    end
    v:note("The AoA Art 9.4 flexibility ended on " .. last .. " (Nairobi para 8).")
  end
  local last = developing and law.nairobi_developing_last_day or law.nairobi_developed_last_day
  local para = developing and "Nairobi para 7" or "Nairobi para 6"
  if ctx.law_date <= last then
    v:at("5.3"):cite("AoA 9.1", para)
    v:doubt("low", "Before the Nairobi deadline (" .. last .. ") agricultural export " ..
      "subsidies were allowed only within the member's scheduled reduction commitments " ..
      "(AoA Arts 3.3, 9.2); the profile does not say whether the member scheduled any.")
    return { exempt = true, basis = "AoA 3.3, 9.2 (scheduled commitments)", ends = last }
  end
  v:at("5.4"):cite("AoA 8", "AoA 9.1", para)
  v:note("Agricultural export subsidies are prohibited: the Nairobi Decision eliminated " ..
    "export subsidy entitlements (" .. para .. ", by " .. last .. "), so any export subsidy " ..
    "is inconsistent with AoA Arts 3.3 and 8.")
  return { prohibited = true }
end

return agriculture
